//! The root: context provider, router, the two consoles' frames, banners, footer.
use super::activity::ActivityLog;
use super::api_console::ApiConsole;
use super::azure_portal::{
    PortalIam, PortalPurchase, PortalReservation, PortalReservations, PortalSavingsPlan,
    PortalSavingsPlanPurchase, PortalSavingsPlans,
};
use super::customer::{CustomerPage, CustomerReservationPage, CustomerSavingsPlanPage};
use super::header::Header;
use super::lesson_maker::LessonMaker;
use super::lessons::{LessonLink, LessonPanel, LessonsPage, OpenLessonLink, StartPage};
use super::model::{use_app, use_portal_look, AppModel, Msg};
use super::partner_center::{CustomerList, Pricing};
use super::route::{self, use_route, HashRouter, Link, Route};
use super::scenario::{download_scenario, ScenarioPage, ShareLink};
use super::settings::Settings;
use super::who_may::{RuleBook, WhoMay};
use super::widgets::{download, persona_name, reason_line};
use crate::domain::decide::operation_of;
use crate::i18n::{t, t_args};
use crate::store::persist::{self, LoadOutcome, StoreError};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let model = use_reducer(AppModel::load);
    // "app-interactive": the first render is on screen and handlers are attached (read by
    // `make bench` through the User Timing API).
    {
        let model = model.clone();
        use_effect_with((), move |_| {
            if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                let _ = p.mark("app-interactive");
            }
            wasm_bindgen_futures::spawn_local(async move {
                super::widgets::after_next_frame().await;
                if let Some(problem) = model.save_pending() {
                    model.dispatch(Msg::SaveFailed(problem));
                }
            });
        });
    }
    html! {
        <ContextProvider<UseReducerHandle<AppModel>> context={model}>
            <HashRouter>
                <Shell />
            </HashRouter>
        </ContextProvider<UseReducerHandle<AppModel>>>
    }
}

/// Listens to `event` on the window while the component is mounted.
#[hook]
fn use_window_event<F>(event: &'static str, listener: F)
where
    F: Fn(web_sys::Event) + 'static,
{
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(listener);
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = window {
                let _ =
                    w.remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
            }
        }
    });
}

/// Closing or reloading with unsaved actions is the one way work can still be lost: while
/// there are some, the browser asks first (its own `beforeunload` prompt).
#[hook]
fn use_unsaved_guard(unsaved: bool) {
    use_effect_with(unsaved, |unsaved| {
        let guard = unsaved.then(|| {
            Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| {
                e.prevent_default();
                // older browsers ask only when returnValue is set
                let _ = js_sys::Reflect::set(&e, &"returnValue".into(), &"".into());
            })
        });
        let window = web_sys::window();
        if let (Some(w), Some(guard)) = (&window, &guard) {
            let _ =
                w.add_event_listener_with_callback("beforeunload", guard.as_ref().unchecked_ref());
        }
        move || {
            if let (Some(w), Some(guard)) = (window, guard) {
                let _ = w.remove_event_listener_with_callback(
                    "beforeunload",
                    guard.as_ref().unchecked_ref(),
                );
            }
        }
    });
}

