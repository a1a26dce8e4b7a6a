//! The first screen: the start page's content, one component for both of its renderers.
//! The app shows it on `#/start` (`ui::lessons::StartPage`); `make release` renders it,
//! in each language, into `dist/index.html` with Yew's server renderer
//! (`src/bin/prerender.rs`), so a first visit paints it from HTML and CSS while the wasm
//! downloads. Its two ways in are plain links: before the app runs they change the
//! address, and the app opens what they name.
use crate::i18n::{t, Locale};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct StartProps {
    pub locale: Locale,
    /// The sandbox's first page for the persona on screen (the customer's is the portal).
    pub sandbox_href: AttrValue,
}

#[component]
pub fn StartContent(props: &StartProps) -> Html {
    let locale = props.locale;
    html! {
        <section class="page start-page">
            <h1>{t(locale, "start-title")}</h1>
            <p class="lead">{t(locale, "start-what")}</p>
            <div class="perspectives">
                <div class="perspective partner">
                    <h2>{t(locale, "system-partner-center")}</h2>
                    <p>{t(locale, "start-partner")}</p>
                </div>
                <div class="perspective customer">
                    <h2>{t(locale, "system-azure-portal")}</h2>
                    <p>{t(locale, "start-customer")}</p>
                </div>
            </div>
            <p>{t(locale, "start-why")}</p>
            <div class="ways-in">
                <a href="#/lessons" class="button primary">{t(locale, "start-lessons")}</a>
                <a href={props.sandbox_href.clone()} class="button">{t(locale, "start-sandbox")}</a>
            </div>
            <p class="hint">{t(locale, "start-lessons-hint")}</p>
            <p class="hint">{t(locale, "start-sandbox-hint")}</p>
            <p class="hint"><a href="#/lessons/make">{t(locale, "start-trainers")}</a></p>
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct NavProps {
    pub locale: Locale,
}

/// Partner Center's navigation, as a partner user sees it (the app's `Nav`, and the first
/// screen's). ⚙ marks what only some roles may open.
#[component]
pub fn PartnerNav(props: &NavProps) -> Html {
    let locale = props.locale;
    let gear = || html! { <span aria-hidden="true">{"⚙ "}</span> };
    html! {
        <nav class="sidenav" aria-label={t(locale, "nav-label")}>
            <a href="#/customers">{t(locale, "nav-customers")}</a>
            <a href="#/pricing">{t(locale, "nav-pricing")}</a>
            <a href="#/activity">{gear()}{t(locale, "nav-activity-log")}</a>
            <a href="#/api-console">{gear()}{t(locale, "nav-api-console")}</a>
            <a href="#/settings">{gear()}{t(locale, "nav-settings")}</a>
            <a href="#/scenario">{t(locale, "nav-scenario")}</a>
            <a href="#/start">{t(locale, "nav-start")}</a>
            <a href="#/lessons">{t(locale, "nav-lessons")}</a>
        </nav>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct FrameProps {
    pub locale: Locale,
    /// The partner's name in the header, as the demo tenant has it.
    pub partner: AttrValue,
}

/// What a first visit sees before the app runs: the header's first line (the system and
/// the partner; the controls arrive with the app, in the room kept for them), the
/// navigation and the start page. `boot.js` shows the
/// one of the visitor's language; the app removes them all when it starts.
#[component]
pub fn FirstScreen(props: &FrameProps) -> Html {
    let locale = props.locale;
    html! {
        <div class="app partner-center first-screen" lang={locale.tag()} data-first-screen={locale.tag()}>
            <header class="topbar" role="banner">
                <div class="system">
                    <span class="system-name">{t(locale, "system-partner-center")}</span>
                    <span class="partner-name">{props.partner.clone()}</span>
                </div>
                <span class="header-room" aria-hidden="true"></span>
            </header>
            <div class="body">
                <PartnerNav {locale} />
                <main>
                    <div class="console">
                        <StartContent {locale} sandbox_href="#/customers" />
                    </div>
                </main>
            </div>
        </div>
    }
}
