//! Properties over random command sequences from random actors (proptest).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use csp_reservations_sim::domain::demo::{self, ids};
use csp_reservations_sim::domain::finance::{self, REFUND_CAP};
use csp_reservations_sim::domain::projections;
use csp_reservations_sim::domain::*;
use proptest::prelude::*;

const CUSTOMERS: [&str; 5] = [
    ids::CONTOSO,
    ids::NORTHWIND,
    ids::TAILSPIN,
    ids::WOODGROVE,
    "cust-999",
];
const SUBS: [&str; 6] = [
    ids::CONTOSO_SUB,
    ids::NORTHWIND_SUB,
    ids::WOODGROVE_PROD,
    ids::WOODGROVE_DEV,
    "sub-0005",
    "sub-9999",
];
const USERS: [&str; 8] = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8"];
const PRODUCTS: [&str; 4] = [
    "vm-d2s-v5",
    "vm-d4s-v5",
    "sql-gen5-vcore",
    "no-such-product",
];

fn actor() -> impl Strategy<Value = Actor> {
    prop_oneof![
        (1..=4usize).prop_map(|n| Actor::Partner(UserId(format!("p{n}")))),
        prop::sample::select(USERS.to_vec()).prop_map(|u| Actor::Customer(UserId::new(u))),
        Just(Actor::Simulator),
    ]
}

fn reservation() -> impl Strategy<Value = ReservationId> {
    (1..=8usize).prop_map(|n| ReservationId(format!("res-{n:05}")))
}

fn scope() -> impl Strategy<Value = Scope> {
    prop_oneof![
        Just(Scope::Shared),
        prop::sample::select(SUBS.to_vec()).prop_map(|s| Scope::Single(SubscriptionId::new(s)))
    ]
}

fn term() -> impl Strategy<Value = Term> {
    prop_oneof![Just(Term::OneYear), Just(Term::ThreeYears)]
}

fn command() -> impl Strategy<Value = Command> {
    let cust = || prop::sample::select(CUSTOMERS.to_vec()).prop_map(CustomerId::new);
    let sub = || prop::sample::select(SUBS.to_vec()).prop_map(SubscriptionId::new);
    let product = || prop::sample::select(PRODUCTS.to_vec()).prop_map(ProductId::new);
    let user = || prop::sample::select(USERS.to_vec()).prop_map(UserId::new);
    let role = || prop::sample::select(RbacRole::ALL.to_vec());
    prop_oneof![
        (cust(), any::<bool>())
            .prop_map(|(customer, on)| Command::SetPurchasePermission { customer, on }),
        (
            cust(),
            sub(),
            product(),
            term(),
            0..12_000u32,
            scope(),
            any::<bool>()
        )
            .prop_map(
                |(customer, billing_subscription, product, term, quantity, scope, monthly)| {
                    Command::BuyReservation(PurchaseOrder {
                        customer,
                        billing_subscription,
                        product,
                        region: Region::new("westeurope"),
                        term,
                        billing_plan: if monthly {
                            BillingPlan::Monthly
                        } else {
                            BillingPlan::Upfront
                        },
                        quantity,
                        scope,
                        auto_renew: true,
                    })
                }
            ),
        reservation().prop_map(|reservation| Command::Cancel { reservation }),
        (reservation(), product(), term(), 0..40u32).prop_map(
            |(reservation, product, term, quantity)| Command::Exchange {
                reservation,
                product,
                region: Region::new("westeurope"),
                term,
                billing_plan: BillingPlan::Monthly,
                quantity,
                auto_renew: true,
            }
        ),
        (reservation(), any::<bool>())
            .prop_map(|(reservation, on)| Command::SetAutoRenew { reservation, on }),
        (reservation(), scope())
            .prop_map(|(reservation, scope)| Command::ChangeScope { reservation, scope }),
        (sub(), user(), role()).prop_map(|(subscription, user, role)| Command::AssignRole {
            subscription,
            user,
            role
        }),
        (sub(), user(), role()).prop_map(|(subscription, user, role)| Command::RemoveRole {
            subscription,
            user,
            role
        }),
        (cust(), "[a-zA-Z ]{0,3}").prop_map(|(customer, name)| Command::BuySubscription {
            customer,
            name,
            kind: SubscriptionKind::AzurePlan
        }),
        sub().prop_map(|subscription| Command::SuspendSubscription { subscription }),
        sub().prop_map(|subscription| Command::ReactivateSubscription { subscription }),
        (product(), term(), -5_000..5_000_000i64).prop_map(|(product, term, cents)| {
            Command::SetCustomerPrice {
                product,
                term,
                price: Money(cents),
            }
        }),
        (0..400u32, 0..30u32).prop_map(|(days, months)| Command::AdvanceClock { days, months }),
        (0..12_000u32).prop_map(|basis_points| Command::SetEarlyTerminationFee { basis_points }),
    ]
}

