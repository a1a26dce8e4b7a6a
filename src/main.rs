//! Mounts the app into the page's body (browser); natively there is nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {
    // "app-main": the module is compiled and running (read by `make bench`)
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("app-main");
    }
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        csp_reservations_sim::ui::mount(body.into());
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: run `make serve` and open http://127.0.0.1:8080");
}
