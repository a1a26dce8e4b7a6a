//! Azure savings plans as both consoles show them (R16–R20): a list with utilisation, the
//! details blade (Essentials; commands Change scope, Renew, Exchange, Refund: the last two
//! refused to everybody, R20), and the purchase form. Partner Center lists only the plans
//! the partner bought (R18); the Azure portal all of the customer's.
use super::model::{use_app, Msg};
use super::reservation::{
    channel_label, plan_label, scope_label, scope_of, scope_options, scope_value, term_label,
};
use super::route::Route;
use super::widgets::{
    in_console, input_value, on_change_set, on_either, on_input_set, reason_line, refusal_preview,
    NoticeBar, CONFIRM_CLASS,
};
use crate::domain::command::{name_error, MAX_NAME_CHARS};
use crate::domain::finance::{coverage_in, View};
use crate::domain::projections::{explain, savings_plans_shown};
use crate::domain::{
    savings_plan_total, Action, BillingPlan, Command, CustomerId, Decision, Money, SavingsPlan,
    SavingsPlanId, SavingsPlanKind, SavingsPlanOrder, SavingsPlanStatus, State, SubscriptionId,
    Term,
};
use crate::i18n::{format_amount, format_date, format_money, parse_price, t, t_args, Locale};
use yew::prelude::*;

/// R19, R21: a savings plan for compute, or one for databases, in the console's words.
pub fn plan_kind_label(locale: Locale, state: &State, p: &SavingsPlan, portal: bool) -> String {
    t(
        locale,
        in_console(
            portal,
            match state.plan_kind(&p.id) {
                SavingsPlanKind::Compute => "savings-plan-kind-compute",
                SavingsPlanKind::Database => "savings-plan-kind-database",
            },
        ),
    )
}

pub fn plan_status_label(locale: Locale, p: &SavingsPlan) -> String {
    t(
        locale,
        match p.status {
            SavingsPlanStatus::Active => "status-active",
            SavingsPlanStatus::Expired => "status-expired",
            SavingsPlanStatus::Renewed => "status-renewed",
        },
    )
}