fn plan() -> impl Strategy<Value = SavingsPlanId> {
    (1..=4usize).prop_map(|n| SavingsPlanId(format!("sp-{n:05}")))
}

/// Savings plans, trade-ins and the grace period (R13, R16–R21).
fn savings_command() -> impl Strategy<Value = Command> {
    let cust = || prop::sample::select(CUSTOMERS.to_vec()).prop_map(CustomerId::new);
    let sub = || prop::sample::select(SUBS.to_vec()).prop_map(SubscriptionId::new);
    prop_oneof![
        (cust(), any::<bool>())
            .prop_map(|(customer, on)| Command::SetSavingsPlanPermission { customer, on }),
        (cust(), sub(), scope(), term(), -5..3_000i64, any::<bool>()).prop_map(
            |(customer, billing_subscription, scope, term, cents, monthly)| {
                Command::BuySavingsPlan(SavingsPlanOrder {
                    customer,
                    name: "Plan".into(),
                    billing_subscription,
                    scope,
                    term,
                    billing_plan: if monthly {
                        BillingPlan::Monthly
                    } else {
                        BillingPlan::Upfront
                    },
                    hourly_commitment: Money(cents),
                    auto_renew: monthly,
                })
            }
        ),
        plan().prop_map(|plan| Command::CancelSavingsPlan { plan }),
        plan().prop_map(|plan| Command::ExchangeSavingsPlan { plan }),
        (plan(), scope()).prop_map(|(plan, scope)| Command::ChangeSavingsPlanScope { plan, scope }),
        (plan(), any::<bool>())
            .prop_map(|(plan, on)| Command::SetSavingsPlanAutoRenew { plan, on }),
        (reservation(), term(), prop::option::of(0..500i64)).prop_map(
            |(reservation, term, cents)| {
                Command::TradeIn {
                    reservation,
                    name: "Traded".into(),
                    term,
                    billing_plan: BillingPlan::Upfront,
                    hourly_commitment: cents.map(Money),
                    auto_renew: false,
                }
            }
        ),
        (0..800i64, any::<bool>()).prop_map(|(days, none)| Command::SetExchangeGracePeriodEnd {
            end: (!none).then(|| demo::start_time().plus_days(days)),
        }),
    ]
}

fn any_command() -> impl Strategy<Value = Command> {
    prop_oneof![3 => command(), 1 => savings_command()]
}

