//! `decide(state, actor, command)`: the rules say yes (events) or no (every reason).
use super::catalogue::Term;
use super::command::*;
use super::event::{Actor, Event, Operation, Recorded};
use super::finance;
use super::ids::*;
use super::model::*;
use super::money::{Money, MAX_PRICE_CENTS};
use super::rules::{
    authorize, r14_renewal_is_a_purchase, r21_commitment_covers_returned_value,
    r21_database_plan_is_one_year, r9_scope_eligible, Action, Decision, Denied, Reason, RuleId,
};
use super::state::State;
use super::time::Timestamp;

/// The authorisation question a command asks (the grid asks the same ones).
pub fn action_of(command: &Command) -> Action {
    match command {
        Command::AddPartnerUser { .. }
        | Command::AddCustomer { .. }
        | Command::AddCustomerUser { .. }
        | Command::SetEarlyTerminationFee { .. } => Action::SetupTenant,
        Command::BuySubscription { customer, .. } => Action::BuySubscription {
            customer: customer.clone(),
        },
        Command::SuspendSubscription { subscription }
        | Command::ReactivateSubscription { subscription } => Action::SetSubscriptionStatus {
            subscription: subscription.clone(),
        },
        Command::AssignRole { subscription, .. } | Command::RemoveRole { subscription, .. } => {
            Action::ManageAccess {
                subscription: subscription.clone(),
            }
        }
        Command::SetPurchasePermission { customer, on } => Action::SetPermission {
            customer: customer.clone(),
            on: *on,
            resource: PermissionResource::AzureReservedInstances,
        },
        Command::SetSavingsPlanPermission { customer, on } => Action::SetPermission {
            customer: customer.clone(),
            on: *on,
            resource: PermissionResource::AzureSavingsPlan,
        },
        Command::BuySavingsPlan(order) => Action::BuySavingsPlan {
            customer: order.customer.clone(),
            subscription: order.billing_subscription.clone(),
        },
        Command::SetSavingsPlanAutoRenew { plan, .. }
        | Command::ChangeSavingsPlanScope { plan, .. } => {
            Action::ManageSavingsPlan { plan: plan.clone() }
        }
        Command::CancelSavingsPlan { plan } | Command::ExchangeSavingsPlan { plan } => {
            Action::ReturnSavingsPlan { plan: plan.clone() }
        }
        Command::TradeIn { reservation, .. } => Action::TradeIn {
            reservation: reservation.clone(),
        },
        Command::SetExchangeGracePeriodEnd { .. } => Action::SetupTenant,
        Command::SetCustomerPrice { .. } => Action::SetPricing,
        Command::BuyReservation(order) => Action::BuyReservation {
            customer: order.customer.clone(),
            subscription: order.billing_subscription.clone(),
        },
        Command::Exchange { reservation, .. } => Action::Exchange {
            reservation: reservation.clone(),
        },
        Command::Cancel { reservation } => Action::Cancel {
            reservation: reservation.clone(),
        },
        Command::SetAutoRenew { reservation, .. } => Action::SetAutoRenew {
            reservation: reservation.clone(),
        },
        Command::ChangeScope { reservation, .. } => Action::ChangeScope {
            reservation: reservation.clone(),
        },
        Command::RecordUsage { .. } | Command::AdvanceClock { .. } => Action::SimulatorControl,
    }
}

/// The activity-log operation a command performs when allowed: names an action that was
/// not (or not yet) recorded, such as an unsaved action refused after another tab's work.
pub fn operation_of(actor: &Actor, command: &Command) -> Operation {
    match command {
        Command::AddPartnerUser { .. } => Operation::AddPartnerUser,
        Command::AddCustomer { .. } => Operation::AddCustomer,
        Command::AddCustomerUser { .. } => Operation::AddCustomerUser,
        Command::BuySubscription { .. } => Operation::BuySubscription,
        Command::SuspendSubscription { .. } => Operation::SuspendSubscription,
        Command::ReactivateSubscription { .. } => Operation::ReactivateSubscription,
        Command::AssignRole { .. } => Operation::AssignRole,
        Command::RemoveRole { .. } => Operation::RemoveRole,
        Command::SetPurchasePermission { on: true, .. } => {
            Operation::CreateCustomerPurchasePermissions
        }
        Command::SetPurchasePermission { on: false, .. } => {
            Operation::DeleteCustomerPurchasePermissions
        }
        Command::SetCustomerPrice { .. } => Operation::SetCustomerPrice,
        Command::SetEarlyTerminationFee { .. } => Operation::SetEarlyTerminationFee,
        Command::BuyReservation(_) => match actor {
            Actor::Customer(_) => Operation::PurchaseReservationByCustomer,
            _ => Operation::PurchaseReservationByPartner,
        },
        Command::Exchange { .. } => Operation::ExchangeReservation,
        Command::Cancel { .. } => Operation::CancelReservation,
        Command::SetAutoRenew { .. } => Operation::SetAutoRenew,
        Command::ChangeScope { .. } => Operation::ChangeScope,
        Command::RecordUsage { .. } => Operation::RecordUsage,
        Command::AdvanceClock { .. } => Operation::AdvanceClock,
        Command::SetSavingsPlanPermission { on: true, .. } => {
            Operation::CreateCustomerPurchasePermissions
        }
        Command::SetSavingsPlanPermission { on: false, .. } => {
            Operation::DeleteCustomerPurchasePermissions
        }
        Command::BuySavingsPlan(_) => match actor {
            Actor::Customer(_) => Operation::PurchaseSavingsPlanByCustomer,
            _ => Operation::PurchaseSavingsPlanByPartner,
        },
        Command::SetSavingsPlanAutoRenew { .. } => Operation::SetSavingsPlanAutoRenew,
        Command::ChangeSavingsPlanScope { .. }
        | Command::CancelSavingsPlan { .. }
        | Command::ExchangeSavingsPlan { .. } => Operation::ChangeSavingsPlanScope,
        Command::TradeIn { .. } => Operation::TradeInReservation,
        Command::SetExchangeGracePeriodEnd { .. } => Operation::SetExchangeGracePeriodEnd,
    }
}

