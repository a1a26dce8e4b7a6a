//! Persistence: a versioned document of events, replayed on load. `codec` is pure and
//! natively tested; `web` (browser only) talks to localStorage through gloo-storage.
pub mod codec;
pub mod packed;
pub mod persist;
pub mod scenario;
#[cfg(target_arch = "wasm32")]
pub mod web;