fn has_purchase_role(state: &State, user: &UserId, sub: &SubscriptionId) -> bool {
    state
        .roles_of(user, sub)
        .any(|r| r.may_purchase_reservations())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(256)))]

    #[test]
    fn random_sequences_keep_every_invariant(steps in prop::collection::vec((actor(), any_command()), 1..60)) {
        let mut state = demo::demo();
        for (actor, cmd) in &steps {
            let before = state.clone();
            let result = state.execute(actor, cmd);
            // R20: nobody, ever, cancels, exchanges or refunds a savings plan
            if matches!(cmd, Command::CancelSavingsPlan { .. } | Command::ExchangeSavingsPlan { .. }) {
                prop_assert!(result.is_err());
            }
            match result {
                Err(denied) => {
                    // refusals carry reasons and change nothing
                    prop_assert!(!denied.reasons.is_empty());
                    prop_assert_eq!(&state, &before);
                }
                Ok(n) => {
                    // every state change has exactly one activity-log entry (R15)
                    prop_assert!(n >= 1);
                    prop_assert_eq!(state.log.len(), before.log.len() + n);
                    for rec in &state.log[before.log.len()..] {
                        match (&rec.event, actor) {
                            // R5: no customer purchase without the permission and Owner / RP
                            (Event::ReservationPurchased { reservation }, Actor::Customer(user)) => {
                                prop_assert!(before.customers[&reservation.customer].permission.is_some());
                                prop_assert!(has_purchase_role(&before, user, &reservation.billing_subscription));
                                prop_assert_eq!(reservation.channel.clone(), Channel::AzurePortal);
                            }
                            // R2: only Admin agents ever change the permission
                            (Event::PermissionCreated { .. } | Event::PermissionDeleted { .. }, who) => {
                                let admin = matches!(who, Actor::Partner(u) if before.partner_users[u].role == PartnerRole::AdminAgent);
                                prop_assert!(admin, "permission changed by {:?}", who);
                            }
                            // R12: a refund never gives back money that was not paid
                            (Event::ReservationRefunded { reservation, refund, counted, .. }, _) => {
                                let r = &before.reservations[reservation];
                                let quote = finance::refund_quote(&before, r);
                                prop_assert!(*refund <= quote.paid, "refund {:?} > paid {:?}", refund, quote.paid);
                                prop_assert!(*counted <= r.customer_price);
                            }
                            // R17: no customer savings plan without its permission and Owner
                            (Event::SavingsPlanPurchased { plan }, Actor::Customer(user)) => {
                                prop_assert!(before.customers[&plan.customer].savings_plan_permission.is_some());
                                prop_assert!(before.roles_of(user, &plan.billing_subscription).any(|r| r == RbacRole::Owner));
                                prop_assert_eq!(plan.channel.clone(), Channel::AzurePortal);
                            }
                            // R21: only compute reservations, only by an Admin agent (R10,
                            // R17), and the plan commits at least what the reservation returns
                            (Event::ReservationTradedIn { reservation, plan, .. }, who) => {
                                let admin = matches!(who, Actor::Partner(u) if before.partner_users[u].role == PartnerRole::AdminAgent);
                                prop_assert!(admin, "traded in by {:?}", who);
                                let r = &before.reservations[reservation];
                                let product_type = before.catalogue.product(&r.product).map(|p| p.product_type);
                                prop_assert!(product_type.is_some_and(|t| t.is_compute() || t == ProductType::SqlDatabase));
                                // a SQL Database one becomes a one-year plan for databases
                                let database = product_type == Some(ProductType::SqlDatabase);
                                prop_assert_eq!(state.plan_kind(&plan.id) == SavingsPlanKind::Database, database);
                                prop_assert!(!database || plan.term == Term::OneYear);
                                let returned = finance::trade_in_value(&before, r);
                                prop_assert!(plan.total >= returned, "plan {:?} < returned {:?}", plan.total, returned);
                            }
                            // R17: only an Admin agent buys a savings plan for a customer
                            (Event::SavingsPlanPurchased { .. }, Actor::Partner(u)) => {
                                prop_assert_eq!(before.partner_users[u].role, PartnerRole::AdminAgent);
                            }
                            // R10: customers never manage reservations
                            (Event::ReservationCancelled { .. } | Event::ReservationExchanged { .. } | Event::AutoRenewSet { .. } | Event::ScopeChanged { .. }, Actor::Customer(_)) => {
                                prop_assert!(false, "customer managed a reservation");
                            }
                            _ => {}
                        }
                    }
                }
            }
            // R6: everything is billed to the partner
            for r in state.reservations.values() {
                prop_assert_eq!(&r.billed_to, &state.partner.tenant_id);
            }
            // R12: the cap holds for every customer (trade-ins included)
            for c in state.customers.keys() {
                prop_assert!(state.refunded_in_last_year(c) <= REFUND_CAP);
                // R18: Partner Center's projections never show a customer's own savings plan
                for line in projections::order_history(&state, c) {
                    if let projections::OrderLine::SavingsPlan(p) = line {
                        prop_assert!(!state.customer_users.contains_key(&p.bought_by));
                    }
                }
                for p in projections::savings_plans_shown(&state, c, true) {
                    prop_assert!(!state.customer_users.contains_key(&p.bought_by));
                }
            }
            for r in projections::activity(&state, &projections::ActivityFilter::default()) {
                if let Event::SavingsPlanPurchased { plan } = &r.event {
                    prop_assert!(!matches!(r.actor, Actor::Customer(_)), "{:?}", plan.id);
                }
            }
        }
        // replaying the events rebuilds the same state
        let genesis = State::genesis(demo::PARTNER_NAME, demo::PARTNER_TENANT_ID, demo::start_time());
        let rebuilt = State::replay(genesis.clone(), state.log.clone());
        prop_assert_eq!(&rebuilt, &state);
        // ...and every event is exactly what the rules produce (checked replay accepts it)
        let checked = csp_reservations_sim::domain::verify::replay_checked(genesis, &state.log);
        prop_assert_eq!(checked, Ok(state));
    }

    #[test]
    fn explain_agrees_with_decide_for_the_permission_switch(actor in actor(), c in prop::sample::select(CUSTOMERS.to_vec()), on in any::<bool>()) {
        let state = demo::demo();
        let customer = CustomerId::new(c);
        let explained = explain(&state, &actor, &Action::SetPermission { customer: customer.clone(), on, resource: PermissionResource::AzureReservedInstances });
        let decided = decide(&state, &actor, &Command::SetPurchasePermission { customer, on });
        prop_assert_eq!(explained.is_allowed(), decided.is_ok());
    }
}

