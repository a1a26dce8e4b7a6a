//! The Partner Center API for customer purchase permissions, SelfServePolicy (DOMAIN.md,
//! "Partner Center API"), answered as the API answers: pure, natively tested.
//!
//! One decision path: a request that changes a policy becomes the same domain commands as
//! the Account page's switches (`SetPurchasePermission`, `SetSavingsPlanPermission`), so
//! the same rules decide and the same events ("Create / Delete customer purchase
//! permissions") are recorded. This module only reads and checks requests and writes
//! responses: `route` says what to do (answer at once, or run commands), the caller runs
//! the commands through its session, then `respond` writes the answer from the new state.
//!
//! Documented answers: 201 with the created policy; 409 with error code 600041 when it
//! exists; 404 with 600039 when none does; 200 on GET and PUT; 204 on DELETE. Where
//! Microsoft documents no status code (a rule's refusal, a stale etag, bad input), the
//! answer says the code is the simulator's.
use crate::domain::{
    Actor, Command, Customer, CustomerId, Denied, PartnerRole, PermissionResource, Reason, State,
};
use crate::i18n::{I18n, Locale};
use serde_json::{json, Map, Value};

/// What a request may carry at most (the console refuses anything larger, as an API would).
pub const MAX_BODY_BYTES: usize = 16 * 1024;
/// The API's base, as the documentation writes it; requests may give it or start at `/v1`.
pub const BASE_URL: &str = "https://api.partnercenter.microsoft.com";
const COLLECTION: &str = "/v1/SelfServePolicy";
/// Documented: POST when the policy already exists.
pub const CODE_ALREADY_EXISTS: u32 = 600041;
/// Documented: GET by id when no policy exists.
pub const CODE_NOT_FOUND: u32 = 600039;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    /// `/v1/SelfServePolicy…`, with its query, or the whole URL.
    pub path: String,
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// Pretty-printed JSON, or empty (204).
    pub body: String,
}

impl Response {
    /// `HTTP/1.1 201 Created`.
    pub fn status_line(&self) -> String {
        format!("HTTP/1.1 {} {}", self.status, reason_phrase(self.status))
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    /// The whole response as text (the console's Copy).
    pub fn to_text(&self) -> String {
        let mut out = self.status_line();
        for (name, value) in &self.headers {
            out.push_str(&format!("\n{name}: {value}"));
        }
        if !self.body.is_empty() {
            out.push_str("\n\n");
            out.push_str(&self.body);
        }
        out
    }
}

impl Request {
    pub fn new(method: &str, path: &str, body: &str) -> Request {
        Request {
            method: method.to_string(),
            path: path.to_string(),
            body: body.to_string(),
        }
    }
    /// The whole request as text (the console's Copy).
    pub fn to_text(&self) -> String {
        let mut out = format!("{} {}{} HTTP/1.1", self.method, BASE_URL, self.path);
        if !self.body.is_empty() {
            out.push_str("\nContent-Type: application/json\n\n");
            out.push_str(&self.body);
        }
        out
    }
}

pub fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        _ => "",
    }
}

/// What the caller does with a request.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Answered without changing anything (reads, refusals, bad input).
    Answer(Response),
    /// Run these commands, in order, as the caller's actor; then answer with `respond`.
    /// Every one of them is allowed on the state `route` was given.
    Change { commands: Vec<Command>, then: Then },
}

/// How to answer after the commands ran.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Then {
    Created(CustomerId),
    Updated(CustomerId),
    Deleted,
}

/// The policy id of a customer: `{partner tenant id}_{customer tenant id}`.
pub fn policy_id(state: &State, customer: &Customer) -> String {
    state.policy_id(customer)
}

/// The etag of a customer's policy: the sequence number of its last change.
pub fn etag(customer: &Customer) -> String {
    format!("W/\"{}\"", customer.policy_version)
}

fn resources_on(customer: &Customer) -> Vec<PermissionResource> {
    PermissionResource::ALL
        .into_iter()
        .filter(|r| customer.permission_for(*r).is_some())
        .collect()
}

