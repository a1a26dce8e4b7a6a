//! Undo without replay: an event applied through `evolve_journaled` leaves a `Journal` of
//! the prior value of everything it touched; `revert` puts those back and drops the event
//! from the log. Exact (the state is equal to what it was, field for field) and as cheap as
//! the event itself, whatever the history's length.
use super::catalogue::Term;
use super::event::{Event, Recorded};
use super::ids::*;
use super::model::*;
use super::money::Money;
use super::state::State;
use super::time::Timestamp;

/// What one event changed, as it was before.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Prior {
    PartnerUser(UserId, Option<PartnerUser>),
    Customer(CustomerId, Option<Customer>),
    CustomerUser(UserId, Option<CustomerUser>),
    Subscription(SubscriptionId, Option<Subscription>),
    Role((SubscriptionId, UserId, RbacRole), bool),
    Price((ProductId, Term), Option<Money>),
    Fee(u32),
    Reservation(ReservationId, Option<Reservation>),
    Plan(SavingsPlanId, Option<SavingsPlan>),
    Usage((SubscriptionId, ProductId, Region), Option<u32>),
    /// The refunds list had this many records.
    Refunds(usize),
    Now(Timestamp),
    GraceEnd(Option<Timestamp>),
    /// Whether the plan was one of the savings plans for databases.
    DatabasePlan(SavingsPlanId, bool),
}

/// The prior values one event overwrote, and the directory counter before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Journal {
    prior: Vec<Prior>,
    directory_changes: u64,
}

impl State {
    /// The prior value of everything `event` will change.
    fn priors(&self, event: &Event) -> Vec<Prior> {
        let customer = |c: &CustomerId| Prior::Customer(c.clone(), self.customers.get(c).cloned());
        let reservation =
            |r: &ReservationId| Prior::Reservation(r.clone(), self.reservations.get(r).cloned());
        let plan = |p: &SavingsPlanId| Prior::Plan(p.clone(), self.savings_plans.get(p).cloned());
        let subscription =
            |s: &SubscriptionId| Prior::Subscription(s.clone(), self.subscriptions.get(s).cloned());
        let role = |s: &SubscriptionId, u: &UserId, r: &RbacRole| {
            let key = (s.clone(), u.clone(), *r);
            let held = self.role_assignments.contains(&key);
            Prior::Role(key, held)
        };
        let refunds = Prior::Refunds(self.refunds.len());
        let database =
            |p: &SavingsPlanId| Prior::DatabasePlan(p.clone(), self.database_plans.contains(p));
        match event {
            Event::PartnerUserAdded { user, .. } => vec![Prior::PartnerUser(
                user.clone(),
                self.partner_users.get(user).cloned(),
            )],
            Event::CustomerAdded { customer: c, .. }
            | Event::PermissionCreated { customer: c, .. }
            | Event::PermissionDeleted { customer: c, .. }
            | Event::SavingsPlanPermissionCreated { customer: c, .. }
            | Event::SavingsPlanPermissionDeleted { customer: c, .. } => vec![customer(c)],
            Event::CustomerUserAdded { user, .. } => vec![Prior::CustomerUser(
                user.clone(),
                self.customer_users.get(user).cloned(),
            )],
            Event::SubscriptionBought {
                subscription: s, ..
            }
            | Event::SubscriptionSuspended {
                subscription: s, ..
            }
            | Event::SubscriptionReactivated {
                subscription: s, ..
            } => vec![subscription(s)],
            Event::RoleAssigned {
                subscription,
                user,
                role: r,
                ..
            }
            | Event::RoleRemoved {
                subscription,
                user,
                role: r,
                ..
            } => vec![role(subscription, user, r)],
            Event::CustomerPriceSet { product, term, .. } => {
                let key = (product.clone(), *term);
                let before = self.customer_prices.get(&key).copied();
                vec![Prior::Price(key, before)]
            }
            Event::EarlyTerminationFeeSet { .. } => vec![Prior::Fee(self.early_termination_fee_bp)],
            Event::ReservationPurchased { reservation: r } => vec![reservation(&r.id)],
            Event::ReservationExchanged { old, new, .. }
            | Event::ReservationRenewed { old, new, .. } => {
                vec![reservation(old), reservation(&new.id)]
            }
            Event::ReservationCancelled { reservation: r, .. }
            | Event::ReservationRefunded { reservation: r, .. } => {
                vec![reservation(r), refunds]
            }
            Event::AutoRenewSet { reservation: r, .. }
            | Event::ScopeChanged { reservation: r, .. }
            | Event::ReservationExpired { reservation: r, .. }
            | Event::ReservationNotRenewed { reservation: r, .. } => vec![reservation(r)],
            Event::UsageRecorded {
                subscription,
                product,
                region,
                ..
            } => {
                let key = (subscription.clone(), product.clone(), region.clone());
                let before = self.usage.get(&key).copied();
                vec![Prior::Usage(key, before)]
            }
            Event::ClockAdvanced { .. } => vec![Prior::Now(self.now)],
            Event::SavingsPlanPurchased { plan: p } => vec![plan(&p.id)],
            Event::SavingsPlanAutoRenewSet { plan: p, .. }
            | Event::SavingsPlanScopeChanged { plan: p, .. }
            | Event::SavingsPlanExpired { plan: p, .. } => vec![plan(p)],
            Event::SavingsPlanRenewed { old, new, .. } => {
                vec![plan(old), plan(&new.id), database(&new.id)]
            }
            Event::ReservationTradedIn {
                reservation: r,
                plan: p,
                ..
            } => vec![reservation(r), plan(&p.id), refunds, database(&p.id)],
            Event::ExchangeGracePeriodEndSet { .. } => {
                vec![Prior::GraceEnd(self.exchange_grace_end)]
            }
        }
    }

