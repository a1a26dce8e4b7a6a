//! The Azure portal (simulated), seen by customer users: Reservations, Purchase, and
//! Access control (IAM) of a subscription. Blades: title, command bar, body.
use super::customer::{scope_label, status_label, ReservationActions};
use super::model::{use_app, Msg};
use super::purchase::PurchaseForm;
use super::route::{Link, Route};
use super::widgets::{on_change_set, NoticeBar};
use crate::domain::finance::{coverage, Coverage, SubscriptionSavings};
use crate::domain::projections::actor_name;
use crate::domain::{Actor, Command, RbacRole, SubscriptionId, UserId};
use crate::i18n::{format_date, format_number, t, t_args};
use std::rc::Rc;
use yew::prelude::*;

fn blade(title: String, crumb: &str, locale: crate::i18n::Locale, body: Html) -> Html {
    html! {
        <section class="blade">
            <p class="breadcrumb">{t(locale, "portal-home")}{" > "}{crumb.to_string()}</p>
            <h1>{title}</h1>
            <NoticeBar portal=true />
            {body}
        </section>
    }
}

/// A portal blade that belongs to a customer user, opened by a partner user.
fn partner_hint(locale: crate::i18n::Locale, title: &str) -> Html {
    blade(
        t(locale, title),
        "",
        locale,
        html! { <p>{t(locale, "portal-partner-hint")}</p> },
    )
}

#[component]
pub fn PortalReservations() -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(customer) = state.customer_of(&app.persona).cloned() else {
        return partner_hint(locale, "portal-nav-reservations");
    };
    let list = crate::domain::projections::orders_of(&state, &customer);
    let Coverage {
        subscriptions,
        utilisation: used,
        ..
    } = coverage(&state, &customer);
    let usage = Rc::new(subscriptions);
    let body = html! {
        <>
        <div class="commandbar" role="toolbar" aria-label={t(locale, "portal-commands")}>
            <Link to={Route::PortalPurchase} classes="command">{"+ "}{t(locale, "portal-purchase")}</Link>
        </div>
        <p class="hint">{t(locale, "portal-r10-note")}</p>
        <table class="grid" data-testid="portal-reservations">
            <thead><tr><th>{t(locale, "col-reservation")}</th><th>{t(locale, "col-product")}</th><th>{t(locale, "col-quantity")}</th><th>{t(locale, "col-scope")}</th><th>{t(locale, "col-ends")}</th><th>{t(locale, "col-status")}</th><th>{t(locale, "col-utilisation")}</th><th>{t(locale, "col-actions")}</th></tr></thead>
            <tbody>
            { for list.iter().map(|r| html! {
                <tr data-reservation={r.id.to_string()}>
                    <td>{r.id.to_string()}</td>
                    <td>{state.catalogue.product(&r.product).map(|p| p.name).unwrap_or("")}</td>
                    <td>{r.quantity}</td>
                    <td>{scope_label(locale, &state, &r.scope)}</td>
                    <td>{format_date(locale, r.end)}</td>
                    <td>{status_label(locale, r)}</td>
                    <td data-testid="utilisation">{ used.get(&r.id).map(|p| format!("{p} %")).unwrap_or_else(|| "—".into()) }</td>
                    <td>if r.is_active() { <ReservationActions reservation={r.id.clone()} /> }</td>
                </tr>
            }) }
            </tbody>
        </table>
        if list.is_empty() {
            <p data-testid="portal-reservations-none">{t(locale, "portal-reservations-none")}</p>
        }
        <h2>{t(locale, "savings-title")}</h2>
        <SavingsChart rows={usage.clone()} />
        <table class="grid">
            <thead><tr><th>{t(locale, "col-subscription")}</th><th>{t(locale, "savings-used")}</th><th>{t(locale, "savings-covered")}</th></tr></thead>
            <tbody>{ for usage.iter().map(|u| html! {
                <tr><td>{state.subscriptions.get(&u.subscription).map(|s| s.name.clone()).unwrap_or_default()}</td>
                <td>{format_number(locale, u.used_hours)}</td><td>{format_number(locale, u.covered_hours)}</td></tr>
            }) }</tbody>
        </table>
        </>
    };
    blade(
        t(locale, "portal-nav-reservations"),
        &t(locale, "portal-nav-reservations"),
        locale,
        body,
    )
}

#[derive(Properties, PartialEq)]
pub struct SavingsProps {
    /// From `finance::savings` / `finance::coverage`, computed once by the page.
    pub rows: Rc<Vec<SubscriptionSavings>>,
}

