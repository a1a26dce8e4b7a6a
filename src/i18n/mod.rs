//! Localisation: one `.ftl` file per locale (Project Fluent's syntax, the part `ftl.rs`
//! reads). English is compiled into the app; Dutch and Swedish are files beside the page
//! (`locales/*.ftl`), fetched before the app starts (boot.js) or when the language is
//! switched, and added with `add_locale` (natively, for tests and tools, all three are
//! compiled in). Domain reasons arrive as message ids with typed
//! arguments; money and dates are formatted here per locale, so this module stays pure
//! and natively testable.
pub mod amount;
pub mod ftl;

pub use amount::{format_amount, parse_amount, parse_price};

use crate::domain::{Arg, Money, Reason, Timestamp};
pub use ftl::Value;
use serde::{Deserialize, Serialize};
use std::cell::OnceCell;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "nl-NL")]
    Nl,
    #[serde(rename = "sv-SE")]
    Sv,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Nl, Locale::Sv];

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl-NL",
            Locale::Sv => "sv-SE",
        }
    }

    /// The language's own name, for the picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Nl => "Nederlands",
            Locale::Sv => "Svenska",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        let lower = tag.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Some(Locale::En),
            "nl" => Some(Locale::Nl),
            "sv" => Some(Locale::Sv),
            _ => None,
        }
    }

    /// The first supported language among the browser's preferences; English otherwise.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }

    /// CLDR's cardinal plural category of a whole number. English, Dutch and Swedish
    /// agree on whole numbers: "one" for exactly 1, "other" for the rest.
    pub fn plural_category(self, n: i64) -> &'static str {
        match (self, n) {
            (Locale::En | Locale::Nl | Locale::Sv, 1) => "one",
            _ => "other",
        }
    }

    /// The messages this build carries itself: English on the web (the other languages
    /// are fetched: only the language in use is downloaded), all three natively.
    fn built_in_source(self) -> Option<&'static str> {
        match self {
            Locale::En => Some(include_str!("locales/en.ftl")),
            #[cfg(not(target_arch = "wasm32"))]
            other => Some(locale_source(other)),
            #[cfg(target_arch = "wasm32")]
            _ => None,
        }
    }
}

/// A locale's messages as kept in the repository (tests and native tools read them here;
/// the web app fetches them from `locale_url`).
pub fn locale_source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("locales/en.ftl"),
        Locale::Nl => include_str!("locales/nl-NL.ftl"),
        Locale::Sv => include_str!("locales/sv-SE.ftl"),
    }
}

/// Where a locale's messages are served from, beside the page (relative: the site works
/// from any path). boot.js asks for the same file.
pub fn locale_url(locale: Locale) -> String {
    format!("locales/{}.ftl", locale.tag())
}

/// One resource per locale, each read the first time it is asked for: a start in one
/// language does not pay for reading the other two.
pub struct I18n {
    resources: [OnceCell<ftl::Resource<'static>>; 3],
    /// Lesson texts, per locale: a file of their own, added when it has arrived (the app
    /// fetches it the first time lessons are opened; tests add it directly).
    lessons: [OnceCell<ftl::Resource<'static>>; 3],
}

/// Arguments of a UI message: `&[("count", 3.into())]`.
pub type Args<'a> = [(&'a str, Value<'a>)];

impl I18n {
    pub fn new() -> Self {
        I18n {
            resources: Default::default(),
            lessons: Default::default(),
        }
    }

    fn resource(&self, locale: Locale) -> Option<&ftl::Resource<'static>> {
        let index = Locale::ALL.iter().position(|l| *l == locale)?;
        let cell = &self.resources[index];
        if let Some(resource) = cell.get() {
            return Some(resource);
        }
        // A line with a syntax error loses only its message (English, else the id, shows
        // instead); the native tests fail on any error, so none ship.
        let source = locale.built_in_source()?;
        Some(cell.get_or_init(|| ftl::Resource::parse(source).0))
    }

    /// Adds a locale's messages fetched from beside the page (once; a second call, or one
    /// for a locale built in, changes nothing).
    pub fn add_locale(&self, locale: Locale, source: &'static str) {
        if self.resource(locale).is_none() {
            if let Some(index) = Locale::ALL.iter().position(|l| *l == locale) {
                let _ = self.resources[index].set(ftl::Resource::parse(source).0);
            }
        }
    }

    /// Whether the locale's messages are here (built in, or added).
    pub fn has_locale(&self, locale: Locale) -> bool {
        self.resource(locale).is_some()
    }

    fn lesson_resource(&self, locale: Locale) -> Option<&ftl::Resource<'static>> {
        let index = Locale::ALL.iter().position(|l| *l == locale)?;
        self.lessons[index].get()
    }

