//! Refunds (R12), exchange value (R13) and scope-dependent savings (R9).
use super::catalogue::{BillingPlan, Term};
use super::ids::*;
use super::model::*;
use super::money::Money;
use super::state::State;
use std::collections::BTreeMap;

/// R12: cancelled commitment per customer per rolling 12 months.
pub const REFUND_CAP: Money = Money(50_000 * 100);

/// R12: the cap's room comes back this many days after each refund (the page's words:
/// across 29 February that is not "12 months").
pub const REFUND_WINDOW_DAYS: i64 = 365;

/// Hours in an average month: Azure's usage and reservation maths use 730.
pub const HOURS_PER_MONTH: u32 = 730;

/// R12: what cancelling a reservation now means, by billing plan ("Self-service
/// exchanges and refunds"): an upfront reservation's remaining value comes back; a
/// monthly one's future payments stop and only the unused part of what was already paid
/// comes back, so a refund never exceeds what was paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefundQuote {
    /// Money back before the fee: upfront, the prorated remaining value; monthly, the
    /// unused part of the payments made. At the lower of purchase and current price.
    pub gross: Money,
    /// Early termination fee on it (R12: 0 at present, configurable).
    pub fee: Money,
    /// What the customer gets back now.
    pub net: Money,
    /// Monthly billing: the payments not yet due, which stop. Upfront: nothing.
    pub stopped: Money,
    /// The cancelled commitment, counted towards the USD 50,000 cap: upfront, the
    /// remaining value; monthly, the payments that stop.
    pub counted: Money,
    /// What the customer has paid so far.
    pub paid: Money,
    /// The partner's cost that Microsoft refunds: its own cost prorated as the customer's
    /// price is (after the same fee rate).
    pub partner_refund: Money,
}

/// The prorated remaining share of `value` at `state.now`.
fn remaining_share(state: &State, r: &Reservation, value: Money) -> Money {
    let total = r.end.0 - r.start.0;
    let left = (r.end.0 - state.now.0).clamp(0, total.max(0));
    value.prorate(left, total)
}

/// Monthly billing: payment `i` (from 0) of a term of `months`, so that the payments add
/// up to `total` exactly (the odd cents fall in the later months).
pub fn monthly_payment(total: Money, months: i64, i: i64) -> Money {
    total.prorate(i + 1, months) - total.prorate(i, months)
}

/// Monthly billing: how many payments are due by `at` (one at the start of each month of
/// the term, the first at purchase).
pub fn payments_due(r: &Reservation, at: super::time::Timestamp) -> i64 {
    let months = r.term.months();
    (0..months)
        .take_while(|i| r.start.plus_months(*i) <= at)
        .count() as i64
}

/// The customer's price now for the whole reservation (R8), for R12's "lower of purchase
/// and current price".
fn current_price(state: &State, r: &Reservation) -> Money {
    state
        .customer_price(&r.product, r.term)
        .map(|unit| unit.times(r.quantity))
        .unwrap_or(r.customer_price)
}

/// R12, for one side's amount: what comes back of `price` (paid as `r` is billed) if `r`
/// is cancelled now, valued at `lower` (the lower of purchase and current price; the
/// partner's cost has none lower). Returns (money back before the fee, payments that stop,
/// paid so far). Each figure is computed exactly and rounded down once.
fn refund_of(state: &State, r: &Reservation, price: Money, lower: Money) -> (Money, Money, Money) {
    match r.billing_plan {
        BillingPlan::Upfront => (remaining_share(state, r, lower), Money::ZERO, price),
        BillingPlan::Monthly => {
            let months = r.term.months();
            let due = payments_due(r, state.now);
            let paid = price.prorate(due, months);
            let stopped = price - paid;
            // only the month paid last is partly unused: the time left of it, at the lower
            // price: payment × lower / price × left / month, one division
            let unused = if due == 0 || due > months {
                Money::ZERO
            } else {
                let month_start = r.start.plus_months(due - 1);
                let paid_through = r.start.plus_months(due);
                let payment = monthly_payment(price, months, due - 1);
                let left = (paid_through.0 - state.now.0).max(0);
                let exact = i128::from(payment.0) * i128::from(lower.0) * i128::from(left);
                let per = i128::from(price.0.max(1)) * i128::from(paid_through.0 - month_start.0);
                Money(i64::try_from(exact / per.max(1)).unwrap_or(0))
            };
            (unused, stopped, paid)
        }
    }
}

