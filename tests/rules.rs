//! One or more tests per rule of DOMAIN.md, named after its id: each rule allowed and
//! denied, as each role, from both perspectives.
#![cfg(not(target_arch = "wasm32"))]

use csp_reservations_sim::domain::demo::{self, admin, helpdesk, ids, sales};
use csp_reservations_sim::domain::finance::{self, refund_quote, savings, REFUND_CAP};
use csp_reservations_sim::domain::projections::{activity, ActivityFilter};
use csp_reservations_sim::domain::*;
use csp_reservations_sim::domain::{projections, verify};
use csp_reservations_sim::store::persist;

fn cid(s: &str) -> CustomerId {
    CustomerId::new(s)
}
fn sid(s: &str) -> SubscriptionId {
    SubscriptionId::new(s)
}
fn customer(u: &str) -> Actor {
    Actor::Customer(UserId::new(u))
}
fn permission(c: &str, on: bool) -> Command {
    Command::SetPurchasePermission {
        customer: cid(c),
        on,
    }
}
fn order(c: &str, sub: &str, qty: u32) -> Command {
    Command::BuyReservation(PurchaseOrder {
        customer: cid(c),
        billing_subscription: sid(sub),
        product: ProductId::new("vm-d2s-v5"),
        region: Region::new("westeurope"),
        term: Term::OneYear,
        billing_plan: BillingPlan::Upfront,
        quantity: qty,
        scope: Scope::Shared,
        auto_renew: true,
    })
}
fn rules_of(d: &Denied) -> Vec<RuleId> {
    d.reasons.iter().map(|r| r.rule).collect()
}
fn keys_of(d: &Denied) -> Vec<&'static str> {
    d.reasons.iter().map(|r| r.key).collect()
}
/// Executes and asserts it was refused for `rule` and that nothing changed.
fn refused(state: &mut State, actor: &Actor, cmd: &Command, rule: RuleId) -> Denied {
    let before = state.clone();
    let denied = state
        .execute(actor, cmd)
        .expect_err("command should be refused");
    assert!(
        denied.cites(rule),
        "expected {rule:?}, got {:?}",
        denied.reasons
    );
    assert_eq!(*state, before, "a refused command changed the state");
    denied
}
fn last_operation(state: &State) -> Operation {
    state
        .log
        .last()
        .map(|r| r.event.operation())
        .expect("log is empty")
}
/// The demo's reservation bought through `channel` (one per channel in the demo).
fn bought_through(state: &State, channel: Channel) -> ReservationId {
    state
        .reservations
        .values()
        .find(|r| r.channel == channel)
        .map(|r| r.id.clone())
        .expect("the demo has one")
}
fn the_new_reservation(state: &State) -> ReservationId {
    match &state.log.last().expect("log").event {
        Event::ReservationPurchased { reservation } => reservation.id.clone(),
        other => panic!("expected a purchase, got {other:?}"),
    }
}

#[test]
fn demo_tenant_builds_without_a_single_refusal() {
    let state = demo::try_demo().expect("demo commands are all allowed");
    assert_eq!(state.customers.len(), 4);
    assert_eq!(state.partner_users.len(), 3);
    assert_eq!(
        state
            .reservations
            .values()
            .filter(|r| r.is_active())
            .count(),
        2
    );
}

#[test]
fn r1_every_customer_permission_starts_off() {
    let mut s = demo::blank();
    s.execute(
        &admin(),
        &Command::AddCustomer {
            name: "Fresh".into(),
            domain: "fresh.example".into(),
        },
    )
    .unwrap();
    assert!(s.customers.values().all(|c| c.permission.is_none()));
    let demo = demo::demo();
    assert!(demo.customers[&cid(ids::CONTOSO)].permission.is_none());
}

#[test]
fn r2_admin_agent_turns_permission_on_and_off() {
    let mut s = demo::demo();
    s.execute(&admin(), &permission(ids::CONTOSO, true))
        .unwrap();
    assert!(s.customers[&cid(ids::CONTOSO)].permission.is_some());
    s.execute(&admin(), &permission(ids::CONTOSO, false))
        .unwrap();
    assert!(s.customers[&cid(ids::CONTOSO)].permission.is_none());
}

#[test]
fn r2_sales_and_helpdesk_agents_see_it_read_only() {
    let mut s = demo::demo();
    for who in [sales(), helpdesk()] {
        let d = refused(&mut s, &who, &permission(ids::CONTOSO, true), RuleId::R2);
        assert_eq!(keys_of(&d), vec!["deny-r2-read-only"]);
        refused(&mut s, &who, &permission(ids::WOODGROVE, false), RuleId::R2);
    }
}

#[test]
fn r2_no_customer_user_may_change_it_not_even_an_owner() {
    let mut s = demo::demo();
    refused(
        &mut s,
        &customer(ids::CONTOSO_OWNER),
        &permission(ids::CONTOSO, true),
        RuleId::R2,
    );
    refused(
        &mut s,
        &customer(ids::WOODGROVE_OWNER),
        &permission(ids::WOODGROVE, false),
        RuleId::R2,
    );
}

#[test]
fn r3_cannot_turn_on_without_an_eligible_subscription_until_one_is_bought() {
    let mut s = demo::demo();
    let d = refused(
        &mut s,
        &admin(),
        &permission(ids::TAILSPIN, true),
        RuleId::R3,
    );
    assert_eq!(keys_of(&d), vec!["deny-r3-no-eligible-subscription"]);
    s.execute(
        &admin(),
        &Command::BuySubscription {
            customer: cid(ids::TAILSPIN),
            name: "Tailspin Plan".into(),
            kind: SubscriptionKind::AzurePlan,
        },
    )
    .unwrap();
    s.execute(&admin(), &permission(ids::TAILSPIN, true))
        .unwrap();
}

#[test]
fn r3_a_suspended_subscription_is_not_eligible_but_turning_off_always_works() {
    let mut s = demo::demo();
    s.execute(
        &admin(),
        &Command::SuspendSubscription {
            subscription: sid(ids::CONTOSO_SUB),
        },
    )
    .unwrap();
    refused(
        &mut s,
        &admin(),
        &permission(ids::CONTOSO, true),
        RuleId::R3,
    );
    // Woodgrove: suspend both, turning off is still possible
    for sub in [ids::WOODGROVE_PROD, ids::WOODGROVE_DEV] {
        s.execute(
            &admin(),
            &Command::SuspendSubscription {
                subscription: sid(sub),
            },
        )
        .unwrap();
    }
    s.execute(&admin(), &permission(ids::WOODGROVE, false))
        .unwrap();
}

#[test]
fn r2_r3_a_sales_agent_on_a_customer_without_subscription_hears_both_reasons() {
    let mut s = demo::demo();
    let d = refused(
        &mut s,
        &sales(),
        &permission(ids::TAILSPIN, true),
        RuleId::R2,
    );
    assert_eq!(rules_of(&d), vec![RuleId::R2, RuleId::R3]);
}

#[test]
fn r4_on_and_off_write_the_partner_center_operation_names() {
    let mut s = demo::demo();
    s.execute(&admin(), &permission(ids::CONTOSO, true))
        .unwrap();
    assert_eq!(
        last_operation(&s),
        Operation::CreateCustomerPurchasePermissions
    );
    assert_eq!(
        last_operation(&s).english(),
        "Create customer purchase permissions"
    );
    s.execute(&admin(), &permission(ids::CONTOSO, false))
        .unwrap();
    assert_eq!(
        last_operation(&s).english(),
        "Delete customer purchase permissions"
    );
    let policy = match &s.log[s.log.len() - 2].event {
        Event::PermissionCreated { policy, .. } => policy.id.clone(),
        e => panic!("{e:?}"),
    };
    let tenant = &s.customers[&cid(ids::CONTOSO)].tenant_id;
    assert_eq!(policy, format!("{}_{}", demo::PARTNER_TENANT_ID, tenant));
}

#[test]
fn r4_turning_on_twice_is_refused_like_the_api_409() {
    let mut s = demo::demo();
    refused(
        &mut s,
        &admin(),
        &permission(ids::WOODGROVE, true),
        RuleId::V1,
    );
    refused(
        &mut s,
        &admin(),
        &permission(ids::CONTOSO, false),
        RuleId::V1,
    );
}

#[test]
fn r5a_customer_owner_is_refused_while_the_permission_is_off() {
    let mut s = demo::demo();
    let d = refused(
        &mut s,
        &customer(ids::CONTOSO_OWNER),
        &order(ids::CONTOSO, ids::CONTOSO_SUB, 1),
        RuleId::R5,
    );
    assert_eq!(keys_of(&d), vec!["deny-r5a-permission-off"]);
}

#[test]
fn r5c_reader_and_contributor_are_refused_even_with_the_permission_on() {
    let mut s = demo::demo();
    s.execute(&admin(), &permission(ids::CONTOSO, true))
        .unwrap();
    s.execute(&admin(), &permission(ids::NORTHWIND, true))
        .unwrap();
    let d = refused(
        &mut s,
        &customer(ids::CONTOSO_READER),
        &order(ids::CONTOSO, ids::CONTOSO_SUB, 1),
        RuleId::R5,
    );
    assert_eq!(keys_of(&d), vec!["deny-r5c-not-owner"]);
    refused(
        &mut s,
        &customer(ids::NORTHWIND_CONTRIBUTOR),
        &order(ids::NORTHWIND, ids::NORTHWIND_SUB, 1),
        RuleId::R5,
    );
}

#[test]
fn r5_owner_buys_once_the_permission_is_on() {
    let mut s = demo::demo();
    s.execute(&admin(), &permission(ids::CONTOSO, true))
        .unwrap();
    s.execute(
        &customer(ids::CONTOSO_OWNER),
        &order(ids::CONTOSO, ids::CONTOSO_SUB, 3),
    )
    .unwrap();
    assert_eq!(last_operation(&s), Operation::PurchaseReservationByCustomer);
}

#[test]
fn r5_reservation_purchaser_role_may_buy_too() {
    let mut s = demo::demo();
    s.execute(
        &customer(ids::WOODGROVE_PURCHASER),
        &order(ids::WOODGROVE, ids::WOODGROVE_DEV, 1),
    )
    .unwrap();
    // ...but only on the subscription where the role is held
    refused(
        &mut s,
        &customer(ids::WOODGROVE_PURCHASER),
        &order(ids::WOODGROVE, ids::WOODGROVE_PROD, 1),
        RuleId::R5,
    );
}

#[test]
fn r5_every_unmet_condition_has_its_own_message() {
    let mut s = demo::demo();
    // Reader of Contoso, permission off, paying with another customer's subscription
    let d = refused(
        &mut s,
        &customer(ids::CONTOSO_READER),
        &order(ids::CONTOSO, ids::WOODGROVE_PROD, 1),
        RuleId::R5,
    );
    assert_eq!(
        keys_of(&d),
        vec![
            "deny-r5a-permission-off",
            "deny-r5b-subscription-other-customer",
            "deny-r5c-not-owner"
        ]
    );
    // buying for another customer altogether
    let d = refused(
        &mut s,
        &customer(ids::CONTOSO_OWNER),
        &order(ids::WOODGROVE, ids::WOODGROVE_PROD, 1),
        RuleId::R5,
    );
    assert!(keys_of(&d).contains(&"deny-r5-other-customer"));
}

