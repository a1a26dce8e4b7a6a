//! Partner Center API console: SelfServePolicy's five calls, or a request written by hand,
//! sent as the signed-in partner user; the response as the API writes it; a history of
//! this visit's requests, each copyable. `crate::api` reads and answers; this only renders.
use super::model::{use_app, Msg};
use super::widgets::{event_value, exchange_view, on_change_set, on_input_set};
use crate::api::{self, Request};
use crate::domain::CustomerId;
use crate::i18n::{t, t_args};
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[component]
pub fn ApiConsole() -> Html {
    let app = use_app();
    let locale = app.locale;
    let method = use_state(|| "POST".to_string());
    let path = use_state(String::new);
    let body = use_state(String::new);
    let customer = use_state(String::new);
    let state = app.state();
    let who = super::widgets::persona_name(locale, &state, &app.persona);
    if !app.is_partner() {
        return html! {
            <section class="page">
                <h1>{t(locale, "api-title")}</h1>
                <p class="notice teaching" data-testid="api-partner-tool">{t(locale, "api-partner-tool")}</p>
            </section>
        };
    }
    let chosen_customer = if customer.is_empty() {
        state
            .customers
            .keys()
            .next()
            .map(|c| c.to_string())
            .unwrap_or_default()
    } else {
        (*customer).clone()
    };
    let examples = state
        .customers
        .get(&CustomerId::new(chosen_customer.as_str()))
        .map(|c| api::examples(&state, c))
        .unwrap_or_default();
    let on_pick = {
        let (method, path, body) = (method.clone(), path.clone(), body.clone());
        let examples = examples.clone();
        Callback::from(move |e: Event| {
            let key = event_value(&e);
            if let Some((_, r)) = examples.iter().find(|(k, _)| *k == key) {
                method.set(r.method.clone());
                path.set(r.path.clone());
                body.set(r.body.clone());
            }
        })
    };
    let on_body = {
        let body = body.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                body.set(area.value());
            }
        })
    };
    let send = {
        let app = app.clone();
        let (method, path, body) = (method.clone(), path.clone(), body.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            app.dispatch(Msg::ApiRequest(Request::new(&method, &path, &body)));
        })
    };
    let last = app.api_history.last().cloned();
    html! {
        <section class="page api-console">
            <h1>{t(locale, "api-title")}</h1>
            <p>{t(locale, "api-intro")}</p>
            <p class="hint" data-testid="api-speaks-as">{t_args(locale, "api-speaks-as", &[("user", who.into())])}</p>
            <div class="inline-form">
                <label for="api-customer">{t(locale, "api-customer")}</label>
                <select id="api-customer" onchange={on_change_set(&customer)}>
                    { for state.customers.values().take(200).map(|c| html! {
                        <option value={c.id.to_string()} selected={c.id.as_str() == chosen_customer}>{c.name.clone()}</option>
                    }) }
                </select>
                <label for="api-pick">{t(locale, "api-pick")}</label>
                <select id="api-pick" onchange={on_pick}>
                    <option value="" selected=true>{t(locale, "api-pick-none")}</option>
                    { for examples.iter().map(|(key, r)| html! {
                        <option value={*key}>{format!("{} {}", r.method, t(locale, &format!("api-call-{key}")))}</option>
                    }) }
                </select>
            </div>
            <form class="api-form" onsubmit={send} novalidate=true>
                <div class="inline-form">
                    <label for="api-method">{t(locale, "api-method")}</label>
                    <select id="api-method" onchange={on_change_set(&method)}>
                        { for ["GET", "POST", "PUT", "DELETE"].iter().map(|m| html! { <option value={*m} selected={*m == *method}>{*m}</option> }) }
                    </select>
                    <label for="api-path">{t(locale, "api-path")}</label>
                    <input id="api-path" class="wide" value={(*path).clone()} oninput={on_input_set(&path)} placeholder="/v1/SelfServePolicy" spellcheck="false" />
                </div>
                <label for="api-body">{t(locale, "api-body")}</label>
                <textarea id="api-body" rows="12" spellcheck="false" value={(*body).clone()} oninput={on_body} />
                <button type="submit" class="primary">{t(locale, "api-send")}</button>
            </form>
            if let Some((request, response)) = &last {
                <h2>{t(locale, "api-response")}</h2>
                <p class="api-status" data-testid="api-status">{response.status_line()}</p>
                {exchange_view(locale, request, response, "api-last")}
            }
            <h2>{t(locale, "api-history")}</h2>
            if app.api_history.is_empty() {
                <p>{t(locale, "api-history-none")}</p>
            } else {
                <ol class="api-history" data-testid="api-history" reversed=true>
                    { for app.api_history.iter().rev().map(|(request, response)| html! {
                        <li>
                            <details>
                                <summary>{format!("{} {} → {}", request.method, request.path, response.status_line())}</summary>
                                {exchange_view(locale, request, response, "api-history-entry")}
                            </details>
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}
