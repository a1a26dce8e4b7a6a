//! Every rule of DOMAIN.md, each in one place, named after its id.
//!
//! `authorize` answers "may this actor do this action?" for `decide` (commands) and
//! `explain` (the who-may grid) alike, so a rule is written once. Each check gives a
//! `Reason` either way: why it is allowed, or why not.
use super::catalogue::{ProductType, Term};
use super::event::Actor;
use super::ids::*;
use super::model::*;
use super::money::Money;
use super::state::State;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RuleId {
    R1,
    R2,
    R3,
    R4,
    R5,
    R6,
    R7,
    R8,
    R9,
    R10,
    R11,
    R12,
    R13,
    R14,
    R15,
    R16,
    R17,
    R18,
    R19,
    R20,
    R21,
    /// Simulator rule: input must be well-formed (ranges, lengths, known ids).
    V1,
    /// Simulator rule: tenant set-up and subscription lifecycle are Admin-agent tasks.
    S1,
    /// Simulator rule (ext): role assignments on a subscription are changed by its Owners
    /// or by the partner's Admin agents (admin on behalf of).
    S2,
}

impl RuleId {
    pub const ALL: [RuleId; 24] = [
        RuleId::R1,
        RuleId::R2,
        RuleId::R3,
        RuleId::R4,
        RuleId::R5,
        RuleId::R6,
        RuleId::R7,
        RuleId::R8,
        RuleId::R9,
        RuleId::R10,
        RuleId::R11,
        RuleId::R12,
        RuleId::R13,
        RuleId::R14,
        RuleId::R15,
        RuleId::R16,
        RuleId::R17,
        RuleId::R18,
        RuleId::R19,
        RuleId::R20,
        RuleId::R21,
        RuleId::V1,
        RuleId::S1,
        RuleId::S2,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RuleId::R1 => "R1",
            RuleId::R2 => "R2",
            RuleId::R3 => "R3",
            RuleId::R4 => "R4",
            RuleId::R5 => "R5",
            RuleId::R6 => "R6",
            RuleId::R7 => "R7",
            RuleId::R8 => "R8",
            RuleId::R9 => "R9",
            RuleId::R10 => "R10",
            RuleId::R11 => "R11",
            RuleId::R12 => "R12",
            RuleId::R13 => "R13",
            RuleId::R14 => "R14",
            RuleId::R15 => "R15",
            RuleId::R16 => "R16",
            RuleId::R17 => "R17",
            RuleId::R18 => "R18",
            RuleId::R19 => "R19",
            RuleId::R20 => "R20",
            RuleId::R21 => "R21",
            RuleId::V1 => "V1",
            RuleId::S1 => "S1",
            RuleId::S2 => "S2",
        }
    }

    pub fn from_code(code: &str) -> Option<RuleId> {
        RuleId::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Message id of the rule's full text (`rule-r5`), shown where the grid links to it.
    pub fn text_key(self) -> String {
        format!("rule-{}", self.code().to_ascii_lowercase())
    }
}

/// A parameter of a message; money and numbers stay typed so each locale formats them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    /// A message id the UI translates (e.g. a role name).
    Key(&'static str),
    Number(i64),
    Money(Money),
    /// A date on the simulated clock, formatted per locale.
    Date(Timestamp),
}

/// One rule's verdict on one condition, as a message key with parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub rule: RuleId,
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Reason {
    pub fn new(rule: RuleId, key: &'static str) -> Self {
        Reason {
            rule,
            key,
            args: Vec::new(),
        }
    }
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }
    pub fn with_key(mut self, name: &'static str, key: &'static str) -> Self {
        self.args.push((name, Arg::Key(key)));
        self
    }
    pub fn with_money(mut self, name: &'static str, value: Money) -> Self {
        self.args.push((name, Arg::Money(value)));
        self
    }
    pub fn with_number(mut self, name: &'static str, value: i64) -> Self {
        self.args.push((name, Arg::Number(value)));
        self
    }
    pub fn with_date(mut self, name: &'static str, value: Timestamp) -> Self {
        self.args.push((name, Arg::Date(value)));
        self
    }
}

