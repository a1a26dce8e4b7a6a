//! A trainer's lesson as a file (and a share link): made from the sandbox as it stands,
//! with a title, an introduction, objectives of the engine's kinds (scenario expectations
//! too), hints, and a solution recorded by doing it. Plain text in one language. Imported
//! with the scenario file's care: checked first, every problem listed with its JSON path,
//! nothing changed on failure, a size limit.
//!
//! Version 2 added predict-then-see questions (each checked against the engine at the
//! lesson's start) and solution steps that send an API request or only open a page;
//! version 1 files open as they always did.
use super::{Action, Goal, Lesson, Question, Start, Step, Text};
use crate::domain::verify::{extend_checked, Problem};
use crate::domain::{Actor, Command, Recorded, RuleId, State};
use crate::store::scenario::{err, parse_items, Expectation, ImportError};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

pub const FORMAT: &str = "csp-reservations-sim/lesson";
pub const VERSION: u32 = 2;
pub const MAX_BYTES: usize = crate::store::scenario::MAX_BYTES;
/// A title, an objective or a hint is one line; an introduction a few paragraphs.
const MAX_LINE: usize = 300;
const MAX_INTRO: usize = 4_000;
/// A question offers two to six answers.
const OPTIONS: std::ops::RangeInclusive<usize> = 2..=6;

/// An objective as the file holds it: its words and its check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub text: String,
    pub goal: Goal,
}

/// A recorded step of the solution: who did what, where. A command, an API request, or
/// neither: the step only opens its page (version 1 files hold commands only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedStep {
    pub name: String,
    pub persona: Actor,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Command>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<ApiRequest>,
}

/// A Partner Center API request as a lesson file holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiRequest {
    pub method: String,
    pub path: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
}

impl From<&crate::api::Request> for ApiRequest {
    fn from(r: &crate::api::Request) -> ApiRequest {
        ApiRequest {
            method: r.method.clone(),
            path: r.path.clone(),
            body: r.body.clone(),
        }
    }
}

impl From<&ApiRequest> for crate::api::Request {
    fn from(r: &ApiRequest) -> crate::api::Request {
        crate::api::Request {
            method: r.method.clone(),
            path: r.path.clone(),
            body: r.body.clone(),
        }
    }
}

/// A trainer's predict-then-see question. It asks who may do what (a persona, an action
/// of the who-may grid, a target), and each answer stands for an outcome the engine can
/// check: the answer the trainer marks must be the one outcome the engine gives at the
/// lesson's start.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainerQuestion {
    pub text: String,
    pub ask: Ask,
    pub options: Vec<QuestionOption>,
    pub answer: usize,
}

/// Who may do what: the who-may grid's question (a user id, an action code, a customer,
/// reservation or savings plan id).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ask {
    #[serde(rename = "as")]
    pub persona: String,
    pub action: String,
    pub target: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionOption {
    pub text: String,
    /// `allowed`, `refused`, or a rule id (`R7`): refused by that rule.
    pub outcome: String,
}

/// An outcome an answer may stand for.
pub fn valid_outcome(outcome: &str) -> bool {
    outcome == "allowed" || outcome == "refused" || RuleId::from_code(outcome).is_some()
}

/// What the engine answers a question with at the lesson's start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EngineAnswer {
    pub allowed: bool,
    pub rules: Vec<RuleId>,
}

impl EngineAnswer {
    /// Whether an answer standing for `outcome` is right.
    pub fn fits(&self, outcome: &str) -> bool {
        match outcome {
            "allowed" => self.allowed,
            "refused" => !self.allowed,
            code => {
                !self.allowed && RuleId::from_code(code).is_some_and(|r| self.rules.contains(&r))
            }
        }
    }
}

/// How a question's marked answer stands against the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuestionCheck {
    Agrees,
    /// The start tenant has no such user, action or target.
    Unknown,
    /// The engine's answer fits another option, or none.
    Disagrees(EngineAnswer),
    /// More than one option fits the engine's answer ("refused" and "R3", say).
    Ambiguous(EngineAnswer),
}

impl TrainerQuestion {
    /// The engine's answer at `start`, if the question names what `start` holds.
    pub fn engine_answer(&self, start: &State) -> Option<EngineAnswer> {
        let verdict = crate::store::scenario::evaluate(
            start,
            &Expectation {
                persona: self.ask.persona.clone(),
                action: self.ask.action.clone(),
                target: self.ask.target.clone(),
                expect: "allowed".into(),
                rule: None,
            },
        )?;
        Some(EngineAnswer {
            allowed: verdict.allowed,
            rules: verdict.rules,
        })
    }

