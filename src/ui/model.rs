//! App-wide state: the domain state, the persona acting, the language, the last notice.
//! Shared through a `use_reducer` handle in context.
use crate::domain::{self, Actor, Command, Reason, State};
use crate::i18n::Locale;
use crate::store::web::{self as storage, LoadOutcome};
use std::cell::{Ref, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// What the last action said: shown near where the person acted.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Done(&'static str),
    Denied(Vec<Reason>),
}

#[derive(Clone, PartialEq)]
pub struct AppModel {
    /// Behind a RefCell so an action does not clone the whole history; `version`
    /// tells Yew something changed.
    state: Rc<RefCell<State>>,
    pub version: u64,
    pub persona: Actor,
    pub locale: Locale,
    pub notice: Option<Notice>,
    pub load_outcome: LoadOutcome,
    pub storage_failed: bool,
}

pub enum Msg {
    /// Run a command as the current persona (or as the simulator for clock/usage).
    Execute {
        command: Command,
        as_simulator: bool,
        done: &'static str,
    },
    SwitchPersona(Actor),
    SetLocale(Locale),
    DismissNotice,
    /// Replace everything with the demo tenant (after confirmation in the UI).
    ResetToDemo,
}

impl AppModel {
    pub fn load() -> Self {
        let (state, load_outcome) = storage::load();
        let persona = storage::get_pref(storage::PERSONA_KEY)
            .and_then(|p| serde_json::from_str::<Actor>(&p).ok())
            .filter(|a| persona_exists(&state, a))
            .unwrap_or_else(domain::demo::admin);
        let locale = storage::get_pref(storage::LOCALE_KEY)
            .and_then(|l| Locale::from_tag(&l))
            .unwrap_or_else(browser_locale);
        let storage_failed = load_outcome == LoadOutcome::Fresh && !storage::save(&state);
        AppModel {
            state: Rc::new(RefCell::new(state)),
            version: 0,
            persona,
            locale,
            notice: None,
            load_outcome,
            storage_failed,
        }
    }

    pub fn state(&self) -> Ref<'_, State> {
        self.state.borrow()
    }

    pub fn is_partner(&self) -> bool {
        matches!(self.persona, Actor::Partner(_))
    }
}

fn persona_exists(state: &State, actor: &Actor) -> bool {
    match actor {
        Actor::Partner(u) => state.partner_users.contains_key(u),
        Actor::Customer(u) => state.customer_users.contains_key(u),
        Actor::Simulator => false,
    }
}

fn browser_locale() -> Locale {
    let languages: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Locale::negotiate(languages.iter().map(String::as_str))
}

impl Reducible for AppModel {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Execute {
                command,
                as_simulator,
                done,
            } => {
                let actor = if as_simulator {
                    Actor::Simulator
                } else {
                    self.persona.clone()
                };
                let result = self.state.borrow_mut().execute(&actor, &command);
                match result {
                    Ok(_) => {
                        next.version += 1;
                        next.notice = Some(Notice::Done(done));
                        next.storage_failed = !storage::save(&self.state.borrow());
                    }
                    Err(denied) => next.notice = Some(Notice::Denied(denied.reasons)),
                }
            }
            Msg::SwitchPersona(actor) => {
                if let Ok(json) = serde_json::to_string(&actor) {
                    storage::set_pref(storage::PERSONA_KEY, &json);
                }
                next.persona = actor;
                next.notice = None;
            }
            Msg::SetLocale(locale) => {
                storage::set_pref(storage::LOCALE_KEY, locale.tag());
                next.locale = locale;
            }
            Msg::DismissNotice => next.notice = None,
            Msg::ResetToDemo => {
                *self.state.borrow_mut() = domain::demo::demo();
                next.version += 1;
                next.persona = domain::demo::admin();
                next.notice = Some(Notice::Done("notice-reset-done"));
                next.storage_failed = !storage::save(&self.state.borrow());
            }
        }
        Rc::new(next)
    }
}

pub type AppContext = UseReducerHandle<AppModel>;

#[hook]
pub fn use_app() -> AppContext {
    // A programming invariant (App provides it around everything), not user input.
    use_context::<AppContext>().expect("AppContext is provided by App")
}