#[component]
fn Shell() -> Html {
    let app = use_app();
    let locale = app.locale;
    let class = if use_portal_look() {
        "app azure-portal"
    } else {
        "app partner-center"
    };
    // Another tab saved: bring this one up to date (the browser's `storage` event).
    {
        let app = app.clone();
        use_window_event("storage", move |e| {
            let Ok(e) = e.dyn_into::<web_sys::StorageEvent>() else {
                return;
            };
            // the saved work's header, or a lesson sandbox's (`csp-sim/lesson/<id>/v2/meta`)
            let ours = e.key().is_none_or(|k| {
                k == persist::META_KEY
                    || (k.starts_with(crate::lessons::sandbox::ALL_PREFIX)
                        && k.ends_with("/v2/meta"))
            });
            if ours {
                app.dispatch(Msg::StorageChanged);
            }
        });
    }
    // A new build waits in the service worker: boot.js says so by an event, or by a flag
    // set before this app listened.
    {
        let app = app.clone();
        use_effect_with((), move |_| {
            let waiting = web_sys::window().is_some_and(|w| {
                js_sys::Reflect::get(&w, &"cspUpdateReady".into()).is_ok_and(|v| v.is_truthy())
            });
            if waiting {
                app.dispatch(Msg::UpdateReady);
            }
        });
    }
    {
        let app = app.clone();
        use_window_event("csp-update-ready", move |_| app.dispatch(Msg::UpdateReady));
    }
    use_unsaved_guard(app.unsaved > 0);
    // the page open is remembered for the next visit, and is a lesson's "visit"
    let route = use_route();
    {
        let app = app.clone();
        use_effect_with(route, move |route| {
            let path = route.to_path();
            app.remember_route(&path);
            if app.lesson.is_some() {
                app.dispatch(Msg::Visited(path));
            }
        });
    }
    // a lesson opened (or resumed) counts the page it is on as visited
    {
        let app = app.clone();
        let lesson_id = app.lesson.as_ref().map(|l| l.lesson.id.clone());
        use_effect_with(lesson_id, move |id| {
            if let (Some(_), Some(path)) = (id, route::current_path()) {
                app.dispatch(Msg::Visited(path));
            }
        });
    }
    // screen readers and hyphenation follow the document's language
    use_effect_with(locale, |locale| {
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", locale.tag());
        }
    });
    // predict, then see: while a lesson's question waits, nothing on screen may give its
    // answer away, so the console is covered and inert (kept mounted: nothing is lost)
    let covered = app.lesson.as_ref().is_some_and(|l| {
        l.mode == super::model::Mode::Learning && l.run.pending_question(&l.lesson).is_some()
    });
    html! {
        <div class={class} lang={locale.tag()}>
            <a class="skip" href="#main">{t(locale, "skip-to-content")}</a>
            <Header />
            <StorageBanners />
            <div class={classes!("body", app.lesson.is_some().then_some("with-lesson"))}>
                <Nav />
                <main id="main" tabindex="-1">
                    if covered {
                        <p class="console-cover" role="note" data-testid="console-covered">{t(locale, "lesson-covered")}</p>
                    }
                    <div class="console" hidden={covered} inert={covered}>
                        <Pages />
                    </div>
                </main>
                <LessonPanel />
            </div>
            <footer class="footer">{t(locale, "footer-disclaimer")}</footer>
        </div>
    }
}