/// Every unmet rule of a refused command, never only the first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Denied {
    pub reasons: Vec<Reason>,
}

impl Denied {
    pub fn one(reason: Reason) -> Self {
        Denied {
            reasons: vec![reason],
        }
    }
    pub fn cites(&self, rule: RuleId) -> bool {
        self.reasons.iter().any(|r| r.rule == rule)
    }
}

/// The answer to "may X do Y?": allowed with the rules that allow it, or denied with
/// every rule that forbids it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    Allowed(Vec<Reason>),
    Denied(Vec<Reason>),
}

impl Decision {
    pub fn is_allowed(&self) -> bool {
        matches!(self, Decision::Allowed(_))
    }
    pub fn reasons(&self) -> &[Reason] {
        match self {
            Decision::Allowed(r) | Decision::Denied(r) => r,
        }
    }
}

/// What authorisation is asked about; commands map onto these (see `decide`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetPermission {
        customer: CustomerId,
        on: bool,
        resource: PermissionResource,
    },
    BuySubscription {
        customer: CustomerId,
    },
    SetSubscriptionStatus {
        subscription: SubscriptionId,
    },
    ManageAccess {
        subscription: SubscriptionId,
    },
    BuyReservation {
        customer: CustomerId,
        subscription: SubscriptionId,
    },
    Exchange {
        reservation: ReservationId,
    },
    Cancel {
        reservation: ReservationId,
    },
    SetAutoRenew {
        reservation: ReservationId,
    },
    ChangeScope {
        reservation: ReservationId,
    },
    SetPricing,
    SetupTenant,
    SimulatorControl,
    BuySavingsPlan {
        customer: CustomerId,
        subscription: SubscriptionId,
    },
    /// Scope and auto-renew of a savings plan (R20: as R10).
    ManageSavingsPlan {
        plan: SavingsPlanId,
    },
    /// Cancel, exchange or refund a savings plan: R20 refuses it to everybody.
    ReturnSavingsPlan {
        plan: SavingsPlanId,
    },
    TradeIn {
        reservation: ReservationId,
    },
    /// Open the Activity log (R15: Admin agents).
    ViewActivityLog,
}

type Check = Result<Reason, Reason>;

/// Runs every check and folds them: all pass → allowed (with the passing reasons).
fn verdict(checks: Vec<Check>) -> Decision {
    let (passed, failed): (Vec<Check>, Vec<Check>) = checks.into_iter().partition(|c| c.is_ok());
    if failed.is_empty() {
        Decision::Allowed(passed.into_iter().filter_map(Result::ok).collect())
    } else {
        Decision::Denied(failed.into_iter().filter_map(Result::err).collect())
    }
}

