//! The reservation purchase form: Partner Center "buy on behalf" (R7) and Azure portal
//! "Reservations → Purchase" (R5). Validates as the person types; the domain decides.
use super::model::{use_app, Msg};
use super::widgets::{on_change_set, on_either, on_input_set, portal_reason_line, reason_line};
pub use crate::domain::command::parse_quantity;
use crate::domain::command::MAX_QUANTITY;
use crate::domain::projections::explain;
use crate::domain::{
    quote_purchase, Action, BillingPlan, Command, CustomerId, Decision, ProductId, PurchaseOrder,
    Region, Scope, SubscriptionId, Term,
};
use crate::i18n::{format_money, t, t_args};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PurchaseFormProps {
    pub customer: CustomerId,
    /// Azure portal look (customer self-service) vs Partner Center (on behalf).
    #[prop_or_default]
    pub portal: bool,
}

#[component]
pub fn PurchaseForm(props: &PurchaseFormProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let first_product = state
        .catalogue
        .products
        .first()
        .map(|p| p.id.to_string())
        .unwrap_or_default();
    let first_region = state
        .catalogue
        .regions
        .first()
        .map(|r| r.to_string())
        .unwrap_or_default();
    let subs: Vec<_> = state
        .subscriptions_of(&props.customer)
        .map(|s| (s.id.to_string(), s.name.clone()))
        .collect();
    let first_sub = subs.first().map(|s| s.0.clone()).unwrap_or_default();

    let product = use_state(|| first_product);
    let region = use_state(|| first_region);
    let term = use_state(|| Term::OneYear);
    let plan = use_state(|| BillingPlan::Upfront);
    let quantity = use_state(|| "1".to_string());
    let subscription = use_state(|| first_sub);
    let scope = use_state(|| "shared".to_string());
    // R14: on by default since 2024; the buyer may untick it
    let auto_renew = use_state(|| true);

    let qty = parse_quantity(&quantity);
    // The same question the purchase will ask, answered before the click (R5 / R7).
    let may_buy = explain(
        &state,
        &app.persona,
        &Action::BuyReservation {
            customer: props.customer.clone(),
            subscription: SubscriptionId::new(subscription.as_str()),
        },
    );
    let quote = qty
        .ok()
        .and_then(|q| quote_purchase(&state, &ProductId::new(product.as_str()), *term, q));

    let on_term = on_either(&term, "P3Y", Term::ThreeYears, Term::OneYear);
    let on_plan = on_either(&plan, "monthly", BillingPlan::Monthly, BillingPlan::Upfront);
    let on_quantity = on_input_set(&quantity);
    let on_submit = {
        let app = app.clone();
        let customer = props.customer.clone();
        let (product, region, term, plan, subscription, scope, auto_renew) = (
            product.clone(),
            region.clone(),
            term.clone(),
            plan.clone(),
            subscription.clone(),
            scope.clone(),
            auto_renew.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // invalid input changes nothing: the inline message already says why
            let Ok(quantity) = qty else { return };
            let scope = if scope.as_str() == "shared" {
                Scope::Shared
            } else {
                Scope::Single(SubscriptionId::new(scope.as_str()))
            };
            app.dispatch(Msg::Execute {
                command: Command::BuyReservation(PurchaseOrder {
                    customer: customer.clone(),
                    billing_subscription: SubscriptionId::new(subscription.as_str()),
                    product: ProductId::new(product.as_str()),
                    region: Region::new(region.as_str()),
                    term: *term,
                    billing_plan: *plan,
                    quantity,
                    scope,
                    auto_renew: *auto_renew,
                }),
                as_simulator: false,
                done: "notice-reservation-bought",
            });
        })
    };
    let prefix = if props.portal { "portal-buy" } else { "pc-buy" };
    let id = |f: &str| format!("{prefix}-{f}");
    html! {
        <form class="purchase-form" onsubmit={on_submit} novalidate=true>
            <div class="field">
                <label for={id("product")}>{t(locale, "col-product")}</label>
                <select id={id("product")} onchange={on_change_set(&product)}>
                    { for state.catalogue.products.iter().map(|p| html! { <option value={p.id.to_string()} selected={p.id.as_str() == product.as_str()}>{p.name}</option> }) }
                </select>
            </div>
            <div class="field">
                <label for={id("region")}>{t(locale, "col-region")}</label>
                <select id={id("region")} onchange={on_change_set(&region)}>
                    { for state.catalogue.regions.iter().map(|r| html! { <option value={r.to_string()} selected={r.as_str() == region.as_str()}>{r.to_string()}</option> }) }
                </select>
            </div>
            <div class="field">
                <label for={id("term")}>{t(locale, "col-term")}</label>
                <select id={id("term")} onchange={on_term}>
                    { for Term::ALL.iter().map(|tm| html! { <option value={tm.code()} selected={*tm == *term}>{t_args(locale, "term-years", &[("years", tm.years().into())])}</option> }) }
                </select>
            </div>
            <div class="field">
                <label for={id("plan")}>{t(locale, "col-billing-plan")}</label>
                <select id={id("plan")} onchange={on_plan}>
                    <option value="upfront" selected={*plan == BillingPlan::Upfront}>{t(locale, "plan-upfront")}</option>
                    <option value="monthly" selected={*plan == BillingPlan::Monthly}>{t(locale, "plan-monthly")}</option>
                </select>
            </div>
            <div class="field">
                <label for={id("quantity")}>{t(locale, "col-quantity")}</label>
                <input id={id("quantity")} inputmode="numeric" value={(*quantity).clone()} oninput={on_quantity} aria-invalid={qty.is_err().to_string()} aria-describedby={id("quantity-error")} />
                if let Err(key) = qty { <div class="field-error" id={id("quantity-error")} role="alert">{t_args(locale, key, &[("max", MAX_QUANTITY.into())])}</div> }
            </div>
            <div class="field">
                <label for={id("subscription")}>{t(locale, "col-billing-subscription")}</label>
                <select id={id("subscription")} onchange={on_change_set(&subscription)}>
                    { for subs.iter().map(|(sid, name)| html! { <option value={sid.clone()} selected={sid == subscription.as_str()}>{name.clone()}</option> }) }
                </select>
            </div>
            <div class="field">
                <label for={id("scope")}>{t(locale, "col-scope")}</label>
                <select id={id("scope")} onchange={on_change_set(&scope)}>
                    <option value="shared" selected={scope.as_str() == "shared"}>{t(locale, "scope-shared")}</option>
                    { for subs.iter().map(|(sid, name)| html! { <option value={sid.clone()} selected={sid == scope.as_str()}>{t_args(locale, "scope-single", &[("subscription", name.clone().into())])}</option> }) }
                </select>
            </div>
            <div class="field check">
                <input type="checkbox" id={id("auto-renew")} checked={*auto_renew} onchange={{
                    let auto_renew = auto_renew.clone();
                    Callback::from(move |_| auto_renew.set(!*auto_renew))
                }} />
                <label for={id("auto-renew")}>{t(locale, "purchase-auto-renew")}</label>
            </div>
            if let Some((web_direct, customer_price, partner_cost)) = quote {
                <dl class="quote" data-testid="quote">
                    <dt>{t(locale, "quote-web-direct")}</dt><dd>{format_money(locale, web_direct)}</dd>
                    <dt>{t(locale, "quote-customer-price")}</dt><dd data-testid="quote-customer-price">{format_money(locale, customer_price)}</dd>
                    if !props.portal { <dt>{t(locale, "quote-partner-cost")}</dt><dd>{format_money(locale, partner_cost)}</dd> }
                </dl>
                <p class="hint">{t(locale, "quote-r8-note")}</p>
            }
            if let Decision::Denied(reasons) = &may_buy {
                <div class="notice error portal-error precheck" data-testid="purchase-precheck">
                    <strong>{t(locale, "purchase-precheck-title")}</strong>
                    <ul>{ for reasons.iter().map(|r| if props.portal { portal_reason_line(locale, r) } else { reason_line(locale, r) }) }</ul>
                </div>
            }
            <button type="submit" class="primary" disabled={qty.is_err()}>{t(locale, if props.portal { "portal-purchase" } else { "pc-buy-on-behalf" })}</button>
        </form>
    }
}