#[test]
fn r5b_suspended_billing_subscription_is_refused() {
    let mut s = demo::demo();
    s.execute(
        &admin(),
        &Command::SuspendSubscription {
            subscription: sid(ids::WOODGROVE_DEV),
        },
    )
    .unwrap();
    let d = refused(
        &mut s,
        &customer(ids::WOODGROVE_OWNER),
        &order(ids::WOODGROVE, ids::WOODGROVE_DEV, 1),
        RuleId::R5,
    );
    assert_eq!(keys_of(&d), vec!["deny-r5b-subscription-suspended"]);
}

#[test]
fn r6_customer_purchase_is_billed_to_the_partner_and_listed_next_to_partner_purchases() {
    let mut s = demo::demo();
    s.execute(
        &customer(ids::WOODGROVE_OWNER),
        &order(ids::WOODGROVE, ids::WOODGROVE_PROD, 1),
    )
    .unwrap();
    let id = the_new_reservation(&s);
    let r = &s.reservations[&id];
    assert_eq!(r.billed_to, demo::PARTNER_TENANT_ID);
    assert_eq!(r.channel, Channel::AzurePortal);
    let orders = projections::orders_of(&s, &cid(ids::WOODGROVE));
    let channels: Vec<&Channel> = orders.iter().map(|o| &o.channel).collect();
    assert!(
        channels.contains(&&Channel::AzurePortal) && channels.contains(&&Channel::PartnerCenter)
    );
    let filter = ActivityFilter {
        customer: Some(ids::WOODGROVE.to_string()),
        ..Default::default()
    };
    let ops: Vec<Operation> = activity(&s, &filter).map(|r| r.event.operation()).collect();
    assert!(ops.contains(&Operation::PurchaseReservationByCustomer));
    assert!(ops.contains(&Operation::PurchaseReservationByPartner));
}

#[test]
fn r7_admin_and_sales_buy_on_behalf_whatever_the_permission_says() {
    let mut s = demo::demo();
    assert!(s.customers[&cid(ids::CONTOSO)].permission.is_none());
    s.execute(&admin(), &order(ids::CONTOSO, ids::CONTOSO_SUB, 1))
        .unwrap();
    s.execute(&sales(), &order(ids::CONTOSO, ids::CONTOSO_SUB, 1))
        .unwrap();
    assert_eq!(last_operation(&s), Operation::PurchaseReservationByPartner);
}

#[test]
fn r7_helpdesk_cannot_buy_and_partners_still_need_an_eligible_subscription() {
    let mut s = demo::demo();
    refused(
        &mut s,
        &helpdesk(),
        &order(ids::CONTOSO, ids::CONTOSO_SUB, 1),
        RuleId::R7,
    );
    let d = refused(
        &mut s,
        &admin(),
        &order(ids::TAILSPIN, "sub-none", 1),
        RuleId::R7,
    );
    assert_eq!(keys_of(&d), vec!["deny-r7-no-subscription"]);
    refused(
        &mut s,
        &helpdesk(),
        &Command::BuySubscription {
            customer: cid(ids::TAILSPIN),
            name: "X".into(),
            kind: SubscriptionKind::AzurePlan,
        },
        RuleId::R7,
    );
}

#[test]
fn r8_customer_pays_the_partner_price_not_web_direct() {
    let mut s = demo::demo();
    let vm = ProductId::new("vm-d2s-v5");
    let web_direct = s.catalogue.product(&vm).unwrap().web_direct(Term::OneYear);
    s.execute(
        &sales(),
        &Command::SetCustomerPrice {
            product: vm.clone(),
            term: Term::OneYear,
            price: Money(60_000),
        },
    )
    .unwrap();
    s.execute(
        &customer(ids::WOODGROVE_OWNER),
        &order(ids::WOODGROVE, ids::WOODGROVE_PROD, 2),
    )
    .unwrap();
    let r = &s.reservations[&the_new_reservation(&s)];
    assert_eq!(r.customer_price, Money(120_000));
    assert_ne!(r.customer_price, web_direct.times(2));
    assert_eq!(
        r.partner_cost,
        s.catalogue
            .product(&vm)
            .unwrap()
            .partner_cost(Term::OneYear)
            .times(2)
    );
}

#[test]
fn r8_helpdesk_and_customers_cannot_set_prices_and_negative_prices_are_refused() {
    let mut s = demo::demo();
    let cmd = Command::SetCustomerPrice {
        product: ProductId::new("vm-d2s-v5"),
        term: Term::OneYear,
        price: Money(1),
    };
    refused(&mut s, &helpdesk(), &cmd, RuleId::R8);
    refused(&mut s, &customer(ids::WOODGROVE_OWNER), &cmd, RuleId::R8);
    let negative = Command::SetCustomerPrice {
        product: ProductId::new("vm-d2s-v5"),
        term: Term::OneYear,
        price: Money(-1),
    };
    refused(&mut s, &admin(), &negative, RuleId::V1);
}

#[test]
fn r9_shared_scope_covers_every_subscription_single_only_its_own() {
    let mut s = demo::demo();
    let woodgrove = cid(ids::WOODGROVE);
    let covered = |s: &State| -> Vec<(String, u64)> {
        savings(s, &woodgrove)
            .iter()
            .map(|x| (x.subscription.to_string(), x.covered_hours))
            .collect()
    };
    // demo: 2 × D2s v5 shared = 1,460 VM hours for 1,460 h in prod + 730 h in dev; the
    // customer's own 4 × SQL vCore (single, dev) covers dev's 2,920 SQL hours.
    let shared = covered(&s);
    let res_shared = bought_through(&s, Channel::PartnerCenter);
    assert_eq!(
        finance::utilisation(&s, &woodgrove)[&res_shared],
        100,
        "shared: all 1,460 hours find usage"
    );
    assert_eq!(
        shared,
        vec![
            (ids::WOODGROVE_PROD.to_string(), 1_460),
            (ids::WOODGROVE_DEV.to_string(), 2_920)
        ]
    );
    let res = bought_through(&s, Channel::PartnerCenter);
    s.execute(
        &admin(),
        &Command::ChangeScope {
            reservation: res.clone(),
            scope: Scope::Single(sid(ids::WOODGROVE_DEV)),
        },
    )
    .unwrap();
    let single = covered(&s);
    assert_eq!(
        finance::utilisation(&s, &woodgrove)[&res],
        50,
        "single on dev: 730 of 1,460 hours used"
    );
    assert_eq!(
        single,
        vec![
            (ids::WOODGROVE_PROD.to_string(), 0),
            (ids::WOODGROVE_DEV.to_string(), 2_920 + 730)
        ]
    );
    // and a scope outside the customer is refused
    refused(
        &mut s,
        &admin(),
        &Command::ChangeScope {
            reservation: res,
            scope: Scope::Single(sid(ids::CONTOSO_SUB)),
        },
        RuleId::R9,
    );
}

#[test]
fn r10_customer_cannot_exchange_cancel_renew_or_rescope_even_its_own_purchase() {
    let mut s = demo::demo();
    let own = bought_through(&s, Channel::AzurePortal);
    let who = customer(ids::WOODGROVE_PURCHASER);
    let owner = customer(ids::WOODGROVE_OWNER);
    let commands = [
        Command::Cancel {
            reservation: own.clone(),
        },
        Command::SetAutoRenew {
            reservation: own.clone(),
            on: false,
        },
        Command::ChangeScope {
            reservation: own.clone(),
            scope: Scope::Shared,
        },
        Command::Exchange {
            reservation: own.clone(),
            product: ProductId::new("sql-gen5-vcore"),
            region: Region::new("westeurope"),
            term: Term::ThreeYears,
            billing_plan: BillingPlan::Upfront,
            quantity: 5,
            auto_renew: true,
        },
    ];
    for cmd in &commands {
        for actor in [&who, &owner] {
            let d = refused(&mut s, actor, cmd, RuleId::R10);
            assert!(keys_of(&d).contains(&"deny-r10-ask-partner"));
        }
    }
    // the partner can, in every role
    s.execute(&helpdesk(), &commands[1]).unwrap();
    s.execute(&sales(), &commands[2]).unwrap();
    s.execute(&admin(), &commands[0]).unwrap();
}

#[test]
fn r11_turning_the_permission_off_leaves_reservations_alone_and_stops_new_purchases() {
    let mut s = demo::demo();
    let before: Vec<Reservation> = s.reservations.values().cloned().collect();
    s.execute(&admin(), &permission(ids::WOODGROVE, false))
        .unwrap();
    let after: Vec<Reservation> = s.reservations.values().cloned().collect();
    assert_eq!(before, after);
    refused(
        &mut s,
        &customer(ids::WOODGROVE_OWNER),
        &order(ids::WOODGROVE, ids::WOODGROVE_PROD, 1),
        RuleId::R5,
    );
}

#[test]
fn r12_refund_is_prorated_at_the_lower_price_with_the_configured_fee() {
    let mut s = demo::demo();
    s.execute(&admin(), &order(ids::WOODGROVE, ids::WOODGROVE_PROD, 2))
        .unwrap();
    let id = the_new_reservation(&s);
    s.execute(
        &Actor::Simulator,
        &Command::AdvanceClock { days: 0, months: 6 },
    )
    .unwrap();
    let r = s.reservations[&id].clone();
    let full = refund_quote(&s, &r);
    assert!(full.gross < r.customer_price && full.gross > Money::ZERO);
    assert_eq!(full.fee, Money::ZERO, "no early termination fee at present");
    // a lower current price lowers the refund
    s.execute(
        &admin(),
        &Command::SetCustomerPrice {
            product: r.product.clone(),
            term: r.term,
            price: Money(10_000),
        },
    )
    .unwrap();
    let lower = refund_quote(&s, &r);
    assert!(lower.gross < full.gross);
    // the announced 12% fee
    s.execute(
        &admin(),
        &Command::SetEarlyTerminationFee {
            basis_points: 1_200,
        },
    )
    .unwrap();
    let with_fee = refund_quote(&s, &r);
    assert_eq!(with_fee.fee, with_fee.gross.basis_points(1_200));
    s.execute(
        &admin(),
        &Command::Cancel {
            reservation: id.clone(),
        },
    )
    .unwrap();
    assert_eq!(s.reservations[&id].status, ReservationStatus::Cancelled);
    match &s.log.last().unwrap().event {
        Event::ReservationRefunded {
            refund,
            fee,
            stopped_payments,
            counted,
            ..
        } => {
            assert_eq!(*refund, with_fee.net);
            assert_eq!(*fee, with_fee.fee);
            assert_eq!(
                *stopped_payments,
                Money::ZERO,
                "upfront: nothing left to pay"
            );
            assert_eq!(
                *counted, with_fee.gross,
                "upfront: the remaining value counts"
            );
        }
        e => panic!("{e:?}"),
    }
}

#[test]
fn r12_refunds_over_usd_50000_in_twelve_months_are_refused() {
    let mut s = demo::demo();
    let big = |s: &mut State| {
        s.execute(
            &admin(),
            &Command::BuyReservation(PurchaseOrder {
                customer: cid(ids::CONTOSO),
                billing_subscription: sid(ids::CONTOSO_SUB),
                product: ProductId::new("vm-e4s-v5"),
                region: Region::new("westeurope"),
                term: Term::ThreeYears,
                billing_plan: BillingPlan::Upfront,
                quantity: 10, // USD 29,900
                scope: Scope::Shared,
                auto_renew: true,
            }),
        )
        .unwrap();
        the_new_reservation(s)
    };
    let first = big(&mut s);
    let second = big(&mut s);
    s.execute(&admin(), &Command::Cancel { reservation: first })
        .unwrap();
    let d = refused(
        &mut s,
        &admin(),
        &Command::Cancel {
            reservation: second.clone(),
        },
        RuleId::R12,
    );
    assert_eq!(keys_of(&d), vec!["deny-r12-cap"]);
    assert!(s.refunded_in_last_year(&cid(ids::CONTOSO)) <= REFUND_CAP);
    // a year later the window has rolled on
    s.execute(
        &Actor::Simulator,
        &Command::AdvanceClock {
            days: 1,
            months: 12,
        },
    )
    .unwrap();
    s.execute(
        &admin(),
        &Command::Cancel {
            reservation: second,
        },
    )
    .unwrap();
}

