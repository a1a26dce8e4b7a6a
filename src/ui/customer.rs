//! Partner Center customer page: Subscriptions, Account (Customer permissions at the
//! bottom, as in the article), Order history, Reservations.
use super::azure_portal::SavingsChart;
use super::model::{use_app, Msg};
use super::purchase::{parse_quantity, PurchaseForm};
use super::route::{Link, Route};
use super::widgets::{
    event_value, on_either, on_input_set, page_bounds, reason_line, NoticeBar, Pager, PAGE_SIZE,
};
use crate::domain::command::{name_error, MAX_NAME_CHARS, MAX_QUANTITY};
use crate::domain::finance::{refund_quote, savings};
use crate::domain::projections::{actor_name, explain, orders_of};
use crate::domain::{
    Action, Actor, BillingPlan, Channel, Command, CustomerId, Decision, Money, ProductId,
    Reservation, ReservationId, RuleId, Scope, State, SubscriptionId, SubscriptionKind,
    SubscriptionStatus,
};
use crate::i18n::{format_date, format_money, t, t_args, Locale};
use std::rc::Rc;
use yew::prelude::*;

const TABS: [(&str, &str); 4] = [
    ("subscriptions", "tab-subscriptions"),
    ("account", "tab-account"),
    ("orders", "tab-order-history"),
    ("reservations", "tab-reservations"),
];