/// Decides a command: every unmet rule (authorisation and input) or the events it causes.
/// Never panics, never changes `state`.
pub fn decide(state: &State, actor: &Actor, command: &Command) -> Result<Vec<Recorded>, Denied> {
    let mut reasons = match authorize(state, actor, &action_of(command)) {
        Decision::Allowed(_) => Vec::new(),
        Decision::Denied(r) => r,
    };
    reasons.extend(validate(state, command));
    if !reasons.is_empty() {
        return Err(Denied { reasons });
    }
    let events = events_of(state, actor, command);
    let mut seq = state.next_seq();
    Ok(events
        .into_iter()
        .map(|(at, event)| {
            let r = Recorded {
                seq,
                at,
                actor: actor.clone(),
                event,
            };
            seq += 1;
            r
        })
        .collect())
}

fn input(key: &'static str) -> Reason {
    Reason::new(RuleId::V1, key)
}

fn check_name(reasons: &mut Vec<Reason>, name: &str) {
    if let Some(key) = name_error(name) {
        reasons.push(input(key).with_number("max", MAX_NAME_CHARS as i64));
    }
}

fn check_quantity(reasons: &mut Vec<Reason>, quantity: u32) {
    if quantity == 0 || quantity > MAX_QUANTITY {
        reasons.push(input("input-quantity-range").with_number("max", i64::from(MAX_QUANTITY)));
    }
}

fn check_product(reasons: &mut Vec<Reason>, state: &State, product: &ProductId, region: &Region) {
    if state.catalogue.product(product).is_none() {
        reasons.push(
            input("deny-unknown-id")
                .with_key("kind", "kind-product")
                .with("id", product.as_str()),
        );
    }
    if !state.catalogue.has_region(region) {
        reasons.push(
            input("deny-unknown-id")
                .with_key("kind", "kind-region")
                .with("id", region.as_str()),
        );
    }
}

/// A scope must name an eligible subscription of the same customer (R9).
fn check_scope(reasons: &mut Vec<Reason>, state: &State, customer: &CustomerId, scope: &Scope) {
    if let Err(reason) = r9_scope_eligible(state, customer, scope) {
        reasons.push(reason);
    }
}

