//! App-wide state: the domain state and its storage, the persona acting, the language,
//! the last notice. Shared through a `use_reducer` handle in context.
use crate::api::{self, Outcome, Request, Response};
use crate::domain::projections::actor_name;
use crate::domain::{self, Actor, Command, CustomerId, PermissionResource, Reason, State};
use crate::i18n::{t, t_args, Locale};
use crate::lessons::file::{RecordedStep, TrainerLesson};
use crate::lessons::{self, builtin, sandbox, ApiCall, Lesson, Progress, Run, Status, Text};
use crate::store::persist::{self, KeyValue, LoadOutcome, MemoryKv, StoreError};
use crate::store::scenario::{Expectation, Scenario};
use crate::store::session::{Refused, Session, Undo, Update};
use crate::store::web::{
    LocalStorageKv, ACTIVE_LESSON_KEY, DRAFT_KEY, EXPECTATIONS_KEY, LAST_ROUTE_KEY, LEARNER_KEY,
    LOCALE_KEY, PERSONA_KEY, PROGRESS_KEY, TRAINER_LESSON_KEY, VISITED_KEY,
};
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
    /// The page the notice was raised on (its path): it shows there only, never following
    /// the person to other pages.
    pub notice_at: Rc<str>,
    pub load_outcome: LoadOutcome,
    /// Why the last save failed, until one succeeds again.
    pub storage_problem: Option<StoreError>,
    /// How many accepted actions storage does not hold yet (the session's unsaved tail).
    pub unsaved: usize,
    /// Unsaved actions the rules refused once another tab's work was applied first: shown
    /// until dismissed, never dropped silently.
    pub refused: Rc<Vec<Refused>>,
    /// Storage held a history this tab had not seen grow (another tab undid, reset or
    /// imported): the tab now shows what is stored, and says so until dismissed.
    pub brought_up_to_date: bool,
    /// A shared scenario opened from a link: nothing is saved until the person keeps it.
    pub sandbox: bool,
    /// The API console's requests and responses of this visit, newest last.
    pub api_history: Rc<Vec<(Request, Response)>>,
    /// The last switch on the Account page, as the API request and response it was.
    pub switch_echo: Option<Rc<SwitchEcho>>,
    pub expectations: Rc<Vec<Expectation>>,
    /// The lesson open beside the consoles, in its own sandbox; None: the free sandbox.
    pub lesson: Option<Rc<ActiveLesson>>,
    pub progress: Rc<Progress>,
    /// The learner's name for their progress files (asked once, remembered).
    pub learner: Rc<str>,
    /// The lesson a trainer is making (its solution recorded in a lesson sandbox).
    pub draft: Option<Rc<TrainerLesson>>,
    /// Undo would take back another tab's action: the header asks first.
    pub undo_asks: bool,
    /// The lesson texts of the current language could not be fetched.
    pub lesson_texts_failed: bool,
    /// A new build of the app waits in the service worker (boot.js said so).
    pub update_ready: bool,
    /// A language whose messages could not be fetched (the page stays in the one it had).
    pub locale_texts_failed: Option<Locale>,
}

/// Why a lesson sandbox is open: a lesson played, or a trainer's solution being recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Learning,
    Recording,
}

/// A lesson in progress: the lesson, its own session, what the learner did, and Show me.
#[derive(Clone)]
pub struct ActiveLesson {
    pub lesson: Rc<Lesson>,
    pub mode: Mode,
    session: Rc<RefCell<Session>>,
    pub run: Rc<Run>,
    /// While Show me runs: the solution step to play next.
    pub showing: Option<usize>,
    /// Show me plays its steps one after another (paused: the learner takes each).
    pub playing: bool,
    /// Recorded steps taken back by Undo while recording, for Redo.
    undone_steps: Vec<RecordedStep>,
}

impl ActiveLesson {
    /// A built-in lesson's number (1…13); None for a trainer's.
    pub fn number(&self) -> Option<usize> {
        self.lesson
            .language
            .is_none()
            .then(|| self.lesson.id.parse().ok())
            .flatten()
    }
}

