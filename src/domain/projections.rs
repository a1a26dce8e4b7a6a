//! Read models over the state: activity log (R4, R6, R15), order history and the
//! reservations page (R6), and the who-may grid (`explain`, the same rules as `decide`).
use super::event::{Actor, Event, Operation, Recorded};
use super::ids::*;
use super::model::*;
use super::rules::{authorize, Action, Decision, Reason, RuleId};
use super::state::State;
use super::time::Timestamp;
use std::collections::BTreeSet;

/// "May this actor do this?", through the very checks `decide` runs.
pub fn explain(state: &State, actor: &Actor, action: &Action) -> Decision {
    authorize(state, actor, action)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GridAction {
    PermissionOn,
    PermissionOff,
    Buy,
    Exchange,
    Cancel,
    Renew,
    ChangeScope,
    SavingsPlanPermissionOn,
    SavingsPlanPermissionOff,
    BuySavingsPlan,
    CancelSavingsPlan,
    TradeIn,
}

impl GridAction {
    pub const ALL: [GridAction; 12] = [
        GridAction::PermissionOn,
        GridAction::PermissionOff,
        GridAction::Buy,
        GridAction::Exchange,
        GridAction::Cancel,
        GridAction::Renew,
        GridAction::ChangeScope,
        GridAction::SavingsPlanPermissionOn,
        GridAction::SavingsPlanPermissionOff,
        GridAction::BuySavingsPlan,
        GridAction::CancelSavingsPlan,
        GridAction::TradeIn,
    ];
    pub fn key(self) -> &'static str {
        match self {
            GridAction::PermissionOn => "grid-permission-on",
            GridAction::PermissionOff => "grid-permission-off",
            GridAction::Buy => "grid-buy",
            GridAction::Exchange => "grid-exchange",
            GridAction::Cancel => "grid-cancel",
            GridAction::Renew => "grid-renew",
            GridAction::ChangeScope => "grid-change-scope",
            GridAction::SavingsPlanPermissionOn => "grid-sp-permission-on",
            GridAction::SavingsPlanPermissionOff => "grid-sp-permission-off",
            GridAction::BuySavingsPlan => "grid-buy-savings-plan",
            GridAction::CancelSavingsPlan => "grid-cancel-savings-plan",
            GridAction::TradeIn => "grid-trade-in",
        }
    }
    /// Stable code used in scenario expectations.
    pub fn code(self) -> &'static str {
        match self {
            GridAction::PermissionOn => "permission-on",
            GridAction::PermissionOff => "permission-off",
            GridAction::Buy => "buy",
            GridAction::Exchange => "exchange",
            GridAction::Cancel => "cancel",
            GridAction::Renew => "renew",
            GridAction::ChangeScope => "change-scope",
            GridAction::SavingsPlanPermissionOn => "savings-plan-permission-on",
            GridAction::SavingsPlanPermissionOff => "savings-plan-permission-off",
            GridAction::BuySavingsPlan => "buy-savings-plan",
            GridAction::CancelSavingsPlan => "cancel-savings-plan",
            GridAction::TradeIn => "trade-in",
        }
    }
    pub fn from_code(code: &str) -> Option<GridAction> {
        GridAction::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// Buying needs a billing subscription; the grid asks about the one that suits the actor
/// best: the first that is allowed, else the one with fewest unmet conditions.
pub fn explain_buy(state: &State, actor: &Actor, customer: &CustomerId) -> Decision {
    explain_buy_as(state, actor, customer, |customer, subscription| {
        Action::BuyReservation {
            customer,
            subscription,
        }
    })
}

/// The same question for a savings plan (R17).
pub fn explain_buy_savings_plan(state: &State, actor: &Actor, customer: &CustomerId) -> Decision {
    explain_buy_as(state, actor, customer, |customer, subscription| {
        Action::BuySavingsPlan {
            customer,
            subscription,
        }
    })
}

fn explain_buy_as(
    state: &State,
    actor: &Actor,
    customer: &CustomerId,
    buy: fn(CustomerId, SubscriptionId) -> Action,
) -> Decision {
    let mut best: Option<Decision> = None;
    for sub in state.subscriptions_of(customer) {
        let d = explain(state, actor, &buy(customer.clone(), sub.id.clone()));
        if d.is_allowed() {
            return d;
        }
        if best
            .as_ref()
            .is_none_or(|b| d.reasons().len() < b.reasons().len())
        {
            best = Some(d);
        }
    }
    best.unwrap_or_else(|| {
        explain(
            state,
            actor,
            &buy(customer.clone(), SubscriptionId::new("")),
        )
    })
}

/// What a grid cell is asked about: the customer, and the reservation and savings plan
/// the reservation-level and plan-level actions are about.
#[derive(Clone, Copy, Debug)]
pub struct GridTarget<'a> {
    pub customer: &'a CustomerId,
    pub reservation: Option<&'a ReservationId>,
    pub plan: Option<&'a SavingsPlanId>,
}