/// The policy as the API writes it, for a customer with at least one permission on.
pub fn policy_json(state: &State, customer: &Customer) -> Value {
    json!({
        "id": policy_id(state, customer),
        "selfServeEntity": {
            "selfServeEntityType": "customer",
            "tenantID": customer.tenant_id,
        },
        "grantor": {
            "grantorType": "billToPartner",
            "tenantID": state.partner.tenant_id,
        },
        "permissions": resources_on(customer)
            .into_iter()
            .map(|r| json!({ "resource": r.api_name(), "action": "Purchase" }))
            .collect::<Vec<_>>(),
        "attributes": {
            "etag": etag(customer),
            "objectType": "SelfServePolicy",
        },
    })
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

fn json_response(status: u16, body: &Value, etag: Option<String>) -> Response {
    let mut headers = vec![(
        "Content-Type".to_string(),
        "application/json; charset=utf-8".to_string(),
    )];
    if let Some(etag) = etag {
        headers.push(("ETag".to_string(), etag));
    }
    Response {
        status,
        headers,
        body: pretty(body),
    }
}

/// An error as Partner Center writes one. `documented` is false where Microsoft documents
/// no status code for the situation: the body says the code is the simulator's.
fn error(
    status: u16,
    code: u32,
    description: String,
    data: Vec<String>,
    documented: bool,
) -> Response {
    let mut body = Map::new();
    body.insert("code".into(), json!(code));
    body.insert("description".into(), json!(description));
    body.insert("data".into(), json!(data));
    body.insert("source".into(), json!("PartnerFD"));
    if !documented {
        body.insert(
            "simulatorNote".into(),
            json!(format!(
                "Microsoft documents no status code for this; {status} is the CSP Reservations Simulator's."
            )),
        );
    }
    json_response(status, &Value::Object(body), None)
}

fn bad_request(problems: Vec<String>) -> Response {
    let description = format!("The request is not valid: {}", problems.join("; "));
    error(400, 400, description, problems, false)
}

/// The rules' refusal: 403 naming every rule, in English (the API's language).
pub fn refusal(denied: &Denied) -> Response {
    let i18n = I18n::new();
    let text: Vec<String> = denied
        .reasons
        .iter()
        .map(|r| format!("{}: {}", r.rule.code(), i18n.reason(Locale::En, r)))
        .collect();
    let rules: Vec<String> = denied
        .reasons
        .iter()
        .map(|r| r.rule.code().to_string())
        .collect();
    error(403, 403, text.join(" "), rules, false)
}

fn not_found_policy(id: &str) -> Response {
    error(
        404,
        CODE_NOT_FOUND,
        format!("No SelfServePolicy exists with id {id}."),
        vec![id.to_string()],
        true,
    )
}

/// What the path names.
enum Target<'a> {
    Collection { entity_id: Option<String> },
    One(&'a str),
}

/// The path without the base URL and query, and its `entity_id`.
fn parse_path(path: &str) -> Result<Target<'_>, Response> {
    let path = path.trim();
    let path = path.strip_prefix(BASE_URL).unwrap_or(path);
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let unknown = || {
        error(
            404,
            404,
            format!("No resource at {path}: this console serves {COLLECTION}."),
            vec![path.to_string()],
            false,
        )
    };
    match segments.as_slice() {
        [v1, name] if *v1 == "v1" && name.eq_ignore_ascii_case("SelfServePolicy") => {
            let mut entity_id = None;
            for pair in query.split('&').filter(|p| !p.is_empty()) {
                match pair.split_once('=') {
                    Some(("entity_id", value)) if !value.is_empty() => {
                        entity_id = Some(value.to_string())
                    }
                    _ => {
                        return Err(bad_request(vec![format!(
                            "query {pair:?}: only entity_id={{customer tenant id}} is read"
                        )]))
                    }
                }
            }
            Ok(Target::Collection { entity_id })
        }
        [v1, name, id] if *v1 == "v1" && name.eq_ignore_ascii_case("SelfServePolicy") => {
            if query.is_empty() {
                Ok(Target::One(id))
            } else {
                Err(bad_request(vec![format!(
                    "query {query:?} on a policy's path"
                )]))
            }
        }
        _ => Err(unknown()),
    }
}

