//! Localisation completeness: every message id exists in all three locales with the same
//! parameters, every id the code uses exists, every resource reads cleanly, and every
//! message reads exactly as Project Fluent's own crate would format it.
#![cfg(not(target_arch = "wasm32"))]

use csp_reservations_sim::domain::projections::GridAction;
use csp_reservations_sim::domain::*;
use csp_reservations_sim::i18n::ftl::{Resource, Value};
use csp_reservations_sim::i18n::{format_integer, I18n, Locale};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const EN: &str = include_str!("../src/i18n/locales/en.ftl");
const NL: &str = include_str!("../src/i18n/locales/nl-NL.ftl");
const SV: &str = include_str!("../src/i18n/locales/sv-SE.ftl");

/// message id → the `$variables` it uses (in its value and select variants).
fn messages(ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in ftl.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        let text = if starts_message {
            let (id, rest) = line.split_once(" =").unwrap_or((line, ""));
            current = Some(id.trim().to_string());
            out.entry(id.trim().to_string()).or_default();
            rest
        } else {
            line
        };
        if let Some(id) = &current {
            let vars = out.entry(id.clone()).or_default();
            for part in text.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                vars.insert(name);
            }
        }
    }
    out
}

const LOCALES: [(Locale, &str); 3] = [(Locale::En, EN), (Locale::Nl, NL), (Locale::Sv, SV)];

#[test]
fn every_resource_reads_without_errors_here_and_in_fluent() {
    for (locale, src) in LOCALES {
        let (_, errors) = Resource::parse(src);
        assert!(errors.is_empty(), "{}.ftl: {errors:?}", locale.tag());
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(src.to_string()) {
            panic!("{}.ftl has Fluent syntax errors: {errors:?}", locale.tag());
        }
    }
}

/// fluent-bundle's formatter hook: whole numbers as `i18n::format_integer` writes them.
fn numbers_in(locale: Locale, value: &fluent_bundle::FluentValue) -> Option<String> {
    match value {
        fluent_bundle::FluentValue::Number(n) => Some(format_integer(locale, n.value as i64)),
        _ => None,
    }
}

/// Every message of every locale, with its parameters as numbers (0, 1, 2, 1234: the
/// plural variants), as text (including a variant's name) and missing, reads the same here
/// as in fluent-bundle (which the app shipped before `i18n::ftl`).
#[test]
fn every_message_reads_exactly_as_fluent_bundle_formats_it() {
    let samples: [Option<Value>; 7] = [
        Some(0.into()),
        Some(1.into()),
        Some(2.into()),
        Some(1234.into()),
        Some("Contoso Ltd".into()),
        Some("one".into()),
        None,
    ];
    for (locale, src) in LOCALES {
        let (ours, _) = Resource::parse(src);
        let mut fluent =
            fluent_bundle::FluentBundle::new(vec![locale.tag().parse().expect("a language tag")]);
        fluent.set_use_isolating(false);
        // numbers as the page's language writes them: our formatter in both readers, so
        // this compares the files' reading and resolving, not number formatting
        fluent.set_formatter(Some(match locale {
            Locale::En => |v, _| numbers_in(Locale::En, v),
            Locale::Nl => |v, _| numbers_in(Locale::Nl, v),
            Locale::Sv => |v, _| numbers_in(Locale::Sv, v),
        }));
        let resource = fluent_bundle::FluentResource::try_new(src.to_string()).expect("parses");
        fluent.add_resource(resource).expect("no duplicate ids");
        let params = messages(src);
        assert_eq!(
            ours.ids().collect::<Vec<_>>(),
            params.keys().map(String::as_str).collect::<Vec<_>>(),
            "{}: the same messages",
            locale.tag()
        );
        for (id, vars) in &params {
            for sample in &samples {
                let args: Vec<(&str, Value)> = sample
                    .iter()
                    .flat_map(|v| vars.iter().map(move |name| (name.as_str(), v.clone())))
                    .collect();
                let mut fluent_args = fluent_bundle::FluentArgs::new();
                for (name, value) in &args {
                    match value {
                        Value::Number(n) => fluent_args.set(*name, *n),
                        Value::Text(t) => fluent_args.set(*name, t.to_string()),
                    }
                }
                let pattern = fluent
                    .get_message(id)
                    .and_then(|m| m.value())
                    .expect("Fluent has the message");
                let expected = fluent.format_pattern(pattern, Some(&fluent_args), &mut vec![]);
                let got = ours
                    .format(
                        id,
                        &args,
                        |n| locale.plural_category(n),
                        |n| format_integer(locale, n),
                    )
                    .unwrap_or_default();
                assert_eq!(got, expected, "{}: {id} with {args:?}", locale.tag());
            }
        }
    }
}