/// One cell of the who-may grid.
pub fn explain_grid_action(
    state: &State,
    actor: &Actor,
    target: GridTarget,
    action: GridAction,
) -> Decision {
    let customer = target.customer;
    let on_reservation = |make: fn(ReservationId) -> Action| match target.reservation {
        Some(r) => explain(state, actor, &make(r.clone())),
        None => Decision::Denied(vec![Reason::new(RuleId::V1, "deny-no-reservation")]),
    };
    let permission = |on: bool, resource| {
        explain(
            state,
            actor,
            &Action::SetPermission {
                customer: customer.clone(),
                on,
                resource,
            },
        )
    };
    match action {
        GridAction::PermissionOn | GridAction::PermissionOff => permission(
            action == GridAction::PermissionOn,
            PermissionResource::AzureReservedInstances,
        ),
        GridAction::SavingsPlanPermissionOn | GridAction::SavingsPlanPermissionOff => permission(
            action == GridAction::SavingsPlanPermissionOn,
            PermissionResource::AzureSavingsPlan,
        ),
        GridAction::BuySavingsPlan => explain_buy_savings_plan(state, actor, customer),
        GridAction::CancelSavingsPlan => match target.plan {
            Some(plan) => explain(
                state,
                actor,
                &Action::ReturnSavingsPlan { plan: plan.clone() },
            ),
            None => Decision::Denied(vec![Reason::new(RuleId::V1, "deny-no-savings-plan")]),
        },
        GridAction::TradeIn => on_reservation(|reservation| Action::TradeIn { reservation }),
        GridAction::Buy => explain_buy(state, actor, customer),
        GridAction::Exchange => on_reservation(|reservation| Action::Exchange { reservation }),
        GridAction::Cancel => on_reservation(|reservation| Action::Cancel { reservation }),
        GridAction::Renew => on_reservation(|reservation| Action::SetAutoRenew { reservation }),
        GridAction::ChangeScope => {
            on_reservation(|reservation| Action::ChangeScope { reservation })
        }
    }
}

pub struct GridRow {
    pub actor: Actor,
    pub cells: Vec<(GridAction, Decision)>,
}

/// Every persona that could act on this customer (all partner users, the customer's own
/// users) × every grid action.
pub fn who_may(state: &State, target: GridTarget) -> Vec<GridRow> {
    personas_for(state, target.customer)
        .map(|actor| GridRow {
            cells: GridAction::ALL
                .into_iter()
                .map(|a| (a, explain_grid_action(state, &actor, target, a)))
                .collect(),
            actor,
        })
        .collect()
}

fn personas_for<'a>(
    state: &'a State,
    customer: &'a CustomerId,
) -> impl Iterator<Item = Actor> + 'a {
    state
        .partner_users
        .keys()
        .map(|u| Actor::Partner(u.clone()))
        .chain(
            state
                .users_of(customer)
                .map(|u| Actor::Customer(u.id.clone())),
        )
}

/// How an actor is named in the activity log and the persona switcher.
pub fn actor_name(state: &State, actor: &Actor) -> String {
    match actor {
        Actor::Partner(u) => state
            .partner_users
            .get(u)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| u.to_string()),
        Actor::Customer(u) => state
            .customer_users
            .get(u)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| u.to_string()),
        Actor::Simulator => "Simulator".to_string(),
    }
}

/// Filters of the activity log page; `None` is "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActivityFilter {
    pub from: Option<Timestamp>,
    /// Inclusive of the whole day it names.
    pub to: Option<Timestamp>,
    /// A customer id, or part of a customer's name (any case).
    pub customer: Option<String>,
    pub operation: Option<Operation>,
}

impl ActivityFilter {
    fn matches(&self, r: &Recorded, customers: Option<&BTreeSet<&CustomerId>>) -> bool {
        self.from.is_none_or(|f| r.at >= f)
            && self.to.is_none_or(|t| r.at < t.plus_days(1))
            && customers.is_none_or(|set| r.event.customer().is_some_and(|c| set.contains(c)))
            && self.operation.is_none_or(|op| r.event.operation() == op)
    }
}

