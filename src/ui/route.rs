//! Hash routes: deep links work on any static host without server rewrites.
//!
//! Our own small router rather than yew-router: a route is the part of the URL after `#`,
//! links are plain `<a href="#/…">` (the browser changes the hash, `hashchange` re-renders),
//! and the current route is a context value. yew-router, with its history, recognizer and
//! serde layers, was 56 KB of the module (21 KB gzip) for these paths.
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    /// `/`
    Home,
    /// `/customers`
    Customers,
    /// `/customers/:id/:tab`
    Customer { id: String, tab: String },
    /// `/customers/:id/reservations/:reservation`: a reservation's details in Partner Center
    CustomerReservation { id: String, reservation: String },
    /// `/customers/:id/savings-plans/:plan`: a savings plan the partner bought
    CustomerSavingsPlan { id: String, plan: String },
    /// `/pricing`
    Pricing,
    /// `/activity`
    Activity,
    /// `/who-may/:id`
    WhoMay { id: String },
    /// `/who-may/:id/:reservation`
    WhoMayReservation { id: String, reservation: String },
    /// `/rules/:rule`
    Rule { rule: String },
    /// `/portal/reservations`
    PortalReservations,
    /// `/portal/purchase`
    PortalPurchase,
    /// `/portal/iam/:sub`
    PortalIam { sub: String },
    /// `/portal/reservations/:id`: the reservation details blade
    PortalReservation { id: String },
    /// `/portal/savings-plans`
    PortalSavingsPlans,
    /// `/portal/savings-plans/purchase`
    PortalSavingsPlanPurchase,
    /// `/portal/savings-plans/:id`
    PortalSavingsPlan { id: String },
    /// `/settings`: the simulator's own settings (R13's grace period)
    Settings,
    /// `/api-console`: the Partner Center API console (SelfServePolicy)
    ApiConsole,
    /// `/scenario`
    Scenario,
    /// `/start`: what the simulator is, and the way in (the first visit lands here)
    Start,
    /// `/lessons`: the thirteen lessons, progress, trainers' lessons
    Lessons,
    /// `/lessons/make`: a trainer makes a lesson from the sandbox
    LessonMaker,
    /// `/lesson/:payload`: a trainer's lesson shared as a link
    LessonLink { payload: String },
    /// `/lessons/:id`: a built-in lesson opened directly ("today: lesson 7")
    OpenLesson { id: String },
    /// `/share/:payload`
    Share { payload: String },
    /// `/not-found`, and any path that is none of the above
    NotFound,
}

/// `%XX` escapes for what may not stand in a path segment as it is.
fn encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The segment with its `%XX` escapes undone; None if they are not valid UTF-8 escapes.
fn decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = segment.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

impl Route {
    /// The route a path names (`/customers/cust-001/account`); a path that names none is
    /// `NotFound`. A query (`?…`) is ignored, as is a trailing `/`.
    pub fn recognize(path: &str) -> Route {
        let path = path.split('?').next().unwrap_or_default();
        let Some(segments) = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(decode)
            .collect::<Option<Vec<String>>>()
        else {
            return Route::NotFound;
        };
        let parts: Vec<&str> = segments.iter().map(String::as_str).collect();
        let text = |s: &str| s.to_string();
        match parts.as_slice() {
            [] => Route::Home,
            ["customers"] => Route::Customers,
            ["customers", id, tab] => Route::Customer {
                id: text(id),
                tab: text(tab),
            },
            ["customers", id, "reservations", reservation] => Route::CustomerReservation {
                id: text(id),
                reservation: text(reservation),
            },
            ["customers", id, "savings-plans", plan] => Route::CustomerSavingsPlan {
                id: text(id),
                plan: text(plan),
            },
            ["pricing"] => Route::Pricing,
            ["activity"] => Route::Activity,
            ["who-may", id] => Route::WhoMay { id: text(id) },
            ["who-may", id, reservation] => Route::WhoMayReservation {
                id: text(id),
                reservation: text(reservation),
            },
            ["rules", rule] => Route::Rule { rule: text(rule) },
            ["portal", "reservations"] => Route::PortalReservations,
            ["portal", "purchase"] => Route::PortalPurchase,
            ["portal", "iam", sub] => Route::PortalIam { sub: text(sub) },
            ["portal", "reservations", id] => Route::PortalReservation { id: text(id) },
            ["portal", "savings-plans"] => Route::PortalSavingsPlans,
            ["portal", "savings-plans", "purchase"] => Route::PortalSavingsPlanPurchase,
            // plan ids are `sp-…`: "purchase" is always the purchase blade
            ["portal", "savings-plans", id] => Route::PortalSavingsPlan { id: text(id) },
            ["settings"] => Route::Settings,
            ["api-console"] => Route::ApiConsole,
            ["scenario"] => Route::Scenario,
            ["start"] => Route::Start,
            ["lessons"] => Route::Lessons,
            ["lessons", "make"] => Route::LessonMaker,
            ["lessons", id] => Route::OpenLesson { id: text(id) },
            ["lesson", payload] => Route::LessonLink {
                payload: text(payload),
            },
            ["share", payload] => Route::Share {
                payload: text(payload),
            },
            _ => Route::NotFound,
        }
    }