/// R12: the refund of a reservation cancelled now: the customer's, from its price, and the
/// partner's, from its own cost prorated the same way (the simulator's reading of CSP
/// billing: neither depends on the other, so a partner who lowers its resale price keeps
/// its own refund).
pub fn refund_quote(state: &State, r: &Reservation) -> RefundQuote {
    let lower = r.customer_price.min(current_price(state, r));
    let (gross, stopped, paid) = refund_of(state, r, r.customer_price, lower);
    let fee = gross.basis_points(state.early_termination_fee_bp);
    let net = gross - fee;
    let (partner_gross, _, _) = refund_of(state, r, r.partner_cost, r.partner_cost);
    let partner_fee = partner_gross.basis_points(state.early_termination_fee_bp);
    RefundQuote {
        gross,
        fee,
        net,
        stopped,
        counted: match r.billing_plan {
            BillingPlan::Upfront => gross,
            BillingPlan::Monthly => stopped,
        },
        paid,
        partner_refund: partner_gross - partner_fee,
    }
}

/// R12 as the build of 2026-12-07 computed it: a monthly refund at a lowered price rounded
/// twice, and the partner's refund scaled by the customer's refund. A refund recorded then
/// keeps the figures it recorded (checked replay, `verify`).
pub fn refund_quote_of_2026_12_07(state: &State, r: &Reservation) -> RefundQuote {
    let today = refund_quote(state, r);
    let gross = match r.billing_plan {
        BillingPlan::Upfront => today.gross,
        BillingPlan::Monthly => {
            let months = r.term.months();
            let due = payments_due(r, state.now);
            if due == 0 || due > months {
                Money::ZERO
            } else {
                let lower = r.customer_price.min(current_price(state, r));
                let month_start = r.start.plus_months(due - 1);
                let paid_through = r.start.plus_months(due);
                let payment = monthly_payment(r.customer_price, months, due - 1)
                    .prorate(lower.0, r.customer_price.0.max(1));
                let left = (paid_through.0 - state.now.0).max(0);
                payment.prorate(left, paid_through.0 - month_start.0)
            }
        }
    };
    let fee = gross.basis_points(state.early_termination_fee_bp);
    let net = gross - fee;
    RefundQuote {
        gross,
        fee,
        net,
        partner_refund: r.partner_share(net),
        ..today
    }
}

/// R21: the value a trade-in returns ("the remaining monetary value of the reservations"):
/// upfront, what comes back; monthly, that and the payments that stop.
pub fn trade_in_value(state: &State, r: &Reservation) -> Money {
    let quote = refund_quote(state, r);
    quote.gross + quote.stopped
}

/// Hours in a savings plan's term (8,760 a year).
pub fn savings_plan_hours(term: Term) -> i64 {
    SAVINGS_PLAN_HOURS_PER_YEAR * i64::from(term.years())
}

/// R21: the default hourly commitment of the savings plan a trade-in buys: the remaining
/// value over the new term's hours, rounded **up** to the cent, so the plan's total
/// commitment is at least what the reservation returns (Microsoft's trade-in page). It is
/// also the smallest commitment a trade-in accepts.
pub fn trade_in_commitment(state: &State, r: &Reservation, term: Term) -> Money {
    let value = trade_in_value(state, r).0.max(0);
    let hours = savings_plan_hours(term);
    Money((value + hours - 1) / hours)
}

/// R21 as the build of 2026-12-07 computed the default commitment (rounded down): a
/// trade-in recorded then keeps the commitment it recorded (checked replay, `verify`).
pub fn legacy_trade_in_commitment(state: &State, r: &Reservation, term: Term) -> Money {
    trade_in_value(state, r).prorate(1, savings_plan_hours(term))
}

