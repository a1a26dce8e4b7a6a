//! The importer against random and mutated documents: it never panics, and whatever it
//! accepts keeps the domain's invariants (R2, R5, R6, R10, R12).
#![cfg(not(target_arch = "wasm32"))]

use csp_reservations_sim::domain::demo::{self, ids};
use csp_reservations_sim::domain::finance::REFUND_CAP;
use csp_reservations_sim::domain::*;
use csp_reservations_sim::store::scenario::{export, import, open_share};
use proptest::prelude::*;
use serde_json::Value;

/// The demo with a customer purchase, a cancellation and a clock move on top.
fn rich_state() -> State {
    let mut s = demo::demo();
    let owner = Actor::Customer(UserId::new(ids::WOODGROVE_OWNER));
    let buy = Command::BuyReservation(PurchaseOrder {
        customer: CustomerId::new(ids::WOODGROVE),
        billing_subscription: SubscriptionId::new(ids::WOODGROVE_PROD),
        product: ProductId::new("vm-d4s-v5"),
        region: Region::new("westeurope"),
        term: Term::OneYear,
        billing_plan: BillingPlan::Upfront,
        quantity: 3,
        scope: Scope::Shared,
        auto_renew: true,
    });
    let _ = s.execute(&owner, &buy);
    let _ = s.execute(
        &demo::admin(),
        &Command::Cancel {
            reservation: ReservationId::new("res-00001"),
        },
    );
    let _ = s.execute(
        &Actor::Simulator,
        &Command::AdvanceClock {
            days: 10,
            months: 13,
        },
    );
    s
}

/// Checks invariants by walking the accepted history event by event.
fn assert_invariants(state: &State) -> Result<(), TestCaseError> {
    let mut s = State::genesis(
        demo::PARTNER_NAME,
        demo::PARTNER_TENANT_ID,
        demo::start_time(),
    );
    for r in &state.log {
        match (&r.event, &r.actor) {
            (Event::ReservationPurchased { reservation }, Actor::Customer(user)) => {
                prop_assert!(
                    s.customers[&reservation.customer].permission.is_some(),
                    "R5a"
                );
                prop_assert!(
                    s.roles_of(user, &reservation.billing_subscription)
                        .any(|r| r.may_purchase_reservations()),
                    "R5c"
                );
            }
            (Event::PermissionCreated { .. } | Event::PermissionDeleted { .. }, actor) => {
                let admin = matches!(actor, Actor::Partner(u) if s.partner_users.get(u).map(|p| p.role) == Some(PartnerRole::AdminAgent));
                prop_assert!(admin, "R2");
            }
            (
                Event::ReservationCancelled { .. }
                | Event::ReservationExchanged { .. }
                | Event::AutoRenewSet { .. }
                | Event::ScopeChanged { .. },
                Actor::Customer(_),
            ) => {
                prop_assert!(false, "R10");
            }
            _ => {}
        }
        s.evolve(r.clone());
        for c in s.customers.keys() {
            prop_assert!(s.refunded_in_last_year(c) <= REFUND_CAP, "R12");
        }
    }
    for r in state.reservations.values() {
        prop_assert_eq!(&r.billed_to, &state.partner.tenant_id, "R6");
    }
    Ok(())
}

#[derive(Clone, Debug)]
enum Mutation {
    DropEvent(usize),
    SwapEvents(usize, usize),
    SetActor(usize, Value),
    SetNumber(usize, String, i64),
    SetString(usize, String, String),
    Duplicate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let actor = prop_oneof![
        (1..=4u8).prop_map(|n| serde_json::json!({ "Partner": format!("p{n}") })),
        (1..=9u8).prop_map(|n| serde_json::json!({ "Customer": format!("u{n}") })),
        Just(serde_json::json!("Simulator")),
    ];
    let field = prop::sample::select(vec![
        "quantity",
        "customer_price",
        "partner_cost",
        "at",
        "seq",
        "basis_points",
        "hours_per_month",
        "refund",
    ]);
    let text_field = prop::sample::select(vec![
        "customer",
        "subscription",
        "user",
        "role",
        "type",
        "product",
        "reservation",
        "billed_to",
        "channel",
    ]);
    let text = prop::sample::select(vec![
        "cust-001",
        "cust-004",
        "sub-0001",
        "sub-0004",
        "u1",
        "u2",
        "p2",
        "Owner",
        "Reader",
        "ReservationPurchased",
        "PermissionCreated",
        "vm-d2s-v5",
        "res-00001",
        "AzurePortal",
        "",
    ]);
    prop_oneof![
        (0..60usize).prop_map(Mutation::DropEvent),
        (0..60usize, 0..60usize).prop_map(|(a, b)| Mutation::SwapEvents(a, b)),
        (0..60usize, actor).prop_map(|(i, a)| Mutation::SetActor(i, a)),
        (0..60usize, field, -10i64..100_000_000).prop_map(|(i, f, n)| Mutation::SetNumber(
            i,
            f.to_string(),
            n
        )),
        (0..60usize, text_field, text).prop_map(|(i, f, t)| Mutation::SetString(
            i,
            f.to_string(),
            t.to_string()
        )),
        (0..60usize).prop_map(Mutation::Duplicate),
    ]
}

/// Sets `field` wherever it occurs inside `v` (the event and any nested reservation).
fn set_everywhere(v: &mut Value, field: &str, to: &Value) {
    match v {
        Value::Object(map) => {
            if let Some(slot) = map.get_mut(field) {
                *slot = to.clone();
            }
            for (_, child) in map.iter_mut() {
                set_everywhere(child, field, to);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|c| set_everywhere(c, field, to)),
        _ => {}
    }
}

fn apply(doc: &mut Value, m: &Mutation) {
    let Some(events) = doc.get_mut("events").and_then(Value::as_array_mut) else {
        return;
    };
    if events.is_empty() {
        return;
    }
    let n = events.len();
    match m {
        Mutation::DropEvent(i) => {
            events.remove(i % n);
        }
        Mutation::SwapEvents(a, b) => events.swap(a % n, b % n),
        Mutation::SetActor(i, a) => events[i % n]["actor"] = a.clone(),
        Mutation::SetNumber(i, f, x) => set_everywhere(&mut events[i % n], f, &Value::from(*x)),
        Mutation::SetString(i, f, t) => {
            set_everywhere(&mut events[i % n], f, &Value::from(t.clone()))
        }
        Mutation::Duplicate(i) => {
            let e = events[i % n].clone();
            events.insert(i % n, e);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_text_never_panics_and_is_refused(text in ".{0,400}") {
        prop_assert!(import(&text).is_err());
        prop_assert!(open_share(&text).is_err() || text.is_empty());
    }

    #[test]
    fn mutated_documents_are_refused_or_keep_every_invariant(mutations in prop::collection::vec(mutation(), 1..4)) {
        let base = rich_state();
        let mut doc: Value = serde_json::from_str(&export(&base, &[])).expect("export is JSON");
        for m in &mutations {
            apply(&mut doc, m);
        }
        if let Ok(scenario) = import(&doc.to_string()) {
            assert_invariants(&scenario.state)?;
        }
    }
}

#[test]
fn the_unmutated_rich_document_is_accepted() {
    let s = rich_state();
    assert!(s
        .reservations
        .values()
        .any(|r| r.channel == Channel::AzurePortal && r.quantity == 3));
    assert_eq!(import(&export(&s, &[])).map(|x| x.state).ok(), Some(s));
}
