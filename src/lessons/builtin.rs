//! The thirteen lessons of LESSONS.md. Each starts from a tenant built by ordinary
//! commands, and each question's answer is computed by the domain from that start (the
//! tests hold every lesson to it). Texts: `lesson-<n>-…` in `src/i18n/lessons/*.ftl`.
use super::{Action, By, Goal, Lesson, Question, Start, Step, Text};
use crate::api;
use crate::domain::demo::{self, ids};
use crate::domain::finance::{savings, REFUND_CAP};
use crate::domain::projections::{
    activity, explain, explain_buy, order_history, ActivityFilter, OrderLine,
};
use crate::domain::{
    Action as Ask, Actor, BillingPlan, Command, CustomerId, Event, Money, PermissionResource,
    ProductId, PurchaseOrder, RbacRole, Region, ReservationId, ReservationStatus, RuleId,
    SavingsPlanId, SavingsPlanOrder, Scope, State, SubscriptionId, SubscriptionKind, Term, UserId,
};

fn text(n: u8, what: &str) -> Text {
    Text::key(format!("lesson-{n}-{what}"))
}

fn cid(id: &str) -> CustomerId {
    CustomerId::new(id)
}

fn customer(user: &str) -> Actor {
    Actor::Customer(UserId::new(user))
}

/// Runs a start's commands; a refusal would be a bug in the lesson, which the tests catch
/// (every lesson's start is checked to be its intended tenant).
fn run(mut state: State, steps: &[(Actor, Command)]) -> State {
    for (actor, command) in steps {
        let _ = state.execute(actor, command);
    }
    state
}

fn order(
    c: &str,
    sub: &str,
    product: &str,
    term: Term,
    quantity: u32,
    auto_renew: bool,
) -> Command {
    Command::BuyReservation(PurchaseOrder {
        customer: cid(c),
        billing_subscription: SubscriptionId::new(sub),
        product: ProductId::new(product),
        region: Region::new("westeurope"),
        term,
        billing_plan: BillingPlan::Upfront,
        quantity,
        scope: Scope::Shared,
        auto_renew,
    })
}

/// Lesson 11's exchange: a reservation for two D4s v5, one year, paid monthly.
fn exchange_for_two_d4s(reservation: &str) -> Command {
    Command::Exchange {
        reservation: ReservationId::new(reservation),
        product: ProductId::new("vm-d4s-v5"),
        region: Region::new("westeurope"),
        term: Term::OneYear,
        billing_plan: BillingPlan::Monthly,
        quantity: 2,
        auto_renew: true,
    }
}

fn permission(c: &str, on: bool) -> Command {
    Command::SetPurchasePermission {
        customer: cid(c),
        on,
    }
}

fn step(n: u8, k: usize, persona: Actor, route: Option<&str>, action: Action) -> Step {
    Step {
        name: text(n, &format!("step-{k}")),
        persona,
        route: route.map(str::to_string),
        action,
    }
}

/// Step `k` of lesson `n`: the prediction answered with `option` (every lesson has one
/// question, asked first).
fn answer(n: u8, k: usize, persona: Actor, route: Option<&str>, option: usize) -> Step {
    step(
        n,
        k,
        persona,
        route,
        Action::Answer {
            question: 0,
            option,
        },
    )
}

fn yes_no(n: u8) -> Vec<Text> {
    vec![
        text(n, "question-1-option-1"),
        text(n, "question-1-option-2"),
    ]
}