/// The customer a policy id names (`{partner}_{customer}`), or why it names none.
fn customer_by_policy_id<'a>(state: &'a State, id: &str) -> Result<&'a Customer, Response> {
    let Some(tenant) = id.strip_prefix(&format!("{}_", state.partner.tenant_id)) else {
        return Err(error(
            404,
            CODE_NOT_FOUND,
            format!("No SelfServePolicy exists with id {id}: a policy id is {{this partner's tenant id}}_{{customer tenant id}}."),
            vec![id.to_string()],
            true,
        ));
    };
    customer_by_tenant(state, tenant)
}

fn customer_by_tenant<'a>(state: &'a State, tenant: &str) -> Result<&'a Customer, Response> {
    state
        .customers
        .values()
        .find(|c| c.tenant_id.eq_ignore_ascii_case(tenant))
        .ok_or_else(|| {
            error(
                404,
                404,
                format!("No customer of this partner has the tenant id {tenant}."),
                vec![tenant.to_string()],
                false,
            )
        })
}

/// A request body's policy: who it is for, which resources, and the etag it was read with.
struct PolicyBody {
    id: Option<String>,
    tenant: String,
    resources: Vec<PermissionResource>,
    etag: Option<String>,
}

/// Every key of `obj` that is not one of `fields`, as a problem at its path.
fn known(problems: &mut Vec<String>, obj: &Map<String, Value>, path: &str, fields: &[&str]) {
    for key in obj.keys() {
        if !fields.contains(&key.as_str()) {
            problems.push(format!("{path}.{key}: not a SelfServePolicy field"));
        }
    }
}

fn object(problems: &mut Vec<String>, v: Option<&Value>, path: &str) -> Option<Map<String, Value>> {
    match v {
        Some(Value::Object(o)) => Some(o.clone()),
        Some(_) => {
            problems.push(format!("{path}: an object is expected"));
            None
        }
        None => {
            problems.push(format!("{path}: required"));
            None
        }
    }
}

fn text(problems: &mut Vec<String>, v: Option<&Value>, path: &str) -> Option<String> {
    match v {
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            problems.push(format!("{path}: a string is expected"));
            None
        }
        None => {
            problems.push(format!("{path}: required"));
            None
        }
    }
}

