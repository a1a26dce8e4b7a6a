//! Partner Center: customers list with search, and the Pricing page (R8).
use super::model::{use_app, Msg};
use super::route::Route;
use super::widgets::{input_value, NoticeBar};
use crate::domain::{Command, Money, Term};
use crate::i18n::{format_money, t, t_args};
use std::collections::BTreeMap;
use yew::prelude::*;
use yew_router::prelude::*;

pub const PAGE_SIZE: usize = 50;

#[component]
pub fn CustomerList() -> Html {
    let app = use_app();
    let locale = app.locale;
    let query = use_state(String::new);
    let page = use_state(|| 0usize);
    let state = app.state();
    let q = query.to_lowercase();
    let matching: Vec<_> = state
        .customers
        .values()
        .filter(|c| q.is_empty() || c.name.to_lowercase().contains(&q) || c.domain.contains(&q))
        .collect();
    let pages = matching.len().div_ceil(PAGE_SIZE).max(1);
    let current = (*page).min(pages - 1);
    let on_search = {
        let query = query.clone();
        let page = page.clone();
        Callback::from(move |e: InputEvent| {
            query.set(input_value(&e));
            page.set(0);
        })
    };
    let go = |p: usize| {
        let page = page.clone();
        Callback::from(move |_| page.set(p))
    };
    html! {
        <section class="page">
            <h1>{t(locale, "customers-title")}</h1>
            <NoticeBar />
            <label for="customer-search">{t(locale, "customers-search")}</label>
            <input id="customer-search" type="search" value={(*query).clone()} oninput={on_search} />
            <table class="grid">
                <thead><tr><th>{t(locale, "customers-col-name")}</th><th>{t(locale, "customers-col-domain")}</th><th>{t(locale, "customers-col-permission")}</th></tr></thead>
                <tbody>
                { for matching.iter().skip(current * PAGE_SIZE).take(PAGE_SIZE).map(|c| html! {
                    <tr>
                        <td><Link<Route> to={Route::Customer { id: c.id.to_string(), tab: "account".into() }}>{c.name.clone()}</Link<Route>></td>
                        <td>{c.domain.clone()}</td>
                        <td>{ if c.permission.is_some() { t(locale, "on") } else { t(locale, "off") } }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            if matching.is_empty() { <p>{t(locale, "customers-none")}</p> }
            <div class="pager">
                <button disabled={current == 0} onclick={go(current.saturating_sub(1))}>{t(locale, "page-previous")}</button>
                <span>{t_args(locale, "page-of", &[("page", (current + 1).into()), ("pages", pages.into())])}</span>
                <button disabled={current + 1 >= pages} onclick={go(current + 1)}>{t(locale, "page-next")}</button>
            </div>
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
            <table class="grid">
                <thead><tr>
                    <th>{t(locale, "col-product")}</th><th>{t(locale, "col-term")}</th>
                    <th>{t(locale, "col-web-direct")}</th><th>{t(locale, "col-partner-cost")}</th>
                    <th>{t(locale, "col-customer-price")}</th><th>{t(locale, "col-margin")}</th><th></th>
                </tr></thead>
                <tbody>
                { for rows.map(|(p, term)| {
                    let key = format!("{}:{}", p.id, term.code());
                    let current = state.customer_price(&p.id, term).unwrap_or(Money::ZERO);
                    let text = drafts.get(&key).cloned().unwrap_or_else(|| current.plain());
                    let parsed = Money::parse(&text);
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
                                <label class="visually-hidden" for={input_id.clone()}>{t(locale, "col-customer-price")}</label>
                                <input id={input_id} inputmode="decimal" value={text} oninput={on_input} aria-invalid={error.is_some().to_string()} />
                                if let Some(msg) = error.clone() { <div class="field-error" role="alert">{msg}</div> }
                            </td>
                            <td>{format_money(locale, margin)}</td>
                            <td><button class="primary" disabled={error.is_some()} onclick={on_save}>{t(locale, "save")}</button></td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
        </section>
    }
}
