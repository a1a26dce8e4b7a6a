//! Persistence: the event history in localStorage (chunked, versioned), scenario files and
//! share links. All of it is pure and natively tested except `web`, the localStorage glue.
pub mod codec;
pub mod packed;
pub mod persist;
pub mod scenario;
pub mod session;
#[cfg(target_arch = "wasm32")]
pub mod web;
