//! The Partner Center API for SelfServePolicy (DOMAIN.md, "Partner Center API"): each
//! documented status from its documented situation, the rules' refusals (R2, R3), etag
//! concurrency, one decision path with the dashboard's switches, and bad input that never
//! panics and never changes anything.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use csp_reservations_sim::api::{self, Request, Response};
use csp_reservations_sim::domain::demo::{self, admin, helpdesk, ids, sales};
use csp_reservations_sim::domain::projections::{activity, ActivityFilter};
use csp_reservations_sim::domain::*;
use proptest::prelude::*;
use serde_json::Value;

fn customer(state: &State, id: &str) -> Customer {
    state.customers[&CustomerId::new(id)].clone()
}

fn body(r: &Response) -> Value {
    serde_json::from_str(&r.body).expect("a JSON body")
}

fn post(c: &Customer, resources: &[&str]) -> Request {
    let permissions: Vec<Value> = resources
        .iter()
        .map(|r| serde_json::json!({ "resource": r, "action": "Purchase" }))
        .collect();
    Request::new(
        "POST",
        "/v1/SelfServePolicy",
        &serde_json::json!({
            "selfServeEntity": { "selfServeEntityType": "customer", "tenantID": c.tenant_id },
            "grantor": { "grantorType": "billToPartner", "tenantID": demo::PARTNER_TENANT_ID },
            "permissions": permissions,
        })
        .to_string(),
    )
}

/// A PUT of the policy as read (`GET` by id), with its permissions replaced.
fn put(read: &Value, resources: &[&str]) -> Request {
    let mut policy = read.clone();
    policy["permissions"] = resources
        .iter()
        .map(|r| serde_json::json!({ "resource": r, "action": "Purchase" }))
        .collect::<Vec<_>>()
        .into();
    Request::new("PUT", "/v1/SelfServePolicy", &policy.to_string())
}

fn by_id(c: &Customer) -> String {
    format!(
        "/v1/SelfServePolicy/{}_{}",
        demo::PARTNER_TENANT_ID,
        c.tenant_id
    )
}

#[test]
fn r2_r4_post_creates_the_policy_201_and_a_second_post_is_409_with_600041() {
    let mut s = demo::demo();
    let contoso = customer(&s, ids::CONTOSO);
    let first = api::apply(
        &mut s,
        &admin(),
        &post(&contoso, &["AzureReservedInstances"]),
    );
    assert_eq!(first.status_line(), "HTTP/1.1 201 Created");
    let created = body(&first);
    assert_eq!(created["id"], api::policy_id(&s, &contoso));
    assert_eq!(
        created["permissions"][0]["resource"],
        "AzureReservedInstances"
    );
    assert_eq!(created["attributes"]["objectType"], "SelfServePolicy");
    assert_eq!(first.header("ETag"), created["attributes"]["etag"].as_str());
    assert_eq!(
        first.header("Content-Type"),
        Some("application/json; charset=utf-8")
    );
    // the same command as the switch: the permission is on, logged with R4's name
    assert!(s.customers[&contoso.id].permission.is_some());
    assert_eq!(
        s.log.last().unwrap().event.operation(),
        Operation::CreateCustomerPurchasePermissions
    );
    let before = s.clone();
    let again = api::apply(&mut s, &admin(), &post(&contoso, &["AzureSavingsPlan"]));
    assert_eq!(again.status, 409);
    assert_eq!(body(&again)["code"], 600041);
    assert!(body(&again).get("simulatorNote").is_none(), "documented");
    assert_eq!(s, before, "nothing changes");
}

