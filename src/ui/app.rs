//! The root: context provider, router, the two consoles' frames, banners, footer.
use super::activity::ActivityLog;
use super::azure_portal::{PortalIam, PortalPurchase, PortalReservations};
use super::customer::CustomerPage;
use super::header::Header;
use super::model::{use_app, AppModel, Msg};
use super::partner_center::{CustomerList, Pricing};
use super::route::Route;
use super::who_may::{RuleBook, WhoMay};
use crate::i18n::{t, t_args};
use crate::store::web::LoadOutcome;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn App() -> Html {
    let model = use_reducer(AppModel::load);
    html! {
        <ContextProvider<UseReducerHandle<AppModel>> context={model}>
            <HashRouter>
                <Shell />
            </HashRouter>
        </ContextProvider<UseReducerHandle<AppModel>>>
    }
}

#[component]
fn Shell() -> Html {
    let app = use_app();
    let locale = app.locale;
    let class = if app.is_partner() {
        "app partner-center"
    } else {
        "app azure-portal"
    };
    // screen readers and hyphenation follow the document's language
    use_effect_with(locale, |locale| {
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", locale.tag());
        }
    });
    html! {
        <div class={class} lang={locale.tag()}>
            <a class="skip" href="#main">{t(locale, "skip-to-content")}</a>
            <Header />
            <StorageBanners />
            <div class="body">
                <Nav />
                <main id="main" tabindex="-1">
                    <Switch<Route> render={switch} />
                </main>
            </div>
            <footer class="footer">{t(locale, "footer-disclaimer")}</footer>
        </div>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Customers => html! { <CustomerList /> },
        Route::Customer { id, tab } => html! { <CustomerPage {id} {tab} /> },
        Route::Pricing => html! { <Pricing /> },
        Route::Activity => html! { <ActivityLog /> },
        Route::WhoMay { id } => html! { <WhoMay customer={id} /> },
        Route::WhoMayReservation { id, reservation } => {
            html! { <WhoMay customer={id} reservation={reservation} /> }
        }
        Route::Rule { rule } => html! { <RuleBook highlight={rule} /> },
        Route::PortalReservations => html! { <PortalReservations /> },
        Route::PortalPurchase => html! { <PortalPurchase /> },
        Route::PortalIam { sub } => html! { <PortalIam subscription={sub} /> },
        Route::NotFound => html! { <NotFound /> },
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
    <Link<Route> to={Route::Home}>{t(app.locale, "not-found-home")}</Link<Route>></section> }
}

#[component]
fn Nav() -> Html {
    let app = use_app();
    let locale = app.locale;
    if app.is_partner() {
        html! {
            <nav class="sidenav" aria-label={t(locale, "nav-label")}>
                <Link<Route> to={Route::Customers}>{t(locale, "nav-customers")}</Link<Route>>
                <Link<Route> to={Route::Pricing}>{t(locale, "nav-pricing")}</Link<Route>>
                <Link<Route> to={Route::Activity}><span aria-hidden="true">{"⚙ "}</span>{t(locale, "nav-activity-log")}</Link<Route>>
            </nav>
        }
    } else {
        html! {
            <nav class="sidenav portal-nav" aria-label={t(locale, "nav-label")}>
                <Link<Route> to={Route::PortalReservations}>{t(locale, "portal-nav-reservations")}</Link<Route>>
                <Link<Route> to={Route::PortalPurchase}>{t(locale, "portal-nav-purchase")}</Link<Route>>
            </nav>
        }
    }
}

/// Recovery and storage-failure banners: what happened, and that nothing was lost.
#[component]
fn StorageBanners() -> Html {
    let app = use_app();
    let locale = app.locale;
    let reset = {
        let app = app.clone();
        Callback::from(move |_| {
            let ok = web_sys::window()
                .and_then(|w| w.confirm_with_message(&t(app.locale, "reset-confirm")).ok())
                .unwrap_or(false);
            if ok {
                app.dispatch(Msg::ResetToDemo);
            }
        })
    };
    html! {
        <>
        if let LoadOutcome::Recovered(error) = &app.load_outcome {
            <div class="banner warning" role="alert" data-testid="recovery-banner">
                <strong>{t(locale, "storage-recovered-title")}</strong>{" "}
                {t(locale, error.key())}{" "}
                {t_args(locale, "storage-recovered-backup", &[("detail", error.detail().into())])}
            </div>
        }
        if app.storage_failed {
            <div class="banner warning" role="alert" data-testid="storage-warning">
                {t(locale, "storage-failed")}
            </div>
        }
        <div class="toolbar-reset"><button class="link" onclick={reset}>{t(locale, "reset-demo")}</button></div>
        </>
    }
}