#[test]
fn r13_exchange_stays_in_the_product_type_and_needs_at_least_the_returned_value() {
    let mut s = demo::demo();
    let id = bought_through(&s, Channel::PartnerCenter);
    let exchange = |product: &str, quantity| Command::Exchange {
        reservation: id.clone(),
        product: ProductId::new(product),
        region: Region::new("westeurope"),
        term: Term::OneYear,
        billing_plan: BillingPlan::Upfront,
        quantity,
        auto_renew: true,
    };
    refused(
        &mut s,
        &admin(),
        &exchange("sql-gen5-vcore", 10),
        RuleId::R13,
    );
    let d = refused(&mut s, &admin(), &exchange("cosmos-100rus", 1), RuleId::R13);
    assert_eq!(keys_of(&d), vec!["deny-r13-product-type"]);
    let d = refused(&mut s, &admin(), &exchange("vm-d2s-v5", 1), RuleId::R13);
    assert_eq!(keys_of(&d), vec!["deny-r13-commitment"]);
    let refunded_before = s.refunded_in_last_year(&cid(ids::WOODGROVE));
    s.execute(&admin(), &exchange("vm-d4s-v5", 2)).unwrap();
    assert_eq!(s.reservations[&id].status, ReservationStatus::Exchanged);
    assert_eq!(
        s.refunded_in_last_year(&cid(ids::WOODGROVE)),
        refunded_before,
        "exchanges do not count to the cap"
    );
}

#[test]
fn r14_auto_renew_is_on_by_default_the_buyer_may_untick_it_and_expiry_depends_on_it() {
    let mut s = demo::demo();
    // the demo's buyers left the box ticked (R14, since 2024)
    assert!(s.reservations.values().all(|r| r.auto_renew));
    // a buyer who unticks it gets it off; both consoles' purchases carry the choice
    for (actor, on) in [(admin(), false), (customer(ids::WOODGROVE_OWNER), true)] {
        let Command::BuyReservation(mut o) = order(ids::WOODGROVE, ids::WOODGROVE_PROD, 1) else {
            unreachable!("an order")
        };
        o.auto_renew = on;
        s.execute(&actor, &Command::BuyReservation(o)).unwrap();
        assert_eq!(s.reservations[&the_new_reservation(&s)].auto_renew, on);
    }
    let mut s = demo::demo();
    let partner_bought = s
        .reservations
        .values()
        .find(|r| r.channel == Channel::PartnerCenter)
        .unwrap()
        .clone();
    let customer_bought = s
        .reservations
        .values()
        .find(|r| r.channel == Channel::AzurePortal)
        .unwrap()
        .clone();
    // the partner turns it off for the 1-year one; the 3-year one keeps it on
    s.execute(
        &admin(),
        &Command::SetAutoRenew {
            reservation: partner_bought.id.clone(),
            on: false,
        },
    )
    .unwrap();
    // four years on: the 1-year one expired; the 3-year one renewed once
    s.execute(
        &Actor::Simulator,
        &Command::AdvanceClock {
            days: 0,
            months: 48,
        },
    )
    .unwrap();
    assert_eq!(
        s.reservations[&partner_bought.id].status,
        ReservationStatus::Expired
    );
    assert_eq!(
        s.reservations[&customer_bought.id].status,
        ReservationStatus::Renewed
    );
    let renewal = s
        .reservations
        .values()
        .find(|r| r.channel == Channel::AutoRenew)
        .unwrap();
    assert_eq!(
        (
            &renewal.product,
            &renewal.region,
            &renewal.scope,
            renewal.term,
            renewal.quantity
        ),
        (
            &customer_bought.product,
            &customer_bought.region,
            &customer_bought.scope,
            customer_bought.term,
            customer_bought.quantity
        )
    );
    assert_eq!(renewal.start, customer_bought.end);
    assert!(renewal.is_active());
}

#[test]
fn r15_every_state_change_is_logged_once_with_its_actor() {
    let mut s = demo::demo();
    let n = s.log.len();
    let steps: Vec<(Actor, Command)> = vec![
        (
            admin(),
            Command::AssignRole {
                subscription: sid(ids::CONTOSO_SUB),
                user: UserId::new(ids::CONTOSO_READER),
                role: RbacRole::Owner,
            },
        ),
        (
            customer(ids::CONTOSO_OWNER),
            Command::RemoveRole {
                subscription: sid(ids::CONTOSO_SUB),
                user: UserId::new(ids::CONTOSO_READER),
                role: RbacRole::Owner,
            },
        ),
        (admin(), permission(ids::CONTOSO, true)),
        (
            customer(ids::CONTOSO_OWNER),
            order(ids::CONTOSO, ids::CONTOSO_SUB, 1),
        ),
    ];
    for (i, (actor, cmd)) in steps.iter().enumerate() {
        s.execute(actor, cmd).unwrap();
        assert_eq!(s.log.len(), n + i + 1);
        assert_eq!(&s.log.last().unwrap().actor, actor);
    }
    let ops: Vec<Operation> = s.log[n..].iter().map(|r| r.event.operation()).collect();
    assert_eq!(
        ops,
        vec![
            Operation::AssignRole,
            Operation::RemoveRole,
            Operation::CreateCustomerPurchasePermissions,
            Operation::PurchaseReservationByCustomer
        ]
    );
}

#[test]
fn s2_only_owners_and_admin_agents_change_role_assignments() {
    let mut s = demo::demo();
    let assign = Command::AssignRole {
        subscription: sid(ids::CONTOSO_SUB),
        user: UserId::new(ids::CONTOSO_READER),
        role: RbacRole::Owner,
    };
    refused(&mut s, &customer(ids::CONTOSO_READER), &assign, RuleId::S2);
    refused(&mut s, &sales(), &assign, RuleId::S2);
    s.execute(&customer(ids::CONTOSO_OWNER), &assign).unwrap();
}

#[test]
fn v1_bad_input_is_refused_with_a_reason_and_changes_nothing() {
    let mut s = demo::demo();
    refused(
        &mut s,
        &admin(),
        &order(ids::CONTOSO, ids::CONTOSO_SUB, 0),
        RuleId::V1,
    );
    refused(
        &mut s,
        &admin(),
        &order(ids::CONTOSO, ids::CONTOSO_SUB, 10_001),
        RuleId::V1,
    );
    refused(
        &mut s,
        &admin(),
        &order("cust-nope", ids::CONTOSO_SUB, 1),
        RuleId::V1,
    );
    refused(
        &mut s,
        &admin(),
        &Command::AddCustomer {
            name: "  ".into(),
            domain: "ok.example".into(),
        },
        RuleId::V1,
    );
    refused(
        &mut s,
        &admin(),
        &Command::AddCustomer {
            name: "x".repeat(101),
            domain: "ok.example".into(),
        },
        RuleId::V1,
    );
    refused(
        &mut s,
        &admin(),
        &Command::AddCustomer {
            name: "Dup".into(),
            domain: "contoso.example".into(),
        },
        RuleId::V1,
    );
    refused(
        &mut s,
        &admin(),
        &Command::Cancel {
            reservation: ReservationId::new("res-404"),
        },
        RuleId::V1,
    );
    refused(
        &mut s,
        &Actor::Partner(UserId::new("ghost")),
        &permission(ids::CONTOSO, true),
        RuleId::V1,
    );
    refused(
        &mut s,
        &admin(),
        &Command::AdvanceClock { days: 0, months: 0 },
        RuleId::V1,
    );
    refused(
        &mut s,
        &Actor::Simulator,
        &Command::AdvanceClock { days: 0, months: 0 },
        RuleId::V1,
    );
}

#[test]
fn who_may_grid_answers_through_the_same_rules_as_decide() {
    let s = demo::demo();
    let res = bought_through(&s, Channel::AzurePortal);
    let plan = SavingsPlanId::new(ids::WOODGROVE_PLAN);
    let grid = who_may(
        &s,
        projections::GridTarget {
            customer: &cid(ids::WOODGROVE),
            reservation: Some(&res),
            plan: Some(&plan),
        },
    );
    assert_eq!(grid.len(), 3 + 2);
    for row in &grid {
        for (action, decision) in &row.cells {
            if let GridAction::Cancel = action {
                let decided = decide(
                    &s,
                    &row.actor,
                    &Command::Cancel {
                        reservation: res.clone(),
                    },
                );
                assert_eq!(decided.is_ok(), decision.is_allowed(), "{:?}", row.actor);
            }
            if let GridAction::PermissionOff = action {
                let decided = decide(&s, &row.actor, &permission(ids::WOODGROVE, false));
                assert_eq!(decided.is_ok(), decision.is_allowed());
            }
        }
    }
    let owner_row = grid
        .iter()
        .find(|r| r.actor == customer(ids::WOODGROVE_OWNER))
        .unwrap();
    let buy = &owner_row
        .cells
        .iter()
        .find(|c| c.0 == GridAction::Buy)
        .unwrap()
        .1;
    assert!(buy.is_allowed());
    let cancel = &owner_row
        .cells
        .iter()
        .find(|c| c.0 == GridAction::Cancel)
        .unwrap()
        .1;
    assert_eq!(cancel.reasons()[0].rule, RuleId::R10);
}

#[test]
fn v1_form_input_is_checked_by_the_same_functions_decide_uses() {
    use csp_reservations_sim::domain::command::{is_valid_domain, name_error, parse_quantity};
    assert_eq!(parse_quantity(" 12 "), Ok(12));
    assert_eq!(parse_quantity(""), Err("input-quantity-empty"));
    assert_eq!(parse_quantity("1.5"), Err("input-quantity-whole"));
    assert_eq!(parse_quantity("-3"), Err("input-quantity-whole"));
    assert_eq!(parse_quantity("0"), Err("input-quantity-range"));
    assert_eq!(parse_quantity("10001"), Err("input-quantity-range"));
    assert_eq!(
        parse_quantity("99999999999999"),
        Err("input-quantity-range")
    );
    assert_eq!(name_error("  "), Some("input-name-empty"));
    assert_eq!(name_error(&"é".repeat(100)), None);
    assert_eq!(name_error(&"é".repeat(101)), Some("input-name-too-long"));
    assert!(is_valid_domain("contoso.example"));
    assert!(
        !is_valid_domain("contoso")
            && !is_valid_domain(".example")
            && !is_valid_domain("a b.example")
    );
}

