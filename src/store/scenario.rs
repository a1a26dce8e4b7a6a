//! Scenario files and share links: a versioned JSON document with the event history and
//! optional *expectations* ("as this persona, this action on this target is allowed /
//! denied by rule R…"), which the app evaluates. Import checks everything and lists every
//! error with its JSON path; a failed import changes nothing.
use crate::domain::projections::{explain_grid_action, GridAction, GridTarget};
use crate::domain::verify::{extend_checked, Problem};
use crate::domain::{
    Actor, CustomerId, Decision, Recorded, ReservationId, RuleId, SavingsPlanId, State, UserId,
};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

pub const FORMAT: &str = "csp-reservations-sim/scenario";
pub const SCENARIO_VERSION: u32 = 1;
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// A partner user id (`p1`) or customer user id (`u5`).
    #[serde(rename = "as")]
    pub persona: String,
    /// A who-may action code: permission-on, permission-off, buy, exchange, cancel, renew, change-scope.
    pub action: String,
    /// A reservation id (reservation actions) or customer id.
    pub target: String,
    /// "allowed" or "denied".
    pub expect: String,
    /// Optionally, a rule id the answer must cite (R10, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

#[derive(Serialize)]
struct Document<'a> {
    format: &'static str,
    schema_version: u32,
    events: &'a [Recorded],
    expectations: &'a [Expectation],
}

pub fn export(state: &State, expectations: &[Expectation]) -> String {
    let compact = serde_json::to_string(&Document {
        format: FORMAT,
        schema_version: SCENARIO_VERSION,
        events: &state.log,
        expectations,
    })
    .unwrap_or_default();
    indent_json(&compact)
}

/// Compact JSON laid out as serde_json's pretty printer does (two spaces, one value per
/// line). Done on the text because `to_string_pretty` would add a second copy of every
/// type's writer to the download (every file and response the app writes uses this).
pub fn indent_json(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}') | Some(']')) {
                    out.extend(chars.next());
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// One problem of an imported document: where (`$.events[3].event.customer`) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub path: String,
    /// Message id for the UI.
    pub key: &'static str,
    /// Untranslated detail (serde's message, the rule ids, the offending value).
    pub detail: String,
}

pub(crate) fn err(
    path: impl Into<String>,
    key: &'static str,
    detail: impl Into<String>,
) -> ImportError {
    ImportError {
        path: path.into(),
        key,
        detail: detail.into(),
    }
}

#[derive(Debug)]
pub struct Scenario {
    pub state: State,
    pub expectations: Vec<Expectation>,
}

/// A file's top-level fields as raw JSON text, to be read one by one (scenario and lesson
/// files): each event is read from its own text by the same reader as stored histories (no
/// tree of a 5 MB file, and no second instantiation of the events' readers in the
/// download). One pass over the text when it is an object; only a file that is not one is
/// read again, to tell text that is not JSON from JSON that is not an object.
pub(crate) fn read_object(
    text: &str,
    max_bytes: usize,
) -> Result<BTreeMap<String, &RawValue>, Vec<ImportError>> {
    if text.len() > max_bytes {
        return Err(vec![err(
            "$",
            "import-error-too-large",
            format!("{} bytes > {max_bytes}", text.len()),
        )]);
    }
    serde_json::from_str::<BTreeMap<String, &RawValue>>(text).map_err(|_| {
        vec![match serde_json::from_str::<&RawValue>(text) {
            Err(e) => err("$", "import-error-not-json", e.to_string()),
            Ok(_) => err("$", "import-error-shape", "not an object"),
        }]
    })
}

