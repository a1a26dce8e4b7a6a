//! Lessons (LESSONS.md): the article taught step by step. Pure and natively tested; the UI
//! only renders a `Run` of a `Lesson` and sends its actions through the ordinary session.
//!
//! A lesson is data: a start (a tenant built by commands, or a trainer's recorded
//! history), objectives that are predicates over the lesson's state, its history since
//! the start and what the learner tried (`Goal`), predict-then-see questions whose answer
//! the domain itself computes from the start, hints, and a solution that replays step by
//! step (`Step`). Built-in lessons' texts are message ids of the lesson `.ftl` files in
//! three languages; a trainer's lesson carries plain text in one language.
pub mod builtin;
pub mod class;
pub mod file;
pub mod sandbox;

use crate::api::{self, Request};
use crate::domain::{
    Actor, Channel, Command, CustomerId, Event, PartnerRole, PermissionResource, RbacRole,
    Recorded, RuleId, State, SubscriptionId, UserId,
};
use crate::store::scenario::{self, Expectation};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A lesson's words: a message id (built-in lessons, three languages) or plain text (a
/// trainer's lesson, one language).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Text {
    Key(String),
    Plain { text: String },
}

impl Text {
    pub fn key(id: impl Into<String>) -> Text {
        Text::Key(id.into())
    }
    pub fn plain(text: impl Into<String>) -> Text {
        Text::Plain { text: text.into() }
    }
}

/// Who tried something, as a goal names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum By {
    Customer,
    AdminAgent,
    SalesAgent,
    HelpdeskAgent,
}

impl By {
    pub fn of(state: &State, actor: &Actor) -> Option<By> {
        match actor {
            Actor::Customer(_) => Some(By::Customer),
            Actor::Partner(u) => state.partner_users.get(u).map(|p| match p.role {
                PartnerRole::AdminAgent => By::AdminAgent,
                PartnerRole::SalesAgent => By::SalesAgent,
                PartnerRole::HelpdeskAgent => By::HelpdeskAgent,
            }),
            Actor::Simulator => None,
        }
    }
}

/// An objective: something true of the lesson's state, its history since the start, or
/// what the learner did. The kinds a trainer picks from too.
/// Externally tagged in a lesson file (`{"permission": {…}}`): serde reads that form
/// without buffering it, in a fraction of the code an internally tagged enum takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Goal {
    /// The learner opened this page (a route path: `/customers/cust-001/account`).
    Visit { route: String },
    /// A switch of "Customer permissions" is in this position.
    Permission {
        customer: CustomerId,
        resource: PermissionResource,
        on: bool,
    },
    /// Something of this kind happened since the start (an Activity log operation code,
    /// optionally about one customer).
    Did {
        operation: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        customer: Option<CustomerId>,
    },
    /// The learner tried this command (a `Command::code`) and a rule refused it.
    Refused {
        command: String,
        rule: RuleId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<By>,
    },
    /// A user holds a role on a subscription.
    Role {
        user: UserId,
        subscription: SubscriptionId,
        role: RbacRole,
    },
    /// The customer bought a reservation in the Azure portal since the start, with
    /// auto-renew as given.
    Bought {
        customer: CustomerId,
        auto_renew: bool,
    },
    /// The learner sent a Partner Center API request with this method and got this status.
    Api { method: String, status: u16 },
    /// The learner answered question `question` (counting from 0).
    Answered { question: usize },
    /// A scenario file's expectation holds (who may do what, by which rule).
    Expect(Expectation),
}

