//! Checked replay for histories from outside (imports, share links, stored text): every
//! recorded event must be exactly what `decide` produces for the command that causes it,
//! from that actor, at that point. A history that passes can hold no state the rules
//! (R1–R15) would not allow, however it was written.
use super::command::{name_error, Command, MAX_CLOCK_DAYS};
use super::decide::{clock_events, decide, legacy_cancellation, order_of, plan_order_of};
use super::event::{Actor, Event, Recorded};
use super::finance;
use super::ids::UserId;
use super::model::savings_plan_total;
use super::rules::{Denied, Reason};
use super::state::State;

/// Why a history was refused: the index of the first bad event and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryError {
    pub index: usize,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// `seq` does not continue the history.
    OutOfSequence { expected: u64, found: u64 },
    /// The rules refuse the command this event records.
    Refused(Denied),
    /// Allowed, but the recorded result differs from what the rules produce (ids, prices,
    /// times, actor).
    Mismatch,
    /// A clock move without its closing `ClockAdvanced`, or not moving forward.
    BadClockMove,
}

impl HistoryError {
    /// A message id and the detail, for the import's error list.
    pub fn key(&self) -> &'static str {
        match self.problem {
            Problem::OutOfSequence { .. } => "import-error-sequence",
            Problem::Refused(_) => "import-error-refused",
            Problem::Mismatch => "import-error-mismatch",
            Problem::BadClockMove => "import-error-clock",
        }
    }
    pub fn reasons(&self) -> &[Reason] {
        match &self.problem {
            Problem::Refused(d) => &d.reasons,
            _ => &[],
        }
    }
}

/// The command a recorded event says was given, if it is one a person gives.
fn command_of(event: &Event) -> Option<Command> {
    Some(match event.clone() {
        Event::PartnerUserAdded { name, role, .. } => Command::AddPartnerUser { name, role },
        Event::CustomerAdded { name, domain, .. } => Command::AddCustomer { name, domain },
        Event::CustomerUserAdded { customer, name, .. } => {
            Command::AddCustomerUser { customer, name }
        }
        Event::SubscriptionBought {
            customer,
            name,
            kind,
            ..
        } => Command::BuySubscription {
            customer,
            name,
            kind,
        },
        Event::SubscriptionSuspended { subscription, .. } => {
            Command::SuspendSubscription { subscription }
        }
        Event::SubscriptionReactivated { subscription, .. } => {
            Command::ReactivateSubscription { subscription }
        }
        Event::RoleAssigned {
            subscription,
            user,
            role,
            ..
        } => Command::AssignRole {
            subscription,
            user,
            role,
        },
        Event::RoleRemoved {
            subscription,
            user,
            role,
            ..
        } => Command::RemoveRole {
            subscription,
            user,
            role,
        },
        Event::PermissionCreated { customer, .. } => {
            Command::SetPurchasePermission { customer, on: true }
        }
        Event::PermissionDeleted { customer, .. } => Command::SetPurchasePermission {
            customer,
            on: false,
        },
        Event::CustomerPriceSet {
            product,
            term,
            price,
        } => Command::SetCustomerPrice {
            product,
            term,
            price,
        },
        Event::EarlyTerminationFeeSet { basis_points } => {
            Command::SetEarlyTerminationFee { basis_points }
        }
        Event::ReservationPurchased { reservation } => {
            Command::BuyReservation(order_of(&reservation))
        }
        Event::ReservationExchanged { old, new, .. } => Command::Exchange {
            reservation: old,
            product: new.product,
            region: new.region,
            term: new.term,
            billing_plan: new.billing_plan,
            quantity: new.quantity,
            auto_renew: new.auto_renew,
        },
        Event::ReservationCancelled { reservation, .. }
        | Event::ReservationRefunded { reservation, .. } => Command::Cancel { reservation },
        Event::AutoRenewSet {
            reservation, on, ..
        } => Command::SetAutoRenew { reservation, on },
        Event::ScopeChanged {
            reservation, scope, ..
        } => Command::ChangeScope { reservation, scope },
        Event::UsageRecorded {
            subscription,
            product,
            region,
            hours_per_month,
            ..
        } => Command::RecordUsage {
            subscription,
            product,
            region,
            hours_per_month,
        },
        Event::SavingsPlanPermissionCreated { customer, .. } => {
            Command::SetSavingsPlanPermission { customer, on: true }
        }
        Event::SavingsPlanPermissionDeleted { customer, .. } => Command::SetSavingsPlanPermission {
            customer,
            on: false,
        },
        Event::SavingsPlanPurchased { plan } => Command::BuySavingsPlan(plan_order_of(&plan)),
        Event::SavingsPlanAutoRenewSet { plan, on, .. } => {
            Command::SetSavingsPlanAutoRenew { plan, on }
        }
        Event::SavingsPlanScopeChanged { plan, scope, .. } => {
            Command::ChangeSavingsPlanScope { plan, scope }
        }
        Event::ReservationTradedIn {
            reservation, plan, ..
        } => Command::TradeIn {
            reservation,
            name: plan.name,
            term: plan.term,
            billing_plan: plan.billing_plan,
            hourly_commitment: Some(plan.hourly_commitment),
            auto_renew: plan.auto_renew,
        },
        Event::ExchangeGracePeriodEndSet { end } => Command::SetExchangeGracePeriodEnd { end },
        Event::ReservationRenewed { .. }
        | Event::ReservationExpired { .. }
        | Event::ReservationNotRenewed { .. }
        | Event::SavingsPlanRenewed { .. }
        | Event::SavingsPlanExpired { .. }
        | Event::ClockAdvanced { .. } => return None,
    })
}

