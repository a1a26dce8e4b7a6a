//! The Azure portal (simulated), seen by customer users: Reservations (a list blade and a
//! details blade per reservation), Savings plans (the same, R16–R20), the purchase blades,
//! and Access control (IAM) of a subscription. Blades: breadcrumb, title, command bar, body.
use super::coverage::CoverageView;
use super::model::{use_app, Msg};
use super::purchase::PurchaseForm;
use super::reservation::{product_name, scope_label, status_label, ReservationDetails};
use super::route::{Link, Route};
use super::savings_plan::{SavingsPlanDetails, SavingsPlanForm, SavingsPlanList};
use super::widgets::{on_change_set, NoticeBar};
use crate::domain::finance::{coverage, View};
use crate::domain::projections::{actor_name, orders_of};
use crate::domain::{
    Actor, Command, RbacRole, ReservationId, SavingsPlanId, SubscriptionId, UserId,
};
use crate::i18n::{format_date, t, t_args, Locale};
use yew::prelude::*;

/// A blade: the breadcrumb (Home > … > this), its title, the notice, the body.
fn blade(locale: Locale, crumbs: &[(String, Option<Route>)], title: String, body: Html) -> Html {
    html! {
        <section class="blade">
            <nav class="breadcrumb" aria-label={t(locale, "breadcrumb-label")}>
                <Link to={Route::PortalReservations}>{t(locale, "portal-home")}</Link>
                { for crumbs.iter().map(|(label, to)| html! {
                    <>
                    <span aria-hidden="true">{" > "}</span>
                    if let Some(to) = to { <Link to={to.clone()}>{label.clone()}</Link> } else { <span>{label.clone()}</span> }
                    </>
                }) }
            </nav>
            <h1>{title}</h1>
            {body}
        </section>
    }
}

/// A portal blade that belongs to a customer user, opened by a partner user.
fn partner_hint(locale: Locale, title: &str) -> Html {
    blade(
        locale,
        &[],
        t(locale, title),
        html! { <p>{t(locale, "portal-partner-hint")}</p> },
    )
}

fn not_found(locale: Locale) -> Html {
    blade(locale, &[], t(locale, "not-found-title"), html! {})
}

fn reservations_crumb(locale: Locale) -> (String, Option<Route>) {
    (
        t(locale, "portal-nav-reservations"),
        Some(Route::PortalReservations),
    )
}

fn plans_crumb(locale: Locale) -> (String, Option<Route>) {
    (
        t(locale, "portal-nav-savings-plans"),
        Some(Route::PortalSavingsPlans),
    )
}