/// Reads a policy body strictly: every unknown field, wrong type or value is listed with
/// its JSON path.
fn parse_policy(state: &State, body: &str) -> Result<PolicyBody, Response> {
    let value: Value = serde_json::from_str(body)
        .map_err(|e| bad_request(vec![format!("the body is not JSON ({e})")]))?;
    let Value::Object(top) = value else {
        return Err(bad_request(vec![
            "$: a SelfServePolicy object is expected".into()
        ]));
    };
    let mut problems = Vec::new();
    known(
        &mut problems,
        &top,
        "$",
        &[
            "id",
            "selfServeEntity",
            "grantor",
            "permissions",
            "attributes",
        ],
    );
    let id = match top.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            problems.push("$.id: a string is expected".into());
            None
        }
    };
    let mut tenant = String::new();
    if let Some(entity) = object(
        &mut problems,
        top.get("selfServeEntity"),
        "$.selfServeEntity",
    ) {
        known(
            &mut problems,
            &entity,
            "$.selfServeEntity",
            &["selfServeEntityType", "tenantID"],
        );
        match text(
            &mut problems,
            entity.get("selfServeEntityType"),
            "$.selfServeEntity.selfServeEntityType",
        ) {
            Some(kind) if kind != "customer" => problems.push(format!(
                "$.selfServeEntity.selfServeEntityType: {kind:?}, expected \"customer\""
            )),
            _ => {}
        }
        if let Some(t) = text(
            &mut problems,
            entity.get("tenantID"),
            "$.selfServeEntity.tenantID",
        ) {
            tenant = t;
        }
    }
    if let Some(grantor) = object(&mut problems, top.get("grantor"), "$.grantor") {
        known(
            &mut problems,
            &grantor,
            "$.grantor",
            &["grantorType", "tenantID"],
        );
        match text(
            &mut problems,
            grantor.get("grantorType"),
            "$.grantor.grantorType",
        ) {
            Some(kind) if kind != "billToPartner" => problems.push(format!(
                "$.grantor.grantorType: {kind:?}, expected \"billToPartner\""
            )),
            _ => {}
        }
        match text(&mut problems, grantor.get("tenantID"), "$.grantor.tenantID") {
            Some(t) if !t.eq_ignore_ascii_case(&state.partner.tenant_id) => problems.push(format!(
                "$.grantor.tenantID: {t} is not this partner's tenant ({})",
                state.partner.tenant_id
            )),
            _ => {}
        }
    }
    let mut resources = Vec::new();
    match top.get("permissions") {
        Some(Value::Array(list)) => {
            for (i, p) in list.iter().enumerate() {
                let path = format!("$.permissions[{i}]");
                let Some(p) = object(&mut problems, Some(p), &path) else {
                    continue;
                };
                known(&mut problems, &p, &path, &["resource", "action"]);
                if let Some(action) =
                    text(&mut problems, p.get("action"), &format!("{path}.action"))
                {
                    if action != "Purchase" {
                        problems.push(format!("{path}.action: {action:?}, expected \"Purchase\""));
                    }
                }
                if let Some(name) = text(
                    &mut problems,
                    p.get("resource"),
                    &format!("{path}.resource"),
                ) {
                    match PermissionResource::from_api_name(&name) {
                        Some(r) if resources.contains(&r) => {
                            problems.push(format!("{path}.resource: {name} is listed twice"))
                        }
                        Some(r) => resources.push(r),
                        None => problems.push(format!(
                            "{path}.resource: {name:?}, expected \"AzureReservedInstances\" or \"AzureSavingsPlan\""
                        )),
                    }
                }
            }
        }
        Some(_) => problems.push("$.permissions: a list is expected".into()),
        None => problems.push("$.permissions: required".into()),
    }
    let mut etag = None;
    match top.get("attributes") {
        None => {}
        Some(Value::Object(attributes)) => {
            known(
                &mut problems,
                attributes,
                "$.attributes",
                &["etag", "objectType"],
            );
            match attributes.get("etag") {
                None => {}
                Some(Value::String(e)) => etag = Some(e.clone()),
                Some(_) => problems.push("$.attributes.etag: a string is expected".into()),
            }
            match attributes.get("objectType") {
                None => {}
                Some(Value::String(o)) if o == "SelfServePolicy" => {}
                Some(_) => {
                    problems.push("$.attributes.objectType: expected \"SelfServePolicy\"".into())
                }
            }
        }
        Some(_) => problems.push("$.attributes: an object is expected".into()),
    }
    if problems.is_empty() {
        Ok(PolicyBody {
            id,
            tenant,
            resources,
            etag,
        })
    } else {
        Err(bad_request(problems))
    }
}

/// The commands that bring `customer`'s permissions to exactly `wanted`.
fn commands_to(customer: &Customer, wanted: &[PermissionResource]) -> Vec<Command> {
    PermissionResource::ALL
        .into_iter()
        .filter(|r| customer.permission_for(*r).is_some() != wanted.contains(r))
        .map(|r| switch(&customer.id, r, wanted.contains(&r)))
        .collect()
}

/// The dashboard's switch for `resource`: the very command the Account page sends.
pub fn switch(customer: &CustomerId, resource: PermissionResource, on: bool) -> Command {
    match resource {
        PermissionResource::AzureReservedInstances => Command::SetPurchasePermission {
            customer: customer.clone(),
            on,
        },
        PermissionResource::AzureSavingsPlan => Command::SetSavingsPlanPermission {
            customer: customer.clone(),
            on,
        },
    }
}