/// What a person typed into a search box, as every search by name reads it: spaces around
/// it ignored, letters in any case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextQuery {
    exact: String,
    folded: String,
}

impl TextQuery {
    pub fn new(typed: &str) -> TextQuery {
        let exact = typed.trim().to_string();
        let folded = exact.to_lowercase();
        TextQuery { exact, folded }
    }

    /// Nothing typed but spaces: everything matches.
    pub fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }

    /// `text` contains the query, in any case (an empty query is in every text).
    pub fn found_in(&self, text: &str) -> bool {
        text.to_lowercase().contains(&self.folded)
    }

    /// The query, trimmed, is exactly `text` (an id typed in full).
    pub fn is(&self, text: &str) -> bool {
        self.exact == text
    }
}

/// The customers a filter's text names: the one with that id, or those whose name contains it.
fn customers_named<'a>(state: &'a State, query: &str) -> BTreeSet<&'a CustomerId> {
    let query = TextQuery::new(query);
    state
        .customers
        .values()
        .filter(|c| query.is(c.id.as_str()) || query.found_in(&c.name))
        .map(|c| &c.id)
        .collect()
}

/// R18: a savings plan the customer bought itself (or a renewal of one) is invisible to
/// Partner Center and its APIs.
pub fn plan_hidden_from_partner(state: &State, plan: &SavingsPlan) -> bool {
    state.customer_users.contains_key(&plan.bought_by)
}

/// R18: one of a customer's savings plans as Partner Center may show it: none when the
/// customer bought it (or it is another customer's), whoever asks for it by its id.
pub fn plan_shown_to_partner<'a>(
    state: &'a State,
    customer: &CustomerId,
    plan: &SavingsPlanId,
) -> Option<&'a SavingsPlan> {
    state
        .savings_plans
        .get(plan)
        .filter(|p| &p.customer == customer && !plan_hidden_from_partner(state, p))
}

/// R18: whether Partner Center shows a recorded event at all (its Activity log does not
/// show a customer's own savings plans, nor anything done to them).
pub fn visible_to_partner(state: &State, recorded: &Recorded) -> bool {
    let hidden = |id: &SavingsPlanId| {
        state
            .savings_plans
            .get(id)
            .is_some_and(|p| plan_hidden_from_partner(state, p))
    };
    match &recorded.event {
        Event::SavingsPlanPurchased { plan } => !plan_hidden_from_partner(state, plan),
        Event::SavingsPlanRenewed { old: plan, .. }
        | Event::SavingsPlanAutoRenewSet { plan, .. }
        | Event::SavingsPlanScopeChanged { plan, .. }
        | Event::SavingsPlanExpired { plan, .. } => !hidden(plan),
        _ => true,
    }
}

/// The activity log, newest first, filtered: one entry per recorded event that Partner
/// Center shows (R15, R18).
pub fn activity<'a>(
    state: &'a State,
    filter: &'a ActivityFilter,
) -> impl Iterator<Item = &'a Recorded> + 'a {
    let customers = filter
        .customer
        .as_deref()
        .filter(|q| !q.trim().is_empty())
        .map(|q| customers_named(state, q));
    state
        .log
        .iter()
        .rev()
        .filter(move |r| filter.matches(r, customers.as_ref()) && visible_to_partner(state, r))
}

/// A line of a customer's Order history (R6, R18): a reservation, or a savings plan the
/// partner bought (the customer's own savings plans never appear in Partner Center).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OrderLine<'a> {
    Reservation(&'a Reservation),
    SavingsPlan(&'a SavingsPlan),
}

impl OrderLine<'_> {
    pub fn start(&self) -> Timestamp {
        match self {
            OrderLine::Reservation(r) => r.start,
            OrderLine::SavingsPlan(p) => p.start,
        }
    }
    pub fn order(&self) -> &OrderId {
        match self {
            OrderLine::Reservation(r) => &r.order,
            OrderLine::SavingsPlan(p) => &p.order,
        }
    }
}

/// R14: the reservations whose renewal a failed purchase check stopped, with the billing
/// subscription that was no longer eligible and when (one pass over the history).
pub fn not_renewed(
    state: &State,
) -> std::collections::BTreeMap<&ReservationId, (&SubscriptionId, Timestamp)> {
    state
        .log
        .iter()
        .filter_map(|e| match &e.event {
            Event::ReservationNotRenewed {
                reservation,
                billing_subscription,
                ..
            } => Some((reservation, (billing_subscription, e.at))),
            _ => None,
        })
        .collect()
}