pub fn authorize(state: &State, actor: &Actor, action: &Action) -> Decision {
    if let Some(unknown) = unknown_actor(state, actor) {
        return Decision::Denied(vec![unknown]);
    }
    match action {
        Action::SetPermission {
            customer,
            on,
            resource,
        } => {
            let Some(customer) = state.customers.get(customer) else {
                return unknown_id("kind-customer", customer.as_str());
            };
            // R16: the savings plan switch follows R1–R4 on its own
            let is_on = customer.permission_for(*resource).is_some();
            let mut checks = vec![r2_only_admin_agent_changes_permission(state, actor)];
            if *on {
                checks.push(r3_on_needs_eligible_subscription(state, &customer.id));
                checks.push(not_already(!is_on, "deny-permission-already-on"));
            } else {
                checks.push(not_already(is_on, "deny-permission-already-off"));
            }
            verdict(checks)
        }
        Action::BuySubscription { customer } => {
            if !state.customers.contains_key(customer) {
                return unknown_id("kind-customer", customer.as_str());
            }
            verdict(vec![r7_partner_buys_on_behalf(
                state,
                actor,
                "allow-r7-buy-subscription",
            )])
        }
        Action::SetSubscriptionStatus { subscription } => {
            if !state.subscriptions.contains_key(subscription) {
                return unknown_id("kind-subscription", subscription.as_str());
            }
            verdict(vec![s1_admin_agent_sets_up(state, actor)])
        }
        Action::ManageAccess { subscription } => {
            if !state.subscriptions.contains_key(subscription) {
                return unknown_id("kind-subscription", subscription.as_str());
            }
            verdict(vec![s2_owner_or_admin_agent_manages_access(
                state,
                actor,
                subscription,
            )])
        }
        Action::BuyReservation {
            customer,
            subscription,
        } => {
            if !state.customers.contains_key(customer) {
                return unknown_id("kind-customer", customer.as_str());
            }
            match actor {
                Actor::Customer(user) => verdict(vec![
                    r5_customer_user_of(state, user, customer),
                    r5a_permission_on(state, customer),
                    r5b_subscription_eligible(state, customer, subscription),
                    r5c_owner_or_reservation_purchaser(state, user, subscription),
                ]),
                _ => verdict(vec![
                    r7_partner_buys_on_behalf(state, actor, "allow-r7-buy-reservation"),
                    r7_eligible_subscription(state, customer, subscription),
                ]),
            }
        }
        Action::Exchange { reservation } => {
            let Some(r) = state.reservations.get(reservation) else {
                return unknown_id("kind-reservation", reservation.as_str());
            };
            let mut checks = vec![
                r10_only_partner_manages(state, actor),
                reservation_is_active(r),
            ];
            if r.is_active() {
                checks.push(r13_exchange_end(state, r));
                checks.extend(r13_exchange_is_a_purchase(state, actor, r));
            }
            verdict(checks)
        }
        Action::TradeIn { reservation } => {
            let Some(r) = state.reservations.get(reservation) else {
                return unknown_id("kind-reservation", reservation.as_str());
            };
            let mut checks = vec![
                r10_only_partner_manages(state, actor),
                reservation_is_active(r),
            ];
            if r.is_active() {
                checks.push(r21_compute_reservation(state, r));
                // the savings plan it buys is billed and scoped as the reservation was
                checks.extend(r13_exchange_is_a_purchase(state, actor, r));
                // and bought by the partner: only an Admin agent buys a savings plan
                if partner_role(state, actor).is_some() {
                    checks.push(r17_only_admin_agent_buys_for_customer(state, actor));
                }
            }
            verdict(checks)
        }
        Action::BuySavingsPlan {
            customer,
            subscription,
        } => {
            if !state.customers.contains_key(customer) {
                return unknown_id("kind-customer", customer.as_str());
            }
            match actor {
                Actor::Customer(user) => verdict(vec![
                    r5_customer_user_of(state, user, customer),
                    r17a_savings_plan_permission_on(state, customer),
                    eligible_subscription_check(state, customer, subscription, &R17B_KEYS),
                    r17c_owner(state, user, subscription),
                ]),
                _ => verdict(vec![
                    r17_only_admin_agent_buys_for_customer(state, actor),
                    r7_eligible_subscription(state, customer, subscription),
                ]),
            }
        }
        Action::ManageSavingsPlan { plan } => {
            let Some(p) = state.savings_plans.get(plan) else {
                return unknown_id("kind-savings-plan", plan.as_str());
            };
            verdict(vec![
                r20_scope_and_renewal_by_partner(state, actor),
                if p.is_active() {
                    Ok(Reason::new(RuleId::V1, "allow-savings-plan-active"))
                } else {
                    Err(Reason::new(RuleId::V1, "deny-savings-plan-not-active")
                        .with("plan", p.name.as_str()))
                },
            ])
        }
        Action::ReturnSavingsPlan { plan } => {
            if !state.savings_plans.contains_key(plan) {
                return unknown_id("kind-savings-plan", plan.as_str());
            }
            verdict(vec![Err(Reason::new(RuleId::R20, "deny-r20-final"))])
        }
        Action::ViewActivityLog => {
            verdict(vec![r15_only_admin_agent_opens_activity_log(state, actor)])
        }
        Action::SetAutoRenew { reservation } | Action::ChangeScope { reservation } => {
            let Some(r) = state.reservations.get(reservation) else {
                return unknown_id("kind-reservation", reservation.as_str());
            };
            verdict(vec![
                r10_only_partner_manages(state, actor),
                reservation_is_active(r),
            ])
        }
        Action::Cancel { reservation } => {
            let Some(r) = state.reservations.get(reservation) else {
                return unknown_id("kind-reservation", reservation.as_str());
            };
            let mut checks = vec![
                r10_only_partner_manages(state, actor),
                reservation_is_active(r),
            ];
            if r.is_active() {
                checks.push(r12_within_refund_cap(state, r));
            }
            verdict(checks)
        }
        Action::SetPricing => verdict(vec![r8_partner_sets_price(state, actor)]),
        Action::SetupTenant => verdict(vec![s1_admin_agent_sets_up(state, actor)]),
        Action::SimulatorControl => verdict(vec![match actor {
            Actor::Simulator => Ok(Reason::new(RuleId::V1, "allow-simulator-control")),
            _ => Err(Reason::new(RuleId::V1, "deny-simulator-only")),
        }]),
    }
}