    /// Holds the marked answer to the engine's.
    pub fn check(&self, start: &State) -> QuestionCheck {
        let Some(engine) = self.engine_answer(start) else {
            return QuestionCheck::Unknown;
        };
        let fitting: Vec<usize> = (0..self.options.len())
            .filter(|i| engine.fits(&self.options[*i].outcome))
            .collect();
        match fitting.as_slice() {
            [only] if *only == self.answer => QuestionCheck::Agrees,
            [_, _, ..] => QuestionCheck::Ambiguous(engine),
            _ => QuestionCheck::Disagrees(engine),
        }
    }

    /// As the engine asks it: the rule revealed is the answer's own, or the engine's first.
    fn question(&self, start: &State) -> Question {
        let marked = self
            .options
            .get(self.answer)
            .and_then(|o| RuleId::from_code(&o.outcome));
        let rule = marked.or_else(|| {
            self.engine_answer(start)
                .and_then(|e| e.rules.first().copied())
        });
        Question {
            text: Text::plain(&self.text),
            options: self.options.iter().map(|o| Text::plain(&o.text)).collect(),
            answer: self.answer,
            rule,
            check: None,
        }
    }
}

/// A trainer's lesson, as made on the page and as the file holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrainerLesson {
    /// A BCP 47 tag: the one language its texts are in.
    pub language: String,
    pub title: String,
    pub introduction: String,
    pub objectives: Vec<Objective>,
    pub hints: Vec<String>,
    pub questions: Vec<TrainerQuestion>,
    /// The sandbox as it stood when the lesson was made.
    pub start: Vec<Recorded>,
    pub persona: Actor,
    pub route: String,
    pub solution: Vec<RecordedStep>,
}

#[derive(Serialize)]
struct Document<'a> {
    format: &'static str,
    version: u32,
    language: &'a str,
    title: &'a str,
    introduction: &'a str,
    objectives: &'a [Objective],
    hints: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    questions: &'a [TrainerQuestion],
    persona: &'a Actor,
    route: &'a str,
    start: &'a [Recorded],
    solution: &'a [RecordedStep],
}

impl TrainerLesson {
    pub fn export(&self) -> String {
        let compact = serde_json::to_string(&Document {
            format: FORMAT,
            version: VERSION,
            language: &self.language,
            title: &self.title,
            introduction: &self.introduction,
            objectives: &self.objectives,
            hints: &self.hints,
            questions: &self.questions,
            persona: &self.persona,
            route: &self.route,
            start: &self.start,
            solution: &self.solution,
        })
        .unwrap_or_default();
        // laid out on the text: a pretty writer would be a second copy of every event's
        crate::store::scenario::indent_json(&compact)
    }

    /// The share link's payload (deflated, base64url), opened by `open_link`.
    pub fn link_payload(&self) -> String {
        crate::store::packed::pack(&self.export(), 9)
    }

    /// The lesson's id: its file's hash, so progress, scores and the lesson's sandbox
    /// belong to this version of it (an edited lesson starts afresh).
    pub fn id(&self) -> String {
        format!(
            "trainer-{}",
            crate::store::persist::hash_text(&self.export())
        )
    }

    /// As a lesson the engine plays: plain texts, the recorded steps as its solution.
    pub fn lesson(&self) -> Lesson {
        // the start is replayed only for questions: their rules are the engine's
        let start = (!self.questions.is_empty()).then(|| self.start_state());
        self.lesson_from(start.as_ref())
    }

    /// As `lesson`, from its start already replayed (`start_state`): replayed once, not
    /// again for the questions' rules.
    pub fn lesson_at(&self, start: &State) -> Lesson {
        self.lesson_from(Some(start))
    }

    /// The tenant the lesson starts from: its recorded history, replayed.
    pub fn start_state(&self) -> State {
        State::replay(crate::store::codec::genesis(), self.start.iter().cloned())
    }

