//! Writes localStorage contents for `make bench`: `{ "key": "value", … }` in the app's
//! storage layout, for the large tenant (20,000 events) and a small one (200 events).
//! Usage: cargo run --release --example dataset -- OUT_DIR
use csp_reservations_sim::domain::demo::{self, ids};
use csp_reservations_sim::domain::{dataset, Command, CustomerId, State};
use csp_reservations_sim::store::persist::{save, MemoryKv};

fn storage_json(state: &State) -> String {
    let mut kv = MemoryKv::default();
    if let Err(e) = save(&mut kv, state, 0) {
        eprintln!("dataset: could not store: {e:?}");
        std::process::exit(1);
    }
    serde_json::to_string(&kv.map).unwrap_or_default()
}

/// The demo grown to exactly 200 events by permission toggles.
fn small() -> State {
    let mut s = demo::demo();
    let contoso = CustomerId::new(ids::CONTOSO);
    while s.log.len() < 200 {
        let on = s
            .customers
            .get(&contoso)
            .is_some_and(|c| c.permission.is_none());
        let _ = s.execute(
            &demo::admin(),
            &Command::SetPurchasePermission {
                customer: contoso.clone(),
                on,
            },
        );
    }
    s
}

fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: dataset OUT_DIR");
        std::process::exit(2);
    };
    for (name, state) in [("small", small()), ("large", dataset::large(7))] {
        let path = format!("{out}/{name}.json");
        if let Err(e) = std::fs::write(&path, storage_json(&state)) {
            eprintln!("dataset: cannot write {path}: {e}");
            std::process::exit(1);
        }
        println!("{path}: {} events", state.log.len());
    }
}