fn unknown_id(kind: &'static str, id: &str) -> Decision {
    Decision::Denied(vec![Reason::new(RuleId::V1, "deny-unknown-id")
        .with_key("kind", kind)
        .with("id", id)])
}

fn unknown_actor(state: &State, actor: &Actor) -> Option<Reason> {
    let known = match actor {
        Actor::Partner(u) => state.partner_users.contains_key(u),
        Actor::Customer(u) => state.customer_users.contains_key(u),
        Actor::Simulator => true,
    };
    (!known).then(|| Reason::new(RuleId::V1, "deny-unknown-user"))
}

fn partner_role(state: &State, actor: &Actor) -> Option<PartnerRole> {
    match actor {
        Actor::Partner(u) => state.partner_users.get(u).map(|p| p.role),
        _ => None,
    }
}

fn not_already(ok: bool, key: &'static str) -> Check {
    if ok {
        Ok(Reason::new(RuleId::R4, "allow-r4-logged"))
    } else {
        Err(Reason::new(RuleId::V1, key))
    }
}

/// R2: only an Admin agent turns the permission on or off; others see it read-only.
pub fn r2_only_admin_agent_changes_permission(state: &State, actor: &Actor) -> Check {
    match partner_role(state, actor) {
        Some(PartnerRole::AdminAgent) => Ok(Reason::new(RuleId::R2, "allow-r2-admin-agent")),
        Some(role) => {
            Err(Reason::new(RuleId::R2, "deny-r2-read-only").with_key("role", role.in_text_key()))
        }
        None => Err(Reason::new(RuleId::R2, "deny-r2-customer")),
    }
}

/// R3: turning it on needs an eligible subscription bought by this partner.
pub fn r3_on_needs_eligible_subscription(state: &State, customer: &CustomerId) -> Check {
    if state.eligible_subscriptions(customer).next().is_some() {
        Ok(Reason::new(
            RuleId::R3,
            "allow-r3-has-eligible-subscription",
        ))
    } else {
        Err(Reason::new(RuleId::R3, "deny-r3-no-eligible-subscription"))
    }
}

/// R5: the customer user must belong to the customer it buys for.
fn r5_customer_user_of(state: &State, user: &UserId, customer: &CustomerId) -> Check {
    match state.customer_users.get(user) {
        Some(u) if &u.customer == customer => Ok(Reason::new(RuleId::R5, "allow-r5-own-customer")),
        _ => Err(Reason::new(RuleId::R5, "deny-r5-other-customer")),
    }
}

