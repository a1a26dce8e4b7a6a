//! The state every decision reads, and `evolve`: the one place events change it.
use super::catalogue::{Catalogue, ProductType, Term};
use super::event::{Actor, Event, Recorded};
use super::ids::*;
use super::model::*;
use super::money::Money;
use super::time::Timestamp;
use std::collections::{BTreeMap, BTreeSet};

/// A customer user and the roles they hold (each once).
pub type UserWithRoles<'a> = (&'a CustomerUser, Vec<RbacRole>);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefundRecord {
    pub customer: CustomerId,
    pub reservation: ReservationId,
    pub at: Timestamp,
    /// The cancelled commitment, counted against the R12 cap.
    pub gross: Money,
    /// Money back to the customer (after the fee).
    pub refund: Money,
    /// Monthly billing: the future payments that stopped.
    pub stopped_payments: Money,
    /// The partner's cost refunded to it.
    pub partner_refund: Money,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub partner: Partner,
    pub partner_users: BTreeMap<UserId, PartnerUser>,
    pub customers: BTreeMap<CustomerId, Customer>,
    pub customer_users: BTreeMap<UserId, CustomerUser>,
    pub subscriptions: BTreeMap<SubscriptionId, Subscription>,
    /// (subscription, user, role): ordered so one user's roles on one subscription are a range.
    pub role_assignments: BTreeSet<(SubscriptionId, UserId, RbacRole)>,
    pub catalogue: Catalogue,
    /// R8: what the partner charges per unit and term; Web Direct price when unset.
    pub customer_prices: BTreeMap<(ProductId, Term), Money>,
    pub reservations: BTreeMap<ReservationId, Reservation>,
    /// Savings plans (R16–R21), whoever bought them.
    pub savings_plans: BTreeMap<SavingsPlanId, SavingsPlan>,
    /// R21: the savings plans for databases (a SQL Database reservation traded in, and their
    /// renewals); every other plan is a savings plan for compute. Derived from the history:
    /// a stored plan has no room for its kind.
    pub database_plans: BTreeSet<SavingsPlanId>,
    /// R13: the end of exchanges; none is "until further notice".
    pub exchange_grace_end: Option<Timestamp>,
    /// Usage hours per month by (subscription, product, region), for the R9 savings view.
    pub usage: BTreeMap<(SubscriptionId, ProductId, Region), u32>,
    pub refunds: Vec<RefundRecord>,
    /// R12: early termination fee in basis points (0 today; 1,200 = the announced 12%).
    pub early_termination_fee_bp: u32,
    pub now: Timestamp,
    /// Every event so far, in order: the activity log and order history are projections.
    pub log: Vec<Recorded>,
    /// Bumped by every event that changes who exists or holds which role: views that list
    /// people (the persona switcher) rebuild only when it moves.
    pub directory_changes: u64,
}

impl State {
    /// A customer's SelfServePolicy id: `{partner tenant id}_{customer tenant id}` (both
    /// switches and the Partner Center API name it so).
    pub fn plan_kind(&self, plan: &SavingsPlanId) -> SavingsPlanKind {
        if self.database_plans.contains(plan) {
            SavingsPlanKind::Database
        } else {
            SavingsPlanKind::Compute
        }
    }

    pub fn policy_id(&self, customer: &Customer) -> String {
        format!("{}_{}", self.partner.tenant_id, customer.tenant_id)
    }

    /// An empty tenant: the partner, the catalogue and the clock, nothing else.
    pub fn genesis(partner_name: &str, partner_tenant_id: &str, now: Timestamp) -> State {
        State {
            partner: Partner {
                tenant_id: partner_tenant_id.to_string(),
                name: partner_name.to_string(),
            },
            partner_users: BTreeMap::new(),
            customers: BTreeMap::new(),
            customer_users: BTreeMap::new(),
            subscriptions: BTreeMap::new(),
            role_assignments: BTreeSet::new(),
            catalogue: Catalogue::standard(),
            customer_prices: BTreeMap::new(),
            reservations: BTreeMap::new(),
            savings_plans: BTreeMap::new(),
            database_plans: BTreeSet::new(),
            exchange_grace_end: None,
            usage: BTreeMap::new(),
            refunds: Vec::new(),
            early_termination_fee_bp: 0,
            now,
            log: Vec::new(),
            directory_changes: 0,
        }
    }