#[test]
fn r15_the_activity_log_filters_by_customer_name_or_id_date_and_operation() {
    let s = demo::demo();
    let by = |f: ActivityFilter| activity(&s, &f).count();
    let all = by(ActivityFilter::default());
    // every event but one: Woodgrove's own savings plan purchase is not in Partner Center (R18)
    assert_eq!(all, s.log.len() - 1);
    let woodgrove_by_name = by(ActivityFilter {
        customer: Some("woodGROVE".into()),
        ..Default::default()
    });
    let woodgrove_by_id = by(ActivityFilter {
        customer: Some(ids::WOODGROVE.into()),
        ..Default::default()
    });
    assert_eq!(woodgrove_by_name, woodgrove_by_id);
    assert!(woodgrove_by_name > 0 && woodgrove_by_name < all);
    assert_eq!(
        by(ActivityFilter {
            customer: Some("nobody".into()),
            ..Default::default()
        }),
        0
    );
    let purchases = by(ActivityFilter {
        operation: Some(Operation::PurchaseReservationByCustomer),
        ..Default::default()
    });
    assert_eq!(purchases, 1);
    let later = s.log.last().unwrap().at;
    assert_eq!(
        by(ActivityFilter {
            from: Some(later.plus_days(1)),
            ..Default::default()
        }),
        0
    );
    assert_eq!(
        by(ActivityFilter {
            to: Some(demo::start_time().plus_days(-1)),
            ..Default::default()
        }),
        0
    );
}

#[test]
fn r4_the_activity_csv_keeps_codes_and_names_and_neutralises_formulas() {
    let mut s = demo::demo();
    s.execute(
        &admin(),
        &Command::AddCustomer {
            name: "=HYPERLINK(\"x\")".into(),
            domain: "formula.example".into(),
        },
    )
    .unwrap();
    s.execute(&admin(), &permission(ids::CONTOSO, true))
        .unwrap();
    let csv = projections::activity_csv(&s, activity(&s, &ActivityFilter::default()), |op| {
        op.english().to_string()
    });
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "seq,date_time,customer_id,customer,operation_code,operation,user,status"
    );
    // a line per event Partner Center shows (not the customer's own savings plan, R18)
    assert_eq!(lines.len(), s.log.len() - 1 + 1);
    assert!(lines[1].contains("create-customer-purchase-permissions,Create customer purchase permissions,Ada Admin,Succeeded"), "{}", lines[1]);
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"x\"\")\""),
        "formula neutralised and quoted: {csv}"
    );
    let swedish = projections::activity_csv(&s, activity(&s, &ActivityFilter::default()), |_| {
        "Skapa".to_string()
    });
    assert!(swedish
        .lines()
        .nth(1)
        .unwrap()
        .contains("create-customer-purchase-permissions,Skapa,"));
}

/// A 1-year D2s v5 at its Web Direct price, USD 525.60: monthly that is 12 × USD 43.80.
fn monthly_d2s_for_contoso(s: &mut State) -> ReservationId {
    s.execute(
        &admin(),
        &Command::SetCustomerPrice {
            product: ProductId::new("vm-d2s-v5"),
            term: Term::OneYear,
            price: Money(52_560),
        },
    )
    .unwrap();
    let Command::BuyReservation(mut o) = order(ids::CONTOSO, ids::CONTOSO_SUB, 1) else {
        unreachable!("an order")
    };
    o.billing_plan = BillingPlan::Monthly;
    s.execute(&admin(), &Command::BuyReservation(o)).unwrap();
    the_new_reservation(s)
}

#[test]
fn r12_monthly_cancel_refunds_only_paid_money_and_counts_the_stopped_payments() {
    let mut s = demo::demo();
    let id = monthly_d2s_for_contoso(&mut s);
    assert_eq!(s.reservations[&id].customer_price, Money(52_560));
    // one month and ten days on: two payments made (at purchase and a month later)
    s.execute(
        &Actor::Simulator,
        &Command::AdvanceClock {
            days: 10,
            months: 1,
        },
    )
    .unwrap();
    let quote = refund_quote(&s, &s.reservations[&id]);
    assert_eq!(quote.paid, Money(8_760), "2 × USD 43.80 paid so far");
    assert_eq!(quote.stopped, Money(43_800), "10 × USD 43.80 stop");
    assert_eq!(
        quote.counted,
        Money(43_800),
        "the cancelled commitment counts"
    );
    // the unused part of the second month: 18 of its 28 days (Feb 2026) × USD 43.80
    assert_eq!(quote.gross, Money(4_380).prorate(18, 28));
    assert_eq!(quote.gross, Money(2_815));
    assert!(quote.net <= quote.paid, "never money it has not paid");
    let used = s.refunded_in_last_year(&cid(ids::CONTOSO));
    s.execute(
        &admin(),
        &Command::Cancel {
            reservation: id.clone(),
        },
    )
    .unwrap();
    assert_eq!(
        s.refunded_in_last_year(&cid(ids::CONTOSO)),
        used + Money(43_800)
    );
    match &s.log.last().unwrap().event {
        Event::ReservationRefunded {
            refund,
            stopped_payments,
            counted,
            partner_refund,
            ..
        } => {
            assert_eq!(*refund, Money(2_815));
            assert_eq!(*stopped_payments, Money(43_800));
            assert_eq!(*counted, Money(43_800));
            // the partner's own cost, prorated the same way: its second monthly payment of
            // USD 446.76 / 12 is 74.46 − 37.23 = USD 37.23; 18 of 28 days unused:
            // 3,723 × 18 / 28 = 2,393.36 → USD 23.93
            assert_eq!(*partner_refund, Money(2_393));
        }
        e => panic!("{e:?}"),
    }
}

fn set_d2s_price(s: &mut State, cents: i64) {
    s.execute(
        &admin(),
        &Command::SetCustomerPrice {
            product: ProductId::new("vm-d2s-v5"),
            term: Term::OneYear,
            price: Money(cents),
        },
    )
    .expect("the partner sets its price (R8)");
}

fn buy_d2s(s: &mut State, quantity: u32, plan: BillingPlan) -> ReservationId {
    let Command::BuyReservation(mut o) = order(ids::CONTOSO, ids::CONTOSO_SUB, quantity) else {
        unreachable!("an order")
    };
    o.billing_plan = plan;
    s.execute(&admin(), &Command::BuyReservation(o))
        .expect("the partner buys on behalf (R7)");
    the_new_reservation(s)
}

fn cancel(id: &ReservationId) -> Command {
    Command::Cancel {
        reservation: id.clone(),
    }
}

/// The cap's room comes back 365 days after a refund (Azure's words), not "12 months": a
/// USD 50,000 refund on 2027-03-01 leaves no room on 2028-02-28 (364 days later), and all
/// of it on 2028-02-29 (365 days later; 2028 is a leap year, so 12 months would be 366).
#[test]
fn r12_the_caps_room_comes_back_365_days_after_a_refund_across_a_leap_day() {
    let mut s = demo::demo();
    // from 2026-01-26 09:00: 13 months and 3 days
    advance(&mut s, 13, 3);
    assert_eq!(s.now, Timestamp::from_ymd_hm(2027, 3, 1, 9, 0));
    // USD 5,000.00 each, ten of them, cancelled at once: USD 50,000.00 counted
    set_d2s_price(&mut s, 500_000);
    let big = buy_d2s(&mut s, 10, BillingPlan::Upfront);
    s.execute(&admin(), &cancel(&big)).expect("exactly the cap");
    assert_eq!(s.refunded_in_last_year(&cid(ids::CONTOSO)), REFUND_CAP);
    advance(&mut s, 0, 364);
    assert_eq!(s.now, Timestamp::from_ymd_hm(2028, 2, 28, 9, 0));
    let small = buy_d2s(&mut s, 1, BillingPlan::Upfront);
    refused(&mut s, &admin(), &cancel(&small), RuleId::R12);
    advance(&mut s, 0, 1);
    assert_eq!(s.now, Timestamp::from_ymd_hm(2028, 2, 29, 9, 0));
    assert_eq!(s.refunded_in_last_year(&cid(ids::CONTOSO)), Money::ZERO);
    s.execute(&admin(), &cancel(&small))
        .expect("365 days after the refund, its room is back");
}

/// The partner is billed its own cost, so Microsoft's refund to it is that cost prorated,
/// whatever it charges its customer: bought at USD 540.00 (cost USD 446.76) on 2026-01-26
/// for one year (365 days), resale price lowered to USD 120.00, cancelled 73 days later
/// with 292 of 365 days (80 %) left. Customer: the lower price, 12,000 × 292 / 365 = 9,600
/// → USD 96.00. Partner: 44,676 × 292 / 365 = 35,740.8 → USD 357.40 (not 35.74).
#[test]
fn r12_the_partners_refund_follows_its_own_cost_when_the_resale_price_is_lowered() {
    let mut s = demo::demo();
    let id = buy_d2s(&mut s, 1, BillingPlan::Upfront);
    assert_eq!(s.reservations[&id].customer_price, Money(54_000));
    assert_eq!(s.reservations[&id].partner_cost, Money(44_676));
    set_d2s_price(&mut s, 12_000);
    advance(&mut s, 0, 73);
    let quote = refund_quote(&s, &s.reservations[&id]);
    assert_eq!(quote.net, Money(9_600));
    assert_eq!(quote.partner_refund, Money(35_740));
}

/// Rounded once: a monthly reservation at USD 540.00 (twelve payments of USD 45.00), bought
/// 2026-01-26; resale price lowered to USD 130.79; cancelled on 2026-03-27, 60 days on, with
/// 30 of the third month's 31 days unused. Customer: 4,500 × 13,079 / 54,000 × 30 / 31 =
/// 1,765,665,000 / 1,674,000 = 1,054.76 → USD 10.54 (rounding after each step gave 10.53).
/// Partner: its third payment is 11,169 − 7,446 = 3,723 (USD 446.76 / 12 per month, the odd
/// cents later); 3,723 × 30 / 31 = 3,602.9 → USD 36.02.
#[test]
fn r12_a_monthly_refund_at_a_lowered_price_is_rounded_once() {
    let mut s = demo::demo();
    let id = buy_d2s(&mut s, 1, BillingPlan::Monthly);
    set_d2s_price(&mut s, 13_079);
    advance(&mut s, 0, 60);
    assert_eq!(s.now, Timestamp::from_ymd_hm(2026, 3, 27, 9, 0));
    let quote = refund_quote(&s, &s.reservations[&id]);
    assert_eq!(quote.paid, Money(13_500), "three payments of USD 45.00");
    assert_eq!(quote.net, Money(1_054));
    assert_eq!(quote.partner_refund, Money(3_602));
}

/// Rounded once across a leap day: bought 2027-06-01 at USD 540.00 (cost USD 446.76) for a
/// year that holds 2028-02-29 (366 days), cancelled with 200 days left. Customer: 54,000 ×
/// 200 / 366 = 29,508.2 → USD 295.08. Partner: 44,676 × 200 / 366 = 24,413.1 → USD 244.13
/// (scaling the customer's rounded refund gave 244.12).
#[test]
fn r12_the_partners_share_across_a_leap_day_is_rounded_once() {
    let mut s = demo::demo();
    advance(&mut s, 16, 6);
    assert_eq!(s.now, Timestamp::from_ymd_hm(2027, 6, 1, 9, 0));
    let id = buy_d2s(&mut s, 1, BillingPlan::Upfront);
    advance(&mut s, 0, 166);
    let quote = refund_quote(&s, &s.reservations[&id]);
    assert_eq!(quote.net, Money(29_508));
    assert_eq!(quote.partner_refund, Money(24_413));
}