/// R5(a): the customer's purchase permission is on.
pub fn r5a_permission_on(state: &State, customer: &CustomerId) -> Check {
    match state.customers.get(customer) {
        Some(c) if c.permission.is_some() => Ok(Reason::new(RuleId::R5, "allow-r5a-permission-on")),
        _ => Err(Reason::new(RuleId::R5, "deny-r5a-permission-off")),
    }
}

/// Message keys of the eligible-subscription check, per rule that asks for it.
struct EligibleKeys {
    rule: RuleId,
    allow: &'static str,
    other_customer: &'static str,
    suspended: &'static str,
    missing: &'static str,
}

const R5B_KEYS: EligibleKeys = EligibleKeys {
    rule: RuleId::R5,
    allow: "allow-r5b-eligible-subscription",
    other_customer: "deny-r5b-subscription-other-customer",
    suspended: "deny-r5b-subscription-suspended",
    missing: "deny-r5b-no-subscription",
};

const R7_KEYS: EligibleKeys = EligibleKeys {
    rule: RuleId::R7,
    allow: "allow-r7-eligible-subscription",
    other_customer: "deny-r7-subscription-other-customer",
    suspended: "deny-r7-subscription-suspended",
    missing: "deny-r7-no-subscription",
};

/// R5(b): the billing subscription is eligible and belongs to the customer.
pub fn r5b_subscription_eligible(
    state: &State,
    customer: &CustomerId,
    subscription: &SubscriptionId,
) -> Check {
    eligible_subscription_check(state, customer, subscription, &R5B_KEYS)
}

/// R7: the partner's purchase still needs an eligible subscription.
fn r7_eligible_subscription(
    state: &State,
    customer: &CustomerId,
    subscription: &SubscriptionId,
) -> Check {
    eligible_subscription_check(state, customer, subscription, &R7_KEYS)
}

fn eligible_subscription_check(
    state: &State,
    customer: &CustomerId,
    subscription: &SubscriptionId,
    keys: &EligibleKeys,
) -> Check {
    match state.subscriptions.get(subscription) {
        None => Err(Reason::new(keys.rule, keys.missing)),
        Some(s) if &s.customer != customer => {
            Err(Reason::new(keys.rule, keys.other_customer).with("subscription", &s.name))
        }
        Some(s) if !s.is_eligible() => {
            Err(Reason::new(keys.rule, keys.suspended).with("subscription", &s.name))
        }
        Some(s) => Ok(Reason::new(keys.rule, keys.allow).with("subscription", &s.name)),
    }
}

/// R5(c): the user holds Owner or Reservation Purchaser on the billing subscription.
pub fn r5c_owner_or_reservation_purchaser(
    state: &State,
    user: &UserId,
    subscription: &SubscriptionId,
) -> Check {
    let name = state
        .subscriptions
        .get(subscription)
        .map(|s| s.name.clone())
        .unwrap_or_else(|| subscription.to_string());
    if state
        .roles_of(user, subscription)
        .any(RbacRole::may_purchase_reservations)
    {
        Ok(Reason::new(RuleId::R5, "allow-r5c-owner").with("subscription", name))
    } else {
        Err(Reason::new(RuleId::R5, "deny-r5c-not-owner").with("subscription", name))
    }
}

/// R7: Admin and Sales agents buy for a customer whatever the permission says.
fn r7_partner_buys_on_behalf(state: &State, actor: &Actor, allow_key: &'static str) -> Check {
    match partner_role(state, actor) {
        Some(PartnerRole::AdminAgent | PartnerRole::SalesAgent) => {
            Ok(Reason::new(RuleId::R7, allow_key))
        }
        Some(role) => {
            Err(Reason::new(RuleId::R7, "deny-r7-helpdesk").with_key("role", role.in_text_key()))
        }
        None => Err(Reason::new(RuleId::R7, "deny-r7-not-partner")),
    }
}