/// Reservations: one clean row per reservation, each opening its details blade.
#[component]
pub fn PortalReservations() -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(customer) = state.customer_of(&app.persona).cloned() else {
        return partner_hint(locale, "portal-nav-reservations");
    };
    let list = orders_of(&state, &customer);
    let used = coverage(&state, &customer).utilisation;
    let body = html! {
        <>
        <div class="commandbar" role="toolbar" aria-label={t(locale, "portal-commands")}>
            <Link to={Route::PortalPurchase} classes="command">{"+ "}{t(locale, "portal-purchase")}</Link>
        </div>
        <NoticeBar portal=true />
        <p class="hint">{t(locale, "portal-r10-note")}</p>
        if list.is_empty() {
            <p data-testid="portal-reservations-none">{t(locale, "portal-reservations-none")}</p>
        } else {
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(locale, "table-region")}>
            <table class="grid" data-testid="portal-reservations">
                <thead><tr><th>{t(locale, "col-reservation")}</th><th>{t(locale, "col-product")}</th><th>{t(locale, "col-quantity")}</th><th>{t(locale, "col-scope")}</th><th>{t(locale, "col-ends")}</th><th>{t(locale, "col-status")}</th><th>{t(locale, "col-utilisation")}</th></tr></thead>
                <tbody>
                { for list.iter().map(|r| html! {
                    <tr data-reservation={r.id.to_string()}>
                        <td><a href={Route::PortalReservation { id: r.id.to_string() }.href()}>{r.id.to_string()}</a></td>
                        <td>{product_name(&state, &r.product)}</td>
                        <td>{r.quantity}</td>
                        <td>{scope_label(locale, &state, &r.scope)}</td>
                        <td>{format_date(locale, r.end)}</td>
                        <td>{status_label(locale, r)}</td>
                        <td data-testid="utilisation">{ used.get(&r.id).map(|p| format!("{p} %")).unwrap_or_else(|| "—".into()) }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
        }
        <h2>{t(locale, "savings-title")}</h2>
        <CoverageView customer={customer.clone()} view={View::AzurePortal} />
        </>
    };
    blade(locale, &[], t(locale, "portal-nav-reservations"), body)
}

#[derive(Properties, PartialEq)]
pub struct IdProps {
    pub id: String,
}

/// One reservation of the customer: Essentials and the command bar (R10 refuses them all).
#[component]
pub fn PortalReservation(props: &IdProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(customer) = state.customer_of(&app.persona).cloned() else {
        return partner_hint(locale, "portal-nav-reservations");
    };
    let id = ReservationId::new(props.id.as_str());
    match state.reservations.get(&id) {
        Some(r) if r.customer == customer => {
            let used = coverage(&state, &customer).utilisation.get(&id).copied();
            blade(
                locale,
                &[reservations_crumb(locale), (props.id.clone(), None)],
                format!("{} — {}", product_name(&state, &r.product), r.id),
                html! { <ReservationDetails reservation={id.clone()} utilisation={used} /> },
            )
        }
        _ => not_found(locale),
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
        locale,
        &[reservations_crumb(locale)],
        t(locale, "portal-purchase-title"),
        html! { <><NoticeBar portal=true /><PurchaseForm customer={customer} portal=true /></> },
    )
}

/// Savings plans: all of the customer's, with utilisation (R18: only here, never in
/// Partner Center, when the customer bought them).
#[component]
pub fn PortalSavingsPlans() -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(customer) = state.customer_of(&app.persona).cloned() else {
        return partner_hint(locale, "portal-nav-savings-plans");
    };
    let body = html! {
        <>
        <div class="commandbar" role="toolbar" aria-label={t(locale, "portal-commands")}>
            <Link to={Route::PortalSavingsPlanPurchase} classes="command">{"+ "}{t(locale, "portal-savings-plan-purchase")}</Link>
        </div>
        <NoticeBar portal=true />
        <p class="hint">{t(locale, "portal-r20-note")}</p>
        <SavingsPlanList customer={customer.clone()} portal=true />
        <h2>{t(locale, "savings-title")}</h2>
        <CoverageView customer={customer.clone()} view={View::AzurePortal} />
        </>
    };
    blade(locale, &[], t(locale, "portal-nav-savings-plans"), body)
}

#[component]
pub fn PortalSavingsPlan(props: &IdProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(customer) = state.customer_of(&app.persona).cloned() else {
        return partner_hint(locale, "portal-nav-savings-plans");
    };
    let id = SavingsPlanId::new(props.id.as_str());
    match state.savings_plans.get(&id) {
        Some(p) if p.customer == customer => blade(
            locale,
            &[plans_crumb(locale), (p.name.clone(), None)],
            p.name.clone(),
            html! { <SavingsPlanDetails plan={id.clone()} /> },
        ),
        _ => not_found(locale),
    }
}

#[component]
pub fn PortalSavingsPlanPurchase() -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(customer) = state.customer_of(&app.persona).cloned() else {
        return partner_hint(locale, "portal-savings-plan-purchase");
    };
    blade(
        locale,
        &[plans_crumb(locale)],
        t(locale, "savings-plan-purchase-title"),
        html! { <SavingsPlanForm customer={customer} portal=true /> },
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
        return not_found(locale);
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
        <div class="table-scroll" tabindex="0" role="region" aria-label={t(locale, "table-region")}>
        <table class="grid" data-testid="iam">
            <thead><tr><th>{t(locale, "col-user")}</th><th>{t(locale, "col-role")}</th><th>{t(locale, "col-actions")}</th></tr></thead>
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
        </div>
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
    blade(
        locale,
        &[(sub.name.clone(), None)],
        t(locale, "iam-title"),
        html! { <><NoticeBar portal=true />{body}</> },
    )
}
