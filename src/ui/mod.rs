//! The Yew app (browser only). Components ask the domain (`decide`, `explain`) and show
//! its answers; none of them decides a rule.
pub mod activity;
pub mod api_console;
pub mod app;
pub mod azure_portal;
pub mod class_report;
pub mod coverage;
pub mod customer;
pub mod header;
pub mod lesson_maker;
pub mod lessons;
pub mod model;
pub mod partner_center;
pub mod purchase;
pub mod reservation;
pub mod route;
pub mod savings_plan;
pub mod scenario;
pub mod settings;
pub mod who_may;
pub mod widgets;

pub use app::App;

/// Mounts the app into `root` (tests mount into a fresh element each).
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root(root).render()
}
