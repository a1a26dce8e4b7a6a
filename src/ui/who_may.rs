//! "Who may?": every persona × action for one customer (and one reservation), each cell
//! the domain's own decision with its rule ids. Recomputed on every change.
use super::model::use_app;
use super::widgets::persona_name;
use super::widgets::{decision_badge, event_value, reason_line};
use crate::domain::projections::{plan_hidden_from_partner, who_may, GridAction, GridTarget};
use crate::domain::{CustomerId, ReservationId, RuleId, SavingsPlanId};
use crate::i18n::{t, t_args};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhoMayProps {
    pub customer: String,
    /// The reservation the reservation-level actions are asked about; first active if none.
    #[prop_or_default]
    pub reservation: Option<String>,
}

#[component]
pub fn WhoMay(props: &WhoMayProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let picked = use_state(|| props.reservation.clone());
    let picked_plan = use_state(|| None::<String>);
    let state = app.state();
    let customer = CustomerId::new(props.customer.as_str());
    let Some(c) = state.customers.get(&customer) else {
        return html! { <section class="page"><h1>{t(locale, "not-found-title")}</h1></section> };
    };
    let active: Vec<_> = state
        .reservations_of(&customer)
        .filter(|r| r.is_active())
        .map(|r| r.id.to_string())
        .collect();
    let reservation = picked
        .as_ref()
        .filter(|p| active.contains(p))
        .cloned()
        .or_else(|| active.first().cloned())
        .map(ReservationId::new);
    // a teaching view: every plan of the customer, the ones Partner Center never shows too
    let plans: Vec<(String, String, bool)> = state
        .savings_plans_of(&customer)
        .filter(|p| p.is_active())
        .map(|p| {
            (
                p.id.to_string(),
                p.name.clone(),
                plan_hidden_from_partner(&state, p),
            )
        })
        .collect();
    let plan = picked_plan
        .as_ref()
        .filter(|p| plans.iter().any(|(id, _, _)| id == *p))
        .cloned()
        .or_else(|| plans.first().map(|(id, _, _)| id.clone()))
        .map(SavingsPlanId::new);
    let hidden = plans.iter().filter(|(_, _, hidden)| *hidden).count();
    let grid = who_may(
        &state,
        GridTarget {
            customer: &customer,
            reservation: reservation.as_ref(),
            plan: plan.as_ref(),
        },
    );
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |e: Event| picked.set(Some(event_value(&e))))
    };
    let on_pick_plan = {
        let picked = picked_plan.clone();
        Callback::from(move |e: Event| picked.set(Some(event_value(&e))))
    };
    html! {
        <section class="page who-may">
            <h1>{t(locale, "who-may-title")}{" — "}{c.name.clone()}</h1>
            <label for="who-may-reservation">{t(locale, "who-may-reservation")}</label>
            <select id="who-may-reservation" onchange={on_pick}>
                { for active.iter().map(|id| html! { <option value={id.clone()} selected={reservation.as_ref().is_some_and(|r| r.as_str() == id)}>{id.clone()}</option> }) }
            </select>
            if !plans.is_empty() {
                <label for="who-may-plan">{t(locale, "who-may-plan")}</label>
                <select id="who-may-plan" onchange={on_pick_plan}>
                    { for plans.iter().map(|(id, name, _)| html! { <option value={id.clone()} selected={plan.as_ref().is_some_and(|p| p.as_str() == id)}>{format!("{name} ({id})")}</option> }) }
                </select>
            }
            if hidden > 0 {
                // R18, said in the simulator's own voice: Partner Center itself stays blind
                <p class="notice teaching" data-testid="r18-note">
                    <a class="rule-id" href="#/rules/R18">{"R18"}</a>{" "}
                    {t_args(locale, "who-may-r18-note", &[("count", hidden.into())])}
                </p>
            }
            <div class="table-scroll">
            <table class="grid who-may-grid" data-testid="who-may">
                <thead><tr><th>{t(locale, "who-may-persona")}</th>
                    { for GridAction::ALL.iter().map(|a| html! { <th scope="col">{t(locale, a.key())}</th> }) }
                </tr></thead>
                <tbody>
                { for grid.iter().map(|row| html! {
                    <tr>
                        <th scope="row">{persona_name(locale, &state, &row.actor)}</th>
                        { for row.cells.iter().map(|(action, decision)| html! {
                            <td data-action={action.code()} class={if decision.is_allowed() { "cell allowed" } else { "cell denied" }}>
                                {decision_badge(locale, decision)}
                                <ul class="reasons">{ for decision.reasons().iter().take(1).map(|r| reason_line(locale, r)) }</ul>
                                if decision.reasons().len() > 1 {
                                    <details class="more-reasons">
                                        <summary>{t_args(locale, "who-may-more", &[("count", (decision.reasons().len() - 1).into())])}</summary>
                                        <ul class="reasons">{ for decision.reasons().iter().skip(1).map(|r| reason_line(locale, r)) }</ul>
                                    </details>
                                }
                            </td>
                        }) }
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct RuleBookProps {
    /// The rule a grid cell linked to; shown highlighted and focused.
    #[prop_or_default]
    pub highlight: String,
}

/// The rules' full text (grid cells and reasons link here, to one rule).
#[component]
pub fn RuleBook(props: &RuleBookProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let highlight = props.highlight.clone();
    html! {
        <section class="page">
            <h1>{t(locale, "rules-title")}</h1>
            <dl class="rules">
            { for RuleId::ALL.iter().map(|r| {
                let current = r.code() == highlight;
                html! {
                    <div class={classes!("rule", current.then_some("current"))} data-rule={r.code()} aria-current={current.then_some("true")}>
                        <dt id={r.code()}>{r.code()}</dt>
                        <dd>{t(locale, &r.text_key())}</dd>
                    </div>
                }
            }) }
            </dl>
        </section>
    }
}
