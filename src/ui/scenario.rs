//! Scenario & data: export / import scenario files (with expectations), share links,
//! reset to the demo tenant or start blank. Every replacement is confirmed first.
use super::model::{use_app, Msg};
use super::route::{self, Route};
use super::widgets::{download, error_list, persona_name, read_chosen_file};
use crate::domain::projections::GridAction;
use crate::domain::{Actor, UserId};
use crate::i18n::{t, t_args, Locale};
use crate::store::scenario::{self, evaluate, Expectation, ImportError, Scenario};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Which replacement waits for the person's confirmation.
#[derive(Clone)]
enum Pending {
    Reset,
    Blank,
    Import(Rc<Scenario>),
}

fn persona_label(locale: Locale, state: &crate::domain::State, id: &str) -> String {
    let user = UserId::new(id);
    let actor = if state.partner_users.contains_key(&user) {
        Actor::Partner(user)
    } else {
        Actor::Customer(user)
    };
    persona_name(locale, state, &actor)
}

#[component]
pub fn ScenarioPage() -> Html {
    let app = use_app();
    let locale = app.locale;
    let text = use_state(String::new);
    let errors = use_state(Vec::<ImportError>::new);
    let pending = use_state(|| None::<Pending>);
    let link = use_state(|| None::<String>);
    let state = app.state();

    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                text.set(area.value());
            }
        })
    };
    let check_import = |source: String,
                        errors: UseStateHandle<Vec<ImportError>>,
                        pending: UseStateHandle<Option<Pending>>| {
        match scenario::import(&source) {
            Ok(s) => {
                errors.set(Vec::new());
                pending.set(Some(Pending::Import(Rc::new(s))));
            }
            Err(list) => errors.set(list),
        }
    };
    let on_import_text = {
        let (text, errors, pending) = (text.clone(), errors.clone(), pending.clone());
        Callback::from(move |_| check_import((*text).clone(), errors.clone(), pending.clone()))
    };
    let on_file = {
        let (errors, pending) = (errors.clone(), pending.clone());
        Callback::from(move |e: Event| {
            let (errors, pending) = (errors.clone(), pending.clone());
            read_chosen_file(&e, scenario::MAX_BYTES, move |read| match read {
                Ok(source) => check_import(source, errors, pending),
                Err(error) => errors.set(vec![error]),
            });
        })
    };
    let on_export = {
        let app = app.clone();
        Callback::from(move |_| download_scenario(&app))
    };
    let on_share = {
        let (app, link) = (app.clone(), link.clone());
        Callback::from(move |_| {
            let payload = scenario::share_payload(&app.state(), &app.expectations);
            let base = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .map(|h| h.split('#').next().unwrap_or_default().to_string())
                .unwrap_or_default();
            link.set(Some(format!("{base}#/share/{payload}")));
        })
    };
    let ask = |p: Pending| {
        let pending = pending.clone();
        Callback::from(move |_| pending.set(Some(p.clone())))
    };
    let confirm = {
        let (app, pending, text) = (app.clone(), pending.clone(), text.clone());
        Callback::from(move |_| {
            match (*pending).clone() {
                Some(Pending::Reset) => app.dispatch(Msg::ResetToDemo),
                Some(Pending::Blank) => app.dispatch(Msg::StartBlank),
                Some(Pending::Import(s)) => {
                    app.dispatch(Msg::Import(s));
                    text.set(String::new());
                }
                None => {}
            }
            pending.set(None);
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_| pending.set(None))
    };
    let confirm_text = match &*pending {
        Some(Pending::Reset) => t(locale, "confirm-reset"),
        Some(Pending::Blank) => t(locale, "confirm-blank"),
        Some(Pending::Import(s)) => t_args(
            locale,
            "confirm-import",
            &[
                (
                    "events",
                    t_args(
                        locale,
                        "count-events",
                        &[("count", s.state.log.len().into())],
                    )
                    .into(),
                ),
                (
                    "expectations",
                    t_args(
                        locale,
                        "count-expectations",
                        &[("count", s.expectations.len().into())],
                    )
                    .into(),
                ),
            ],
        ),
        None => String::new(),
    };

    html! {
        <section class="page scenario">
            <h1>{t(locale, "scenario-title")}</h1>
            if pending.is_some() {
                <div class="confirm danger" role="alertdialog" aria-labelledby="confirm-text" data-testid="confirm">
                    <p id="confirm-text">{confirm_text}</p>
                    <button class="danger" onclick={confirm}>{t(locale, "confirm-yes")}</button>
                    <button onclick={cancel}>{t(locale, "confirm-no")}</button>
                </div>
            }
            <h2>{t(locale, "expectations-title")}</h2>
            if app.expectations.is_empty() {
                <p class="hint">{t(locale, "expectations-none")}</p>
            } else {
                <table class="grid" data-testid="expectations">
                    <thead><tr><th>{t(locale, "who-may-persona")}</th><th>{t(locale, "expectations-action")}</th><th>{t(locale, "expectations-target")}</th><th>{t(locale, "expectations-expected")}</th><th>{t(locale, "expectations-result")}</th></tr></thead>
                    <tbody>{ for app.expectations.iter().map(|x| expectation_row(locale, &state, x)) }</tbody>
                </table>
            }
            <h2>{t(locale, "scenario-export-title")}</h2>
            <p>{t(locale, "scenario-export-intro")}</p>
            <button onclick={on_export}>{t(locale, "scenario-export")}</button>{" "}
            <button onclick={on_share}>{t(locale, "scenario-share")}</button>
            if let Some(l) = &*link {
                <p><label for="share-link">{t(locale, "scenario-share-label")}</label>
                <input id="share-link" class="wide" readonly=true value={l.clone()} /></p>
            }
            <h2>{t(locale, "scenario-import-title")}</h2>
            <p>{t(locale, "scenario-import-intro")}</p>
            <label for="scenario-file">{t(locale, "scenario-import-file")}</label>
            <input id="scenario-file" type="file" accept="application/json,.json" onchange={on_file} />
            <label for="scenario-text">{t(locale, "scenario-import-paste")}</label>
            <textarea id="scenario-text" rows="6" value={(*text).clone()} oninput={on_text} />
            <button onclick={on_import_text} disabled={text.trim().is_empty()}>{t(locale, "scenario-import")}</button>
            if !errors.is_empty() { {error_list(locale, &errors)} }
            <h2>{t(locale, "scenario-start-over")}</h2>
            <button class="danger" onclick={ask(Pending::Reset)}>{t(locale, "reset-demo")}</button>{" "}
            <button class="danger" onclick={ask(Pending::Blank)}>{t(locale, "start-blank")}</button>
        </section>
    }
}