    pub fn next_seq(&self) -> u64 {
        self.log.len() as u64 + 1
    }

    pub fn subscriptions_of<'a>(
        &'a self,
        customer: &'a CustomerId,
    ) -> impl Iterator<Item = &'a Subscription> + 'a {
        self.subscriptions
            .values()
            .filter(move |s| &s.customer == customer)
    }

    pub fn eligible_subscriptions<'a>(
        &'a self,
        customer: &'a CustomerId,
    ) -> impl Iterator<Item = &'a Subscription> + 'a {
        self.subscriptions_of(customer).filter(|s| s.is_eligible())
    }

    pub fn users_of<'a>(
        &'a self,
        customer: &'a CustomerId,
    ) -> impl Iterator<Item = &'a CustomerUser> + 'a {
        self.customer_users
            .values()
            .filter(move |u| &u.customer == customer)
    }

    /// The customer a customer user belongs to; none for partner users and the simulator.
    pub fn customer_of(&self, actor: &Actor) -> Option<&CustomerId> {
        match actor {
            Actor::Customer(u) => self.customer_users.get(u).map(|u| &u.customer),
            _ => None,
        }
    }

    pub fn reservations_of<'a>(
        &'a self,
        customer: &'a CustomerId,
    ) -> impl Iterator<Item = &'a Reservation> + 'a {
        self.reservations
            .values()
            .filter(move |r| &r.customer == customer)
    }

    pub fn savings_plans_of<'a>(
        &'a self,
        customer: &'a CustomerId,
    ) -> impl Iterator<Item = &'a SavingsPlan> + 'a {
        self.savings_plans
            .values()
            .filter(move |p| &p.customer == customer)
    }

    pub fn roles_of<'a>(
        &'a self,
        user: &'a UserId,
        subscription: &SubscriptionId,
    ) -> impl Iterator<Item = RbacRole> + 'a {
        let from = (subscription.clone(), user.clone(), RbacRole::Owner);
        let to = (subscription.clone(), user.clone(), RbacRole::Reader);
        self.role_assignments
            .range(from..=to)
            .map(|(_, _, role)| *role)
    }

    /// Every role a user holds, per subscription (the persona switcher shows these).
    pub fn all_roles_of<'a>(
        &'a self,
        user: &'a UserId,
    ) -> impl Iterator<Item = (&'a SubscriptionId, RbacRole)> + 'a {
        self.role_assignments
            .iter()
            .filter(move |(_, u, _)| u == user)
            .map(|(s, _, r)| (s, *r))
    }

    /// R8: the price per unit the customer pays for a product and term.
    pub fn customer_price(&self, product: &ProductId, term: Term) -> Option<Money> {
        let p = self.catalogue.product(product)?;
        Some(
            self.customer_prices
                .get(&(product.clone(), term))
                .copied()
                .unwrap_or_else(|| p.web_direct(term)),
        )
    }

    /// R12: what this customer already cancelled in the rolling window before now (a
    /// refund's room comes back `REFUND_WINDOW_DAYS` after it).
    pub fn refunded_in_last_year(&self, customer: &CustomerId) -> Money {
        let since = self.now.plus_days(-super::finance::REFUND_WINDOW_DAYS);
        self.refunds
            .iter()
            .filter(|r| &r.customer == customer && r.at > since)
            .fold(Money::ZERO, |sum, r| sum + r.gross)
    }

    /// Each customer's users with the roles they hold (each role once), in one pass: the
    /// persona switcher's list, cheap at thousands of users. `only` narrows it to one
    /// customer (the switcher's first paint).
    pub fn directory(&self, only: Option<&CustomerId>) -> Vec<(&Customer, Vec<UserWithRoles<'_>>)> {
        let wanted = |customer: &CustomerId| only.is_none_or(|o| o == customer);
        let mut roles: BTreeMap<&UserId, BTreeSet<RbacRole>> = BTreeMap::new();
        for u in self.customer_users.values().filter(|u| wanted(&u.customer)) {
            roles.entry(&u.id).or_default();
        }
        for (_, user, role) in &self.role_assignments {
            if let Some(held) = roles.get_mut(user) {
                held.insert(*role);
            }
        }
        let mut by_customer: BTreeMap<&CustomerId, Vec<(&CustomerUser, Vec<RbacRole>)>> =
            BTreeMap::new();
        for u in self.customer_users.values().filter(|u| wanted(&u.customer)) {
            let held = roles
                .get(&u.id)
                .map(|r| r.iter().copied().collect())
                .unwrap_or_default();
            by_customer.entry(&u.customer).or_default().push((u, held));
        }
        self.customers
            .values()
            .filter(|c| wanted(&c.id))
            .map(|c| (c, by_customer.remove(&c.id).unwrap_or_default()))
            .collect()
    }

    pub fn partner_user_name(&self, user: &UserId) -> Option<&str> {
        self.partner_users.get(user).map(|u| u.name.as_str())
    }

    /// Applies one recorded event. Events are facts already decided: this never refuses.
    pub fn evolve(&mut self, recorded: Recorded) {
        let at = recorded.at;
        if matches!(
            recorded.event,
            Event::PartnerUserAdded { .. }
                | Event::CustomerAdded { .. }
                | Event::CustomerUserAdded { .. }
                | Event::RoleAssigned { .. }
                | Event::RoleRemoved { .. }
        ) {
            self.directory_changes += 1;
        }
        match &recorded.event {
            Event::PartnerUserAdded { user, name, role } => {
                self.partner_users.insert(
                    user.clone(),
                    PartnerUser {
                        id: user.clone(),
                        name: name.clone(),
                        role: *role,
                    },
                );
            }
            Event::CustomerAdded {
                customer,
                name,
                tenant_id,
                domain,
            } => {
                self.customers.insert(
                    customer.clone(),
                    Customer {
                        id: customer.clone(),
                        name: name.clone(),
                        tenant_id: tenant_id.clone(),
                        domain: domain.clone(),
                        permission: None,              // R1
                        savings_plan_permission: None, // R1, R16
                        policy_version: 0,
                    },
                );
            }
            Event::CustomerUserAdded {
                customer,
                user,
                name,
            } => {
                self.customer_users.insert(
                    user.clone(),
                    CustomerUser {
                        id: user.clone(),
                        customer: customer.clone(),
                        name: name.clone(),
                    },
                );
            }
            Event::SubscriptionBought {
                customer,
                subscription,
                name,
                kind,
            } => {
                self.subscriptions.insert(
                    subscription.clone(),
                    Subscription {
                        id: subscription.clone(),
                        customer: customer.clone(),
                        name: name.clone(),
                        kind: *kind,
                        status: SubscriptionStatus::Active,
                    },
                );
            }
            Event::SubscriptionSuspended { subscription, .. } => {
                if let Some(s) = self.subscriptions.get_mut(subscription) {
                    s.status = SubscriptionStatus::Suspended;
                }
            }
            Event::SubscriptionReactivated { subscription, .. } => {
                if let Some(s) = self.subscriptions.get_mut(subscription) {
                    s.status = SubscriptionStatus::Active;
                }
            }
            Event::RoleAssigned {
                subscription,
                user,
                role,
                ..
            } => {
                self.role_assignments
                    .insert((subscription.clone(), user.clone(), *role));
            }
            Event::RoleRemoved {
                subscription,
                user,
                role,
                ..
            } => {
                self.role_assignments
                    .remove(&(subscription.clone(), user.clone(), *role));
            }
            Event::PermissionCreated { customer, policy } => {
                if let Some(c) = self.customers.get_mut(customer) {
                    c.permission = Some(policy.clone());
                    c.policy_version = recorded.seq;
                }
            }
            Event::PermissionDeleted { customer, .. } => {
                // R11: existing reservations are untouched; only the policy goes.
                if let Some(c) = self.customers.get_mut(customer) {
                    c.permission = None;
                    c.policy_version = recorded.seq;
                }
            }
            Event::SavingsPlanPermissionCreated { customer, policy } => {
                if let Some(c) = self.customers.get_mut(customer) {
                    c.savings_plan_permission = Some(policy.clone());
                    c.policy_version = recorded.seq;
                }
            }
            Event::SavingsPlanPermissionDeleted { customer, .. } => {
                // R11 for savings plans (R16): existing plans are untouched.
                if let Some(c) = self.customers.get_mut(customer) {
                    c.savings_plan_permission = None;
                    c.policy_version = recorded.seq;
                }
            }
            Event::SavingsPlanPurchased { plan } => {
                self.savings_plans.insert(plan.id.clone(), plan.clone());
            }
            Event::SavingsPlanAutoRenewSet { plan, on, .. } => {
                if let Some(p) = self.savings_plans.get_mut(plan) {
                    p.auto_renew = *on;
                }
            }
            Event::SavingsPlanScopeChanged { plan, scope, .. } => {
                if let Some(p) = self.savings_plans.get_mut(plan) {
                    p.scope = scope.clone();
                }
            }
            Event::SavingsPlanRenewed { old, new, .. } => {
                if let Some(p) = self.savings_plans.get_mut(old) {
                    p.status = SavingsPlanStatus::Renewed;
                }
                if self.database_plans.contains(old) {
                    self.database_plans.insert(new.id.clone());
                }
                self.savings_plans.insert(new.id.clone(), new.clone());
            }
            Event::SavingsPlanExpired { plan, .. } => {
                if let Some(p) = self.savings_plans.get_mut(plan) {
                    p.status = SavingsPlanStatus::Expired;
                }
            }
            Event::ReservationTradedIn {
                customer,
                reservation,
                refund,
                stopped_payments,
                plan,
            } => {
                // R12: the partner's own cost prorated, as for a refund at this moment
                let partner_refund = self
                    .reservations
                    .get(reservation)
                    .map(|r| super::finance::refund_quote(self, r).partner_refund)
                    .unwrap_or(Money::ZERO);
                // R21: a SQL Database reservation becomes a savings plan for databases
                if self.reservations.get(reservation).is_some_and(|r| {
                    self.catalogue
                        .product(&r.product)
                        .is_some_and(|p| p.product_type == ProductType::SqlDatabase)
                }) {
                    self.database_plans.insert(plan.id.clone());
                }
                self.set_status(reservation, ReservationStatus::Cancelled);
                // R21: not counted towards the refund cap
                self.refunds.push(RefundRecord {
                    customer: customer.clone(),
                    reservation: reservation.clone(),
                    at,
                    gross: Money::ZERO,
                    refund: *refund,
                    stopped_payments: *stopped_payments,
                    partner_refund,
                });
                self.savings_plans.insert(plan.id.clone(), plan.clone());
            }
            Event::ExchangeGracePeriodEndSet { end } => {
                self.exchange_grace_end = *end;
            }
            Event::CustomerPriceSet {
                product,
                term,
                price,
            } => {
                self.customer_prices
                    .insert((product.clone(), *term), *price);
            }
            Event::EarlyTerminationFeeSet { basis_points } => {
                self.early_termination_fee_bp = *basis_points;
            }
            Event::ReservationPurchased { reservation } => {
                self.reservations
                    .insert(reservation.id.clone(), reservation.clone());
            }
            Event::ReservationExchanged { old, new, .. } => {
                self.set_status(old, ReservationStatus::Exchanged);
                self.reservations.insert(new.id.clone(), new.clone());
            }
            Event::ReservationCancelled {
                customer,
                reservation,
                refund,
                fee,
            } => {
                self.set_status(reservation, ReservationStatus::Cancelled);
                // recorded before billing plans counted: every reservation as upfront
                let partner_refund = self
                    .reservations
                    .get(reservation)
                    .map(|r| r.partner_share(*refund))
                    .unwrap_or(Money::ZERO);
                self.refunds.push(RefundRecord {
                    customer: customer.clone(),
                    reservation: reservation.clone(),
                    at,
                    gross: *refund + *fee,
                    refund: *refund,
                    stopped_payments: Money::ZERO,
                    partner_refund,
                });
            }
            Event::ReservationRefunded {
                customer,
                reservation,
                refund,
                stopped_payments,
                counted,
                partner_refund,
                ..
            } => {
                self.set_status(reservation, ReservationStatus::Cancelled);
                self.refunds.push(RefundRecord {
                    customer: customer.clone(),
                    reservation: reservation.clone(),
                    at,
                    gross: *counted,
                    refund: *refund,
                    stopped_payments: *stopped_payments,
                    partner_refund: *partner_refund,
                });
            }
            Event::AutoRenewSet {
                reservation, on, ..
            } => {
                if let Some(r) = self.reservations.get_mut(reservation) {
                    r.auto_renew = *on;
                }
            }
            Event::ScopeChanged {
                reservation, scope, ..
            } => {
                if let Some(r) = self.reservations.get_mut(reservation) {
                    r.scope = scope.clone();
                }
            }
            Event::ReservationRenewed { old, new, .. } => {
                self.set_status(old, ReservationStatus::Renewed);
                self.reservations.insert(new.id.clone(), new.clone());
            }
            Event::ReservationExpired { reservation, .. }
            | Event::ReservationNotRenewed { reservation, .. } => {
                self.set_status(reservation, ReservationStatus::Expired);
            }
            Event::UsageRecorded {
                subscription,
                product,
                region,
                hours_per_month,
                ..
            } => {
                let key = (subscription.clone(), product.clone(), region.clone());
                if *hours_per_month == 0 {
                    self.usage.remove(&key);
                } else {
                    self.usage.insert(key, *hours_per_month);
                }
            }
            Event::ClockAdvanced { to } => {
                self.now = *to;
            }
        }
        self.log.push(recorded);
    }

    fn set_status(&mut self, id: &ReservationId, status: ReservationStatus) {
        if let Some(r) = self.reservations.get_mut(id) {
            r.status = status;
        }
    }

    /// Rebuilds a state from its genesis and events (storage, import, share links).
    pub fn replay(genesis: State, events: impl IntoIterator<Item = Recorded>) -> State {
        let mut state = genesis;
        let events = events.into_iter();
        // one allocation for the log, not a copy of it at every doubling
        state.log.reserve(events.size_hint().0);
        for e in events {
            state.evolve(e);
        }
        state
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::demo::{self, ids};
    use crate::domain::{CustomerId, RbacRole};

    /// (customer id, [(user id, roles)])
    type Listing = Vec<(String, Vec<(String, Vec<RbacRole>)>)>;

    fn names_and_roles(listed: &[(&super::Customer, Vec<super::UserWithRoles<'_>>)]) -> Listing {
        listed
            .iter()
            .map(|(c, users)| {
                let users = users
                    .iter()
                    .map(|(u, roles)| (u.id.to_string(), roles.clone()))
                    .collect();
                (c.id.to_string(), users)
            })
            .collect()
    }

    #[test]
    fn a_customer_user_belongs_to_one_customer_and_partner_users_to_none() {
        use crate::domain::{Actor, UserId};
        let state = demo::demo();
        let owner = Actor::Customer(UserId::new(ids::CONTOSO_OWNER));
        assert_eq!(
            state.customer_of(&owner),
            Some(&CustomerId::new(ids::CONTOSO))
        );
        assert_eq!(state.customer_of(&demo::admin()), None);
        assert_eq!(
            state.customer_of(&Actor::Customer(UserId::new("u99"))),
            None
        );
        assert_eq!(state.customer_of(&Actor::Simulator), None);
    }

    #[test]
    fn the_directory_lists_every_customer_and_narrows_to_one_with_the_same_rows() {
        let state = demo::demo();
        let all = state.directory(None);
        assert_eq!(all.len(), state.customers.len());
        let contoso = CustomerId::new(ids::CONTOSO);
        let whole = names_and_roles(&all);
        let (_, contoso_users) = whole
            .iter()
            .find(|(c, _)| c == ids::CONTOSO)
            .expect("the demo has Contoso");
        assert!(contoso_users
            .iter()
            .any(|(u, roles)| u == ids::CONTOSO_OWNER && roles == &[RbacRole::Owner]));
        assert_eq!(
            names_and_roles(&state.directory(Some(&contoso))),
            vec![(ids::CONTOSO.to_string(), contoso_users.clone())]
        );
        assert!(state
            .directory(Some(&CustomerId::new("cust-none")))
            .is_empty());
    }
}