/// What the learner did in a lesson, beside the lesson's own history: saved with it, so a
/// reload resumes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// Events of the start history: goals look at what happened after.
    pub start_len: usize,
    pub visited: BTreeSet<String>,
    pub attempts: Vec<Attempt>,
    pub api_calls: Vec<ApiCall>,
    /// Question → the option the learner chose (only the learner answers: never Show me).
    pub answers: BTreeMap<usize, usize>,
    /// Questions passed over without an answer: skipped by the learner, or revealed by Show
    /// me. They count as not answered; the console is no longer covered for them.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub passed: BTreeSet<usize>,
    pub hints: usize,
    pub showed_me: bool,
    /// Every objective was met once (the summary was shown and the score kept); an undo
    /// afterwards does not take the lesson's completion back.
    #[serde(default)]
    pub completed: bool,
}

/// A command the learner sent, and the rules that refused it (none: it was done).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    pub by: Option<By>,
    pub command: String,
    pub refused: Vec<RuleId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiCall {
    pub method: String,
    pub status: u16,
}

impl Run {
    pub fn new(start: &State) -> Run {
        Run {
            start_len: start.log.len(),
            ..Run::default()
        }
    }

    pub fn record(
        &mut self,
        state: &State,
        actor: &Actor,
        command: &Command,
        refused: Vec<RuleId>,
    ) {
        self.attempts.push(Attempt {
            by: By::of(state, actor),
            command: command.code().to_string(),
            refused,
        });
    }

    /// Whether question `question` was answered or passed over.
    pub fn dealt_with(&self, question: usize) -> bool {
        self.answers.contains_key(&question) || self.passed.contains(&question)
    }

    /// The learner answers a question: the first answer stands, and one passed over stays
    /// passed over (its answer was already on screen).
    pub fn answer(&mut self, question: usize, option: usize) {
        if !self.passed.contains(&question) {
            self.answers.entry(question).or_insert(option);
        }
    }

    /// The question is passed over unanswered (skipped, or Show me showed its answer).
    pub fn pass(&mut self, question: usize) {
        if !self.answers.contains_key(&question) {
            self.passed.insert(question);
        }
    }

    /// The first question of `lesson` not yet answered or passed over: while there is one,
    /// nothing on screen may give its answer away.
    pub fn pending_question(&self, lesson: &Lesson) -> Option<usize> {
        (0..lesson.questions.len()).find(|q| !self.dealt_with(*q))
    }

    /// Actions taken (commands and API requests), for the score.
    pub fn actions(&self) -> usize {
        self.attempts.len() + self.api_calls.len()
    }
}

/// Whether a goal is met.
pub fn met(goal: &Goal, state: &State, run: &Run) -> bool {
    let since = || state.log.iter().skip(run.start_len);
    match goal {
        Goal::Visit { route } => run.visited.contains(route),
        Goal::Permission {
            customer,
            resource,
            on,
        } => state
            .customers
            .get(customer)
            .is_some_and(|c| c.permission_for(*resource).is_some() == *on),
        Goal::Did {
            operation,
            customer,
        } => since().any(|e| {
            e.event.operation().code() == operation
                && customer
                    .as_ref()
                    .is_none_or(|c| e.event.customer() == Some(c))
        }),
        Goal::Refused { command, rule, by } => run.attempts.iter().any(|a| {
            &a.command == command
                && a.refused.contains(rule)
                && by.as_ref().is_none_or(|b| a.by.as_ref() == Some(b))
        }),
        Goal::Role {
            user,
            subscription,
            role,
        } => state
            .role_assignments
            .contains(&(subscription.clone(), user.clone(), *role)),
        Goal::Bought {
            customer,
            auto_renew,
        } => since().any(|e| match &e.event {
            Event::ReservationPurchased { reservation } => {
                &reservation.customer == customer
                    && reservation.channel == Channel::AzurePortal
                    && reservation.auto_renew == *auto_renew
            }
            _ => false,
        }),
        Goal::Api { method, status } => run
            .api_calls
            .iter()
            .any(|c| c.method.eq_ignore_ascii_case(method) && c.status == *status),
        Goal::Answered { question } => run.dealt_with(*question),
        Goal::Expect(x) => scenario::evaluate(state, x).is_some_and(|v| v.passed),
    }
}

