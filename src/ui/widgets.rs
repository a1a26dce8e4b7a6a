//! Small shared pieces: allowed/denied badges, reason lists, notices, input helpers.
use super::model::{use_app, Msg, Notice};
use crate::domain::projections::actor_name;
use crate::domain::{Actor, Decision, Reason, State};
use crate::i18n::{in_azure_portal, t, t_args, t_reason, Locale};
use crate::store::scenario::ImportError;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The value of the input or select an event came from.
pub fn event_value(e: &Event) -> String {
    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
        input.value()
    } else if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// A `<select>`'s change handler that keeps the chosen value in `state`.
pub fn on_change_set(state: &UseStateHandle<String>) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| state.set(event_value(&e)))
}

/// A text field's input handler that keeps what is typed in `state`.
pub fn on_input_set(state: &UseStateHandle<String>) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| state.set(input_value(&e)))
}

/// The change handler of a two-way `<select>`: `state` becomes `chosen` when the option
/// `value` is picked, `otherwise` for the other option.
pub fn on_either<T: Copy + 'static>(
    state: &UseStateHandle<T>,
    value: &'static str,
    chosen: T,
    otherwise: T,
) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| {
        state.set(if event_value(&e) == value {
            chosen
        } else {
            otherwise
        })
    })
}

pub fn input_value(e: &InputEvent) -> String {
    e.target_dyn_into::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

/// A savings plan message as the console on screen words it: Swedish says "sparplan" in
/// the Azure portal (its menu's word) and "besparingsplan" in Partner Center, one word per
/// console (DOMAIN.md); English and Dutch say the same in both.
pub fn in_console(portal: bool, key: &'static str) -> &'static str {
    if !portal {
        return key;
    }
    match key {
        "savings-plan-name" => "portal-savings-plan-name",
        "savings-plan-id" => "portal-savings-plan-id",
        "savings-plan-purchase" => "portal-savings-plan-purchase",
        "savings-plans-none" => "portal-savings-plans-none",
        "notice-savings-plan-bought" => "portal-notice-savings-plan-bought",
        "savings-plan-kind-compute" => "portal-savings-plan-kind-compute",
        "savings-plan-kind-database" => "portal-savings-plan-kind-database",
        "savings-plan-covered" => "portal-savings-plan-covered",
        "savings-bar-three" => "portal-savings-bar-three",
        "savings-bar-database" => "portal-savings-bar-database",
        "savings-database-plan-covered" => "portal-savings-database-plan-covered",
        other => other,
    }
}

/// A reason with its rule id, which links to the rule's text.
pub fn reason_line(locale: Locale, reason: &Reason) -> Html {
    reason_item(locale, reason, None)
}

/// R5: the Azure portal's own words for a refused purchase ("No eligible subscriptions"…),
/// shown beside the simulator's explanation and rule id.
fn portal_wording(reason: &Reason) -> Option<&'static str> {
    match reason.key {
        "deny-r5b-no-subscription" => Some("portal-error-no-eligible-subscriptions"),
        "deny-r5b-subscription-other-customer" | "deny-r5b-subscription-suspended" => {
            Some("portal-error-subscription-not-eligible")
        }
        "deny-r5c-not-owner" => Some("portal-error-not-owner"),
        _ => None,
    }
}

/// A reason as the Azure portal's banner shows it: the portal's own wording first, where it
/// has one, then the explanation with its rule id.
pub fn portal_reason_line(locale: Locale, reason: &Reason) -> Html {
    reason_item(locale, reason, portal_wording(reason))
}

fn reason_item(locale: Locale, reason: &Reason, portal: Option<&'static str>) -> Html {
    html! { <ReasonItem {locale} reason={reason.clone()} {portal} /> }
}

#[derive(Properties, PartialEq)]
struct ReasonItemProps {
    locale: Locale,
    reason: Reason,
    portal: Option<&'static str>,
}

/// One reason, in the words of the console on screen (`in_azure_portal`).
#[component]
fn ReasonItem(props: &ReasonItemProps) -> Html {
    let locale = props.locale;
    let reason = &props.reason;
    let console = super::model::use_portal_look();
    let words = |text: String| {
        if console {
            in_azure_portal(locale, text)
        } else {
            text
        }
    };
    let code = reason.rule.code();
    html! {
        <li class="reason" data-rule={code}>
            if let Some(key) = props.portal {
                <strong class="portal-words" data-testid="portal-words">{t(locale, key)}</strong>{" — "}
            }
            <a class="rule-id" href={format!("#/rules/{code}")} title={words(t(locale, &reason.rule.text_key()))}>{code}</a>
            {" "}{words(t_reason(locale, reason))}
        </li>
    }
}

/// The class of a pane's confirming button.
pub const CONFIRM_CLASS: &str = "primary";

/// The rules' answer before a click: nothing when allowed; every unmet rule when not (the
/// person may still try, and the notice says the same).
pub fn refusal_preview(locale: Locale, decision: &Decision) -> Html {
    match decision {
        Decision::Allowed(_) => html! {},
        Decision::Denied(reasons) => html! {
            <div class="notice error portal-error precheck" data-testid="precheck">
                <strong><span aria-hidden="true">{"⛔ "}</span>{t(locale, "precheck-title")}</strong>
                <ul>{ for reasons.iter().map(|r| portal_reason_line(locale, r)) }</ul>
            </div>
        },
    }
}

/// Allowed / denied as icon + word + colour (never colour alone).
pub fn decision_badge(locale: Locale, decision: &Decision) -> Html {
    if decision.is_allowed() {
        html! { <span class="badge allowed"><span aria-hidden="true">{"✔ "}</span>{t(locale, "allowed")}</span> }
    } else {
        html! { <span class="badge denied"><span aria-hidden="true">{"✖ "}</span>{t(locale, "denied")}</span> }
    }
}

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    /// Portal-style banner (Azure) or Partner Center message bar.
    #[prop_or_default]
    pub portal: bool,
}