#[test]
fn get_by_customer_lists_the_policy_and_get_by_id_is_404_600039_when_none_exists() {
    let mut s = demo::demo();
    let contoso = customer(&s, ids::CONTOSO);
    let list = |s: &State| {
        body(&api::apply(
            &mut s.clone(),
            &sales(),
            &Request::new(
                "GET",
                &format!("/v1/SelfServePolicy?entity_id={}", contoso.tenant_id),
                "",
            ),
        ))
    };
    assert_eq!(list(&s)["totalCount"], 0);
    let missing = api::apply(
        &mut s,
        &helpdesk(),
        &Request::new("GET", &by_id(&contoso), ""),
    );
    assert_eq!(missing.status, 404);
    assert_eq!(body(&missing)["code"], 600039);
    api::apply(
        &mut s,
        &admin(),
        &post(&contoso, &["AzureReservedInstances", "AzureSavingsPlan"]),
    );
    // R2: Sales and Helpdesk agents read it
    assert_eq!(list(&s)["totalCount"], 1);
    assert_eq!(
        list(&s)["items"][0]["permissions"].as_array().map(Vec::len),
        Some(2)
    );
    let one = api::apply(
        &mut s,
        &helpdesk(),
        &Request::new("GET", &by_id(&contoso), ""),
    );
    assert_eq!(one.status_line(), "HTTP/1.1 200 OK");
    // the whole URL, as the documentation writes it, is read too
    let full = api::apply(
        &mut s,
        &sales(),
        &Request::new("GET", &format!("{}{}", api::BASE_URL, by_id(&contoso)), ""),
    );
    assert_eq!(full.status, 200);
}

#[test]
fn r16_put_changes_each_resource_on_its_own_and_delete_204_turns_both_off() {
    let mut s = demo::demo();
    let contoso = customer(&s, ids::CONTOSO);
    api::apply(
        &mut s,
        &admin(),
        &post(&contoso, &["AzureReservedInstances"]),
    );
    let read = body(&api::apply(
        &mut s,
        &admin(),
        &Request::new("GET", &by_id(&contoso), ""),
    ));
    let updated = api::apply(&mut s, &admin(), &put(&read, &["AzureSavingsPlan"]));
    assert_eq!(updated.status_line(), "HTTP/1.1 200 OK");
    let c = &s.customers[&contoso.id];
    assert!(c.permission.is_none() && c.savings_plan_permission.is_some());
    // two events, one per switch that moved, each with Partner Center's own name
    let ops: Vec<Operation> = s
        .log
        .iter()
        .rev()
        .take(2)
        .map(|e| e.event.operation())
        .collect();
    assert!(ops.contains(&Operation::CreateCustomerPurchasePermissions));
    assert!(ops.contains(&Operation::DeleteCustomerPurchasePermissions));
    let gone = api::apply(
        &mut s,
        &admin(),
        &Request::new("DELETE", &by_id(&contoso), ""),
    );
    assert_eq!(gone.status_line(), "HTTP/1.1 204 No Content");
    assert!(gone.body.is_empty());
    let c = &s.customers[&contoso.id];
    assert!(c.permission.is_none() && c.savings_plan_permission.is_none());
    let again = api::apply(
        &mut s,
        &admin(),
        &Request::new("DELETE", &by_id(&contoso), ""),
    );
    assert_eq!(again.status, 404);
}

#[test]
fn etag_two_puts_with_the_same_etag_the_second_is_refused_never_applied() {
    let mut s = demo::demo();
    let contoso = customer(&s, ids::CONTOSO);
    api::apply(
        &mut s,
        &admin(),
        &post(&contoso, &["AzureReservedInstances"]),
    );
    let read = body(&api::apply(
        &mut s,
        &admin(),
        &Request::new("GET", &by_id(&contoso), ""),
    ));
    let first = api::apply(
        &mut s,
        &admin(),
        &put(&read, &["AzureReservedInstances", "AzureSavingsPlan"]),
    );
    assert_eq!(first.status, 200);
    assert_ne!(
        body(&first)["attributes"]["etag"],
        read["attributes"]["etag"]
    );
    let before = s.clone();
    let stale = api::apply(&mut s, &admin(), &put(&read, &["AzureSavingsPlan"]));
    assert_eq!(stale.status, 412);
    assert!(
        body(&stale).get("simulatorNote").is_some(),
        "the code is the simulator's"
    );
    assert_eq!(s, before, "a stale etag is never applied");
    // without an etag at all, a PUT is bad input
    let mut no_etag = read.clone();
    no_etag["attributes"] = serde_json::json!({ "objectType": "SelfServePolicy" });
    assert_eq!(
        api::apply(
            &mut s,
            &admin(),
            &Request::new("PUT", "/v1/SelfServePolicy", &no_etag.to_string())
        )
        .status,
        400
    );
}