/// The tenant's founding staff are added by the simulator before anything else
/// (`demo::blank`), then today's end of exchanges (R13); later staff and settings are S1
/// commands like any other.
fn founding(state: &State, r: &Recorded) -> bool {
    let only_founders = || {
        state.customers.is_empty()
            && state
                .log
                .iter()
                .all(|e| matches!(e.event, Event::PartnerUserAdded { .. }))
            && r.at == state.now
    };
    match (&r.actor, &r.event) {
        (Actor::Simulator, Event::ExchangeGracePeriodEndSet { end }) => {
            *end == Some(super::demo::exchange_end_default()) && only_founders()
        }
        (Actor::Simulator, Event::PartnerUserAdded { user, name, .. }) => {
            only_founders()
                && name_error(name).is_none()
                && *user == UserId(format!("p{}", state.partner_users.len() + 1))
        }
        _ => false,
    }
}

/// A trade-in recorded by the build of 2026-12-07 with the default commitment it computed
/// then (rounded down, R21): today the rules ask for the rounded-up one. Accepted when that
/// is the only difference: the same trade-in with today's default is allowed and records
/// the same event but for the plan's commitment and total.
fn is_legacy_trade_in(state: &State, r: &Recorded) -> bool {
    let Event::ReservationTradedIn {
        reservation, plan, ..
    } = &r.event
    else {
        return false;
    };
    let Some(res) = state.reservations.get(reservation) else {
        return false;
    };
    if plan.hourly_commitment != finance::legacy_trade_in_commitment(state, res, plan.term) {
        return false;
    }
    let today = Command::TradeIn {
        reservation: reservation.clone(),
        name: plan.name.clone(),
        term: plan.term,
        billing_plan: plan.billing_plan,
        hourly_commitment: None,
        auto_renew: plan.auto_renew,
    };
    match decide(state, &r.actor, &today).as_deref() {
        Ok([produced]) => {
            let mut as_then = produced.clone();
            if let Event::ReservationTradedIn { plan: p, .. } = &mut as_then.event {
                p.hourly_commitment = plan.hourly_commitment;
                p.total = savings_plan_total(plan.hourly_commitment, plan.term);
            }
            as_then == *r
        }
        _ => false,
    }
}

