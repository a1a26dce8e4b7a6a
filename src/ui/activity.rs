//! Activity log: filter by date range, customer and operation; paged; CSV export.
use super::model::use_app;
use super::widgets::{download, event_value, input_value, page_bounds, Pager, PAGE_SIZE};
use super::widgets::{persona_name, reason_line};
use crate::domain::projections::explain;
use crate::domain::projections::{activity, activity_csv, ActivityFilter};
use crate::domain::{Action, Decision};
use crate::domain::{Operation, Timestamp};
use crate::i18n::{format_datetime, t};
use yew::prelude::*;

/// R15: the page is the Admin agent's; Sales and Helpdesk agents who follow the link see
/// why not, rather than an empty page.
#[component]
pub fn ActivityLog() -> Html {
    let app = use_app();
    let locale = app.locale;
    let may_open = explain(&app.state(), &app.persona, &Action::ViewActivityLog);
    if let Decision::Denied(reasons) = may_open {
        return html! {
            <section class="page">
                <h1>{t(locale, "activity-title")}</h1>
                <div class="notice error" role="alert" data-testid="activity-refused">
                    <strong><span aria-hidden="true">{"⛔ "}</span>{t(locale, "notice-denied-title")}</strong>
                    <ul>{ for reasons.iter().map(|r| reason_line(locale, r)) }</ul>
                </div>
            </section>
        };
    }
    html! { <ActivityEntries /> }
}

#[component]
fn ActivityEntries() -> Html {
    let app = use_app();
    let locale = app.locale;
    let filter = use_state(ActivityFilter::default);
    let page = use_state(|| 0usize);
    let state = app.state();
    let total = activity(&state, &filter).count();
    let (current, pages) = page_bounds(total, *page);
    let update = |f: fn(&mut ActivityFilter, String)| {
        let filter = filter.clone();
        let page = page.clone();
        Callback::from(move |e: Event| {
            let mut next = (*filter).clone();
            f(&mut next, event_value(&e));
            filter.set(next);
            page.set(0);
        })
    };
    let on_customer = {
        let filter = filter.clone();
        let page = page.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*filter).clone();
            let v = input_value(&e);
            next.customer = (!v.trim().is_empty()).then_some(v);
            filter.set(next);
            page.set(0);
        })
    };
    let export = {
        let app = app.clone();
        let filter = filter.clone();
        Callback::from(move |_| {
            let state = app.state();
            download(
                "activity-log.csv",
                &activity_csv(&state, activity(&state, &filter), |op| {
                    t(locale, &format!("op-{}", op.code()))
                }),
                "text/csv",
            );
        })
    };
    html! {
        <section class="page">
            <h1>{t(locale, "activity-title")}</h1>
            <div class="filters">
                <label for="act-from">{t(locale, "activity-from")}</label>
                <input id="act-from" type="date" onchange={update(|f, v| f.from = Timestamp::parse_iso_date(&v))} />
                <label for="act-to">{t(locale, "activity-to")}</label>
                <input id="act-to" type="date" onchange={update(|f, v| f.to = Timestamp::parse_iso_date(&v))} />
                <label for="act-customer">{t(locale, "activity-customer")}</label>
                <input id="act-customer" type="search" placeholder={t(locale, "activity-customer-hint")} oninput={on_customer} />
                <label for="act-operation">{t(locale, "activity-operation")}</label>
                <select id="act-operation" onchange={update(|f, v| f.operation = Operation::from_code(&v))}>
                    <option value="">{t(locale, "activity-any")}</option>
                    { for Operation::ALL.iter().map(|op| html! { <option value={op.code()}>{t(locale, &format!("op-{}", op.code()))}</option> }) }
                </select>
                <button onclick={export}>{t(locale, "activity-export")}</button>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(locale, "table-region")}>
            <table class="grid" data-testid="activity-log">
                <thead><tr><th>{t(locale, "col-date")}</th><th>{t(locale, "activity-customer")}</th><th>{t(locale, "activity-operation")}</th><th>{t(locale, "col-user")}</th><th>{t(locale, "col-status")}</th></tr></thead>
                <tbody>
                { for activity(&state, &filter).skip(current * PAGE_SIZE).take(PAGE_SIZE).map(|r| html! {
                    <tr>
                        <td>{format_datetime(locale, r.at)}</td>
                        <td>{r.event.customer().and_then(|c| state.customers.get(c)).map(|c| c.name.clone()).unwrap_or_default()}</td>
                        <td>{t(locale, &format!("op-{}", r.event.operation().code()))}</td>
                        <td>{persona_name(locale, &state, &r.actor)}</td>
                        <td>{t(locale, "status-succeeded")}</td>
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
            <Pager page={current} {pages} on_page={Callback::from({ let page = page.clone(); move |p| page.set(p) })} />
        </section>
    }
}