/// The outcome of the last action: every unmet rule on a refusal.
#[component]
pub fn NoticeBar(props: &NoticeProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let dismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Msg::DismissNotice))
    };
    // a notice belongs to the page it was raised on: it does not follow the person away
    let here = super::route::use_route().to_path();
    if *app.notice_at != *here {
        return html! {};
    }
    match &app.notice {
        None => html! {},
        Some(Notice::Done(key)) => html! {
            <div class="notice success" role="status">
                <span aria-hidden="true">{"✔ "}</span>{t(locale, key)}
                <button class="link" onclick={dismiss}>{t(locale, "dismiss")}</button>
            </div>
        },
        Some(Notice::Denied(reasons)) => {
            let class = if props.portal {
                "notice error portal-error"
            } else {
                "notice error"
            };
            let line = if props.portal {
                portal_reason_line
            } else {
                reason_line
            };
            html! {
                <div class={class} role="alert">
                    <strong><span aria-hidden="true">{"⛔ "}</span>{t(locale, "notice-denied-title")}</strong>
                    <ul>{ for reasons.iter().map(|r| line(locale, r)) }</ul>
                    <button class="link" onclick={dismiss}>{t(locale, "dismiss")}</button>
                </div>
            }
        }
    }
}

/// How a person (or the simulator itself) is named on screen.
pub fn persona_name(locale: Locale, state: &State, actor: &Actor) -> String {
    match actor {
        Actor::Simulator => t(locale, "actor-simulator"),
        _ => actor_name(state, actor),
    }
}

pub const PAGE_SIZE: usize = 50;

/// The page to show of `total` rows (clamped when the list shrank), and how many pages.
pub fn page_bounds(total: usize, requested: usize) -> (usize, usize) {
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    (requested.min(pages - 1), pages)
}

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    pub page: usize,
    pub pages: usize,
    pub on_page: Callback<usize>,
}

/// Previous / "Page n of m" / Next, so long lists render one page at a time.
#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let go = |p: usize| {
        let on_page = props.on_page.clone();
        Callback::from(move |_| on_page.emit(p))
    };
    html! {
        <div class="pager">
            <button disabled={props.page == 0} onclick={go(props.page.saturating_sub(1))}>{t(locale, "page-previous")}</button>
            <span>{crate::i18n::t_args(locale, "page-of", &[("page", (props.page + 1).into()), ("pages", props.pages.into())])}</span>
            <button disabled={props.page + 1 >= props.pages} onclick={go(props.page + 1)}>{t(locale, "page-next")}</button>
        </div>
    }
}

