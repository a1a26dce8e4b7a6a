//! Browser tests: mount the real app in headless Chromium and drive it through the DOM
//! as a person would (select, click, type), asserting on what the person sees.
#![cfg(target_arch = "wasm32")]

use csp_reservations_sim::store::web::{BACKUP_KEY, LOCALE_KEY, PERSONA_KEY, STATE_KEY};
use csp_reservations_sim::ui;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// A fresh root and a fresh tenant (or the stored text given), at the start page.
async fn start(stored: Option<&str>) -> Element {
    let s = storage();
    for key in [STATE_KEY, BACKUP_KEY, PERSONA_KEY] {
        s.remove_item(key).unwrap();
    }
    s.set_item(LOCALE_KEY, "en").unwrap();
    if let Some(text) = stored {
        s.set_item(STATE_KEY, text).unwrap();
    }
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/")
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    ui::mount(root.clone());
    settle().await;
    root
}

async fn settle() {
    for _ in 0..3 {
        yew::scheduler::flush().await;
    }
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn click_text(root: &Element, tag: &str, label: &str) {
    let nodes = root.query_selector_all(tag).unwrap();
    for i in 0..nodes.length() {
        let el: HtmlElement = nodes.item(i).unwrap().dyn_into().unwrap();
        if el.text_content().unwrap_or_default().trim() == label {
            el.click();
            return;
        }
    }
    panic!("no <{tag}> reading {label:?}");
}

/// Chooses an option as a person would, firing a bubbling change event.
fn choose(root: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = find(root, selector).dyn_into().unwrap();
    select.set_value(value);
    assert_eq!(select.value(), value, "{selector} has no option {value}");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
}

fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = find(root, selector).dyn_into().unwrap();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

async fn go(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    // hashchange is async: let the browser deliver it, then let Yew render
    gloo_timers_sleep().await;
    settle().await;
}

async fn gloo_timers_sleep() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn shows_partner_center_with_its_navigation_and_switches_to_the_azure_portal() {
    let root = start(None).await;
    assert_eq!(text(&root, "[data-testid=system-name]"), "Partner Center");
    assert_eq!(text(&root, "[data-testid=persona-role]"), "Admin agent");
    let nav = text(&root, "nav.sidenav");
    assert!(
        nav.contains("Customers") && nav.contains("Pricing") && nav.contains("Activity log"),
        "{nav}"
    );
    assert!(text(&root, "main").contains("Contoso Ltd"));
    assert!(text(&root, "footer").contains("not affiliated with Microsoft"));

    choose(&root, "#persona", "c:u1");
    settle().await;
    assert_eq!(
        text(&root, "[data-testid=system-name]"),
        "Azure portal (simulated)"
    );
    assert_eq!(text(&root, "[data-testid=persona-role]"), "Owner");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_persona_survives_a_reload() {
    let root = start(None).await;
    choose(&root, "#persona", "p:p2");
    settle().await;
    root.remove();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    ui::mount(root.clone());
    settle().await;
    assert_eq!(text(&root, "[data-testid=persona-role]"), "Sales agent");
    root.remove();
}

/// The seed articles' story, end to end, from both sides.
#[wasm_bindgen_test]
async fn seed_story_from_refusal_to_purchase_and_back_to_the_partner() {
    let root = start(None).await;
    // Tailspin (no subscription): a Sales agent sees the switch read-only (R2)
    choose(&root, "#persona", "p:p2");
    go("#/customers/cust-003/account").await;
    let switch: HtmlInputElement = find(&root, "#allow-purchase").dyn_into().unwrap();
    assert!(
        switch.disabled(),
        "Sales agent must see the permission read-only"
    );
    assert!(text(&root, "#perm-reasons").contains("R2"));

    // The Admin agent is refused for lack of a subscription (R3) and nothing changes
    choose(&root, "#persona", "p:p1");
    settle().await;
    let switch: HtmlInputElement = find(&root, "#allow-purchase").dyn_into().unwrap();
    assert!(!switch.disabled());
    switch.click();
    settle().await;
    assert!(
        text(&root, "[role=alert]").contains("R3"),
        "{}",
        text(&root, "main")
    );
    assert_eq!(text(&root, "[data-testid=permission-state]"), "Off");

    // ...buys an Azure plan, assigns Owner in the portal's IAM, turns the permission on
    go("#/customers/cust-003/subscriptions").await;
    type_into(&root, "#sub-name", "Tailspin Plan");
    settle().await;
    click_text(&root, "button", "Buy subscription");
    settle().await;
    assert!(text(&root, "main").contains("Tailspin Plan"));
    go("#/portal/iam/sub-0005").await;
    choose(&root, "#iam-role", "Owner");
    settle().await;
    click_text(&root, "button", "Add role assignment");
    settle().await;
    assert!(text(&root, "[data-testid=iam]").contains("Tara Tailspin"));
    go("#/customers/cust-003/account").await;
    find(&root, "#allow-purchase")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert_eq!(text(&root, "[data-testid=permission-state]"), "On");
    go("#/activity").await;
    assert!(
        text(&root, "[data-testid=activity-log]").contains("Create customer purchase permissions")
    );

    // The Owner buys in the Azure portal, at the partner's price
    choose(&root, "#persona", "c:u5");
    go("#/portal/purchase").await;
    type_into(&root, "#portal-buy-quantity", "0");
    settle().await;
    assert!(text(&root, ".field-error").contains("between 1 and 10000"));
    type_into(&root, "#portal-buy-quantity", "2");
    settle().await;
    assert_eq!(
        text(&root, "[data-testid=quote-customer-price]"),
        "USD 1,080.00"
    );
    click_text(&root, "button", "Purchase");
    settle().await;
    assert!(
        text(&root, "[role=status]").contains("Reservation purchased"),
        "{}",
        text(&root, "main")
    );

    // ...but cannot cancel it (R10)
    go("#/portal/reservations").await;
    click_text(&root, "button", "Cancel (refund)");
    settle().await;
    click_text(&root, "button", "Cancel reservation");
    settle().await;
    let alert = text(&root, "[role=alert]");
    assert!(
        alert.contains("R10") && alert.contains("ask your partner"),
        "{alert}"
    );

    // The partner sees it in order history, billed to the partner, and in the activity log
    choose(&root, "#persona", "p:p1");
    go("#/customers/cust-003/orders").await;
    let orders = text(&root, "[data-testid=order-history]");
    assert!(
        orders.contains("Tara Tailspin (customer, Azure portal)")
            && orders.contains("Fabrikam Cloud Partners (partner)"),
        "{orders}"
    );
    go("#/activity").await;
    assert!(text(&root, "[data-testid=activity-log]").contains("Reservation purchased by customer"));

    // ...and the partner can cancel it
    go("#/customers/cust-003/reservations").await;
    click_text(&root, "button", "Cancel (refund)");
    settle().await;
    click_text(&root, "button", "Cancel reservation");
    settle().await;
    assert!(
        text(&root, "[role=status]").contains("cancelled"),
        "{}",
        text(&root, "main")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn who_may_grid_shows_each_persona_with_rule_ids() {
    let root = start(None).await;
    go("#/who-may/cust-004").await;
    let grid = find(&root, "[data-testid=who-may]");
    let rows = grid.query_selector_all("tbody tr").unwrap().length();
    assert_eq!(rows, 3 + 2, "three partner users and Woodgrove's two users");
    let cell = text(&root, "tbody tr:nth-child(5) td[data-action=cancel]");
    assert!(cell.contains("Denied") && cell.contains("R10"), "{cell}");
    let cell = text(
        &root,
        "tbody tr:nth-child(1) td[data-action=permission-off]",
    );
    assert!(cell.contains("Allowed") && cell.contains("R2"), "{cell}");
    root.remove();
}

#[wasm_bindgen_test]
async fn unreadable_storage_starts_the_demo_and_keeps_a_backup() {
    let root = start(Some("{this is not json")).await;
    assert!(text(&root, "[data-testid=recovery-banner]").contains("not valid JSON"));
    assert_eq!(
        storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some("{this is not json")
    );
    assert!(text(&root, "main").contains("Contoso Ltd"));
    root.remove();
}