/// Rounded once on the term's last day: a monthly reservation at USD 540.00 (cost USD
/// 446.76) bought 2026-01-26, cancelled on 2027-01-25 with 1 of the last month's 31 days
/// unused. The partner's last payment is 44,676 − 40,953 = 3,723 (its cost over twelve, the
/// odd cents last); 3,723 × 1 / 31 = 120.1 → USD 1.20 (scaling the customer's rounded USD
/// 1.45 by 446.76 / 540 gave 1.19). Customer: 4,500 × 1 / 31 = 145.2 → USD 1.45.
#[test]
fn r12_a_monthly_partner_share_on_the_last_day_is_rounded_once() {
    let mut s = demo::demo();
    let id = buy_d2s(&mut s, 1, BillingPlan::Monthly);
    advance(&mut s, 11, 30);
    assert_eq!(s.now, Timestamp::from_ymd_hm(2027, 1, 25, 9, 0));
    let quote = refund_quote(&s, &s.reservations[&id]);
    assert_eq!(quote.paid, Money(54_000), "all twelve payments made");
    assert_eq!(quote.net, Money(145));
    assert_eq!(quote.partner_refund, Money(120));
}

#[test]
fn r12_monthly_payments_add_up_to_the_price_to_the_cent() {
    for (total, months) in [(52_560, 12), (100_001, 12), (113_881, 36), (1, 36)] {
        let sum: i64 = (0..months)
            .map(|i| finance::monthly_payment(Money(total), months, i).cents())
            .sum();
        assert_eq!(sum, total, "{total} over {months} months");
    }
}

#[test]
fn r12_a_cancellation_recorded_before_billing_plans_counted_keeps_its_refund() {
    // as the earlier build recorded a monthly cancellation: the whole remaining value back
    let mut s = demo::demo();
    let id = monthly_d2s_for_contoso(&mut s);
    s.execute(
        &Actor::Simulator,
        &Command::AdvanceClock { days: 0, months: 1 },
    )
    .unwrap();
    let (refund, fee) = finance::legacy_refund_quote(&s, &s.reservations[&id]);
    // the figure: 334 of 365 days of USD 525.60, though USD 87.60 was paid
    assert_eq!(refund, Money(48_096), "USD 480.96");
    let recorded = Recorded {
        seq: s.next_seq(),
        at: s.now,
        actor: admin(),
        event: Event::ReservationCancelled {
            customer: cid(ids::CONTOSO),
            reservation: id.clone(),
            refund,
            fee,
        },
    };
    let mut history = s.log.clone();
    history.push(recorded.clone());
    let genesis = State::genesis(
        demo::PARTNER_NAME,
        demo::PARTNER_TENANT_ID,
        demo::start_time(),
    );
    let replayed = verify::replay_checked(genesis.clone(), &history).expect("it still verifies");
    assert_eq!(
        replayed.reservations[&id].status,
        ReservationStatus::Cancelled
    );
    assert_eq!(
        replayed.refunds.last().map(|r| r.refund),
        Some(Money(48_096))
    );
    // ...but not with a refund the rules never gave
    let mut forged = history.clone();
    if let Some(Recorded {
        event: Event::ReservationCancelled { refund, .. },
        ..
    }) = forged.last_mut()
    {
        *refund = Money(99_999);
    }
    assert!(verify::replay_checked(genesis, &forged).is_err());
}

#[test]
fn r13_exchange_onto_a_suspended_billing_subscription_is_refused_like_a_purchase() {
    let mut s = demo::demo();
    let single = {
        let Command::BuyReservation(mut o) = order(ids::CONTOSO, ids::CONTOSO_SUB, 2) else {
            unreachable!("an order")
        };
        o.scope = Scope::Single(sid(ids::CONTOSO_SUB));
        s.execute(&admin(), &Command::BuyReservation(o)).unwrap();
        the_new_reservation(&s)
    };
    s.execute(
        &admin(),
        &Command::SuspendSubscription {
            subscription: sid(ids::CONTOSO_SUB),
        },
    )
    .unwrap();
    let exchange = Command::Exchange {
        reservation: single.clone(),
        product: ProductId::new("vm-d4s-v5"),
        region: Region::new("westeurope"),
        term: Term::OneYear,
        billing_plan: BillingPlan::Upfront,
        quantity: 2,
        auto_renew: true,
    };
    let d = refused(&mut s, &admin(), &exchange, RuleId::R7);
    assert!(d.cites(RuleId::R9), "{:?}", d.reasons);
    assert_eq!(
        keys_of(&d),
        vec![
            "deny-r7-subscription-suspended",
            "deny-r9-scope-subscription"
        ]
    );
    // as a direct purchase there and a scope change onto it are
    refused(
        &mut s,
        &admin(),
        &order(ids::CONTOSO, ids::CONTOSO_SUB, 1),
        RuleId::R7,
    );
    // the who-may grid says the same, through the same rules
    let grid = projections::explain_grid_action(
        &s,
        &admin(),
        projections::GridTarget {
            customer: &cid(ids::CONTOSO),
            reservation: Some(&single),
            plan: None,
        },
        projections::GridAction::Exchange,
    );
    assert!(!grid.is_allowed());
    // reactivated, the exchange goes through
    s.execute(
        &admin(),
        &Command::ReactivateSubscription {
            subscription: sid(ids::CONTOSO_SUB),
        },
    )
    .unwrap();
    s.execute(&admin(), &exchange).unwrap();
}

#[test]
fn r13_exchange_takes_auto_renew_as_a_purchase_does() {
    for on in [true, false] {
        let mut s = demo::demo();
        let id = bought_through(&s, Channel::PartnerCenter);
        s.execute(
            &admin(),
            &Command::Exchange {
                reservation: id,
                product: ProductId::new("vm-d4s-v5"),
                region: Region::new("westeurope"),
                term: Term::OneYear,
                billing_plan: BillingPlan::Upfront,
                quantity: 2,
                auto_renew: on,
            },
        )
        .unwrap();
        let Event::ReservationExchanged { new, .. } = &s.log.last().unwrap().event else {
            panic!("an exchange")
        };
        assert_eq!(new.auto_renew, on);
        assert_eq!(new.channel, Channel::Exchange);
        assert_eq!(new.start, s.now, "a new term from the time of the exchange");
    }
}

/// 20 SQL vCores for 730 hours each: USD 0.2525 an hour × 14,600 hours = USD 3,686.50,
/// whether one reservation of 20 or twenty of 1 cover them (rounded once, not per piece).
#[test]
fn r9_one_reservation_of_twenty_and_twenty_of_one_save_the_same_cents() {
    let covered_by = |pieces: &[u32]| {
        let mut s = demo::demo();
        s.execute(
            &Actor::Simulator,
            &Command::RecordUsage {
                subscription: sid(ids::CONTOSO_SUB),
                product: ProductId::new("sql-gen5-vcore"),
                region: Region::new("westeurope"),
                hours_per_month: 14_600,
            },
        )
        .unwrap();
        for q in pieces {
            let Command::BuyReservation(mut o) = order(ids::CONTOSO, ids::CONTOSO_SUB, *q) else {
                unreachable!("an order")
            };
            o.product = ProductId::new("sql-gen5-vcore");
            s.execute(&admin(), &Command::BuyReservation(o)).unwrap();
        }
        let c = finance::coverage(&s, &cid(ids::CONTOSO));
        (c.subscriptions[0].saved, c.total_saved)
    };
    let one = covered_by(&[20]);
    assert_eq!(one, (Money(368_650), Money(368_650)));
    assert_eq!(covered_by(&[1; 20]), one);
    assert_eq!(covered_by(&[7, 6, 5, 2]), one);
}

fn sp_permission(c: &str, on: bool) -> Command {
    Command::SetSavingsPlanPermission {
        customer: cid(c),
        on,
    }
}

fn savings_plan(c: &str, sub: &str, cents_per_hour: i64) -> Command {
    Command::BuySavingsPlan(SavingsPlanOrder {
        customer: cid(c),
        name: "Compute".into(),
        billing_subscription: sid(sub),
        scope: Scope::Shared,
        term: Term::OneYear,
        billing_plan: BillingPlan::Monthly,
        hourly_commitment: Money(cents_per_hour),
        auto_renew: false,
    })
}

fn the_new_plan(state: &State) -> SavingsPlanId {
    match &state.log.last().expect("log").event {
        Event::SavingsPlanPurchased { plan } => plan.id.clone(),
        Event::ReservationTradedIn { plan, .. } => plan.id.clone(),
        other => panic!("expected a savings plan, got {other:?}"),
    }
}

#[test]
fn r16_the_savings_plan_switch_starts_off_and_follows_r2_r3_r4_on_its_own() {
    let mut s = demo::demo();
    // R1 for it: off for every new customer, even where the reservations switch is on
    for c in s.customers.values() {
        if c.id.as_str() != ids::WOODGROVE {
            assert!(c.savings_plan_permission.is_none(), "{}", c.name);
        }
    }
    // R2: only an Admin agent; the others and every customer user are refused
    for actor in [sales(), helpdesk(), customer(ids::CONTOSO_OWNER)] {
        refused(
            &mut s,
            &actor,
            &sp_permission(ids::CONTOSO, true),
            RuleId::R2,
        );
    }
    // R3: not without an eligible subscription
    refused(
        &mut s,
        &admin(),
        &sp_permission(ids::TAILSPIN, true),
        RuleId::R3,
    );
    // R4: logged with Partner Center's own names; the reservations switch is untouched
    s.execute(&admin(), &sp_permission(ids::CONTOSO, true))
        .unwrap();
    assert_eq!(
        last_operation(&s),
        Operation::CreateCustomerPurchasePermissions
    );
    let contoso = &s.customers[&cid(ids::CONTOSO)];
    assert!(contoso.savings_plan_permission.is_some() && contoso.permission.is_none());
    s.execute(&admin(), &permission(ids::CONTOSO, true))
        .unwrap();
    s.execute(&admin(), &sp_permission(ids::CONTOSO, false))
        .unwrap();
    assert_eq!(
        last_operation(&s),
        Operation::DeleteCustomerPurchasePermissions
    );
    let contoso = &s.customers[&cid(ids::CONTOSO)];
    assert!(contoso.savings_plan_permission.is_none() && contoso.permission.is_some());
    let d = refused(
        &mut s,
        &admin(),
        &sp_permission(ids::CONTOSO, false),
        RuleId::V1,
    );
    assert_eq!(keys_of(&d), vec!["deny-permission-already-off"]);
}

#[test]
fn r16_r11_turning_the_savings_plan_switch_off_leaves_plans_alone() {
    let mut s = demo::demo();
    let before = s.savings_plans.clone();
    s.execute(&admin(), &sp_permission(ids::WOODGROVE, false))
        .unwrap();
    assert_eq!(s.savings_plans, before);
    refused(
        &mut s,
        &customer(ids::WOODGROVE_OWNER),
        &savings_plan(ids::WOODGROVE, ids::WOODGROVE_PROD, 10),
        RuleId::R17,
    );
}

#[test]
fn r17_a_customer_owner_buys_a_savings_plan_only_with_the_permission_and_every_unmet_condition_is_listed(
) {
    let mut s = demo::demo();
    let owner = customer(ids::CONTOSO_OWNER);
    let reader = customer(ids::CONTOSO_READER);
    let buy = savings_plan(ids::CONTOSO, ids::CONTOSO_SUB, 500);
    let d = refused(&mut s, &owner, &buy, RuleId::R17);
    assert_eq!(keys_of(&d), vec!["deny-r17a-permission-off"]);
    let d = refused(&mut s, &reader, &buy, RuleId::R17);
    assert_eq!(
        keys_of(&d),
        vec!["deny-r17a-permission-off", "deny-r17c-not-owner"]
    );
    s.execute(&admin(), &sp_permission(ids::CONTOSO, true))
        .unwrap();
    // the reservations switch is not the savings plan one, and vice versa
    refused(
        &mut s,
        &owner,
        &order(ids::CONTOSO, ids::CONTOSO_SUB, 1),
        RuleId::R5,
    );
    s.execute(&owner, &buy).unwrap();
    let plan = &s.savings_plans[&the_new_plan(&s)];
    assert_eq!(plan.channel, Channel::AzurePortal);
    assert_eq!(plan.billed_to, s.partner.tenant_id, "billed to the partner");
    assert_eq!(plan.total, Money(500 * 8_760), "USD 5.00 × 8,760 hours");
    assert_eq!(last_operation(&s), Operation::PurchaseSavingsPlanByCustomer);
}

