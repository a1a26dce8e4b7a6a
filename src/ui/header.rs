//! The header: which system, who you are (persona switcher), language, simulated clock.
use super::model::{use_app, use_portal_look, Msg};
use super::widgets::{event_value, on_input_set};
use crate::domain::state::UserWithRoles;
use crate::domain::{Actor, Command, Customer, CustomerId, RbacRole, State, TextQuery, UserId};
use crate::i18n::{format_datetime, format_number, t, t_args, Locale};
use std::rc::Rc;
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

/// Role names, each once, or "no role".
fn roles_label(locale: Locale, roles: &[RbacRole]) -> String {
    if roles.is_empty() {
        t(locale, "rbac-none")
    } else {
        roles
            .iter()
            .map(|r| t(locale, r.key()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// At most this many customers' users are options at once: a `<select>` of thousands costs
/// every console switch tens of milliseconds of style and layout, and nobody scrolls it.
/// Larger tenants get a search beside the switcher.
const CUSTOMERS_LISTED: usize = 50;

/// The switcher's options, grouped: (group label, [(value, label)]), and how many of the
/// customers are listed (the rest are found by searching).
#[derive(PartialEq)]
pub struct PersonaOptions {
    groups: Vec<(String, Vec<(String, String)>)>,
    listed: usize,
    customers: usize,
}

/// Partner users, the current persona's own customer, and the first customers matching
/// `query` (by customer or user name; all while nothing is typed), up to `CUSTOMERS_LISTED`.
/// For the very first paint (`all` false) only the partner users and the own customer:
/// a large tenant's directory would slow it by milliseconds.
fn persona_options(
    locale: Locale,
    state: &State,
    all: bool,
    own_customer: Option<&CustomerId>,
    query: &str,
) -> PersonaOptions {
    let partner = state
        .partner_users
        .values()
        .map(|u| {
            (
                persona_value(&Actor::Partner(u.id.clone())),
                format!("{} — {}", u.name, t(locale, u.role.key())),
            )
        })
        .collect();
    let mut groups = vec![(t(locale, "persona-group-partner"), partner)];
    let query = TextQuery::new(query);
    let directory = match (all, own_customer) {
        (true, _) => state.directory(None),
        (false, Some(own)) => state.directory(Some(own)),
        (false, None) => Vec::new(),
    };
    let matches = |(customer, users): &(&Customer, Vec<UserWithRoles>)| {
        query.is_empty()
            || query.found_in(&customer.name)
            || users.iter().any(|(u, _)| query.found_in(&u.name))
    };
    for entry in &directory {
        let own = own_customer == Some(&entry.0.id);
        if !own && (groups.len() > CUSTOMERS_LISTED || !matches(entry)) {
            continue;
        }
        let (customer, users) = entry;
        let options = users
            .iter()
            .map(|(u, roles)| {
                (
                    persona_value(&Actor::Customer(u.id.clone())),
                    format!("{} — {}", u.name, roles_label(locale, roles)),
                )
            })
            .collect();
        groups.push((customer.name.clone(), options));
    }
    PersonaOptions {
        listed: groups.len() - 1,
        groups,
        customers: state.customers.len(),
    }
}

#[derive(Properties, PartialEq)]
struct PersonaSelectProps {
    options: Rc<PersonaOptions>,
    /// The chosen option's value, marked in the markup so the first frame shows it.
    current: AttrValue,
    on_change: Callback<Event>,
    node: NodeRef,
}

/// Rendered when its options or the persona change (at most fifty customers' users). The
/// header also sets the chosen value on the element: once a person has used a `<select>`,
/// the browser no longer follows its options' `selected` attributes.
#[component]
fn PersonaSelect(props: &PersonaSelectProps) -> Html {
    html! {
        <select id="persona" ref={props.node.clone()} onchange={props.on_change.clone()}>
            { for props.options.groups.iter().map(|(group, options)| html! {
                <optgroup label={group.clone()}>
                { for options.iter().map(|(value, label)| html! { <option value={value.clone()} selected={*value == *props.current}>{label.clone()}</option> }) }
                </optgroup>
            }) }
        </select>
    }
}

#[component]
pub fn Header() -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let on_persona = {
        let app = app.clone();
        use_callback((), move |e: Event, _| {
            if let Some(actor) = parse_persona(&event_value(&e)) {
                app.dispatch(Msg::SwitchPersona(actor));
            }
        })
    };
    // The full persona list arrives after the first frame.
    let all_personas = use_state(|| false);
    {
        let all_personas = all_personas.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                super::widgets::after_next_frame().await;
                all_personas.set(true);
            });
        });
    }
    let persona_query = use_state(String::new);
    let own_customer = state.customer_of(&app.persona).cloned();
    let options = {
        let app = app.clone();
        use_memo(
            (
                state.directory_changes,
                locale,
                *all_personas,
                own_customer,
                (*persona_query).clone(),
            ),
            move |(_, _, all, own, query)| {
                persona_options(locale, &app.state(), *all, own.as_ref(), query)
            },
        )
    };
    let on_persona_search = on_input_set(&persona_query);
    let searchable = options.customers > CUSTOMERS_LISTED;
    let on_locale = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            if let Some(l) = Locale::from_tag(&event_value(&e)) {
                super::widgets::switch_locale(&app, l);
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
    let undo = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Msg::Undo { confirmed: false }))
    };
    let redo = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Msg::Redo))
    };
    let current = persona_value(&app.persona);
    let persona_node = use_node_ref();
    {
        // after the options exist (or change), show the current persona as chosen
        let node = persona_node.clone();
        use_effect_with((current.clone(), options.clone()), move |(current, _)| {
            if let Some(el) = node.cast::<web_sys::HtmlSelectElement>() {
                el.set_value(current);
            }
        });
    }
    let role_label = match &app.persona {
        Actor::Partner(u) => state
            .partner_users
            .get(u)
            .map(|p| t(locale, p.role.key()))
            .unwrap_or_default(),
        Actor::Customer(u) => {
            // each role once, however many subscriptions it is held on
            let held: Vec<RbacRole> = RbacRole::ALL
                .into_iter()
                .filter(|r| state.all_roles_of(u).any(|(_, x)| x == *r))
                .collect();
            roles_label(locale, &held)
        }
        Actor::Simulator => String::new(),
    };
    let portal_look = use_portal_look();
    // narrow screens: who you are stays in sight; the switcher, clock, Undo and language
    // open behind one control
    let controls_open = use_state(|| false);
    let toggle_controls = {
        let controls_open = controls_open.clone();
        Callback::from(move |_| controls_open.set(!*controls_open))
    };
    let who = format!(
        "{} — {}",
        crate::domain::projections::actor_name(&state, &app.persona),
        role_label
    );
    let system = if portal_look {
        "system-azure-portal"
    } else {
        "system-partner-center"
    };
    html! {
        <header class="topbar" role="banner">
            <div class="system">
                <span class="system-name" data-testid="system-name">{t(locale, system)}</span>
                if !portal_look {
                    <span class="partner-name">{state.partner.name.clone()}</span>
                }
            </div>
            <button class="header-toggle" aria-expanded={controls_open.to_string()} aria-controls="header-controls"
                onclick={toggle_controls} aria-label={t_args(locale, "header-toggle", &[("who", who.clone().into())])}>
                {who.clone()}<span aria-hidden="true">{if *controls_open { " ▴" } else { " ▾" }}</span>
            </button>
            <div id="header-controls" class={classes!("header-controls", controls_open.then_some("open"))}>
            <div class="who">
                <label for="persona">{t(locale, "persona-label")}</label>
                <PersonaSelect options={options.clone()} current={AttrValue::from(current.clone())} on_change={on_persona} node={persona_node.clone()} />
                if searchable {
                    <input id="persona-search" type="search" value={(*persona_query).clone()}
                        aria-label={t(locale, "persona-search")} placeholder={t(locale, "persona-search")}
                        aria-describedby="persona-search-hint" oninput={on_persona_search} />
                    <span id="persona-search-hint" class="hint" data-testid="persona-search-hint">{t_args(locale, "persona-search-hint", &[
                        ("shown", format_number(locale, options.listed as u64).into()),
                        ("total", format_number(locale, options.customers as u64).into()),
                        ("total_count", options.customers.into()),
                    ])}</span>
                }
                <span class="role" data-testid="persona-role">{role_label}</span>
            </div>
            <div class="clock" aria-label={t(locale, "clock-label")}>
                <span data-testid="clock">{format_datetime(locale, state.now)}</span>
                <button onclick={advance(1, 0)}>{t(locale, "clock-plus-day")}</button>
                <button onclick={advance(0, 1)}>{t(locale, "clock-plus-month")}</button>
                <button onclick={advance(0, 12)}>{t(locale, "clock-plus-year")}</button>
            </div>
            <div class="history">
                <button onclick={undo} disabled={app.can_undo().is_none()} title={t(locale, "undo-title")}>
                    <span aria-hidden="true">{"↶ "}</span>{t(locale, "undo")}</button>
                <button onclick={redo} disabled={!app.can_redo()} title={t(locale, "redo-title")}>
                    <span aria-hidden="true">{"↷ "}</span>{t(locale, "redo")}</button>
            </div>
            <div class="lang">
                <label for="locale">{t(locale, "language-label")}</label>
                <select id="locale" onchange={on_locale}>
                    { for Locale::ALL.iter().map(|l| html! {
                        <option value={l.tag()} selected={*l == locale}>{l.native_name()}</option>
                    }) }
                </select>
            </div>
            </div>
        </header>
    }
}
