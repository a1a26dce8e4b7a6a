//! A trainer's class report: many learners' progress files read together, in the browser,
//! into one table of learners × lessons, and where the class struggles. Nothing is stored
//! or sent anywhere; the report is kept only if the trainer exports it (CSV).
use super::{Lesson, LessonProgress, Progress, Status, PROGRESS_FORMAT};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Larger files are not progress files (a whole class's fits in a few kilobytes each).
pub const MAX_PROGRESS_BYTES: usize = 1024 * 1024;

/// One learner's file, as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LearnerProgress {
    /// The name the learner gave; a file of an earlier build (without one) is named after
    /// the file.
    pub learner: String,
    /// When it was exported (ISO 8601), if the file says.
    pub exported: Option<String>,
    pub file: String,
    pub progress: Progress,
}

/// Why a file is not in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unread {
    TooLarge,
    NotJson,
    /// JSON, but not a lesson progress file (a scenario file, a trainer's lesson…).
    NotProgress,
    /// A progress file with parts missing or of the wrong type.
    Damaged,
}

impl Unread {
    pub fn key(self) -> &'static str {
        match self {
            Unread::TooLarge => "class-unread-too-large",
            Unread::NotJson => "class-unread-not-json",
            Unread::NotProgress => "class-unread-not-progress",
            Unread::Damaged => "class-unread-damaged",
        }
    }
}

#[derive(Deserialize)]
struct ProgressFile {
    format: String,
    #[serde(default)]
    learner: Option<String>,
    #[serde(default)]
    exported: Option<String>,
    lessons: BTreeMap<String, LessonProgress>,
}

/// Reads one file; `file` is its name (it names a learner an earlier build's file did not).
pub fn read(file: &str, text: &str) -> Result<LearnerProgress, Unread> {
    if text.len() > MAX_PROGRESS_BYTES {
        return Err(Unread::TooLarge);
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| Unread::NotJson)?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(PROGRESS_FORMAT) {
        return Err(Unread::NotProgress);
    }
    let parsed: ProgressFile = serde_json::from_value(value).map_err(|_| Unread::Damaged)?;
    if parsed.format != PROGRESS_FORMAT {
        return Err(Unread::NotProgress);
    }
    let named = parsed
        .learner
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty());
    let learner = named.unwrap_or_else(|| {
        file.rsplit_once('.')
            .map_or(file, |(stem, _)| stem)
            .to_string()
    });
    Ok(LearnerProgress {
        learner,
        exported: parsed.exported,
        file: file.to_string(),
        progress: Progress {
            lessons: parsed.lessons,
        },
    })
}

/// A whole class: every learner once (of two files of one learner, the later export, or the
/// one given later when neither says), and the files that could not be read, with why.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClassReport {
    pub learners: Vec<LearnerProgress>,
    pub unread: Vec<(String, Unread)>,
}

/// How a class did in one lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonSummary {
    pub lesson: String,
    pub done: usize,
    pub hints: usize,
    pub showed_me: usize,
    /// The question answered wrong by most learners, and by how many (none if nobody did).
    pub most_wrong: Option<(usize, usize)>,
}

/// The columns a trainer sorts the table by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    Learner,
    Done,
    Right,
    Hints,
}

impl ClassReport {
    /// Reads files given as (name, text), in the order they were given.
    pub fn read_all(files: &[(String, String)]) -> ClassReport {
        let mut report = ClassReport::default();
        for (name, text) in files {
            match read(name, text) {
                Ok(learner) => report.add(learner),
                Err(why) => report.unread.push((name.clone(), why)),
            }
        }
        report
    }

    /// Adds a learner's file; the same learner (by name, whatever its case) keeps the later.
    pub fn add(&mut self, file: LearnerProgress) {
        let key = file.learner.to_lowercase();
        match self
            .learners
            .iter_mut()
            .find(|l| l.learner.to_lowercase() == key)
        {
            Some(known) => {
                let later = match (&file.exported, &known.exported) {
                    (Some(new), Some(old)) => new >= old,
                    (None, Some(_)) => false,
                    _ => true,
                };
                if later {
                    *known = file;
                }
            }
            None => self.learners.push(file),
        }
    }