#[test]
fn r17_reservation_purchaser_is_a_reservations_role_not_a_savings_plan_one() {
    let mut s = demo::demo();
    let purchaser = customer(ids::WOODGROVE_PURCHASER);
    // Pablo may buy reservations on the dev subscription (R5) but not savings plans (R17c)
    s.execute(&purchaser, &order(ids::WOODGROVE, ids::WOODGROVE_DEV, 1))
        .unwrap();
    let d = refused(
        &mut s,
        &purchaser,
        &savings_plan(ids::WOODGROVE, ids::WOODGROVE_DEV, 10),
        RuleId::R17,
    );
    assert_eq!(keys_of(&d), vec!["deny-r17c-not-owner"]);
    // a suspended billing subscription is refused too
    s.execute(
        &admin(),
        &Command::SuspendSubscription {
            subscription: sid(ids::WOODGROVE_PROD),
        },
    )
    .unwrap();
    let d = refused(
        &mut s,
        &customer(ids::WOODGROVE_OWNER),
        &savings_plan(ids::WOODGROVE, ids::WOODGROVE_PROD, 10),
        RuleId::R17,
    );
    assert_eq!(keys_of(&d), vec!["deny-r5b-subscription-suspended"]);
}

#[test]
fn r17_only_an_admin_agent_buys_a_savings_plan_for_the_customer_whatever_the_permission_says() {
    let mut s = demo::demo();
    s.execute(&admin(), &savings_plan(ids::CONTOSO, ids::CONTOSO_SUB, 100))
        .unwrap();
    assert_eq!(
        s.savings_plans[&the_new_plan(&s)].channel,
        Channel::PartnerCenter
    );
    // "Currently, sales agents will not be able to purchase Azure savings plan"
    for actor in [sales(), helpdesk()] {
        let d = refused(
            &mut s,
            &actor,
            &savings_plan(ids::CONTOSO, ids::CONTOSO_SUB, 100),
            RuleId::R17,
        );
        assert_eq!(keys_of(&d), vec!["deny-r17-admin-agent-only"]);
    }
    // the form says so before the click (the same decision)
    let asked = Action::BuySavingsPlan {
        customer: cid(ids::CONTOSO),
        subscription: sid(ids::CONTOSO_SUB),
    };
    assert!(explain(&s, &sales(), &asked)
        .reasons()
        .iter()
        .any(|r| r.rule == RuleId::R17));
    // reservations on behalf are unchanged (R7)
    s.execute(&sales(), &order(ids::CONTOSO, ids::CONTOSO_SUB, 1))
        .expect("a Sales agent buys a reservation");
    refused(
        &mut s,
        &admin(),
        &savings_plan(ids::TAILSPIN, "sub-9999", 100),
        RuleId::R7,
    );
    // input: between USD 0.01 and USD 100,000 an hour, a name
    let Command::BuySavingsPlan(mut o) = savings_plan(ids::CONTOSO, ids::CONTOSO_SUB, 0) else {
        unreachable!("a plan")
    };
    let d = refused(
        &mut s,
        &admin(),
        &Command::BuySavingsPlan(o.clone()),
        RuleId::V1,
    );
    assert_eq!(keys_of(&d), vec!["input-commitment-range"]);
    o.hourly_commitment = Money(1);
    o.name = "  ".into();
    let d = refused(&mut s, &admin(), &Command::BuySavingsPlan(o), RuleId::V1);
    assert_eq!(keys_of(&d), vec!["input-name-empty"]);
}

/// A trade-in buys a savings plan: a Sales agent may not do it (R17), an Admin agent may.
#[test]
fn r17_a_sales_agent_cannot_trade_a_reservation_in_for_a_savings_plan() {
    let mut s = demo::demo();
    let vm = ReservationId::new("res-00001");
    let d = refused(&mut s, &sales(), &trade_in(&vm, None), RuleId::R17);
    assert_eq!(keys_of(&d), vec!["deny-r17-admin-agent-only"]);
    assert!(!explain(
        &s,
        &sales(),
        &Action::TradeIn {
            reservation: vm.clone()
        }
    )
    .is_allowed());
    // the same Sales agent may still exchange it (R10: every partner role manages)
    s.execute(&sales(), &exchange_into(&vm, "vm-d4s-v5"))
        .expect("a Sales agent exchanges");
    let received = the_exchanged_into(&s);
    s.execute(&admin(), &trade_in(&received, None))
        .expect("an Admin agent trades in");
}

#[test]
fn r18_a_customers_own_savings_plan_appears_nowhere_in_partner_center_but_the_partners_does() {
    let mut s = demo::demo();
    let woodgrove = cid(ids::WOODGROVE);
    let own = SavingsPlanId::new(ids::WOODGROVE_PLAN);
    assert!(s.savings_plans[&own].channel == Channel::AzurePortal);
    let in_orders = |s: &State, id: &SavingsPlanId| {
        projections::order_history(s, &woodgrove)
            .iter()
            .any(|l| matches!(l, projections::OrderLine::SavingsPlan(p) if &p.id == id))
    };
    let in_log = |s: &State, id: &SavingsPlanId| {
        activity(s, &ActivityFilter::default()).any(|r| {
            matches!(&r.event, Event::SavingsPlanPurchased { plan } if &plan.id == id)
                || matches!(&r.event, Event::SavingsPlanScopeChanged { plan, .. } if plan == id)
        })
    };
    assert!(!in_orders(&s, &own) && !in_log(&s, &own));
    // not even by its id (a Partner Center page asked for it directly)
    assert!(projections::plan_shown_to_partner(&s, &woodgrove, &own).is_none());
    assert!(projections::savings_plans_shown(&s, &woodgrove, true).is_empty());
    assert_eq!(
        projections::savings_plans_shown(&s, &woodgrove, false).len(),
        1
    );
    // even what the partner does to it stays out of the Activity log
    s.execute(
        &admin(),
        &Command::ChangeSavingsPlanScope {
            plan: own.clone(),
            scope: Scope::Single(sid(ids::WOODGROVE_DEV)),
        },
    )
    .unwrap();
    assert!(!in_log(&s, &own));
    // the partner's own purchase is in Order history and the Activity log
    s.execute(
        &admin(),
        &savings_plan(ids::WOODGROVE, ids::WOODGROVE_PROD, 50),
    )
    .unwrap();
    let partners = the_new_plan(&s);
    assert!(in_orders(&s, &partners) && in_log(&s, &partners));
    assert!(projections::plan_shown_to_partner(&s, &woodgrove, &partners).is_some());
    assert!(projections::plan_shown_to_partner(&s, &cid(ids::CONTOSO), &partners).is_none());
    // ...and its coverage shows in Partner Center's view, the customer's only in the portal's
    let pc = finance::coverage_in(&s, &woodgrove, finance::View::PartnerCenter);
    let portal = finance::coverage(&s, &woodgrove);
    assert!(pc.plan_utilisation.contains_key(&partners));
    assert!(!pc.plan_utilisation.contains_key(&own));
    assert!(portal.plan_utilisation.contains_key(&own));
}

#[test]
fn r19_a_savings_plan_covers_what_reservations_leave_up_to_its_hourly_commitment() {
    let mut s = demo::demo();
    let woodgrove = cid(ids::WOODGROVE);
    // demo: 2 × D2s v5 shared cover prod's 1,460 VM hours; dev's 730 VM hours are left for
    // the plan: USD 0.072 an hour each (25 % off USD 0.096), USD 52.56 of the plan's
    // USD 73.00 a month (USD 0.10 × 730), so all 730 hours and 72 % used
    let c = finance::coverage(&s, &woodgrove);
    let dev = c
        .subscriptions
        .iter()
        .find(|x| x.subscription.as_str() == ids::WOODGROVE_DEV)
        .unwrap();
    assert_eq!(
        dev.covered_hours, 2_920,
        "SQL: the customer's own reservation"
    );
    assert_eq!(dev.plan_hours, 730);
    assert_eq!(dev.plan_saved, Money(1_752), "730 × USD 0.024 off");
    assert_eq!(dev.payg_hours(), 0);
    assert_eq!(
        c.plan_utilisation[&SavingsPlanId::new(ids::WOODGROVE_PLAN)],
        72
    );
    // more usage than the commitment buys: the rest is pay-as-you-go
    s.execute(
        &Actor::Simulator,
        &Command::RecordUsage {
            subscription: sid(ids::WOODGROVE_DEV),
            product: ProductId::new("vm-d2s-v5"),
            region: Region::new("westeurope"),
            hours_per_month: 2_000,
        },
    )
    .unwrap();
    let c = finance::coverage(&s, &woodgrove);
    let dev = c
        .subscriptions
        .iter()
        .find(|x| x.subscription.as_str() == ids::WOODGROVE_DEV)
        .unwrap();
    assert_eq!(
        dev.plan_hours, 1_013,
        "USD 73.00 ÷ USD 0.072 = 1,013 whole hours"
    );
    assert_eq!(dev.payg_hours(), 2_000 - 1_013);
    assert_eq!(
        c.plan_utilisation[&SavingsPlanId::new(ids::WOODGROVE_PLAN)],
        99
    );
    // SQL Database is not compute: a plan never covers it
    let sql_only = c.subscriptions.iter().map(|x| x.covered_hours).sum::<u64>();
    assert_eq!(sql_only, 1_460 + 2_920);
}

/// Plans that apply to the same usage act as one. Contoso uses 2,000 D2s v5 hours a month;
/// a one-year plan charges them at USD 0.072 (25 % off USD 0.096). One plan of USD 0.10 an
/// hour commits USD 73.00 a month: 73.00 / 0.072 = 1,013.9 → 1,013 whole hours. Two of USD
/// 0.05 commit the same USD 73.00 together, so they cover the same 1,013 hours (each on its
/// own would cover 36.50 / 0.072 = 506.9 → 506, 1,012 together).
#[test]
fn r19_two_plans_of_five_cents_cover_what_one_of_ten_cents_covers() {
    let mut s = demo::demo();
    s.execute(
        &Actor::Simulator,
        &Command::RecordUsage {
            subscription: sid(ids::CONTOSO_SUB),
            product: ProductId::new("vm-d2s-v5"),
            region: Region::new("westeurope"),
            hours_per_month: 2_000,
        },
    )
    .unwrap();
    let plan_hours = |s: &State| {
        finance::coverage(s, &cid(ids::CONTOSO))
            .subscriptions
            .iter()
            .map(|x| x.plan_hours)
            .sum::<u64>()
    };
    let mut one = s.clone();
    one.execute(&admin(), &savings_plan(ids::CONTOSO, ids::CONTOSO_SUB, 10))
        .unwrap();
    assert_eq!(plan_hours(&one), 1_013);
    let mut two = s;
    for _ in 0..2 {
        two.execute(&admin(), &savings_plan(ids::CONTOSO, ids::CONTOSO_SUB, 5))
            .unwrap();
    }
    assert_eq!(plan_hours(&two), 1_013);
    // the pool pays 1,013 × USD 0.072 = USD 72.936 of its USD 73.00: the first plan's
    // USD 36.50 all (100 %), then USD 36.436 of the second's (99.8 % → 99)
    let c = finance::coverage(&two, &cid(ids::CONTOSO));
    let used: Vec<u64> = c.plan_utilisation.values().copied().collect();
    assert_eq!(used, vec![100, 99]);
}

