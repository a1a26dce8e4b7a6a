//! Native benchmarks of the domain (issue #3 targets, figures in BENCHMARKS.md):
//! decide+evolve throughput, replay of 100,000 events, the who-may grid of a customer.
// Native only: criterion is not built for the browser target (clippy --all-targets checks it).
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, BatchSize, Criterion, Throughput};
    use csp_reservations_sim::domain::demo::{self, admin, ids};
    use csp_reservations_sim::domain::projections::GridTarget;
    use csp_reservations_sim::domain::*;
    use std::hint::black_box;

    /// The next command of the workload: it flips the Woodgrove permission or a
    /// reservation's auto-renew from whatever they are now, so it is always accepted.
    fn next_command(state: &State, i: usize) -> (Actor, Command) {
        let woodgrove = CustomerId::new(ids::WOODGROVE);
        if i.is_multiple_of(2) {
            let on = state
                .customers
                .get(&woodgrove)
                .is_some_and(|c| c.permission.is_none());
            (
                admin(),
                Command::SetPurchasePermission {
                    customer: woodgrove,
                    on,
                },
            )
        } else {
            let r = state.reservations.values().find(|r| r.is_active());
            let (reservation, on) = r
                .map(|r| (r.id.clone(), !r.auto_renew))
                .unwrap_or_else(|| (ReservationId::new("res-00001"), true));
            (admin(), Command::SetAutoRenew { reservation, on })
        }
    }

    /// Applies `n` accepted commands.
    fn grow(state: &mut State, n: usize) {
        for i in 0..n {
            let (actor, cmd) = next_command(state, i);
            let _ = state.execute(&actor, &cmd);
        }
    }

    /// A repeating mix of accepted commands: permission off/on, auto-renew flipped and
    /// flipped back (from whatever it is: on by default since R14 changed).
    fn command_mix(state: &State) -> Vec<(Actor, Command)> {
        let (res, renews) = state
            .reservations
            .values()
            .find(|r| r.is_active())
            .map(|r| (r.id.clone(), r.auto_renew))
            .unwrap_or_else(|| (ReservationId::new("res-00001"), true));
        let woodgrove = CustomerId::new(ids::WOODGROVE);
        vec![
            (
                admin(),
                Command::SetPurchasePermission {
                    customer: woodgrove.clone(),
                    on: false,
                },
            ),
            (
                admin(),
                Command::SetPurchasePermission {
                    customer: woodgrove,
                    on: true,
                },
            ),
            (
                admin(),
                Command::SetAutoRenew {
                    reservation: res.clone(),
                    on: !renews,
                },
            ),
            (
                admin(),
                Command::SetAutoRenew {
                    reservation: res,
                    on: renews,
                },
            ),
        ]
    }

    fn decide_evolve(c: &mut Criterion) {
        let mut group = c.benchmark_group("decide+evolve");
        const N: usize = 10_000;
        group.throughput(Throughput::Elements(N as u64));
        group.bench_function("10k accepted commands", |b| {
            b.iter_batched(
                demo::demo,
                |mut state| {
                    let mix = command_mix(&state);
                    let mut accepted = 0;
                    for i in 0..N {
                        let (actor, cmd) = &mix[i % mix.len()];
                        accepted += usize::from(black_box(state.execute(actor, cmd)).is_ok());
                    }
                    // a refusal would measure something else than decide+evolve
                    assert_eq!(accepted, N);
                    state
                },
                BatchSize::LargeInput,
            )
        });
        group.finish();
    }

    fn replay(c: &mut Criterion) {
        let mut state = demo::demo();
        let missing = 100_000 - state.log.len();
        grow(&mut state, missing);
        let events = state.log.clone();
        let mut group = c.benchmark_group("replay");
        group.throughput(Throughput::Elements(events.len() as u64));
        group.bench_function("100k events", |b| {
            b.iter_batched(
                || events.clone(),
                |events| black_box(State::replay(store_genesis(), events)),
                BatchSize::LargeInput,
            )
        });
        group.finish();
    }

    fn store_genesis() -> State {
        State::genesis(
            demo::PARTNER_NAME,
            demo::PARTNER_TENANT_ID,
            demo::start_time(),
        )
    }

    fn who_may_grid(c: &mut Criterion) {
        let state = demo::demo();
        let customer = CustomerId::new(ids::WOODGROVE);
        let res = state
            .reservations_of(&customer)
            .find(|r| r.is_active())
            .map(|r| r.id.clone());
        let plan = state
            .savings_plans_of(&customer)
            .next()
            .map(|p| p.id.clone());
        let target = GridTarget {
            customer: &customer,
            reservation: res.as_ref(),
            plan: plan.as_ref(),
        };
        c.bench_function(
            "explain: who-may grid of a customer (5 personas x 12 actions)",
            |b| b.iter(|| black_box(who_may(&state, target))),
        );
    }

    /// Issue #5: saving one action costs the same whatever the history's length. Each
    /// iteration saves 256 actions one by one (a whole chunk), so the position inside a
    /// chunk averages out.
    fn save_one_action(c: &mut Criterion) {
        use csp_reservations_sim::store::persist::{save_with, HistoryHashes, MemoryKv};
        let mut group = c.benchmark_group("save one action");
        group.throughput(Throughput::Elements(256));
        for history in [100usize, 20_000] {
            let mut base = demo::demo();
            let missing = history.saturating_sub(base.log.len());
            grow(&mut base, missing);
            assert_eq!(base.log.len(), history.max(base.log.len()));
            group.bench_function(format!("at {history} events"), |b| {
                b.iter_batched(
                    || {
                        let mut kv = MemoryKv::default();
                        // a tab keeps its history's hashes as it grows (store::session)
                        let mut hashes = HistoryHashes::default();
                        let saved = save_with(&mut kv, &base, 0, &mut hashes).unwrap_or(0);
                        (kv, base.clone(), saved, hashes)
                    },
                    |(mut kv, mut state, mut saved, mut hashes)| {
                        for i in 0..256 {
                            let (actor, cmd) = next_command(&state, i);
                            let _ = state.execute(&actor, &cmd);
                            saved = save_with(&mut kv, &state, saved, &mut hashes).unwrap_or(saved);
                        }
                        black_box(saved)
                    },
                    BatchSize::LargeInput,
                )
            });
        }
        group.finish();
    }

    /// Issue #23: a tab checks storage before every action by the hash of its whole
    /// history, kept as it grows: nothing new costs the same at 20,000 events as at 100,
    /// and another tab's one new action costs reading its chunk, not the history.
    fn sync_before_an_action(c: &mut Criterion) {
        use csp_reservations_sim::store::persist::{self, MemoryKv};
        use csp_reservations_sim::store::session::{Session, Update};
        use std::cell::RefCell;
        use std::rc::Rc;
        let mut group = c.benchmark_group("sync");
        for history in [100usize, 20_000] {
            let mut base = demo::demo();
            let missing = history.saturating_sub(base.log.len());
            grow(&mut base, missing);
            let kv = Rc::new(RefCell::new(MemoryKv::default()));
            let _ = persist::save(&mut *kv.borrow_mut(), &base, 0);
            let open = || {
                let mut store = kv.clone();
                let loaded = persist::load(&mut store);
                Session::new(Box::new(store), loaded, true)
            };
            let mut tab = open();
            group.bench_function(format!("nothing new at {history} events"), |b| {
                b.iter(|| assert_eq!(black_box(tab.sync()), Update::Unchanged))
            });
            group.bench_function(format!("another tab's action at {history} events"), |b| {
                b.iter_custom(|iters| {
                    let mut measured = std::time::Duration::ZERO;
                    let (mut reader, mut writer) = (open(), open());
                    for i in 0..iters {
                        if i % 256 == 255 {
                            // stay near the history's length: both tabs reopen on the base
                            let _ = persist::save(&mut *kv.borrow_mut(), &base, 0);
                            (reader, writer) = (open(), open());
                        }
                        let (actor, cmd) = next_command(writer.state(), i as usize);
                        let _ = writer.execute(&actor, &cmd);
                        let started = std::time::Instant::now();
                        let update = black_box(reader.sync());
                        measured += started.elapsed();
                        assert_eq!(update, Update::Appended(1));
                    }
                    measured
                })
            });
        }
        group.finish();
    }

    criterion_group!(
        benches,
        decide_evolve,
        replay,
        who_may_grid,
        save_one_action,
        sync_before_an_action
    );
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
