//! The built-in demo tenant: one partner user per role and customers that, between them,
//! exercise every rule. It is built by running ordinary commands through `decide`, so
//! the demo can never hold a state the rules would not allow.
use super::catalogue::{BillingPlan, Term};
use super::command::{Command, PurchaseOrder, SavingsPlanOrder};
use super::event::Actor;
use super::ids::*;
use super::model::*;
use super::money::Money;
use super::rules::Denied;
use super::state::State;
use super::time::Timestamp;

pub const PARTNER_NAME: &str = "Fabrikam Cloud Partners";
pub const PARTNER_TENANT_ID: &str = "7d1b3f0e-0000-4000-8000-00000000cafe";

/// Where every tenant's clock starts.
pub fn start_time() -> Timestamp {
    Timestamp::from_ymd_hm(2026, 1, 5, 9, 0)
}

/// R13: the end of exchanges every new tenant starts with, "February 1, 2027" (Azure's
/// "Self-service exchanges and refunds", 2026-07-22); a trainer may move or clear it.
pub fn exchange_end_default() -> Timestamp {
    Timestamp::from_ymd_hm(2027, 2, 1, 0, 0)
}

/// A tenant with the partner and its three users, no customers, and today's end of
/// exchanges (R13). Histories recorded before the end had a default keep none: they
/// replay as they were recorded.
pub fn blank() -> State {
    let mut state = State::genesis(PARTNER_NAME, PARTNER_TENANT_ID, start_time());
    for (name, role) in PARTNER_STAFF {
        // Adding staff is S1 (Admin agent) work; the first Admin agent is the tenant's founder.
        let event = super::event::Recorded {
            seq: state.next_seq(),
            at: state.now,
            actor: Actor::Simulator,
            event: super::event::Event::PartnerUserAdded {
                user: UserId(format!("p{}", state.partner_users.len() + 1)),
                name: name.to_string(),
                role,
            },
        };
        state.evolve(event);
    }
    let default_end = super::event::Recorded {
        seq: state.next_seq(),
        at: state.now,
        actor: Actor::Simulator,
        event: super::event::Event::ExchangeGracePeriodEndSet {
            end: Some(exchange_end_default()),
        },
    };
    state.evolve(default_end);
    state
}

const PARTNER_STAFF: [(&str, PartnerRole); 3] = [
    ("Ada Admin", PartnerRole::AdminAgent),
    ("Sam Sales", PartnerRole::SalesAgent),
    ("Hugo Helpdesk", PartnerRole::HelpdeskAgent),
];

pub fn admin() -> Actor {
    Actor::Partner(UserId::new("p1"))
}
pub fn sales() -> Actor {
    Actor::Partner(UserId::new("p2"))
}
pub fn helpdesk() -> Actor {
    Actor::Partner(UserId::new("p3"))
}

/// Ids of the demo's customers and users, for tests and the README's walk-through.
pub mod ids {
    pub const CONTOSO: &str = "cust-001"; // Azure plan, an Owner and a Reader
    pub const NORTHWIND: &str = "cust-002"; // Azure plan, users are only Reader/Contributor
    pub const TAILSPIN: &str = "cust-003"; // no subscription yet
    pub const WOODGROVE: &str = "cust-004"; // two subscriptions, permission on, reservations
    pub const CONTOSO_SUB: &str = "sub-0001";
    pub const NORTHWIND_SUB: &str = "sub-0002";
    pub const WOODGROVE_PROD: &str = "sub-0003";
    pub const WOODGROVE_DEV: &str = "sub-0004";
    pub const CONTOSO_OWNER: &str = "u1";
    pub const CONTOSO_READER: &str = "u2";
    pub const NORTHWIND_READER: &str = "u3";
    pub const NORTHWIND_CONTRIBUTOR: &str = "u4";
    pub const TAILSPIN_USER: &str = "u5";
    pub const WOODGROVE_OWNER: &str = "u6";
    pub const WOODGROVE_PURCHASER: &str = "u7";
    pub const TAILSPIN_SECOND_USER: &str = "u8"; // no role until the story gives one
    /// Woodgrove's savings plan, bought by its Owner in the Azure portal: Partner Center
    /// never shows it (R18).
    pub const WOODGROVE_PLAN: &str = "sp-00001";
}