#[test]
fn r20_nobody_cancels_exchanges_or_refunds_a_savings_plan_and_only_the_partner_rescopes_it() {
    let mut s = demo::demo();
    let plan = SavingsPlanId::new(ids::WOODGROVE_PLAN);
    for actor in [admin(), sales(), helpdesk(), customer(ids::WOODGROVE_OWNER)] {
        for cmd in [
            Command::CancelSavingsPlan { plan: plan.clone() },
            Command::ExchangeSavingsPlan { plan: plan.clone() },
        ] {
            let d = refused(&mut s, &actor, &cmd, RuleId::R20);
            assert!(keys_of(&d).contains(&"deny-r20-final"));
        }
    }
    let rescope = Command::ChangeSavingsPlanScope {
        plan: plan.clone(),
        scope: Scope::Single(sid(ids::WOODGROVE_DEV)),
    };
    let renew = Command::SetSavingsPlanAutoRenew {
        plan: plan.clone(),
        on: true,
    };
    for cmd in [&rescope, &renew] {
        let d = refused(&mut s, &customer(ids::WOODGROVE_OWNER), cmd, RuleId::R20);
        assert!(keys_of(&d).contains(&"deny-r20-ask-partner"));
    }
    s.execute(&helpdesk(), &rescope).unwrap();
    s.execute(&sales(), &renew).unwrap();
    assert_eq!(
        s.savings_plans[&plan].scope,
        Scope::Single(sid(ids::WOODGROVE_DEV))
    );
    // a scope outside the customer is refused (R9)
    refused(
        &mut s,
        &admin(),
        &Command::ChangeSavingsPlanScope {
            plan: plan.clone(),
            scope: Scope::Single(sid(ids::CONTOSO_SUB)),
        },
        RuleId::R9,
    );
    // at the end of its term it renews once: a renewal does not inherit auto-renew
    s.execute(
        &Actor::Simulator,
        &Command::AdvanceClock {
            days: 0,
            months: 25,
        },
    )
    .unwrap();
    assert_eq!(s.savings_plans[&plan].status, SavingsPlanStatus::Renewed);
    let renewals: Vec<&SavingsPlan> = s
        .savings_plans
        .values()
        .filter(|p| p.channel == Channel::AutoRenew)
        .collect();
    assert_eq!(renewals.len(), 1);
    assert_eq!(renewals[0].status, SavingsPlanStatus::Expired);
    assert_eq!(renewals[0].hourly_commitment, Money(10));
}

#[test]
fn r21_the_partner_trades_a_vm_reservation_in_for_a_savings_plan_with_the_default_commitment() {
    let mut s = demo::demo();
    let Command::BuyReservation(mut o) = order(ids::CONTOSO, ids::CONTOSO_SUB, 2) else {
        unreachable!("an order")
    };
    o.scope = Scope::Single(sid(ids::CONTOSO_SUB));
    s.execute(&admin(), &Command::BuyReservation(o)).unwrap();
    let vm = the_new_reservation(&s);
    s.execute(
        &Actor::Simulator,
        &Command::AdvanceClock { days: 0, months: 3 },
    )
    .unwrap();
    let trade_in = |term| Command::TradeIn {
        reservation: vm.clone(),
        name: "From the VM reservation".into(),
        term,
        billing_plan: BillingPlan::Monthly,
        hourly_commitment: None,
        auto_renew: false,
    };
    // the customer asks its partner (R10)
    refused(
        &mut s,
        &customer(ids::CONTOSO_OWNER),
        &trade_in(Term::ThreeYears),
        RuleId::R10,
    );
    let r = s.reservations[&vm].clone();
    let value = finance::trade_in_value(&s, &r);
    let quote = refund_quote(&s, &r);
    assert_eq!(
        value, quote.gross,
        "upfront: the remaining value comes back"
    );
    // rounded up: the plan's total commitment covers the value returned (R21)
    let expected = Money((value.0 + 26_279) / 26_280);
    assert_eq!(
        finance::trade_in_commitment(&s, &r, Term::ThreeYears),
        expected
    );
    let used_before = s.refunded_in_last_year(&cid(ids::CONTOSO));
    s.execute(&admin(), &trade_in(Term::ThreeYears)).unwrap();
    assert_eq!(s.reservations[&vm].status, ReservationStatus::Cancelled);
    let plan = s.savings_plans[&the_new_plan(&s)].clone();
    assert_eq!(plan.hourly_commitment, expected);
    assert_eq!(plan.term, Term::ThreeYears);
    assert_eq!(plan.channel, Channel::TradeIn);
    assert_eq!(plan.scope, r.scope, "scoped as the reservation was");
    assert_eq!(plan.billing_subscription, r.billing_subscription);
    assert_eq!(last_operation(&s), Operation::TradeInReservation);
    assert_eq!(
        s.refunded_in_last_year(&cid(ids::CONTOSO)),
        used_before,
        "a trade-in does not count towards the refund cap"
    );
    // not for Cosmos DB reservations
    let cosmos = buy_product(&mut s, "cosmos-100rus");
    let d = refused(
        &mut s,
        &admin(),
        &Command::TradeIn {
            reservation: cosmos,
            name: "Cosmos DB".into(),
            term: Term::OneYear,
            billing_plan: BillingPlan::Upfront,
            hourly_commitment: None,
            auto_renew: false,
        },
        RuleId::R21,
    );
    assert_eq!(keys_of(&d), vec!["deny-r21-not-compute"]);
}

/// Microsoft's trade-in page: the new plan's total commitment must be at least the
/// remaining value returned. A D2s v5 one-year reservation the partner sells at USD 960.00,
/// paid upfront and traded in at once, returns 96,000 cents. Over a one-year plan's 8,760
/// hours that is 10.958… cents an hour: the default rounds up to 11 (11 × 8,760 = 96,360 ≥
/// 96,000); 10 cents (10 × 8,760 = 87,600) is refused, naming the minimum of 11.
#[test]
fn r21_a_trade_in_commits_at_least_what_it_returns_rounding_the_default_up() {
    let mut s = demo::demo();
    s.execute(
        &admin(),
        &Command::SetCustomerPrice {
            product: ProductId::new("vm-d2s-v5"),
            term: Term::OneYear,
            price: Money(96_000),
        },
    )
    .unwrap();
    let Command::BuyReservation(o) = order(ids::CONTOSO, ids::CONTOSO_SUB, 1) else {
        unreachable!("an order")
    };
    s.execute(&admin(), &Command::BuyReservation(o)).unwrap();
    let vm = the_new_reservation(&s);
    let r = s.reservations[&vm].clone();
    assert_eq!(finance::trade_in_value(&s, &r), Money(96_000));
    assert_eq!(
        finance::trade_in_commitment(&s, &r, Term::OneYear),
        Money(11)
    );
    let d = refused(
        &mut s,
        &admin(),
        &trade_in(&vm, Some(Money(10))),
        RuleId::R21,
    );
    assert_eq!(keys_of(&d), vec!["deny-r21-commitment"]);
    assert!(d.reasons[0]
        .args
        .contains(&("minimum", Arg::Money(Money(11)))));
    assert!(d.reasons[0]
        .args
        .contains(&("total", Arg::Money(Money(87_600)))));
    refused(
        &mut s,
        &admin(),
        &trade_in(&vm, Some(Money(1))),
        RuleId::R21,
    );
    s.execute(&admin(), &trade_in(&vm, None)).unwrap();
    let plan = &s.savings_plans[&the_new_plan(&s)];
    assert_eq!(plan.hourly_commitment, Money(11));
    assert_eq!(plan.total, Money(96_360));
}

/// Microsoft's trade-in page (2026-07-22): a SQL Database reservation can be traded in for a
/// one-year savings plan for databases, which covers database usage as R19 covers compute.
/// Woodgrove's SQL Database reservation (4 × vCore Gen5, three years from 2026-01-19, USD
/// 11,000.00 upfront) traded in on 2026-01-26: 1,089 of its 1,096 days left, 1,100,000 ×
/// 1,089 / 1,096 = 1,092,974.4 → USD 10,929.74 returned; over 8,760 hours that is 124.77
/// cents an hour, rounded up to USD 1.25 (1.25 × 8,760 = 10,950.00 ≥ 10,929.74). A month of
/// it, USD 912.50, at the plan's USD 0.202 an hour (20 % off USD 0.2525) covers all 2,920 SQL
/// hours of Woodgrove Development: 2,920 × USD 0.0505 = USD 147.46 saved, 2,920 × 0.202 /
/// 912.50 = 64.6 % of the commitment used.
#[test]
fn r21_a_sql_database_reservation_trades_in_for_a_one_year_savings_plan_for_databases() {
    let mut s = demo::demo();
    let sql = ReservationId::new("res-00002");
    let mut three_years = trade_in(&sql, None);
    if let Command::TradeIn { term, .. } = &mut three_years {
        *term = Term::ThreeYears;
    }
    let d = refused(&mut s, &admin(), &three_years, RuleId::R21);
    assert_eq!(keys_of(&d), vec!["deny-r21-database-one-year"]);
    let r = s.reservations[&sql].clone();
    assert_eq!(finance::trade_in_value(&s, &r), Money(1_092_974));
    s.execute(&admin(), &trade_in(&sql, None))
        .expect("a one-year plan for databases");
    let plan = the_new_plan(&s);
    assert_eq!(s.plan_kind(&plan), SavingsPlanKind::Database);
    assert_eq!(s.savings_plans[&plan].hourly_commitment, Money(125));
    let c = finance::coverage(&s, &cid(ids::WOODGROVE));
    let dev = c
        .subscriptions
        .iter()
        .find(|x| x.subscription.as_str() == ids::WOODGROVE_DEV)
        .expect("dev");
    assert_eq!(dev.database_plan_hours, 2_920);
    assert_eq!(dev.database_plan_saved, Money(14_746));
    assert_eq!(c.plan_utilisation[&plan], 64);
    // the compute plan covers no database usage, the database plan no compute usage
    assert_eq!(
        dev.plan_hours, 730,
        "the VM hours, under Woodgrove's compute plan"
    );
    assert_eq!(
        s.plan_kind(&SavingsPlanId::new(ids::WOODGROVE_PLAN)),
        SavingsPlanKind::Compute
    );
    // Cosmos DB reservations are not traded in
    let cosmos = buy_product(&mut s, "cosmos-100rus");
    let d = refused(&mut s, &admin(), &trade_in(&cosmos, None), RuleId::R21);
    assert!(keys_of(&d).contains(&"deny-r21-not-compute"));
}

fn exchange_into(id: &ReservationId, product: &str) -> Command {
    Command::Exchange {
        reservation: id.clone(),
        product: ProductId::new(product),
        region: Region::new("westeurope"),
        term: Term::OneYear,
        billing_plan: BillingPlan::Upfront,
        quantity: 2,
        auto_renew: true,
    }
}