/// One reservation as bought: (product, quantity, scope by index: shared, prod, dev).
fn piece() -> impl Strategy<Value = (&'static str, u32, usize)> {
    (
        prop::sample::select(vec![
            "vm-d2s-v5",
            "vm-d4s-v5",
            "sql-gen5-vcore",
            "cosmos-100rus",
        ]),
        1..12u32,
        0..3usize,
    )
}

/// Woodgrove with `usage` recorded and the reservations bought, each split into parts of
/// the given sizes (a split keeps product, scope and total quantity).
fn woodgrove_with(usage: &[(usize, &str, u32)], bought: &[(&str, Vec<u32>, usize)]) -> State {
    let mut s = demo::demo();
    let subs = [ids::WOODGROVE_PROD, ids::WOODGROVE_DEV];
    for (sub, product, hours) in usage {
        s.execute(
            &Actor::Simulator,
            &Command::RecordUsage {
                subscription: SubscriptionId::new(subs[*sub]),
                product: ProductId::new(*product),
                region: Region::new("westeurope"),
                hours_per_month: *hours,
            },
        )
        .expect("usage is recorded");
    }
    for (product, parts, scope) in bought {
        for quantity in parts {
            let scope = match scope {
                0 => Scope::Shared,
                n => Scope::Single(SubscriptionId::new(subs[n - 1])),
            };
            s.execute(
                &demo::admin(),
                &Command::BuyReservation(PurchaseOrder {
                    customer: CustomerId::new(ids::WOODGROVE),
                    billing_subscription: SubscriptionId::new(ids::WOODGROVE_PROD),
                    product: ProductId::new(*product),
                    region: Region::new("westeurope"),
                    term: Term::OneYear,
                    billing_plan: BillingPlan::Upfront,
                    quantity: *quantity,
                    scope,
                    auto_renew: true,
                }),
            )
            .expect("the partner buys");
        }
    }
    s
}