/// Input checks that do not depend on who asks.
fn validate(state: &State, command: &Command) -> Vec<Reason> {
    let mut r = Vec::new();
    match command {
        Command::AddPartnerUser { name, .. }
        | Command::AddCustomerUser { name, .. }
        | Command::BuySubscription { name, .. } => check_name(&mut r, name),
        Command::AddCustomer { name, domain } => {
            check_name(&mut r, name);
            check_new_domain(&mut r, state, domain);
        }
        Command::SuspendSubscription { subscription } => {
            if state.subscriptions.get(subscription).map(|s| s.status)
                == Some(SubscriptionStatus::Suspended)
            {
                r.push(input("input-already-suspended"));
            }
        }
        Command::ReactivateSubscription { subscription } => {
            if state.subscriptions.get(subscription).map(|s| s.status)
                == Some(SubscriptionStatus::Active)
            {
                r.push(input("input-already-active"));
            }
        }
        Command::AssignRole {
            subscription,
            user,
            role,
        } => check_role_to_assign(&mut r, state, subscription, user, *role),
        Command::RemoveRole {
            subscription,
            user,
            role,
        } => {
            if !state
                .role_assignments
                .contains(&(subscription.clone(), user.clone(), *role))
            {
                r.push(input("input-role-not-assigned"));
            }
        }
        Command::SetCustomerPrice { product, price, .. } => {
            check_known_product(&mut r, state, product);
            check_price(&mut r, *price);
        }
        Command::SetEarlyTerminationFee { basis_points } => {
            if *basis_points > 10_000 {
                r.push(input("input-fee-range"));
            }
        }
        Command::BuyReservation(order) => {
            check_quantity(&mut r, order.quantity);
            check_product(&mut r, state, &order.product, &order.region);
            check_scope(&mut r, state, &order.customer, &order.scope);
        }
        Command::Exchange {
            reservation,
            product,
            region,
            term,
            quantity,
            ..
        } => {
            check_quantity(&mut r, *quantity);
            check_product(&mut r, state, product, region);
            check_exchange(&mut r, state, reservation, product, *term, *quantity);
        }
        Command::SetAutoRenew { reservation, on } => {
            if state.reservations.get(reservation).map(|x| x.auto_renew) == Some(*on) {
                r.push(input("input-auto-renew-unchanged"));
            }
        }
        Command::ChangeScope { reservation, scope } => {
            if let Some(res) = state.reservations.get(reservation) {
                check_new_scope(&mut r, state, &res.customer, &res.scope, scope);
            }
        }
        Command::RecordUsage {
            subscription,
            product,
            region,
            hours_per_month,
        } => check_usage(
            &mut r,
            state,
            subscription,
            product,
            region,
            *hours_per_month,
        ),
        Command::AdvanceClock { days, months } => check_clock(&mut r, *days, *months),
        Command::SetPurchasePermission { .. }
        | Command::Cancel { .. }
        | Command::SetSavingsPlanPermission { .. }
        | Command::CancelSavingsPlan { .. }
        | Command::ExchangeSavingsPlan { .. }
        | Command::SetExchangeGracePeriodEnd { .. } => {}
        Command::BuySavingsPlan(order) => {
            check_name(&mut r, &order.name);
            check_commitment(&mut r, order.hourly_commitment);
            check_scope(&mut r, state, &order.customer, &order.scope);
        }
        Command::SetSavingsPlanAutoRenew { plan, on } => {
            if state.savings_plans.get(plan).map(|p| p.auto_renew) == Some(*on) {
                r.push(input("input-auto-renew-unchanged"));
            }
        }
        Command::ChangeSavingsPlanScope { plan, scope } => {
            if let Some(p) = state.savings_plans.get(plan) {
                check_new_scope(&mut r, state, &p.customer, &p.scope, scope);
            }
        }
        Command::TradeIn {
            reservation,
            name,
            term,
            hourly_commitment,
            ..
        } => {
            check_name(&mut r, name);
            if let Some(res) = state.reservations.get(reservation) {
                check_trade_in(&mut r, state, res, *term, *hourly_commitment);
            }
        }
    }
    r
}

/// A new customer's domain: well formed and no other customer's.
fn check_new_domain(reasons: &mut Vec<Reason>, state: &State, domain: &str) {
    if !is_valid_domain(domain) {
        reasons.push(input("input-domain-invalid"));
    } else if state
        .customers
        .values()
        .any(|c| c.domain.eq_ignore_ascii_case(domain.trim()))
    {
        reasons.push(input("input-domain-taken").with("domain", domain.trim()));
    }
}

/// A role given to a known user of the subscription's own customer, not held already.
fn check_role_to_assign(
    reasons: &mut Vec<Reason>,
    state: &State,
    subscription: &SubscriptionId,
    user: &UserId,
    role: RbacRole,
) {
    match (
        state.customer_users.get(user),
        state.subscriptions.get(subscription),
    ) {
        (None, _) => reasons.push(
            input("deny-unknown-id")
                .with_key("kind", "kind-user")
                .with("id", user.as_str()),
        ),
        (Some(u), Some(s)) if u.customer != s.customer => {
            reasons.push(input("input-user-other-customer"))
        }
        _ => {}
    }
    if state
        .role_assignments
        .contains(&(subscription.clone(), user.clone(), role))
    {
        reasons.push(input("input-role-already-assigned"));
    }
}

fn check_known_product(reasons: &mut Vec<Reason>, state: &State, product: &ProductId) {
    if state.catalogue.product(product).is_none() {
        reasons.push(
            input("deny-unknown-id")
                .with_key("kind", "kind-product")
                .with("id", product.as_str()),
        );
    }
}

/// R8: a customer price is not negative and not beyond the simulator's maximum.
fn check_price(reasons: &mut Vec<Reason>, price: Money) {
    if price.0 < 0 {
        reasons.push(input("input-price-negative"));
    } else if price.0 > MAX_PRICE_CENTS {
        reasons.push(input("input-price-too-large"));
    }
}