/// Offers the whole history and its expectations as a scenario file.
pub fn download_scenario(app: &super::model::AppContext) {
    let text = scenario::export(&app.state(), &app.expectations);
    download("csp-scenario.json", &text, "application/json");
}

fn expectation_row(locale: Locale, state: &crate::domain::State, x: &Expectation) -> Html {
    let verdict = evaluate(state, x);
    let passed = verdict.as_ref().is_some_and(|v| v.passed);
    let action = GridAction::from_code(&x.action)
        .map(|a| t(locale, a.key()))
        .unwrap_or_else(|| x.action.clone());
    let expected = format!(
        "{}{}",
        t(
            locale,
            if x.expect == "allowed" {
                "allowed"
            } else {
                "denied"
            }
        ),
        x.rule
            .as_ref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default()
    );
    let actual = verdict
        .as_ref()
        .map(|v| {
            let rules: Vec<&str> = v.rules.iter().map(|r| r.code()).collect();
            format!(
                "{} ({})",
                t(locale, if v.allowed { "allowed" } else { "denied" }),
                rules.join(", ")
            )
        })
        .unwrap_or_default();
    html! {
        <tr class={if passed { "passed" } else { "failed" }}>
            <td>{persona_label(locale, state, &x.persona)}</td>
            <td>{action}</td>
            <td>{x.target.clone()}</td>
            <td>{expected}</td>
            <td>
                if passed { <span class="badge allowed"><span aria-hidden="true">{"✔ "}</span>{t(locale, "expectation-passed")}</span> }
                else { <span class="badge denied"><span aria-hidden="true">{"✖ "}</span>{t(locale, "expectation-failed")}</span> }
                {" "}<span class="hint">{actual}</span>
            </td>
        </tr>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub payload: String,
}

/// Opens a share link in the sandbox (saved work untouched) and goes to the start page.
#[component]
pub fn ShareLink(props: &ShareProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let result = use_memo(props.payload.clone(), |p| {
        scenario::open_share(p).map(Rc::new)
    });
    {
        let (app, result) = (app.clone(), result.clone());
        use_effect_with(props.payload.clone(), move |_| {
            if let Ok(s) = &*result {
                app.dispatch(Msg::OpenSandbox(s.clone()));
                route::replace(&Route::Scenario);
            }
        });
    }
    match &*result {
        Ok(_) => html! { <p>{t(locale, "share-opening")}</p> },
        Err(errors) => {
            html! { <section class="page"><h1>{t(locale, "share-broken")}</h1>{error_list(locale, errors)}</section> }
        }
    }
}