/// Every reason the rules give against any of `commands`, decided on `state` (the two
/// switches are independent, so what each allows here stays allowed after the other).
fn decide_all(state: &State, actor: &Actor, commands: &[Command]) -> Result<(), Response> {
    // R2: a token that may not change policies is refused whatever the request asks for,
    // even a PUT that would change nothing
    if commands.is_empty() {
        return crate::domain::rules::r2_only_admin_agent_changes_permission(state, actor)
            .map(|_| ())
            .map_err(|reason| refusal(&Denied::one(reason)));
    }
    let mut reasons: Vec<Reason> = Vec::new();
    for command in commands {
        if let Err(denied) = crate::domain::decide(state, actor, command) {
            for r in denied.reasons {
                if !reasons.contains(&r) {
                    reasons.push(r);
                }
            }
        }
    }
    if reasons.is_empty() {
        Ok(())
    } else {
        Err(refusal(&Denied { reasons }))
    }
}

/// Reading needs a partner user's token: any partner role may view (R2: read-only).
fn partner_token(state: &State, actor: &Actor) -> Result<PartnerRole, Response> {
    match actor {
        Actor::Partner(u) => state.partner_users.get(u).map(|p| p.role).ok_or_else(|| {
            error(403, 403, "The token names no user of this partner.".into(), vec![], false)
        }),
        _ => Err(error(
            403,
            403,
            "The Partner Center API takes a partner user's token; customer users sign in to the Azure portal.".into(),
            vec!["R2".into()],
            false,
        )),
    }
}

/// Reads a request and says what to do with it. Never panics, never changes anything.
pub fn route(state: &State, actor: &Actor, request: &Request) -> Outcome {
    match plan(state, actor, request) {
        Ok(outcome) | Err(outcome) => outcome,
    }
}