    /// `evolve`, keeping what it takes to undo it.
    pub fn evolve_journaled(&mut self, recorded: Recorded) -> Journal {
        let journal = Journal {
            prior: self.priors(&recorded.event),
            directory_changes: self.directory_changes,
        };
        self.evolve(recorded);
        journal
    }

    /// Undoes the last event, whose journal this is: the state is again exactly what it
    /// was before it. Journals are reverted newest first.
    pub fn revert(&mut self, journal: Journal) {
        self.log.pop();
        self.directory_changes = journal.directory_changes;
        for prior in journal.prior.into_iter().rev() {
            match prior {
                Prior::PartnerUser(k, v) => put(&mut self.partner_users, k, v),
                Prior::Customer(k, v) => put(&mut self.customers, k, v),
                Prior::CustomerUser(k, v) => put(&mut self.customer_users, k, v),
                Prior::Subscription(k, v) => put(&mut self.subscriptions, k, v),
                Prior::Role(k, held) => {
                    if held {
                        self.role_assignments.insert(k);
                    } else {
                        self.role_assignments.remove(&k);
                    }
                }
                Prior::Price(k, v) => put(&mut self.customer_prices, k, v),
                Prior::Fee(bp) => self.early_termination_fee_bp = bp,
                Prior::Reservation(k, v) => put(&mut self.reservations, k, v),
                Prior::Plan(k, v) => put(&mut self.savings_plans, k, v),
                Prior::Usage(k, v) => put(&mut self.usage, k, v),
                Prior::Refunds(len) => self.refunds.truncate(len),
                Prior::Now(t) => self.now = t,
                Prior::GraceEnd(end) => self.exchange_grace_end = end,
                Prior::DatabasePlan(p, true) => {
                    self.database_plans.insert(p);
                }
                Prior::DatabasePlan(p, false) => {
                    self.database_plans.remove(&p);
                }
            }
        }
    }
}

/// Puts back a map entry as it was: the value it had, or no entry.
fn put<K: Ord, V>(map: &mut std::collections::BTreeMap<K, V>, key: K, value: Option<V>) {
    match value {
        Some(v) => {
            map.insert(key, v);
        }
        None => {
            map.remove(&key);
        }
    }
}

/// One action's worth of undo: its events (to redo them) and their journals (to undo).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub events: Vec<Recorded>,
    journals: Vec<Journal>,
}

impl Step {
    /// Applies recorded events (an action of this tab's, or another tab's), journaled.
    pub fn apply(state: &mut State, events: Vec<Recorded>) -> Step {
        let journals = events
            .iter()
            .map(|e| state.evolve_journaled(e.clone()))
            .collect();
        Step { events, journals }
    }

    /// Takes the action back; `redo` applies it again (the same events: ids and times too).
    pub fn undo(self, state: &mut State) -> Vec<Recorded> {
        for journal in self.journals.into_iter().rev() {
            state.revert(journal);
        }
        self.events
    }
}

impl State {
    /// decide + journaled evolve: the step to undo the action, or every unmet rule.
    pub fn execute_undoable(
        &mut self,
        actor: &super::event::Actor,
        command: &super::command::Command,
    ) -> Result<Step, super::rules::Denied> {
        let events = super::decide::decide(self, actor, command)?;
        Ok(Step::apply(self, events))
    }
}