    /// Adds a locale's lesson texts (once; a second call changes nothing).
    pub fn add_lessons(&self, locale: Locale, source: &'static str) {
        if let Some(index) = Locale::ALL.iter().position(|l| *l == locale) {
            let _ = self.lessons[index].set(ftl::Resource::parse(source).0);
        }
    }

    pub fn has_lessons(&self, locale: Locale) -> bool {
        self.lesson_resource(locale).is_some()
    }

    pub fn has(&self, locale: Locale, key: &str) -> bool {
        self.resource(locale).is_some_and(|r| r.has(key))
            || self.lesson_resource(locale).is_some_and(|r| r.has(key))
    }

    /// The message in `locale`, else English, else the id itself (visible, never a panic).
    pub fn text(&self, locale: Locale, key: &str, args: &Args) -> String {
        [locale, Locale::En]
            .into_iter()
            .find_map(|l| {
                let plural = |n| l.plural_category(n);
                // numbers read as the page's language writes them (the asked locale's)
                let number = |n| format_integer(locale, n);
                self.resource(l)?
                    .format(key, args, plural, number)
                    .or_else(|| self.lesson_resource(l)?.format(key, args, plural, number))
            })
            .unwrap_or_else(|| key.to_string())
    }

    /// A domain reason in words, its arguments formatted for the locale.
    pub fn reason(&self, locale: Locale, reason: &Reason) -> String {
        let args: Vec<(&str, Value)> = reason
            .args
            .iter()
            .map(|(name, arg)| {
                let value: Value = match arg {
                    Arg::Text(s) => s.into(),
                    Arg::Key(k) => self.text(locale, k, &[]).into(),
                    Arg::Number(n) => (*n).into(),
                    Arg::Money(m) => format_money(locale, *m).into(),
                    Arg::Date(at) => format_date(locale, *at).into(),
                };
                (*name, value)
            })
            .collect();
        self.text(locale, reason.key, &args)
    }
}

impl Default for I18n {
    fn default() -> Self {
        I18n::new()
    }
}

thread_local! {
    static I18N: I18n = I18n::new();
}

/// The app-wide translator (built once per thread).
pub fn t(locale: Locale, key: &str) -> String {
    I18N.with(|i| i.text(locale, key, &[]))
}

pub fn t_args(locale: Locale, key: &str, args: &Args) -> String {
    I18N.with(|i| i.text(locale, key, args))
}

pub fn t_reason(locale: Locale, reason: &Reason) -> String {
    I18N.with(|i| i.reason(locale, reason))
}

/// Adds a locale's messages to the app-wide translator (`I18n::add_locale`).
pub fn add_locale(locale: Locale, source: &'static str) {
    I18N.with(|i| i.add_locale(locale, source))
}

pub fn has_locale(locale: Locale) -> bool {
    I18N.with(|i| i.has_locale(locale))
}

/// Adds a locale's lesson texts to the app-wide translator (`I18n::add_lessons`).
pub fn add_lessons(locale: Locale, source: &'static str) {
    I18N.with(|i| i.add_lessons(locale, source))
}

pub fn has_lessons(locale: Locale) -> bool {
    I18N.with(|i| i.has_lessons(locale))
}

/// Where a locale's lesson texts are served from, beside the page (a relative URL: the
/// site works from any path).
pub fn lessons_url(locale: Locale) -> String {
    format!("lessons/{}.ftl", locale.tag())
}

/// The lesson texts as kept in the repository (tests and native tools read them here).
pub fn lessons_source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("lessons/en.ftl"),
        Locale::Nl => include_str!("lessons/nl-NL.ftl"),
        Locale::Sv => include_str!("lessons/sv-SE.ftl"),
    }
}

/// A text as the Azure portal words it. Swedish names savings plans "sparplaner" there (the
/// portal's menu) and "besparingsplaner" in Partner Center, one word per console
/// (DOMAIN.md's glossary): the rules' explanations, written once, take the portal's word
/// when the portal shows them. The two words inflect alike (-en, -er, -erna, -ens), so
/// the exchange is exact; English and Dutch use one word in both consoles.
pub fn in_azure_portal(locale: Locale, text: String) -> String {
    match locale {
        Locale::Sv if text.contains("esparingsplan") => text
            .replace("besparingsplan", "sparplan")
            .replace("Besparingsplan", "Sparplan"),
        _ => text,
    }
}

