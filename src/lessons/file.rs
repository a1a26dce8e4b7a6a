//! A trainer's lesson as a file (and a share link): made from the sandbox as it stands,
//! with a title, an introduction, objectives of the engine's kinds (scenario expectations
//! too), hints, and a solution recorded by doing it. Plain text in one language. Imported
//! with the scenario file's care: checked first, every problem listed with its JSON path,
//! nothing changed on failure, a size limit.
use super::{Action, Goal, Lesson, Start, Step, Text};
use crate::domain::verify::{extend_checked, Problem};
use crate::domain::{Actor, Command, Recorded, State};
use crate::store::scenario::{err, parse_items, ImportError};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

pub const FORMAT: &str = "csp-reservations-sim/lesson";
pub const VERSION: u32 = 1;
pub const MAX_BYTES: usize = crate::store::scenario::MAX_BYTES;
/// A title, an objective or a hint is one line; an introduction a few paragraphs.
const MAX_LINE: usize = 300;
const MAX_INTRO: usize = 4_000;

/// An objective as the file holds it: its words and its check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub text: String,
    pub goal: Goal,
}

/// A recorded step of the solution: who did what, where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedStep {
    pub name: String,
    pub persona: Actor,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<String>,
    pub command: Command,
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
    persona: &'a Actor,
    route: &'a str,
    start: &'a [Recorded],
    solution: &'a [RecordedStep],
}

impl TrainerLesson {
    pub fn export(&self) -> String {
        serde_json::to_string_pretty(&Document {
            format: FORMAT,
            version: VERSION,
            language: &self.language,
            title: &self.title,
            introduction: &self.introduction,
            objectives: &self.objectives,
            hints: &self.hints,
            persona: &self.persona,
            route: &self.route,
            start: &self.start,
            solution: &self.solution,
        })
        .unwrap_or_default()
    }

    /// The share link's payload (deflated, base64url), opened by `open_link`.
    pub fn link_payload(&self) -> String {
        crate::store::packed::pack(&self.export(), 9)
    }

    /// As a lesson the engine plays: plain texts, the recorded steps as its solution.
    pub fn lesson(&self) -> Lesson {
        Lesson {
            id: "trainer".into(),
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
            questions: Vec::new(),
            hints: self.hints.iter().map(Text::plain).collect(),
            solution: self
                .solution
                .iter()
                .map(|s| Step {
                    name: Text::plain(&s.name),
                    persona: s.persona.clone(),
                    route: s.route.clone(),
                    action: Action::Act(s.command.clone()),
                })
                .collect(),
            language: Some(self.language.clone()),
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
    /// The file it exports would not import: what the reader says.
    Unreadable(Vec<ImportError>),
}

impl TrainerLesson {
    /// Every finding, in order; none means the lesson can be exported and played.
    pub fn check(&self) -> Vec<Finding> {
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
        let lesson = self.lesson();
        let start = lesson.start_state();
        let run = super::Run::new(&start);
        for (i, met) in lesson.progress(&start, &run).into_iter().enumerate() {
            if met {
                findings.push(Finding::MetAtStart(i));
            }
        }
        let mut state = start;
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
        const KNOWN: [&str; 11] = [
            "format",
            "version",
            "language",
            "title",
            "introduction",
            "objectives",
            "hints",
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
    let start: Vec<Recorded> = items(obj.get("start"), "$.start", &mut errors);
    let solution: Vec<RecordedStep> = items(obj.get("solution"), "$.solution", &mut errors);
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
    let known_persona = match &persona {
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
            Actor::Simulator => s.command.is_simulator_control(),
        };
        if !known {
            errors.push(err(
                format!("$.solution[{i}].persona"),
                "import-error-unknown-ref",
                format!("{:?}", s.persona),
            ));
        }
    }
    if errors.is_empty() {
        Ok(TrainerLesson {
            language,
            title,
            introduction,
            objectives,
            hints,
            start,
            persona,
            route,
            solution,
        })
    } else {
        Err(errors)
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