/// The demo tenant. Every step is a real command; a refusal would be a bug in the demo
/// (a test asserts there is none) and is returned rather than hidden.
pub fn try_demo() -> Result<State, (usize, Denied)> {
    let mut s = blank();
    let cid = CustomerId::new;
    let sid = SubscriptionId::new;
    let uid = UserId::new;
    let a = admin();
    let sim = Actor::Simulator;
    let vm = ProductId::new("vm-d2s-v5");
    let we = Region::new("westeurope");
    let steps: Vec<(Actor, Command)> = vec![
        (
            a.clone(),
            Command::AddCustomer {
                name: "Contoso Ltd".into(),
                domain: "contoso.example".into(),
            },
        ),
        (
            a.clone(),
            Command::AddCustomer {
                name: "Northwind Traders".into(),
                domain: "northwind.example".into(),
            },
        ),
        (
            a.clone(),
            Command::AddCustomer {
                name: "Tailspin Toys".into(),
                domain: "tailspin.example".into(),
            },
        ),
        (
            a.clone(),
            Command::AddCustomer {
                name: "Woodgrove Bank".into(),
                domain: "woodgrove.example".into(),
            },
        ),
        (
            a.clone(),
            Command::AddCustomerUser {
                customer: cid(ids::CONTOSO),
                name: "Olivia Jansen".into(),
            },
        ),
        (
            a.clone(),
            Command::AddCustomerUser {
                customer: cid(ids::CONTOSO),
                name: "Rafael Costa".into(),
            },
        ),
        (
            a.clone(),
            Command::AddCustomerUser {
                customer: cid(ids::NORTHWIND),
                name: "Nora Berg".into(),
            },
        ),
        (
            a.clone(),
            Command::AddCustomerUser {
                customer: cid(ids::NORTHWIND),
                name: "Colin Park".into(),
            },
        ),
        (
            a.clone(),
            Command::AddCustomerUser {
                customer: cid(ids::TAILSPIN),
                name: "Tara Lind".into(),
            },
        ),
        (
            a.clone(),
            Command::AddCustomerUser {
                customer: cid(ids::WOODGROVE),
                name: "Wendy Moss".into(),
            },
        ),
        (
            a.clone(),
            Command::AddCustomerUser {
                customer: cid(ids::WOODGROVE),
                name: "Pablo Ruiz".into(),
            },
        ),
        (
            a.clone(),
            Command::BuySubscription {
                customer: cid(ids::CONTOSO),
                name: "Contoso Production".into(),
                kind: SubscriptionKind::AzurePlan,
            },
        ),
        (
            a.clone(),
            Command::BuySubscription {
                customer: cid(ids::NORTHWIND),
                name: "Northwind Analytics".into(),
                kind: SubscriptionKind::AzurePlan,
            },
        ),
        (
            a.clone(),
            Command::BuySubscription {
                customer: cid(ids::WOODGROVE),
                name: "Woodgrove Production".into(),
                kind: SubscriptionKind::AzurePlan,
            },
        ),
        (
            a.clone(),
            Command::BuySubscription {
                customer: cid(ids::WOODGROVE),
                name: "Woodgrove Development".into(),
                kind: SubscriptionKind::AzureGlobal,
            },
        ),
        (
            a.clone(),
            Command::AssignRole {
                subscription: sid(ids::CONTOSO_SUB),
                user: uid(ids::CONTOSO_OWNER),
                role: RbacRole::Owner,
            },
        ),
        (
            a.clone(),
            Command::AssignRole {
                subscription: sid(ids::CONTOSO_SUB),
                user: uid(ids::CONTOSO_READER),
                role: RbacRole::Reader,
            },
        ),
        (
            a.clone(),
            Command::AssignRole {
                subscription: sid(ids::NORTHWIND_SUB),
                user: uid(ids::NORTHWIND_READER),
                role: RbacRole::Reader,
            },
        ),
        (
            a.clone(),
            Command::AssignRole {
                subscription: sid(ids::NORTHWIND_SUB),
                user: uid(ids::NORTHWIND_CONTRIBUTOR),
                role: RbacRole::Contributor,
            },
        ),
        (
            a.clone(),
            Command::AssignRole {
                subscription: sid(ids::WOODGROVE_PROD),
                user: uid(ids::WOODGROVE_OWNER),
                role: RbacRole::Owner,
            },
        ),
        (
            a.clone(),
            Command::AssignRole {
                subscription: sid(ids::WOODGROVE_DEV),
                user: uid(ids::WOODGROVE_OWNER),
                role: RbacRole::Owner,
            },
        ),
        (
            a.clone(),
            Command::AssignRole {
                subscription: sid(ids::WOODGROVE_DEV),
                user: uid(ids::WOODGROVE_PURCHASER),
                role: RbacRole::ReservationPurchaser,
            },
        ),
        // R8: the partner charges a little above Web Direct for the smallest VM.
        (
            a.clone(),
            Command::SetCustomerPrice {
                product: vm.clone(),
                term: Term::OneYear,
                price: Money(54_000),
            },
        ),
        (
            a.clone(),
            Command::SetPurchasePermission {
                customer: cid(ids::WOODGROVE),
                on: true,
            },
        ),
        // R7/R9: the partner's purchase, shared scope by default.
        (
            a.clone(),
            Command::BuyReservation(PurchaseOrder {
                customer: cid(ids::WOODGROVE),
                billing_subscription: sid(ids::WOODGROVE_PROD),
                product: vm.clone(),
                region: we.clone(),
                term: Term::OneYear,
                billing_plan: BillingPlan::Monthly,
                quantity: 2,
                scope: Scope::Shared,
                auto_renew: true, // R14: on unless the buyer unticks it
            }),
        ),
        (
            sim.clone(),
            Command::RecordUsage {
                subscription: sid(ids::WOODGROVE_PROD),
                product: vm.clone(),
                region: we.clone(),
                hours_per_month: 1_460,
            },
        ),
        (
            sim.clone(),
            Command::RecordUsage {
                subscription: sid(ids::WOODGROVE_DEV),
                product: vm.clone(),
                region: we.clone(),
                hours_per_month: 730,
            },
        ),
        (
            sim.clone(),
            Command::RecordUsage {
                subscription: sid(ids::WOODGROVE_DEV),
                product: ProductId::new("sql-gen5-vcore"),
                region: we.clone(),
                hours_per_month: 2_920,
            },
        ),
        (
            sim.clone(),
            Command::AdvanceClock {
                days: 14,
                months: 0,
            },
        ),
        // R5/R6: the customer's own purchase, billed to the partner.
        (
            Actor::Customer(uid(ids::WOODGROVE_PURCHASER)),
            Command::BuyReservation(PurchaseOrder {
                customer: cid(ids::WOODGROVE),
                billing_subscription: sid(ids::WOODGROVE_DEV),
                product: ProductId::new("sql-gen5-vcore"),
                region: we,
                term: Term::ThreeYears,
                billing_plan: BillingPlan::Upfront,
                quantity: 4,
                scope: Scope::Single(sid(ids::WOODGROVE_DEV)),
                auto_renew: true,
            }),
        ),
        (sim, Command::AdvanceClock { days: 7, months: 0 }),
        (
            a.clone(),
            Command::AddCustomerUser {
                customer: cid(ids::TAILSPIN),
                name: "Timo Virtanen".into(),
            },
        ),
        // R16/R17: the second switch, and a savings plan the Owner buys for the compute
        // usage the reservation leaves uncovered (R19); Partner Center never sees it (R18)
        (
            a,
            Command::SetSavingsPlanPermission {
                customer: cid(ids::WOODGROVE),
                on: true,
            },
        ),
        (
            Actor::Customer(uid(ids::WOODGROVE_OWNER)),
            Command::BuySavingsPlan(SavingsPlanOrder {
                customer: cid(ids::WOODGROVE),
                name: "Woodgrove compute".into(),
                billing_subscription: sid(ids::WOODGROVE_PROD),
                scope: Scope::Shared,
                term: Term::OneYear,
                billing_plan: BillingPlan::Monthly,
                hourly_commitment: Money(10),
                auto_renew: false,
            }),
        ),
    ];
    for (i, (actor, command)) in steps.iter().enumerate() {
        s.execute(actor, command).map_err(|d| (i, d))?;
    }
    Ok(s)
}