/// R8: the partner (Admin or Sales agent) sets the customer price.
fn r8_partner_sets_price(state: &State, actor: &Actor) -> Check {
    match partner_role(state, actor) {
        Some(PartnerRole::AdminAgent | PartnerRole::SalesAgent) => {
            Ok(Reason::new(RuleId::R8, "allow-r8-set-price"))
        }
        _ => Err(Reason::new(RuleId::R8, "deny-r8-set-price")),
    }
}

/// R10: customers cannot exchange, cancel, renew or rescope, even their own purchases;
/// every partner role can (ext).
pub fn r10_only_partner_manages(state: &State, actor: &Actor) -> Check {
    match partner_role(state, actor) {
        Some(_) => Ok(Reason::new(RuleId::R10, "allow-r10-partner-manages")),
        None => Err(Reason::new(RuleId::R10, "deny-r10-ask-partner")),
    }
}

fn reservation_is_active(r: &Reservation) -> Check {
    if r.is_active() {
        Ok(Reason::new(RuleId::V1, "allow-reservation-active"))
    } else {
        Err(Reason::new(RuleId::V1, "deny-reservation-not-active")
            .with("reservation", r.id.as_str()))
    }
}

/// R13: "reservations purchased after [the end] aren't eligible for exchange if the
/// corresponding service is supported by savings plans" (the tenant setting, by default
/// 2027-02-01). One bought before the end is exchangeable freely until it and keeps one
/// final exchange after it; one bought, renewed or received in an exchange on or after
/// the end has none (its term starts then). Other services are unaffected.
pub fn r13_exchange_end(state: &State, r: &Reservation) -> Check {
    let covered = state
        .catalogue
        .product(&r.product)
        .is_some_and(|p| p.product_type.exchanges_end());
    match state.exchange_grace_end {
        _ if !covered => Ok(Reason::new(RuleId::R13, "allow-r13-not-compute")),
        None => Ok(Reason::new(RuleId::R13, "allow-r13-until-further-notice")),
        Some(end) if r.start >= end => Err(Reason::new(RuleId::R13, "deny-r13-grace-period-over")
            .with_date("end", end)
            .with_date("bought", r.start)),
        Some(end) if state.now >= end => {
            Ok(Reason::new(RuleId::R13, "allow-r13-one-more-exchange")
                .with_date("end", end)
                .with_date("bought", r.start))
        }
        Some(end) => Ok(Reason::new(RuleId::R13, "allow-r13-grace-period").with_date("end", end)),
    }
}

/// R21: Virtual Machine, Dedicated Host and App Service reservations can be traded in for a
/// savings plan for compute, SQL Database ones for a one-year savings plan for databases
/// (2026-07-22), at any time (also after exchanges end). Cosmos DB ones cannot.
fn r21_compute_reservation(state: &State, r: &Reservation) -> Check {
    match state.catalogue.product(&r.product).map(|p| p.product_type) {
        Some(t) if t.is_compute() => Ok(Reason::new(RuleId::R21, "allow-r21-trade-in")),
        Some(ProductType::SqlDatabase) => Ok(Reason::new(RuleId::R21, "allow-r21-database")),
        _ => Err(Reason::new(RuleId::R21, "deny-r21-not-compute")),
    }
}

/// R21: the savings plan for databases a SQL Database reservation is traded in for is a
/// one-year plan.
pub fn r21_database_plan_is_one_year(state: &State, r: &Reservation, term: Term) -> Check {
    let database = state
        .catalogue
        .product(&r.product)
        .is_some_and(|p| p.product_type == ProductType::SqlDatabase);
    if database && term != Term::OneYear {
        Err(Reason::new(RuleId::R21, "deny-r21-database-one-year"))
    } else {
        Ok(Reason::new(RuleId::R21, "allow-r21-trade-in"))
    }
}

