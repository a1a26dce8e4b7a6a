//! Simulator settings: the end of the compute exchange grace period (R13), a tenant
//! setting with none by default (Microsoft's "until further notice"). An Admin agent sets
//! it (S1); a trainer then advances the clock past it to show what changes.
use super::model::{use_app, Msg};
use super::widgets::{on_input_set, reason_line, refusal_preview, NoticeBar, CONFIRM_CLASS};
use crate::domain::projections::explain;
use crate::domain::{Action, Command, Timestamp};
use crate::i18n::{format_date, t, t_args};
use yew::prelude::*;

#[component]
pub fn Settings() -> Html {
    let app = use_app();
    let locale = app.locale;
    let typed = use_state(String::new);
    let state = app.state();
    let decision = explain(&state, &app.persona, &Action::SetupTenant);
    let parsed = Timestamp::parse_iso_date(&typed);
    let set = |end: Option<Timestamp>| {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Msg::Execute {
                command: Command::SetExchangeGracePeriodEnd { end },
                as_simulator: false,
                done: "notice-settings-saved",
            })
        })
    };
    html! {
        <section class="page">
            <h1>{t(locale, "settings-title")}</h1>
            <p>{t(locale, "settings-intro")}</p>
            <NoticeBar />
            <section aria-labelledby="grace-title">
                <h2 id="grace-title">{t(locale, "settings-grace-title")}</h2>
                <p data-testid="grace-end">{ match state.exchange_grace_end {
                    Some(end) => t_args(locale, "settings-grace-ends", &[("end", format_date(locale, end).into())]),
                    None => t(locale, "settings-grace-none"),
                } }</p>
                <p class="hint">{t(locale, "settings-grace-hint")}</p>
                <div class="inline-form">
                    <label for="grace-end-date">{t(locale, "settings-grace-date")}</label>
                    <input id="grace-end-date" type="date" value={(*typed).clone()} oninput={on_input_set(&typed)}
                        aria-invalid={(!typed.is_empty() && parsed.is_none()).to_string()} />
                    <button class={CONFIRM_CLASS} disabled={parsed.is_none()} onclick={set(parsed)}>{t(locale, "settings-grace-set")}</button>
                    <button disabled={state.exchange_grace_end.is_none()} onclick={set(None)}>{t(locale, "settings-grace-clear")}</button>
                </div>
                if !typed.is_empty() && parsed.is_none() {
                    <div class="field-error" role="alert">{t(locale, "input-date-invalid")}</div>
                }
                {refusal_preview(locale, &decision)}
                <ul class="reasons">{ for decision.reasons().iter().filter(|_| decision.is_allowed()).map(|r| reason_line(locale, r)) }</ul>
            </section>
        </section>
    }
}