/// A predict-then-see question: answered first, then revealed with its rule.
#[derive(Clone, Debug)]
pub struct Question {
    pub text: Text,
    pub options: Vec<Text>,
    pub answer: usize,
    /// The rule revealed with the answer (a trainer's question whose engine answer names
    /// no rule reveals none).
    pub rule: Option<RuleId>,
    /// The domain's own answer, from the lesson's start: the tests hold the lesson to it.
    pub check: Option<fn(&State) -> usize>,
}

/// What a solution step does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Opens the step's page (its `route`) and nothing else.
    Visit,
    /// Sends a command as the step's persona (the clock and usage as the simulator).
    Act(Command),
    Answer {
        question: usize,
        option: usize,
    },
    /// Sends a Partner Center API request as the step's persona.
    Api(Request),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub name: Text,
    pub persona: Actor,
    /// The page the step happens on (opened first).
    pub route: Option<String>,
    pub action: Action,
}

/// Where a lesson starts.
#[derive(Clone, Debug)]
pub enum Start {
    Built(fn() -> State),
    /// A trainer's sandbox as it stood (checked like a scenario file's history).
    History(Vec<Recorded>),
}

#[derive(Clone, Debug)]
pub struct Lesson {
    /// `1`…`13` for the built-in lessons, `trainer` for a trainer's.
    pub id: String,
    pub title: Text,
    pub intro: Text,
    pub summary: Text,
    pub rules: Vec<RuleId>,
    pub start: Start,
    pub persona: Actor,
    pub route: String,
    pub goals: Vec<(Text, Goal)>,
    pub questions: Vec<Question>,
    pub hints: Vec<Text>,
    pub solution: Vec<Step>,
    /// A trainer's lesson: plain text in this language.
    pub language: Option<String>,
}

impl Lesson {
    /// The lesson's start tenant.
    pub fn start_state(&self) -> State {
        match &self.start {
            Start::Built(build) => build(),
            Start::History(events) => {
                State::replay(crate::store::codec::genesis(), events.iter().cloned())
            }
        }
    }

    /// Which goals are met, in order.
    pub fn progress(&self, state: &State, run: &Run) -> Vec<bool> {
        self.goals.iter().map(|(_, g)| met(g, state, run)).collect()
    }

    pub fn complete(&self, state: &State, run: &Run) -> bool {
        self.goals.iter().all(|(_, g)| met(g, state, run))
    }

    /// Actions the solution takes, for the score.
    pub fn solution_actions(&self) -> usize {
        self.solution
            .iter()
            .filter(|s| matches!(s.action, Action::Act(_) | Action::Api(_)))
            .count()
    }

    /// The questions the learner answered wrong (not those passed over).
    pub fn wrong_answers(&self, run: &Run) -> Vec<usize> {
        self.questions
            .iter()
            .enumerate()
            .filter(|(i, q)| run.answers.get(i).is_some_and(|a| *a != q.answer))
            .map(|(i, _)| i)
            .collect()
    }

    pub fn score(&self, run: &Run) -> Score {
        Score {
            right: self
                .questions
                .iter()
                .enumerate()
                .filter(|(i, q)| run.answers.get(i) == Some(&q.answer))
                .count(),
            asked: self.questions.len(),
            hints: run.hints,
            actions: run.actions(),
            solution_actions: self.solution_actions(),
            showed_me: run.showed_me,
        }
    }
}

/// How a lesson went: predictions right, hints used, actions against the solution's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub right: usize,
    pub asked: usize,
    pub hints: usize,
    pub actions: usize,
    pub solution_actions: usize,
    pub showed_me: bool,
}

/// The command a step sends, and as whom (the clock runs as the simulator).
pub fn step_actor(step: &Step, command: &Command) -> Actor {
    if command.is_simulator_control() {
        Actor::Simulator
    } else {
        step.persona.clone()
    }
}