    /// The learners in the order asked for (ties by name).
    pub fn sorted(&self, by: SortBy) -> Vec<&LearnerProgress> {
        let mut rows: Vec<&LearnerProgress> = self.learners.iter().collect();
        let key = |l: &LearnerProgress| {
            let done = l
                .progress
                .lessons
                .values()
                .filter(|p| p.status == Status::Done)
                .count();
            let right: usize = l
                .progress
                .lessons
                .values()
                .filter_map(|p| p.score)
                .map(|s| s.right)
                .sum();
            let hints: usize = l
                .progress
                .lessons
                .values()
                .filter_map(|p| p.score)
                .map(|s| s.hints)
                .sum();
            match by {
                SortBy::Learner => 0,
                // most first
                SortBy::Done => usize::MAX - done,
                SortBy::Right => usize::MAX - right,
                SortBy::Hints => usize::MAX - hints,
            }
        };
        rows.sort_by(|a, b| {
            key(a)
                .cmp(&key(b))
                .then_with(|| a.learner.to_lowercase().cmp(&b.learner.to_lowercase()))
        });
        rows
    }

    /// Per lesson: how many finished it, hints and Show me over the class, and the question
    /// most answered wrong.
    pub fn lessons(&self, lessons: &[Lesson]) -> Vec<LessonSummary> {
        lessons
            .iter()
            .map(|lesson| {
                let runs: Vec<&LessonProgress> = self
                    .learners
                    .iter()
                    .filter_map(|l| l.progress.lessons.get(&lesson.id))
                    .collect();
                let mut wrong: BTreeMap<usize, usize> = BTreeMap::new();
                for question in runs.iter().flat_map(|p| &p.wrong) {
                    *wrong.entry(*question).or_default() += 1;
                }
                let most_wrong = wrong
                    .into_iter()
                    .max_by(|(qa, a), (qb, b)| a.cmp(b).then(qb.cmp(qa)));
                LessonSummary {
                    lesson: lesson.id.clone(),
                    done: runs.iter().filter(|p| p.status == Status::Done).count(),
                    hints: runs.iter().filter_map(|p| p.score).map(|s| s.hints).sum(),
                    showed_me: runs
                        .iter()
                        .filter_map(|p| p.score)
                        .filter(|s| s.showed_me)
                        .count(),
                    most_wrong,
                }
            })
            .collect()
    }

    /// The lesson where the class asked for most hints (none if nobody used one).
    pub fn most_hints(&self, lessons: &[Lesson]) -> Option<LessonSummary> {
        self.lessons(lessons)
            .into_iter()
            .filter(|s| s.hints > 0)
            .max_by(|a, b| a.hints.cmp(&b.hints).then(b.lesson.cmp(&a.lesson)))
    }

    /// The table as CSV: a row per learner and lesson (done, predictions right of asked,
    /// hints, Show me used), headers as given (in the trainer's language).
    pub fn csv(&self, lessons: &[Lesson], headers: [&str; 7]) -> String {
        let mut out = headers.map(csv_field).join(",");
        out.push('\n');
        for learner in self.sorted(SortBy::Learner) {
            for lesson in lessons {
                let p = learner.progress.lessons.get(&lesson.id);
                let score = p.and_then(|p| p.score);
                let status = p.map_or(Status::NotStarted, |p| p.status);
                let row = [
                    csv_field(&learner.learner),
                    csv_field(&lesson.id),
                    match status {
                        Status::Done => "done",
                        Status::InProgress => "in-progress",
                        Status::NotStarted => "not-started",
                    }
                    .to_string(),
                    score.map_or(String::new(), |s| s.right.to_string()),
                    score.map_or(String::new(), |s| s.asked.to_string()),
                    score.map_or(String::new(), |s| s.hints.to_string()),
                    score.map_or(String::new(), |s| s.showed_me.to_string()),
                ];
                out.push_str(&row.join(","));
                out.push('\n');
            }
        }
        out
    }
}

/// A CSV field, quoted when it must be (RFC 4180); a leading =, +, - or @ is neutralised so
/// a spreadsheet never runs a learner's name as a formula.
fn csv_field(text: &str) -> String {
    let safe = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if safe.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}