/// A split of `n` into parts, from random cut points.
fn split(n: u32, cuts: &[u32]) -> Vec<u32> {
    let mut points: Vec<u32> = cuts.iter().map(|c| c % n).filter(|c| *c > 0).collect();
    points.push(0);
    points.push(n);
    points.sort_unstable();
    points.dedup();
    points.windows(2).map(|w| w[1] - w[0]).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(128)))]

    /// R9: the same reservations, split any way, save the same cents per subscription and
    /// in total (exact amounts, rounded once per figure).
    #[test]
    fn r9_any_split_of_the_same_reservations_saves_the_same_cents(
        usage in prop::collection::vec((0..2usize, prop::sample::select(vec!["vm-d2s-v5", "vm-d4s-v5", "sql-gen5-vcore", "cosmos-100rus"]), 1..20_000u32), 0..6),
        bought in prop::collection::vec((piece(), prop::collection::vec(any::<u32>(), 0..4)), 1..6),
    ) {
        let whole: Vec<(&str, Vec<u32>, usize)> =
            bought.iter().map(|((p, q, sc), _)| (*p, vec![*q], *sc)).collect();
        let split_up: Vec<(&str, Vec<u32>, usize)> =
            bought.iter().map(|((p, q, sc), cuts)| (*p, split(*q, cuts), *sc)).collect();
        let woodgrove = CustomerId::new(ids::WOODGROVE);
        let a = finance::coverage(&woodgrove_with(&usage, &whole), &woodgrove);
        let b = finance::coverage(&woodgrove_with(&usage, &split_up), &woodgrove);
        prop_assert_eq!(a.total_saved, b.total_saved);
        prop_assert_eq!(a.subscriptions, b.subscriptions);
    }

    /// R12: whatever the billing plan, term, price change and time of the cancel, the
    /// refund never exceeds what was paid, and what counts towards the cap never exceeds
    /// the price.
    #[test]
    fn r12_a_refund_never_exceeds_what_was_paid(
        monthly in any::<bool>(),
        three_years in any::<bool>(),
        quantity in 1..30u32,
        days in 0..1_200u32,
        new_price in prop::option::of(0..2_000_000i64),
        fee_bp in 0..10_001u32,
    ) {
        let mut s = demo::demo();
        let term = if three_years { Term::ThreeYears } else { Term::OneYear };
        s.execute(&demo::admin(), &Command::BuyReservation(PurchaseOrder {
            customer: CustomerId::new(ids::CONTOSO),
            billing_subscription: SubscriptionId::new(ids::CONTOSO_SUB),
            product: ProductId::new("vm-e4s-v5"),
            region: Region::new("westeurope"),
            term,
            billing_plan: if monthly { BillingPlan::Monthly } else { BillingPlan::Upfront },
            quantity,
            scope: Scope::Shared,
            auto_renew: false,
        })).expect("bought");
        let id = s.reservations.keys().next_back().cloned().expect("one");
        if days > 0 {
            s.execute(&Actor::Simulator, &Command::AdvanceClock { days, months: 0 }).expect("moves");
        }
        if let Some(cents) = new_price {
            s.execute(&demo::admin(), &Command::SetCustomerPrice { product: ProductId::new("vm-e4s-v5"), term, price: Money(cents) }).expect("priced");
        }
        s.execute(&demo::admin(), &Command::SetEarlyTerminationFee { basis_points: fee_bp }).expect("fee");
        let r = s.reservations[&id].clone();
        let quote = finance::refund_quote(&s, &r);
        prop_assert!(quote.net <= quote.paid && quote.gross <= quote.paid);
        prop_assert!(quote.counted <= r.customer_price);
        prop_assert!(quote.net >= Money::ZERO && quote.fee >= Money::ZERO);
        prop_assert_eq!(quote.paid + quote.stopped, if monthly { r.customer_price } else { quote.paid });
        if r.is_active() && s.execute(&demo::admin(), &Command::Cancel { reservation: id.clone() }).is_ok() {
            let Some(Event::ReservationRefunded { refund, .. }) = s.log.last().map(|e| &e.event) else {
                panic!("a cancellation")
            };
            prop_assert!(*refund <= quote.paid);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(128)))]

    /// Undo without replay: after N accepted actions, undoing the last gives exactly the
    /// state after N−1; redoing it gives the state after N again; undoing every one of them
    /// gives the start back.
    #[test]
    fn undo_after_n_actions_equals_the_state_after_n_minus_1_and_redo_is_the_identity(
        steps in prop::collection::vec((actor(), any_command()), 1..40)
    ) {
        use csp_reservations_sim::domain::undo::Step;
        let start = demo::demo();
        let mut state = start.clone();
        let mut history: Vec<(State, Step)> = Vec::new();
        for (actor, cmd) in &steps {
            let before = state.clone();
            if let Ok(step) = state.execute_undoable(actor, cmd) {
                history.push((before, step));
            }
        }
        let mut redo = Vec::new();
        while let Some((before, step)) = history.pop() {
            let after = state.clone();
            let events = step.undo(&mut state);
            prop_assert_eq!(&state, &before, "undo gives the state before the action");
            let again = Step::apply(&mut state, events.clone());
            prop_assert_eq!(&state, &after, "redo gives the state after it");
            let events = again.undo(&mut state);
            redo.push(events);
        }
        prop_assert_eq!(&state, &start);
        // and everything redone in order is the history again
        for events in redo.into_iter().rev() {
            Step::apply(&mut state, events);
        }
        let genesis = State::genesis(demo::PARTNER_NAME, demo::PARTNER_TENANT_ID, demo::start_time());
        prop_assert!(csp_reservations_sim::domain::verify::replay_checked(genesis, &state.log).is_ok());
    }
}