    /// The path of this route; `recognize` reads it back as the same route.
    pub fn to_path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Customers => "/customers".into(),
            Route::Customer { id, tab } => format!("/customers/{}/{}", encode(id), encode(tab)),
            Route::CustomerReservation { id, reservation } => format!(
                "/customers/{}/reservations/{}",
                encode(id),
                encode(reservation)
            ),
            Route::CustomerSavingsPlan { id, plan } => {
                format!("/customers/{}/savings-plans/{}", encode(id), encode(plan))
            }
            Route::Pricing => "/pricing".into(),
            Route::Activity => "/activity".into(),
            Route::WhoMay { id } => format!("/who-may/{}", encode(id)),
            Route::WhoMayReservation { id, reservation } => {
                format!("/who-may/{}/{}", encode(id), encode(reservation))
            }
            Route::Rule { rule } => format!("/rules/{}", encode(rule)),
            Route::PortalReservations => "/portal/reservations".into(),
            Route::PortalPurchase => "/portal/purchase".into(),
            Route::PortalIam { sub } => format!("/portal/iam/{}", encode(sub)),
            Route::PortalReservation { id } => format!("/portal/reservations/{}", encode(id)),
            Route::PortalSavingsPlans => "/portal/savings-plans".into(),
            Route::PortalSavingsPlanPurchase => "/portal/savings-plans/purchase".into(),
            Route::PortalSavingsPlan { id } => format!("/portal/savings-plans/{}", encode(id)),
            Route::Settings => "/settings".into(),
            Route::ApiConsole => "/api-console".into(),
            Route::Scenario => "/scenario".into(),
            Route::Start => "/start".into(),
            Route::Lessons => "/lessons".into(),
            Route::LessonMaker => "/lessons/make".into(),
            Route::LessonLink { payload } => format!("/lesson/{}", encode(payload)),
            Route::OpenLesson { id } => format!("/lessons/{}", encode(id)),
            Route::Share { payload } => format!("/share/{}", encode(payload)),
            Route::NotFound => "/not-found".into(),
        }
    }

    /// The link to this route: `#/…`.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }
}

/// The route the page's URL names now; None when its hash is an anchor within the page
/// (the "skip to content" link's `#main`), which leaves the route as it was.
fn current() -> Option<Route> {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    match hash.strip_prefix('#').unwrap_or(&hash) {
        "" => Some(Route::Home),
        path if path.starts_with('/') => Some(Route::recognize(path)),
        _ => None,
    }
}

/// The path the address names now (`/customers`), if it names one.
pub fn current_path() -> Option<String> {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok())?;
    let path = hash.strip_prefix('#').unwrap_or(&hash);
    path.starts_with('/').then(|| path.to_string())
}

/// Opens a path as a link would (a new history entry).
pub fn go_to_path(path: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(path);
    }
}

/// Goes to `route` in place of the current history entry, so Back does not return to a
/// page the user was sent away from.
pub fn replace(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(&route.href());
    }
}

/// Provides the current route to everything inside it, following the URL's hash (links,
/// Back and Forward, addresses typed or pasted).
///
/// Both `popstate` and `hashchange` are followed: Chromium fires `popstate` within the task
/// that changes the hash, so the new page renders in that task (as it did with yew-router),
/// while `hashchange` comes in a task of its own; the second finds the route unchanged.
#[component]
pub fn HashRouter(props: &yew::html::ChildrenProps) -> Html {
    let route = use_state_eq(|| current().unwrap_or(Route::Home));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let follow = Closure::<dyn Fn()>::new(move || {
                if let Some(now) = current() {
                    route.set(now);
                }
            });
            let window = web_sys::window();
            let events = ["popstate", "hashchange"];
            if let Some(w) = &window {
                for event in events {
                    let _ =
                        w.add_event_listener_with_callback(event, follow.as_ref().unchecked_ref());
                }
            }
            move || {
                if let Some(w) = &window {
                    for event in events {
                        let _ = w.remove_event_listener_with_callback(
                            event,
                            follow.as_ref().unchecked_ref(),
                        );
                    }
                }
            }
        });
    }
    html! {
        <ContextProvider<Route> context={(*route).clone()}>
            { props.children.clone() }
        </ContextProvider<Route>>
    }
}

/// The current route (`NotFound` outside a `HashRouter`).
#[hook]
pub fn use_route() -> Route {
    use_context::<Route>().unwrap_or(Route::NotFound)
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A link to a route: a plain anchor, so it also opens in a new tab.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    html! { <a href={props.to.href()} class={props.classes.clone()}>{ props.children.clone() }</a> }
}
