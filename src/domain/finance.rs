//! Refunds (R12), exchange value (R13) and scope-dependent savings (R9).
use super::catalogue::BillingPlan;
use super::ids::*;
use super::model::*;
use super::money::Money;
use super::state::State;
use std::collections::BTreeMap;

/// R12: cancelled commitment per customer per rolling 12 months.
pub const REFUND_CAP: Money = Money(50_000 * 100);

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
    /// The partner's cost that Microsoft refunds, in the same proportion as the customer's
    /// refund to the customer's price.
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

/// R12: the refund of a reservation cancelled now.
pub fn refund_quote(state: &State, r: &Reservation) -> RefundQuote {
    let lower = r.customer_price.min(current_price(state, r));
    let (gross, stopped, paid) = match r.billing_plan {
        BillingPlan::Upfront => (
            remaining_share(state, r, lower),
            Money::ZERO,
            r.customer_price,
        ),
        BillingPlan::Monthly => {
            let months = r.term.months();
            let due = payments_due(r, state.now);
            let paid = r.customer_price.prorate(due, months);
            let stopped = r.customer_price - paid;
            // only the month paid last is partly unused: the time left of it, at the lower price
            let unused = if due == 0 || due > months {
                Money::ZERO
            } else {
                let month_start = r.start.plus_months(due - 1);
                let paid_through = r.start.plus_months(due);
                let payment = monthly_payment(r.customer_price, months, due - 1)
                    .prorate(lower.0, r.customer_price.0.max(1));
                let left = (paid_through.0 - state.now.0).max(0);
                payment.prorate(left, paid_through.0 - month_start.0)
            };
            (unused, stopped, paid)
        }
    };
    let fee = gross.basis_points(state.early_termination_fee_bp);
    let net = gross - fee;
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
        partner_refund: r.partner_cost.prorate(net.0, r.customer_price.0),
    }
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

/// R9: what one subscription's usage looks like under the customer's reservations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionSavings {
    pub subscription: SubscriptionId,
    pub used_hours: u64,
    pub covered_hours: u64,
    /// Pay-as-you-go cost of the covered hours: what the reservations saved the customer
    /// from paying at the hourly rate (the reservation itself is paid for separately).
    /// Rounded down to the cent once, from the exact amount (R9).
    pub saved: Money,
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

/// Both views of one allocation, for a page that shows both.
pub struct Coverage {
    pub subscriptions: Vec<SubscriptionSavings>,
    pub utilisation: BTreeMap<ReservationId, u64>,
    /// Everything saved across the customer's subscriptions, rounded once.
    pub total_saved: Money,
}

/// The allocation behind `savings` and `utilisation`.
pub fn coverage(state: &State, customer: &CustomerId) -> Coverage {
    let subs: Vec<&Subscription> = state.subscriptions_of(customer).collect();
    // remaining uncovered hours per (subscription, product, region)
    let mut uncovered: BTreeMap<(SubscriptionId, ProductId, Region), u64> = state
        .usage
        .iter()
        .filter(|((s, _, _), _)| subs.iter().any(|x| &x.id == s))
        .map(|(k, h)| (k.clone(), u64::from(*h)))
        .collect();
    let mut covered: BTreeMap<SubscriptionId, u64> = BTreeMap::new();
    let mut saved: BTreeMap<SubscriptionId, i128> = BTreeMap::new();

    let mut active: Vec<&Reservation> = state
        .reservations_of(customer)
        .filter(|r| r.is_active())
        .collect();
    active.sort_by_key(|r| matches!(r.scope, Scope::Shared));
    let mut used_by: BTreeMap<ReservationId, u64> = BTreeMap::new();

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
            let in_scope = match &r.scope {
                Scope::Single(s) => s == sub,
                Scope::Shared => true,
            };
            if !in_scope || prod != &r.product || region != &r.region || *left == 0 {
                continue;
            }
            let take = capacity.min(*left);
            *left -= take;
            capacity -= take;
            *covered.entry(sub.clone()).or_default() += take;
            *saved.entry(sub.clone()).or_default() +=
                i128::from(product.payg_hourly_micro_usd) * i128::from(take);
        }
        used_by.insert(r.id.clone(), (full - capacity) * 100 / full.max(1));
    }

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
            covered_hours: covered.get(&s.id).copied().unwrap_or(0),
            saved: micro_to_cents(saved.get(&s.id).copied().unwrap_or(0)),
        })
        .collect();
    Coverage {
        subscriptions: per_subscription,
        utilisation: used_by,
        total_saved: micro_to_cents(saved.values().sum()),
    }
}