impl PartialEq for AppModel {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
            && self.version == other.version
            && self.persona == other.persona
            && self.locale == other.locale
            && self.notice == other.notice
            && self.notice_at == other.notice_at
            && self.load_outcome == other.load_outcome
            && self.storage_problem == other.storage_problem
            && self.unsaved == other.unsaved
            && Rc::ptr_eq(&self.refused, &other.refused)
            && self.brought_up_to_date == other.brought_up_to_date
            && self.sandbox == other.sandbox
            && Rc::ptr_eq(&self.api_history, &other.api_history)
            && self.switch_echo == other.switch_echo
            && Rc::ptr_eq(&self.expectations, &other.expectations)
            && self.lesson.as_ref().map(Rc::as_ptr) == other.lesson.as_ref().map(Rc::as_ptr)
            && Rc::ptr_eq(&self.progress, &other.progress)
            && self.learner == other.learner
            && self.draft.as_ref().map(Rc::as_ptr) == other.draft.as_ref().map(Rc::as_ptr)
            && self.undo_asks == other.undo_asks
            && self.lesson_texts_failed == other.lesson_texts_failed
            && self.update_ready == other.update_ready
            && self.locale_texts_failed == other.locale_texts_failed
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

/// A change to the lesson maker's draft.
pub type DraftEdit = Box<dyn FnOnce(&mut TrainerLesson)>;

pub enum Msg {
    /// Run a command as the current persona (or as the simulator for clock/usage).
    Execute {
        command: Command,
        as_simulator: bool,
        done: &'static str,
    },
    SwitchPersona(Actor),
    SetLocale(Locale),
    /// The messages of this language could not be fetched.
    LocaleTextsFailed(Locale),
    DismissNotice,
    /// Another tab wrote (the browser's `storage` event).
    StorageChanged,
    /// Try saving again (after the person freed space).
    RetrySave,
    /// A save outside the reducer (`save_pending`) failed: show why.
    SaveFailed(StoreError),
    /// The person read the list of unsaved actions that no longer applied.
    DismissRefused,
    /// The person read that this tab was brought up to what storage holds.
    DismissBroughtUpToDate,
    /// A new build is ready to take over when the person asks (boot.js, the service worker).
    UpdateReady,
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
    /// Takes the last action back (another tab's only once `confirmed`).
    Undo {
        confirmed: bool,
    },
    CancelUndo,
    Redo,
    /// Opens a built-in lesson (by id) or the trainer's lesson given; `fresh` starts over.
    OpenLesson {
        id: String,
        fresh: bool,
    },
    OpenTrainerLesson(Rc<TrainerLesson>),
    /// The lesson's start again (confirmed in the UI).
    RestartLesson,
    LeaveLesson,
    /// The learner opened a page (lesson objectives of the kind "visit").
    Visited(String),
    Answer {
        question: usize,
        option: usize,
    },
    /// The learner passes a question over unanswered (it counts as not answered).
    SkipQuestion(usize),
    /// The learner's name for their progress files.
    SetLearner(String),
    Hint,
    /// Show me: starts playing the solution, pauses, goes on, plays the step `step`.
    ShowMe,
    PauseShowMe,
    ResumeShowMe,
    StopShowMe,
    /// `auto`: Show me's own pace (ignored once paused); otherwise the learner's Next step.
    ShowMeStep {
        step: usize,
        auto: bool,
    },
    /// Forgets every lesson's progress and sandbox (confirmed in the UI).
    ResetProgress,
    /// The lesson maker's draft begins or is discarded (kept in storage).
    SetDraft(Option<Rc<TrainerLesson>>),
    /// The lesson maker opened: its stored draft is read, if not yet.
    LoadDraft,
    /// A change to the lesson maker's draft, applied to the draft as it is then.
    EditDraft(DraftEdit),
    /// Records the draft's solution by doing it in a sandbox from its start; Stop keeps it.
    StartRecording,
    StopRecording,
    LessonTextsLoaded,
    LessonTextsFailed,
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
            .filter(|a| sandbox::exists(&loaded.state, a))
            .unwrap_or_else(domain::demo::admin);
        let chosen = kv
            .get(LOCALE_KEY)
            .and_then(|l| Locale::from_tag(&l))
            .unwrap_or_else(browser_locale);
        let (locale, locale_texts_failed) = starting_locale(chosen);
        let expectations = stored_expectations(kv.as_ref());
        let progress = kv
            .get(PROGRESS_KEY)
            .and_then(|p| serde_json::from_str::<Progress>(&p).ok())
            .unwrap_or_default();
        let learner: Rc<str> = Rc::from(kv.get(LEARNER_KEY).unwrap_or_default());
        let resume_lesson = kv.get(ACTIVE_LESSON_KEY);
        // A trainer's draft is checked (its start replayed under the rules) only when it is
        // needed: now if its solution was being recorded, else when the maker opens.
        let draft = if resume_lesson.as_deref() == Some("recording") {
            stored_draft(kv.as_ref())
        } else {
            None
        };
        land(kv.as_mut());
        let load_outcome = loaded.outcome.clone();
        // A history not stored yet (a fresh demo) is saved after the first frame
        // (`save_pending`): deflating it is start-up time nobody waits for.
        let session = Session::new(kv, loaded, available);
        let mut model = AppModel {
            storage_problem: session.problem(),
            session: Rc::new(RefCell::new(session)),
            version: 0,
            persona,
            locale,
            notice: None,
            notice_at: Rc::from(""),
            load_outcome,
            unsaved: 0,
            refused: Rc::new(Vec::new()),
            brought_up_to_date: false,
            sandbox: false,
            api_history: Rc::new(Vec::new()),
            switch_echo: None,
            expectations: Rc::new(expectations),
            lesson: None,
            progress: Rc::new(progress),
            learner,
            draft,
            undo_asks: false,
            lesson_texts_failed: false,
            update_ready: false,
            locale_texts_failed,
        };
        // the lesson left open last time, where it was left
        if let Some(id) = resume_lesson {
            let lesson = match id.as_str() {
                "recording" => model.draft.as_ref().map(|d| Rc::new(recording_lesson(d))),
                // an earlier build kept one sandbox for every trainer's lesson: "trainer"
                "trainer" => model.stored_trainer_lesson().map(|l| {
                    let mut lesson = l.lesson();
                    lesson.id = id.clone();
                    Rc::new(lesson)
                }),
                trainer if trainer.starts_with("trainer-") => model
                    .stored_trainer_lesson()
                    .map(|l| Rc::new(l.lesson()))
                    .filter(|l| l.id == id),
                _ => builtin::lesson_by_id(&id).map(Rc::new),
            };
            match lesson {
                Some(lesson) => {
                    let mode = if id == "recording" {
                        Mode::Recording
                    } else {
                        Mode::Learning
                    };
                    model.enter_lesson(lesson, mode, false);
                }
                None => model.session.borrow_mut().remove_prefs(ACTIVE_LESSON_KEY),
            }
        }
        model
    }