/// R14: "a new reservation purchase": at expiry a renewal needs what a purchase needs, an
/// eligible billing subscription of the customer (R7: the renewal is billed to the
/// partner); when it fails, the reservation expires and says why (the simulator's reading).
pub fn r14_renewal_is_a_purchase(state: &State, r: &Reservation) -> Check {
    r7_eligible_subscription(state, &r.customer, &r.billing_subscription)
}

/// R21: "the new savings plan's total commitment must be at least the remaining value
/// returned": the hourly commitment times the term's hours covers the trade-in value; the
/// smallest hourly commitment that does (rounded up to the cent) is named.
pub fn r21_commitment_covers_returned_value(
    state: &State,
    r: &Reservation,
    term: Term,
    hourly: Money,
) -> Check {
    let returned = super::finance::trade_in_value(state, r);
    let total = hourly.times_i64(super::finance::savings_plan_hours(term));
    let minimum = super::finance::trade_in_commitment(state, r, term);
    if total >= returned {
        Ok(Reason::new(RuleId::R21, "allow-r21-commitment")
            .with_money("returned", returned)
            .with_money("total", total))
    } else {
        Err(Reason::new(RuleId::R21, "deny-r21-commitment")
            .with_money("returned", returned)
            .with_money("total", total)
            .with_money("minimum", minimum))
    }
}

/// R15: the Activity log is the Admin agent's ("Appropriate roles: Admin agent").
pub fn r15_only_admin_agent_opens_activity_log(state: &State, actor: &Actor) -> Check {
    match partner_role(state, actor) {
        Some(PartnerRole::AdminAgent) => Ok(Reason::new(RuleId::R15, "allow-r15-admin-agent")),
        Some(role) => {
            Err(Reason::new(RuleId::R15, "deny-r15-admin-only")
                .with_key("role", role.in_text_key()))
        }
        None => Err(Reason::new(RuleId::R15, "deny-r15-partner-only")),
    }
}

/// R17(a): the customer's savings plan permission is on.
fn r17a_savings_plan_permission_on(state: &State, customer: &CustomerId) -> Check {
    match state.customers.get(customer) {
        Some(c) if c.savings_plan_permission.is_some() => {
            Ok(Reason::new(RuleId::R17, "allow-r17a-permission-on"))
        }
        _ => Err(Reason::new(RuleId::R17, "deny-r17a-permission-off")),
    }
}

const R17B_KEYS: EligibleKeys = EligibleKeys {
    rule: RuleId::R17,
    allow: "allow-r5b-eligible-subscription",
    other_customer: "deny-r5b-subscription-other-customer",
    suspended: "deny-r5b-subscription-suspended",
    missing: "deny-r5b-no-subscription",
};

/// R17(c): Owner on the billing subscription (the article names Owner for savings plans).
fn r17c_owner(state: &State, user: &UserId, subscription: &SubscriptionId) -> Check {
    let name = state
        .subscriptions
        .get(subscription)
        .map(|s| s.name.clone())
        .unwrap_or_else(|| subscription.to_string());
    if state
        .roles_of(user, subscription)
        .any(RbacRole::may_purchase_savings_plans)
    {
        Ok(Reason::new(RuleId::R17, "allow-r17c-owner").with("subscription", name))
    } else {
        Err(Reason::new(RuleId::R17, "deny-r17c-not-owner").with("subscription", name))
    }
}

/// R17: the partner buys a savings plan for the customer whatever the permission says, but
/// only an Admin agent: "Currently, sales agents will not be able to purchase Azure savings
/// plan" (Partner Center, "Azure savings plans"); a Helpdesk agent buys nothing (R7).
fn r17_only_admin_agent_buys_for_customer(state: &State, actor: &Actor) -> Check {
    match partner_role(state, actor) {
        Some(PartnerRole::AdminAgent) => Ok(Reason::new(RuleId::R17, "allow-r17-partner-buys")),
        Some(role) => Err(Reason::new(RuleId::R17, "deny-r17-admin-agent-only")
            .with_key("role", role.in_text_key())),
        None => Err(Reason::new(RuleId::R7, "deny-r7-not-partner")),
    }
}