/// Plays a step on a state held in memory, as `Show me` does through the app: opens its
/// page, then does its action, recording what a learner's doing would record.
pub fn play(step: &Step, state: &mut State, run: &mut Run) {
    if let Some(route) = &step.route {
        run.visited.insert(route.clone());
    }
    match &step.action {
        Action::Visit => {}
        Action::Act(command) => {
            let actor = step_actor(step, command);
            let refused = match state.execute(&actor, command) {
                Ok(_) => Vec::new(),
                Err(denied) => denied.reasons.iter().map(|r| r.rule).collect(),
            };
            run.record(state, &actor, command, refused);
        }
        // Show me answers nothing for the learner: it shows the answer, which counts as
        // not answered
        Action::Answer { question, .. } => run.pass(*question),
        Action::Api(request) => {
            let response = api::apply(state, &step.persona, request);
            run.api_calls.push(ApiCall {
                method: request.method.clone(),
                status: response.status,
            });
        }
    }
}

/// Each lesson's state: not started, in progress, or done with its score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
}

/// The learner's progress over all lessons, kept beside the sandbox and exportable.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub lessons: BTreeMap<String, LessonProgress>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonProgress {
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    /// The questions the learner answered wrong in the run the score is of (a trainer's
    /// class report shows where a class struggles); files of earlier builds have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrong: Vec<usize>,
    /// A trainer's lesson's title (its id is its file's hash); none for a built-in lesson.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

impl Progress {
    pub fn status(&self, lesson: &str) -> Status {
        self.lessons
            .get(lesson)
            .map(|p| p.status)
            .unwrap_or(Status::NotStarted)
    }

    pub fn started(&mut self, lesson: &str) {
        self.lessons
            .entry(lesson.to_string())
            .or_insert(LessonProgress {
                status: Status::InProgress,
                score: None,
                wrong: Vec::new(),
                title: None,
            });
    }

    /// Names a trainer's lesson in the progress (it has no number).
    pub fn name(&mut self, lesson: &str, title: &str) {
        if let Some(p) = self.lessons.get_mut(lesson) {
            p.title = Some(title.to_string());
        }
    }

    /// Trainers' lessons in the progress, with their titles.
    pub fn trainers(&self) -> impl Iterator<Item = (&String, &LessonProgress, &str)> {
        self.lessons
            .iter()
            .filter_map(|(id, p)| p.title.as_deref().map(|title| (id, p, title)))
    }

    /// Done, with the score of the run that finished it (and the questions it answered
    /// wrong); a later run replaces it only with more predictions right, or as many with
    /// fewer hints.
    pub fn done(&mut self, lesson: &str, score: Score, wrong: Vec<usize>) {
        let better = |old: &Score| {
            (
                score.right,
                std::cmp::Reverse(score.hints),
                std::cmp::Reverse(score.actions),
            ) > (
                old.right,
                std::cmp::Reverse(old.hints),
                std::cmp::Reverse(old.actions),
            )
        };
        if let Some(LessonProgress {
            status: Status::Done,
            score: Some(old),
            ..
        }) = self.lessons.get(lesson)
        {
            if !better(old) {
                return;
            }
        }
        let title = self.lessons.get(lesson).and_then(|p| p.title.clone());
        self.lessons.insert(
            lesson.to_string(),
            LessonProgress {
                status: Status::Done,
                score: Some(score),
                wrong,
                title,
            },
        );
    }

    /// The small file a learner hands to a trainer: their name (as they gave it) and when
    /// it was exported (`exported`, an ISO 8601 time: of two files of one learner the
    /// class report keeps the later).
    pub fn export(&self, learner: &str, exported: &str) -> String {
        serde_json::to_string_pretty(&serde_json::json!({
            "format": PROGRESS_FORMAT,
            "learner": learner,
            "exported": exported,
            "lessons": self.lessons,
        }))
        .unwrap_or_default()
    }
}

pub const PROGRESS_FORMAT: &str = "csp-reservations-sim/lesson-progress";