/// R13: an exchange keeps the product type and commits at least what it returns.
fn check_exchange(
    reasons: &mut Vec<Reason>,
    state: &State,
    reservation: &ReservationId,
    product: &ProductId,
    term: Term,
    quantity: u32,
) {
    let (Some(old), Some(new_product)) = (
        state.reservations.get(reservation),
        state.catalogue.product(product),
    ) else {
        return;
    };
    let old_type = state
        .catalogue
        .product(&old.product)
        .map(|p| p.product_type);
    if old_type != Some(new_product.product_type) {
        reasons.push(Reason::new(RuleId::R13, "deny-r13-product-type"));
    } else if old.is_active() {
        let returned = finance::exchange_value(state, old);
        let new_total = state
            .customer_price(product, term)
            .unwrap_or(Money::ZERO)
            .times(quantity);
        if new_total < returned {
            reasons.push(
                Reason::new(RuleId::R13, "deny-r13-commitment")
                    .with_money("new", new_total)
                    .with_money("returned", returned),
            );
        }
    }
}

/// A new scope (R9) that is not the one already set.
fn check_new_scope(
    reasons: &mut Vec<Reason>,
    state: &State,
    customer: &CustomerId,
    current: &Scope,
    scope: &Scope,
) {
    check_scope(reasons, state, customer, scope);
    if current == scope {
        reasons.push(input("input-scope-unchanged"));
    }
}

fn check_usage(
    reasons: &mut Vec<Reason>,
    state: &State,
    subscription: &SubscriptionId,
    product: &ProductId,
    region: &Region,
    hours_per_month: u32,
) {
    if !state.subscriptions.contains_key(subscription) {
        reasons.push(
            input("deny-unknown-id")
                .with_key("kind", "kind-subscription")
                .with("id", subscription.as_str()),
        );
    }
    check_product(reasons, state, product, region);
    if hours_per_month > MAX_USAGE_HOURS {
        reasons.push(input("input-usage-range").with_number("max", i64::from(MAX_USAGE_HOURS)));
    }
}

fn check_clock(reasons: &mut Vec<Reason>, days: u32, months: u32) {
    if days == 0 && months == 0 {
        reasons.push(input("input-clock-zero"));
    }
    if days > MAX_CLOCK_DAYS || months > MAX_CLOCK_MONTHS {
        reasons.push(input("input-clock-range"));
    }
}

/// R21: the plan's commitment (the default one when none is typed) is in range, a SQL
/// Database reservation becomes a one-year plan, and the plan covers what is returned.
fn check_trade_in(
    reasons: &mut Vec<Reason>,
    state: &State,
    reservation: &Reservation,
    term: Term,
    hourly_commitment: Option<Money>,
) {
    let commitment =
        hourly_commitment.unwrap_or_else(|| finance::trade_in_commitment(state, reservation, term));
    check_commitment(reasons, commitment);
    for check in [
        r21_database_plan_is_one_year(state, reservation, term),
        r21_commitment_covers_returned_value(state, reservation, term, commitment),
    ] {
        if let Err(reason) = check {
            reasons.push(reason);
        }
    }
}

/// V1: a savings plan commits to between USD 0.01 and USD 100,000 an hour.
fn check_commitment(reasons: &mut Vec<Reason>, hourly: Money) {
    if hourly.0 < 1 || hourly.0 > MAX_HOURLY_COMMITMENT_CENTS {
        reasons.push(
            input("input-commitment-range").with_money("limit", Money(MAX_HOURLY_COMMITMENT_CENTS)),
        );
    }
}

/// Deterministic ids: counters are the sizes of append-only collections, so replay
/// produces the same ids.
fn reservation_ids(state: &State, offset: usize) -> (ReservationId, OrderId) {
    let n = state.reservations.len() + offset + 1;
    (
        ReservationId(format!("res-{n:05}")),
        OrderId(format!("ord-{n:05}")),
    )
}

fn tenant_guid(kind: u32, n: usize) -> String {
    format!(
        "{:08x}-{:04x}-4{:03x}-8000-{:012x}",
        0x5eed_0000u32 + kind,
        n % 0xffff,
        n % 0xfff,
        n
    )
}

fn new_reservation(
    state: &State,
    offset: usize,
    order: &PurchaseOrder,
    channel: Channel,
    bought_by: UserId,
    start: Timestamp,
) -> Reservation {
    let (id, order_id) = reservation_ids(state, offset);
    let unit_price = state
        .customer_price(&order.product, order.term)
        .unwrap_or(Money::ZERO);
    let unit_cost = state
        .catalogue
        .product(&order.product)
        .map(|p| p.partner_cost(order.term))
        .unwrap_or(Money::ZERO);
    Reservation {
        id,
        order: order_id,
        customer: order.customer.clone(),
        billing_subscription: order.billing_subscription.clone(),
        product: order.product.clone(),
        region: order.region.clone(),
        term: order.term,
        billing_plan: order.billing_plan,
        quantity: order.quantity,
        scope: order.scope.clone(),
        auto_renew: order.auto_renew,
        status: ReservationStatus::Active,
        channel,
        bought_by,
        start,
        end: start.plus_months(order.term.months()),
        customer_price: unit_price.times(order.quantity),
        partner_cost: unit_cost.times(order.quantity),
        billed_to: state.partner.tenant_id.clone(), // R6
    }
}