fn plan(state: &State, actor: &Actor, request: &Request) -> Result<Outcome, Outcome> {
    let answer = Outcome::Answer;
    if request.body.len() > MAX_BODY_BYTES {
        return Err(answer(error(
            413,
            413,
            format!(
                "The body has {} bytes; at most {MAX_BODY_BYTES} are read.",
                request.body.len()
            ),
            vec![],
            false,
        )));
    }
    let target = parse_path(&request.path).map_err(answer)?;
    let method = request.method.trim().to_ascii_uppercase();
    partner_token(state, actor).map_err(answer)?;
    let body_not_read = |m: &str| answer(bad_request(vec![format!("a {m} request has no body")]));
    match (method.as_str(), target) {
        ("GET", Target::Collection { entity_id: Some(tenant) }) => {
            if !request.body.trim().is_empty() {
                return Err(body_not_read("GET"));
            }
            let customer = customer_by_tenant(state, &tenant).map_err(answer)?;
            let items: Vec<Value> = if resources_on(customer).is_empty() {
                Vec::new()
            } else {
                vec![policy_json(state, customer)]
            };
            Ok(answer(json_response(
                200,
                &json!({
                    "totalCount": items.len(),
                    "items": items,
                    "attributes": { "objectType": "Collection" },
                }),
                None,
            )))
        }
        ("GET", Target::Collection { entity_id: None }) => Err(answer(bad_request(vec![
            "GET /v1/SelfServePolicy needs ?entity_id={customer tenant id}".into(),
        ]))),
        ("GET", Target::One(id)) => {
            if !request.body.trim().is_empty() {
                return Err(body_not_read("GET"));
            }
            let customer = customer_by_policy_id(state, id).map_err(answer)?;
            if resources_on(customer).is_empty() {
                return Err(answer(not_found_policy(id)));
            }
            Ok(answer(json_response(
                200,
                &policy_json(state, customer),
                Some(etag(customer)),
            )))
        }
        ("POST", Target::Collection { entity_id: None }) => {
            let body = parse_policy(state, &request.body).map_err(answer)?;
            if body.resources.is_empty() {
                return Err(answer(bad_request(vec![
                    "$.permissions: name at least one resource".into(),
                ])));
            }
            let customer = customer_by_tenant(state, &body.tenant).map_err(answer)?;
            if let Some(id) = &body.id {
                if id != &policy_id(state, customer) {
                    return Err(answer(bad_request(vec![format!(
                        "$.id: {id} does not name this customer's policy ({})",
                        policy_id(state, customer)
                    )])));
                }
            }
            if !resources_on(customer).is_empty() {
                return Err(answer(error(
                    409,
                    CODE_ALREADY_EXISTS,
                    format!(
                        "A SelfServePolicy already exists for {} ({}): change it with PUT.",
                        customer.tenant_id,
                        policy_id(state, customer)
                    ),
                    vec![policy_id(state, customer)],
                    true,
                )));
            }
            let commands = commands_to(customer, &body.resources);
            decide_all(state, actor, &commands).map_err(answer)?;
            Ok(Outcome::Change {
                commands,
                then: Then::Created(customer.id.clone()),
            })
        }
        ("PUT", Target::Collection { entity_id: None }) => {
            let body = parse_policy(state, &request.body).map_err(answer)?;
            let customer = customer_by_tenant(state, &body.tenant).map_err(answer)?;
            let id = policy_id(state, customer);
            match &body.id {
                Some(given) if given != &id => {
                    return Err(answer(bad_request(vec![format!(
                        "$.id: {given} does not match the tenant in $.selfServeEntity.tenantID ({id})"
                    )])))
                }
                None => return Err(answer(bad_request(vec!["$.id: required on PUT".into()]))),
                _ => {}
            }
            if resources_on(customer).is_empty() {
                return Err(answer(not_found_policy(&id)));
            }
            match &body.etag {
                None => {
                    return Err(answer(bad_request(vec![
                        "$.attributes.etag: required on PUT (the etag the policy was read with)".into(),
                    ])))
                }
                Some(e) if e != &etag(customer) => {
                    return Err(answer(error(
                        412,
                        412,
                        format!(
                            "The policy changed since it was read: etag {e}, now {}. Read it again (GET) and retry.",
                            etag(customer)
                        ),
                        vec![etag(customer)],
                        false,
                    )))
                }
                Some(_) => {}
            }
            if body.resources.is_empty() {
                return Err(answer(bad_request(vec![
                    "$.permissions: to remove every permission, DELETE the policy".into(),
                ])));
            }
            let commands = commands_to(customer, &body.resources);
            decide_all(state, actor, &commands).map_err(answer)?;
            Ok(Outcome::Change {
                commands,
                then: Then::Updated(customer.id.clone()),
            })
        }
        ("DELETE", Target::One(id)) => {
            if !request.body.trim().is_empty() {
                return Err(body_not_read("DELETE"));
            }
            let customer = customer_by_policy_id(state, id).map_err(answer)?;
            if resources_on(customer).is_empty() {
                return Err(answer(not_found_policy(id)));
            }
            let commands = commands_to(customer, &[]);
            decide_all(state, actor, &commands).map_err(answer)?;
            Ok(Outcome::Change {
                commands,
                then: Then::Deleted,
            })
        }
        (m @ ("POST" | "PUT" | "DELETE"), _) => Err(answer(error(
            405,
            405,
            format!("{m} is not served at this path: POST and PUT {COLLECTION}, GET {COLLECTION}?entity_id=…, GET and DELETE {COLLECTION}/{{id}}."),
            vec![m.to_string()],
            false,
        ))),
        (m, _) => Err(answer(error(
            405,
            405,
            format!("{m:?} is not a method of this API."),
            vec![m.to_string()],
            false,
        ))),
    }
}