pub fn import(text: &str) -> Result<Scenario, Vec<ImportError>> {
    let obj = read_object(text, MAX_BYTES)?;
    let field = |key: &str| obj.get(key).map(|raw| raw.get());
    let mut errors = Vec::new();
    match field("format").and_then(|f| serde_json::from_str::<String>(f).ok()) {
        Some(f) if f == FORMAT => {}
        other => errors.push(err("$.format", "import-error-format", format!("{other:?}"))),
    }
    match field("schema_version").and_then(|v| serde_json::from_str::<u64>(v).ok()) {
        Some(v) if (1..=u64::from(SCENARIO_VERSION)).contains(&v) => {}
        Some(v) => errors.push(err(
            "$.schema_version",
            "import-error-version",
            v.to_string(),
        )),
        None => errors.push(err("$.schema_version", "import-error-missing", "")),
    }
    for key in obj.keys() {
        if ![
            "format",
            "schema_version",
            "events",
            "expectations",
            "title",
        ]
        .contains(&key.as_str())
        {
            errors.push(err(
                format!("$.{key}"),
                "import-error-unknown-field",
                key.clone(),
            ));
        }
    }
    let events: Vec<Recorded> = match field("events").and_then(raw_list) {
        None => {
            errors.push(err("$.events", "import-error-missing", ""));
            Vec::new()
        }
        Some(items) => parse_items(&items, "$.events", &mut errors),
    };
    let expectations: Vec<Expectation> = match field("expectations").map(raw_list) {
        None => Vec::new(),
        Some(Some(items)) => parse_items(&items, "$.expectations", &mut errors),
        Some(None) => {
            errors.push(err("$.expectations", "import-error-shape", "not a list"));
            Vec::new()
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    // Every event must be what the rules produce; the first that is not names the rules.
    let mut state = super::codec::genesis();
    if let Err(e) = extend_checked(&mut state, &events) {
        let detail = match &e.problem {
            Problem::Refused(d) => d
                .reasons
                .iter()
                .map(|r| r.rule.code())
                .collect::<Vec<_>>()
                .join(", "),
            Problem::OutOfSequence { expected, found } => {
                format!("seq {found}, expected {expected}")
            }
            _ => String::new(),
        };
        return Err(vec![err(format!("$.events[{}]", e.index), e.key(), detail)]);
    }
    for (i, x) in expectations.iter().enumerate() {
        errors.extend(
            check_expectation(&state, x)
                .into_iter()
                .map(|(field, key, detail)| {
                    err(format!("$.expectations[{i}].{field}"), key, detail)
                }),
        );
    }
    if errors.is_empty() {
        Ok(Scenario {
            state,
            expectations,
        })
    } else {
        Err(errors)
    }
}

/// A JSON list's elements as raw text, if `raw` is a list.
fn raw_list(raw: &str) -> Option<Vec<&RawValue>> {
    serde_json::from_str(raw).ok()
}

/// Each element of a list as a `T`, or one error per element that is not, with its path.
pub(crate) fn parse_items<T: serde::de::DeserializeOwned>(
    list: &[&RawValue],
    path: &str,
    errors: &mut Vec<ImportError>,
) -> Vec<T> {
    let mut out = Vec::with_capacity(list.len());
    for (i, item) in list.iter().enumerate() {
        match serde_json::from_str::<T>(item.get()) {
            Ok(x) => out.push(x),
            Err(e) => errors.push(err(
                format!("{path}[{i}]"),
                "import-error-shape",
                e.to_string(),
            )),
        }
    }
    out
}

fn persona(state: &State, id: &str) -> Option<Actor> {
    let user = UserId::new(id);
    if state.partner_users.contains_key(&user) {
        Some(Actor::Partner(user))
    } else if state.customer_users.contains_key(&user) {
        Some(Actor::Customer(user))
    } else {
        None
    }
}

/// What an expectation's target names: a reservation, a savings plan or a customer.
struct Target {
    customer: CustomerId,
    reservation: Option<ReservationId>,
    plan: Option<SavingsPlanId>,
}

fn target(state: &State, id: &str) -> Option<Target> {
    let rid = ReservationId::new(id);
    if let Some(r) = state.reservations.get(&rid) {
        return Some(Target {
            customer: r.customer.clone(),
            reservation: Some(rid),
            plan: None,
        });
    }
    let pid = SavingsPlanId::new(id);
    if let Some(p) = state.savings_plans.get(&pid) {
        return Some(Target {
            customer: p.customer.clone(),
            reservation: None,
            plan: Some(pid),
        });
    }
    let cid = CustomerId::new(id);
    state.customers.contains_key(&cid).then_some(Target {
        customer: cid,
        reservation: None,
        plan: None,
    })
}

fn check_expectation(state: &State, x: &Expectation) -> Vec<(&'static str, &'static str, String)> {
    let mut out = Vec::new();
    if persona(state, &x.persona).is_none() {
        out.push(("as", "import-error-unknown-ref", x.persona.clone()));
    }
    if GridAction::from_code(&x.action).is_none() {
        out.push(("action", "import-error-unknown-ref", x.action.clone()));
    }
    if target(state, &x.target).is_none() {
        out.push(("target", "import-error-unknown-ref", x.target.clone()));
    }
    if x.expect != "allowed" && x.expect != "denied" {
        out.push(("expect", "import-error-expect", x.expect.clone()));
    }
    if let Some(rule) = &x.rule {
        if RuleId::from_code(rule).is_none() {
            out.push(("rule", "import-error-unknown-ref", rule.clone()));
        }
    }
    out
}

/// An expectation's verdict against the current state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub passed: bool,
    pub allowed: bool,
    /// The rule ids the domain cited.
    pub rules: Vec<RuleId>,
}

pub fn evaluate(state: &State, x: &Expectation) -> Option<Verdict> {
    let actor = persona(state, &x.persona)?;
    let action = GridAction::from_code(&x.action)?;
    let t = target(state, &x.target)?;
    let decision = explain_grid_action(
        state,
        &actor,
        GridTarget {
            customer: &t.customer,
            reservation: t.reservation.as_ref(),
            plan: t.plan.as_ref(),
        },
        action,
    );
    let rules: Vec<RuleId> = decision.reasons().iter().map(|r| r.rule).collect();
    let allowed = matches!(decision, Decision::Allowed(_));
    let rule_ok = x
        .rule
        .as_deref()
        .and_then(RuleId::from_code)
        .is_none_or(|r| rules.contains(&r));
    Some(Verdict {
        passed: allowed == (x.expect == "allowed") && rule_ok,
        allowed,
        rules,
    })
}

/// The fragment payload of a share link for this scenario.
pub fn share_payload(state: &State, expectations: &[Expectation]) -> String {
    let json = serde_json::to_string(&Document {
        format: FORMAT,
        schema_version: SCENARIO_VERSION,
        events: &state.log,
        expectations,
    })
    .unwrap_or_default();
    super::packed::pack(&json, 9)
}

/// Opens a share link's payload under the same checks as an imported file.
pub fn open_share(payload: &str) -> Result<Scenario, Vec<ImportError>> {
    let text = super::packed::unpack(payload.trim(), MAX_BYTES).ok_or_else(|| {
        vec![err(
            "$",
            "import-error-link",
            "not a deflated, base64url-encoded scenario",
        )]
    })?;
    import(&text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::{self, ids};

    fn cancel_expectations() -> Vec<Expectation> {
        vec![
            Expectation {
                persona: ids::WOODGROVE_OWNER.into(),
                action: "cancel".into(),
                target: "res-00002".into(),
                expect: "denied".into(),
                rule: Some("R10".into()),
            },
            Expectation {
                persona: "p3".into(),
                action: "cancel".into(),
                target: "res-00002".into(),
                expect: "allowed".into(),
                rule: None,
            },
            Expectation {
                persona: "p2".into(),
                action: "permission-on".into(),
                target: ids::CONTOSO.into(),
                expect: "allowed".into(),
                rule: None,
            },
        ]
    }

    #[test]
    fn export_then_import_round_trips_and_evaluates_expectations() {
        let state = demo::demo();
        let text = export(&state, &cancel_expectations());
        let scenario = import(&text).expect("valid");
        assert_eq!(scenario.state, state);
        let verdicts: Vec<bool> = scenario
            .expectations
            .iter()
            .map(|x| evaluate(&scenario.state, x).unwrap().passed)
            .collect();
        // the Sales agent may not turn the permission on (R2): that expectation fails
        assert_eq!(verdicts, vec![true, true, false]);
    }

    #[test]
    fn an_exported_file_is_laid_out_as_serde_json_pretty_prints() {
        let x = cancel_expectations();
        let document = Document {
            format: FORMAT,
            schema_version: SCENARIO_VERSION,
            events: &demo::demo().log,
            expectations: &x,
        };
        let pretty = serde_json::to_string_pretty(&document).expect("serializes");
        assert_eq!(export(&demo::demo(), &x), pretty);
        assert_eq!(
            indent_json(r#"{"a":[],"b":{},"c":"x,\"{[:","d":[1,{"e":null}]}"#),
            "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": \"x,\\\"{[:\",\n  \"d\": [\n    1,\n    {\n      \"e\": null\n    }\n  ]\n}"
        );
    }

    #[test]
    fn every_error_is_listed_with_its_path_and_nothing_is_accepted() {
        let errors = import(
            r#"{"format":"other","schema_version":7,"events":[{"seq":1},{"nope":true}],"extra":1}"#,
        )
        .unwrap_err();
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            vec![
                "$.format",
                "$.schema_version",
                "$.extra",
                "$.events[0]",
                "$.events[1]"
            ]
        );
        assert_eq!(
            import("not json").unwrap_err()[0].key,
            "import-error-not-json"
        );
        for not_an_object in ["[1, 2]", "\"text\"", "7"] {
            let errors = import(not_an_object).unwrap_err();
            assert_eq!(errors.len(), 1, "{not_an_object}");
            assert_eq!(errors[0].key, "import-error-shape", "{not_an_object}");
        }
        assert_eq!(
            import(&" ".repeat(MAX_BYTES + 1)).unwrap_err()[0].key,
            "import-error-too-large"
        );
    }

    #[test]
    fn references_in_expectations_are_checked() {
        let mut x = cancel_expectations();
        x[0].persona = "u99".into();
        x[1].target = "res-99999".into();
        x[2].rule = Some("R99".into());
        let errors = import(&export(&demo::demo(), &x)).unwrap_err();
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            vec![
                "$.expectations[0].as",
                "$.expectations[1].target",
                "$.expectations[2].rule"
            ]
        );
    }

    #[test]
    fn a_history_the_rules_refuse_is_not_imported() {
        // the Helpdesk agent (p3) claims to have added the customers: S1 refuses
        let mut state = demo::demo();
        for e in state.log.iter_mut().filter(|e| e.actor == demo::admin()) {
            e.actor = demo::helpdesk();
        }
        let errors = import(&export(&state, &[])).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(
            (errors[0].path.as_str(), errors[0].key),
            // after the three founding staff and the founding end of exchanges (R13)
            ("$.events[4]", "import-error-refused")
        );
        assert_eq!(errors[0].detail, "S1");
    }

    /// A scenario file and a share link written by the build of 2026-12-01 (before savings
    /// plans, monthly refunds and auto-renew on by default): they still import under
    /// today's rules and keep their meaning, event for event (written back byte for byte).
    #[test]
    fn scenario_files_and_share_links_of_an_earlier_build_keep_their_meaning() {
        let file = include_str!("../../tests/fixtures/scenario-v1.json");
        let scenario = import(file).expect("an earlier build's file imports");
        assert_eq!(
            export(&scenario.state, &scenario.expectations) + "\n",
            file,
            "every event as it was recorded"
        );
        let cancelled = scenario
            .state
            .reservations
            .values()
            .filter(|r| r.status == crate::domain::ReservationStatus::Cancelled)
            .count();
        assert_eq!(cancelled, 1);
        let link = include_str!("../../tests/fixtures/share-link-v1.txt");
        let opened = open_share(link).expect("an earlier build's link opens");
        assert_eq!(opened.state.log.len(), 35);
        assert_eq!(
            share_payload(&opened.state, &opened.expectations) + "\n",
            link
        );
    }

    #[test]
    fn a_share_link_round_trips_and_garbage_is_refused() {
        let state = demo::demo();
        let payload = share_payload(&state, &cancel_expectations());
        assert!(payload
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert!(payload.len() < 8_000, "{} characters", payload.len());
        let opened = open_share(&payload).expect("opens");
        assert_eq!(opened.state, state);
        assert_eq!(opened.expectations.len(), 3);
        assert!(open_share("!!!").is_err());
        assert!(open_share("AAAA").is_err());
    }
}
