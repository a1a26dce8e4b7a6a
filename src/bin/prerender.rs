//! Renders the first screen (`first_screen::FirstScreen`: the header's first line and the
//! start page) in each language with Yew's server renderer, into a release build's
//! `index.html`, right after `<body>`: a first visit paints it from HTML and CSS while the
//! wasm downloads (`first.js` shows the visitor's language before the first paint; the app
//! removes them when it starts). Run by `make release` after trunk.
//! Usage: cargo run --release --features prerender --bin prerender -- DIST_DIR
use csp_reservations_sim::domain::demo;
use csp_reservations_sim::first_screen::{FirstScreen, FrameProps};
use csp_reservations_sim::i18n::Locale;
use std::path::Path;
use std::process::ExitCode;
use yew::ServerRenderer;

/// Marks the pre-rendered screens, so a second run replaces nothing twice.
const MARK: &str = "<!-- the first screen, pre-rendered (src/bin/prerender.rs) -->";

fn render(locale: Locale, partner: String) -> String {
    let renderer = ServerRenderer::<FirstScreen>::with_props(move || FrameProps {
        locale,
        partner: partner.into(),
    })
    .hydratable(false);
    futures::executor::block_on(renderer.render())
}

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let index = Path::new(&dir).join("index.html");
    let html = match std::fs::read_to_string(&index) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("prerender: cannot read {}: {e}", index.display());
            return ExitCode::FAILURE;
        }
    };
    if html.contains(MARK) {
        println!(
            "prerender: {} already has the first screen",
            index.display()
        );
        return ExitCode::SUCCESS;
    }
    let partner = demo::demo().partner.name;
    let screens: String = Locale::ALL
        .iter()
        .map(|locale| render(*locale, partner.clone()))
        .collect();
    let Some(at) = html.find("<body>").map(|i| i + "<body>".len()) else {
        eprintln!("prerender: {} has no <body>", index.display());
        return ExitCode::FAILURE;
    };
    let out = format!("{}\n{MARK}\n{screens}\n{}", &html[..at], &html[at..]);
    if let Err(e) = std::fs::write(&index, out) {
        eprintln!("prerender: cannot write {}: {e}", index.display());
        return ExitCode::FAILURE;
    }
    println!(
        "prerender: the first screen in {} languages ({} bytes) in {}",
        Locale::ALL.len(),
        screens.len(),
        index.display()
    );
    ExitCode::SUCCESS
}
