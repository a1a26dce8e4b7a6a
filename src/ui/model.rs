//! App-wide state: the domain state and its storage, the persona acting, the language,
//! the last notice. Shared through a `use_reducer` handle in context.
use crate::api::{self, Outcome, Request, Response};
use crate::domain::{self, Actor, Command, CustomerId, PermissionResource, Reason, State};
use crate::i18n::Locale;
use crate::store::persist::{self, KeyValue, LoadOutcome, MemoryKv, StoreError};
use crate::store::scenario::{Expectation, Scenario};
use crate::store::session::{Refused, Session, Update};
use crate::store::web::{LocalStorageKv, EXPECTATIONS_KEY, LOCALE_KEY, PERSONA_KEY};
use std::cell::{Ref, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// What the last action said: shown near where the person acted.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Done(&'static str),
    Denied(Vec<Reason>),
}

#[derive(Clone)]
pub struct AppModel {
    /// Behind a RefCell so an action does not clone the whole history; `version` tells
    /// Yew something changed.
    session: Rc<RefCell<Session>>,
    pub version: u64,
    pub persona: Actor,
    pub locale: Locale,
    pub notice: Option<Notice>,
    pub load_outcome: LoadOutcome,
    /// Why the last save failed, until one succeeds again.
    pub storage_problem: Option<StoreError>,
    /// How many accepted actions storage does not hold yet (the session's unsaved tail).
    pub unsaved: usize,
    /// Unsaved actions the rules refused once another tab's work was applied first: shown
    /// until dismissed, never dropped silently.
    pub refused: Rc<Vec<Refused>>,
    /// A shared scenario opened from a link: nothing is saved until the person keeps it.
    pub sandbox: bool,
    /// The API console's requests and responses of this visit, newest last.
    pub api_history: Rc<Vec<(Request, Response)>>,
    /// The last switch on the Account page, as the API request and response it was.
    pub switch_echo: Option<Rc<SwitchEcho>>,
    pub expectations: Rc<Vec<Expectation>>,
}

impl PartialEq for AppModel {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
            && self.version == other.version
            && self.persona == other.persona
            && self.locale == other.locale
            && self.notice == other.notice
            && self.load_outcome == other.load_outcome
            && self.storage_problem == other.storage_problem
            && self.unsaved == other.unsaved
            && Rc::ptr_eq(&self.refused, &other.refused)
            && self.sandbox == other.sandbox
            && Rc::ptr_eq(&self.api_history, &other.api_history)
            && self.switch_echo == other.switch_echo
            && Rc::ptr_eq(&self.expectations, &other.expectations)
    }
}

/// A permission switch shown as the API call that would have done the same.
#[derive(Clone, Debug, PartialEq)]
pub struct SwitchEcho {
    pub customer: CustomerId,
    pub resource: PermissionResource,
    pub request: Request,
    pub response: Response,
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
    /// Another tab wrote (the browser's `storage` event).
    StorageChanged,
    /// Try saving again (after the person freed space).
    RetrySave,
    /// A save outside the reducer (`save_pending`) failed: show why.
    SaveFailed(StoreError),
    /// The person read the list of unsaved actions that no longer applied.
    DismissRefused,
    /// A Partner Center API request, as the signed-in partner user (the API console).
    ApiRequest(Request),
    /// An Account page switch: the same command as ever, remembered as its API request.
    SwitchPermission {
        customer: CustomerId,
        resource: PermissionResource,
        on: bool,
    },
    /// Replace everything with the demo tenant / an empty tenant (confirmed in the UI).
    ResetToDemo,
    StartBlank,
    /// A validated scenario file replaces the saved work (confirmed in the UI).
    Import(Rc<Scenario>),
    /// A share link: look at it without touching the saved work.
    OpenSandbox(Rc<Scenario>),
    KeepSandbox,
    LeaveSandbox,
}

/// localStorage, or memory when the browser offers none (then nothing is saved, and the
/// session says so).
fn open_store() -> (Box<dyn KeyValue>, bool) {
    match LocalStorageKv::open() {
        Some(kv) => (Box::new(kv), true),
        None => (Box::new(MemoryKv::default()), false),
    }
}