/// R12 as the simulator applied it before billing plans counted (every reservation
/// treated as upfront): a cancellation recorded then keeps the refund it recorded, and
/// checked replay (`verify`) compares such an event with this.
pub fn legacy_refund_quote(state: &State, r: &Reservation) -> (Money, Money) {
    let gross = remaining_share(state, r, r.customer_price.min(current_price(state, r)));
    let fee = gross.basis_points(state.early_termination_fee_bp);
    (gross - fee, fee)
}

/// R13: the remaining value an exchange returns towards the new reservation.
pub fn exchange_value(state: &State, r: &Reservation) -> Money {
    remaining_share(state, r, r.customer_price)
}

/// R9, R19: what one subscription's usage looks like under the customer's reservations
/// and savings plans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionSavings {
    pub subscription: SubscriptionId,
    pub used_hours: u64,
    /// Hours covered by reservations.
    pub covered_hours: u64,
    /// Pay-as-you-go cost of the covered hours: what the reservations saved the customer
    /// from paying at the hourly rate (the reservation itself is paid for separately).
    /// Rounded down to the cent once, from the exact amount (R9).
    pub saved: Money,
    /// R19: hours charged at a savings plan's rate (after reservations applied).
    pub plan_hours: u64,
    /// R19: the discount those hours got against pay-as-you-go (the plan's commitment pays
    /// for them at its rate).
    pub plan_saved: Money,
    /// R21: hours a savings plan for databases charged at its rate (SQL Database usage no
    /// reservation covers), and the discount they got.
    pub database_plan_hours: u64,
    pub database_plan_saved: Money,
}

impl SubscriptionSavings {
    /// Hours charged at pay-as-you-go rates: neither a reservation nor a plan covers them.
    pub fn payg_hours(&self) -> u64 {
        self.used_hours
            .saturating_sub(self.covered_hours + self.plan_hours + self.database_plan_hours)
    }
}

/// Exact amounts: micro-USD per hour × hours, in millionths of a USD. Rounded to cents only
/// for a figure shown, once (R9: "the same covered hours give the same saving however
/// they are split between reservations").
fn micro_to_cents(micro: i128) -> Money {
    Money(i64::try_from(micro / 10_000).unwrap_or(i64::MAX))
}

/// R9: applies each active reservation's monthly hours (quantity × 730) to matching usage
/// (same product and region): single scope only in its own subscription, shared scope
/// across every subscription of the customer. Single-scope reservations apply first, as
/// Azure does, so a shared one picks up what is left.
pub fn savings(state: &State, customer: &CustomerId) -> Vec<SubscriptionSavings> {
    coverage(state, customer).subscriptions
}

/// R9: how much of each active reservation's monthly hours finds matching usage, in
/// percent (the portal's "utilisation"). Same allocation as `savings`.
pub fn utilisation(state: &State, customer: &CustomerId) -> BTreeMap<ReservationId, u64> {
    coverage(state, customer).utilisation
}

/// Every view of one allocation, for a page that shows several.
pub struct Coverage {
    pub subscriptions: Vec<SubscriptionSavings>,
    /// Percent of each active reservation's hours that found usage.
    pub utilisation: BTreeMap<ReservationId, u64>,
    /// R19: percent of each active savings plan's commitment used.
    pub plan_utilisation: BTreeMap<SavingsPlanId, u64>,
    /// Everything saved across the customer's subscriptions, rounded once.
    pub total_saved: Money,
}

/// Whose view of the savings plans: the Azure portal sees all of the customer's; Partner
/// Center only those the partner bought (R18).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    AzurePortal,
    PartnerCenter,
}

/// The allocation as the Azure portal sees it.
pub fn coverage(state: &State, customer: &CustomerId) -> Coverage {
    coverage_in(state, customer, View::AzurePortal)
}

fn in_scope(scope: &Scope, subscription: &SubscriptionId) -> bool {
    match scope {
        Scope::Single(s) => s == subscription,
        Scope::Shared => true,
    }
}

