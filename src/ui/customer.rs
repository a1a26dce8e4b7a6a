//! Partner Center customer page: Subscriptions, Account (Customer permissions at the
//! bottom, as in the article: Azure reservations and Azure savings plan), Order history,
//! Reservations (a list, and a details page per reservation), Savings plans (those the
//! partner bought: the customer's own never appear here, R18).
use super::coverage::CoverageView;
use super::model::{use_app, Msg};
use super::purchase::PurchaseForm;
use super::reservation::{
    channel_label, not_renewed_note, product_name, scope_label, status_label, ReservationDetails,
};
use super::route::{Link, Route};
use super::savings_plan::{SavingsPlanDetails, SavingsPlanForm, SavingsPlanList};
use super::widgets::{
    exchange_view, on_either, on_input_set, page_bounds, reason_line, NoticeBar, Pager, PAGE_SIZE,
};
use crate::domain::command::{name_error, MAX_NAME_CHARS};
use crate::domain::finance::View;
use crate::domain::projections::{explain, not_renewed, order_history, orders_of, OrderLine};
use crate::domain::{
    Action, Command, CustomerId, Decision, Money, PermissionResource, ReservationId, RuleId,
    SavingsPlanId, SubscriptionKind, SubscriptionStatus,
};
use crate::i18n::{format_date, format_money, t, t_args};
use yew::prelude::*;

const TABS: [(&str, &str); 5] = [
    ("subscriptions", "tab-subscriptions"),
    ("account", "tab-account"),
    ("orders", "tab-order-history"),
    ("reservations", "tab-reservations"),
    ("savings-plans", "tab-savings-plans"),
];

#[derive(Properties, PartialEq)]
pub struct CustomerProps {
    pub id: String,
    pub tab: String,
}

/// Where a page shows the outcome of an action: at the top of the frame, or its body's own
/// place near the commands (a details blade, a purchase form). One place per page, so a
/// notice never shows twice.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Notices {
    InFrame,
    InBody,
}

/// The customer's heading and tabs around a page; `current` names the tab it belongs to.
fn customer_frame(
    locale: crate::i18n::Locale,
    id: &str,
    name: &str,
    current: &str,
    crumb: Option<String>,
    notices: Notices,
    body: Html,
) -> Html {
    html! {
        <section class="page">
            <nav class="breadcrumb" aria-label={t(locale, "breadcrumb-label")}>
                <Link to={Route::Customers}>{t(locale, "nav-customers")}</Link>
                <span aria-hidden="true">{" / "}</span>
                if crumb.is_some() {
                    <Link to={Route::Customer { id: id.to_string(), tab: current.to_string() }}>{name.to_string()}</Link>
                } else {
                    <span>{name.to_string()}</span>
                }
                if let Some(crumb) = &crumb { <span aria-hidden="true">{" / "}</span><span>{crumb.clone()}</span> }
            </nav>
            <h1>{name.to_string()}</h1>
            <nav class="tabs" aria-label={t(locale, "tabs-label")}>
                { for TABS.iter().map(|(tab, key)| html! {
                    <Link to={Route::Customer { id: id.to_string(), tab: tab.to_string() }} classes={classes!((current == *tab).then_some("current"))}>
                        {t(locale, key)}
                    </Link>
                }) }
                <Link to={Route::WhoMay { id: id.to_string() }}>{t(locale, "who-may-link")}</Link>
            </nav>
            if notices == Notices::InFrame { <NoticeBar /> }
            {body}
        </section>
    }
}