#[test]
fn every_message_exists_in_all_three_locales_with_the_same_parameters() {
    let en = messages(EN);
    assert!(
        en.len() > 200,
        "the English resource looks truncated: {}",
        en.len()
    );
    for (name, src) in [("nl-NL", NL), ("sv-SE", SV)] {
        let other = messages(src);
        let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{name} lacks {missing:?}");
        assert!(extra.is_empty(), "{name} has ids English lacks: {extra:?}");
        for (id, vars) in &en {
            assert_eq!(&other[id], vars, "{name}: {id} has other parameters");
        }
    }
}

/// Ids produced by the domain's enums.
fn enum_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    keys.extend(Operation::ALL.iter().map(|op| format!("op-{}", op.code())));
    keys.extend(RuleId::ALL.iter().map(|r| r.text_key()));
    keys.extend(GridAction::ALL.iter().map(|a| a.key().to_string()));
    keys.extend(PartnerRole::ALL.iter().map(|r| r.key().to_string()));
    keys.extend(PartnerRole::ALL.iter().map(|r| r.in_text_key().to_string()));
    keys.extend(PermissionResource::ALL.iter().map(|r| r.key().to_string()));
    keys.extend(RbacRole::ALL.iter().map(|r| r.key().to_string()));
    keys.extend(
        [SubscriptionKind::AzurePlan, SubscriptionKind::AzureGlobal]
            .iter()
            .map(|k| k.key().to_string()),
    );
    keys
}

/// Literal prefixes that name messages; other kebab-case literals are ids, classes, codes.
const MESSAGE_PREFIXES: [&str; 67] = [
    "import-",
    "lesson-",
    "lessons-",
    "maker-",
    "start-",
    "undo",
    "redo",
    "scenario-",
    "share-",
    "sandbox-",
    "confirm-",
    "expectation-",
    "storage-",
    "api-",
    "command-",
    "trade-in-",
    "settings-",
    "breadcrumb-",
    "precheck-",
    "pc-",
    "portal-",
    "order-",
    "actor-",
    "allow-",
    "deny-",
    "input-",
    "notice-",
    "kind-",
    "role-",
    "rbac-",
    "storage-error-",
    "storage-recovered",
    "grid-",
    "col-",
    "tab-",
    "permissions-",
    "pricing-",
    "activity-",
    "customers-",
    "subscriptions-",
    "account-",
    "plan-",
    "scope-",
    "status-",
    "channel-",
    "quote-",
    "action-",
    "cancel-",
    "iam-",
    "savings-",
    "nav-",
    "clock-",
    "page-",
    "system-",
    "op-",
    "rule-",
    "footer-",
    "reset-",
    "not-found-",
    "persona-",
    "language-",
    "auto-renew-",
    "exchange-",
    "billed-to-",
    "term-",
    "skip-",
    "who-may-",
];
/// Kebab-case literals with a message prefix that are not messages (DOM ids, classes, test ids).
/// (Operation codes such as "cancel-reservation" are checked as `op-<code>` above.)
const NOT_MESSAGES: &[&str] = &[
    // a command's stable code (Command::code), not a message
    "exchange-savings-plan",
    // element ids, classes and test ids
    "confirm-text",
    "import-errors",
    "lesson-actions",
    "lesson-body",
    "lesson-card",
    "lesson-file",
    "lesson-head",
    "lesson-link",
    "lesson-list",
    "lesson-panel",
    "lesson-status",
    "lesson-summary",
    "lesson-title",
    "lessons-done",
    "maker-findings",
    "maker-list",
    "sandbox-banner",
    "scenario-file",
    "scenario-text",
    "share-link",
    "undo-confirm",
    "undo-other-text",
    "reset-progress-text",
    "rule-reveal",
    "system-name",
    "persona-role",
    "who-may",
    "who-may-grid",
    "activity-log",
    "storage-warning",
    "portal-reservations",
    "allow-purchase",
    "iam-role",
    "iam-user",
    "rule-id",
    "cancel-reservation",
    "exchange-reservation",
    "activity-refused",
    "allow-savings-plan",
    "exchange-quantity-error",
    "exchange-quote",
    "exchange-term",
    "plan-essentials",
    "plan-scope",
    "plan-scope-value",
    "plan-utilisation",
    "savings-plan-permission-state",
    "savings-plan-precheck",
    "savings-plan-quote",
    "savings-plan-total-value",
    "savings-plans",
    "savings-plans-none",
    "portal-buy",
    "portal-sp",
    "pc-buy",
    "pc-sp",
    "portal-words",
    "portal-reservations-none",
    "order-history",
    "order-refund",
    "trade-in-quote",
    "trade-in-default",
    "trade-in-name",
    "trade-in-term",
    "trade-in-plan",
    "trade-in-commitment",
    "trade-in-auto-renew",
    "command-pane",
    "settings-grace",
    "api-last",
    "api-history-entry",
    "api-echo",
    "api-status",
    "api-equivalent",
    "api-equivalent-sp",
    "api-request-text",
    "api-response-text",
    "api-console",
    "api-exchange",
    "api-form",
    "api-part",
    "api-part-head",
    "api-text",
    "exchange-r13",
    "plan-kind",
    "trade-in-database",
    "trade-in-minimum",
];

