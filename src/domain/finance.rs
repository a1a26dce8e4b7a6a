//! Refunds (R12), exchange value (R13) and scope-dependent savings (R9).
use super::ids::*;
use super::model::*;
use super::money::Money;
use super::state::State;
use std::collections::BTreeMap;

/// R12: cancelled commitment per customer per rolling 12 months.
pub const REFUND_CAP: Money = Money(50_000 * 100);

/// Hours in an average month: Azure's usage and reservation maths use 730.
pub const HOURS_PER_MONTH: u32 = 730;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefundQuote {
    /// Prorated remaining value at the lower of purchase and current price (R12).
    pub gross: Money,
    /// Early termination fee (R12: 0 at present, configurable).
    pub fee: Money,
    /// What the customer gets back.
    pub net: Money,
}

/// The prorated remaining share of `value` at `state.now`.
fn remaining_share(state: &State, r: &Reservation, value: Money) -> Money {
    let total = r.end.0 - r.start.0;
    let left = (r.end.0 - state.now.0).clamp(0, total.max(0));
    value.prorate(left, total)
}

/// R12: refund of a reservation cancelled now.
pub fn refund_quote(state: &State, r: &Reservation) -> RefundQuote {
    let current = state
        .customer_price(&r.product, r.term)
        .map(|unit| unit.times(r.quantity))
        .unwrap_or(r.customer_price);
    let gross = remaining_share(state, r, r.customer_price.min(current));
    let fee = gross.basis_points(state.early_termination_fee_bp);
    RefundQuote {
        gross,
        fee,
        net: gross - fee,
    }
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
    pub saved: Money,
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
    let mut saved: BTreeMap<SubscriptionId, Money> = BTreeMap::new();

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
            // micro-USD per hour × hours → cents, rounded down
            let cents =
                (i128::from(product.payg_hourly_micro_usd) * i128::from(take) / 10_000) as i64;
            *saved.entry(sub.clone()).or_default() += Money(cents);
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
            saved: saved.get(&s.id).copied().unwrap_or(Money::ZERO),
        })
        .collect();
    Coverage {
        subscriptions: per_subscription,
        utilisation: used_by,
    }
}