/// The answer after `route`'s commands ran (on the state they left).
pub fn respond(state: &State, then: &Then) -> Response {
    match then {
        Then::Created(customer) | Then::Updated(customer) => {
            let Some(c) = state.customers.get(customer) else {
                return not_found_policy(customer.as_str());
            };
            let status = if matches!(then, Then::Created(_)) {
                201
            } else {
                200
            };
            let mut response = json_response(status, &policy_json(state, c), Some(etag(c)));
            if status == 201 {
                response.headers.push((
                    "Location".into(),
                    format!("{COLLECTION}/{}", policy_id(state, c)),
                ));
            }
            response
        }
        Then::Deleted => Response {
            status: 204,
            headers: Vec::new(),
            body: String::new(),
        },
    }
}

/// The request that would make the same change as the Account page's switch: POST when
/// no policy exists, PUT with the other resource kept, DELETE when the last one goes.
pub fn equivalent_request(
    state: &State,
    customer: &Customer,
    resource: PermissionResource,
    on: bool,
) -> Request {
    let mut wanted = resources_on(customer);
    wanted.retain(|r| *r != resource);
    if on {
        wanted.push(resource);
        wanted.sort();
    }
    let body = |with_id: bool| {
        let mut policy = json!({
            "selfServeEntity": { "selfServeEntityType": "customer", "tenantID": customer.tenant_id },
            "grantor": { "grantorType": "billToPartner", "tenantID": state.partner.tenant_id },
            "permissions": wanted.iter().map(|r| json!({ "resource": r.api_name(), "action": "Purchase" })).collect::<Vec<_>>(),
        });
        if with_id {
            policy["id"] = json!(policy_id(state, customer));
            policy["attributes"] =
                json!({ "etag": etag(customer), "objectType": "SelfServePolicy" });
        }
        pretty(&policy)
    };
    if resources_on(customer).is_empty() {
        Request::new("POST", COLLECTION, &body(false))
    } else if wanted.is_empty() {
        Request::new(
            "DELETE",
            &format!("{COLLECTION}/{}", policy_id(state, customer)),
            "",
        )
    } else {
        Request::new("PUT", COLLECTION, &body(true))
    }
}

/// The five calls, filled in for a customer (the console's "pick a call").
pub fn examples(state: &State, customer: &Customer) -> Vec<(&'static str, Request)> {
    let id = policy_id(state, customer);
    let policy = |resources: &[PermissionResource], with_id: bool| {
        let mut p = json!({
            "selfServeEntity": { "selfServeEntityType": "customer", "tenantID": customer.tenant_id },
            "grantor": { "grantorType": "billToPartner", "tenantID": state.partner.tenant_id },
            "permissions": resources.iter().map(|r| json!({ "resource": r.api_name(), "action": "Purchase" })).collect::<Vec<_>>(),
        });
        if with_id {
            p["id"] = json!(id);
            p["attributes"] = json!({ "etag": etag(customer), "objectType": "SelfServePolicy" });
        }
        pretty(&p)
    };
    vec![
        (
            "post",
            Request::new(
                "POST",
                COLLECTION,
                &policy(&[PermissionResource::AzureReservedInstances], false),
            ),
        ),
        (
            "get-by-customer",
            Request::new(
                "GET",
                &format!("{COLLECTION}?entity_id={}", customer.tenant_id),
                "",
            ),
        ),
        (
            "get-by-id",
            Request::new("GET", &format!("{COLLECTION}/{id}"), ""),
        ),
        (
            "put",
            Request::new("PUT", COLLECTION, &policy(&PermissionResource::ALL, true)),
        ),
        (
            "delete",
            Request::new("DELETE", &format!("{COLLECTION}/{id}"), ""),
        ),
    ]
}

/// A request answered on a state held in memory: `route`, the commands, `respond`. The app
/// runs the commands through its session instead (saved, or kept while storage refuses).
pub fn apply(state: &mut State, actor: &Actor, request: &Request) -> Response {
    match route(state, actor, request) {
        Outcome::Answer(response) => response,
        Outcome::Change { commands, then } => {
            for command in &commands {
                // allowed on this state by `route`; should the rules disagree, say so
                if let Err(denied) = state.execute(actor, command) {
                    return refusal(&denied);
                }
            }
            respond(state, &then)
        }
    }
}