/// R14: why one reservation was not renewed, if a failed purchase check stopped its
/// renewal. Only an expired reservation can have been: an active one is answered at once,
/// without reading the history (a reservation's blade asks at every render).
pub fn not_renewed_of<'a>(
    state: &'a State,
    r: &Reservation,
) -> Option<(&'a SubscriptionId, Timestamp)> {
    if r.status != ReservationStatus::Expired {
        return None;
    }
    state.log.iter().rev().find_map(|e| match &e.event {
        Event::ReservationNotRenewed {
            reservation,
            billing_subscription,
            ..
        } if reservation == &r.id => Some((billing_subscription, e.at)),
        _ => None,
    })
}

/// Order history as Partner Center shows it: newest first.
pub fn order_history<'a>(state: &'a State, customer: &'a CustomerId) -> Vec<OrderLine<'a>> {
    let mut v: Vec<OrderLine> = state
        .reservations_of(customer)
        .map(OrderLine::Reservation)
        .chain(
            state
                .savings_plans_of(customer)
                .filter(|p| !plan_hidden_from_partner(state, p))
                .map(OrderLine::SavingsPlan),
        )
        .collect();
    v.sort_by(|a, b| (b.start(), b.order()).cmp(&(a.start(), a.order())));
    v
}

/// Savings plans of a customer as a console shows them, newest first: the Azure portal
/// shows all of them; Partner Center only those the partner bought (R18).
pub fn savings_plans_shown<'a>(
    state: &'a State,
    customer: &'a CustomerId,
    partner_view: bool,
) -> Vec<&'a SavingsPlan> {
    let mut v: Vec<&SavingsPlan> = state
        .savings_plans_of(customer)
        .filter(|p| !partner_view || !plan_hidden_from_partner(state, p))
        .collect();
    v.sort_by(|a, b| (b.start, &b.id).cmp(&(a.start, &a.id)));
    v
}

/// Order history and the reservations page of one customer (R6): partner and customer
/// purchases side by side, newest first.
pub fn orders_of<'a>(state: &'a State, customer: &CustomerId) -> Vec<&'a Reservation> {
    let mut v: Vec<&Reservation> = state
        .reservations
        .values()
        .filter(|r| &r.customer == customer)
        .collect();
    v.sort_by(|a, b| (b.start, &b.order).cmp(&(a.start, &a.order)));
    v
}

/// One CSV line per entry, with stable codes and a display column.
/// `operation_name` gives the display column (the UI passes its translation); the codes
/// beside it keep a file readable whatever language wrote it.
pub fn activity_csv<'a>(
    state: &State,
    entries: impl Iterator<Item = &'a Recorded>,
    operation_name: impl Fn(Operation) -> String,
) -> String {
    let mut out =
        String::from("seq,date_time,customer_id,customer,operation_code,operation,user,status\n");
    for r in entries {
        let customer = r.event.customer();
        let customer_name = customer
            .and_then(|c| state.customers.get(c))
            .map(|c| c.name.as_str())
            .unwrap_or("");
        let op = r.event.operation();
        let fields = [
            r.seq.to_string(),
            r.at.iso(),
            customer.map(|c| c.to_string()).unwrap_or_default(),
            customer_name.to_string(),
            op.code().to_string(),
            operation_name(op),
            actor_name(state, &r.actor),
            "Succeeded".to_string(),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

/// Quotes a CSV field; a leading formula character is neutralised for spreadsheets.
fn csv_field(value: &str) -> String {
    let needs_guard = value.starts_with(['=', '+', '-', '@']);
    let v = if needs_guard {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if v.contains([',', '"', '\n', '\r']) || needs_guard {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo;

    #[test]
    fn a_search_ignores_surrounding_spaces_and_letter_case() {
        let q = TextQuery::new("  ContoSO ");
        assert!(q.found_in("Contoso Ltd") && q.found_in("contoso.example"));
        assert!(!q.found_in("Northwind Traders"));
        assert!(q.is("ContoSO") && !q.is("contoso"));
        assert!(TextQuery::new("   ").is_empty());
        assert!(
            TextQuery::new("Ågren").found_in("ÅGREN BYGG"),
            "beyond ASCII too"
        );
    }

    #[test]
    fn the_activity_filter_finds_a_customer_by_id_or_by_name_with_spaces_around() {
        let state = demo::demo();
        let by_name = customers_named(&state, " contoso ");
        let by_id = customers_named(&state, " cust-001");
        assert_eq!(by_name, by_id);
        assert_eq!(by_name.len(), 1);
    }
}
