//! Native benchmarks of the domain (issue #3 targets, figures in BENCHMARKS.md):
//! decide+evolve throughput, replay of 100,000 events, the who-may grid of a customer.
// Native only: criterion is not built for the browser target (clippy --all-targets checks it).
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, BatchSize, Criterion, Throughput};
    use csp_reservations_sim::domain::demo::{self, admin, ids};
    use csp_reservations_sim::domain::*;
    use std::hint::black_box;

    /// A repeating mix of accepted commands: permission off/on, auto-renew on/off.
    fn command_mix(state: &State) -> Vec<(Actor, Command)> {
        let res = state
            .reservations
            .values()
            .find(|r| r.is_active())
            .map(|r| r.id.clone())
            .unwrap_or_else(|| ReservationId::new("res-00001"));
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
                    on: true,
                },
            ),
            (
                admin(),
                Command::SetAutoRenew {
                    reservation: res,
                    on: false,
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
                    for i in 0..N {
                        let (actor, cmd) = &mix[i % mix.len()];
                        let _ = black_box(state.execute(actor, cmd));
                    }
                    state
                },
                BatchSize::LargeInput,
            )
        });
        group.finish();
    }

    fn replay(c: &mut Criterion) {
        let mut state = demo::demo();
        let mix = command_mix(&state);
        while state.log.len() < 100_000 {
            let (actor, cmd) = &mix[state.log.len() % mix.len()];
            if state.execute(actor, cmd).is_err() {
                break;
            }
        }
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
        c.bench_function(
            "explain: who-may grid of a customer (5 personas x 7 actions)",
            |b| b.iter(|| black_box(who_may(&state, &customer, res.as_ref()))),
        );
    }

    criterion_group!(benches, decide_evolve, replay, who_may_grid);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