/// R20: a savings plan's scope and auto-renew are the partner's to change, as R10.
fn r20_scope_and_renewal_by_partner(state: &State, actor: &Actor) -> Check {
    match partner_role(state, actor) {
        Some(_) => Ok(Reason::new(RuleId::R20, "allow-r20-partner-manages")),
        None => Err(Reason::new(RuleId::R20, "deny-r20-ask-partner")),
    }
}

/// R13: an exchange is "a refund and a repurchase": the new reservation, billed to the
/// same subscription with the same scope, needs what a purchase there needs: an eligible
/// billing subscription (R7 for the partner, R5b under the customer's own purchase rules)
/// and a scope on eligible subscriptions of the customer (R9).
fn r13_exchange_is_a_purchase(state: &State, actor: &Actor, r: &Reservation) -> Vec<Check> {
    let billing = match actor {
        Actor::Customer(_) => {
            r5b_subscription_eligible(state, &r.customer, &r.billing_subscription)
        }
        _ => r7_eligible_subscription(state, &r.customer, &r.billing_subscription),
    };
    vec![billing, r9_scope_eligible(state, &r.customer, &r.scope)]
}

/// R9: a single scope names an eligible subscription of the same customer.
pub fn r9_scope_eligible(state: &State, customer: &CustomerId, scope: &Scope) -> Check {
    match scope {
        Scope::Shared => Ok(Reason::new(RuleId::R9, "allow-r9-scope")),
        Scope::Single(sub) => match state.subscriptions.get(sub) {
            Some(s) if &s.customer == customer && s.is_eligible() => {
                Ok(Reason::new(RuleId::R9, "allow-r9-scope"))
            }
            _ => {
                Err(Reason::new(RuleId::R9, "deny-r9-scope-subscription").with("id", sub.as_str()))
            }
        },
    }
}

/// R12: the cancelled commitment per customer over rolling 12 months stays within the cap.
fn r12_within_refund_cap(state: &State, r: &Reservation) -> Check {
    let quote = super::finance::refund_quote(state, r);
    let used = state.refunded_in_last_year(&r.customer);
    if used + quote.counted <= super::finance::REFUND_CAP {
        Ok(Reason::new(RuleId::R12, "allow-r12-refund")
            .with_money("refund", quote.net)
            .with_money(
                "remaining",
                super::finance::REFUND_CAP - used - quote.counted,
            ))
    } else {
        Err(Reason::new(RuleId::R12, "deny-r12-cap")
            .with_money("refund", quote.counted)
            .with_money("used", used)
            .with_money("cap", super::finance::REFUND_CAP))
    }
}

/// S1: set-up tasks (customers, users, subscription status, fee) are the Admin agent's.
fn s1_admin_agent_sets_up(state: &State, actor: &Actor) -> Check {
    match partner_role(state, actor) {
        Some(PartnerRole::AdminAgent) => Ok(Reason::new(RuleId::S1, "allow-s1-admin-agent")),
        _ => Err(Reason::new(RuleId::S1, "deny-s1-admin-agent-only")),
    }
}

/// S2: IAM on a subscription: its Owners, or the partner's Admin agents (AOBO).
fn s2_owner_or_admin_agent_manages_access(
    state: &State,
    actor: &Actor,
    subscription: &SubscriptionId,
) -> Check {
    match actor {
        Actor::Partner(_) if partner_role(state, actor) == Some(PartnerRole::AdminAgent) => {
            Ok(Reason::new(RuleId::S2, "allow-s2-admin-on-behalf"))
        }
        Actor::Customer(user)
            if state
                .roles_of(user, subscription)
                .any(|r| r == RbacRole::Owner) =>
        {
            Ok(Reason::new(RuleId::S2, "allow-s2-owner"))
        }
        _ => Err(Reason::new(RuleId::S2, "deny-s2-not-owner")),
    }
}