/// Deterministic ids, as for reservations.
fn new_savings_plan(
    state: &State,
    offset: usize,
    order: &SavingsPlanOrder,
    channel: Channel,
    bought_by: UserId,
    start: Timestamp,
) -> SavingsPlan {
    let n = state.savings_plans.len() + offset + 1;
    SavingsPlan {
        id: SavingsPlanId(format!("sp-{n:05}")),
        order: OrderId(format!("ord-sp-{n:05}")),
        name: order.name.trim().to_string(),
        customer: order.customer.clone(),
        billing_subscription: order.billing_subscription.clone(),
        scope: order.scope.clone(),
        term: order.term,
        billing_plan: order.billing_plan,
        hourly_commitment: order.hourly_commitment,
        auto_renew: order.auto_renew,
        status: SavingsPlanStatus::Active,
        channel,
        bought_by,
        start,
        end: start.plus_months(order.term.months()),
        total: savings_plan_total(order.hourly_commitment, order.term),
        billed_to: state.partner.tenant_id.clone(), // R18, as R6
    }
}

pub(crate) fn plan_order_of(p: &SavingsPlan) -> SavingsPlanOrder {
    SavingsPlanOrder {
        customer: p.customer.clone(),
        name: p.name.clone(),
        billing_subscription: p.billing_subscription.clone(),
        scope: p.scope.clone(),
        term: p.term,
        billing_plan: p.billing_plan,
        hourly_commitment: p.hourly_commitment,
        auto_renew: p.auto_renew,
    }
}

/// The SelfServePolicy a permission switch creates (its etag the sequence number of the
/// event that creates it); switched off, the policy of that id is deleted.
fn new_policy(state: &State, customer: &CustomerId) -> SelfServePolicy {
    SelfServePolicy {
        id: state
            .customers
            .get(customer)
            .map(|c| state.policy_id(c))
            .unwrap_or_default(),
        etag: format!("W/\"{}\"", state.next_seq()),
    }
}

/// Where a purchase was made: a customer user buys in the Azure portal.
fn purchase_channel(actor: &Actor) -> Channel {
    match actor {
        Actor::Customer(_) => Channel::AzurePortal,
        _ => Channel::PartnerCenter,
    }
}

fn actor_user(actor: &Actor) -> UserId {
    match actor {
        Actor::Partner(u) | Actor::Customer(u) => u.clone(),
        Actor::Simulator => UserId::new("simulator"),
    }
}

pub(crate) fn order_of(r: &Reservation) -> PurchaseOrder {
    PurchaseOrder {
        customer: r.customer.clone(),
        billing_subscription: r.billing_subscription.clone(),
        product: r.product.clone(),
        region: r.region.clone(),
        term: r.term,
        billing_plan: r.billing_plan,
        quantity: r.quantity,
        scope: r.scope.clone(),
        auto_renew: r.auto_renew,
    }
}