/// The code's string literals that look like message ids with a dash (`deny-r2-read-only`).
fn literals(dir: &Path, out: &mut BTreeSet<String>) {
    let mut all = BTreeSet::new();
    words(dir, &mut all);
    out.extend(all.into_iter().filter(|w| w.contains('-')));
}

/// The code's string literals that could be message ids: lower-case words and dashes.
fn words(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            words(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("read file");
            for piece in text.split('"').skip(1).step_by(2) {
                let id = !piece.is_empty()
                    && piece
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !piece.ends_with('-');
                if id {
                    out.insert(piece.to_string());
                }
            }
        }
    }
}

#[test]
fn every_message_id_the_code_uses_exists_in_english() {
    let en = messages(EN);
    let mut used: BTreeSet<String> = BTreeSet::new();
    literals(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut used,
    );
    let mut missing: Vec<String> = used
        .into_iter()
        .filter(|l| MESSAGE_PREFIXES.iter().any(|p| l.starts_with(p)))
        .filter(|l| !NOT_MESSAGES.contains(&l.as_str()))
        // stable codes of files and expectations, not messages
        .filter(|l| GridAction::from_code(l).is_none() && Operation::from_code(l).is_none())
        .filter(|l| !en.contains_key(l))
        .collect();
    missing.extend(enum_keys().into_iter().filter(|k| !en.contains_key(k)));
    assert!(missing.is_empty(), "used but not in en.ftl: {missing:?}");
}

#[test]
fn refusal_reasons_read_in_each_language_with_their_parameters() {
    let i18n = I18n::new();
    let reason = Reason::new(RuleId::R12, "deny-r12-cap")
        .with_money("refund", Money(29_900 * 100))
        .with_money("used", Money(29_900 * 100))
        .with_money("cap", Money(50_000 * 100));
    assert_eq!(
        i18n.reason(Locale::En, &reason),
        "A refund of USD\u{a0}29,900.00 would exceed the USD\u{a0}50,000.00 limit per 12 months (USD\u{a0}29,900.00 already used)."
    );
    assert!(i18n
        .reason(Locale::Nl, &reason)
        .contains("USD\u{a0}50.000,00"));
    assert!(i18n
        .reason(Locale::Sv, &reason)
        .contains("50\u{a0}000,00\u{a0}USD"));
    let role = Reason::new(RuleId::R2, "deny-r2-read-only")
        .with_key("role", PartnerRole::SalesAgent.key());
    assert!(i18n
        .reason(Locale::Sv, &role)
        .starts_with("En Försäljningsagent"));
    assert!(i18n
        .reason(Locale::Nl, &role)
        .starts_with("Een Verkoopagent"));
}

/// Each message's whole source text (value and variants), by id.
fn sources(ftl: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in ftl.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) {
            let (id, rest) = line.split_once(" =").unwrap_or((line, ""));
            current = Some(id.trim().to_string());
            out.insert(id.trim().to_string(), rest.trim().to_string());
        } else if let Some(id) = &current {
            let text = out.entry(id.clone()).or_default();
            text.push('\n');
            text.push_str(line.trim());
        }
    }
    out
}