impl AppModel {
    pub fn load() -> Self {
        let (mut kv, available) = open_store();
        // marks around reading and replaying the saved history (read by `make bench`)
        let performance = web_sys::window().and_then(|w| w.performance());
        if let Some(p) = &performance {
            let _ = p.mark("csp-load-start");
        }
        let loaded = persist::load(kv.as_mut());
        if let Some(p) = &performance {
            let _ = p.mark("csp-load-end");
        }
        let persona = kv
            .get(PERSONA_KEY)
            .and_then(|p| serde_json::from_str::<Actor>(&p).ok())
            .filter(|a| persona_exists(&loaded.state, a))
            .unwrap_or_else(domain::demo::admin);
        let locale = kv
            .get(LOCALE_KEY)
            .and_then(|l| Locale::from_tag(&l))
            .unwrap_or_else(browser_locale);
        let expectations = stored_expectations(kv.as_ref());
        let load_outcome = loaded.outcome.clone();
        // A history not stored yet (a fresh demo) is saved after the first frame
        // (`save_pending`): deflating it is start-up time nobody waits for.
        let session = Session::new(kv, loaded, available);
        AppModel {
            storage_problem: session.problem(),
            session: Rc::new(RefCell::new(session)),
            version: 0,
            persona,
            locale,
            notice: None,
            load_outcome,
            unsaved: 0,
            refused: Rc::new(Vec::new()),
            sandbox: false,
            api_history: Rc::new(Vec::new()),
            switch_echo: None,
            expectations: Rc::new(expectations),
        }
    }

    /// Stores what the start did not (see `load`). Returns a problem for `Msg::SaveFailed`
    /// to report; nothing on screen changes when the save succeeds.
    pub fn save_pending(&self) -> Option<StoreError> {
        if self.storage_problem.is_some() {
            return None;
        }
        self.session.borrow_mut().save_if_behind()
    }

    pub fn state(&self) -> Ref<'_, State> {
        Ref::map(self.session.borrow(), Session::state)
    }

    pub fn session(&self) -> Ref<'_, Session> {
        self.session.borrow()
    }

    pub fn is_partner(&self) -> bool {
        matches!(self.persona, Actor::Partner(_))
    }

    /// Runs an API request's commands through the session (saved like any action) and
    /// writes the answer.
    fn run_api(&mut self, outcome: Outcome) -> Response {
        match outcome {
            Outcome::Answer(response) => response,
            Outcome::Change { commands, then } => {
                let mut session = self.session.borrow_mut();
                for command in &commands {
                    if let Err(denied) = session.execute(&self.persona, command) {
                        return api::refusal(&denied);
                    }
                }
                self.version += 1;
                api::respond(session.state(), &then)
            }
        }
    }

    /// After the session did something: what the page shows of its storage.
    fn follow_session(&mut self) {
        let session = self.session.borrow();
        self.storage_problem = session.problem();
        self.unsaved = session.unsaved().len();
        self.sandbox = session.in_sandbox();
    }

    /// Brings the work up to what storage holds; refusals of unsaved actions are kept to show.
    fn sync(&mut self) {
        let update = self.session.borrow_mut().sync();
        if update.changed() {
            self.version += 1;
        }
        if let Update::Rebased { refused, .. } = update {
            if !refused.is_empty() {
                let mut all = (*self.refused).clone();
                all.extend(refused);
                self.refused = Rc::new(all);
            }
        }
        self.follow_session();
    }

    fn replace_history(&mut self, state: State, expectations: Vec<Expectation>) {
        let mut session = self.session.borrow_mut();
        if let Ok(json) = serde_json::to_string(&expectations) {
            session.set_pref(EXPECTATIONS_KEY, &json);
        }
        session.replace(state);
        drop(session);
        self.expectations = Rc::new(expectations);
        self.version += 1;
        self.follow_session();
        self.keep_persona_valid();
    }

    fn keep_persona_valid(&mut self) {
        if !persona_exists(self.session.borrow().state(), &self.persona) {
            self.persona = domain::demo::admin();
        }
    }
}