/// A refund recorded by the build of 2026-12-07 with the figures it computed then (R12: a
/// monthly refund at a lowered price rounded twice, the partner's refund scaled by the
/// customer's): allowed now, and recorded exactly as that build's quote says.
fn is_refund_of_2026_12_07(state: &State, r: &Recorded) -> bool {
    let Event::ReservationRefunded {
        customer,
        reservation,
        ..
    } = &r.event
    else {
        return false;
    };
    let Some(res) = state.reservations.get(reservation) else {
        return false;
    };
    let quote = finance::refund_quote_of_2026_12_07(state, res);
    r.at == state.now
        && r.event
            == Event::ReservationRefunded {
                customer: customer.clone(),
                reservation: reservation.clone(),
                refund: quote.net,
                fee: quote.fee,
                stopped_payments: quote.stopped,
                counted: quote.counted,
                partner_refund: quote.partner_refund,
            }
}

/// An older history's cancellation, allowed now and recorded as the rules then computed it.
fn is_legacy_cancellation(state: &State, r: &Recorded) -> bool {
    match &r.event {
        Event::ReservationCancelled { reservation, .. } => {
            legacy_cancellation(state, reservation).as_ref() == Some(&r.event) && r.at == state.now
        }
        _ => false,
    }
}

/// Replays `events` onto `genesis`, re-deciding each; the first event the rules would not
/// have produced stops it.
pub fn replay_checked(genesis: State, events: &[Recorded]) -> Result<State, HistoryError> {
    let mut state = genesis;
    extend_checked(&mut state, events)?;
    Ok(state)
}

/// Appends `events` (which must continue `state`'s history) under the same checks. On
/// error, `state` holds the events before the bad one.
pub fn extend_checked(state: &mut State, events: &[Recorded]) -> Result<(), HistoryError> {
    let mut i = 0;
    while i < events.len() {
        let r = &events[i];
        let fail = |problem| Err(HistoryError { index: i, problem });
        if r.seq != state.next_seq() {
            return fail(Problem::OutOfSequence {
                expected: state.next_seq(),
                found: r.seq,
            });
        }
        if founding(state, r) {
            state.evolve(r.clone());
            i += 1;
            continue;
        }
        match command_of(&r.event) {
            Some(command) => match decide(state, &r.actor, &command) {
                // recorded with the default commitment of the build of 2026-12-07 (R21)
                Err(_) if is_legacy_trade_in(state, r) => {
                    state.evolve(r.clone());
                    i += 1;
                }
                Err(denied) => return fail(Problem::Refused(denied)),
                Ok(produced) if produced.len() == 1 && produced[0] == *r => {
                    state.evolve(r.clone());
                    i += 1;
                }
                // recorded before billing plans counted (R12): the refund it recorded then
                Ok(_) if is_legacy_cancellation(state, r) || is_refund_of_2026_12_07(state, r) => {
                    state.evolve(r.clone());
                    i += 1;
                }
                Ok(_) => return fail(Problem::Mismatch),
            },
            None => {
                // A clock move: renewals/expiries then `ClockAdvanced { to }`, all by the simulator.
                let Some(end) = events[i..]
                    .iter()
                    .position(|e| matches!(e.event, Event::ClockAdvanced { .. }))
                else {
                    return fail(Problem::BadClockMove);
                };
                let group = &events[i..=i + end];
                let Event::ClockAdvanced { to } = group[group.len() - 1].event else {
                    return fail(Problem::BadClockMove);
                };
                let max = state
                    .now
                    .plus_months(i64::from(super::command::MAX_CLOCK_MONTHS))
                    .plus_days(i64::from(MAX_CLOCK_DAYS));
                if r.actor != Actor::Simulator || to <= state.now || to > max {
                    return fail(Problem::BadClockMove);
                }
                let mut seq = state.next_seq();
                let expected: Vec<Recorded> = clock_events(state, to)
                    .into_iter()
                    .map(|(at, event)| {
                        let rec = Recorded {
                            seq,
                            at,
                            actor: Actor::Simulator,
                            event,
                        };
                        seq += 1;
                        rec
                    })
                    .collect();
                if expected.as_slice() != group {
                    return fail(Problem::Mismatch);
                }
                for e in group {
                    state.evolve(e.clone());
                }
                i += group.len();
            }
        }
    }
    Ok(())
}