/// One row of the glossary (DOMAIN.md, "Words: the seeds' and Microsoft's own"): a
/// message whose English mentions `en` (any case) uses one of the locale's words for it,
/// and no message of the locale uses a replaced word (a seed's word, or a word that means
/// something else: "giltig" is *valid*, not *eligible*).
struct Term {
    en: &'static str,
    nl: &'static [&'static str],
    nl_replaced: &'static [&'static str],
    sv: &'static [&'static str],
    sv_replaced: &'static [&'static str],
}

const GLOSSARY: &[Term] = &[
    Term {
        en: "Helpdesk agent",
        nl: &["helpdeskagent"],
        nl_replaced: &["helpdeskmedewerker"],
        sv: &["supportagent"],
        sv_replaced: &["supportavdelning"],
    },
    Term {
        en: "eligible",
        nl: &["in aanmerking"],
        nl_replaced: &["geschikt"],
        sv: &["berättiga"],
        sv_replaced: &["giltig prenumeration", "giltiga prenumeration", "är giltig"],
    },
    Term {
        en: "Azure plan",
        nl: &["Azure-plan"],
        nl_replaced: &["Azure-abonnement"],
        sv: &["Azure-plan"],
        sv_replaced: &[],
    },
    Term {
        en: "Partner Center",
        nl: &["Partnercentrum"],
        nl_replaced: &["Partner Center"],
        sv: &["Partnercenter"],
        sv_replaced: &["Partner Center"],
    },
    Term {
        en: "early termination fee",
        nl: &["kosten voor vroegtijdige beëindiging"],
        nl_replaced: &["vergoeding"],
        sv: &["avgift för tidig uppsägning"],
        sv_replaced: &["förtida uppsägning"],
    },
    // exchange is the portal's "Inwisselen" / "Byt"; "inruilen" is the trade-in's alone
    Term {
        en: "exchange",
        nl: &["inwissel", "ingewisseld", "wissel"],
        nl_replaced: &[],
        sv: &["byt", "utbyte"],
        sv_replaced: &[],
    },
    Term {
        en: "trade",
        nl: &["inruil", "ingeruild", "ruil"],
        nl_replaced: &[],
        sv: &[
            "inbyte", "inbytt", "byta in", "byts in", "bytas in", "byt in", "byter in", "bytte in",
            "bytts in",
        ],
        sv_replaced: &[],
    },
    Term {
        en: "compute ",
        nl: &["reken"],
        nl_replaced: &["compute-", "compute "],
        sv: &["beräkning"],
        sv_replaced: &[],
    },
    Term {
        en: "Azure Global",
        nl: &["Azure Global"],
        nl_replaced: &["Global Azure"],
        sv: &["Azure Global"],
        sv_replaced: &["Global Azure"],
    },
    Term {
        en: "tenant",
        nl: &["tenant"],
        nl_replaced: &[],
        sv: &["klientorganisation"],
        sv_replaced: &[],
    },
    Term {
        en: "Single subscription",
        nl: &["Eén abonnement", "één abonnement"],
        nl_replaced: &[],
        sv: &["Enskild prenumeration", "enskild prenumeration"],
        sv_replaced: &[
            "en prenumeration:",
            "med en prenumeration bara",
            "eller en prenumeration",
        ],
    },
    Term {
        en: "Utilisation",
        nl: &["Gebruikspercentage", "gebruikspercentage"],
        nl_replaced: &[],
        sv: &["Utnyttjande", "utnyttjande"],
        sv_replaced: &[],
    },
    Term {
        en: "rolling 12 months",
        nl: &["doorlopende periode van 12 maanden"],
        nl_replaced: &["voortschrijdende"],
        sv: &["rullande tolvmånadersperiod"],
        sv_replaced: &["rullande 12 månader"],
    },
    Term {
        en: "pay-as-you-go",
        nl: &["betalen per gebruik"],
        nl_replaced: &["gebruik per gebruik"],
        sv: &["betala per användning", "betalas per användning"],
        sv_replaced: &[],
    },
    Term {
        en: "renew",
        nl: &["verleng"],
        nl_replaced: &["vernieuw"],
        sv: &["förny"],
        sv_replaced: &[],
    },
    Term {
        en: "Order history",
        nl: &["Ordergeschiedenis", "ordergeschiedenis"],
        nl_replaced: &[],
        sv: &["Orderhistorik", "orderhistorik"],
        sv_replaced: &[],
    },
    Term {
        en: "Customer permissions",
        nl: &["Klantmachtigingen"],
        nl_replaced: &["Klant machtigingen"],
        sv: &["Kundbehörigheter"],
        sv_replaced: &["kund behörigheter", "Kund behörigheter"],
    },
];