#[component]
pub fn CustomerPage(props: &CustomerProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let id = CustomerId::new(props.id.as_str());
    let Some(customer) = state.customers.get(&id) else {
        return html! { <section class="page"><h1>{t(locale, "not-found-title")}</h1></section> };
    };
    let tab = if TABS.iter().any(|(t, _)| *t == props.tab) {
        props.tab.as_str()
    } else {
        "account"
    };
    let body = match tab {
        "subscriptions" => html! { <Subscriptions customer={id.clone()} /> },
        "orders" => html! { <OrderHistory customer={id.clone()} /> },
        "reservations" => html! { <Reservations customer={id.clone()} /> },
        "savings-plans" => html! { <SavingsPlans customer={id.clone()} /> },
        _ => html! { <Account customer={id.clone()} /> },
    };
    // the savings plan form shows its own outcome, beside its button
    let notices = if tab == "savings-plans" {
        Notices::InBody
    } else {
        Notices::InFrame
    };
    customer_frame(locale, &props.id, &customer.name, tab, None, notices, body)
}

#[derive(Properties, PartialEq)]
pub struct CustomerReservationProps {
    pub id: String,
    pub reservation: String,
}

/// One reservation of the customer in Partner Center: Essentials and the command bar.
#[component]
pub fn CustomerReservationPage(props: &CustomerReservationProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let id = CustomerId::new(props.id.as_str());
    let rid = ReservationId::new(props.reservation.as_str());
    match (state.customers.get(&id), state.reservations.get(&rid)) {
        (Some(c), Some(r)) if r.customer == id => customer_frame(
            locale,
            &props.id,
            &c.name,
            "reservations",
            Some(format!("{} — {}", product_name(&state, &r.product), r.id)),
            Notices::InBody,
            html! { <ReservationDetails reservation={rid.clone()} /> },
        ),
        _ => html! { <section class="page"><h1>{t(locale, "not-found-title")}</h1></section> },
    }
}

#[derive(Properties, PartialEq)]
pub struct CustomerPlanProps {
    pub id: String,
    pub plan: String,
}

/// A savings plan the partner bought; the customer's own are not found here (R18).
#[component]
pub fn CustomerSavingsPlanPage(props: &CustomerPlanProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let id = CustomerId::new(props.id.as_str());
    let pid = SavingsPlanId::new(props.plan.as_str());
    let visible = crate::domain::projections::plan_shown_to_partner(&state, &id, &pid);
    match (state.customers.get(&id), visible) {
        (Some(c), Some(p)) => customer_frame(
            locale,
            &props.id,
            &c.name,
            "savings-plans",
            Some(p.name.clone()),
            Notices::InBody,
            html! { <SavingsPlanDetails plan={pid.clone()} /> },
        ),
        _ => html! { <section class="page"><h1>{t(locale, "not-found-title")}</h1></section> },
    }
}

#[derive(Properties, PartialEq)]
struct CustomerOnly {
    customer: CustomerId,
}

#[component]
fn Subscriptions(props: &CustomerOnly) -> Html {
    let app = use_app();
    let locale = app.locale;
    let name = use_state(|| t(locale, "subscription-azure-plan"));
    let kind = use_state(|| SubscriptionKind::AzurePlan);
    let state = app.state();
    let name_problem = name_error(&name);
    let on_name = on_input_set(&name);
    let on_kind = on_either(
        &kind,
        "global",
        SubscriptionKind::AzureGlobal,
        SubscriptionKind::AzurePlan,
    );
    let on_buy = {
        let app = app.clone();
        let customer = props.customer.clone();
        let (name, kind) = (name.clone(), kind.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if name_error(&name).is_none() {
                app.dispatch(Msg::Execute {
                    command: Command::BuySubscription {
                        customer: customer.clone(),
                        name: (*name).clone(),
                        kind: *kind,
                    },
                    as_simulator: false,
                    done: "notice-subscription-bought",
                });
            }
        })
    };
    html! {
        <>
        <div class="table-scroll" tabindex="0" role="region" aria-label={t(locale, "table-region")}>
        <table class="grid">
            <thead><tr><th>{t(locale, "col-name")}</th><th>{t(locale, "col-offer")}</th><th>{t(locale, "col-status")}</th><th>{t(locale, "col-actions")}</th></tr></thead>
            <tbody>
            { for state.subscriptions_of(&props.customer).map(|s| html! {
                <tr>
                    <td>{s.name.clone()}</td>
                    <td>{t(locale, s.kind.key())}</td>
                    <td>{ if s.status == SubscriptionStatus::Active { t(locale, "status-active") } else { t(locale, "status-suspended") } }</td>
                    <td><Link to={Route::PortalIam { sub: s.id.to_string() }}>{t(locale, "manage")}</Link></td>
                </tr>
            }) }
            </tbody>
        </table>
        </div>
        if state.subscriptions_of(&props.customer).next().is_none() { <p>{t(locale, "subscriptions-none")}</p> }
        <h2>{t(locale, "subscriptions-buy-title")}</h2>
        <form class="inline-form" onsubmit={on_buy} novalidate=true>
            <label for="sub-name">{t(locale, "col-name")}</label>
            <input id="sub-name" value={(*name).clone()} oninput={on_name} aria-invalid={name_problem.is_some().to_string()} />
            <label for="sub-kind">{t(locale, "col-offer")}</label>
            <select id="sub-kind" onchange={on_kind}>
                <option value="plan" selected={*kind == SubscriptionKind::AzurePlan}>{t(locale, "subscription-azure-plan")}</option>
                <option value="global" selected={*kind == SubscriptionKind::AzureGlobal}>{t(locale, "subscription-azure-global")}</option>
            </select>
            <button type="submit" class="primary" disabled={name_problem.is_some()}>{t(locale, "subscriptions-buy")}</button>
            if let Some(key) = name_problem { <div class="field-error" role="alert">{t_args(locale, key, &[("max", MAX_NAME_CHARS.into())])}</div> }
        </form>
        </>
    }
}