/// R9: covered vs uncovered usage per subscription, as SVG bars.
#[component]
pub fn SavingsChart(props: &SavingsProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let rows = &props.rows;
    let max = rows.iter().map(|r| r.used_hours).max().unwrap_or(0).max(1);
    let bar_w = 300u64;
    html! {
        <figure class="savings">
        <div class="legend" aria-hidden="true">
            <span><span class="swatch covered"></span>{t(locale, "savings-covered")}</span>
            <span><span class="swatch uncovered"></span>{t(locale, "savings-uncovered")}</span>
        </div>
        <svg class="chart" role="img" aria-label={t(locale, "savings-chart-label")} viewBox={format!("0 0 640 {}", 30 * rows.len().max(1) + 10)} width="100%">
            { for rows.iter().enumerate().map(|(i, r)| {
                let y = 10 + 30 * i;
                let used = r.used_hours * bar_w / max;
                let covered = r.covered_hours * bar_w / max;
                let name = state.subscriptions.get(&r.subscription).map(|s| s.name.clone()).unwrap_or_default();
                html! {
                    <g>
                        <text x="0" y={(y + 14).to_string()} class="chart-label">{name}</text>
                        <rect x="170" y={y.to_string()} width={used.to_string()} height="18" class="bar-uncovered" />
                        <rect x="170" y={y.to_string()} width={covered.to_string()} height="18" class="bar-covered" />
                        <text x={(175 + used).to_string()} y={(y + 14).to_string()} class="chart-value">{t_args(locale, "savings-bar", &[("covered", format_number(locale, r.covered_hours).into()), ("used", format_number(locale, r.used_hours).into()), ("used_count", r.used_hours.into())])}</text>
                        <title>{t_args(locale, "savings-bar", &[("covered", format_number(locale, r.covered_hours).into()), ("used", format_number(locale, r.used_hours).into()), ("used_count", r.used_hours.into())])}</title>
                    </g>
                }
            }) }
        </svg>
        </figure>
    }
}

#[component]
pub fn PortalPurchase() -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(customer) = state.customer_of(&app.persona).cloned() else {
        return partner_hint(locale, "portal-purchase-title");
    };
    blade(
        t(locale, "portal-purchase-title"),
        &t(locale, "portal-nav-reservations"),
        locale,
        html! { <PurchaseForm customer={customer} portal=true /> },
    )
}

#[derive(Properties, PartialEq)]
pub struct IamProps {
    pub subscription: String,
}

/// Access control (IAM): role assignments on one subscription (S2 decides who may).
#[component]
pub fn PortalIam(props: &IamProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let user = use_state(String::new);
    let role = use_state(|| "Owner".to_string());
    let state = app.state();
    let sid = SubscriptionId::new(props.subscription.as_str());
    let Some(sub) = state.subscriptions.get(&sid) else {
        return blade(t(locale, "not-found-title"), "", locale, html! {});
    };
    let users: Vec<_> = state
        .users_of(&sub.customer)
        .map(|u| (u.id.to_string(), u.name.clone()))
        .collect();
    let chosen_user = if user.is_empty() {
        users.first().map(|u| u.0.clone()).unwrap_or_default()
    } else {
        (*user).clone()
    };
    let parse_role = |r: &str| {
        RbacRole::ALL
            .into_iter()
            .find(|x| format!("{x:?}") == r)
            .unwrap_or(RbacRole::Reader)
    };
    let assign = {
        let app = app.clone();
        let sid = sid.clone();
        let role = parse_role(&role);
        let u = chosen_user.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            app.dispatch(Msg::Execute {
                command: Command::AssignRole {
                    subscription: sid.clone(),
                    user: UserId::new(u.as_str()),
                    role,
                },
                as_simulator: false,
                done: "notice-role-assigned",
            })
        })
    };
    let on_user = on_change_set(&user);
    let on_role = on_change_set(&role);
    let assignments: Vec<_> = state
        .role_assignments
        .iter()
        .filter(|(s, _, _)| s == &sid)
        .cloned()
        .collect();
    let body = html! {
        <>
        <p>{t_args(locale, "iam-intro", &[("subscription", sub.name.clone().into())])}</p>
        <table class="grid" data-testid="iam">
            <thead><tr><th>{t(locale, "col-user")}</th><th>{t(locale, "col-role")}</th><th></th></tr></thead>
            <tbody>{ for assignments.iter().map(|(s, u, r)| {
                let remove = {
                    let app = app.clone();
                    let cmd = Command::RemoveRole { subscription: s.clone(), user: u.clone(), role: *r };
                    Callback::from(move |_| app.dispatch(Msg::Execute { command: cmd.clone(), as_simulator: false, done: "notice-role-removed" }))
                };
                html! { <tr><td>{actor_name(&state, &Actor::Customer(u.clone()))}</td><td>{t(locale, r.key())}</td>
                    <td><button onclick={remove}>{t(locale, "iam-remove")}</button></td></tr> }
            }) }</tbody>
        </table>
        <form class="inline-form" onsubmit={assign}>
            <label for="iam-user">{t(locale, "col-user")}</label>
            <select id="iam-user" onchange={on_user}>
                { for users.iter().map(|(id, name)| html! { <option value={id.clone()} selected={*id == chosen_user}>{name.clone()}</option> }) }
            </select>
            <label for="iam-role">{t(locale, "col-role")}</label>
            <select id="iam-role" onchange={on_role}>
                { for RbacRole::ALL.iter().map(|r| html! { <option value={format!("{r:?}")} selected={format!("{r:?}") == *role}>{t(locale, r.key())}</option> }) }
            </select>
            <button type="submit" class="primary">{t(locale, "iam-assign")}</button>
        </form>
        </>
    };
    blade(t(locale, "iam-title"), &sub.name, locale, body)
}
