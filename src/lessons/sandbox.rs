//! Each lesson's own sandbox: the app's storage layout under `csp-sim/lesson/<id>/`, so a
//! lesson never touches the learner's saved work, and its history, persona and `Run` are
//! saved so a reload resumes it. Opening checks that what is stored grew from the lesson's
//! own start (a lesson changed by a newer build starts afresh instead of resuming a tenant
//! it no longer describes).
use super::{Lesson, Run};
use crate::domain::{Actor, State};
use crate::store::persist::{
    self, HistoryHash, HistoryHashes, KeyValue, LoadOutcome, Loaded, PrefixedKv,
};
use crate::store::session::Session;

/// Where a lesson's `Run` is kept, inside its own prefixed store.
pub const RUN_KEY: &str = "csp-sim/lesson-run";
/// The persona the learner last chose in this lesson, inside its own prefixed store.
pub const PERSONA_KEY: &str = "csp-sim/persona";

/// The key prefix of lesson `id`'s sandbox.
pub fn prefix(id: &str) -> String {
    format!("csp-sim/lesson/{id}/")
}

/// Every lesson sandbox's keys start with this (reset of progress removes them).
pub const ALL_PREFIX: &str = "csp-sim/lesson/";

/// An open lesson sandbox: its session, what the learner did, and as whom.
pub struct Opened {
    pub session: Session,
    pub run: Run,
    pub persona: Actor,
    /// False when it began afresh (nothing stored, a reset, or a changed lesson).
    pub resumed: bool,
}

/// Whether `state` grew from `start`: it holds start's events first, every one of them
/// (a start that a newer build changed may still end with the same event).
fn grew_from(state: &State, start: &State) -> bool {
    let n = start.log.len();
    state.log.len() >= n && HistoryHash::of(&state.log[..n]) == HistoryHash::of(&start.log)
}

/// Opens lesson `lesson`'s sandbox in `store` (the browser's storage, seen whole):
/// resumed as saved unless `fresh`, else from the lesson's start.
pub fn open(store: Box<dyn KeyValue>, available: bool, lesson: &Lesson, fresh: bool) -> Opened {
    let mut kv = PrefixedKv::new(store, &prefix(&lesson.id));
    let start = lesson.start_state();
    let stored = if fresh {
        None
    } else {
        let loaded = persist::load(&mut kv);
        let readable = matches!(
            loaded.outcome,
            LoadOutcome::Restored | LoadOutcome::Migrated { .. }
        );
        (readable && grew_from(&loaded.state, &start)).then_some(loaded)
    };
    let run = stored.as_ref().and_then(|_| {
        kv.get(RUN_KEY)
            .and_then(|text| serde_json::from_str::<Run>(&text).ok())
            .filter(|run| run.start_len == start.log.len())
    });
    let persona = stored
        .as_ref()
        .and_then(|loaded| {
            kv.get(PERSONA_KEY)
                .and_then(|p| serde_json::from_str::<Actor>(&p).ok())
                .filter(|a| exists(&loaded.state, a))
        })
        .unwrap_or_else(|| lesson.persona.clone());
    match (stored, run) {
        (Some(loaded), Some(run)) => Opened {
            session: Session::new(Box::new(kv), loaded, available),
            run,
            persona,
            resumed: true,
        },
        _ => {
            let run = Run::new(&start);
            let placeholder = Loaded {
                state: start.clone(),
                outcome: LoadOutcome::Fresh,
                saved: 0,
                writable: true,
                hashes: HistoryHashes::default(),
            };
            let mut session = Session::new(Box::new(kv), placeholder, available);
            session.replace(start);
            save_run(&mut session, &run);
            set_persona(&mut session, &lesson.persona);
            Opened {
                session,
                run,
                persona: lesson.persona.clone(),
                resumed: false,
            }
        }
    }
}

/// Keeps what the learner did beside the lesson's history (best effort, as preferences).
pub fn save_run(session: &mut Session, run: &Run) {
    if let Ok(json) = serde_json::to_string(run) {
        session.set_pref(RUN_KEY, &json);
    }
}

pub fn set_persona(session: &mut Session, persona: &Actor) {
    if let Ok(json) = serde_json::to_string(persona) {
        session.set_pref(PERSONA_KEY, &json);
    }
}

/// Whether a persona exists in a tenant (a stored one may not, after a newer build).
pub fn exists(state: &State, actor: &Actor) -> bool {
    match actor {
        Actor::Partner(u) => state.partner_users.contains_key(u),
        Actor::Customer(u) => state.customer_users.contains_key(u),
        Actor::Simulator => false,
    }
}