#[test]
fn r2_a_sales_or_helpdesk_agents_token_may_not_change_a_policy_and_customers_have_none() {
    let mut s = demo::demo();
    let contoso = customer(&s, ids::CONTOSO);
    for actor in [sales(), helpdesk()] {
        let before = s.clone();
        let refused = api::apply(&mut s, &actor, &post(&contoso, &["AzureReservedInstances"]));
        assert_eq!(refused.status, 403);
        let b = body(&refused);
        assert!(
            b["description"]
                .as_str()
                .unwrap_or_default()
                .contains("R2: "),
            "{b}"
        );
        assert!(b["data"]
            .as_array()
            .is_some_and(|d| d.contains(&Value::from("R2"))));
        assert!(b["simulatorNote"]
            .as_str()
            .unwrap_or_default()
            .contains("403 is the CSP Reservations Simulator's"));
        assert_eq!(s, before);
    }
    let owner = Actor::Customer(UserId::new(ids::CONTOSO_OWNER));
    let read = api::apply(&mut s, &owner, &Request::new("GET", &by_id(&contoso), ""));
    assert_eq!(read.status, 403);
    // even a PUT that asks for what already is (nothing to change) is refused to Sales
    let woodgrove = customer(&s, ids::WOODGROVE);
    let read = body(&api::apply(
        &mut s,
        &sales(),
        &Request::new("GET", &by_id(&woodgrove), ""),
    ));
    let same = put(&read, &["AzureReservedInstances", "AzureSavingsPlan"]);
    assert_eq!(api::apply(&mut s, &sales(), &same).status, 403);
    assert_eq!(
        api::apply(&mut s, &admin(), &same).status,
        200,
        "idempotent for the Admin agent"
    );
}

#[test]
fn r3_a_customer_without_an_eligible_subscription_is_refused_naming_r3() {
    let mut s = demo::demo();
    let tailspin = customer(&s, ids::TAILSPIN);
    let refused = api::apply(&mut s, &admin(), &post(&tailspin, &["AzureSavingsPlan"]));
    assert_eq!(refused.status, 403);
    assert!(body(&refused)["description"]
        .as_str()
        .unwrap_or_default()
        .contains("R3: "));
    assert!(s.customers[&tailspin.id].savings_plan_permission.is_none());
}