/// `USD 1,234.56` (en), `USD 1.234,56` (nl), `1 234,56 USD` (sv), as each locale writes it,
/// with no-break spaces so an amount never wraps inside a sentence; negative amounts
/// `-USD 0.05`, `USD -0,05`, `−0,05 USD` (Swedish writes U+2212).
pub fn format_money(locale: Locale, money: Money) -> String {
    let amount = format_amount(locale, Money(money.cents().saturating_abs()));
    let sign = if money.cents() < 0 {
        amount::minus(locale)
    } else {
        ""
    };
    match locale {
        Locale::En => format!("{sign}USD\u{a0}{amount}"),
        Locale::Nl => format!("USD\u{a0}{sign}{amount}"),
        Locale::Sv => format!("{sign}{amount}\u{a0}USD"),
    }
}

/// Whole numbers with the locale's grouping.
pub fn format_number(locale: Locale, n: u64) -> String {
    format_integer(locale, i64::try_from(n).unwrap_or(i64::MAX))
}

/// Whole numbers, negative ones too, as each locale writes them: `10,000` (en), `10.000`
/// (nl), `10 000` (sv, a no-break space); every number a message shows goes through here.
pub fn format_integer(locale: Locale, n: i64) -> String {
    let grouping = match locale {
        Locale::En => ',',
        Locale::Nl => '.',
        Locale::Sv => '\u{a0}',
    };
    let sign = if n < 0 { amount::minus(locale) } else { "" };
    format!("{sign}{}", amount::group(n.unsigned_abs(), grouping))
}

/// Date and time on the simulated clock, as each locale writes it (UTC).
pub fn format_datetime(locale: Locale, at: Timestamp) -> String {
    let s = at.seconds_of_day();
    format!(
        "{} {:02}:{:02}",
        format_date(locale, at),
        s / 3600,
        (s % 3600) / 60
    )
}

/// The date as each locale writes it: ISO order in English and Swedish, d-m-yyyy in Dutch.
pub fn format_date(locale: Locale, at: Timestamp) -> String {
    let d = at.date();
    match locale {
        Locale::Nl => format!("{}-{}-{:04}", d.day, d.month, d.year),
        _ => format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_written_the_way_each_locale_writes_it() {
        assert_eq!(
            format_money(Locale::En, Money(123_456 * 100 + 78)),
            "USD\u{a0}123,456.78"
        );
        assert_eq!(
            format_money(Locale::Nl, Money(123_456 * 100 + 78)),
            "USD\u{a0}123.456,78"
        );
        assert_eq!(
            format_money(Locale::Sv, Money(123_456 * 100 + 78)),
            "123\u{a0}456,78\u{a0}USD"
        );
        assert_eq!(format_money(Locale::En, Money(-5)), "-USD\u{a0}0.05");
    }

    #[test]
    fn dates_and_times_are_written_the_way_each_locale_writes_them() {
        let at = Timestamp::from_ymd_hm(2026, 3, 7, 9, 5);
        assert_eq!(format_datetime(Locale::En, at), "2026-03-07 09:05");
        assert_eq!(format_datetime(Locale::Nl, at), "7-3-2026 09:05");
        assert_eq!(format_datetime(Locale::Sv, at), "2026-03-07 09:05");
    }

    #[test]
    fn the_azure_portal_says_sparplan_in_swedish_in_every_form_of_the_word() {
        let partner_center = "Besparingsplanen köps av en administratörsagent; besparingsplaner, \
            besparingsplanerna och besparingsplanens omfång, en Azure-besparingsplan.";
        assert_eq!(
            in_azure_portal(Locale::Sv, partner_center.into()),
            "Sparplanen köps av en administratörsagent; sparplaner, \
            sparplanerna och sparplanens omfång, en Azure-sparplan."
        );
        // English and Dutch have one word for both consoles
        let nl = "Besparingsplannen kopen".to_string();
        assert_eq!(in_azure_portal(Locale::Nl, nl.clone()), nl);
        let en = "Savings plans".to_string();
        assert_eq!(in_azure_portal(Locale::En, en.clone()), en);
    }

    #[test]
    fn browser_preferences_pick_a_supported_language_or_english() {
        assert_eq!(Locale::negotiate(["de-DE", "sv-FI", "en"]), Locale::Sv);
        assert_eq!(Locale::negotiate(["nl-BE"]), Locale::Nl);
        assert_eq!(Locale::negotiate(["fr"]), Locale::En);
        assert_eq!(Locale::negotiate([]), Locale::En);
    }
}