    /// Stores what the start did not (see `load`). Returns a problem for `Msg::SaveFailed`
    /// to report; nothing on screen changes when the save succeeds.
    pub fn save_pending(&self) -> Option<StoreError> {
        if self.storage_problem.is_some() {
            return None;
        }
        self.session.borrow_mut().save_if_behind()
    }

    /// The session on screen: the open lesson's sandbox, else the saved work.
    fn active(&self) -> Rc<RefCell<Session>> {
        match &self.lesson {
            Some(lesson) => lesson.session.clone(),
            None => self.session.clone(),
        }
    }

    pub fn state(&self) -> Ref<'_, State> {
        match &self.lesson {
            Some(lesson) => Ref::map(lesson.session.borrow(), Session::state),
            None => Ref::map(self.session.borrow(), Session::state),
        }
    }

    pub fn session(&self) -> Ref<'_, Session> {
        match &self.lesson {
            Some(lesson) => lesson.session.borrow(),
            None => self.session.borrow(),
        }
    }

    /// Whether a lesson maker's draft is stored (read only when the maker opens).
    pub fn has_stored_draft(&self) -> bool {
        self.session.borrow().kv().get(DRAFT_KEY).is_some()
    }

    /// Whether Undo (Some(false): another tab's action, asked first) and Redo can act.
    pub fn can_undo(&self) -> Option<bool> {
        self.session().can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.session().can_redo()
    }

    /// Remembers the page open, for the next visit (not a link's one-off pages).
    pub fn remember_route(&self, path: &str) {
        if !path.starts_with("/share/") && !path.starts_with("/lesson/") {
            self.session.borrow_mut().set_pref(LAST_ROUTE_KEY, path);
        }
    }

    /// The trainer's lesson last opened, as stored.
    fn stored_trainer_lesson(&self) -> Option<TrainerLesson> {
        let text = self.session.borrow().kv().get(TRAINER_LESSON_KEY)?;
        crate::lessons::file::import(&text).ok()
    }

    /// Opens a lesson's sandbox beside the consoles (resumed unless `fresh`), as its
    /// persona.
    fn enter_lesson(&mut self, lesson: Rc<Lesson>, mode: Mode, fresh: bool) {
        let (store, available) = open_store();
        let opened = sandbox::open(store, available, &lesson, fresh);
        self.session
            .borrow_mut()
            .set_pref(ACTIVE_LESSON_KEY, &lesson.id);
        if mode == Mode::Learning {
            let mut progress = (*self.progress).clone();
            progress.started(&lesson.id);
            // a trainer's lesson is listed by its title (its id is its file's hash)
            if let (Some(_), Text::Plain { text }) = (&lesson.language, &lesson.title) {
                progress.name(&lesson.id, text);
            }
            self.set_progress(progress);
        }
        self.persona = opened.persona;
        self.lesson = Some(Rc::new(ActiveLesson {
            lesson,
            mode,
            session: Rc::new(RefCell::new(opened.session)),
            run: Rc::new(opened.run),
            showing: None,
            playing: false,
            undone_steps: Vec::new(),
        }));
        self.notice = None;
        self.undo_asks = false;
        self.version += 1;
        self.follow_session();
    }

    /// Back to the free sandbox, as the persona chosen there.
    fn leave_lesson(&mut self) {
        self.lesson = None;
        let mut session = self.session.borrow_mut();
        session.remove_prefs(ACTIVE_LESSON_KEY);
        self.persona = session
            .kv()
            .get(PERSONA_KEY)
            .and_then(|p| serde_json::from_str::<Actor>(&p).ok())
            .filter(|a| sandbox::exists(session.state(), a))
            .unwrap_or_else(domain::demo::admin);
        drop(session);
        self.notice = None;
        self.undo_asks = false;
        self.version += 1;
        self.sync();
    }

    fn set_progress(&mut self, progress: Progress) {
        if let Ok(json) = serde_json::to_string(&progress) {
            self.session.borrow_mut().set_pref(PROGRESS_KEY, &json);
        }
        self.progress = Rc::new(progress);
    }

    fn set_draft(&mut self, draft: Option<Rc<TrainerLesson>>) {
        let mut session = self.session.borrow_mut();
        match &draft {
            Some(d) => session.set_pref(DRAFT_KEY, &d.export()),
            None => session.remove_prefs(DRAFT_KEY),
        }
        drop(session);
        self.draft = draft;
    }

    /// Changes what the learner did in the open lesson: saved, and the lesson scored the
    /// first time every objective is met.
    fn change_run(&mut self, change: impl FnOnce(&mut Run, &State)) {
        let Some(active) = &self.lesson else {
            return;
        };
        if active.mode != Mode::Learning {
            return;
        }
        let mut active = (**active).clone();
        let mut run = (*active.run).clone();
        let mut session = active.session.borrow_mut();
        change(&mut run, session.state());
        let newly_complete = !run.completed && active.lesson.complete(session.state(), &run);
        if newly_complete {
            run.completed = true;
            active.playing = false;
            active.showing = None;
        }
        sandbox::save_run(&mut session, &run);
        drop(session);
        active.run = Rc::new(run);
        let lesson = active.lesson.clone();
        let score = lesson.score(&active.run);
        let wrong = lesson.wrong_answers(&active.run);
        self.lesson = Some(Rc::new(active));
        if newly_complete {
            let mut progress = (*self.progress).clone();
            progress.done(&lesson.id, score, wrong);
            self.set_progress(progress);
        }
    }

    /// What a command did, for the open lesson: an attempt in its run, or a step of the
    /// solution being recorded.
    fn lesson_saw(&mut self, actor: &Actor, command: &Command, refused: Vec<domain::RuleId>) {
        let Some(active) = &self.lesson else {
            return;
        };
        match active.mode {
            Mode::Learning => {
                self.change_run(|run, state| run.record(state, actor, command, refused))
            }
            Mode::Recording => {
                let state = active.session.borrow();
                let operation = domain::decide::operation_of(actor, command);
                let name = format!(
                    "{} — {}",
                    t(self.locale, &format!("op-{}", operation.code())),
                    actor_name(state.state(), actor)
                );
                drop(state);
                self.record_step(RecordedStep {
                    name,
                    persona: actor.clone(),
                    route: super::route::current_path(),
                    command: Some(command.clone()),
                    request: None,
                });
            }
        }
    }

    /// Whether a trainer's solution is being recorded.
    fn recording(&self) -> bool {
        self.lesson
            .as_ref()
            .is_some_and(|l| l.mode == Mode::Recording)
            && self.draft.is_some()
    }

    /// Adds a step to the solution being recorded. A step only opening the page the next
    /// step acts on is folded into it (that step opens its page itself).
    fn record_step(&mut self, step: RecordedStep) {
        let Some(draft) = &self.draft else {
            return;
        };
        let mut draft = (**draft).clone();
        let acts = step.command.is_some() || step.request.is_some();
        if let Some(last) = draft.solution.last() {
            let only_opened = last.command.is_none() && last.request.is_none();
            if acts && only_opened && last.route == step.route {
                draft.solution.pop();
            }
        }
        self.update_lesson(|active| active.undone_steps.clear());
        draft.solution.push(step);
        self.set_draft(Some(Rc::new(draft)));
    }

    /// A page opened while recording: a step of the solution, unless it is where the
    /// solution already is (or the lessons' own pages).
    fn record_visit(&mut self, path: &str) {
        let Some(draft) = &self.draft else {
            return;
        };
        let here = draft
            .solution
            .last()
            .map_or(Some(draft.route.as_str()), |s| s.route.as_deref());
        let lessons_page = ["/lessons", "/lesson/", "/start", "/share/"]
            .iter()
            .any(|p| path.starts_with(p));
        if here == Some(path) || lessons_page {
            return;
        }
        let name = t_args(
            self.locale,
            "maker-step-visit",
            &[
                ("page", path.to_string().into()),
                ("persona", actor_name(&self.state(), &self.persona).into()),
            ],
        );
        let persona = self.persona.clone();
        self.record_step(RecordedStep {
            name,
            persona,
            route: Some(path.to_string()),
            command: None,
            request: None,
        });
    }

    /// An API request sent while recording: a step of the solution.
    fn record_request(&mut self, actor: &Actor, request: &Request) {
        let name = t_args(
            self.locale,
            "maker-step-api",
            &[
                ("method", request.method.clone().into()),
                ("path", request.path.clone().into()),
                ("persona", actor_name(&self.state(), actor).into()),
            ],
        );
        self.record_step(RecordedStep {
            name,
            persona: actor.clone(),
            route: super::route::current_path(),
            command: None,
            request: Some(request.into()),
        });
    }

    /// Runs a command on the session on screen as `actor`; the notice says what happened.
    fn run_command(&mut self, actor: &Actor, command: &Command, done: &'static str) -> bool {
        // Decide on what storage holds now, so two tabs never lose an action.
        self.sync();
        let session = self.active();
        let result = session.borrow_mut().execute(actor, command);
        let refused = match result {
            Ok(_) => {
                self.version += 1;
                self.say(Notice::Done(done));
                Vec::new()
            }
            Err(denied) => {
                let rules = denied.reasons.iter().map(|r| r.rule).collect();
                self.say(Notice::Denied(denied.reasons));
                rules
            }
        };
        let accepted = refused.is_empty();
        self.lesson_saw(actor, command, refused);
        self.follow_session();
        accepted
    }

    /// A Partner Center API request as `actor`, kept in the console's history.
    fn send_api(&mut self, actor: &Actor, request: Request) {
        self.sync();
        let outcome = api::route(&self.state(), actor, &request);
        let response = self.run_api(actor, outcome);
        let call = ApiCall {
            method: request.method.clone(),
            status: response.status,
        };
        if self.recording() {
            self.record_request(actor, &request);
        }
        let mut history = (*self.api_history).clone();
        history.push((request, response));
        self.api_history = Rc::new(history);
        self.change_run(|run, _| run.api_calls.push(call));
        self.follow_session();
    }

    /// Plays step `index` of the open lesson's solution as the learner would: its page,
    /// its persona, its action.
    fn play_step(&mut self, index: usize) {
        let Some(active) = self.lesson.clone() else {
            return;
        };
        let Some(step) = active.lesson.solution.get(index).cloned() else {
            return;
        };
        if let Some(route) = &step.route {
            super::route::go_to_path(route);
            let route = route.clone();
            self.change_run(|run, _| {
                run.visited.insert(route);
            });
        }
        if step.persona != self.persona {
            self.set_persona(step.persona.clone());
        }
        match &step.action {
            lessons::Action::Visit => {}
            lessons::Action::Act(command) => {
                let actor = lessons::step_actor(&step, command);
                self.run_command(&actor, command, "notice-lesson-step-done");
            }
            // Show me answers nothing for the learner: the answer is shown, not given
            lessons::Action::Answer { question, .. } => {
                let question = *question;
                self.change_run(|run, _| run.pass(question));
            }
            lessons::Action::Api(request) => self.send_api(&step.persona, request.clone()),
        }
    }

    /// Switches the persona; remembered for the lesson open, else for the sandbox.
    fn set_persona(&mut self, actor: Actor) {
        match &self.lesson {
            Some(active) => sandbox::set_persona(&mut active.session.borrow_mut(), &actor),
            None => {
                if let Ok(json) = serde_json::to_string(&actor) {
                    self.session.borrow_mut().set_pref(PERSONA_KEY, &json);
                }
            }
        }
        self.persona = actor;
        self.notice = None;
    }

    /// Shows a notice on the page the person is on (and only there).
    fn say(&mut self, notice: Notice) {
        self.notice = Some(notice);
        let here = super::route::current_path().unwrap_or_default();
        self.notice_at = Rc::from(super::route::Route::recognize(&here).to_path());
    }

    pub fn is_partner(&self) -> bool {
        matches!(self.persona, Actor::Partner(_))
    }

    /// Runs an API request's commands through the session (saved like any action) and
    /// writes the answer.
    fn run_api(&mut self, actor: &Actor, outcome: Outcome) -> Response {
        match outcome {
            Outcome::Answer(response) => response,
            Outcome::Change { commands, then } => {
                let session = self.active();
                let mut session = session.borrow_mut();
                for command in &commands {
                    if let Err(denied) = session.execute(actor, command) {
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
        let active = self.active();
        let session = active.borrow();
        self.storage_problem = session.problem();
        self.unsaved = session.unsaved().len();
        self.sandbox = session.in_sandbox();
    }

    /// Brings the work up to what storage holds; refusals of unsaved actions are kept to show.
    fn sync(&mut self) {
        let update = self.active().borrow_mut().sync();
        if update.changed() {
            self.version += 1;
        }
        match update {
            Update::Rebased {
                refused, diverged, ..
            } => {
                if !refused.is_empty() {
                    let mut all = (*self.refused).clone();
                    all.extend(refused);
                    self.refused = Rc::new(all);
                }
                self.brought_up_to_date |= diverged;
            }
            Update::Replaced => self.brought_up_to_date = true,
            _ => {}
        }
        self.follow_session();
    }

    fn replace_history(&mut self, state: State, expectations: Vec<Expectation>) {
        if self.lesson.is_some() {
            self.leave_lesson();
        }
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
        if !sandbox::exists(&self.state(), &self.persona) {
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

/// The lesson maker's draft as stored (none when absent or unreadable).
fn stored_draft(kv: &dyn KeyValue) -> Option<Rc<TrainerLesson>> {
    kv.get(DRAFT_KEY)
        .and_then(|text| crate::lessons::file::import(&text).ok())
        .map(Rc::new)
}

/// A trainer's draft as the lesson its solution is recorded in.
fn recording_lesson(draft: &TrainerLesson) -> Lesson {
    let mut lesson = draft.lesson();
    lesson.id = "recording".into();
    lesson
}

/// Where the first page opens: the start page on a first visit, else the page left last
/// (when the address names none).
fn land(kv: &mut dyn KeyValue) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let hash = location.hash().unwrap_or_default();
    if !matches!(hash.as_str(), "" | "#" | "#/") {
        return;
    }
    let target = if kv.get(VISITED_KEY).is_none() {
        let _ = kv.set(VISITED_KEY, "1");
        Some("/start".to_string())
    } else {
        kv.get(LAST_ROUTE_KEY)
            .filter(|p| p.starts_with('/') && p != "/")
    };
    if let Some(path) = target {
        let _ = location.replace(&format!("#{path}"));
    }
}

/// The language the page starts in: the one chosen when its messages are here (built in,
/// or fetched by boot.js while the wasm downloaded); else English, and which one failed.
fn starting_locale(chosen: Locale) -> (Locale, Option<Locale>) {
    if crate::i18n::has_locale(chosen) || take_boot_texts(chosen) {
        (chosen, None)
    } else {
        (Locale::En, Some(chosen))
    }
}

/// The messages boot.js fetched for `locale` (`globalThis.cspLocale = { tag, text }`),
/// added to the translator; false when it has none for this language.
fn take_boot_texts(locale: Locale) -> bool {
    let field = |object: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(object, &name.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let Some(boot) = web_sys::window().and_then(|w| field(&w, "cspLocale")) else {
        return false;
    };
    let tag = field(&boot, "tag").and_then(|v| v.as_string());
    let text = field(&boot, "text").and_then(|v| v.as_string());
    match (tag, text) {
        (Some(tag), Some(text)) if tag == locale.tag() => {
            // kept for the page's lifetime, as the built-in texts are
            crate::i18n::add_locale(locale, Box::leak(text.into_boxed_str()));
            true
        }
        _ => false,
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
                next.run_command(&actor, &command, done);
            }
            Msg::StorageChanged => {
                next.sync();
                next.keep_persona_valid();
            }
            Msg::RetrySave => {
                next.sync();
                next.active().borrow_mut().save();
                next.follow_session();
            }
            Msg::SaveFailed(problem) => next.storage_problem = Some(problem),
            Msg::DismissRefused => next.refused = Rc::new(Vec::new()),
            Msg::DismissBroughtUpToDate => next.brought_up_to_date = false,
            Msg::UpdateReady => next.update_ready = true,
            Msg::ApiRequest(request) => {
                let persona = self.persona.clone();
                next.send_api(&persona, request);
            }
            Msg::SwitchPermission {
                customer,
                resource,
                on,
            } => {
                next.sync();
                let request = {
                    let state = next.state();
                    state
                        .customers
                        .get(&customer)
                        .map(|c| api::equivalent_request(&state, c, resource, on))
                };
                let persona = self.persona.clone();
                next.run_command(
                    &persona,
                    &api::switch(&customer, resource, on),
                    if on {
                        "notice-permission-on"
                    } else {
                        "notice-permission-off"
                    },
                );
                // what the API would have answered for the same change (one decision path)
                if let Some(request) = request {
                    let response = {
                        let state = next.state();
                        match (&next.notice, request.method.as_str()) {
                            (Some(Notice::Denied(reasons)), _) => api::refusal(&domain::Denied {
                                reasons: reasons.clone(),
                            }),
                            (_, "POST") => {
                                api::respond(&state, &api::Then::Created(customer.clone()))
                            }
                            (_, "PUT") => {
                                api::respond(&state, &api::Then::Updated(customer.clone()))
                            }
                            _ => api::respond(&state, &api::Then::Deleted),
                        }
                    };
                    next.switch_echo = Some(Rc::new(SwitchEcho {
                        customer,
                        resource,
                        request,
                        response,
                    }));
                }
            }
            Msg::SwitchPersona(actor) => next.set_persona(actor),
            // only a language whose messages are here (`widgets::switch_locale` fetches first)
            Msg::SetLocale(locale) if crate::i18n::has_locale(locale) => {
                self.session.borrow_mut().set_pref(LOCALE_KEY, locale.tag());
                next.locale = locale;
                next.lesson_texts_failed = false;
                next.locale_texts_failed = None;
            }
            Msg::SetLocale(locale) => next.locale_texts_failed = Some(locale),
            Msg::LocaleTextsFailed(locale) => next.locale_texts_failed = Some(locale),
            Msg::DismissNotice => next.notice = None,
            Msg::ResetToDemo => {
                next.replace_history(domain::demo::demo(), Vec::new());
                next.say(Notice::Done("notice-reset-done"));
            }
            Msg::StartBlank => {
                next.replace_history(domain::demo::blank(), Vec::new());
                next.say(Notice::Done("notice-blank-done"));
            }
            Msg::Import(scenario) => {
                next.replace_history(scenario.state.clone(), scenario.expectations.clone());
                next.say(Notice::Done("notice-imported"));
            }
            Msg::OpenSandbox(scenario) => {
                if next.lesson.is_some() {
                    next.leave_lesson();
                }
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
                next.say(Notice::Done("notice-sandbox-kept"));
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
            Msg::Undo { confirmed } => {
                next.sync();
                let undone = next.active().borrow_mut().undo(confirmed);
                match undone {
                    Undo::AskFirst => next.undo_asks = true,
                    Undo::Done => {
                        next.undo_asks = false;
                        next.version += 1;
                        next.say(Notice::Done("notice-undone"));
                        next.lesson_undid();
                    }
                    Undo::Nothing => next.undo_asks = false,
                }
                next.follow_session();
                next.keep_persona_valid();
            }
            Msg::CancelUndo => next.undo_asks = false,
            Msg::Redo => {
                next.sync();
                if next.active().borrow_mut().redo() {
                    next.version += 1;
                    next.say(Notice::Done("notice-redone"));
                    next.change_run(|_, _| {});
                    next.lesson_redid();
                }
                next.follow_session();
            }
            Msg::OpenLesson { id, fresh } => {
                if let Some(lesson) = builtin::lesson_by_id(&id) {
                    next.enter_lesson(Rc::new(lesson), Mode::Learning, fresh);
                }
            }
            Msg::OpenTrainerLesson(trainer) => {
                self.session
                    .borrow_mut()
                    .set_pref(TRAINER_LESSON_KEY, &trainer.export());
                let lesson = trainer.lesson();
                // the same lesson opened again resumes where it was left
                let fresh = self.progress.status(&lesson.id) != Status::InProgress;
                next.enter_lesson(Rc::new(lesson), Mode::Learning, fresh);
            }
            Msg::RestartLesson => {
                if let Some(active) = &self.lesson {
                    next.enter_lesson(active.lesson.clone(), active.mode, true);
                }
            }
            Msg::LeaveLesson => next.leave_lesson(),
            Msg::Visited(path) if self.recording() => next.record_visit(&path),
            Msg::Visited(path) => {
                let seen = self
                    .lesson
                    .as_ref()
                    .is_none_or(|l| l.mode != Mode::Learning || l.run.visited.contains(&path));
                if seen {
                    return self;
                }
                next.change_run(|run, _| {
                    run.visited.insert(path);
                });
            }
            Msg::Answer { question, option } => next.change_run(|run, _| {
                run.answer(question, option);
            }),
            Msg::SkipQuestion(question) => next.change_run(|run, _| run.pass(question)),
            Msg::SetLearner(name) => {
                self.session.borrow_mut().set_pref(LEARNER_KEY, &name);
                next.learner = Rc::from(name);
            }
            Msg::Hint => {
                let hints = self.lesson.as_ref().map_or(0, |l| l.lesson.hints.len());
                next.change_run(|run, _| run.hints = (run.hints + 1).min(hints));
            }
            Msg::ShowMe => {
                next.change_run(|run, _| run.showed_me = true);
                next.update_lesson(|active| {
                    active.showing = Some(0);
                    active.playing = true;
                });
            }
            Msg::PauseShowMe => next.update_lesson(|active| active.playing = false),
            Msg::ResumeShowMe => next.update_lesson(|active| active.playing = true),
            Msg::StopShowMe => next.update_lesson(|active| {
                active.showing = None;
                active.playing = false;
            }),
            Msg::ShowMeStep { step, auto } => {
                let current = self.lesson.as_ref().and_then(|l| l.showing);
                let playing = self.lesson.as_ref().is_some_and(|l| l.playing);
                // a paced step that arrives after Pause (or after the learner's own Next
                // step) plays nothing
                if current != Some(step) || (auto && !playing) {
                    return self;
                }
                let steps = self.lesson.as_ref().map_or(0, |l| l.lesson.solution.len());
                next.update_lesson(|active| {
                    active.showing = (step + 1 < steps).then_some(step + 1);
                    if active.showing.is_none() {
                        active.playing = false;
                    }
                });
                next.play_step(step);
            }
            Msg::ResetProgress => {
                if next.lesson.is_some() {
                    next.leave_lesson();
                }
                let mut session = self.session.borrow_mut();
                session.remove_prefs(sandbox::ALL_PREFIX);
                session.remove_prefs(PROGRESS_KEY);
                session.remove_prefs(TRAINER_LESSON_KEY);
                drop(session);
                next.progress = Rc::new(Progress::default());
                next.say(Notice::Done("notice-progress-reset"));
            }
            Msg::SetDraft(draft) => next.set_draft(draft),
            Msg::LoadDraft => {
                if self.draft.is_some() {
                    return self;
                }
                next.draft = stored_draft(self.session.borrow().kv());
                if next.draft.is_none() {
                    return self;
                }
            }
            Msg::EditDraft(change) => {
                if let Some(draft) = &self.draft {
                    let mut draft = (**draft).clone();
                    change(&mut draft);
                    next.set_draft(Some(Rc::new(draft)));
                }
            }
            Msg::StartRecording => {
                if let Some(draft) = &self.draft {
                    let mut fresh = (**draft).clone();
                    fresh.solution.clear();
                    let lesson = Rc::new(recording_lesson(&fresh));
                    next.set_draft(Some(Rc::new(fresh)));
                    next.enter_lesson(lesson, Mode::Recording, true);
                }
            }
            Msg::StopRecording => next.leave_lesson(),
            Msg::LessonTextsLoaded => {
                next.version += 1;
                next.lesson_texts_failed = false;
            }
            Msg::LessonTextsFailed => next.lesson_texts_failed = true,
        }
        Rc::new(next)
    }
}

impl AppModel {
    fn update_lesson(&mut self, change: impl FnOnce(&mut ActiveLesson)) {
        if let Some(active) = &self.lesson {
            let mut active = (**active).clone();
            change(&mut active);
            self.lesson = Some(Rc::new(active));
        }
    }

    /// An undo while recording a trainer's solution takes its last recorded step back.
    fn lesson_undid(&mut self) {
        let recording = self
            .lesson
            .as_ref()
            .is_some_and(|l| l.mode == Mode::Recording);
        if let (true, Some(draft)) = (recording, &self.draft) {
            // Undo takes back the last step that acted, and the pages opened after it
            let mut draft = (**draft).clone();
            let mut taken = Vec::new();
            while let Some(step) = draft.solution.pop() {
                let acted = step.command.is_some() || step.request.is_some();
                taken.push(step);
                if acted {
                    break;
                }
            }
            self.update_lesson(|active| active.undone_steps.extend(taken));
            self.set_draft(Some(Rc::new(draft)));
        }
    }

    /// A redo while recording puts the step Undo took back into the solution again.
    fn lesson_redid(&mut self) {
        let mut step = None;
        self.update_lesson(|active| {
            if active.mode == Mode::Recording {
                step = active.undone_steps.pop();
            }
        });
        if let (Some(step), Some(draft)) = (step, &self.draft) {
            let mut draft = (**draft).clone();
            draft.solution.push(step);
            self.set_draft(Some(Rc::new(draft)));
        }
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