/// The demo tenant, or the blank one should the demo ever be refused (a test forbids it).
pub fn demo() -> State {
    try_demo().unwrap_or_else(|_| blank())
}

/// The demo taken through every kind of event, by every kind of actor: for tests of the
/// stored forms, which must hold each of them.
#[cfg(test)]
pub fn every_event_kind() -> State {
    let mut s = demo();
    let run = |s: &mut State, actor: &Actor, command: Command| {
        if let Err(denied) = s.execute(actor, &command) {
            panic!("{command:?} was refused: {denied:?}");
        }
    };
    let newest = |s: &State| s.reservations.keys().next_back().cloned().expect("bought");
    let admin = admin();
    let purchaser = Actor::Customer(UserId::new(ids::WOODGROVE_OWNER));
    let prod = SubscriptionId::new(ids::WOODGROVE_PROD);
    let contoso_sub = SubscriptionId::new(ids::CONTOSO_SUB);
    run(
        &mut s,
        &admin,
        Command::SuspendSubscription {
            subscription: contoso_sub.clone(),
        },
    );
    run(
        &mut s,
        &admin,
        Command::ReactivateSubscription {
            subscription: contoso_sub.clone(),
        },
    );
    run(
        &mut s,
        &admin,
        Command::RemoveRole {
            subscription: SubscriptionId::new(ids::NORTHWIND_SUB),
            user: UserId::new(ids::NORTHWIND_CONTRIBUTOR),
            role: RbacRole::Contributor,
        },
    );
    let northwind = CustomerId::new(ids::NORTHWIND);
    for on in [true, false] {
        let customer = northwind.clone();
        run(
            &mut s,
            &admin,
            Command::SetPurchasePermission { customer, on },
        );
    }
    run(
        &mut s,
        &admin,
        Command::SetEarlyTerminationFee {
            basis_points: 1_200,
        },
    );
    let order = |term, billing_plan, scope| {
        Command::BuyReservation(PurchaseOrder {
            customer: CustomerId::new(ids::WOODGROVE),
            billing_subscription: prod.clone(),
            product: ProductId::new("vm-d2s-v5"),
            region: Region::new("westeurope"),
            term,
            billing_plan,
            quantity: 2,
            scope,
            // unticked in the form: the story turns it on later
            auto_renew: false,
        })
    };
    // bought in the portal, then renewed automatically at expiry
    run(
        &mut s,
        &purchaser,
        order(
            Term::OneYear,
            BillingPlan::Monthly,
            Scope::Single(prod.clone()),
        ),
    );
    let renews = newest(&s);
    run(
        &mut s,
        &admin,
        Command::SetAutoRenew {
            reservation: renews,
            on: true,
        },
    );
    // bought in Partner Center, rescoped, exchanged
    run(
        &mut s,
        &admin,
        order(Term::ThreeYears, BillingPlan::Upfront, Scope::Shared),
    );
    let exchanged = newest(&s);
    let scope = Scope::Single(SubscriptionId::new(ids::WOODGROVE_DEV));
    run(
        &mut s,
        &admin,
        Command::ChangeScope {
            reservation: exchanged.clone(),
            scope,
        },
    );
    run(
        &mut s,
        &admin,
        Command::Exchange {
            reservation: exchanged,
            product: ProductId::new("vm-d4s-v5"),
            region: Region::new("westeurope"),
            term: Term::ThreeYears,
            billing_plan: BillingPlan::Upfront,
            quantity: 2,
            auto_renew: false,
        },
    );
    run(
        &mut s,
        &admin,
        order(Term::OneYear, BillingPlan::Upfront, Scope::Shared),
    );
    let cancelled = newest(&s);
    run(
        &mut s,
        &admin,
        Command::Cancel {
            reservation: cancelled,
        },
    );
    run(
        &mut s,
        &Actor::Simulator,
        Command::RecordUsage {
            subscription: prod.clone(),
            product: ProductId::new("vm-d2s-v5"),
            region: Region::new("westeurope"),
            hours_per_month: 730,
        },
    );
    // the savings plan switch on and off (R16)
    for on in [true, false] {
        let customer = northwind.clone();
        run(
            &mut s,
            &admin,
            Command::SetSavingsPlanPermission { customer, on },
        );
    }
    // a savings plan the partner buys (R17), rescoped and set to renew (R20)
    run(
        &mut s,
        &admin,
        Command::BuySavingsPlan(SavingsPlanOrder {
            customer: CustomerId::new(ids::WOODGROVE),
            name: "Partner-bought compute".into(),
            billing_subscription: prod.clone(),
            scope: Scope::Shared,
            term: Term::OneYear,
            billing_plan: BillingPlan::Upfront,
            hourly_commitment: Money(25),
            auto_renew: false,
        }),
    );
    let plan = s.savings_plans.keys().next_back().cloned().expect("bought");
    run(
        &mut s,
        &admin,
        Command::ChangeSavingsPlanScope {
            plan: plan.clone(),
            scope: Scope::Single(prod.clone()),
        },
    );
    run(
        &mut s,
        &admin,
        Command::SetSavingsPlanAutoRenew { plan, on: true },
    );
    // a VM reservation traded in for a savings plan (R21), after the compute exchange
    // grace period ended (R13)
    run(
        &mut s,
        &admin,
        order(Term::OneYear, BillingPlan::Monthly, Scope::Shared),
    );
    let traded = newest(&s);
    let end = Some(s.now);
    run(&mut s, &admin, Command::SetExchangeGracePeriodEnd { end });
    run(
        &mut s,
        &admin,
        Command::TradeIn {
            reservation: traded,
            name: "Traded-in compute".into(),
            term: Term::ThreeYears,
            billing_plan: BillingPlan::Monthly,
            hourly_commitment: None,
            auto_renew: false,
        },
    );
    // a renewal is a purchase (R14): Contoso's subscription suspended, its reservation
    // set to renew expires instead
    run(
        &mut s,
        &admin,
        Command::BuyReservation(PurchaseOrder {
            customer: CustomerId::new(ids::CONTOSO),
            billing_subscription: contoso_sub.clone(),
            product: ProductId::new("vm-d2s-v5"),
            region: Region::new("westeurope"),
            term: Term::OneYear,
            billing_plan: BillingPlan::Upfront,
            quantity: 1,
            scope: Scope::Shared,
            auto_renew: true,
        }),
    );
    run(
        &mut s,
        &admin,
        Command::SuspendSubscription {
            subscription: contoso_sub,
        },
    );
    // past every one-year term: the auto-renewing ones renew, the others expire
    run(
        &mut s,
        &Actor::Simulator,
        Command::AdvanceClock {
            days: 1,
            months: 13,
        },
    );
    s
}
