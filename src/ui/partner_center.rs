//! Partner Center: customers list with search, and the Pricing page (R8).
use super::model::{use_app, Msg};
use super::route::Route;
use super::widgets::{input_value, page_bounds, NoticeBar, Pager, PAGE_SIZE};
use crate::domain::command::{is_valid_domain, name_error, MAX_NAME_CHARS};
use crate::domain::{Command, Money, Term, TextQuery};
use crate::i18n::{format_amount, format_money, parse_price, t, t_args};
use std::collections::BTreeMap;
use yew::prelude::*;

#[component]
pub fn CustomerList() -> Html {
    let app = use_app();
    let locale = app.locale;
    let query = use_state(String::new);
    let page = use_state(|| 0usize);
    let state = app.state();
    let q = TextQuery::new(&query);
    let matching: Vec<_> = state
        .customers
        .values()
        .filter(|c| q.is_empty() || q.found_in(&c.name) || q.found_in(&c.domain))
        .collect();
    let (current, pages) = page_bounds(matching.len(), *page);
    let on_search = {
        let query = query.clone();
        let page = page.clone();
        Callback::from(move |e: InputEvent| {
            query.set(input_value(&e));
            page.set(0);
        })
    };
    html! {
        <section class="page">
            <h1>{t(locale, "customers-title")}</h1>
            <NoticeBar />
            <label for="customer-search">{t(locale, "customers-search")}</label>
            <input id="customer-search" type="search" value={(*query).clone()} oninput={on_search} />
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(locale, "table-region")}>
            <table class="grid">
                <thead><tr><th>{t(locale, "customers-col-name")}</th><th>{t(locale, "customers-col-domain")}</th><th>{t(locale, "customers-col-permission")}</th><th>{t(locale, "customers-col-savings-plan-permission")}</th></tr></thead>
                <tbody>
                { for matching.iter().skip(current * PAGE_SIZE).take(PAGE_SIZE).map(|c| html! {
                    <tr>
                        <td><a href={Route::Customer { id: c.id.to_string(), tab: "account".into() }.href()}>{c.name.clone()}</a></td>
                        <td>{c.domain.clone()}</td>
                        <td>{ if c.permission.is_some() { t(locale, "on") } else { t(locale, "off") } }</td>
                        <td>{ if c.savings_plan_permission.is_some() { t(locale, "on") } else { t(locale, "off") } }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
            if matching.is_empty() { <p>{t(locale, "customers-none")}</p> }
            <Pager page={current} {pages} on_page={Callback::from({ let page = page.clone(); move |p| page.set(p) })} />
            <AddCustomer />
        </section>
    }
}

/// R8: the partner sets what customers pay; cost and margin beside it.
#[component]
pub fn Pricing() -> Html {
    let app = use_app();
    let locale = app.locale;
    let drafts = use_state(BTreeMap::<String, String>::new);
    let state = app.state();
    let rows = state
        .catalogue
        .products
        .iter()
        .flat_map(|p| Term::ALL.map(|term| (p.clone(), term)));
    html! {
        <section class="page">
            <h1>{t(locale, "pricing-title")}</h1>
            <p>{t(locale, "pricing-intro")}</p>
            <NoticeBar />
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(locale, "table-region")}>
            <table class="grid">
                <thead><tr>
                    <th>{t(locale, "col-product")}</th><th>{t(locale, "col-term")}</th>
                    <th>{t(locale, "col-web-direct")}</th><th>{t(locale, "col-partner-cost")}</th>
                    <th>{t(locale, "col-customer-price")}</th><th>{t(locale, "col-margin")}</th><th>{t(locale, "col-actions")}</th>
                </tr></thead>
                <tbody>
                { for rows.map(|(p, term)| {
                    let key = format!("{}:{}", p.id, term.code());
                    let current = state.customer_price(&p.id, term).unwrap_or(Money::ZERO);
                    // shown and read as the page's language writes amounts
                    let text = drafts.get(&key).cloned().unwrap_or_else(|| format_amount(locale, current));
                    let parsed = parse_price(locale, &text);
                    let row = t_args(locale, "pricing-row", &[("product", p.name.into()), ("term", t_args(locale, "term-years", &[("years", term.years().into())]).into())]);
                    let error = parsed.err().map(|e| t(locale, e.key()));
                    let margin = current - p.partner_cost(term);
                    let input_id = format!("price-{key}");
                    let on_input = {
                        let drafts = drafts.clone();
                        let key = key.clone();
                        Callback::from(move |e: InputEvent| {
                            let mut d = (*drafts).clone();
                            d.insert(key.clone(), input_value(&e));
                            drafts.set(d);
                        })
                    };
                    let on_save = {
                        let app = app.clone();
                        let product = p.id.clone();
                        Callback::from(move |_| {
                            if let Ok(price) = parsed {
                                app.dispatch(Msg::Execute { command: Command::SetCustomerPrice { product: product.clone(), term, price }, as_simulator: false, done: "notice-price-saved" });
                            }
                        })
                    };
                    html! {
                        <tr>
                            <td>{p.name}</td><td>{t_args(locale, "term-years", &[("years", term.years().into())])}</td>
                            <td>{format_money(locale, p.web_direct(term))}</td>
                            <td>{format_money(locale, p.partner_cost(term))}</td>
                            <td>
                                <label class="visually-hidden" for={input_id.clone()}>{t_args(locale, "pricing-price-label", &[("row", row.clone().into())])}</label>
                                <input id={input_id} inputmode="decimal" value={text} oninput={on_input} aria-invalid={error.is_some().to_string()} />
                                if let Some(msg) = error.clone() { <div class="field-error" role="alert">{msg}</div> }
                            </td>
                            <td>{format_money(locale, margin)}</td>
                            <td><button class="primary" disabled={error.is_some()} onclick={on_save} aria-label={t_args(locale, "pricing-save-label", &[("row", row.into())])}>{t(locale, "save")}</button></td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}

/// S1: an Admin agent adds a customer (name and domain, validated as typed).
#[component]
fn AddCustomer() -> Html {
    let app = use_app();
    let locale = app.locale;
    let name = use_state(String::new);
    let domain = use_state(String::new);
    let touched = use_state(|| false);
    let name_error = name_error(&name);
    let domain_ok = is_valid_domain(&domain);
    let on_name = {
        let (name, touched) = (name.clone(), touched.clone());
        Callback::from(move |e: InputEvent| {
            name.set(input_value(&e));
            touched.set(true);
        })
    };
    let on_domain = {
        let (domain, touched) = (domain.clone(), touched.clone());
        Callback::from(move |e: InputEvent| {
            domain.set(input_value(&e));
            touched.set(true);
        })
    };
    let valid = name_error.is_none() && domain_ok;
    let on_submit = {
        let app = app.clone();
        let (name, domain, touched) = (name.clone(), domain.clone(), touched.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            touched.set(true);
            if valid {
                app.dispatch(Msg::Execute {
                    command: Command::AddCustomer {
                        name: (*name).clone(),
                        domain: (*domain).clone(),
                    },
                    as_simulator: false,
                    done: "notice-customer-added",
                });
                name.set(String::new());
                domain.set(String::new());
                touched.set(false);
            }
        })
    };
    html! {
        <>
        <h2>{t(locale, "customers-add-title")}</h2>
        <form class="inline-form" onsubmit={on_submit} novalidate=true>
            <label for="new-customer-name">{t(locale, "customers-col-name")}</label>
            <input id="new-customer-name" value={(*name).clone()} oninput={on_name} aria-invalid={(*touched && name_error.is_some()).to_string()} />
            <label for="new-customer-domain">{t(locale, "customers-col-domain")}</label>
            <input id="new-customer-domain" value={(*domain).clone()} oninput={on_domain} placeholder="fabrikam.example" aria-invalid={(*touched && !domain_ok).to_string()} />
            <button type="submit" class="primary" disabled={*touched && !valid}>{t(locale, "customers-add")}</button>
            if *touched {
                if let Some(key) = name_error { <div class="field-error" role="alert">{t_args(locale, key, &[("max", MAX_NAME_CHARS.into())])}</div> }
                if !domain_ok { <div class="field-error" role="alert">{t(locale, "input-domain-invalid")}</div> }
            }
        </form>
        </>
    }
}
