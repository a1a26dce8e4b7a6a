//! localStorage as a `KeyValue` (through gloo-storage's handle on it). Storage that is
//! missing or throws (private mode, disabled) is reported, never a panic: the app then
//! keeps working in memory.
use super::persist::{KeyValue, StoreError};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

pub const PERSONA_KEY: &str = "csp-sim/persona";
pub const LOCALE_KEY: &str = "csp-sim/locale";
pub const EXPECTATIONS_KEY: &str = "csp-sim/v2/expectations";

/// The browser's localStorage, once it is known to exist.
pub struct LocalStorageKv(web_sys::Storage);

impl LocalStorageKv {
    /// Another document's storage (tests write through an iframe, as a second tab would).
    pub fn from_storage(storage: web_sys::Storage) -> Self {
        LocalStorageKv(storage)
    }

    /// `None` when the browser offers no usable localStorage.
    pub fn open() -> Option<Self> {
        // Probe with web-sys first: gloo's `raw()` would panic where access throws.
        let available = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some();
        available.then(|| LocalStorageKv(LocalStorage::raw()))
    }
}

impl KeyValue for LocalStorageKv {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(|e| {
            let quota = e
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|d| d.name() == "QuotaExceededError" || d.code() == 22);
            if quota {
                StoreError::Full
            } else {
                StoreError::Unavailable
            }
        })
    }
    fn remove(&mut self, key: &str) {
        let _ = self.0.remove_item(key);
    }
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        let n = self.0.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect()
    }
}