/// The events of an authorised, valid command.
fn events_of(state: &State, actor: &Actor, command: &Command) -> Vec<(Timestamp, Event)> {
    let now = state.now;
    let customer_of_sub = |s: &SubscriptionId| customer_of_subscription(state, s);
    let customer_of_res = |r: &ReservationId| customer_of_reservation(state, r);
    let customer_of_plan = |p: &SavingsPlanId| customer_of_savings_plan(state, p);
    let one = |e: Event| vec![(now, e)];
    match command {
        Command::AddPartnerUser { name, role } => one(Event::PartnerUserAdded {
            user: UserId(format!("p{}", state.partner_users.len() + 1)),
            name: name.trim().to_string(),
            role: *role,
        }),
        Command::AddCustomer { name, domain } => {
            let n = state.customers.len() + 1;
            one(Event::CustomerAdded {
                customer: CustomerId(format!("cust-{n:03}")),
                name: name.trim().to_string(),
                tenant_id: tenant_guid(1, n),
                domain: domain.trim().to_ascii_lowercase(),
            })
        }
        Command::AddCustomerUser { customer, name } => one(Event::CustomerUserAdded {
            customer: customer.clone(),
            user: UserId(format!("u{}", state.customer_users.len() + 1)),
            name: name.trim().to_string(),
        }),
        Command::BuySubscription {
            customer,
            name,
            kind,
        } => one(Event::SubscriptionBought {
            customer: customer.clone(),
            subscription: SubscriptionId(format!("sub-{:04}", state.subscriptions.len() + 1)),
            name: name.trim().to_string(),
            kind: *kind,
        }),
        Command::SuspendSubscription { subscription } => one(Event::SubscriptionSuspended {
            customer: customer_of_sub(subscription),
            subscription: subscription.clone(),
        }),
        Command::ReactivateSubscription { subscription } => one(Event::SubscriptionReactivated {
            customer: customer_of_sub(subscription),
            subscription: subscription.clone(),
        }),
        Command::AssignRole {
            subscription,
            user,
            role,
        } => one(Event::RoleAssigned {
            customer: customer_of_sub(subscription),
            subscription: subscription.clone(),
            user: user.clone(),
            role: *role,
        }),
        Command::RemoveRole {
            subscription,
            user,
            role,
        } => one(Event::RoleRemoved {
            customer: customer_of_sub(subscription),
            subscription: subscription.clone(),
            user: user.clone(),
            role: *role,
        }),
        Command::SetPurchasePermission { customer, on } => {
            one(purchase_permission_event(state, customer, *on))
        }
        Command::SetCustomerPrice {
            product,
            term,
            price,
        } => one(Event::CustomerPriceSet {
            product: product.clone(),
            term: *term,
            price: *price,
        }),
        Command::SetEarlyTerminationFee { basis_points } => one(Event::EarlyTerminationFeeSet {
            basis_points: *basis_points,
        }),
        Command::BuyReservation(order) => {
            let channel = purchase_channel(actor);
            one(Event::ReservationPurchased {
                reservation: new_reservation(state, 0, order, channel, actor_user(actor), now),
            })
        }
        Command::Exchange { .. } => exchange_event(state, actor, command)
            .map(one)
            .unwrap_or_default(),
        Command::Cancel { reservation } => state
            .reservations
            .get(reservation)
            .map(|r| one(refund_event(state, r)))
            .unwrap_or_default(),
        Command::SetSavingsPlanPermission { customer, on } => {
            one(savings_plan_permission_event(state, customer, *on))
        }
        Command::BuySavingsPlan(order) => {
            let channel = purchase_channel(actor);
            one(Event::SavingsPlanPurchased {
                plan: new_savings_plan(state, 0, order, channel, actor_user(actor), now),
            })
        }
        Command::SetSavingsPlanAutoRenew { plan, on } => one(Event::SavingsPlanAutoRenewSet {
            customer: customer_of_plan(plan),
            plan: plan.clone(),
            on: *on,
        }),
        Command::ChangeSavingsPlanScope { plan, scope } => one(Event::SavingsPlanScopeChanged {
            customer: customer_of_plan(plan),
            plan: plan.clone(),
            scope: scope.clone(),
        }),
        // R20 refuses these to everybody: there is never anything to record
        Command::CancelSavingsPlan { .. } | Command::ExchangeSavingsPlan { .. } => Vec::new(),
        Command::TradeIn { .. } => trade_in_event(state, actor, command)
            .map(one)
            .unwrap_or_default(),
        Command::SetExchangeGracePeriodEnd { end } => {
            one(Event::ExchangeGracePeriodEndSet { end: *end })
        }
        Command::SetAutoRenew { reservation, on } => one(Event::AutoRenewSet {
            customer: customer_of_res(reservation),
            reservation: reservation.clone(),
            on: *on,
        }),
        Command::ChangeScope { reservation, scope } => one(Event::ScopeChanged {
            customer: customer_of_res(reservation),
            reservation: reservation.clone(),
            scope: scope.clone(),
        }),
        Command::RecordUsage {
            subscription,
            product,
            region,
            hours_per_month,
        } => one(Event::UsageRecorded {
            customer: customer_of_sub(subscription),
            subscription: subscription.clone(),
            product: product.clone(),
            region: region.clone(),
            hours_per_month: *hours_per_month,
        }),
        Command::AdvanceClock { days, months } => clock_events(
            state,
            now.plus_months(i64::from(*months))
                .plus_days(i64::from(*days)),
        ),
    }
}

/// The customer a subscription, reservation or savings plan belongs to (none: an empty id;
/// the rules refused the command before its events are asked for).
fn customer_of_subscription(state: &State, subscription: &SubscriptionId) -> CustomerId {
    state
        .subscriptions
        .get(subscription)
        .map(|s| s.customer.clone())
        .unwrap_or_else(|| CustomerId::new(""))
}

fn customer_of_reservation(state: &State, reservation: &ReservationId) -> CustomerId {
    state
        .reservations
        .get(reservation)
        .map(|r| r.customer.clone())
        .unwrap_or_else(|| CustomerId::new(""))
}

fn customer_of_savings_plan(state: &State, plan: &SavingsPlanId) -> CustomerId {
    state
        .savings_plans
        .get(plan)
        .map(|p| p.customer.clone())
        .unwrap_or_else(|| CustomerId::new(""))
}

