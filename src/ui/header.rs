//! The header: which system, who you are (persona switcher), language, simulated clock.
use super::model::{use_app, Msg};
use super::widgets::event_value;
use crate::domain::projections::actor_name;
use crate::domain::{Actor, Command, RbacRole, State, UserId};
use crate::i18n::{format_datetime, t, Locale};
use yew::prelude::*;

fn persona_value(actor: &Actor) -> String {
    match actor {
        Actor::Partner(u) => format!("p:{u}"),
        Actor::Customer(u) => format!("c:{u}"),
        Actor::Simulator => String::new(),
    }
}

fn parse_persona(value: &str) -> Option<Actor> {
    let (kind, id) = value.split_once(':')?;
    match kind {
        "p" => Some(Actor::Partner(UserId::new(id))),
        "c" => Some(Actor::Customer(UserId::new(id))),
        _ => None,
    }
}

/// A customer user's RBAC roles, each once, in the order of `RbacRole::ALL`.
fn role_summary(locale: Locale, state: &State, user: &UserId) -> String {
    let held: Vec<RbacRole> = state.all_roles_of(user).map(|(_, r)| r).collect();
    let roles: Vec<String> = RbacRole::ALL
        .into_iter()
        .filter(|r| held.contains(r))
        .map(|r| t(locale, r.key()))
        .collect();
    if roles.is_empty() {
        t(locale, "rbac-none")
    } else {
        roles.join(", ")
    }
}

#[component]
pub fn Header() -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let on_persona = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            if let Some(actor) = parse_persona(&event_value(&e)) {
                app.dispatch(Msg::SwitchPersona(actor));
            }
        })
    };
    let on_locale = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            if let Some(l) = Locale::from_tag(&event_value(&e)) {
                app.dispatch(Msg::SetLocale(l));
            }
        })
    };
    let advance = |days: u32, months: u32| {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Msg::Execute {
                command: Command::AdvanceClock { days, months },
                as_simulator: true,
                done: "notice-clock-advanced",
            })
        })
    };
    let current = persona_value(&app.persona);
    let role_label = match &app.persona {
        Actor::Partner(u) => state
            .partner_users
            .get(u)
            .map(|p| t(locale, p.role.key()))
            .unwrap_or_default(),
        Actor::Customer(u) => {
            let roles: Vec<String> = state
                .all_roles_of(u)
                .map(|(_, r)| t(locale, r.key()))
                .collect();
            if roles.is_empty() {
                t(locale, "rbac-none")
            } else {
                roles.join(", ")
            }
        }
        Actor::Simulator => String::new(),
    };
    let system = if app.is_partner() {
        "system-partner-center"
    } else {
        "system-azure-portal"
    };
    html! {
        <header class="topbar" role="banner">
            <div class="system">
                <span class="system-name" data-testid="system-name">{t(locale, system)}</span>
                if app.is_partner() {
                    <span class="partner-name">{state.partner.name.clone()}</span>
                }
            </div>
            <div class="who">
                <label for="persona">{t(locale, "persona-label")}</label>
                <select id="persona" onchange={on_persona}>
                    <optgroup label={t(locale, "persona-group-partner")}>
                    { for state.partner_users.values().map(|u| {
                        let v = persona_value(&Actor::Partner(u.id.clone()));
                        html! { <option value={v.clone()} selected={v == current}>{format!("{} — {}", u.name, t(locale, u.role.key()))}</option> }
                    }) }
                    </optgroup>
                    { for state.customers.values().map(|c| html! {
                        <optgroup label={c.name.clone()}>
                        { for state.users_of(&c.id).map(|u| {
                            let actor = Actor::Customer(u.id.clone());
                            let v = persona_value(&actor);
                            let roles = role_summary(locale, &state, &u.id);
                            html! { <option value={v.clone()} selected={v == current}>{format!("{} — {}", actor_name(&state, &actor), roles)}</option> }
                        }) }
                        </optgroup>
                    }) }
                </select>
                <span class="role" data-testid="persona-role">{role_label}</span>
            </div>
            <div class="clock" aria-label={t(locale, "clock-label")}>
                <span data-testid="clock">{format_datetime(locale, state.now)}</span>
                <button onclick={advance(1, 0)}>{t(locale, "clock-plus-day")}</button>
                <button onclick={advance(0, 1)}>{t(locale, "clock-plus-month")}</button>
                <button onclick={advance(0, 12)}>{t(locale, "clock-plus-year")}</button>
            </div>
            <div class="lang">
                <label for="locale">{t(locale, "language-label")}</label>
                <select id="locale" onchange={on_locale}>
                    { for Locale::ALL.iter().map(|l| html! {
                        <option value={l.tag()} selected={*l == locale}>{l.native_name()}</option>
                    }) }
                </select>
            </div>
        </header>
    }
}
