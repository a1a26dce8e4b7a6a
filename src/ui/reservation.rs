//! A reservation as both consoles show it: its labels, and the details blade (Essentials,
//! then a command bar: Exchange, Refund, Renew, Change scope, Trade in). Each command opens
//! its own pane with the figures and the rules' answer before anything is confirmed. The
//! domain decides: a customer's commands are refused with R10, which the pane says before
//! the click and the notice after.
use super::model::{use_app, Msg};
use super::widgets::{
    event_value, on_change_set, on_input_set, reason_line, refusal_preview, NoticeBar,
    CONFIRM_CLASS,
};
use crate::domain::command::{name_error, parse_quantity, MAX_NAME_CHARS, MAX_QUANTITY};
use crate::domain::finance::{exchange_value, refund_quote, trade_in_commitment, trade_in_value};
use crate::domain::projections::{actor_name, explain, not_renewed_of};
use crate::domain::rules::r21_commitment_covers_returned_value;
use crate::domain::{
    savings_plan_total, Action, Actor, BillingPlan, Channel, Command, Money, ProductId,
    ProductType, Reservation, ReservationId, RuleId, Scope, State, SubscriptionId, Term,
};
use crate::i18n::{format_amount, format_date, format_money, parse_price, t, t_args, Locale};
use yew::prelude::*;

/// How a reservation's (or a savings plan's) scope reads.
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

/// R14: why an expired reservation was not renewed, where a failed purchase check stopped
/// its renewal (`projections::not_renewed` for a list, `not_renewed_of` for one).
pub fn not_renewed_note(
    locale: Locale,
    state: &State,
    why: Option<(&SubscriptionId, crate::domain::Timestamp)>,
) -> Html {
    match why {
        Some((subscription, at)) => html! {
            <div class="hint" data-testid="not-renewed">{t_args(locale, "not-renewed", &[
                ("date", format_date(locale, at).into()),
                ("subscription", state.subscriptions.get(subscription).map(|s| s.name.clone()).unwrap_or_else(|| subscription.to_string()).into()),
            ])}</div>
        },
        None => html! {},
    }
}

/// Who bought it, and where (R6: customer and partner purchases side by side).
pub fn channel_label(
    locale: Locale,
    state: &State,
    channel: &Channel,
    bought_by: &crate::domain::UserId,
) -> String {
    let who = match channel {
        Channel::AzurePortal => actor_name(state, &Actor::Customer(bought_by.clone())),
        _ => actor_name(state, &Actor::Partner(bought_by.clone())),
    };
    let key = match channel {
        Channel::PartnerCenter => "channel-partner-center",
        Channel::AzurePortal => "channel-azure-portal",
        Channel::AutoRenew => "channel-auto-renew",
        Channel::Exchange => "channel-exchange",
        Channel::TradeIn => "channel-trade-in",
    };
    t_args(locale, key, &[("user", who.into())])
}

pub fn product_name<'a>(state: &'a State, product: &ProductId) -> &'a str {
    state
        .catalogue
        .product(product)
        .map(|p| p.name)
        .unwrap_or_default()
}

pub fn term_label(locale: Locale, term: Term) -> String {
    t_args(locale, "term-years", &[("years", term.years().into())])
}

pub fn plan_label(locale: Locale, plan: BillingPlan) -> String {
    t(
        locale,
        match plan {
            BillingPlan::Upfront => "plan-upfront",
            BillingPlan::Monthly => "plan-monthly",
        },
    )
}

/// `<select>` options for a scope: shared, or one of the customer's subscriptions.
pub fn scope_options(
    locale: Locale,
    state: &State,
    customer: &crate::domain::CustomerId,
    chosen: &str,
) -> Html {
    html! {
        <>
        <option value="shared" selected={chosen == "shared"}>{t(locale, "scope-shared")}</option>
        { for state.subscriptions_of(customer).map(|s| html! {
            <option value={s.id.to_string()} selected={chosen == s.id.as_str()}>
                {t_args(locale, "scope-single", &[("subscription", s.name.clone().into())])}
            </option>
        }) }
        </>
    }
}

