//! The saved document: `{ "schema_version": 1, "events": [...] }`. The state is never
//! stored, only the events, so a stored tenant is rebuilt through `State::evolve`.
use crate::domain::demo;
use crate::domain::{Recorded, State};
use serde::{Deserialize, Serialize};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Document {
    schema_version: u32,
    events: Vec<Recorded>,
}

/// Why stored text could not be used. The UI names it in the recovery banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    NotJson(String),
    /// Written by a newer build: its schema, and the newest this build reads.
    FutureVersion {
        found: u32,
        readable: u32,
    },
    WrongShape(String),
    /// Events out of order or not starting from the tenant's beginning.
    BrokenHistory(String),
}

impl LoadError {
    pub fn key(&self) -> &'static str {
        match self {
            LoadError::NotJson(_) => "storage-error-not-json",
            LoadError::FutureVersion { .. } => "storage-error-future-version",
            LoadError::WrongShape(_) => "storage-error-wrong-shape",
            LoadError::BrokenHistory(_) => "storage-error-broken-history",
        }
    }
    pub fn detail(&self) -> String {
        match self {
            LoadError::NotJson(d) | LoadError::WrongShape(d) | LoadError::BrokenHistory(d) => {
                d.clone()
            }
            LoadError::FutureVersion { found, readable } => {
                format!("schema_version {found} > {readable}")
            }
        }
    }
}

pub fn genesis() -> State {
    State::genesis(
        demo::PARTNER_NAME,
        demo::PARTNER_TENANT_ID,
        demo::start_time(),
    )
}

pub fn encode(state: &State) -> String {
    #[derive(Serialize)]
    struct Borrowed<'a> {
        schema_version: u32,
        events: &'a [Recorded],
    }
    serde_json::to_string(&Borrowed {
        schema_version: SCHEMA_VERSION,
        events: &state.log,
    })
    .unwrap_or_default()
}

pub fn decode(text: &str) -> Result<State, LoadError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| LoadError::NotJson(e.to_string()))?;
    let version = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| LoadError::WrongShape("schema_version is missing".into()))?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::FutureVersion {
            found: u32::try_from(version).unwrap_or(u32::MAX),
            readable: SCHEMA_VERSION,
        });
    }
    // read again from the text, not the tree: the events' readers exist for text already,
    // and another instantiation of them for a tree would cost kilobytes of download
    let doc: Document =
        serde_json::from_str(text).map_err(|e| LoadError::WrongShape(e.to_string()))?;
    replay_stored(doc.events)
}

/// Replays a history this app stored, one event at a time as it is read. It was written
/// by `decide`, so it is not re-decided (that is for imports and share links,
/// `domain::verify`): start-up with 20,000 events stays fast. Numbering and time order are
/// still checked, cheaply.
pub struct StoredReplay {
    state: State,
}

impl StoredReplay {
    /// `expected`: how many events are coming (the history is reserved once).
    pub fn new(expected: usize) -> Self {
        let mut state = genesis();
        state.log.reserve(expected);
        StoredReplay { state }
    }

    pub fn push(&mut self, e: Recorded) -> Result<(), LoadError> {
        let n = self.state.log.len() as u64 + 1;
        if e.seq != n {
            return Err(LoadError::BrokenHistory(format!(
                "event {n} has seq {}",
                e.seq
            )));
        }
        if self.state.log.last().is_some_and(|last| e.at < last.at) {
            return Err(LoadError::BrokenHistory(format!(
                "event {} goes back in time",
                e.seq
            )));
        }
        self.state.evolve(e);
        Ok(())
    }

    pub fn finish(self) -> State {
        self.state
    }
}

pub fn replay_stored(events: Vec<Recorded>) -> Result<State, LoadError> {
    let mut replay = StoredReplay::new(events.len());
    for e in events {
        replay.push(e)?;
    }
    Ok(replay.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_round_trips() {
        let demo = demo::demo();
        assert_eq!(decode(&encode(&demo)), Ok(demo));
    }

    #[test]
    fn unreadable_text_is_named_not_swallowed() {
        assert!(matches!(decode("{not json"), Err(LoadError::NotJson(_))));
        assert_eq!(
            decode(r#"{"schema_version": 99, "events": []}"#),
            Err(LoadError::FutureVersion {
                found: 99,
                readable: 1
            })
        );
        assert!(matches!(
            decode(r#"{"events": []}"#),
            Err(LoadError::WrongShape(_))
        ));
        assert!(matches!(
            decode(r#"{"schema_version": 1, "events": [{"seq": 1}]}"#),
            Err(LoadError::WrongShape(_))
        ));
        let mut text = encode(&demo::demo());
        text = text.replacen("\"seq\":2,", "\"seq\":7,", 1);
        assert!(matches!(decode(&text), Err(LoadError::BrokenHistory(_))));
    }
}