/// Account, with "Customer permissions" at the bottom: "Allow customer to purchase" under
/// Azure reservations and under Azure savings plan (R16), each on its own. Their state and
/// every reason come from `explain`.
#[component]
fn Account(props: &CustomerOnly) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(customer) = state.customers.get(&props.customer) else {
        return html! {};
    };
    html! {
        <>
        <dl class="facts">
            <dt>{t(locale, "account-domain")}</dt><dd>{customer.domain.clone()}</dd>
            <dt>{t(locale, "account-tenant-id")}</dt><dd><code>{customer.tenant_id.clone()}</code></dd>
        </dl>
        <section class="permissions" aria-labelledby="perm-title">
            <h2 id="perm-title">{t(locale, "permissions-title")}</h2>
            <p>{t(locale, "permissions-intro")}</p>
            { for PermissionResource::ALL.iter().map(|r| html! {
                <PermissionSwitch customer={props.customer.clone()} resource={*r} />
            }) }
            if customer.permission.is_some() || customer.savings_plan_permission.is_some() {
                <p class="hint">{t(locale, "permissions-r6-note")}</p>
            }
        </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SwitchProps {
    customer: CustomerId,
    resource: PermissionResource,
}

/// One "Allow customer to purchase" switch (R2–R4 for reservations, R16 for savings plans).
#[component]
fn PermissionSwitch(props: &SwitchProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(customer) = state.customers.get(&props.customer) else {
        return html! {};
    };
    let on = customer.permission_for(props.resource).is_some();
    let decision = explain(
        &state,
        &app.persona,
        &Action::SetPermission {
            customer: props.customer.clone(),
            on: !on,
            resource: props.resource,
        },
    );
    // read-only when R2 says this persona may not change it at all
    let read_only =
        matches!(&decision, Decision::Denied(r) if r.iter().any(|x| x.rule == RuleId::R2));
    let savings = props.resource == PermissionResource::AzureSavingsPlan;
    let toggle = {
        let app = app.clone();
        let customer = props.customer.clone();
        let resource = props.resource;
        Callback::from(move |_| {
            app.dispatch(Msg::SwitchPermission {
                customer: customer.clone(),
                resource,
                on: !on,
            })
        })
    };
    // the same change as an API call: what it would be, and after a change what it was
    let echo = app
        .switch_echo
        .as_ref()
        .filter(|e| e.customer == props.customer && e.resource == props.resource);
    let would_be = crate::api::equivalent_request(&state, customer, props.resource, !on);
    // the reservations switch keeps the ids it always had (links, tests, lessons)
    let (input_id, state_id, reasons_id) = if savings {
        (
            "allow-savings-plan",
            "savings-plan-permission-state",
            "perm-reasons-sp",
        )
    } else {
        ("allow-purchase", "permission-state", "perm-reasons")
    };
    let heading = t(locale, props.resource.key());
    html! {
        <div class="permission" data-resource={props.resource.api_name()}>
            <h3>{heading.clone()}</h3>
            <label class="switch">
                <input type="checkbox" role="switch" id={input_id} checked={on} disabled={read_only} onchange={toggle.clone()}
                    aria-label={format!("{} — {}", t(locale, "permissions-allow"), heading)} aria-describedby={reasons_id} />
                <span aria-hidden="true">{t(locale, "permissions-allow")}</span>
                <strong data-testid={state_id}>{ if on { t(locale, "on") } else { t(locale, "off") } }</strong>
            </label>
            if read_only {
                // the switch is greyed out for this role, as in Partner Center; trying
                // anyway shows the rule that refuses it (and a lesson sees the attempt)
                <button class="link try-anyway" onclick={toggle.reform(|e: MouseEvent| e.into())} aria-describedby={reasons_id}>{t(locale, "permissions-try")}</button>
            }
            <ul id={reasons_id} class="reasons">
                { for decision.reasons().iter().map(|r| reason_line(locale, r)) }
            </ul>
            <details class="api-equivalent" data-testid={if savings { "api-equivalent-sp" } else { "api-equivalent" }}>
                <summary>{t(locale, "api-show-request")}</summary>
                if let Some(echo) = echo {
                    <p>{t(locale, "api-it-was")}</p>
                    {exchange_view(locale, &echo.request, &echo.response, "api-echo")}
                }
                <p>{t(locale, "api-would-be")}</p>
                <pre class="api-text" data-testid="api-would-be">{would_be.to_text()}</pre>
            </details>
        </div>
    }
}

/// Order history (R6, R18): reservations and the savings plans the partner bought, with
/// refunds and stopped payments.
#[component]
fn OrderHistory(props: &CustomerOnly) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let page = use_state(|| 0usize);
    let orders = order_history(&state, &props.customer);
    let not_renewed = not_renewed(&state);
    let (current, pages) = page_bounds(orders.len(), *page);
    let billed_to = t_args(
        locale,
        "billed-to-partner",
        &[("partner", state.partner.name.clone().into())],
    );
    html! {
        <>
        if orders.is_empty() {
            <p data-testid="orders-none">{t(locale, "orders-none")}</p>
        } else {
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(locale, "table-region")}>
            <table class="grid" data-testid="order-history">
                <thead><tr><th>{t(locale, "col-order")}</th><th>{t(locale, "col-date")}</th><th>{t(locale, "col-product")}</th><th>{t(locale, "col-quantity")}</th><th>{t(locale, "col-bought-by")}</th><th>{t(locale, "col-customer-price")}</th><th>{t(locale, "col-partner-cost")}</th><th>{t(locale, "col-billed-to")}</th><th>{t(locale, "col-refund")}</th></tr></thead>
                <tbody>
                { for orders.iter().skip(current * PAGE_SIZE).take(PAGE_SIZE).map(|line| match line {
                    OrderLine::Reservation(r) => html! {
                        <tr>
                            <td>{r.order.to_string()}</td>
                            <td>{format_date(locale, r.start)}</td>
                            <td>{product_name(&state, &r.product)}{not_renewed_note(locale, &state, not_renewed.get(&r.id).copied())}</td>
                            <td>{r.quantity}</td>
                            <td>{channel_label(locale, &state, &r.channel, &r.bought_by)}</td>
                            <td>{format_money(locale, r.customer_price)}</td>
                            <td>{format_money(locale, r.partner_cost)}</td>
                            <td>{billed_to.clone()}</td>
                            <td data-testid="order-refund">{ for state.refunds.iter().filter(|x| x.reservation == r.id).map(|x| html! {
                                <>
                                {t_args(locale, "order-refund", &[("refund", format_money(locale, x.refund).into()), ("partner", format_money(locale, x.partner_refund).into())])}
                                if x.stopped_payments > Money::ZERO {
                                    {" "}{t_args(locale, "order-stopped", &[("stopped", format_money(locale, x.stopped_payments).into())])}
                                }
                                </>
                            }) }</td>
                        </tr>
                    },
                    OrderLine::SavingsPlan(p) => html! {
                        <tr data-plan={p.id.to_string()}>
                            <td>{p.order.to_string()}</td>
                            <td>{format_date(locale, p.start)}</td>
                            <td>{t_args(locale, "order-savings-plan", &[("name", p.name.clone().into()), ("amount", format_money(locale, p.hourly_commitment).into())])}</td>
                            <td>{1}</td>
                            <td>{channel_label(locale, &state, &p.channel, &p.bought_by)}</td>
                            <td>{format_money(locale, p.total)}</td>
                            <td>{format_money(locale, p.total)}</td>
                            <td>{billed_to.clone()}</td>
                            <td></td>
                        </tr>
                    },
                }) }
                </tbody>
            </table>
            </div>
        }
        <Pager page={current} {pages} on_page={Callback::from({ let page = page.clone(); move |p| page.set(p) })} />
        </>
    }
}