fn options(n: u8, count: usize) -> Vec<Text> {
    (1..=count)
        .map(|o| text(n, &format!("question-1-option-{o}")))
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn lesson(
    n: u8,
    rules: &[RuleId],
    start: fn() -> State,
    persona: Actor,
    route: &str,
    goals: Vec<Goal>,
    question: Question,
    hints: usize,
    solution: Vec<Step>,
) -> Lesson {
    Lesson {
        id: n.to_string(),
        title: text(n, "title"),
        intro: text(n, "intro"),
        summary: text(n, "summary"),
        rules: rules.to_vec(),
        start: Start::Built(start),
        persona,
        route: route.to_string(),
        goals: goals
            .into_iter()
            .enumerate()
            .map(|(i, g)| (text(n, &format!("goal-{}", i + 1)), g))
            .collect(),
        questions: vec![question],
        hints: (1..=hints).map(|h| text(n, &format!("hint-{h}"))).collect(),
        solution,
        language: None,
    }
}

fn question(
    n: u8,
    options: Vec<Text>,
    answer: usize,
    rule: RuleId,
    check: fn(&State) -> usize,
) -> Question {
    Question {
        text: text(n, "question-1"),
        options,
        answer,
        rule: Some(rule),
        check: Some(check),
    }
}

fn visit(route: &str) -> Goal {
    Goal::Visit {
        route: route.to_string(),
    }
}

fn did(operation: &str, c: &str) -> Goal {
    Goal::Did {
        operation: operation.to_string(),
        customer: Some(cid(c)),
    }
}

fn refused(command: &str, rule: RuleId, by: Option<By>) -> Goal {
    Goal::Refused {
        command: command.to_string(),
        rule,
        by,
    }
}

const CONTOSO_ACCOUNT: &str = "/customers/cust-001/account";

// ---- the starts ----------------------------------------------------------------------

/// Tailspin with an Azure plan (sub-0005) and the permission on; its users hold no role.
fn tailspin_ready() -> State {
    run(
        demo::demo(),
        &[
            (
                demo::admin(),
                Command::BuySubscription {
                    customer: cid(ids::TAILSPIN),
                    name: "Tailspin Plan".into(),
                    kind: SubscriptionKind::AzurePlan,
                },
            ),
            (demo::admin(), permission(ids::TAILSPIN, true)),
        ],
    )
}

/// Contoso with the permission on: Olivia Jansen (Owner) may buy.
fn contoso_ready() -> State {
    run(
        demo::demo(),
        &[(demo::admin(), permission(ids::CONTOSO, true))],
    )
}

/// Contoso after Olivia bought a D2s v5 reservation in the portal (res-00003).
fn contoso_bought() -> State {
    run(
        contoso_ready(),
        &[(
            customer(ids::CONTOSO_OWNER),
            order(
                ids::CONTOSO,
                ids::CONTOSO_SUB,
                "vm-d2s-v5",
                Term::OneYear,
                1,
                true,
            ),
        )],
    )
}

/// Woodgrove a month before two reservations end: res-00001 renews (auto-renew on),
/// res-00003 (bought with it unticked) expires.
fn woodgrove_near_expiry() -> State {
    run(
        demo::demo(),
        &[
            (
                demo::admin(),
                order(
                    ids::WOODGROVE,
                    ids::WOODGROVE_PROD,
                    "vm-d2s-v5",
                    Term::OneYear,
                    1,
                    false,
                ),
            ),
            (
                Actor::Simulator,
                Command::AdvanceClock {
                    days: 0,
                    months: 11,
                },
            ),
        ],
    )
}

/// Contoso near the refund limit: two USD 29,900 reservations and a small one; the first
/// big one was cancelled, so about USD 20,100 of the USD 50,000 remain.
fn contoso_near_the_cap() -> State {
    let buy = |product: &str, term: Term, quantity: u32| {
        let command = order(
            ids::CONTOSO,
            ids::CONTOSO_SUB,
            product,
            term,
            quantity,
            true,
        );
        (demo::admin(), command)
    };
    run(
        demo::demo(),
        &[
            buy("vm-e4s-v5", Term::ThreeYears, 10),
            buy("vm-e4s-v5", Term::ThreeYears, 10),
            buy("vm-d2s-v5", Term::OneYear, 1),
            (
                demo::admin(),
                Command::Cancel {
                    reservation: ReservationId::new("res-00003"),
                },
            ),
        ],
    )
}

/// Mid-January 2027, a fortnight before exchanges end (R13, the default 2027-02-01):
/// Woodgrove's partner has just bought a virtual machine reservation.
fn exchanges_ending() -> State {
    let state = demo::demo();
    run(
        state,
        &[
            // the demo's clock stands at 2026-01-26 09:00: to 2027-01-15
            (
                Actor::Simulator,
                Command::AdvanceClock {
                    days: 20,
                    months: 11,
                },
            ),
            (
                demo::admin(),
                order(
                    ids::WOODGROVE,
                    ids::WOODGROVE_PROD,
                    "vm-d2s-v5",
                    Term::OneYear,
                    1,
                    true,
                ),
            ),
        ],
    )
}

// ---- the domain's answers to the questions -------------------------------------------

fn a_new_customer_may_not_buy(state: &State) -> usize {
    let mut s = state.clone();
    let added = s.execute(
        &demo::admin(),
        &Command::AddCustomer {
            name: "New Customer".into(),
            domain: "new-customer.example".into(),
        },
    );
    let off = added.is_ok()
        && s.customers
            .values()
            .last()
            .is_some_and(|c| c.permission.is_none() && c.savings_plan_permission.is_none());
    usize::from(off)
}

fn sam_may_not_switch(state: &State) -> usize {
    let d = explain(
        state,
        &demo::sales(),
        &Ask::SetPermission {
            customer: cid(ids::CONTOSO),
            on: true,
            resource: PermissionResource::AzureReservedInstances,
        },
    );
    usize::from(!d.is_allowed() && d.reasons().iter().any(|r| r.rule == RuleId::R2))
}

fn no_subscription_refused(state: &State) -> usize {
    let d = explain(
        state,
        &demo::admin(),
        &Ask::SetPermission {
            customer: cid(ids::TAILSPIN),
            on: true,
            resource: PermissionResource::AzureReservedInstances,
        },
    );
    match d.reasons().iter().any(|r| r.rule == RuleId::R3) && !d.is_allowed() {
        true => 1,
        false if d.is_allowed() => 0,
        false => 2,
    }
}

fn who_may_buy_in_tailspin(state: &State) -> usize {
    let tara = explain_buy(state, &customer(ids::TAILSPIN_USER), &cid(ids::TAILSPIN)).is_allowed();
    let timo = explain_buy(
        state,
        &customer(ids::TAILSPIN_SECOND_USER),
        &cid(ids::TAILSPIN),
    )
    .is_allowed();
    match (tara, timo) {
        (true, _) => 0,
        (false, true) => 1,
        (false, false) => 2,
    }
}

fn the_partners_price(state: &State) -> usize {
    let d2s = ProductId::new("vm-d2s-v5");
    let web_direct = state
        .catalogue
        .product(&d2s)
        .map(|p| p.web_direct(Term::OneYear));
    match state.customer_price(&d2s, Term::OneYear) {
        Some(price) if Some(price) == web_direct => 0,
        Some(_) => 1,
        None => 2,
    }
}

fn the_partner_pays(state: &State) -> usize {
    state
        .reservations
        .get(&ReservationId::new("res-00003"))
        .map_or(0, |r| usize::from(r.billed_to == state.partner.tenant_id))
}

fn the_customer_may_not_cancel(state: &State) -> usize {
    let d = explain(
        state,
        &customer(ids::CONTOSO_OWNER),
        &Ask::Cancel {
            reservation: ReservationId::new("res-00003"),
        },
    );
    usize::from(!d.is_allowed() && d.reasons().iter().any(|r| r.rule == RuleId::R10))
}

fn shared_covers_every_subscription(state: &State) -> usize {
    let shared = state
        .reservations
        .get(&ReservationId::new("res-00001"))
        .is_some_and(|r| r.scope == Scope::Shared);
    let covered = savings(state, &cid(ids::WOODGROVE))
        .iter()
        .any(|s| s.covered_hours > 0);
    usize::from(shared && covered)
}

fn auto_renew_replaces(state: &State) -> usize {
    let mut s = state.clone();
    let _ = s.execute(
        &Actor::Simulator,
        &Command::AdvanceClock { days: 0, months: 2 },
    );
    match s
        .reservations
        .get(&ReservationId::new("res-00001"))
        .map(|r| r.status)
    {
        Some(ReservationStatus::Renewed) => 1,
        Some(ReservationStatus::Cancelled) => 2,
        _ => 0,
    }
}

fn what_remains_of_the_cap(state: &State) -> usize {
    let left = REFUND_CAP - state.refunded_in_last_year(&cid(ids::CONTOSO));
    if left == REFUND_CAP {
        0
    } else if left > Money::ZERO {
        1
    } else {
        2
    }
}

/// After 1 February 2027 (R13): 0 exchangeable as before, 1 one final exchange, 2 none.
fn still_exchangeable(state: &State) -> usize {
    let mut after = state.clone();
    let _ = after.execute(
        &Actor::Simulator,
        &Command::AdvanceClock { days: 0, months: 1 },
    );
    let d = explain(
        &after,
        &demo::admin(),
        &Ask::Exchange {
            reservation: ReservationId::new("res-00004"),
        },
    );
    let final_one = d
        .reasons()
        .iter()
        .any(|r| r.key == "allow-r13-one-more-exchange");
    match (d.is_allowed(), final_one) {
        (true, false) => 0,
        (true, true) => 1,
        (false, _) => 2,
    }
}

fn nowhere_in_partner_center(state: &State) -> usize {
    let mut s = state.clone();
    let _ = s.execute(
        &demo::admin(),
        &Command::SetSavingsPlanPermission {
            customer: cid(ids::CONTOSO),
            on: true,
        },
    );
    let bought = s
        .execute(&customer(ids::CONTOSO_OWNER), &contoso_plan())
        .is_ok();
    let in_orders = order_history(&s, &cid(ids::CONTOSO))
        .iter()
        .any(|l| matches!(l, OrderLine::SavingsPlan(_)));
    let in_log = activity(&s, &ActivityFilter::default()).any(|r| {
        matches!(r.event, Event::SavingsPlanPurchased { .. })
            && r.actor == customer(ids::CONTOSO_OWNER)
    });
    match (bought, in_orders, in_log) {
        (true, false, false) => 2,
        (_, true, _) => 0,
        _ => 1,
    }
}

fn a_second_post_conflicts(state: &State) -> usize {
    let mut s = state.clone();
    let Some(contoso) = s.customers.get(&cid(ids::CONTOSO)).cloned() else {
        return 2;
    };
    let post = api_call(&s, "post");
    api::apply(&mut s, &demo::admin(), &post);
    let _ = contoso;
    match api::apply(&mut s, &demo::admin(), &post).status {
        201 => 0,
        409 => 1,
        _ => 2,
    }
}

fn contoso_plan() -> Command {
    Command::BuySavingsPlan(SavingsPlanOrder {
        customer: cid(ids::CONTOSO),
        name: "Contoso compute".into(),
        billing_subscription: SubscriptionId::new(ids::CONTOSO_SUB),
        scope: Scope::Shared,
        term: Term::OneYear,
        billing_plan: BillingPlan::Monthly,
        hourly_commitment: Money(250),
        auto_renew: false,
    })
}

/// A savings plan a partner user buys for Contoso in Partner Center.
fn partner_plan_for_contoso() -> Command {
    Command::BuySavingsPlan(SavingsPlanOrder {
        customer: cid(ids::CONTOSO),
        name: "Contoso compute (partner)".into(),
        billing_subscription: SubscriptionId::new(ids::CONTOSO_SUB),
        scope: Scope::Shared,
        term: Term::OneYear,
        billing_plan: BillingPlan::Monthly,
        hourly_commitment: Money(100),
        auto_renew: false,
    })
}

/// One of the console's five calls for Contoso, as the API console fills it in.
fn api_call(state: &State, which: &str) -> crate::api::Request {
    state
        .customers
        .get(&cid(ids::CONTOSO))
        .and_then(|c| {
            api::examples(state, c)
                .into_iter()
                .find(|(k, _)| *k == which)
                .map(|(_, r)| r)
        })
        .unwrap_or_else(|| crate::api::Request::new("GET", "/v1/SelfServePolicy", ""))
}

// ---- the lessons ----------------------------------------------------------------------

/// All thirteen, in order.
pub fn lessons() -> Vec<Lesson> {
    let admin = demo::admin;
    let contoso_reservation = "/customers/cust-001/reservations/res-00003";
    vec![
        lesson(
            1,
            &[RuleId::R1, RuleId::R16],
            demo::demo,
            admin(),
            "/customers",
            vec![
                visit(CONTOSO_ACCOUNT),
                Goal::Did {
                    operation: "add-customer".into(),
                    customer: None,
                },
                Goal::Answered { question: 0 },
            ],
            question(1, yes_no(1), 1, RuleId::R1, a_new_customer_may_not_buy),
            2,
            vec![
                step(1, 1, admin(), Some(CONTOSO_ACCOUNT), Action::Visit),
                answer(1, 2, admin(), None, 1),
                step(
                    1,
                    3,
                    admin(),
                    Some("/customers"),
                    Action::Act(Command::AddCustomer {
                        name: "Adatum Corporation".into(),
                        domain: "adatum.example".into(),
                    }),
                ),
                step(
                    1,
                    4,
                    admin(),
                    Some("/customers/cust-005/account"),
                    Action::Visit,
                ),
            ],
        ),
        lesson(
            2,
            &[RuleId::R2],
            demo::demo,
            demo::sales(),
            CONTOSO_ACCOUNT,
            vec![
                refused("permission-on", RuleId::R2, Some(By::SalesAgent)),
                Goal::Permission {
                    customer: cid(ids::CONTOSO),
                    resource: PermissionResource::AzureReservedInstances,
                    on: true,
                },
            ],
            question(2, yes_no(2), 1, RuleId::R2, sam_may_not_switch),
            2,
            vec![
                answer(2, 1, demo::sales(), Some(CONTOSO_ACCOUNT), 1),
                step(
                    2,
                    2,
                    demo::sales(),
                    Some(CONTOSO_ACCOUNT),
                    Action::Act(permission(ids::CONTOSO, true)),
                ),
                step(
                    2,
                    3,
                    admin(),
                    Some(CONTOSO_ACCOUNT),
                    Action::Act(permission(ids::CONTOSO, true)),
                ),
            ],
        ),
        lesson(
            3,
            &[RuleId::R3, RuleId::S1],
            demo::demo,
            admin(),
            "/customers/cust-003/account",
            vec![
                refused("permission-on", RuleId::R3, None),
                did("buy-subscription", ids::TAILSPIN),
                Goal::Permission {
                    customer: cid(ids::TAILSPIN),
                    resource: PermissionResource::AzureReservedInstances,
                    on: true,
                },
            ],
            question(3, options(3, 3), 1, RuleId::R3, no_subscription_refused),
            2,
            vec![
                answer(3, 1, admin(), Some("/customers/cust-003/account"), 1),
                step(
                    3,
                    2,
                    admin(),
                    Some("/customers/cust-003/account"),
                    Action::Act(permission(ids::TAILSPIN, true)),
                ),
                step(
                    3,
                    3,
                    admin(),
                    Some("/customers/cust-003/subscriptions"),
                    Action::Act(Command::BuySubscription {
                        customer: cid(ids::TAILSPIN),
                        name: "Tailspin Plan".into(),
                        kind: SubscriptionKind::AzurePlan,
                    }),
                ),
                step(
                    3,
                    4,
                    admin(),
                    Some("/customers/cust-003/account"),
                    Action::Act(permission(ids::TAILSPIN, true)),
                ),
            ],
        ),
        lesson(
            4,
            &[RuleId::R5, RuleId::S2],
            tailspin_ready,
            admin(),
            "/portal/iam/sub-0005",
            vec![
                Goal::Role {
                    user: UserId::new(ids::TAILSPIN_USER),
                    subscription: SubscriptionId::new("sub-0005"),
                    role: RbacRole::Owner,
                },
                refused("buy-reservation", RuleId::R5, Some(By::Customer)),
            ],
            question(4, options(4, 3), 2, RuleId::R5, who_may_buy_in_tailspin),
            2,
            vec![
                answer(4, 1, admin(), Some("/portal/iam/sub-0005"), 2),
                step(
                    4,
                    2,
                    admin(),
                    Some("/portal/iam/sub-0005"),
                    Action::Act(Command::AssignRole {
                        subscription: SubscriptionId::new("sub-0005"),
                        user: UserId::new(ids::TAILSPIN_USER),
                        role: RbacRole::Owner,
                    }),
                ),
                step(
                    4,
                    3,
                    admin(),
                    Some("/portal/iam/sub-0005"),
                    Action::Act(Command::AssignRole {
                        subscription: SubscriptionId::new("sub-0005"),
                        user: UserId::new(ids::TAILSPIN_SECOND_USER),
                        role: RbacRole::Reader,
                    }),
                ),
                step(
                    4,
                    4,
                    customer(ids::TAILSPIN_SECOND_USER),
                    Some("/portal/purchase"),
                    Action::Act(order(
                        ids::TAILSPIN,
                        "sub-0005",
                        "vm-d2s-v5",
                        Term::OneYear,
                        1,
                        true,
                    )),
                ),
                step(
                    4,
                    5,
                    customer(ids::TAILSPIN_USER),
                    Some("/portal/purchase"),
                    Action::Act(order(
                        ids::TAILSPIN,
                        "sub-0005",
                        "vm-d2s-v5",
                        Term::OneYear,
                        1,
                        true,
                    )),
                ),
            ],
        ),
        lesson(
            5,
            &[RuleId::R5, RuleId::R8, RuleId::R14],
            contoso_ready,
            customer(ids::CONTOSO_OWNER),
            "/portal/purchase",
            vec![
                Goal::Bought {
                    customer: cid(ids::CONTOSO),
                    auto_renew: true,
                },
                visit("/portal/reservations"),
            ],
            question(5, options(5, 3), 1, RuleId::R8, the_partners_price),
            2,
            vec![
                answer(
                    5,
                    1,
                    customer(ids::CONTOSO_OWNER),
                    Some("/portal/purchase"),
                    1,
                ),
                step(
                    5,
                    2,
                    customer(ids::CONTOSO_OWNER),
                    Some("/portal/purchase"),
                    Action::Act(order(
                        ids::CONTOSO,
                        ids::CONTOSO_SUB,
                        "vm-d2s-v5",
                        Term::OneYear,
                        1,
                        true,
                    )),
                ),
                step(
                    5,
                    3,
                    customer(ids::CONTOSO_OWNER),
                    Some("/portal/reservations"),
                    Action::Visit,
                ),
            ],
        ),
        lesson(
            6,
            &[RuleId::R6, RuleId::R7, RuleId::R15],
            contoso_bought,
            admin(),
            "/customers",
            vec![
                visit("/customers/cust-001/orders"),
                visit("/customers/cust-001/reservations"),
                visit("/activity"),
                did("purchase-reservation-partner", ids::CONTOSO),
            ],
            question(6, options(6, 2), 1, RuleId::R6, the_partner_pays),
            2,
            vec![
                answer(6, 1, admin(), Some("/customers"), 1),
                step(
                    6,
                    2,
                    admin(),
                    Some("/customers/cust-001/orders"),
                    Action::Visit,
                ),
                step(
                    6,
                    3,
                    admin(),
                    Some("/customers/cust-001/reservations"),
                    Action::Visit,
                ),
                step(6, 4, admin(), Some("/activity"), Action::Visit),
                step(
                    6,
                    5,
                    admin(),
                    Some("/customers/cust-001/reservations"),
                    Action::Act(order(
                        ids::CONTOSO,
                        ids::CONTOSO_SUB,
                        "sql-gen5-vcore",
                        Term::OneYear,
                        1,
                        true,
                    )),
                ),
            ],
        ),
        lesson(
            7,
            &[RuleId::R10, RuleId::R12],
            contoso_bought,
            customer(ids::CONTOSO_OWNER),
            "/portal/reservations/res-00003",
            vec![
                refused("cancel", RuleId::R10, Some(By::Customer)),
                did("cancel-reservation", ids::CONTOSO),
            ],
            question(7, yes_no(7), 1, RuleId::R10, the_customer_may_not_cancel),
            2,
            vec![
                answer(
                    7,
                    1,
                    customer(ids::CONTOSO_OWNER),
                    Some("/portal/reservations/res-00003"),
                    1,
                ),
                step(
                    7,
                    2,
                    customer(ids::CONTOSO_OWNER),
                    Some("/portal/reservations/res-00003"),
                    Action::Act(Command::Cancel {
                        reservation: ReservationId::new("res-00003"),
                    }),
                ),
                step(
                    7,
                    3,
                    admin(),
                    Some(contoso_reservation),
                    Action::Act(Command::Cancel {
                        reservation: ReservationId::new("res-00003"),
                    }),
                ),
            ],
        ),
        lesson(
            8,
            &[RuleId::R9],
            demo::demo,
            admin(),
            "/customers/cust-004/reservations/res-00001",
            vec![
                did("change-scope", ids::WOODGROVE),
                visit("/portal/reservations"),
            ],
            question(
                8,
                options(8, 2),
                1,
                RuleId::R9,
                shared_covers_every_subscription,
            ),
            2,
            vec![
                answer(
                    8,
                    1,
                    admin(),
                    Some("/customers/cust-004/reservations/res-00001"),
                    1,
                ),
                step(
                    8,
                    2,
                    admin(),
                    Some("/customers/cust-004/reservations/res-00001"),
                    Action::Act(Command::ChangeScope {
                        reservation: ReservationId::new("res-00001"),
                        scope: Scope::Single(SubscriptionId::new(ids::WOODGROVE_DEV)),
                    }),
                ),
                step(
                    8,
                    3,
                    customer(ids::WOODGROVE_OWNER),
                    Some("/portal/reservations"),
                    Action::Visit,
                ),
            ],
        ),
        lesson(
            9,
            &[RuleId::R14, RuleId::R11],
            woodgrove_near_expiry,
            admin(),
            "/customers/cust-004/reservations",
            vec![
                did("delete-customer-purchase-permissions", ids::WOODGROVE),
                did("renew-reservation", ids::WOODGROVE),
                did("expire-reservation", ids::WOODGROVE),
            ],
            question(9, options(9, 3), 1, RuleId::R14, auto_renew_replaces),
            2,
            vec![
                answer(9, 1, admin(), Some("/customers/cust-004/reservations"), 1),
                step(
                    9,
                    2,
                    admin(),
                    Some("/customers/cust-004/account"),
                    Action::Act(permission(ids::WOODGROVE, false)),
                ),
                step(
                    9,
                    3,
                    admin(),
                    Some("/customers/cust-004/reservations"),
                    Action::Act(Command::AdvanceClock { days: 0, months: 1 }),
                ),
            ],
        ),
        lesson(
            10,
            &[RuleId::R12],
            contoso_near_the_cap,
            admin(),
            "/customers/cust-001/reservations/res-00004",
            vec![
                refused("cancel", RuleId::R12, None),
                did("cancel-reservation", ids::CONTOSO),
            ],
            question(10, options(10, 3), 1, RuleId::R12, what_remains_of_the_cap),
            2,
            vec![
                answer(
                    10,
                    1,
                    admin(),
                    Some("/customers/cust-001/reservations/res-00004"),
                    1,
                ),
                step(
                    10,
                    2,
                    admin(),
                    Some("/customers/cust-001/reservations/res-00004"),
                    Action::Act(Command::Cancel {
                        reservation: ReservationId::new("res-00004"),
                    }),
                ),
                step(
                    10,
                    3,
                    admin(),
                    Some("/customers/cust-001/reservations/res-00005"),
                    Action::Act(Command::Cancel {
                        reservation: ReservationId::new("res-00005"),
                    }),
                ),
            ],
        ),
        lesson(
            11,
            &[RuleId::R13, RuleId::R21],
            exchanges_ending,
            admin(),
            "/customers/cust-004/reservations/res-00004",
            vec![
                did("exchange-reservation", ids::WOODGROVE),
                refused("exchange", RuleId::R13, None),
                did("trade-in-reservation", ids::WOODGROVE),
            ],
            question(11, options(11, 3), 1, RuleId::R13, still_exchangeable),
            2,
            vec![
                answer(
                    11,
                    1,
                    admin(),
                    Some("/customers/cust-004/reservations/res-00004"),
                    1,
                ),
                step(
                    11,
                    2,
                    admin(),
                    Some("/customers/cust-004/reservations/res-00004"),
                    Action::Act(exchange_for_two_d4s("res-00004")),
                ),
                step(
                    11,
                    3,
                    admin(),
                    Some("/customers/cust-004/reservations/res-00005"),
                    Action::Act(Command::AdvanceClock { days: 0, months: 1 }),
                ),
                step(
                    11,
                    4,
                    admin(),
                    Some("/customers/cust-004/reservations/res-00005"),
                    Action::Act(exchange_for_two_d4s("res-00005")),
                ),
                step(
                    11,
                    5,
                    admin(),
                    Some("/customers/cust-004/reservations/res-00006"),
                    Action::Act(exchange_for_two_d4s("res-00006")),
                ),
                step(
                    11,
                    6,
                    admin(),
                    Some("/customers/cust-004/reservations/res-00006"),
                    Action::Act(Command::TradeIn {
                        reservation: ReservationId::new("res-00006"),
                        name: "From the final exchange".into(),
                        term: Term::ThreeYears,
                        billing_plan: BillingPlan::Monthly,
                        hourly_commitment: None,
                        auto_renew: false,
                    }),
                ),
            ],
        ),
        lesson(
            12,
            &[
                RuleId::R16,
                RuleId::R17,
                RuleId::R18,
                RuleId::R19,
                RuleId::R20,
            ],
            demo::demo,
            admin(),
            CONTOSO_ACCOUNT,
            vec![
                Goal::Permission {
                    customer: cid(ids::CONTOSO),
                    resource: PermissionResource::AzureSavingsPlan,
                    on: true,
                },
                did("purchase-savings-plan-customer", ids::CONTOSO),
                refused("cancel-savings-plan", RuleId::R20, None),
                refused("buy-savings-plan", RuleId::R17, Some(By::SalesAgent)),
            ],
            question(
                12,
                options(12, 3),
                2,
                RuleId::R18,
                nowhere_in_partner_center,
            ),
            2,
            vec![
                answer(12, 1, admin(), Some(CONTOSO_ACCOUNT), 2),
                step(
                    12,
                    2,
                    admin(),
                    Some(CONTOSO_ACCOUNT),
                    Action::Act(Command::SetSavingsPlanPermission {
                        customer: cid(ids::CONTOSO),
                        on: true,
                    }),
                ),
                step(
                    12,
                    3,
                    customer(ids::CONTOSO_OWNER),
                    Some("/portal/savings-plans/purchase"),
                    Action::Act(contoso_plan()),
                ),
                step(
                    12,
                    4,
                    customer(ids::CONTOSO_OWNER),
                    Some("/portal/savings-plans/sp-00002"),
                    Action::Act(Command::CancelSavingsPlan {
                        plan: SavingsPlanId::new("sp-00002"),
                    }),
                ),
                step(
                    12,
                    5,
                    admin(),
                    Some("/customers/cust-001/orders"),
                    Action::Visit,
                ),
                step(
                    12,
                    6,
                    demo::sales(),
                    Some("/customers/cust-001/savings-plans"),
                    Action::Act(partner_plan_for_contoso()),
                ),
            ],
        ),
        {
            let start = demo::demo();
            let call = |which| api_call(&start, which);
            lesson(
                13,
                &[RuleId::R2, RuleId::R3, RuleId::R4],
                demo::demo,
                admin(),
                "/api-console",
                vec![
                    Goal::Api {
                        method: "POST".into(),
                        status: 201,
                    },
                    Goal::Api {
                        method: "POST".into(),
                        status: 409,
                    },
                    Goal::Api {
                        method: "GET".into(),
                        status: 200,
                    },
                    Goal::Api {
                        method: "DELETE".into(),
                        status: 204,
                    },
                ],
                question(13, options(13, 3), 1, RuleId::R4, a_second_post_conflicts),
                2,
                vec![
                    answer(13, 1, admin(), Some("/api-console"), 1),
                    step(
                        13,
                        2,
                        admin(),
                        Some("/api-console"),
                        Action::Api(call("post")),
                    ),
                    step(
                        13,
                        3,
                        admin(),
                        Some("/api-console"),
                        Action::Api(call("post")),
                    ),
                    step(
                        13,
                        4,
                        admin(),
                        Some("/api-console"),
                        Action::Api(call("get-by-id")),
                    ),
                    step(13, 5, admin(), Some(CONTOSO_ACCOUNT), Action::Visit),
                    step(
                        13,
                        6,
                        admin(),
                        Some("/api-console"),
                        Action::Api(call("delete")),
                    ),
                ],
            )
        },
    ]
}

/// A built-in lesson by its number.
pub fn lesson_by_id(id: &str) -> Option<Lesson> {
    lessons().into_iter().find(|l| l.id == id)
}
