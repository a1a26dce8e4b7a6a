//! CSP Reservations Simulator: the rules of DOMAIN.md as a pure model (`domain`),
//! persisted (`store`), localised (`i18n`) and shown by a Yew app (`ui`, browser only).
pub mod api;
pub mod domain;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod first_screen;
pub mod i18n;
pub mod lessons;
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