fn buy_product(s: &mut State, product: &str) -> ReservationId {
    let Command::BuyReservation(mut o) = order(ids::WOODGROVE, ids::WOODGROVE_PROD, 2) else {
        unreachable!("an order")
    };
    o.product = ProductId::new(product);
    s.execute(&admin(), &Command::BuyReservation(o))
        .expect("the partner buys on behalf (R7)");
    the_new_reservation(s)
}

fn advance(s: &mut State, months: u32, days: u32) {
    s.execute(&Actor::Simulator, &Command::AdvanceClock { days, months })
        .expect("the simulator moves the clock");
}

/// The R13 reason an exchange of `id` gets now (allowed or refused).
fn r13_key(s: &State, id: &ReservationId) -> &'static str {
    let d = explain(
        s,
        &admin(),
        &Action::Exchange {
            reservation: id.clone(),
        },
    );
    d.reasons()
        .iter()
        .find(|r| r.rule == RuleId::R13)
        .map(|r| r.key)
        .unwrap_or("none")
}

fn end_of_exchanges() -> Timestamp {
    Timestamp::from_ymd_hm(2027, 2, 1, 0, 0)
}

#[test]
fn r13_every_new_tenant_ends_exchanges_on_1_february_2027_and_an_earlier_history_keeps_none() {
    assert_eq!(demo::demo().exchange_grace_end, Some(end_of_exchanges()));
    assert_eq!(demo::blank().exchange_grace_end, Some(end_of_exchanges()));
    // the simulator's default, in the history from the start (checked replay accepts it)
    let genesis = State::genesis(
        demo::PARTNER_NAME,
        demo::PARTNER_TENANT_ID,
        demo::start_time(),
    );
    assert!(verify::replay_checked(genesis, &demo::demo().log).is_ok());
    // a history the build of 2026-12-01 stored had no end: it keeps none, as recorded
    let mut earlier = persist::MemoryKv {
        map: serde_json::from_str(include_str!("fixtures/storage-v3.json")).expect("JSON"),
        quota: None,
    };
    let loaded = persist::load(&mut earlier);
    assert_eq!(loaded.outcome, persist::LoadOutcome::Restored);
    assert_eq!(loaded.state.exchange_grace_end, None);
}

/// The day before, the day of and the day after 2027-02-01: "reservations purchased after
/// this date aren't eligible for exchange"; one purchased before keeps one final exchange,
/// and the reservation that final exchange produces has none.
#[test]
fn r13_bought_the_day_before_the_end_keeps_one_final_exchange_bought_on_or_after_it_none() {
    let mut s = demo::demo();
    // the demo's clock stands at 2026-01-26 09:00; 12 months and 5 days on
    advance(&mut s, 12, 5);
    assert_eq!(s.now, Timestamp::from_ymd_hm(2027, 1, 31, 9, 0));
    let before = buy_product(&mut s, "vm-d2s-v5");
    // before the end, exchanges are free: as many as needed
    assert_eq!(r13_key(&s, &before), "allow-r13-grace-period");
    s.execute(&admin(), &exchange_into(&before, "vm-d2s-v5"))
        .expect("an exchange before the end");
    let before = the_exchanged_into(&s);
    assert_eq!(r13_key(&s, &before), "allow-r13-grace-period");
    advance(&mut s, 0, 1);
    let on_the_day = buy_product(&mut s, "vm-d2s-v5");
    advance(&mut s, 0, 1);
    let after = buy_product(&mut s, "vm-d2s-v5");
    // bought on or after the day: refused, naming the end and the purchase date
    for id in [&on_the_day, &after] {
        let d = refused(
            &mut s,
            &admin(),
            &exchange_into(id, "vm-d4s-v5"),
            RuleId::R13,
        );
        let r13 = d
            .reasons
            .iter()
            .find(|r| r.rule == RuleId::R13)
            .expect("R13");
        assert_eq!(r13.key, "deny-r13-grace-period-over");
        assert!(r13.args.contains(&("end", Arg::Date(end_of_exchanges()))));
    }
    // bought the day before: its final exchange goes through...
    assert_eq!(r13_key(&s, &before), "allow-r13-one-more-exchange");
    s.execute(&admin(), &exchange_into(&before, "vm-d4s-v5"))
        .expect("the final exchange");
    // ...and what it produced starts its term now, after the end: no exchange
    let produced = the_exchanged_into(&s);
    assert_eq!(r13_key(&s, &produced), "deny-r13-grace-period-over");
    refused(
        &mut s,
        &admin(),
        &exchange_into(&produced, "vm-d4s-v5"),
        RuleId::R13,
    );
    // a trade-in for a savings plan stays possible (R21)
    s.execute(&admin(), &trade_in(&produced, None))
        .expect("a trade-in after the end");
}

fn the_exchanged_into(state: &State) -> ReservationId {
    match &state.log.last().expect("log").event {
        Event::ReservationExchanged { new, .. } => new.id.clone(),
        other => panic!("expected an exchange, got {other:?}"),
    }
}

fn trade_in(id: &ReservationId, hourly_commitment: Option<Money>) -> Command {
    Command::TradeIn {
        reservation: id.clone(),
        name: "Traded in".into(),
        term: Term::OneYear,
        billing_plan: BillingPlan::Upfront,
        hourly_commitment,
        auto_renew: false,
    }
}

/// Savings plans support SQL Database too: its reservations end with VMs'; Cosmos DB is not
/// named by Microsoft and stays exchangeable (the simulator's reading).
#[test]
fn r13_sql_database_reservations_end_too_cosmos_db_stays_exchangeable() {
    let mut s = demo::demo();
    advance(&mut s, 12, 7);
    assert!(s.now > end_of_exchanges());
    let sql = buy_product(&mut s, "sql-gen5-vcore");
    let cosmos = buy_product(&mut s, "cosmos-100rus");
    refused(
        &mut s,
        &admin(),
        &exchange_into(&sql, "sql-gen5-vcore"),
        RuleId::R13,
    );
    assert_eq!(r13_key(&s, &cosmos), "allow-r13-not-compute");
    s.execute(&admin(), &exchange_into(&cosmos, "cosmos-100rus"))
        .expect("Cosmos DB exchanges after the end");
    let again = the_exchanged_into(&s);
    s.execute(&admin(), &exchange_into(&again, "cosmos-100rus"))
        .expect("and again");
}

/// A renewal is a new reservation with a new term: renewed before the end it keeps a final
/// exchange, renewed after it none.
#[test]
fn r13_a_reservation_renewed_after_the_end_cannot_be_exchanged() {
    let mut s = demo::demo();
    // Woodgrove's one-year VM reservation of 2026-01-05 renews on 2027-01-05, before the end
    let early = ReservationId::new("res-00001");
    // one bought on 2026-03-26 renews on 2027-03-26, after it
    advance(&mut s, 2, 0);
    let late = buy_product(&mut s, "vm-d2s-v5");
    advance(&mut s, 12, 1);
    let renewed_from = |s: &State, old: &ReservationId| {
        s.log
            .iter()
            .find_map(|e| match &e.event {
                Event::ReservationRenewed { old: o, new, .. } if o == old => Some(new.id.clone()),
                _ => None,
            })
            .expect("renewed")
    };
    let early_renewal = renewed_from(&s, &early);
    let late_renewal = renewed_from(&s, &late);
    assert_eq!(r13_key(&s, &early_renewal), "allow-r13-one-more-exchange");
    refused(
        &mut s,
        &admin(),
        &exchange_into(&late_renewal, "vm-d4s-v5"),
        RuleId::R13,
    );
}

/// The end is a tenant setting: the Admin agent moves it (a later end makes a reservation
/// exchangeable again until then) or clears it ("until further notice", as before).
#[test]
fn r13_the_end_is_a_setting_the_admin_agent_moves_or_clears() {
    let mut s = demo::demo();
    advance(&mut s, 12, 7);
    let late = buy_product(&mut s, "vm-d2s-v5");
    refused(
        &mut s,
        &admin(),
        &exchange_into(&late, "vm-d4s-v5"),
        RuleId::R13,
    );
    let later = Timestamp::from_ymd_hm(2028, 2, 1, 0, 0);
    let move_it = Command::SetExchangeGracePeriodEnd { end: Some(later) };
    refused(&mut s, &sales(), &move_it, RuleId::S1);
    s.execute(&admin(), &move_it)
        .expect("the Admin agent moves it");
    assert_eq!(r13_key(&s, &late), "allow-r13-grace-period");
    s.execute(&admin(), &Command::SetExchangeGracePeriodEnd { end: None })
        .expect("the Admin agent clears it");
    assert_eq!(r13_key(&s, &late), "allow-r13-until-further-notice");
    s.execute(&admin(), &exchange_into(&late, "vm-d4s-v5"))
        .expect("until further notice");
    let again = the_exchanged_into(&s);
    s.execute(&admin(), &exchange_into(&again, "vm-d4s-v5"))
        .expect("as often as needed");
}

/// A renewal is "a new reservation purchase": with its billing subscription suspended, the
/// purchase check fails at expiry (R7's eligible subscription), so no new reservation is
/// made; the reservation expires, and Order history and the portal can say why.
#[test]
fn r14_a_renewal_onto_a_suspended_billing_subscription_does_not_happen_and_says_why() {
    let mut s = demo::demo();
    let id = buy_d2s(&mut s, 1, BillingPlan::Upfront);
    assert!(s.reservations[&id].auto_renew, "on by default (R14)");
    s.execute(
        &admin(),
        &Command::SuspendSubscription {
            subscription: sid(ids::CONTOSO_SUB),
        },
    )
    .unwrap();
    let contosos = |s: &State| s.reservations_of(&cid(ids::CONTOSO)).count();
    let before = contosos(&s);
    advance(&mut s, 12, 1);
    assert_eq!(s.reservations[&id].status, ReservationStatus::Expired);
    assert_eq!(contosos(&s), before, "no renewal was bought");
    let why = projections::not_renewed(&s);
    assert_eq!(
        why.get(&id).map(|(sub, _)| sub.as_str()),
        Some(ids::CONTOSO_SUB)
    );
    // one reservation asked alone says the same; an active one was never refused a renewal
    assert_eq!(
        projections::not_renewed_of(&s, &s.reservations[&id]),
        why.get(&id).copied()
    );
    let woodgrove_sql = &s.reservations[&ReservationId::new("res-00002")];
    assert!(woodgrove_sql.is_active());
    assert_eq!(projections::not_renewed_of(&s, woodgrove_sql), None);
    assert!(activity(&s, &ActivityFilter::default())
        .any(|r| r.event.operation() == Operation::ReservationNotRenewed));
    // with the subscription active, the same reservation renews as before
    let mut active = demo::demo();
    let renews = buy_d2s(&mut active, 1, BillingPlan::Upfront);
    advance(&mut active, 12, 1);
    assert_eq!(
        active.reservations[&renews].status,
        ReservationStatus::Renewed
    );
    // and checked replay agrees with both
    for state in [&s, &active] {
        let genesis = State::genesis(
            demo::PARTNER_NAME,
            demo::PARTNER_TENANT_ID,
            demo::start_time(),
        );
        assert!(verify::replay_checked(genesis, &state.log).is_ok());
    }
}

#[test]
fn r15_only_admin_agents_open_the_activity_log() {
    let s = demo::demo();
    assert!(explain(&s, &admin(), &Action::ViewActivityLog).is_allowed());
    for actor in [sales(), helpdesk(), customer(ids::WOODGROVE_OWNER)] {
        let d = explain(&s, &actor, &Action::ViewActivityLog);
        assert!(!d.is_allowed());
        assert_eq!(d.reasons()[0].rule, RuleId::R15, "{actor:?}");
    }
}