#[test]
fn v1_bad_input_gets_a_clear_answer_and_changes_nothing() {
    let s = demo::demo();
    let contoso = customer(&s, ids::CONTOSO);
    let good = post(&contoso, &["AzureReservedInstances"]);
    let other_partner = good.body.replace(
        demo::PARTNER_TENANT_ID,
        "00000000-0000-4000-8000-000000000000",
    );
    let cases: Vec<(Request, u16, &str)> = vec![
        (
            Request::new("POST", "/v1/SelfServePolicy", "{not json"),
            400,
            "not JSON",
        ),
        (
            Request::new("POST", "/v1/SelfServePolicy", "[1]"),
            400,
            "object is expected",
        ),
        (
            Request::new("PATCH", "/v1/SelfServePolicy", &good.body),
            405,
            "not a method",
        ),
        (
            Request::new("DELETE", "/v1/SelfServePolicy", ""),
            405,
            "not served at this path",
        ),
        (Request::new("GET", "/v1/Customers", ""), 404, "No resource"),
        (
            Request::new("GET", "/v1/SelfServePolicy", ""),
            400,
            "entity_id",
        ),
        (
            Request::new(
                "POST",
                "/v1/SelfServePolicy",
                &"x".repeat(api::MAX_BODY_BYTES + 1),
            ),
            413,
            "bytes",
        ),
        (
            Request::new("POST", "/v1/SelfServePolicy", &other_partner),
            400,
            "not this partner's tenant",
        ),
        (
            Request::new(
                "POST",
                "/v1/SelfServePolicy",
                &good
                    .body
                    .replace(&contoso.tenant_id, "11111111-2222-4333-8444-555555555555"),
            ),
            404,
            "No customer of this partner",
        ),
        (
            Request::new(
                "POST",
                "/v1/SelfServePolicy",
                &good.body.replace(
                    "\"action\":\"Purchase\"",
                    "\"action\":\"Purchase\",\"extra\":1",
                ),
            ),
            400,
            "$.permissions[0].extra",
        ),
        (
            Request::new(
                "POST",
                "/v1/SelfServePolicy",
                &good.body.replace("AzureReservedInstances", "AzureCredits"),
            ),
            400,
            "$.permissions[0].resource",
        ),
        (
            Request::new(
                "POST",
                "/v1/SelfServePolicy",
                &good.body.replace("\"customer\"", "7"),
            ),
            400,
            "a string is expected",
        ),
        (
            Request::new(
                "GET",
                &format!("/v1/SelfServePolicy/someone_{}", contoso.tenant_id),
                "",
            ),
            404,
            "600039",
        ),
    ];
    for (request, status, says) in cases {
        let mut after = s.clone();
        let r = api::apply(&mut after, &admin(), &request);
        assert_eq!(r.status, status, "{request:?}: {}", r.body);
        assert!(
            r.body.contains(says) || r.body.contains(&says.replace('"', "\\\"")),
            "{says}: {}",
            r.body
        );
        assert_eq!(after, s, "{request:?} changed something");
    }
    // a PUT whose id does not match the tenant in its body
    let mut s = s.clone();
    api::apply(&mut s, &admin(), &good);
    let read = body(&api::apply(
        &mut s,
        &admin(),
        &Request::new("GET", &by_id(&contoso), ""),
    ));
    let mut wrong = read.clone();
    wrong["id"] = Value::from(format!(
        "{}_{}",
        demo::PARTNER_TENANT_ID,
        "ffffffff-0000-4000-8000-000000000000"
    ));
    let r = api::apply(
        &mut s,
        &admin(),
        &Request::new("PUT", "/v1/SelfServePolicy", &wrong.to_string()),
    );
    assert_eq!(r.status, 400);
    assert!(r.body.contains("does not match"));
}

#[test]
fn the_switch_and_its_equivalent_request_make_the_same_change() {
    let base = demo::demo();
    let woodgrove = customer(&base, ids::WOODGROVE);
    // Woodgrove has both on: turning one off is a PUT, the last one a DELETE
    for (resource, on, method) in [
        (PermissionResource::AzureSavingsPlan, false, "PUT"),
        (PermissionResource::AzureReservedInstances, false, "PUT"),
    ] {
        let request = api::equivalent_request(&base, &woodgrove, resource, on);
        assert_eq!(request.method, method);
        let mut by_api = base.clone();
        let r = api::apply(&mut by_api, &admin(), &request);
        assert_eq!(r.status, 200, "{}", r.body);
        let mut by_switch = base.clone();
        by_switch
            .execute(&admin(), &api::switch(&woodgrove.id, resource, on))
            .expect("allowed");
        assert_eq!(by_api, by_switch);
    }
    let contoso = customer(&base, ids::CONTOSO);
    assert_eq!(
        api::equivalent_request(
            &base,
            &contoso,
            PermissionResource::AzureReservedInstances,
            true
        )
        .method,
        "POST"
    );
}