/// R9 then R19: reservations cover matching usage first; then each hour, compute usage
/// no reservation covers is charged at a savings plan's rate until its hourly commitment
/// is used up (single scope before shared); the rest is pay-as-you-go, and commitment not
/// used in an hour is lost. Usage is recorded per month, so an hour here is the month's
/// average hour (the simulator's reading: usage is spread evenly over the month's 730
/// hours, and a plan covers whole usage hours).
pub fn coverage_in(state: &State, customer: &CustomerId, view: View) -> Coverage {
    let subs: Vec<&Subscription> = state.subscriptions_of(customer).collect();
    // remaining uncovered hours per (subscription, product, region)
    let mut uncovered: Uncovered = state
        .usage
        .iter()
        .filter(|((s, _, _), _)| subs.iter().any(|x| &x.id == s))
        .map(|(k, h)| (k.clone(), u64::from(*h)))
        .collect();
    let reserved = reservations_first(state, customer, &mut uncovered);
    let plans = plans_then(state, customer, view, &mut uncovered);
    let hours_of =
        |kind, sub: &SubscriptionId| plans.hours.get(&(kind, sub.clone())).copied().unwrap_or(0);
    let saved_by = |kind, sub: &SubscriptionId| {
        micro_to_cents(plans.saved.get(&(kind, sub.clone())).copied().unwrap_or(0))
    };
    let per_subscription = subs
        .iter()
        .map(|s| SubscriptionSavings {
            subscription: s.id.clone(),
            used_hours: state
                .usage
                .iter()
                .filter(|((sub, _, _), _)| sub == &s.id)
                .map(|(_, h)| u64::from(*h))
                .sum(),
            covered_hours: reserved.covered.get(&s.id).copied().unwrap_or(0),
            saved: micro_to_cents(reserved.saved.get(&s.id).copied().unwrap_or(0)),
            plan_hours: hours_of(SavingsPlanKind::Compute, &s.id),
            plan_saved: saved_by(SavingsPlanKind::Compute, &s.id),
            database_plan_hours: hours_of(SavingsPlanKind::Database, &s.id),
            database_plan_saved: saved_by(SavingsPlanKind::Database, &s.id),
        })
        .collect();
    Coverage {
        subscriptions: per_subscription,
        total_saved: micro_to_cents(
            reserved.saved.values().sum::<i128>() + plans.saved.values().sum::<i128>(),
        ),
        utilisation: reserved.utilisation,
        plan_utilisation: plans.utilisation,
    }
}

/// Usage hours a month not covered yet, per (subscription, product, region).
type Uncovered = BTreeMap<(SubscriptionId, ProductId, Region), u64>;

/// What reservations covered: hours and exact savings (micro-USD) per subscription, and
/// each reservation's utilisation in percent.
struct Reserved {
    covered: BTreeMap<SubscriptionId, u64>,
    saved: BTreeMap<SubscriptionId, i128>,
    utilisation: BTreeMap<ReservationId, u64>,
}

/// R9: each active reservation's monthly hours (quantity × 730) on matching usage (same
/// product and region), single scope before shared, taken out of `uncovered`.
fn reservations_first(state: &State, customer: &CustomerId, uncovered: &mut Uncovered) -> Reserved {
    let mut reserved = Reserved {
        covered: BTreeMap::new(),
        saved: BTreeMap::new(),
        utilisation: BTreeMap::new(),
    };
    let mut active: Vec<&Reservation> = state
        .reservations_of(customer)
        .filter(|r| r.is_active())
        .collect();
    active.sort_by_key(|r| matches!(r.scope, Scope::Shared));
    for r in active {
        let Some(product) = state.catalogue.product(&r.product) else {
            continue;
        };
        let full = u64::from(r.quantity) * u64::from(HOURS_PER_MONTH);
        let mut capacity = full;
        for ((sub, prod, region), left) in uncovered.iter_mut() {
            if capacity == 0 {
                break;
            }
            if !in_scope(&r.scope, sub) || prod != &r.product || region != &r.region || *left == 0 {
                continue;
            }
            let take = capacity.min(*left);
            *left -= take;
            capacity -= take;
            *reserved.covered.entry(sub.clone()).or_default() += take;
            *reserved.saved.entry(sub.clone()).or_default() +=
                i128::from(product.payg_hourly_micro_usd) * i128::from(take);
        }
        reserved
            .utilisation
            .insert(r.id.clone(), (full - capacity) * 100 / full.max(1));
    }
    reserved
}