/// Reservations: one row per reservation, each opening its details page.
#[component]
fn Reservations(props: &CustomerOnly) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let page = use_state(|| 0usize);
    let list = orders_of(&state, &props.customer);
    let (current, pages) = page_bounds(list.len(), *page);
    html! {
        <>
        if list.is_empty() {
            <p data-testid="reservations-none">{t(locale, "reservations-none")}</p>
        } else {
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(locale, "table-region")}>
            <table class="grid" data-testid="reservations">
                <thead><tr><th>{t(locale, "col-reservation")}</th><th>{t(locale, "col-product")}</th><th>{t(locale, "col-quantity")}</th><th>{t(locale, "col-scope")}</th><th>{t(locale, "col-ends")}</th><th>{t(locale, "col-auto-renew")}</th><th>{t(locale, "col-status")}</th><th>{t(locale, "col-bought-by")}</th></tr></thead>
                <tbody>
                { for list.iter().skip(current * PAGE_SIZE).take(PAGE_SIZE).map(|r| html! {
                    <tr data-reservation={r.id.to_string()}>
                        <td><a href={Route::CustomerReservation { id: props.customer.to_string(), reservation: r.id.to_string() }.href()}>{r.id.to_string()}</a></td>
                        <td>{product_name(&state, &r.product)}{" · "}{r.region.to_string()}</td>
                        <td>{r.quantity}</td>
                        <td>{scope_label(locale, &state, &r.scope)}</td>
                        <td>{format_date(locale, r.end)}</td>
                        <td>{ if r.auto_renew { t(locale, "on") } else { t(locale, "off") } }</td>
                        <td>{status_label(locale, r)}</td>
                        <td>{channel_label(locale, &state, &r.channel, &r.bought_by)}</td>
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
        }
        <Pager page={current} {pages} on_page={Callback::from({ let page = page.clone(); move |p| page.set(p) })} />
        <h2>{t(locale, "savings-title")}</h2>
        <CoverageView customer={props.customer.clone()} view={View::PartnerCenter} />
        <h2>{t(locale, "pc-buy-title")}</h2>
        <PurchaseForm customer={props.customer.clone()} />
        </>
    }
}

/// Savings plans the partner bought (R17 as R7); Partner Center is blind to the customer's
/// own (R18), as the real one is.
#[component]
fn SavingsPlans(props: &CustomerOnly) -> Html {
    let app = use_app();
    let locale = app.locale;
    html! {
        <>
        <SavingsPlanList customer={props.customer.clone()} />
        <h2>{t(locale, "pc-buy-savings-plan-title")}</h2>
        <SavingsPlanForm customer={props.customer.clone()} />
        </>
    }
}