    /// The lesson; `start` is needed only when it has questions.
    fn lesson_from(&self, start: Option<&State>) -> Lesson {
        Lesson {
            id: self.id(),
            title: Text::plain(&self.title),
            intro: Text::plain(&self.introduction),
            summary: Text::plain(&self.title),
            rules: Vec::new(),
            start: Start::History(self.start.clone()),
            persona: self.persona.clone(),
            route: self.route.clone(),
            goals: self
                .objectives
                .iter()
                .map(|o| (Text::plain(&o.text), o.goal.clone()))
                .collect(),
            questions: start
                .map(|start| self.questions.iter().map(|q| q.question(start)).collect())
                .unwrap_or_default(),
            hints: self.hints.iter().map(Text::plain).collect(),
            // Show me reveals each question's answer first (answering nothing for the
            // learner), then plays the recorded steps
            solution: self
                .questions
                .iter()
                .enumerate()
                .map(|(question, q)| Step {
                    name: Text::plain(&q.text),
                    persona: self.persona.clone(),
                    route: None,
                    action: Action::Answer {
                        question,
                        option: q.answer,
                    },
                })
                .chain(self.solution.iter().map(RecordedStep::step))
                .collect(),
            language: Some(self.language.clone()),
        }
    }
}

impl RecordedStep {
    /// As the engine plays it.
    pub fn step(&self) -> Step {
        let action = match (&self.command, &self.request) {
            (Some(command), _) => Action::Act(command.clone()),
            (None, Some(request)) => Action::Api(request.into()),
            (None, None) => Action::Visit,
        };
        Step {
            name: Text::plain(&self.name),
            persona: self.persona.clone(),
            route: self.route.clone(),
            action,
        }
    }
}

/// What keeps a trainer's lesson from working as a lesson: the contract every built-in
/// lesson is tested against, checked on the lesson maker's page before export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    NoTitle,
    NoIntroduction,
    NoObjectives,
    /// Objective `i` is met before the learner does anything.
    MetAtStart(usize),
    /// The recorded solution leaves objective `i` unmet.
    NotMetBySolution(usize),
    /// Question `i`'s marked answer is not the engine's at the lesson's start.
    Question(usize, QuestionCheck),
    /// The file it exports would not import: what the reader says.
    Unreadable(Vec<ImportError>),
}

impl TrainerLesson {
    /// Every finding, in order; none means the lesson can be exported and played.
    pub fn check(&self) -> Vec<Finding> {
        self.check_at(&self.start_state())
    }

    /// `check`, from its start already replayed (`start_state`): the maker keeps it while
    /// the texts are edited, so a keystroke does not replay it again.
    pub fn check_at(&self, start: &State) -> Vec<Finding> {
        let mut findings = Vec::new();
        if self.title.trim().is_empty() {
            findings.push(Finding::NoTitle);
        }
        if self.introduction.trim().is_empty() {
            findings.push(Finding::NoIntroduction);
        }
        if self.objectives.is_empty() {
            findings.push(Finding::NoObjectives);
        }
        let lesson = self.lesson_at(start);
        for (i, q) in self.questions.iter().enumerate() {
            match q.check(start) {
                QuestionCheck::Agrees => {}
                other => findings.push(Finding::Question(i, other)),
            }
        }
        let run = super::Run::new(start);
        for (i, met) in lesson.progress(start, &run).into_iter().enumerate() {
            if met {
                findings.push(Finding::MetAtStart(i));
            }
        }
        // the solution is played on a copy: the start stays the maker's
        let mut state = start.clone();
        let mut run = run;
        // a refused step is no finding: "Sam Sales is refused" is a step a lesson may need
        for step in &lesson.solution {
            super::play(step, &mut state, &mut run);
        }
        for (i, met) in lesson.progress(&state, &run).into_iter().enumerate() {
            if !met && !findings.contains(&Finding::MetAtStart(i)) {
                findings.push(Finding::NotMetBySolution(i));
            }
        }
        // whatever else the file's reader would refuse (lengths, an unknown persona)
        if findings.is_empty() {
            if let Err(errors) = import(&self.export()) {
                findings.push(Finding::Unreadable(errors));
            }
        }
        findings
    }
}

/// Each element of a list as a `T`, or one error per element that is not, with its path.
fn items<T: serde::de::DeserializeOwned>(
    raw: Option<&&RawValue>,
    path: &str,
    errors: &mut Vec<ImportError>,
) -> Vec<T> {
    let Some(raw) = raw else {
        errors.push(err(path, "import-error-missing", ""));
        return Vec::new();
    };
    let Ok(list) = serde_json::from_str::<Vec<&RawValue>>(raw.get()) else {
        errors.push(err(path, "import-error-shape", "not a list"));
        return Vec::new();
    };
    parse_items(&list, path, errors)
}