/// The partner roles' names as labels: inside a sentence Dutch and Swedish write them in
/// lower case ("een verkoopagent", "en försäljningsagent").
const ROLE_LABELS: [(&str, &str); 6] = [
    ("nl", "Beheeragent"),
    ("nl", "Verkoopagent"),
    ("nl", "Helpdeskagent"),
    ("sv", "Administratörsagent"),
    ("sv", "Försäljningsagent"),
    ("sv", "Supportagent"),
];

/// Where a capitalised word may stand: at the start of a message, a sentence or a quotation.
fn starts_a_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.is_empty() || before.ends_with(['.', ':', '—', '!', '?', ']', '(', '„', '“', '”', '"'])
}

#[test]
fn dutch_and_swedish_use_microsofts_words_from_the_glossary_and_never_the_replaced_ones() {
    let en = sources(EN);
    let mut en = en;
    en.extend(sources(csp_reservations_sim::i18n::lessons_source(
        Locale::En,
    )));
    for (tag, ftl) in [("nl", NL), ("sv", SV)] {
        let locale = if tag == "nl" { Locale::Nl } else { Locale::Sv };
        let mut ours = sources(ftl);
        ours.extend(sources(csp_reservations_sim::i18n::lessons_source(locale)));
        let mut problems = Vec::new();
        // "klient" is a software client: a tenant is a "klientorganisation"
        if tag == "sv" {
            for (id, text) in &ours {
                let lower = text.to_lowercase();
                if lower
                    .match_indices("klient")
                    .any(|(at, _)| !lower[at..].starts_with("klientorganisation"))
                {
                    problems.push(format!("{id} says \"klient\" for a tenant: {text}"));
                }
            }
        }
        for term in GLOSSARY {
            let (words, replaced) = match tag {
                "nl" => (term.nl, term.nl_replaced),
                _ => (term.sv, term.sv_replaced),
            };
            for (id, text) in &ours {
                let lower = text.to_lowercase();
                for r in replaced {
                    if lower.contains(&r.to_lowercase()) {
                        problems.push(format!("{id} uses the replaced {r:?}: {text}"));
                    }
                }
                let english = en.get(id).map(|e| e.to_lowercase()).unwrap_or_default();
                if english.contains(&term.en.to_lowercase())
                    && !words.iter().any(|w| lower.contains(&w.to_lowercase()))
                {
                    problems.push(format!(
                        "{id} mentions {:?} in English but not {words:?}: {text}",
                        term.en
                    ));
                }
            }
        }
        for (locale, label) in ROLE_LABELS.iter().filter(|(l, _)| *l == tag) {
            for (id, text) in &ours {
                for (at, _) in text.match_indices(label) {
                    if !id.starts_with("role-") && !starts_a_sentence(text, at) {
                        problems.push(format!(
                            "{locale} {id}: the role {label:?} in a sentence is written in lower case: {text}"
                        ));
                    }
                }
            }
        }
        // the Activity log's column is Partner Center's "Action"
        let action = match tag {
            "nl" => "Actie",
            _ => "Åtgärd",
        };
        if ours.get("activity-operation").map(String::as_str) != Some(action) {
            problems.push(format!("activity-operation is not {action:?}"));
        }
        assert!(problems.is_empty(), "{tag}:\n{}", problems.join("\n"));
    }
}

