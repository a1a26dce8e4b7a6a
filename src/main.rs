//! Mounts the app into the page's body (browser); natively there is nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {
    // "app-main": the module is compiled and running (read by `make bench`)
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("app-main");
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // the pre-rendered first screens (index.html) go as the app takes over, in this task:
    // no frame shows both
    if let Ok(screens) = document.query_selector_all("body > [data-first-screen]") {
        for i in 0..screens.length() {
            if let Some(node) = screens.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    if let Some(body) = document.body() {
        csp_reservations_sim::ui::mount(body.into());
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: run `make serve` and open http://127.0.0.1:8080");
}