/// R1–R4: the reservations switch turned on (a new policy) or off.
fn purchase_permission_event(state: &State, customer: &CustomerId, on: bool) -> Event {
    let policy = new_policy(state, customer);
    if on {
        Event::PermissionCreated {
            customer: customer.clone(),
            policy,
        }
    } else {
        Event::PermissionDeleted {
            customer: customer.clone(),
            policy_id: policy.id,
        }
    }
}

/// R16: the savings plans switch turned on (a new policy) or off.
fn savings_plan_permission_event(state: &State, customer: &CustomerId, on: bool) -> Event {
    let policy = new_policy(state, customer);
    if on {
        Event::SavingsPlanPermissionCreated {
            customer: customer.clone(),
            policy,
        }
    } else {
        Event::SavingsPlanPermissionDeleted {
            customer: customer.clone(),
            policy_id: policy.id,
        }
    }
}

/// R13: an exchange (a `Command::Exchange`): the old reservation returned, the new one
/// bought; none for an unknown reservation (the rules refused it already).
fn exchange_event(state: &State, actor: &Actor, exchange: &Command) -> Option<Event> {
    let Command::Exchange {
        reservation,
        product,
        region,
        term,
        billing_plan,
        quantity,
        auto_renew,
    } = exchange
    else {
        return None;
    };
    let old = state.reservations.get(reservation)?;
    let order = PurchaseOrder {
        product: product.clone(),
        region: region.clone(),
        term: *term,
        billing_plan: *billing_plan,
        quantity: *quantity,
        auto_renew: *auto_renew,
        ..order_of(old)
    };
    Some(Event::ReservationExchanged {
        customer: old.customer.clone(),
        old: old.id.clone(),
        returned_value: finance::exchange_value(state, old),
        new: new_reservation(
            state,
            0,
            &order,
            Channel::Exchange,
            actor_user(actor),
            state.now,
        ),
    })
}

/// R12: a reservation cancelled, with its refund as quoted now.
fn refund_event(state: &State, reservation: &Reservation) -> Event {
    let quote = finance::refund_quote(state, reservation);
    Event::ReservationRefunded {
        customer: reservation.customer.clone(),
        reservation: reservation.id.clone(),
        refund: quote.net,
        fee: quote.fee,
        stopped_payments: quote.stopped,
        counted: quote.counted,
        partner_refund: quote.partner_refund,
    }
}

/// R21: a trade-in (a `Command::TradeIn`): the reservation refunded and the savings plan
/// bought, its commitment the default one when none was typed; none for an unknown
/// reservation (the rules refused it already).
fn trade_in_event(state: &State, actor: &Actor, trade_in: &Command) -> Option<Event> {
    let Command::TradeIn {
        reservation,
        name,
        term,
        billing_plan,
        hourly_commitment,
        auto_renew,
    } = trade_in
    else {
        return None;
    };
    let r = state.reservations.get(reservation)?;
    let quote = finance::refund_quote(state, r);
    let order = SavingsPlanOrder {
        customer: r.customer.clone(),
        name: name.clone(),
        billing_subscription: r.billing_subscription.clone(),
        scope: r.scope.clone(),
        term: *term,
        billing_plan: *billing_plan,
        hourly_commitment: hourly_commitment
            .unwrap_or_else(|| finance::trade_in_commitment(state, r, *term)),
        auto_renew: *auto_renew,
    };
    Some(Event::ReservationTradedIn {
        customer: r.customer.clone(),
        reservation: r.id.clone(),
        refund: quote.net,
        stopped_payments: quote.stopped,
        plan: new_savings_plan(
            state,
            0,
            &order,
            Channel::TradeIn,
            actor_user(actor),
            state.now,
        ),
    })
}

/// The events of moving the clock to `to`: R14 renewals and expiries, then the move.
pub(crate) fn clock_events(state: &State, to: Timestamp) -> Vec<(Timestamp, Event)> {
    let mut events = expiries_until(state, to);
    events.push((to, Event::ClockAdvanced { to }));
    events
}

/// What ends by a clock move: a reservation or a savings plan.
enum Ending {
    Reservation(Reservation),
    Plan(SavingsPlan),
}

impl Ending {
    /// Earliest end first; reservations before plans, then ids, so the order is fixed.
    fn order(&self) -> (Timestamp, u8, &str) {
        match self {
            Ending::Reservation(r) => (r.end, 0, r.id.as_str()),
            Ending::Plan(p) => (p.end, 1, p.id.as_str()),
        }
    }
}

