//! localStorage. Unreadable text is moved to a backup key, never overwritten; when
//! storage fails the app keeps working in memory and says so.
use super::codec::{self, LoadError};
use crate::domain::{demo, State};
use gloo_storage::{LocalStorage, Storage};

pub const STATE_KEY: &str = "csp-sim/state";
pub const BACKUP_KEY: &str = "csp-sim/unreadable-backup";
pub const PERSONA_KEY: &str = "csp-sim/persona";
pub const LOCALE_KEY: &str = "csp-sim/locale";

/// What loading found, for the banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    Fresh,
    Restored,
    Recovered(LoadError),
}

fn raw_get(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

pub fn load() -> (State, LoadOutcome) {
    match raw_get(STATE_KEY) {
        None => (demo::demo(), LoadOutcome::Fresh),
        Some(text) => match codec::decode(&text) {
            Ok(state) => (state, LoadOutcome::Restored),
            Err(error) => {
                // Keep the unreadable text; only then may the demo take its place.
                let backed_up = LocalStorage::raw().set_item(BACKUP_KEY, &text).is_ok();
                if backed_up {
                    let _ = LocalStorage::raw().remove_item(STATE_KEY);
                }
                (demo::demo(), LoadOutcome::Recovered(error))
            }
        },
    }
}

/// Saves; `false` when storage refused (full, disabled): the caller warns, keeps going.
pub fn save(state: &State) -> bool {
    LocalStorage::raw()
        .set_item(STATE_KEY, &codec::encode(state))
        .is_ok()
}

pub fn backup_text() -> Option<String> {
    raw_get(BACKUP_KEY)
}

pub fn get_pref(key: &str) -> Option<String> {
    raw_get(key)
}

pub fn set_pref(key: &str, value: &str) {
    let _ = LocalStorage::raw().set_item(key, value);
}
