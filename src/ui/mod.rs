//! The Yew app (browser only).