/// What savings plans covered, per kind of plan and subscription: hours and the exact
/// discount (micro-USD); and each plan's utilisation in percent.
struct Planned {
    hours: BTreeMap<(SavingsPlanKind, SubscriptionId), u64>,
    saved: BTreeMap<(SavingsPlanKind, SubscriptionId), i128>,
    utilisation: BTreeMap<SavingsPlanId, u64>,
}

/// R19 (and R21's plans for databases): on what reservations left, each hour's usage is
/// charged at a plan's rate until the commitments of the plans that apply to it, summed
/// first, are used up (single scope before shared; the deeper discount first).
fn plans_then(
    state: &State,
    customer: &CustomerId,
    view: View,
    uncovered: &mut Uncovered,
) -> Planned {
    let mut plans: Vec<&SavingsPlan> = state
        .savings_plans_of(customer)
        .filter(|p| p.is_active())
        .filter(|p| view == View::AzurePortal || !state.customer_users.contains_key(&p.bought_by))
        .collect();
    plans.sort_by_key(|p| (matches!(p.scope, Scope::Shared), p.id.clone()));
    // a month of each plan's hourly commitment, in micro-USD (a cent is 10,000 of them)
    let full =
        |p: &SavingsPlan| i128::from(p.hourly_commitment.0) * 10_000 * i128::from(HOURS_PER_MONTH);
    let mut left: Vec<i128> = plans.iter().map(|p| full(p)).collect();
    let kinds: Vec<SavingsPlanKind> = plans.iter().map(|p| state.plan_kind(&p.id)).collect();
    let mut planned = Planned {
        hours: BTreeMap::new(),
        saved: BTreeMap::new(),
        utilisation: BTreeMap::new(),
    };
    let kinds_and_terms = [
        (SavingsPlanKind::Compute, Term::ThreeYears),
        (SavingsPlanKind::Compute, Term::OneYear),
        (SavingsPlanKind::Database, Term::OneYear),
    ];
    for ((sub, prod, _), hours) in uncovered.iter_mut() {
        let Some(product) = state.catalogue.product(prod) else {
            continue;
        };
        for (kind, term) in kinds_and_terms {
            let Some(rate) = product.plan_hourly_micro_usd(kind, term) else {
                continue;
            };
            let applies: Vec<usize> = (0..plans.len())
                .filter(|&i| {
                    kinds[i] == kind && plans[i].term == term && in_scope(&plans[i].scope, sub)
                })
                .collect();
            if rate <= 0 || *hours == 0 || applies.is_empty() {
                continue;
            }
            let pooled: i128 = applies.iter().map(|&i| left[i]).sum();
            let take = u64::try_from(pooled / i128::from(rate))
                .unwrap_or(u64::MAX)
                .min(*hours);
            if take == 0 {
                continue;
            }
            *hours -= take;
            let mut owed = i128::from(rate) * i128::from(take);
            for &i in &applies {
                let paid = owed.min(left[i]);
                left[i] -= paid;
                owed -= paid;
            }
            *planned.hours.entry((kind, sub.clone())).or_default() += take;
            *planned.saved.entry((kind, sub.clone())).or_default() +=
                i128::from(product.payg_hourly_micro_usd - rate) * i128::from(take);
        }
    }
    planned.utilisation = plans
        .iter()
        .zip(&left)
        .map(|(p, left)| {
            let full = full(p);
            let used = (full - left) * 100 / full.max(1);
            (p.id.clone(), u64::try_from(used).unwrap_or(0))
        })
        .collect();
    planned
}