/// R14: every active reservation (and savings plan) whose term ends by `to` is renewed
/// (auto-renew on) or expires, in time order; a renewal that itself ends by `to` is
/// handled in turn.
fn expiries_until(state: &State, to: Timestamp) -> Vec<(Timestamp, Event)> {
    let mut pending: Vec<Ending> = state
        .reservations
        .values()
        .filter(|r| r.is_active() && r.end <= to)
        .cloned()
        .map(Ending::Reservation)
        .chain(
            state
                .savings_plans
                .values()
                .filter(|p| p.is_active() && p.end <= to)
                .cloned()
                .map(Ending::Plan),
        )
        .collect();
    let mut events = Vec::new();
    let (mut reservations, mut plans) = (0, 0);
    while !pending.is_empty() {
        let idx = pending
            .iter()
            .enumerate()
            .min_by(|(_, a), (_, b)| a.order().cmp(&b.order()))
            .map(|(i, _)| i)
            .unwrap_or(0);
        let (ended, renewal) = match pending.swap_remove(idx) {
            Ending::Reservation(r) => end_reservation(state, r, &mut reservations),
            Ending::Plan(p) => end_plan(state, p, &mut plans),
        };
        // a renewal that itself ends by `to` is handled in turn
        if let Some(renewal) = renewal.filter(|r| r.order().0 <= to) {
            pending.push(renewal);
        }
        events.push(ended);
    }
    events
}

/// R14: a reservation at the end of its term: renewed (a new purchase, made only when its
/// checks pass; else it expires and says why) or expired. `renewed` counts the renewals so
/// far, which the new ids follow.
fn end_reservation(
    state: &State,
    r: Reservation,
    renewed: &mut usize,
) -> ((Timestamp, Event), Option<Ending>) {
    let customer = r.customer.clone();
    if !r.auto_renew {
        let expired = Event::ReservationExpired {
            customer,
            reservation: r.id.clone(),
        };
        return ((r.end, expired), None);
    }
    if r14_renewal_is_a_purchase(state, &r).is_err() {
        let refused = Event::ReservationNotRenewed {
            customer,
            reservation: r.id.clone(),
            billing_subscription: r.billing_subscription.clone(),
        };
        return ((r.end, refused), None);
    }
    // order_of keeps auto-renew on: a renewal renews again
    let renewal = new_reservation(
        state,
        *renewed,
        &order_of(&r),
        Channel::AutoRenew,
        r.bought_by.clone(),
        r.end,
    );
    *renewed += 1;
    let event = Event::ReservationRenewed {
        customer,
        old: r.id.clone(),
        new: renewal.clone(),
    };
    ((r.end, event), Some(Ending::Reservation(renewal)))
}

/// A savings plan at the end of its term: renewed once (Azure's renewal "inherits all
/// properties except automatic renewal", "Automatically renew your Azure savings plan") or
/// expired. `renewed` counts the renewals so far, which the new ids follow.
fn end_plan(
    state: &State,
    p: SavingsPlan,
    renewed: &mut usize,
) -> ((Timestamp, Event), Option<Ending>) {
    if !p.auto_renew {
        let expired = Event::SavingsPlanExpired {
            customer: p.customer.clone(),
            plan: p.id.clone(),
        };
        return ((p.end, expired), None);
    }
    let order = SavingsPlanOrder {
        auto_renew: false,
        ..plan_order_of(&p)
    };
    let renewal = new_savings_plan(
        state,
        *renewed,
        &order,
        Channel::AutoRenew,
        p.bought_by.clone(),
        p.end,
    );
    *renewed += 1;
    let event = Event::SavingsPlanRenewed {
        customer: p.customer.clone(),
        old: p.id.clone(),
        new: renewal.clone(),
    };
    ((p.end, event), Some(Ending::Plan(renewal)))
}

/// A cancellation as the simulator recorded it before billing plans counted (R12): an
/// older history's `ReservationCancelled` is checked against this, so it keeps its refund.
pub(crate) fn legacy_cancellation(state: &State, reservation: &ReservationId) -> Option<Event> {
    let r = state.reservations.get(reservation)?;
    let (refund, fee) = finance::legacy_refund_quote(state, r);
    Some(Event::ReservationCancelled {
        customer: r.customer.clone(),
        reservation: r.id.clone(),
        refund,
        fee,
    })
}

impl State {
    /// decide + evolve: applies a command if the rules allow it; on refusal nothing changes.
    pub fn execute(&mut self, actor: &Actor, command: &Command) -> Result<usize, Denied> {
        let events = decide(self, actor, command)?;
        let n = events.len();
        for e in events {
            self.evolve(e);
        }
        Ok(n)
    }
}

/// The price a customer would pay now for a purchase (R8), for forms to show first.
pub fn quote_purchase(
    state: &State,
    product: &ProductId,
    term: Term,
    quantity: u32,
) -> Option<(Money, Money, Money)> {
    let p = state.catalogue.product(product)?;
    Some((
        p.web_direct(term).times(quantity),
        state.customer_price(product, term)?.times(quantity),
        p.partner_cost(term).times(quantity),
    ))
}