/// The page the URL names.
#[component]
fn Pages() -> Html {
    let route = use_route();
    match route {
        Route::Home => html! { <Home /> },
        Route::Customers => html! { <PartnerOnly><CustomerList /></PartnerOnly> },
        Route::Customer { id, tab } => {
            html! { <PartnerOnly><CustomerPage {id} {tab} /></PartnerOnly> }
        }
        Route::CustomerReservation { id, reservation } => {
            html! { <PartnerOnly><CustomerReservationPage {id} {reservation} /></PartnerOnly> }
        }
        Route::CustomerSavingsPlan { id, plan } => {
            html! { <PartnerOnly><CustomerSavingsPlanPage {id} {plan} /></PartnerOnly> }
        }
        Route::Settings => html! { <PartnerOnly><Settings /></PartnerOnly> },
        // not PartnerOnly: a customer user is told the console is a partner tool
        Route::ApiConsole => html! { <ApiConsole /> },
        Route::Pricing => html! { <PartnerOnly><Pricing /></PartnerOnly> },
        Route::Activity => html! { <PartnerOnly><ActivityLog /></PartnerOnly> },
        Route::WhoMay { id } => html! { <WhoMay customer={id} /> },
        Route::WhoMayReservation { id, reservation } => {
            html! { <WhoMay customer={id} reservation={reservation} /> }
        }
        Route::Rule { rule } => html! { <RuleBook highlight={rule} /> },
        Route::PortalReservations => html! { <PortalReservations /> },
        Route::PortalPurchase => html! { <PortalPurchase /> },
        Route::PortalIam { sub } => html! { <PortalIam subscription={sub} /> },
        Route::PortalReservation { id } => html! { <PortalReservation {id} /> },
        Route::PortalSavingsPlans => html! { <PortalSavingsPlans /> },
        Route::PortalSavingsPlanPurchase => html! { <PortalSavingsPlanPurchase /> },
        Route::PortalSavingsPlan { id } => html! { <PortalSavingsPlan {id} /> },
        Route::Scenario => html! { <ScenarioPage /> },
        Route::Share { payload } => html! { <ShareLink {payload} /> },
        Route::Start => html! { <StartPage /> },
        Route::Lessons => html! { <LessonsPage /> },
        Route::LessonMaker => html! { <LessonMaker /> },
        Route::LessonLink { payload } => html! { <LessonLink {payload} /> },
        Route::OpenLesson { id } => html! { <OpenLessonLink {id} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

/// Partner Center pages exist for partner users only: a customer user (switched to on one
/// of them, or following a link) is taken to the Azure portal's start page instead, in
/// place of the page, so Back does not return to a page they may not see.
#[component]
fn PartnerOnly(props: &yew::html::ChildrenProps) -> Html {
    let app = use_app();
    let customer = !app.is_partner();
    use_effect_with(customer, move |customer| {
        if *customer {
            route::replace(&Route::PortalReservations);
        }
    });
    if customer {
        Html::default()
    } else {
        html! { <>{props.children.clone()}</> }
    }
}

/// The start page of each console.
#[component]
fn Home() -> Html {
    let app = use_app();
    if app.is_partner() {
        html! { <CustomerList /> }
    } else {
        html! { <PortalReservations /> }
    }
}

#[component]
fn NotFound() -> Html {
    let app = use_app();
    html! { <section class="page"><h1>{t(app.locale, "not-found-title")}</h1>
    <Link to={Route::Home}>{t(app.locale, "not-found-home")}</Link></section> }
}

#[component]
fn Nav() -> Html {
    let app = use_app();
    let locale = app.locale;
    let portal_look = use_portal_look();
    if app.is_partner() && portal_look {
        return html! {
            <nav class="sidenav portal-nav" aria-label={t(locale, "nav-label")}>
                <Link to={Route::Customers}>{"← "}{t(locale, "nav-back-to-partner-center")}</Link>
                <Link to={Route::Start}>{t(locale, "nav-start")}</Link>
                <Link to={Route::Lessons}>{t(locale, "nav-lessons")}</Link>
            </nav>
        };
    }
    if app.is_partner() {
        // the first screen pre-renders the same navigation
        html! { <crate::first_screen::PartnerNav {locale} /> }
    } else {
        html! {
            <nav class="sidenav portal-nav" aria-label={t(locale, "nav-label")}>
                <Link to={Route::PortalReservations}>{t(locale, "portal-nav-reservations")}</Link>
                <Link to={Route::PortalPurchase}>{t(locale, "portal-nav-purchase")}</Link>
                <Link to={Route::PortalSavingsPlans}>{t(locale, "portal-nav-savings-plans")}</Link>
                <Link to={Route::Scenario}>{t(locale, "nav-scenario")}</Link>
                <Link to={Route::Start}>{t(locale, "nav-start")}</Link>
                <Link to={Route::Lessons}>{t(locale, "nav-lessons")}</Link>
            </nav>
        }
    }
}

/// Storage banners: recovery (with the backup to download), a failing storage (with
/// Export, so nothing is lost), and the sandbox of a shared scenario.
#[component]
fn StorageBanners() -> Html {
    let app = use_app();
    let locale = app.locale;
    let download_backup = {
        let app = app.clone();
        Callback::from(move |_| {
            let session = app.session();
            for (key, text) in persist::backups(session.kv()) {
                download(
                    &format!("{}.json", key.replace('/', "-")),
                    &text,
                    "application/json",
                );
            }
        })
    };
    let export = {
        let app = app.clone();
        Callback::from(move |_| download_scenario(&app))
    };
    let retry = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Msg::RetrySave))
    };
    let keep = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Msg::KeepSandbox))
    };
    let leave = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Msg::LeaveSandbox))
    };
    let undo_anyway = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Msg::Undo { confirmed: true }))
    };
    let cancel_undo = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Msg::CancelUndo))
    };
    let dismiss_brought_up_to_date = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Msg::DismissBroughtUpToDate))
    };
    html! {
        <>
        if let LoadOutcome::Recovered { error, backup_key } = &app.load_outcome {
            <div class="banner warning" role="alert" data-testid="recovery-banner">
                <strong>{t(locale, "storage-recovered-title")}</strong>{" "}
                {t(locale, error.key())}{" "}
                if backup_key.is_some() {
                    {t_args(locale, "storage-recovered-backup", &[("detail", error.detail().into())])}{" "}
                    <button onclick={download_backup}>{t(locale, "storage-download-backup")}</button>
                } else {
                    {t(locale, "storage-recovered-untouched")}
                }
            </div>
        }
        if let LoadOutcome::Migrated { from } = &app.load_outcome {
            <div class="banner info" role="status" data-testid="migrated-banner">{t_args(locale, "storage-migrated", &[("from", (*from).into())])}</div>
        }
        if let Some(problem) = app.storage_problem {
            <div class="banner warning" role="alert" data-testid="storage-warning">
                {t(locale, if problem == StoreError::Full { "storage-full" } else { "storage-failed" })}{" "}
                if app.unsaved > 0 {
                    <strong data-testid="unsaved-count">{t_args(locale, "storage-unsaved", &[("count", app.unsaved.into())])}</strong>{" "}
                }
                <button onclick={export}>{t(locale, "scenario-export")}</button>{" "}
                <button onclick={retry}>{t(locale, "storage-retry")}</button>
            </div>
        }
        if !app.refused.is_empty() {
            <RefusedBanner />
        }
        if app.brought_up_to_date {
            <div class="banner info" role="status" data-testid="brought-up-to-date">
                {t(locale, "storage-brought-up-to-date")}{" "}
                <button onclick={dismiss_brought_up_to_date}>{t(locale, "dismiss")}</button>
            </div>
        }
        if let Some(failed) = app.locale_texts_failed {
            <LocaleFailedBanner {failed} />
        }
        if app.update_ready {
            <UpdateBanner />
        }
        if app.undo_asks {
            <div class="confirm danger" role="alertdialog" aria-labelledby="undo-other-text" data-testid="undo-confirm">
                <p id="undo-other-text">{t(locale, "undo-other-tab")}</p>
                <button class="danger" onclick={undo_anyway}>{t(locale, "undo-anyway")}</button>{" "}
                <button onclick={cancel_undo}>{t(locale, "confirm-no")}</button>
            </div>
        }
        if app.sandbox {
            <div class="banner info" role="status" data-testid="sandbox-banner">
                {t(locale, "sandbox-text")}{" "}
                <button class="primary" onclick={keep}>{t(locale, "sandbox-keep")}</button>{" "}
                <button onclick={leave}>{t(locale, "sandbox-leave")}</button>
            </div>
        }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LocaleFailedProps {
    failed: crate::i18n::Locale,
}

/// A language's texts could not be fetched: the page stays in the one it had, and says so.
#[component]
fn LocaleFailedBanner(props: &LocaleFailedProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let failed = props.failed;
    let retry = Callback::from(move |_| super::widgets::switch_locale(&app, failed));
    html! {
        <div class="banner warning" role="alert" data-testid="locale-failed">
            {t_args(locale, "locale-texts-failed", &[
                ("language", t(locale, &format!("language-{}", failed.tag())).into()),
                ("shown", t(locale, &format!("language-{}", locale.tag())).into()),
            ])}{" "}
            <button onclick={retry}>{t(locale, "locale-texts-retry")}</button>
        </div>
    }
}

/// A new build waits (boot.js said so): Reload lets it take over, never while an action is
/// not saved (a reload would lose it).
#[component]
fn UpdateBanner() -> Html {
    let app = use_app();
    let locale = app.locale;
    // boot.js lets the new build take over and reloads this tab only (never another)
    let reload = Callback::from(|_| {
        if let (Some(w), Ok(event)) = (web_sys::window(), web_sys::Event::new("csp-update-apply")) {
            let _ = w.dispatch_event(&event);
        }
    });
    html! {
        <div class="banner info" role="status" data-testid="update-ready">
            {t(locale, "update-ready")}{" "}
            if app.unsaved > 0 {
                {t(locale, "update-after-unsaved")}{" "}
            }
            <button class="primary" onclick={reload} disabled={app.unsaved > 0}>{t(locale, "update-reload")}</button>
        </div>
    }
}

/// Unsaved actions the rules refused once another tab's work was applied before them:
/// each with its operation, who asked, and every reason (never dropped silently).
#[component]
fn RefusedBanner() -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let dismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Msg::DismissRefused))
    };
    html! {
        <div class="banner warning" role="alert" data-testid="refused-banner">
            <strong>{t_args(locale, "storage-refused-title", &[("count", app.refused.len().into())])}</strong>
            <ul>
            { for app.refused.iter().map(|x| {
                let operation = operation_of(&x.action.actor, &x.action.command);
                html! {
                    <li>
                        {t(locale, &format!("op-{}", operation.code()))}{" — "}{persona_name(locale, &state, &x.action.actor)}
                        <ul class="reasons">{ for x.reasons.iter().map(|r| reason_line(locale, r)) }</ul>
                    </li>
                }
            }) }
            </ul>
            <button onclick={dismiss}>{t(locale, "dismiss")}</button>
        </div>
    }
}