/// Where a plan's details open in each console.
pub fn plan_route(p: &SavingsPlan, portal: bool) -> Route {
    if portal {
        Route::PortalSavingsPlan {
            id: p.id.to_string(),
        }
    } else {
        Route::CustomerSavingsPlan {
            id: p.customer.to_string(),
            plan: p.id.to_string(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PlansProps {
    pub customer: CustomerId,
    /// The Azure portal's list (all of the customer's plans) or Partner Center's (R18).
    #[prop_or_default]
    pub portal: bool,
}

/// One clean row per plan, linking to its details.
#[component]
pub fn SavingsPlanList(props: &PlansProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let view = if props.portal {
        View::AzurePortal
    } else {
        View::PartnerCenter
    };
    let plans = savings_plans_shown(&state, &props.customer, !props.portal);
    let used = coverage_in(&state, &props.customer, view).plan_utilisation;
    if plans.is_empty() {
        return html! { <p data-testid="savings-plans-none">{t(locale, in_console(props.portal, "savings-plans-none"))}</p> };
    }
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={t(locale, "table-region")}>
        <table class="grid" data-testid="savings-plans">
            <thead><tr>
                <th>{t(locale, "col-name")}</th><th>{t(locale, "savings-plan-kind")}</th><th>{t(locale, "savings-plan-commitment")}</th>
                <th>{t(locale, "col-term")}</th><th>{t(locale, "col-scope")}</th><th>{t(locale, "col-ends")}</th>
                <th>{t(locale, "col-status")}</th><th>{t(locale, "col-utilisation")}</th>
            </tr></thead>
            <tbody>
            { for plans.iter().map(|p| html! {
                <tr data-plan={p.id.to_string()}>
                    <td><a href={plan_route(p, props.portal).href()}>{p.name.clone()}</a></td>
                    <td>{plan_kind_label(locale, &state, p, props.portal)}</td>
                    <td>{t_args(locale, "savings-plan-per-hour", &[("amount", format_money(locale, p.hourly_commitment).into())])}</td>
                    <td>{term_label(locale, p.term)}</td>
                    <td>{scope_label(locale, &state, &p.scope)}</td>
                    <td>{format_date(locale, p.end)}</td>
                    <td>{plan_status_label(locale, p)}</td>
                    <td data-testid="plan-utilisation">{ used.get(&p.id).map(|u| format!("{u} %")).unwrap_or_else(|| "—".into()) }</td>
                </tr>
            }) }
            </tbody>
        </table>
        </div>
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pane {
    Scope,
    Renew,
    Exchange,
    Refund,
}

impl Pane {
    const ALL: [Pane; 4] = [Pane::Scope, Pane::Renew, Pane::Exchange, Pane::Refund];
    fn key(self) -> &'static str {
        match self {
            Pane::Scope => "command-change-scope",
            Pane::Renew => "command-renew",
            Pane::Exchange => "command-exchange",
            Pane::Refund => "command-refund",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    pub plan: SavingsPlanId,
}

/// Essentials and the command bar of one savings plan.
#[component]
pub fn SavingsPlanDetails(props: &PlanProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let portal = super::model::use_portal_look();
    let pane = use_state(|| None::<Pane>);
    let scope = use_state(String::new);
    let state = app.state();
    let Some(p) = state.savings_plans.get(&props.plan) else {
        return html! { <p>{t(locale, "not-found-title")}</p> };
    };
    let used = coverage_in(&state, &p.customer, View::AzurePortal)
        .plan_utilisation
        .get(&p.id)
        .copied();
    let open = |which: Pane| {
        let pane = pane.clone();
        Callback::from(move |_| {
            pane.set(if *pane == Some(which) {
                None
            } else {
                Some(which)
            })
        })
    };
    let run = |command: Command, done: &'static str| {
        let (app, pane) = (app.clone(), pane.clone());
        Callback::from(move |_| {
            app.dispatch(Msg::Execute {
                command: command.clone(),
                as_simulator: false,
                done,
            });
            pane.set(None);
        })
    };
    let manage = explain(
        &state,
        &app.persona,
        &Action::ManageSavingsPlan { plan: p.id.clone() },
    );
    let give_back = explain(
        &state,
        &app.persona,
        &Action::ReturnSavingsPlan { plan: p.id.clone() },
    );
    let chosen_scope = if scope.is_empty() {
        scope_value(&p.scope)
    } else {
        (*scope).clone()
    };
    let body = match *pane {
        None => html! {},
        Some(Pane::Scope) => html! {
            <div class="pane-body">
                <div class="field">
                    <label for="plan-scope">{t(locale, "col-scope")}</label>
                    <select id="plan-scope" onchange={on_change_set(&scope)}>
                        {scope_options(locale, &state, &p.customer, &chosen_scope)}
                    </select>
                </div>
                {refusal_preview(locale, &manage)}
                <button class={CONFIRM_CLASS} onclick={run(Command::ChangeSavingsPlanScope { plan: p.id.clone(), scope: scope_of(&chosen_scope) }, "notice-scope-changed")}>{t(locale, "scope-confirm")}</button>
            </div>
        },
        Some(Pane::Renew) => html! {
            <div class="pane-body">
                <p>{ if p.auto_renew { t(locale, "auto-renew-is-on") } else { t(locale, "auto-renew-is-off") } }</p>
                <p class="hint">{t(locale, "savings-plan-renew-note")}</p>
                {refusal_preview(locale, &manage)}
                <button class={CONFIRM_CLASS} onclick={run(Command::SetSavingsPlanAutoRenew { plan: p.id.clone(), on: !p.auto_renew }, "notice-auto-renew")}>
                    { if p.auto_renew { t(locale, "auto-renew-turn-off") } else { t(locale, "auto-renew-turn-on") } }
                </button>
            </div>
        },
        Some(which @ (Pane::Exchange | Pane::Refund)) => html! {
            <div class="pane-body">
                {refusal_preview(locale, &give_back)}
                <button class="danger" onclick={run(if which == Pane::Exchange { Command::ExchangeSavingsPlan { plan: p.id.clone() } } else { Command::CancelSavingsPlan { plan: p.id.clone() } }, "notice-cancelled")}>
                    {t(locale, if which == Pane::Exchange { "exchange-confirm" } else { "cancel-confirm" })}
                </button>
            </div>
        },
    };
    html! {
        <>
        <dl class="essentials" data-testid="plan-essentials">
            <dt>{t(locale, "col-name")}</dt><dd>{p.name.clone()}</dd>
            <dt>{t(locale, in_console(portal, "savings-plan-id"))}</dt><dd>{p.id.to_string()}</dd>
            <dt>{t(locale, "savings-plan-kind")}</dt><dd data-testid="plan-kind">{plan_kind_label(locale, &state, p, portal)}</dd>
            <dt>{t(locale, "col-order")}</dt><dd>{p.order.to_string()}</dd>
            <dt>{t(locale, "savings-plan-commitment")}</dt><dd>{t_args(locale, "savings-plan-per-hour", &[("amount", format_money(locale, p.hourly_commitment).into())])}</dd>
            <dt>{t(locale, "savings-plan-total")}</dt><dd>{format_money(locale, p.total)}</dd>
            <dt>{t(locale, "col-term")}</dt><dd>{term_label(locale, p.term)}</dd>
            <dt>{t(locale, "col-billing-plan")}</dt><dd>{plan_label(locale, p.billing_plan)}</dd>
            <dt>{t(locale, "col-billing-subscription")}</dt><dd>{state.subscriptions.get(&p.billing_subscription).map(|s| s.name.clone()).unwrap_or_default()}</dd>
            <dt>{t(locale, "col-scope")}</dt><dd data-testid="plan-scope-value">{scope_label(locale, &state, &p.scope)}</dd>
            <dt>{t(locale, "col-starts")}</dt><dd>{format_date(locale, p.start)}</dd>
            <dt>{t(locale, "col-ends")}</dt><dd>{format_date(locale, p.end)}</dd>
            <dt>{t(locale, "col-auto-renew")}</dt><dd>{ if p.auto_renew { t(locale, "on") } else { t(locale, "off") } }</dd>
            <dt>{t(locale, "col-status")}</dt><dd>{plan_status_label(locale, p)}</dd>
            <dt>{t(locale, "col-bought-by")}</dt><dd>{channel_label(locale, &state, &p.channel, &p.bought_by)}</dd>
            if let Some(used) = used {
                <dt>{t(locale, "col-utilisation")}</dt><dd data-testid="plan-utilisation">{format!("{used} %")}</dd>
            }
        </dl>
        if p.is_active() {
            <div class="commandbar" role="toolbar" aria-label={t(locale, "portal-commands")}>
                { for Pane::ALL.iter().map(|which| html! {
                    <button class="command" aria-expanded={(*pane == Some(*which)).to_string()} aria-controls="command-pane" onclick={open(*which)}>{t(locale, which.key())}</button>
                }) }
            </div>
        }
        <NoticeBar portal=true />
        if let Some(which) = *pane {
            <section id="command-pane" class="pane" aria-label={t(locale, which.key())}>
                <h2>{t(locale, which.key())}</h2>
                {body}
            </section>
        }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanFormProps {
    pub customer: CustomerId,
    /// The customer's own purchase in the Azure portal (R17) or the partner's (as R7).
    #[prop_or_default]
    pub portal: bool,
}

/// "Purchase savings plan": every unmet R17 condition shown before the click, and again on it.
#[component]
pub fn SavingsPlanForm(props: &PlanFormProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let subs: Vec<(String, String)> = state
        .subscriptions_of(&props.customer)
        .map(|s| (s.id.to_string(), s.name.clone()))
        .collect();
    let first_sub = subs.first().map(|s| s.0.clone()).unwrap_or_default();
    let name = use_state(String::new);
    let subscription = use_state(|| first_sub);
    let scope = use_state(|| "shared".to_string());
    let term = use_state(|| Term::OneYear);
    let plan = use_state(|| BillingPlan::Monthly);
    // None until typed: USD 5.00, shown as the page's language writes it
    let commitment = use_state(|| None::<String>);
    let commitment_text = (*commitment)
        .clone()
        .unwrap_or_else(|| format_amount(locale, Money(500)));
    // Azure's savings plan renewal "is turned off by default"
    let auto_renew = use_state(|| false);
    let hourly = parse_price(locale, &commitment_text).map_err(|e| e.key());
    let name_problem = name_error(&name);
    let in_portal = props.portal;
    let may_buy = explain(
        &state,
        &app.persona,
        &Action::BuySavingsPlan {
            customer: props.customer.clone(),
            subscription: SubscriptionId::new(subscription.as_str()),
        },
    );
    let on_submit = {
        let app = app.clone();
        let customer = props.customer.clone();
        let (name, subscription, scope, term, plan, auto_renew) = (
            name.clone(),
            subscription.clone(),
            scope.clone(),
            term.clone(),
            plan.clone(),
            auto_renew.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // invalid input changes nothing: the inline messages already say why
            let Ok(hourly_commitment) = hourly else {
                return;
            };
            if name_error(&name).is_some() {
                return;
            }
            app.dispatch(Msg::Execute {
                command: Command::BuySavingsPlan(SavingsPlanOrder {
                    customer: customer.clone(),
                    name: (*name).clone(),
                    billing_subscription: SubscriptionId::new(subscription.as_str()),
                    scope: scope_of(&scope),
                    term: *term,
                    billing_plan: *plan,
                    hourly_commitment,
                    auto_renew: *auto_renew,
                }),
                as_simulator: false,
                done: in_console(in_portal, "notice-savings-plan-bought"),
            });
        })
    };
    let prefix = if props.portal { "portal-sp" } else { "pc-sp" };
    let id = |f: &str| format!("{prefix}-{f}");
    let total = hourly.ok().map(|h| savings_plan_total(h, *term));
    html! {
        <form class="purchase-form" onsubmit={on_submit} novalidate=true>
            <div class="field">
                <label for={id("name")}>{t(locale, in_console(props.portal, "savings-plan-name"))}</label>
                <input id={id("name")} value={(*name).clone()} oninput={on_input_set(&name)} aria-invalid={(!name.is_empty() && name_problem.is_some()).to_string()} />
                if let (false, Some(key)) = (name.is_empty(), name_problem) {
                    <div class="field-error" role="alert">{t_args(locale, key, &[("max", MAX_NAME_CHARS.into())])}</div>
                }
            </div>
            <div class="field">
                <label for={id("subscription")}>{t(locale, "col-billing-subscription")}</label>
                <select id={id("subscription")} onchange={on_change_set(&subscription)}>
                    { for subs.iter().map(|(sid, n)| html! { <option value={sid.clone()} selected={sid == subscription.as_str()}>{n.clone()}</option> }) }
                </select>
            </div>
            <div class="field">
                <label for={id("scope")}>{t(locale, "col-scope")}</label>
                <select id={id("scope")} onchange={on_change_set(&scope)}>
                    {scope_options(locale, &state, &props.customer, &scope)}
                </select>
            </div>
            <div class="field">
                <label for={id("term")}>{t(locale, "col-term")}</label>
                <select id={id("term")} onchange={on_either(&term, "P3Y", Term::ThreeYears, Term::OneYear)}>
                    { for Term::ALL.iter().map(|tm| html! { <option value={tm.code()} selected={*tm == *term}>{term_label(locale, *tm)}</option> }) }
                </select>
            </div>
            <div class="field">
                <label for={id("plan")}>{t(locale, "col-billing-plan")}</label>
                <select id={id("plan")} onchange={on_either(&plan, "upfront", BillingPlan::Upfront, BillingPlan::Monthly)}>
                    <option value="monthly" selected={*plan == BillingPlan::Monthly}>{plan_label(locale, BillingPlan::Monthly)}</option>
                    <option value="upfront" selected={*plan == BillingPlan::Upfront}>{plan_label(locale, BillingPlan::Upfront)}</option>
                </select>
            </div>
            <div class="field">
                <label for={id("commitment")}>{t(locale, "savings-plan-commitment")}</label>
                <input id={id("commitment")} inputmode="decimal" value={commitment_text.clone()} oninput={{
                    let commitment = commitment.clone();
                    Callback::from(move |e: InputEvent| commitment.set(Some(input_value(&e))))
                }}
                    aria-invalid={hourly.is_err().to_string()} aria-describedby={id("commitment-hint")} />
                <span class="hint" id={id("commitment-hint")}>{t(locale, "savings-plan-commitment-hint")}</span>
                if let Err(key) = hourly { <div class="field-error" role="alert">{t(locale, key)}</div> }
            </div>
            <div class="field check">
                <input type="checkbox" id={id("auto-renew")} checked={*auto_renew} onchange={{
                    let v = auto_renew.clone();
                    Callback::from(move |_| v.set(!*v))
                }} />
                <label for={id("auto-renew")}>{t(locale, "savings-plan-auto-renew")}</label>
            </div>
            if let Some(total) = total {
                <dl class="quote" data-testid="savings-plan-quote">
                    <dt>{t(locale, "savings-plan-total")}</dt><dd data-testid="savings-plan-total">{format_money(locale, total)}</dd>
                    if *plan == BillingPlan::Monthly {
                        <dt>{t(locale, "savings-plan-monthly")}</dt><dd>{format_money(locale, total.prorate(1, term.months()))}</dd>
                    }
                </dl>
            }
            if let Decision::Denied(reasons) = &may_buy {
                <div class="notice error portal-error precheck" data-testid="savings-plan-precheck">
                    <strong>{t(locale, "purchase-precheck-title")}</strong>
                    <ul>{ for reasons.iter().map(|r| reason_line(locale, r)) }</ul>
                </div>
            }
            <button type="submit" class="primary" disabled={hourly.is_err() || name_problem.is_some()}>{t(locale, in_console(props.portal, "savings-plan-purchase"))}</button>
            <NoticeBar portal={props.portal} />
        </form>
    }
}
