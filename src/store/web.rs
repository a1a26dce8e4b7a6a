//! localStorage as a `KeyValue` (through gloo-storage's handle on it). Storage that is
//! missing or throws (private mode, disabled) is reported, never a panic: the app then
//! keeps working in memory.
use super::persist::{KeyValue, StoreError};
use gloo_storage::{LocalStorage, Storage};
use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub const PERSONA_KEY: &str = "csp-sim/persona";
pub const LOCALE_KEY: &str = "csp-sim/locale";
pub const EXPECTATIONS_KEY: &str = "csp-sim/v2/expectations";
/// The lesson open beside the consoles (`1`…`13`, `trainer`), resumed on reload.
pub const ACTIVE_LESSON_KEY: &str = "csp-sim/active-lesson";
/// Which lessons are done, with their scores (`lessons::Progress`).
pub const PROGRESS_KEY: &str = "csp-sim/lesson-progress";
/// The trainer's lesson last opened (its file), so a reload resumes it.
pub const TRAINER_LESSON_KEY: &str = "csp-sim/trainer-lesson";
/// The lesson a trainer is making (its file), kept while they record its solution.
pub const DRAFT_KEY: &str = "csp-sim/lesson-draft";
/// The learner's name, asked once and written into the progress files they export.
pub const LEARNER_KEY: &str = "csp-sim/learner";
/// Set on the first visit: later visits skip the start page.
pub const VISITED_KEY: &str = "csp-sim/visited";
/// The page last open, where a later visit resumes.
pub const LAST_ROUTE_KEY: &str = "csp-sim/last-route";

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
        self.0
            .unchecked_ref::<TextStorage>()
            .get_item_text(key)
            .ok()
            .flatten()
            .map(|text| utf8_of(&text))
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

#[wasm_bindgen]
extern "C" {
    /// `getItem`, keeping the value a JS string: web-sys's `String` copies it into the
    /// module one character at a time in JS, which on a page's first run was most of the
    /// cost of reading a large tenant's history (~0.5 M characters).
    type TextStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_text(this: &TextStorage, key: &str) -> Result<Option<JsString>, JsValue>;

    type Utf8Encoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &Utf8Encoder, text: &JsString, into: &Uint8Array) -> Encoded;

    type Encoded;
    #[wasm_bindgen(method, getter)]
    fn read(this: &Encoded) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &Encoded) -> u32;
}

thread_local! {
    static ENCODER: Option<Utf8Encoder> = web_sys::TextEncoder::new().ok().map(JsCast::unchecked_into);
}

/// The string's UTF-8, written by the browser's encoder straight into the module's memory.
fn utf8_of(text: &JsString) -> String {
    let units = text.length() as usize;
    let encoded = ENCODER.with(|encoder| {
        let encoder = encoder.as_ref()?;
        // ASCII (every stored chunk) needs one byte per unit; anything else at most three
        let mut bytes = vec![0u8; units];
        let first = encoder.encode_into(text, &memory_view(&mut bytes));
        let written = if first.read() as usize == units {
            first.written()
        } else {
            bytes = vec![0u8; units * 3];
            encoder
                .encode_into(text, &memory_view(&mut bytes))
                .written()
        };
        bytes.truncate(written as usize);
        Some(bytes)
    });
    match encoded {
        // the encoder replaces lone surrogates, so this is UTF-8; lossy only to never panic
        Some(bytes) => String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        None => String::from(text),
    }
}

/// A `Uint8Array` over `bytes` in the module's memory. Made after `bytes` is allocated (an
/// allocation may grow the memory, which detaches older views) and used before the next.
fn memory_view(bytes: &mut [u8]) -> Uint8Array {
    let buffer = wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer();
    Uint8Array::new_with_byte_offset_and_length(
        &buffer,
        bytes.as_mut_ptr() as usize as u32,
        bytes.len() as u32,
    )
}