/// Offers `text` as a file download (CSV, scenario JSON, backups); no server involved.
pub fn download(filename: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Resolves after the next frame (or after 50 ms, should frames be paused, as in a tab
/// in the background): later than Yew's own yields while the first render's effects
/// are pending, so deferred work does not delay them.
pub async fn after_next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(w) = web_sys::window() else {
            return;
        };
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
        // a task after the frame: setTimeout from inside the frame callback
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        });
        let _ = w.request_animation_frame(after_frame.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// An import's problems, each with its JSON path (scenario and lesson files, links).
pub fn error_list(locale: Locale, errors: &[ImportError]) -> Html {
    html! {
        <div class="notice error" role="alert" data-testid="import-errors">
            <strong>{t_args(locale, "import-failed", &[("count", errors.len().into())])}</strong>
            <ul>{ for errors.iter().map(|e| html! {
                <li><code>{e.path.clone()}</code>{" — "}{t(locale, e.key)}
                    if !e.detail.is_empty() { {" ("}<span class="detail">{e.detail.clone()}</span>{")"} }
                </li>
            }) }</ul>
        </div>
    }
}

/// Reads the file a person chose in a file input (`e` its change event): its text, or
/// why not (larger than `max_bytes`, unreadable). Nothing happens when none was chosen.
pub fn read_chosen_file(
    e: &Event,
    max_bytes: usize,
    then: impl FnOnce(Result<String, ImportError>) + 'static,
) {
    let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
        return;
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    if file.size() > max_bytes as f64 {
        then(Err(ImportError {
            path: "$".into(),
            key: "import-error-too-large",
            detail: format!("{} bytes", file.size()),
        }));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        then(text.ok_or(ImportError {
            path: "$".into(),
            key: "import-error-not-json",
            detail: String::new(),
        }));
    });
}

/// Waits `ms` milliseconds (Show me's pace).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A language tag by its name in the page's language ("Zweeds" for `sv-SE` on a Dutch
/// page), or the tag itself.
pub fn language_name(locale: Locale, tag: &str) -> String {
    Locale::from_tag(tag)
        .map(|l| t(locale, &format!("language-{}", l.tag())))
        .unwrap_or_else(|| tag.to_string())
}

/// A lesson's words: a message of the lesson texts, or a trainer's own text.
pub fn lesson_text(locale: Locale, text: &crate::lessons::Text) -> String {
    match text {
        crate::lessons::Text::Key(key) => t(locale, key),
        crate::lessons::Text::Plain { text } => text.clone(),
    }
}

/// Puts `text` on the clipboard (the browser may refuse; nothing else depends on it).
pub fn copy_to_clipboard(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// A request and its response as the console shows them (also under the Account page's
/// switches).
pub fn exchange_view(
    locale: Locale,
    request: &crate::api::Request,
    response: &crate::api::Response,
    testid: &'static str,
) -> Html {
    let copy = |text: String| Callback::from(move |_| copy_to_clipboard(&text));
    html! {
        <div class="api-exchange" data-testid={testid}>
            <div class="api-part">
                <div class="api-part-head"><strong>{t(locale, "api-request")}</strong>
                    <button class="link" onclick={copy(request.to_text())}>{t(locale, "api-copy")}</button></div>
                <pre class="api-text" data-testid="api-request-text">{request.to_text()}</pre>
            </div>
            <div class="api-part">
                <div class="api-part-head"><strong>{t(locale, "api-response")}</strong>
                    <button class="link" onclick={copy(response.to_text())}>{t(locale, "api-copy")}</button></div>
                <pre class="api-text" data-testid="api-response-text">{response.to_text()}</pre>
            </div>
        </div>
    }
}

/// A text file from beside the page (lesson texts, a language's messages); None when it
/// cannot be had (offline without the service worker, a host missing the file).
pub async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Switches the page's language, fetching its messages first when they are not here (only
/// the language in use is downloaded); a failed fetch leaves the language as it was and
/// says so.
pub fn switch_locale(app: &super::model::AppContext, locale: Locale) {
    if crate::i18n::has_locale(locale) {
        app.dispatch(Msg::SetLocale(locale));
        return;
    }
    let app = app.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match fetch_text(&crate::i18n::locale_url(locale)).await {
            Some(text) => {
                // kept for the page's lifetime, as the built-in texts are
                crate::i18n::add_locale(locale, Box::leak(text.into_boxed_str()));
                app.dispatch(Msg::SetLocale(locale));
            }
            None => app.dispatch(Msg::LocaleTextsFailed(locale)),
        }
    });
}