/// A scope `<select>`'s value as a scope.
pub fn scope_of(value: &str) -> Scope {
    if value == "shared" {
        Scope::Shared
    } else {
        Scope::Single(SubscriptionId::new(value))
    }
}

pub fn scope_value(scope: &Scope) -> String {
    match scope {
        Scope::Shared => "shared".to_string(),
        Scope::Single(s) => s.to_string(),
    }
}

/// The command bar's commands; each opens its own pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pane {
    Exchange,
    Refund,
    Renew,
    Scope,
    TradeIn,
}

impl Pane {
    const ALL: [Pane; 5] = [
        Pane::Exchange,
        Pane::Refund,
        Pane::Renew,
        Pane::Scope,
        Pane::TradeIn,
    ];
    fn key(self) -> &'static str {
        match self {
            Pane::Exchange => "command-exchange",
            Pane::Refund => "command-refund",
            Pane::Renew => "command-renew",
            Pane::Scope => "command-change-scope",
            Pane::TradeIn => "command-trade-in",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ReservationDetailsProps {
    pub reservation: ReservationId,
    /// Utilisation in percent, where the page knows it (the portal).
    #[prop_or_default]
    pub utilisation: Option<u64>,
}

/// Essentials and the command bar of one reservation, in either console.
#[component]
pub fn ReservationDetails(props: &ReservationDetailsProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let pane = use_state(|| None::<Pane>);
    let state = app.state();
    let Some(r) = state.reservations.get(&props.reservation) else {
        return html! { <p>{t(locale, "not-found-title")}</p> };
    };
    let open = |p: Pane| {
        let pane = pane.clone();
        Callback::from(move |_| pane.set(if *pane == Some(p) { None } else { Some(p) }))
    };
    let close = {
        let pane = pane.clone();
        Callback::from(move |()| pane.set(None))
    };
    html! {
        <>
        <dl class="essentials" data-testid="essentials">
            <dt>{t(locale, "col-reservation")}</dt><dd>{r.id.to_string()}</dd>
            <dt>{t(locale, "col-order")}</dt><dd>{r.order.to_string()}</dd>
            <dt>{t(locale, "col-product")}</dt><dd>{product_name(&state, &r.product)}</dd>
            <dt>{t(locale, "col-region")}</dt><dd>{r.region.to_string()}</dd>
            <dt>{t(locale, "col-quantity")}</dt><dd>{r.quantity}</dd>
            <dt>{t(locale, "col-term")}</dt><dd>{term_label(locale, r.term)}</dd>
            <dt>{t(locale, "col-billing-plan")}</dt><dd>{plan_label(locale, r.billing_plan)}</dd>
            <dt>{t(locale, "col-billing-subscription")}</dt><dd>{state.subscriptions.get(&r.billing_subscription).map(|s| s.name.clone()).unwrap_or_default()}</dd>
            <dt>{t(locale, "col-scope")}</dt><dd data-testid="essentials-scope">{scope_label(locale, &state, &r.scope)}</dd>
            <dt>{t(locale, "col-starts")}</dt><dd>{format_date(locale, r.start)}</dd>
            <dt>{t(locale, "col-ends")}</dt><dd>{format_date(locale, r.end)}</dd>
            <dt>{t(locale, "col-auto-renew")}</dt><dd data-testid="essentials-auto-renew">{ if r.auto_renew { t(locale, "on") } else { t(locale, "off") } }</dd>
            <dt>{t(locale, "col-status")}</dt><dd data-testid="essentials-status">{status_label(locale, r)}{not_renewed_note(locale, &state, not_renewed_of(&state, r))}</dd>
            <dt>{t(locale, "col-bought-by")}</dt><dd>{channel_label(locale, &state, &r.channel, &r.bought_by)}</dd>
            if let Some(used) = props.utilisation {
                <dt>{t(locale, "col-utilisation")}</dt><dd>{format!("{used} %")}</dd>
            }
        </dl>
        if r.is_active() {
            <div class="commandbar" role="toolbar" aria-label={t(locale, "portal-commands")}>
                { for Pane::ALL.iter().map(|p| html! {
                    <button class="command" aria-expanded={(*pane == Some(*p)).to_string()} aria-controls="command-pane" onclick={open(*p)}>
                        {t(locale, p.key())}
                    </button>
                }) }
            </div>
        }
        <NoticeBar portal=true />
        if let (true, Some(p)) = (r.is_active(), *pane) {
            <section id="command-pane" class="pane" aria-label={t(locale, p.key())}>
                <h2>{t(locale, p.key())}</h2>
                { match p {
                    Pane::Exchange => html! { <ExchangePane reservation={r.id.clone()} on_done={close.clone()} /> },
                    Pane::Refund => html! { <RefundPane reservation={r.id.clone()} on_done={close.clone()} /> },
                    Pane::Renew => html! { <RenewPane reservation={r.id.clone()} on_done={close.clone()} /> },
                    Pane::Scope => html! { <ScopePane reservation={r.id.clone()} on_done={close.clone()} /> },
                    Pane::TradeIn => html! { <TradeInPane reservation={r.id.clone()} on_done={close.clone()} /> },
                } }
            </section>
        }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PaneProps {
    reservation: ReservationId,
    /// Called after the command is sent (the pane closes; the notice says how it went).
    on_done: Callback<()>,
}

/// A pane's confirming click: sends the command `command` builds as the current persona,
/// then closes the pane; nothing when the input is invalid (`command` gives none).
fn on_confirm(
    app: &super::model::AppContext,
    on_done: &Callback<()>,
    done: &'static str,
    command: impl Fn() -> Option<Command> + 'static,
) -> Callback<MouseEvent> {
    let (app, on_done) = (app.clone(), on_done.clone());
    Callback::from(move |_| {
        // invalid input changes nothing; the inline message says why
        let Some(command) = command() else { return };
        app.dispatch(Msg::Execute {
            command,
            as_simulator: false,
            done,
        });
        on_done.emit(());
    })
}

/// R13: into a product of the same type, any quantity and term; the new reservation is a
/// purchase (eligible billing subscription and scope, auto-renew as chosen).
#[component]
fn ExchangePane(props: &PaneProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let quantity = use_state(String::new);
    let product = use_state(String::new);
    let term = use_state(String::new);
    let auto_renew = use_state(|| true);
    let state = app.state();
    let Some(r) = state.reservations.get(&props.reservation) else {
        return html! {};
    };
    let product_type = state.catalogue.product(&r.product).map(|p| p.product_type);
    let chosen_product = if product.is_empty() {
        r.product.to_string()
    } else {
        (*product).clone()
    };
    let chosen_term = if term.as_str() == "P3Y" {
        Term::ThreeYears
    } else if term.is_empty() {
        r.term
    } else {
        Term::OneYear
    };
    let parsed = parse_quantity(if quantity.is_empty() {
        "1"
    } else {
        quantity.as_str()
    });
    let returned = exchange_value(&state, r);
    let new_total = parsed.ok().and_then(|q| {
        state
            .customer_price(&ProductId::new(chosen_product.as_str()), chosen_term)
            .map(|unit| unit.times(q))
    });
    let decision = explain(
        &state,
        &app.persona,
        &Action::Exchange {
            reservation: r.id.clone(),
        },
    );
    let confirm = {
        let r = r.clone();
        let product = ProductId::new(chosen_product.as_str());
        let auto_renew = *auto_renew;
        on_confirm(&app, &props.on_done, "notice-exchanged", move || {
            Some(Command::Exchange {
                reservation: r.id.clone(),
                product: product.clone(),
                region: r.region.clone(),
                term: chosen_term,
                billing_plan: r.billing_plan,
                quantity: parsed.ok()?,
                auto_renew,
            })
        })
    };
    html! {
        <div class="pane-body">
            <div class="field">
                <label for="exchange-product">{t(locale, "exchange-product")}</label>
                <select id="exchange-product" onchange={on_change_set(&product)}>
                    { for state.catalogue.products.iter().filter(|p| Some(p.product_type) == product_type).map(|p| html! {
                        <option value={p.id.to_string()} selected={p.id.as_str() == chosen_product}>{p.name}</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="exchange-quantity">{t(locale, "exchange-quantity")}</label>
                <input id="exchange-quantity" inputmode="numeric" value={(*quantity).clone()} placeholder="1" oninput={on_input_set(&quantity)}
                    aria-invalid={parsed.is_err().to_string()} aria-describedby="exchange-quantity-error" />
                if let Err(key) = parsed {
                    <div class="field-error" id="exchange-quantity-error" role="alert">{t_args(locale, key, &[("max", MAX_QUANTITY.into())])}</div>
                }
            </div>
            <div class="field">
                <label for="exchange-term">{t(locale, "col-term")}</label>
                <select id="exchange-term" onchange={on_change_set(&term)}>
                    { for Term::ALL.iter().map(|tm| html! { <option value={tm.code()} selected={*tm == chosen_term}>{term_label(locale, *tm)}</option> }) }
                </select>
            </div>
            <div class="field check">
                <input type="checkbox" id="exchange-auto-renew" checked={*auto_renew} onchange={{
                    let v = auto_renew.clone();
                    Callback::from(move |_| v.set(!*v))
                }} />
                <label for="exchange-auto-renew">{t(locale, "exchange-auto-renew")}</label>
            </div>
            <dl class="quote" data-testid="exchange-quote">
                <dt>{t(locale, "exchange-returned")}</dt><dd>{format_money(locale, returned)}</dd>
                if let Some(total) = new_total {
                    <dt>{t(locale, "exchange-new-total")}</dt><dd>{format_money(locale, total)}</dd>
                }
            </dl>
            <p class="hint">{t(locale, "exchange-r13-note")}</p>
            // R13's answer for this reservation before any click: until when, or its final
            // exchange (a refusal says it in the preview below)
            if decision.is_allowed() {
                <ul class="reasons" data-testid="exchange-r13">
                    { for decision.reasons().iter().filter(|r| r.rule == RuleId::R13).map(|r| reason_line(locale, r)) }
                </ul>
            }
            {refusal_preview(locale, &decision)}
            <button class={CONFIRM_CLASS} disabled={parsed.is_err()} onclick={confirm}>{t(locale, "exchange-confirm")}</button>
        </div>
    }
}

/// R12 by billing plan: what comes back now, what stops, what counts towards the limit.
#[component]
fn RefundPane(props: &PaneProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(r) = state.reservations.get(&props.reservation) else {
        return html! {};
    };
    let quote = refund_quote(&state, r);
    let decision = explain(
        &state,
        &app.persona,
        &Action::Cancel {
            reservation: r.id.clone(),
        },
    );
    let confirm = {
        let id = r.id.clone();
        on_confirm(&app, &props.on_done, "notice-cancelled", move || {
            Some(Command::Cancel {
                reservation: id.clone(),
            })
        })
    };
    html! {
        <div class="pane-body">
            <p data-testid="refund-quote">{t_args(locale, "cancel-confirm-text", &[("refund", format_money(locale, quote.net).into()), ("fee", format_money(locale, quote.fee).into())])}</p>
            if r.billing_plan == BillingPlan::Monthly {
                <p>{t_args(locale, "cancel-confirm-monthly", &[("paid", format_money(locale, quote.paid).into()), ("stopped", format_money(locale, quote.stopped).into())])}</p>
            }
            <p>{t_args(locale, "cancel-confirm-counted", &[("counted", format_money(locale, quote.counted).into())])}</p>
            if app.is_partner() {
                <p>{t_args(locale, "cancel-confirm-partner", &[("partner", format_money(locale, quote.partner_refund).into())])}</p>
            }
            {refusal_preview(locale, &decision)}
            <button class="danger" onclick={confirm}>{t(locale, "cancel-confirm")}</button>
        </div>
    }
}

/// R14: auto-renew on or off until expiry (the partner's to change, R10).
#[component]
fn RenewPane(props: &PaneProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let Some(r) = state.reservations.get(&props.reservation) else {
        return html! {};
    };
    let decision = explain(
        &state,
        &app.persona,
        &Action::SetAutoRenew {
            reservation: r.id.clone(),
        },
    );
    let on = r.auto_renew;
    let confirm = {
        let id = r.id.clone();
        on_confirm(&app, &props.on_done, "notice-auto-renew", move || {
            Some(Command::SetAutoRenew {
                reservation: id.clone(),
                on: !on,
            })
        })
    };
    html! {
        <div class="pane-body">
            <p>{ if on { t(locale, "auto-renew-is-on") } else { t(locale, "auto-renew-is-off") } }</p>
            <p class="hint">{t(locale, "auto-renew-r14-note")}</p>
            {refusal_preview(locale, &decision)}
            <button class={CONFIRM_CLASS} onclick={confirm}>{ if on { t(locale, "auto-renew-turn-off") } else { t(locale, "auto-renew-turn-on") } }</button>
        </div>
    }
}

/// R9: shared, or one eligible subscription of the customer.
#[component]
fn ScopePane(props: &PaneProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let chosen = use_state(String::new);
    let state = app.state();
    let Some(r) = state.reservations.get(&props.reservation) else {
        return html! {};
    };
    let value = if chosen.is_empty() {
        scope_value(&r.scope)
    } else {
        (*chosen).clone()
    };
    let decision = explain(
        &state,
        &app.persona,
        &Action::ChangeScope {
            reservation: r.id.clone(),
        },
    );
    let confirm = {
        let id = r.id.clone();
        let value = value.clone();
        on_confirm(&app, &props.on_done, "notice-scope-changed", move || {
            Some(Command::ChangeScope {
                reservation: id.clone(),
                scope: scope_of(&value),
            })
        })
    };
    let on_scope = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| chosen.set(event_value(&e)))
    };
    html! {
        <div class="pane-body">
            <div class="field">
                <label for="change-scope">{t(locale, "col-scope")}</label>
                <select id="change-scope" onchange={on_scope}>
                    {scope_options(locale, &state, &r.customer, &value)}
                </select>
            </div>
            <p class="hint">{t(locale, "scope-r9-note")}</p>
            {refusal_preview(locale, &decision)}
            <button class={CONFIRM_CLASS} onclick={confirm}>{t(locale, "scope-confirm")}</button>
        </div>
    }
}

/// R21: the refund of R12 and a savings plan, by default with the hourly commitment the
/// remaining value buys.
#[component]
fn TradeInPane(props: &PaneProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let portal = super::model::use_portal_look();
    let name = use_state(String::new);
    let term = use_state(|| Term::ThreeYears);
    let plan = use_state(|| BillingPlan::Monthly);
    let commitment = use_state(String::new);
    let auto_renew = use_state(|| false);
    let state = app.state();
    let Some(r) = state.reservations.get(&props.reservation) else {
        return html! {};
    };
    let default_name = t_args(
        locale,
        "trade-in-default-name",
        &[("reservation", r.id.to_string().into())],
    );
    let chosen_name = if name.is_empty() {
        default_name.clone()
    } else {
        (*name).clone()
    };
    // R21: a SQL Database reservation becomes a one-year savings plan for databases
    let for_databases = state
        .catalogue
        .product(&r.product)
        .is_some_and(|p| p.product_type == ProductType::SqlDatabase);
    let chosen_term = if for_databases { Term::OneYear } else { *term };
    let default_commitment = trade_in_commitment(&state, r, chosen_term);
    let hourly = if commitment.is_empty() {
        Ok(default_commitment)
    } else {
        parse_price(locale, &commitment).map_err(|e| e.key())
    };
    let quote = refund_quote(&state, r);
    let decision = explain(
        &state,
        &app.persona,
        &Action::TradeIn {
            reservation: r.id.clone(),
        },
    );
    // the commitment typed, checked by R21 before the click: at least what is returned
    let too_small = hourly
        .ok()
        .and_then(|h| r21_commitment_covers_returned_value(&state, r, chosen_term, h).err());
    let name_problem = name_error(&chosen_name);
    let confirm = {
        let id = r.id.clone();
        let (term, plan, auto_renew) = (chosen_term, *plan, *auto_renew);
        let chosen_name = chosen_name.clone();
        let typed = !commitment.is_empty();
        on_confirm(&app, &props.on_done, "notice-traded-in", move || {
            let hourly = hourly.ok()?;
            Some(Command::TradeIn {
                reservation: id.clone(),
                name: chosen_name.clone(),
                term,
                billing_plan: plan,
                // the default is computed by the domain when nothing was typed
                hourly_commitment: typed.then_some(hourly),
                auto_renew,
            })
        })
    };
    html! {
        <div class="pane-body">
            <div class="field">
                <label for="trade-in-name">{t(locale, super::widgets::in_console(portal, "savings-plan-name"))}</label>
                <input id="trade-in-name" value={chosen_name.clone()} oninput={on_input_set(&name)} aria-invalid={name_problem.is_some().to_string()} />
                if let Some(key) = name_problem { <div class="field-error" role="alert">{t_args(locale, key, &[("max", MAX_NAME_CHARS.into())])}</div> }
            </div>
            <div class="field">
                <label for="trade-in-term">{t(locale, "col-term")}</label>
                <select id="trade-in-term" onchange={super::widgets::on_either(&term, "P1Y", Term::OneYear, Term::ThreeYears)}>
                    { for Term::ALL.iter().filter(|tm| !for_databases || **tm == Term::OneYear).map(|tm| html! { <option value={tm.code()} selected={*tm == chosen_term}>{term_label(locale, *tm)}</option> }) }
                </select>
                if for_databases { <p class="hint" data-testid="trade-in-database">{t(locale, "trade-in-database-note")}</p> }
            </div>
            <div class="field">
                <label for="trade-in-plan">{t(locale, "col-billing-plan")}</label>
                <select id="trade-in-plan" onchange={super::widgets::on_either(&plan, "upfront", BillingPlan::Upfront, BillingPlan::Monthly)}>
                    <option value="monthly" selected={*plan == BillingPlan::Monthly}>{plan_label(locale, BillingPlan::Monthly)}</option>
                    <option value="upfront" selected={*plan == BillingPlan::Upfront}>{plan_label(locale, BillingPlan::Upfront)}</option>
                </select>
            </div>
            <div class="field">
                <label for="trade-in-commitment">{t(locale, "savings-plan-commitment")}</label>
                <input id="trade-in-commitment" inputmode="decimal" value={(*commitment).clone()} placeholder={format_amount(locale, default_commitment)} oninput={on_input_set(&commitment)}
                    aria-invalid={hourly.is_err().to_string()} />
                if let Err(key) = hourly { <div class="field-error" role="alert">{t(locale, key)}</div> }
            </div>
            <div class="field check">
                <input type="checkbox" id="trade-in-auto-renew" checked={*auto_renew} onchange={{
                    let v = auto_renew.clone();
                    Callback::from(move |_| v.set(!*v))
                }} />
                <label for="trade-in-auto-renew">{t(locale, "savings-plan-auto-renew")}</label>
            </div>
            <dl class="quote" data-testid="trade-in-quote">
                <dt>{t(locale, "trade-in-refund")}</dt><dd>{format_money(locale, quote.net)}</dd>
                if quote.stopped > Money::ZERO {
                    <dt>{t(locale, "trade-in-stopped")}</dt><dd>{format_money(locale, quote.stopped)}</dd>
                }
                <dt>{t(locale, "trade-in-value")}</dt><dd>{format_money(locale, trade_in_value(&state, r))}</dd>
                <dt>{t(locale, "trade-in-default-commitment")}</dt><dd data-testid="trade-in-default">{format_money(locale, default_commitment)}</dd>
                if let Ok(hourly) = hourly {
                    <dt>{t(locale, "savings-plan-total")}</dt><dd>{format_money(locale, savings_plan_total(hourly, chosen_term))}</dd>
                }
            </dl>
            <p class="hint">{t(locale, "trade-in-r21-note")}</p>
            if let Some(reason) = &too_small {
                <div class="notice error" role="alert" data-testid="trade-in-minimum"><ul class="reasons">{reason_line(locale, reason)}</ul></div>
            }
            {refusal_preview(locale, &decision)}
            <button class={CONFIRM_CLASS} disabled={hourly.is_err() || name_problem.is_some() || too_small.is_some()} onclick={confirm}>{t(locale, "trade-in-confirm")}</button>
        </div>
    }
}