/// An intention a person could carry out with the switch or with the API.
fn intention() -> impl Strategy<Value = (usize, usize, bool, usize)> {
    (0..4usize, 0..2usize, any::<bool>(), 0..3usize)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(128)))]

    /// One decision path: random switch flips by random partner users, carried out once
    /// through the API (the request the switch stands for) and once as the domain's
    /// commands, leave identical states and identical activity logs.
    #[test]
    fn requests_through_the_api_and_clicks_through_the_domain_leave_identical_states(
        steps in prop::collection::vec(intention(), 1..40)
    ) {
        let mut by_api = demo::demo();
        let mut by_click = demo::demo();
        let customers = [ids::CONTOSO, ids::NORTHWIND, ids::TAILSPIN, ids::WOODGROVE];
        let actors = [admin(), sales(), helpdesk()];
        for (c, r, on, who) in steps {
            let resource = PermissionResource::ALL[r];
            let actor = &actors[who];
            let c = customer(&by_api, customers[c]);
            let request = api::equivalent_request(&by_api, &c, resource, on);
            let response = api::apply(&mut by_api, actor, &request);
            let clicked = by_click.execute(actor, &api::switch(&c.id, resource, on));
            // the API's answer and the switch's agree: done, or refused for the same rules
            match clicked {
                Ok(_) => prop_assert!(matches!(response.status, 200 | 201 | 204), "{}", response.body),
                // a PUT that asks for what already is changes nothing, idempotently (200);
                // the switch says it is already so
                Err(denied) if response.status == 200 => {
                    prop_assert!(denied.reasons.iter().all(|r| r.key.starts_with("deny-permission-already")));
                }
                Err(denied) => {
                    prop_assert!(response.status >= 400);
                    // the rules the switch names are the API's reasons too (input checks,
                    // such as "already off", are the API's own: 400, 404, 409)
                    if response.status == 403 {
                        for reason in denied.reasons.iter().filter(|r| r.rule != RuleId::V1) {
                            prop_assert!(response.body.contains(reason.rule.code()), "{}", response.body);
                        }
                    }
                }
            }
            prop_assert_eq!(&by_api, &by_click);
        }
        let log = |s: &State| -> Vec<Recorded> { activity(s, &ActivityFilter::default()).cloned().collect() };
        prop_assert_eq!(log(&by_api), log(&by_click));
    }

    /// The parser never panics and an answer without commands changes nothing, whatever
    /// arrives: random methods, paths and bodies, mutated real requests included.
    #[test]
    fn any_request_is_answered_without_a_panic_and_bad_ones_change_nothing(
        method in prop::sample::select(vec!["GET", "POST", "PUT", "DELETE", "PATCH", "get", "", "OPTIONS"]),
        path in prop_oneof![
            Just("/v1/SelfServePolicy".to_string()),
            Just("/v1/SelfServePolicy?entity_id=".to_string()),
            "[ -~]{0,40}",
            "/v1/SelfServePolicy/[ -~]{0,60}",
            "/v1/SelfServePolicy\\?[ -~]{0,30}",
        ],
        body in prop_oneof![
            "[ -~]{0,80}",
            Just(String::new()),
            (0usize..400, "[ -~]{0,12}").prop_map(|(at, insert)| {
                let s = demo::demo();
                let c = customer(&s, ids::CONTOSO);
                let mut b = post(&c, &["AzureReservedInstances"]).body;
                let at = at.min(b.len());
                while !b.is_char_boundary(at) { b.pop(); }
                b.insert_str(at.min(b.len()), &insert);
                b
            }),
        ],
        who in 0..4usize,
    ) {
        let s = demo::demo();
        let actor = [admin(), sales(), helpdesk(), Actor::Customer(UserId::new(ids::CONTOSO_OWNER))][who].clone();
        let request = Request::new(method, &path, &body);
        match api::route(&s, &actor, &request) {
            api::Outcome::Answer(response) => {
                prop_assert!(response.status == 200 || response.status >= 400);
                if !response.body.is_empty() {
                    prop_assert!(serde_json::from_str::<Value>(&response.body).is_ok());
                }
            }
            api::Outcome::Change { commands, .. } => {
                // only an Admin agent's well-formed request changes anything
                prop_assert_eq!(&actor, &admin());
                let mut after = s.clone();
                for c in &commands {
                    prop_assert!(after.execute(&actor, c).is_ok());
                }
            }
        }
    }
}