/// The expectations of the saved scenario (none when absent or unreadable).
fn stored_expectations(kv: &dyn KeyValue) -> Vec<Expectation> {
    kv.get(EXPECTATIONS_KEY)
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
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
                // Decide on what storage holds now, so two tabs never lose an action.
                next.sync();
                let result = self.session.borrow_mut().execute(&actor, &command);
                match result {
                    Ok(_) => {
                        next.version += 1;
                        next.notice = Some(Notice::Done(done));
                    }
                    Err(denied) => next.notice = Some(Notice::Denied(denied.reasons)),
                }
                next.follow_session();
            }
            Msg::StorageChanged => {
                next.sync();
                next.keep_persona_valid();
            }
            Msg::RetrySave => {
                next.sync();
                self.session.borrow_mut().save();
                next.follow_session();
            }
            Msg::SaveFailed(problem) => next.storage_problem = Some(problem),
            Msg::DismissRefused => next.refused = Rc::new(Vec::new()),
            Msg::ApiRequest(request) => {
                next.sync();
                let outcome = api::route(self.session.borrow().state(), &self.persona, &request);
                let response = next.run_api(outcome);
                let mut history = (*self.api_history).clone();
                history.push((request, response));
                next.api_history = Rc::new(history);
                next.follow_session();
            }
            Msg::SwitchPermission {
                customer,
                resource,
                on,
            } => {
                next.sync();
                let request = {
                    let session = self.session.borrow();
                    session
                        .state()
                        .customers
                        .get(&customer)
                        .map(|c| api::equivalent_request(session.state(), c, resource, on))
                };
                let result = self
                    .session
                    .borrow_mut()
                    .execute(&self.persona, &api::switch(&customer, resource, on));
                match result {
                    Ok(_) => {
                        next.version += 1;
                        next.notice = Some(Notice::Done(if on {
                            "notice-permission-on"
                        } else {
                            "notice-permission-off"
                        }));
                    }
                    Err(denied) => next.notice = Some(Notice::Denied(denied.reasons)),
                }
                // what the API would have answered for the same change (one decision path)
                if let Some(request) = request {
                    let session = self.session.borrow();
                    let response = match (&next.notice, request.method.as_str()) {
                        (Some(Notice::Denied(reasons)), _) => api::refusal(&domain::Denied {
                            reasons: reasons.clone(),
                        }),
                        (_, "POST") => {
                            api::respond(session.state(), &api::Then::Created(customer.clone()))
                        }
                        (_, "PUT") => {
                            api::respond(session.state(), &api::Then::Updated(customer.clone()))
                        }
                        _ => api::respond(session.state(), &api::Then::Deleted),
                    };
                    next.switch_echo = Some(Rc::new(SwitchEcho {
                        customer,
                        resource,
                        request,
                        response,
                    }));
                }
                next.follow_session();
            }
            Msg::SwitchPersona(actor) => {
                if let Ok(json) = serde_json::to_string(&actor) {
                    self.session.borrow_mut().set_pref(PERSONA_KEY, &json);
                }
                next.persona = actor;
                next.notice = None;
            }
            Msg::SetLocale(locale) => {
                self.session.borrow_mut().set_pref(LOCALE_KEY, locale.tag());
                next.locale = locale;
            }
            Msg::DismissNotice => next.notice = None,
            Msg::ResetToDemo => {
                next.replace_history(domain::demo::demo(), Vec::new());
                next.notice = Some(Notice::Done("notice-reset-done"));
            }
            Msg::StartBlank => {
                next.replace_history(domain::demo::blank(), Vec::new());
                next.notice = Some(Notice::Done("notice-blank-done"));
            }
            Msg::Import(scenario) => {
                next.replace_history(scenario.state.clone(), scenario.expectations.clone());
                next.notice = Some(Notice::Done("notice-imported"));
            }
            Msg::OpenSandbox(scenario) => {
                self.session
                    .borrow_mut()
                    .open_sandbox(scenario.state.clone());
                next.expectations = Rc::new(scenario.expectations.clone());
                next.version += 1;
                next.follow_session();
                next.keep_persona_valid();
                next.notice = None;
            }
            Msg::KeepSandbox => {
                let expectations = (*self.expectations).clone();
                if let Ok(json) = serde_json::to_string(&expectations) {
                    self.session.borrow_mut().set_pref(EXPECTATIONS_KEY, &json);
                }
                self.session.borrow_mut().keep_sandbox();
                next.version += 1;
                next.follow_session();
                next.keep_persona_valid();
                next.notice = Some(Notice::Done("notice-sandbox-kept"));
            }
            Msg::LeaveSandbox => {
                let mut session = self.session.borrow_mut();
                session.leave_sandbox();
                let expectations = stored_expectations(session.kv());
                drop(session);
                next.expectations = Rc::new(expectations);
                next.version += 1;
                next.follow_session();
                next.keep_persona_valid();
                next.notice = None;
            }
        }
        Rc::new(next)
    }
}

pub type AppContext = UseReducerHandle<AppModel>;

/// Which console is on screen: the persona's own, except that a partner user who follows
/// "Manage" into a subscription's access control is in the Azure portal (admin on behalf).
#[hook]
pub fn use_portal_look() -> bool {
    let app = use_app();
    let route = super::route::use_route();
    use super::route::Route;
    let portal_page = matches!(
        route,
        Route::PortalIam { .. }
            | Route::PortalReservations
            | Route::PortalPurchase
            | Route::PortalReservation { .. }
            | Route::PortalSavingsPlans
            | Route::PortalSavingsPlanPurchase
            | Route::PortalSavingsPlan { .. }
    );
    !app.is_partner() || portal_page
}

#[hook]
pub fn use_app() -> AppContext {
    // A programming invariant (App provides it around everything), not user input.
    use_context::<AppContext>().expect("AppContext is provided by App")
}