fn line(raw: Option<&&RawValue>, path: &str, max: usize, errors: &mut Vec<ImportError>) -> String {
    match raw.map(|r| serde_json::from_str::<String>(r.get())) {
        None => {
            errors.push(err(path, "import-error-missing", ""));
            String::new()
        }
        Some(Err(e)) => {
            errors.push(err(path, "import-error-shape", e.to_string()));
            String::new()
        }
        Some(Ok(s)) if s.trim().is_empty() => {
            errors.push(err(path, "import-error-empty", ""));
            s
        }
        Some(Ok(s)) if s.chars().count() > max => {
            errors.push(err(
                path,
                "import-error-too-long",
                format!("{} > {max}", s.chars().count()),
            ));
            s
        }
        Some(Ok(s)) => s,
    }
}

/// Reads a lesson file: every problem with its path; nothing is accepted unless all is well.
pub fn import(text: &str) -> Result<TrainerLesson, Vec<ImportError>> {
    let obj = crate::store::scenario::read_object(text, MAX_BYTES)?;
    let mut errors = Vec::new();
    match obj
        .get("format")
        .map(|f| serde_json::from_str::<String>(f.get()))
    {
        Some(Ok(f)) if f == FORMAT => {}
        other => errors.push(err(
            "$.format",
            "import-error-lesson-format",
            format!("{other:?}"),
        )),
    }
    match obj
        .get("version")
        .map(|v| serde_json::from_str::<u64>(v.get()))
    {
        Some(Ok(v)) if (1..=u64::from(VERSION)).contains(&v) => {}
        Some(Ok(v)) => errors.push(err("$.version", "import-error-version", v.to_string())),
        _ => errors.push(err("$.version", "import-error-missing", "")),
    }
    for key in obj.keys() {
        const KNOWN: [&str; 12] = [
            "format",
            "version",
            "language",
            "title",
            "introduction",
            "objectives",
            "hints",
            "questions",
            "persona",
            "route",
            "start",
            "solution",
        ];
        if !KNOWN.contains(&key.as_str()) {
            errors.push(err(
                format!("$.{key}"),
                "import-error-unknown-field",
                key.clone(),
            ));
        }
    }
    let language = line(obj.get("language"), "$.language", 35, &mut errors);
    let title = line(obj.get("title"), "$.title", MAX_LINE, &mut errors);
    let introduction = line(
        obj.get("introduction"),
        "$.introduction",
        MAX_INTRO,
        &mut errors,
    );
    let route = line(obj.get("route"), "$.route", MAX_LINE, &mut errors);
    let persona = match obj
        .get("persona")
        .map(|p| serde_json::from_str::<Actor>(p.get()))
    {
        Some(Ok(p)) => Some(p),
        Some(Err(e)) => {
            errors.push(err("$.persona", "import-error-shape", e.to_string()));
            None
        }
        None => {
            errors.push(err("$.persona", "import-error-missing", ""));
            None
        }
    };
    let objectives: Vec<Objective> = items(obj.get("objectives"), "$.objectives", &mut errors);
    if objectives.is_empty() && obj.contains_key("objectives") {
        errors.push(err("$.objectives", "import-error-empty", ""));
    }
    let hints: Vec<String> = items(obj.get("hints"), "$.hints", &mut errors);
    // version 1 files have no questions
    let questions: Vec<TrainerQuestion> = match obj.get("questions") {
        Some(raw) => items(Some(raw), "$.questions", &mut errors),
        None => Vec::new(),
    };
    let start: Vec<Recorded> = items(obj.get("start"), "$.start", &mut errors);
    let solution: Vec<RecordedStep> = items(obj.get("solution"), "$.solution", &mut errors);
    check_questions_shape(&questions, &mut errors);
    check_steps_shape(&solution, &mut errors);
    for (i, o) in objectives.iter().enumerate() {
        if o.text.trim().is_empty() || o.text.chars().count() > MAX_LINE {
            errors.push(err(
                format!("$.objectives[{i}].text"),
                "import-error-too-long",
                "",
            ));
        }
    }
    for (i, h) in hints.iter().enumerate() {
        if h.trim().is_empty() || h.chars().count() > MAX_LINE {
            errors.push(err(format!("$.hints[{i}]"), "import-error-too-long", ""));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // the start must be a history the rules produce, as a scenario file's
    let mut state: State = crate::store::codec::genesis();
    if let Err(e) = extend_checked(&mut state, &start) {
        let detail = match &e.problem {
            Problem::Refused(d) => d
                .reasons
                .iter()
                .map(|r| r.rule.code())
                .collect::<Vec<_>>()
                .join(", "),
            _ => String::new(),
        };
        return Err(vec![err(format!("$.start[{}]", e.index), e.key(), detail)]);
    }
    let persona = persona.unwrap_or(Actor::Simulator);
    check_personas(&state, &persona, &solution, &mut errors);
    check_questions_against(&state, &questions, &mut errors);
    if errors.is_empty() {
        Ok(TrainerLesson {
            language,
            title,
            introduction,
            objectives,
            hints,
            questions,
            start,
            persona,
            route,
            solution,
        })
    } else {
        Err(errors)
    }
}

/// A question's words, answers and marked answer, before the engine is asked.
fn check_questions_shape(questions: &[TrainerQuestion], errors: &mut Vec<ImportError>) {
    for (i, q) in questions.iter().enumerate() {
        let path = format!("$.questions[{i}]");
        if q.text.trim().is_empty() || q.text.chars().count() > MAX_LINE {
            errors.push(err(format!("{path}.text"), "import-error-too-long", ""));
        }
        if !OPTIONS.contains(&q.options.len()) {
            errors.push(err(
                format!("{path}.options"),
                "import-error-question-options",
                q.options.len().to_string(),
            ));
        }
        for (j, o) in q.options.iter().enumerate() {
            if o.text.trim().is_empty() || o.text.chars().count() > MAX_LINE {
                errors.push(err(
                    format!("{path}.options[{j}].text"),
                    "import-error-too-long",
                    "",
                ));
            }
            if !valid_outcome(&o.outcome) {
                errors.push(err(
                    format!("{path}.options[{j}].outcome"),
                    "import-error-shape",
                    o.outcome.clone(),
                ));
            }
        }
        if q.answer >= q.options.len() {
            errors.push(err(
                format!("{path}.answer"),
                "import-error-question-options",
                q.answer.to_string(),
            ));
        }
    }
}

/// The lesson's persona and each step's are users of the start tenant (the clock's steps
/// are the simulator's).
fn check_personas(
    state: &State,
    persona: &Actor,
    solution: &[RecordedStep],
    errors: &mut Vec<ImportError>,
) {
    let known_persona = match persona {
        Actor::Partner(u) => state.partner_users.contains_key(u),
        Actor::Customer(u) => state.customer_users.contains_key(u),
        Actor::Simulator => false,
    };
    if !known_persona {
        errors.push(err(
            "$.persona",
            "import-error-unknown-ref",
            format!("{persona:?}"),
        ));
    }
    for (i, s) in solution.iter().enumerate() {
        let known = match &s.persona {
            Actor::Partner(u) => state.partner_users.contains_key(u),
            Actor::Customer(u) => state.customer_users.contains_key(u),
            Actor::Simulator => s
                .command
                .as_ref()
                .is_some_and(Command::is_simulator_control),
        };
        if !known {
            errors.push(err(
                format!("$.solution[{i}].persona"),
                "import-error-unknown-ref",
                format!("{:?}", s.persona),
            ));
        }
    }
}

/// Each step sends a command, an API request, or neither (then it names the page it opens).
fn check_steps_shape(solution: &[RecordedStep], errors: &mut Vec<ImportError>) {
    for (i, s) in solution.iter().enumerate() {
        let shape_ok = match (&s.command, &s.request) {
            (Some(_), Some(_)) => false,
            (None, None) => s.route.is_some(),
            _ => true,
        };
        if !shape_ok {
            errors.push(err(
                format!("$.solution[{i}]"),
                "import-error-step-shape",
                "",
            ));
        }
    }
}

/// Each question's marked answer is the one the rules give at the lesson's start.
fn check_questions_against(
    start: &State,
    questions: &[TrainerQuestion],
    errors: &mut Vec<ImportError>,
) {
    for (i, q) in questions.iter().enumerate() {
        let key = match q.check(start) {
            QuestionCheck::Agrees => continue,
            QuestionCheck::Unknown => "import-error-question-unknown",
            QuestionCheck::Disagrees(_) => "import-error-question-disagrees",
            QuestionCheck::Ambiguous(_) => "import-error-question-ambiguous",
        };
        errors.push(err(format!("$.questions[{i}].answer"), key, ""));
    }
}

/// Opens a share link's payload under the same checks as a file.
pub fn open_link(payload: &str) -> Result<TrainerLesson, Vec<ImportError>> {
    let text = crate::store::packed::unpack(payload.trim(), MAX_BYTES).ok_or_else(|| {
        vec![err(
            "$",
            "import-error-link",
            "not a deflated, base64url-encoded lesson",
        )]
    })?;
    import(&text)
}