#[derive(Properties, PartialEq)]
pub struct CustomerProps {
    pub id: String,
    pub tab: String,
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
    let body = match props.tab.as_str() {
        "subscriptions" => html! { <Subscriptions customer={id.clone()} /> },
        "orders" => html! { <OrderHistory customer={id.clone()} /> },
        "reservations" => html! { <Reservations customer={id.clone()} /> },
        _ => html! { <Account customer={id.clone()} /> },
    };
    html! {
        <section class="page">
            <p class="breadcrumb"><Link to={Route::Customers}>{t(locale, "nav-customers")}</Link>{" / "}{customer.name.clone()}</p>
            <h1>{customer.name.clone()}</h1>
            <nav class="tabs" aria-label={t(locale, "tabs-label")}>
                { for TABS.iter().map(|(tab, key)| {
                    let current = props.tab == *tab || (props.tab != "subscriptions" && props.tab != "orders" && props.tab != "reservations" && *tab == "account");
                    html! {
                        <Link to={Route::Customer { id: props.id.clone(), tab: tab.to_string() }} classes={classes!(current.then_some("current"))}>
                            {t(locale, key)}
                        </Link>
                    }
                }) }
                <Link to={Route::WhoMay { id: props.id.clone() }}>{t(locale, "who-may-link")}</Link>
            </nav>
            <NoticeBar />
            {body}
        </section>
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
        <table class="grid">
            <thead><tr><th>{t(locale, "col-name")}</th><th>{t(locale, "col-offer")}</th><th>{t(locale, "col-status")}</th><th></th></tr></thead>
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

/// Account, with "Customer permissions" → "Azure reservations" → "Allow customer to
/// purchase" at the bottom. Its state and every reason come from `explain`.
#[component]
fn Account(props: &CustomerOnly) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(customer) = state.customers.get(&props.customer) else {
        return html! {};
    };
    let on = customer.permission.is_some();
    let decision = explain(
        &state,
        &app.persona,
        &Action::SetPermission {
            customer: props.customer.clone(),
            on: !on,
        },
    );
    // read-only when R2 says this persona may not change it at all
    let read_only =
        matches!(&decision, Decision::Denied(r) if r.iter().any(|x| x.rule == RuleId::R2));
    let toggle = {
        let app = app.clone();
        let customer = props.customer.clone();
        Callback::from(move |_| {
            app.dispatch(Msg::Execute {
                command: Command::SetPurchasePermission {
                    customer: customer.clone(),
                    on: !on,
                },
                as_simulator: false,
                done: if on {
                    "notice-permission-off"
                } else {
                    "notice-permission-on"
                },
            })
        })
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
            <h3>{t(locale, "permissions-azure-reservations")}</h3>
            <label class="switch">
                <input type="checkbox" role="switch" id="allow-purchase" checked={on} disabled={read_only} onchange={toggle}
                    aria-label={t(locale, "permissions-allow")} aria-describedby="perm-reasons" />
                <span>{t(locale, "permissions-allow")}</span>
                <strong data-testid="permission-state">{ if on { t(locale, "on") } else { t(locale, "off") } }</strong>
            </label>
            <ul id="perm-reasons" class="reasons">
                { for decision.reasons().iter().map(|r| reason_line(locale, r)) }
            </ul>
            if on { <p class="hint">{t(locale, "permissions-r6-note")}</p> }
        </section>
        </>
    }
}

fn channel_label(locale: Locale, state: &State, r: &Reservation) -> String {
    let who = match r.channel {
        Channel::AzurePortal => actor_name(state, &Actor::Customer(r.bought_by.clone())),
        _ => actor_name(state, &Actor::Partner(r.bought_by.clone())),
    };
    let key = match r.channel {
        Channel::PartnerCenter => "channel-partner-center",
        Channel::AzurePortal => "channel-azure-portal",
        Channel::AutoRenew => "channel-auto-renew",
        Channel::Exchange => "channel-exchange",
    };
    t_args(locale, key, &[("user", who.into())])
}

pub fn scope_label(locale: Locale, state: &State, scope: &Scope) -> String {
    match scope {
        Scope::Shared => t(locale, "scope-shared"),
        Scope::Single(s) => t_args(
            locale,
            "scope-single",
            &[(
                "subscription",
                state
                    .subscriptions
                    .get(s)
                    .map(|x| x.name.clone())
                    .unwrap_or_else(|| s.to_string())
                    .into(),
            )],
        ),
    }
}

pub fn status_label(locale: Locale, r: &Reservation) -> String {
    use crate::domain::ReservationStatus::*;
    t(
        locale,
        match r.status {
            Active => "status-active",
            Cancelled => "status-cancelled",
            Exchanged => "status-exchanged",
            Expired => "status-expired",
            Renewed => "status-renewed",
        },
    )
}

#[component]
fn OrderHistory(props: &CustomerOnly) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let page = use_state(|| 0usize);
    let orders = orders_of(&state, &props.customer);
    let (current, pages) = page_bounds(orders.len(), *page);
    html! {
        <>
        <table class="grid" data-testid="order-history">
            <thead><tr><th>{t(locale, "col-order")}</th><th>{t(locale, "col-date")}</th><th>{t(locale, "col-product")}</th><th>{t(locale, "col-quantity")}</th><th>{t(locale, "col-bought-by")}</th><th>{t(locale, "col-customer-price")}</th><th>{t(locale, "col-partner-cost")}</th><th>{t(locale, "col-billed-to")}</th><th>{t(locale, "col-refund")}</th></tr></thead>
            <tbody>
            { for orders.iter().skip(current * PAGE_SIZE).take(PAGE_SIZE).map(|r| html! {
                <tr>
                    <td>{r.order.to_string()}</td>
                    <td>{format_date(locale, r.start)}</td>
                    <td>{state.catalogue.product(&r.product).map(|p| p.name).unwrap_or("")}</td>
                    <td>{r.quantity}</td>
                    <td>{channel_label(locale, &state, r)}</td>
                    <td>{format_money(locale, r.customer_price)}</td>
                    <td>{format_money(locale, r.partner_cost)}</td>
                    <td>{t_args(locale, "billed-to-partner", &[("partner", state.partner.name.clone().into())])}</td>
                    <td data-testid="order-refund">{ for state.refunds.iter().filter(|x| x.reservation == r.id).map(|x| html! {
                        <>
                        {t_args(locale, "order-refund", &[("refund", format_money(locale, x.refund).into()), ("partner", format_money(locale, x.partner_refund).into())])}
                        if x.stopped_payments > Money::ZERO {
                            {" "}{t_args(locale, "order-stopped", &[("stopped", format_money(locale, x.stopped_payments).into())])}
                        }
                        </>
                    }) }</td>
                </tr>
            }) }
            </tbody>
        </table>
        if orders.is_empty() { <p data-testid="orders-none">{t(locale, "orders-none")}</p> }
        <Pager page={current} {pages} on_page={Callback::from({ let page = page.clone(); move |p| page.set(p) })} />
        </>
    }
}

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
        <table class="grid" data-testid="reservations">
            <thead><tr><th>{t(locale, "col-reservation")}</th><th>{t(locale, "col-product")}</th><th>{t(locale, "col-quantity")}</th><th>{t(locale, "col-scope")}</th><th>{t(locale, "col-ends")}</th><th>{t(locale, "col-status")}</th><th>{t(locale, "col-bought-by")}</th><th>{t(locale, "col-actions")}</th></tr></thead>
            <tbody>
            { for list.iter().skip(current * PAGE_SIZE).take(PAGE_SIZE).map(|r| html! {
                <tr data-reservation={r.id.to_string()}>
                    <td>{r.id.to_string()}</td>
                    <td>{state.catalogue.product(&r.product).map(|p| p.name).unwrap_or("")}{" · "}{r.region.to_string()}</td>
                    <td>{r.quantity}</td>
                    <td>{scope_label(locale, &state, &r.scope)}</td>
                    <td>{format_date(locale, r.end)}</td>
                    <td>{status_label(locale, r)}</td>
                    <td>{channel_label(locale, &state, r)}</td>
                    <td>if r.is_active() { <ReservationActions reservation={r.id.clone()} /> }</td>
                </tr>
            }) }
            </tbody>
        </table>
        if list.is_empty() { <p data-testid="reservations-none">{t(locale, "reservations-none")}</p> }
        <Pager page={current} {pages} on_page={Callback::from({ let page = page.clone(); move |p| page.set(p) })} />
        <h2>{t(locale, "savings-title")}</h2>
        <SavingsChart rows={Rc::new(savings(&state, &props.customer))} />
        <h2>{t(locale, "pc-buy-title")}</h2>
        <PurchaseForm customer={props.customer.clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReservationProps {
    pub reservation: ReservationId,
}

/// Exchange / cancel (refund shown before confirming) / auto-renew / scope. Also used in
/// the portal, where the domain refuses them with R10.
#[component]
pub fn ReservationActions(props: &ReservationProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let confirming = use_state(|| false);
    let exchange_qty = use_state(String::new);
    let exchange_product = use_state(|| None::<String>);
    // R13/R14: the new reservation is a purchase, auto-renewing unless unticked
    let exchange_auto_renew = use_state(|| true);
    let state = app.state();
    let Some(r) = state.reservations.get(&props.reservation) else {
        return html! {};
    };
    let quote = refund_quote(&state, r);
    let id = r.id.clone();
    let run = |command: Command, done: &'static str| {
        let app = app.clone();
        let confirming = confirming.clone();
        Callback::from(move |_| {
            confirming.set(false);
            app.dispatch(Msg::Execute {
                command: command.clone(),
                as_simulator: false,
                done,
            })
        })
    };
    let ask_cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let on_scope = {
        let app = app.clone();
        let id = id.clone();
        Callback::from(move |e: Event| {
            let v = event_value(&e);
            let scope = if v == "shared" {
                Scope::Shared
            } else {
                Scope::Single(SubscriptionId::new(v))
            };
            app.dispatch(Msg::Execute {
                command: Command::ChangeScope {
                    reservation: id.clone(),
                    scope,
                },
                as_simulator: false,
                done: "notice-scope-changed",
            })
        })
    };
    let on_exchange_qty = on_input_set(&exchange_qty);
    let on_exchange_product = {
        let p = exchange_product.clone();
        Callback::from(move |e: Event| p.set(Some(event_value(&e))))
    };
    // Offer the products of the same type (R13); the domain still decides.
    let product_type = state.catalogue.product(&r.product).map(|p| p.product_type);
    let same_type: Vec<(String, &'static str)> = state
        .catalogue
        .products
        .iter()
        .filter(|p| Some(p.product_type) == product_type)
        .map(|p| (p.id.to_string(), p.name))
        .collect();
    let chosen_product = exchange_product
        .as_ref()
        .cloned()
        .unwrap_or_else(|| r.product.to_string());
    let exchange_quantity = parse_quantity(&exchange_qty);
    let exchange = {
        let app = app.clone();
        let r = r.clone();
        let product = ProductId::new(chosen_product.as_str());
        let exchange_auto_renew = exchange_auto_renew.clone();
        Callback::from(move |_| {
            // invalid input changes nothing; the inline message says why
            let Ok(quantity) = exchange_quantity else {
                return;
            };
            app.dispatch(Msg::Execute {
                command: Command::Exchange {
                    reservation: r.id.clone(),
                    product: product.clone(),
                    region: r.region.clone(),
                    term: r.term,
                    billing_plan: r.billing_plan,
                    quantity,
                    auto_renew: *exchange_auto_renew,
                },
                as_simulator: false,
                done: "notice-exchanged",
            })
        })
    };
    let current_scope = match &r.scope {
        Scope::Shared => "shared".to_string(),
        Scope::Single(s) => s.to_string(),
    };
    let label = |k: &str| format!("{} {}", t(locale, k), r.id);
    html! {
        <div class="row-actions">
            if *confirming {
                <div class="confirm danger" role="alertdialog" aria-label={t(locale, "cancel-confirm-title")}>
                    <p data-testid="refund-quote">{t_args(locale, "cancel-confirm-text", &[("refund", format_money(locale, quote.net).into()), ("fee", format_money(locale, quote.fee).into())])}</p>
                    if r.billing_plan == BillingPlan::Monthly {
                        <p>{t_args(locale, "cancel-confirm-monthly", &[("paid", format_money(locale, quote.paid).into()), ("stopped", format_money(locale, quote.stopped).into())])}</p>
                    }
                    <p>{t_args(locale, "cancel-confirm-counted", &[("counted", format_money(locale, quote.counted).into())])}</p>
                    if app.is_partner() {
                        <p>{t_args(locale, "cancel-confirm-partner", &[("partner", format_money(locale, quote.partner_refund).into())])}</p>
                    }
                    <button class="danger" onclick={run(Command::Cancel { reservation: id.clone() }, "notice-cancelled")}>{t(locale, "cancel-confirm")}</button>
                    <button onclick={keep}>{t(locale, "cancel-keep")}</button>
                </div>
            } else {
                <button onclick={ask_cancel} aria-label={label("action-cancel")}>{t(locale, "action-cancel")}</button>
            }
            <button onclick={run(Command::SetAutoRenew { reservation: id.clone(), on: !r.auto_renew }, "notice-auto-renew")} aria-label={label("action-renew")} aria-pressed={r.auto_renew.to_string()}>
                { if r.auto_renew { t(locale, "auto-renew-on") } else { t(locale, "auto-renew-off") } }
            </button>
            <label class="visually-hidden" for={format!("scope-{}", r.id)}>{label("action-change-scope")}</label>
            <select id={format!("scope-{}", r.id)} onchange={on_scope}>
                <option value="shared" selected={current_scope == "shared"}>{t(locale, "scope-shared")}</option>
                { for state.subscriptions_of(&r.customer).map(|s| html! { <option value={s.id.to_string()} selected={current_scope == s.id.as_str()}>{t_args(locale, "scope-single", &[("subscription", s.name.clone().into())])}</option> }) }
            </select>
            <span class="exchange">
                <label class="visually-hidden" for={format!("exchange-product-{}", r.id)}>{t(locale, "exchange-product")}</label>
                <select id={format!("exchange-product-{}", r.id)} onchange={on_exchange_product}>
                    { for same_type.iter().map(|(pid, name)| html! { <option value={pid.clone()} selected={*pid == chosen_product}>{*name}</option> }) }
                </select>
                <label class="visually-hidden" for={format!("exchange-{}", r.id)}>{t(locale, "exchange-quantity")}</label>
                <input id={format!("exchange-{}", r.id)} class="narrow" inputmode="numeric" placeholder={t(locale, "exchange-quantity")} value={(*exchange_qty).clone()} oninput={on_exchange_qty}
                    aria-invalid={(!exchange_qty.is_empty() && exchange_quantity.is_err()).to_string()} />
                <label class="inline-check">
                    <input type="checkbox" checked={*exchange_auto_renew} onchange={{
                        let v = exchange_auto_renew.clone();
                        Callback::from(move |_| v.set(!*v))
                    }} />
                    {t(locale, "exchange-auto-renew")}
                </label>
                <button onclick={exchange} aria-label={label("action-exchange")} disabled={exchange_quantity.is_err()}>{t(locale, "action-exchange")}</button>
                if let (false, Err(key)) = (exchange_qty.is_empty(), exchange_quantity) {
                    <span class="field-error" role="alert">{t_args(locale, key, &[("max", MAX_QUANTITY.into())])}</span>
                }
            </span>
            <Link to={Route::WhoMayReservation { id: r.customer.to_string(), reservation: r.id.to_string() }}>{t(locale, "who-may-link")}</Link>
        </div>
    }
}