/// DOMAIN.md's glossary: Swedish savings plans are "sparplaner" in the Azure portal (its
/// menu's word) and "besparingsplaner" in Partner Center, one word per console, never
/// both. The portal's own messages (`portal-*`) say "sparplan"; the messages Partner
/// Center shows of the same things say "besparingsplan".
#[test]
fn swedish_says_sparplan_in_the_azure_portal_and_besparingsplan_in_partner_center() {
    let sv = sources(SV);
    let mut problems = Vec::new();
    for (id, text) in &sv {
        let lower = text.to_lowercase();
        let says_plan = lower.contains("sparplan");
        let long_word = lower.contains("besparingsplan");
        if id.starts_with("portal-") && long_word {
            problems.push(format!("the portal's {id} says \"besparingsplan\": {text}"));
        }
        if id.starts_with("portal-") && id.contains("savings") && !says_plan {
            problems.push(format!(
                "the portal's {id} does not say \"sparplan\": {text}"
            ));
        }
    }
    for id in [
        "savings-plan-name",
        "savings-plan-id",
        "savings-plan-purchase",
        "savings-plans-none",
        "notice-savings-plan-bought",
        "savings-plan-kind-compute",
        "savings-plan-kind-database",
    ] {
        let partner_center = &sv[id];
        let portal = &sv[&format!("portal-{id}")];
        if !partner_center.to_lowercase().contains("besparingsplan") {
            problems.push(format!("Partner Center's {id}: {partner_center}"));
        }
        if portal.to_lowercase().contains("besparingsplan") {
            problems.push(format!("the portal's {id}: {portal}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A count followed by a noun needs the noun's plural chosen by the count ("1 events"
/// reads wrong in every language): each message that shows such a count selects on it.
#[test]
fn every_message_with_a_count_chooses_its_plural_in_all_three_languages() {
    // the arguments that are counts of something named after them
    const COUNTS: [&str; 8] = [
        "count",
        "years",
        "total_count",
        "used_count",
        "hours_count",
        "max",
        "events",
        "total",
    ];
    // a number that counts nothing named after it: a range's end, "2 of 5", an amount
    const NO_NOUN: [&str; 7] = [
        // its counts arrive written with their nouns ("count-events")
        "confirm-import",
        "input-quantity-range",
        "input-clock-range",
        "lesson-show-hint",
        "lesson-show-me-status",
        "allow-r21-commitment",
        "deny-r21-commitment",
    ];
    for (locale, ftl) in LOCALES {
        for (id, text) in sources(ftl) {
            for var in COUNTS {
                let name = format!("${var}");
                let used = text.match_indices(&name).any(|(at, _)| {
                    !text[at + name.len()..]
                        .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                });
                if used && !NO_NOUN.contains(&id.as_str()) {
                    // a formatted count selects on its number's twin (`total` → `total_count`)
                    assert!(
                        text.contains(&format!("{{ ${var} ->"))
                            || text.contains(&format!("{{ ${var}_count ->")),
                        "{locale:?} {id} shows ${var} without a plural select: {text}"
                    );
                }
            }
        }
    }
    // and nothing formats a count with the wrong noun
    let i18n = I18n::new();
    for locale in [Locale::En, Locale::Nl, Locale::Sv] {
        let one = i18n.text(locale, "count-events", &[("count", Value::Number(1))]);
        let many = i18n.text(locale, "count-events", &[("count", Value::Number(2))]);
        assert_ne!(one.replace('1', ""), many.replace('2', ""), "{locale:?}");
    }
}

mod amounts {
    use super::*;
    use csp_reservations_sim::domain::money::MoneyParseError;
    use csp_reservations_sim::i18n::{format_amount, format_money, parse_amount, parse_price};
    use proptest::prelude::*;

    #[test]
    fn each_language_reads_an_amount_as_its_people_type_it() {
        let cases: [(Locale, &str, i64); 12] = [
            (Locale::En, "1,234.56", 123_456),
            (Locale::En, "1234.56", 123_456),
            (Locale::En, " 540 ", 54_000),
            (Locale::Nl, "1.234,56", 123_456),
            (Locale::Nl, "1234,56", 123_456),
            (Locale::Nl, "12,5", 1_250),
            (Locale::Nl, "1.000.000", 100_000_000),
            (Locale::Sv, "1 234,56", 123_456),
            (Locale::Sv, "1\u{a0}234,56", 123_456),
            (Locale::Sv, "1\u{202f}234,56", 123_456),
            (Locale::Sv, "1234,56", 123_456),
            (Locale::Sv, ",5", 50),
        ];
        for (locale, typed, cents) in cases {
            assert_eq!(
                parse_amount(locale, typed),
                Ok(Money(cents)),
                "{locale:?} {typed:?}"
            );
        }
    }

    /// Nothing is guessed: a Dutch `12.50` is neither twelve and a half nor 1,250.
    #[test]
    fn what_fits_no_reading_of_the_language_is_refused() {
        let cases: [(Locale, &str, MoneyParseError); 11] = [
            (Locale::Nl, "12.50", MoneyParseError::NotANumber),
            (Locale::Nl, "1,234.56", MoneyParseError::NotANumber),
            (Locale::En, "1.234,56", MoneyParseError::NotANumber),
            (Locale::En, "1,23", MoneyParseError::NotANumber),
            (Locale::Sv, "1.234,56", MoneyParseError::NotANumber),
            (Locale::Sv, "12 34,5", MoneyParseError::NotANumber),
            (Locale::Sv, "abc", MoneyParseError::NotANumber),
            (Locale::En, "-5", MoneyParseError::Negative),
            (Locale::Sv, "\u{2212}5", MoneyParseError::Negative),
            (Locale::Nl, "0,999", MoneyParseError::TooManyDecimals),
            (Locale::En, "  ", MoneyParseError::Empty),
        ];
        for (locale, typed, error) in cases {
            assert_eq!(
                parse_amount(locale, typed),
                Err(error),
                "{locale:?} {typed:?}"
            );
        }
        // a price has a ceiling of its own (USD 100,000,000.00)
        assert_eq!(
            parse_price(Locale::En, "100,000,000.01"),
            Err(MoneyParseError::TooLarge)
        );
        assert_eq!(
            parse_price(Locale::En, "100,000,000.00"),
            Ok(Money(10_000_000_000))
        );
    }

    #[test]
    fn money_and_numbers_are_written_as_each_language_writes_them() {
        assert_eq!(format_amount(Locale::En, Money(123_456)), "1,234.56");
        assert_eq!(format_amount(Locale::Nl, Money(123_456)), "1.234,56");
        assert_eq!(format_amount(Locale::Sv, Money(123_456)), "1\u{a0}234,56");
        assert_eq!(format_money(Locale::Nl, Money(-5)), "USD\u{a0}-0,05");
        assert_eq!(format_money(Locale::Sv, Money(-5)), "\u{2212}0,05\u{a0}USD");
        assert_eq!(format_integer(Locale::Sv, 10_000), "10\u{a0}000");
        assert_eq!(format_integer(Locale::Nl, -10_000), "-10.000");
        // numbers in messages are grouped
        let i18n = I18n::new();
        let reason = Reason::new(RuleId::V1, "input-quantity-range").with_number("max", 10_000);
        assert!(i18n.reason(Locale::Sv, &reason).contains("10\u{a0}000"));
        assert!(i18n.reason(Locale::En, &reason).contains("10,000"));
    }

    proptest! {
        /// What a field shows, it reads back: every amount up to 10^12 cents, each language.
        #[test]
        fn an_amount_written_is_read_back_the_same(cents in 0..=1_000_000_000_000i64) {
            for locale in Locale::ALL {
                let shown = format_amount(locale, Money(cents));
                prop_assert_eq!(parse_amount(locale, &shown), Ok(Money(cents)), "{:?} {}", locale, shown);
                // and without its group separators
                let plain: String = shown.chars().filter(|c| c.is_ascii_digit() || *c == if locale == Locale::En { '.' } else { ',' }).collect();
                prop_assert_eq!(parse_amount(locale, &plain), Ok(Money(cents)));
            }
        }
    }
}

/// Amounts written into a message read as the language writes them: the currency joined to
/// the amount by a no-break space (an amount never wraps), before it in English and Dutch,
/// after it in Swedish ("50 000 USD", never "USD 50 000"), its groups joined the same way.
#[test]
fn amounts_written_into_messages_read_as_each_language_writes_them() {
    let lesson_sources = Locale::ALL.map(csp_reservations_sim::i18n::lessons_source);
    let mut problems = Vec::new();
    for (i, (locale, src)) in LOCALES.iter().enumerate() {
        for source in [*src, lesson_sources[i]] {
            for (id, text) in sources(source) {
                let chars: Vec<char> = text.chars().collect();
                let at: Vec<usize> = text
                    .match_indices("USD")
                    .map(|(b, _)| text[..b].chars().count())
                    .collect();
                for start in at {
                    let before = start.checked_sub(1).and_then(|j| chars.get(j));
                    let after = chars.get(start + 3);
                    let digit_before = start >= 2 && chars[start - 2].is_ascii_digit();
                    let digit_after = chars.get(start + 4).is_some_and(char::is_ascii_digit);
                    let ok = match locale {
                        Locale::Sv => !digit_after && (!digit_before || before == Some(&'\u{a0}')),
                        _ => !digit_before && (!digit_after || after == Some(&'\u{a0}')),
                    };
                    if !ok {
                        problems.push(format!("{} {id}: {text}", locale.tag()));
                    }
                }
                if *locale == Locale::Sv && text.contains(' ') {
                    // "50 000": Swedish groups are joined by no-break spaces
                    let grouped_with_space = chars.windows(5).any(|w| {
                        w[0].is_ascii_digit()
                            && w[1] == ' '
                            && w[2..].iter().all(char::is_ascii_digit)
                    });
                    if grouped_with_space {
                        problems.push(format!(
                            "sv {id} groups digits with a breaking space: {text}"
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every message is shown somewhere: an id in the code, one the domain's enums compose
/// (operations, rules, roles…), one of the API console's calls, or a lesson text. A message
/// nothing uses is dead weight a translator still reads (the nl `action-exchange` once said
/// "Inruilen" there while every page said something else).
#[test]
fn every_message_is_used_by_the_code() {
    let mut used: BTreeSet<String> = BTreeSet::new();
    words(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut used,
    );
    used.extend(enum_keys());
    used.extend(Locale::ALL.map(|l| format!("language-{}", l.tag())));
    let demo = demo::demo();
    let customer = demo.customers.values().next().expect("a customer");
    used.extend(
        csp_reservations_sim::api::examples(&demo, customer)
            .into_iter()
            .map(|(key, _)| format!("api-call-{key}")),
    );
    let unused: Vec<String> = messages(EN)
        .into_keys()
        .filter(|id| !used.contains(id))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

/// Where a text quotes something on screen ("click “Try to change it”"), the quote is that
/// label, word for word, in the same language: a hint that names a button the page does not
/// show sends a learner looking for nothing (nl once quoted „Proberen te wijzigen” where the
/// button says „Probeer het te wijzigen”).
#[test]
fn every_label_a_text_quotes_is_a_label_the_page_shows() {
    // quotes that are not labels: what the learner types, Microsoft's page titles and
    // Activity log names (R4's own words), values of a file
    const NOT_LABELS: &[&str] = &[
        "Tailspin Plan",
        "Self-service exchanges and refunds",
        "Selfservice-inwisselingen en -terugbetalingen",
        "Självbetjäning för utbyten och återbetalningar",
        "Currently, sales agents will not be able to purchase Azure savings plan",
        "Verkoopagenten kunnen momenteel geen Azure-besparingsplan kopen",
        "För närvarande kan försäljningsagenter inte köpa Azure-besparingsplaner",
        "allowed",
        "denied",
    ];
    let lesson_sources = Locale::ALL.map(csp_reservations_sim::i18n::lessons_source);
    let mut problems = Vec::new();
    for (i, (locale, ui)) in LOCALES.iter().enumerate() {
        let labels: BTreeSet<String> = sources(ui).into_values().collect();
        let operations: BTreeSet<String> = sources(ui)
            .into_iter()
            .filter(|(id, _)| id.starts_with("op-"))
            .map(|(_, text)| text.to_lowercase())
            .collect();
        for source in [*ui, lesson_sources[i]] {
            for (id, text) in sources(source) {
                for quoted in quotations(&text) {
                    let shown = labels.contains(quoted)
                        || NOT_LABELS.contains(&quoted)
                        || quoted.contains("{ $")
                        // R4's Activity log names, or both of them ("Create / Delete …")
                        || quoted
                            .split(" / ")
                            .all(|part| operations.iter().any(|op| op.contains(&part.to_lowercase())));
                    if !shown {
                        problems.push(format!(
                            "{} {id} quotes {quoted:?}, which no label reads",
                            locale.tag()
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Text between double quotation marks, in any of the three languages' styles.
fn quotations(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['"', '“', '„', '”']) {
        let after = &rest[open..];
        let Some(first) = after.chars().next() else {
            break;
        };
        let body = &after[first.len_utf8()..];
        let Some(close) = body.find(['"', '“', '”']) else {
            break;
        };
        out.push(&body[..close]);
        let closing = body[close..].chars().next().map_or(1, char::len_utf8);
        rest = &body[close + closing..];
    }
    out
}
