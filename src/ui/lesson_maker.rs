//! The lesson maker (LESSONS.md, "Trainers' lessons"): a lesson made from the sandbox as
//! it stands, with a title, an introduction, objectives of the engine's kinds (and the
//! scenario's expectations), hints, and a solution recorded by doing it; checked by the
//! engine, then exported as a file and a share link. The draft is kept in storage.
use super::model::{use_app, AppContext, DraftEdit, Msg};
use super::route::{self, Link, Route};
use super::widgets::{
    copy_to_clipboard, download, event_value, input_value, language_name, persona_name,
};
use crate::domain::projections::GridAction;
use crate::domain::{
    Actor, CustomerId, Operation, PermissionResource, RbacRole, State, SubscriptionId, UserId,
};
use crate::i18n::{t, t_args, Locale};
use crate::lessons::file::{
    Ask, EngineAnswer, Finding, Objective, QuestionCheck, QuestionOption, TrainerLesson,
    TrainerQuestion,
};
use crate::lessons::{By, Goal};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Changes the draft as it is when the change arrives (two quick edits never undo each
/// other), and keeps it.
fn update(app: &AppContext, change: impl FnOnce(&mut TrainerLesson) + 'static) {
    let change: DraftEdit = Box::new(change);
    app.dispatch(Msg::EditDraft(change));
}

fn textarea_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|a| a.value())
        .unwrap_or_default()
}

/// The page a trainer's lesson opens on, by default: where the trainer is now.
fn current_page() -> String {
    route::current_path()
        .filter(|p| !p.starts_with("/lessons") && !p.starts_with("/start"))
        .unwrap_or_else(|| "/customers".into())
}

/// A new draft from the sandbox as it stands.
fn new_draft(app: &AppContext) -> TrainerLesson {
    let state = app.state();
    TrainerLesson {
        language: app.locale.tag().into(),
        title: String::new(),
        introduction: String::new(),
        objectives: Vec::new(),
        hints: Vec::new(),
        questions: Vec::new(),
        start: state.log.clone(),
        persona: app.persona.clone(),
        route: current_page(),
        solution: Vec::new(),
    }
}

#[component]
pub fn LessonMaker() -> Html {
    let app = use_app();
    let locale = app.locale;
    // the stored draft is read once the page is open (an unreadable one: begin anew)
    let asked = use_state(|| false);
    {
        let (app, asked) = (app.clone(), asked.clone());
        use_effect_with((), move |_| {
            app.dispatch(Msg::LoadDraft);
            asked.set(true);
        });
    }
    if app.lesson.is_some() {
        let stop = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Msg::LeaveLesson))
        };
        return html! {
            <section class="page lesson-maker">
                <h1>{t(locale, "maker-title")}</h1>
                <p>{t(locale, "maker-lesson-open")}</p>
                <button onclick={stop}>{t(locale, "lesson-leave")}</button>
            </section>
        };
    }
    let Some(draft) = app.draft.clone() else {
        if !*asked && app.has_stored_draft() {
            return html! { <section class="page lesson-maker"><h1>{t(locale, "maker-title")}</h1></section> };
        }
        let begin = {
            let app = app.clone();
            Callback::from(move |_| {
                app.dispatch(Msg::SetDraft(Some(Rc::new(new_draft(&app)))));
            })
        };
        return html! {
            <section class="page lesson-maker">
                <h1>{t(locale, "maker-title")}</h1>
                <p class="lead">{t(locale, "maker-intro")}</p>
                <button class="primary" onclick={begin}>{t(locale, "maker-begin")}</button>
            </section>
        };
    };
    html! { <Editor {draft} /> }
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    draft: Rc<TrainerLesson>,
}

#[component]
fn Editor(props: &EditorProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let draft = props.draft.clone();
    let link = use_state(|| None::<String>);
    let confirm_discard = use_state(|| false);
    let hint_text = use_state(String::new);
    // the start changes only when retaken: its length and last event tell (two starts of
    // one length differ in their last event)
    let start_key = (
        draft.start.len(),
        draft.start.last().map(crate::store::persist::head_of),
    );
    let start = use_memo(start_key, {
        let draft = draft.clone();
        move |_| draft.start_state()
    });
    // `start` is this draft's (its memo ran first, in this render)
    let findings = use_memo(draft.clone(), {
        let start = start.clone();
        move |d| d.check_at(&start)
    });
    let on_title = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let title = event_value(&e);
            update(&app, move |d| d.title = title);
        })
    };
    let on_intro = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let text = textarea_value(&e);
            update(&app, move |d| d.introduction = text);
        })
    };
    let on_route = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let path = event_value(&e);
            update(&app, move |d| d.route = path);
        })
    };
    let on_persona = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            if let Ok(actor) = serde_json::from_str::<Actor>(&event_value(&e)) {
                update(&app, move |d| d.persona = actor);
            }
        })
    };
    let retake = {
        let app = app.clone();
        Callback::from(move |_| {
            let fresh = new_draft(&app);
            update(&app, move |d| {
                d.start = fresh.start;
                // a solution recorded on another start may no longer apply
                d.solution.clear();
            });
        })
    };
    let on_hint_input = super::widgets::on_input_set(&hint_text);
    let add_hint = {
        let (app, hint_text) = (app.clone(), hint_text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let hint = hint_text.trim().to_string();
            if !hint.is_empty() {
                update(&app, move |d| d.hints.push(hint));
                hint_text.set(String::new());
            }
        })
    };
    let remove = |which: &'static str, i: usize| {
        let app = app.clone();
        Callback::from(move |_| {
            // a second click on a list already shorter removes nothing
            update(&app, move |d| match which {
                "objective" if i < d.objectives.len() => {
                    d.objectives.remove(i);
                }
                "hint" if i < d.hints.len() => {
                    d.hints.remove(i);
                }
                "question" if i < d.questions.len() => {
                    d.questions.remove(i);
                }
                "step" => d.solution.truncate(i),
                _ => {}
            })
        })
    };
    let record = {
        let (app, draft) = (app.clone(), draft.clone());
        Callback::from(move |_| {
            app.dispatch(Msg::StartRecording);
            route::go_to_path(&draft.route);
        })
    };
    let export = {
        let draft = draft.clone();
        Callback::from(move |_| download("csp-lesson.json", &draft.export(), "application/json"))
    };
    let share = {
        let (draft, link) = (draft.clone(), link.clone());
        Callback::from(move |_| {
            let base = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .map(|h| h.split('#').next().unwrap_or_default().to_string())
                .unwrap_or_default();
            let url = format!("{base}#/lesson/{}", draft.link_payload());
            copy_to_clipboard(&url);
            link.set(Some(url));
        })
    };
    let try_it = {
        let (app, draft) = (app.clone(), draft.clone());
        Callback::from(move |_| {
            app.dispatch(Msg::OpenTrainerLesson(draft.clone()));
            route::go_to_path(&draft.route);
        })
    };
    let ask_discard = {
        let confirm_discard = confirm_discard.clone();
        Callback::from(move |_| confirm_discard.set(true))
    };
    let discard = {
        let (app, confirm_discard) = (app.clone(), confirm_discard.clone());
        Callback::from(move |_| {
            app.dispatch(Msg::SetDraft(None));
            confirm_discard.set(false);
        })
    };
    let cancel_discard = {
        let confirm_discard = confirm_discard.clone();
        Callback::from(move |_| confirm_discard.set(false))
    };
    let route_known = Route::recognize(&draft.route) != Route::NotFound;
    let ready = findings.is_empty() && route_known;
    let personas = personas(locale, &start);
    let persona_value = serde_json::to_string(&draft.persona).unwrap_or_default();
    html! {
        <section class="page lesson-maker">
            <h1>{t(locale, "maker-title")}</h1>
            <p class="trainer-mark">{t_args(locale, "maker-language", &[("language", language_name(locale, &draft.language).into())])}</p>
            <div class="field">
                <label for="maker-title">{t(locale, "maker-lesson-title")}</label>
                <input id="maker-title" type="text" maxlength="300" value={draft.title.clone()} onchange={on_title} />
            </div>
            <div class="field">
                <label for="maker-intro">{t(locale, "maker-introduction")}</label>
                <textarea id="maker-intro" rows="4" maxlength="4000" value={draft.introduction.clone()} onchange={on_intro} />
            </div>
            <h2>{t(locale, "maker-start")}</h2>
            <p data-testid="maker-start">{t_args(locale, "maker-start-text", &[("events", draft.start.len().into())])}</p>
            <button onclick={retake}>{t(locale, "maker-retake")}</button>
            <div class="field">
                <label for="maker-persona">{t(locale, "maker-persona")}</label>
                <select id="maker-persona" onchange={on_persona}>
                { for personas.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == persona_value}>{label.clone()}</option>
                }) }
                </select>
            </div>
            <div class="field">
                <label for="maker-route">{t(locale, "maker-route")}</label>
                <input id="maker-route" type="text" value={draft.route.clone()} onchange={on_route} aria-describedby="maker-route-hint" />
                <span id="maker-route-hint" class="hint">{t(locale, if route_known { "maker-route-hint" } else { "maker-route-unknown" })}</span>
            </div>

            <h2>{t(locale, "maker-objectives")}</h2>
            <ol class="maker-list" data-testid="maker-objectives">
            { for draft.objectives.iter().enumerate().map(|(i, o)| html! {
                <li>{o.text.clone()}{" "}<span class="hint">{goal_summary(locale, &o.goal)}</span>{" "}
                    <button class="link" onclick={remove("objective", i)} aria-label={t_args(locale, "maker-remove-objective", &[("n", (i + 1).into())])}>{t(locale, "maker-remove")}</button></li>
            }) }
            </ol>
            <ObjectiveForm draft={draft.clone()} start={start.clone()} />

            <h2>{t(locale, "maker-questions")}</h2>
            <p>{t(locale, "maker-questions-text")}</p>
            <ol class="maker-list" data-testid="maker-questions">
            { for draft.questions.iter().enumerate().map(|(i, q)| html! {
                <li>{q.text.clone()}{" "}<span class="hint">{format!("({})", q.options.get(q.answer).map(|o| o.text.clone()).unwrap_or_default())}</span>{" "}
                    <button class="link" onclick={remove("question", i)} aria-label={t_args(locale, "maker-remove-question", &[("n", (i + 1).into())])}>{t(locale, "maker-remove")}</button></li>
            }) }
            </ol>
            <QuestionForm start={start.clone()} />

            <h2>{t(locale, "maker-hints")}</h2>
            <ol class="maker-list">
            { for draft.hints.iter().enumerate().map(|(i, h)| html! {
                <li>{h.clone()}{" "}<button class="link" onclick={remove("hint", i)} aria-label={t_args(locale, "maker-remove-hint", &[("n", (i + 1).into())])}>{t(locale, "maker-remove")}</button></li>
            }) }
            </ol>
            <form class="inline-form" onsubmit={add_hint}>
                <label for="maker-hint">{t(locale, "maker-hint")}</label>
                <input id="maker-hint" type="text" maxlength="300" value={(*hint_text).clone()} oninput={on_hint_input} />
                <button type="submit">{t(locale, "maker-add-hint")}</button>
            </form>

            <h2>{t(locale, "maker-solution")}</h2>
            <p>{t(locale, "maker-solution-text")}</p>
            <ol class="maker-list" data-testid="maker-solution">
            { for draft.solution.iter().enumerate().map(|(i, s)| html! {
                <li>{s.name.clone()}{" "}<button class="link" onclick={remove("step", i)} aria-label={t_args(locale, "maker-remove-steps", &[("n", (i + 1).into())])}>{t(locale, "maker-remove-from-here")}</button></li>
            }) }
            </ol>
            <button onclick={record}>{t(locale, if draft.solution.is_empty() { "maker-record" } else { "maker-record-again" })}</button>

            <h2>{t(locale, "maker-check")}</h2>
            if ready {
                <p class="notice success" role="status" data-testid="maker-ready">{t(locale, "maker-ready")}</p>
            } else {
                <ul class="notice error" data-testid="maker-findings">
                    if !route_known { <li>{t(locale, "maker-route-unknown")}</li> }
                    { for findings.iter().map(|f| html! { <li>{finding_text(locale, &draft, f)}</li> }) }
                </ul>
            }
            <div class="actions">
                <button class="primary" onclick={export} disabled={!ready}>{t(locale, "maker-export")}</button>{" "}
                <button onclick={share} disabled={!ready}>{t(locale, "maker-share")}</button>{" "}
                <button onclick={try_it} disabled={!ready}>{t(locale, "maker-try")}</button>{" "}
                <button class="danger" onclick={ask_discard}>{t(locale, "maker-discard")}</button>
            </div>
            if let Some(url) = &*link {
                <div class="field">
                    <label for="maker-link">{t(locale, "maker-link")}</label>
                    <input id="maker-link" type="url" readonly=true value={url.clone()} data-testid="maker-link" />
                </div>
            }
            if *confirm_discard {
                <div class="confirm danger" role="alertdialog" aria-labelledby="discard-text">
                    <p id="discard-text">{t(locale, "maker-discard-confirm")}</p>
                    <button class="danger" onclick={discard}>{t(locale, "maker-discard-yes")}</button>{" "}
                    <button onclick={cancel_discard}>{t(locale, "confirm-no")}</button>
                </div>
            }
            <p><Link to={Route::Lessons}>{t(locale, "maker-back")}</Link></p>
        </section>
    }
}

/// A select with its label: the maker's forms pick every particular this way.
fn labelled_select(
    locale: Locale,
    id: &'static str,
    label: &'static str,
    value: &str,
    options: Vec<(String, String)>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{t(locale, label)}</label>
            <select {id} {onchange}>
            { for options.into_iter().map(|(v, l)| html! { <option value={v.clone()} selected={v == value}>{l}</option> }) }
            </select>
        </div>
    }
}

/// Every user of the start tenant, partner users first.
fn start_users(state: &State) -> impl Iterator<Item = Actor> + '_ {
    let partner = state
        .partner_users
        .keys()
        .map(|u| Actor::Partner(u.clone()));
    let customer = state
        .customer_users
        .keys()
        .map(|u| Actor::Customer(u.clone()));
    partner.chain(customer)
}

/// Every user of the start tenant as a persona choice: (JSON of the actor, label).
fn personas(locale: Locale, state: &State) -> Vec<(String, String)> {
    start_users(state)
        .filter_map(|a| {
            let value = serde_json::to_string(&a).ok()?;
            Some((value, persona_name(locale, state, &a)))
        })
        .collect()
}

fn finding_text(locale: Locale, draft: &TrainerLesson, finding: &Finding) -> String {
    let objective = |i: &usize| {
        draft
            .objectives
            .get(*i)
            .map(|o| o.text.clone())
            .unwrap_or_default()
    };
    match finding {
        Finding::NoTitle => t(locale, "maker-finding-no-title"),
        Finding::NoIntroduction => t(locale, "maker-finding-no-introduction"),
        Finding::NoObjectives => t(locale, "maker-finding-no-objectives"),
        Finding::Unreadable(errors) => format!(
            "{} {}",
            t(locale, "maker-finding-unreadable"),
            errors
                .iter()
                .map(|e| format!("{} — {}", e.path, t(locale, e.key)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        Finding::MetAtStart(i) => t_args(
            locale,
            "maker-finding-met-at-start",
            &[("objective", objective(i).into())],
        ),
        Finding::NotMetBySolution(i) => t_args(
            locale,
            "maker-finding-not-met",
            &[("objective", objective(i).into())],
        ),
        Finding::Question(i, check) => t_args(
            locale,
            "maker-finding-question",
            &[
                (
                    "question",
                    draft
                        .questions
                        .get(*i)
                        .map(|q| q.text.clone())
                        .unwrap_or_default()
                        .into(),
                ),
                ("problem", question_problem(locale, check).into()),
            ],
        ),
    }
}

/// What the engine's answer is, in the words of the question form's outcomes.
fn engine_outcome(locale: Locale, engine: &EngineAnswer) -> String {
    if engine.allowed {
        t(locale, "allowed")
    } else if engine.rules.is_empty() {
        t(locale, "denied")
    } else {
        let rules: Vec<&str> = engine.rules.iter().map(|r| r.code()).collect();
        format!("{} ({})", t(locale, "denied"), rules.join(", "))
    }
}

/// Why a question's marked answer is not the engine's.
fn question_problem(locale: Locale, check: &QuestionCheck) -> String {
    match check {
        QuestionCheck::Agrees => String::new(),
        QuestionCheck::Unknown => t(locale, "maker-question-unknown"),
        QuestionCheck::Disagrees(engine) => t_args(
            locale,
            "maker-question-disagrees",
            &[("outcome", engine_outcome(locale, engine).into())],
        ),
        QuestionCheck::Ambiguous(engine) => t_args(
            locale,
            "maker-question-ambiguous",
            &[("outcome", engine_outcome(locale, engine).into())],
        ),
    }
}

/// An outcome an answer may stand for, as the question form offers it.
fn outcome_label(locale: Locale, outcome: &str) -> String {
    match outcome {
        "allowed" => t(locale, "allowed"),
        "refused" => t(locale, "denied"),
        rule => format!("{} ({rule})", t(locale, "denied")),
    }
}

/// The answers a question form offers: three, of which at least two are written.
const ANSWERS: usize = 3;

#[derive(Properties, PartialEq)]
struct QuestionFormProps {
    start: Rc<State>,
}

/// Who a question may ask about: every user of the start tenant (user id, label).
fn question_personas(locale: Locale, start: &State) -> Vec<(String, String)> {
    start_users(start)
        .filter_map(|a| {
            let id = match &a {
                Actor::Partner(u) | Actor::Customer(u) => u.to_string(),
                Actor::Simulator => return None,
            };
            Some((id, persona_name(locale, start, &a)))
        })
        .collect()
}

/// What a question may ask about: customers, reservations and savings plans (id, label).
fn question_targets(start: &State) -> Vec<(String, String)> {
    let customers = start
        .customers
        .values()
        .map(|c| (c.id.to_string(), c.name.clone()));
    let reservations = start
        .reservations
        .keys()
        .map(|r| (r.to_string(), r.to_string()));
    let plans = start
        .savings_plans
        .keys()
        .map(|p| (p.to_string(), p.to_string()));
    customers.chain(reservations).chain(plans).collect()
}

/// The outcomes an answer may stand for: allowed, refused, refused by a rule.
fn outcome_codes() -> Vec<String> {
    let rules = crate::domain::RuleId::ALL
        .iter()
        .map(|r| r.code().to_string())
        .filter(|c| c.starts_with('R'));
    ["allowed", "refused"]
        .into_iter()
        .map(String::from)
        .chain(rules)
        .collect()
}

/// The question as written: its words, the answers filled in (in order) with their
/// outcomes, and the one marked right among them; None while that is not a question yet
/// (no words, fewer than two answers, the right one left empty).
fn written_question(
    text: &str,
    ask: Ask,
    answers: &[String],
    outcomes: &[String],
    right: usize,
) -> Option<TrainerQuestion> {
    let written: Vec<(usize, QuestionOption)> = answers
        .iter()
        .zip(outcomes)
        .enumerate()
        .filter(|(_, (a, _))| !a.trim().is_empty())
        .map(|(i, (a, o))| {
            let option = QuestionOption {
                text: a.trim().to_string(),
                outcome: o.clone(),
            };
            (i, option)
        })
        .collect();
    let answer = written.iter().position(|(i, _)| *i == right)?;
    if text.trim().is_empty() || written.len() < 2 {
        return None;
    }
    Some(TrainerQuestion {
        text: text.trim().to_string(),
        ask,
        options: written.into_iter().map(|(_, o)| o).collect(),
        answer,
    })
}

/// Adds a predict-then-see question: who may do what at the lesson's start, the answers,
/// and the one marked right; added only when the rules give that answer.
#[component]
fn QuestionForm(props: &QuestionFormProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let start = &props.start;
    let text = use_state(String::new);
    let persona = use_state(String::new);
    let action = use_state(|| GridAction::PermissionOn.code().to_string());
    let target = use_state(String::new);
    let answers = use_state(|| vec![String::new(); ANSWERS]);
    let outcomes = use_state(|| {
        let mut o = vec!["allowed".to_string(), "refused".to_string()];
        o.resize(ANSWERS, "refused".to_string());
        o
    });
    let right = use_state(|| 0usize);
    let problem = use_state(|| None::<String>);
    let users = question_personas(locale, start);
    let targets = question_targets(start);
    let chosen = |h: &UseStateHandle<String>, list: &[(String, String)]| {
        if h.is_empty() {
            list.first().map(|u| u.0.clone()).unwrap_or_default()
        } else {
            (**h).clone()
        }
    };
    let persona_id = chosen(&persona, &users);
    let target_id = chosen(&target, &targets);
    let add = {
        let (app, start, problem) = (app.clone(), start.clone(), problem.clone());
        let (text, answers, outcomes, right) = (
            text.clone(),
            answers.clone(),
            outcomes.clone(),
            right.clone(),
        );
        let ask = Ask {
            persona: persona_id.clone(),
            action: (*action).clone(),
            target: target_id.clone(),
        };
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(question) = written_question(&text, ask.clone(), &answers, &outcomes, *right)
            else {
                problem.set(Some(t(locale, "maker-question-needs-text")));
                return;
            };
            match question.check(&start) {
                QuestionCheck::Agrees => {
                    update(&app, move |d| d.questions.push(question));
                    text.set(String::new());
                    answers.set(vec![String::new(); ANSWERS]);
                    problem.set(None);
                }
                other => problem.set(Some(question_problem(locale, &other))),
            }
        })
    };
    let set = |h: &UseStateHandle<String>| super::widgets::on_change_set(h);
    let select = |id, label, value: &str, options, onchange| {
        labelled_select(locale, id, label, value, options, onchange)
    };
    // one row's change, into the list the row belongs to
    let change = |list: &UseStateHandle<Vec<String>>, i: usize| {
        let list = list.clone();
        Callback::from(move |value: String| {
            let mut all = (*list).clone();
            if let Some(slot) = all.get_mut(i) {
                *slot = value;
            }
            list.set(all);
        })
    };
    html! {
        <form class="objective-form" onsubmit={add} aria-labelledby="question-form-title">
            <h3 id="question-form-title">{t(locale, "maker-add-question")}</h3>
            <div class="field">
                <label for="question-text">{t(locale, "maker-question-text")}</label>
                <input id="question-text" type="text" maxlength="300" value={(*text).clone()} oninput={super::widgets::on_input_set(&text)} />
            </div>
            {select("question-persona", "maker-question-as", &persona_id, users, set(&persona))}
            {select("question-action", "maker-question-action", &action, GridAction::ALL.iter().map(|a| (a.code().to_string(), t(locale, a.key()))).collect(), set(&action))}
            {select("question-target", "maker-question-target", &target_id, targets, set(&target))}
            { for (0..ANSWERS).map(|i| {
                let on_right = {
                    let right = right.clone();
                    Callback::from(move |_| right.set(i))
                };
                html! {
                    <AnswerRow n={i + 1} text={answers.get(i).cloned().unwrap_or_default()}
                        outcome={outcomes.get(i).cloned().unwrap_or_default()} right={*right == i}
                        on_text={change(&answers, i)} on_outcome={change(&outcomes, i)} {on_right} />
                }
            }) }
            if let Some(message) = &*problem {
                <p class="notice error" role="alert" data-testid="question-problem">{message.clone()}</p>
            }
            <button type="submit">{t(locale, "maker-question-add")}</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct AnswerRowProps {
    /// The answer's number, from 1.
    n: usize,
    text: String,
    outcome: String,
    right: bool,
    on_text: Callback<String>,
    on_outcome: Callback<String>,
    on_right: Callback<()>,
}

/// One answer of a question: its words, the outcome it stands for, and whether it is the
/// right one; each control named by its answer's number.
#[component]
fn AnswerRow(props: &AnswerRowProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let n = props.n;
    let on_text = props.on_text.reform(|e: InputEvent| input_value(&e));
    let on_outcome = props.on_outcome.reform(|e: Event| event_value(&e));
    let on_right = props.on_right.reform(|_: Event| ());
    html! {
        <fieldset class="question-answer">
            <legend>{t_args(locale, "maker-question-option", &[("n", n.into())])}</legend>
            <input id={format!("question-option-{n}")} type="text" maxlength="300"
                aria-label={t_args(locale, "maker-question-option", &[("n", n.into())])}
                value={props.text.clone()} oninput={on_text} />
            <label for={format!("question-outcome-{n}")}>{t_args(locale, "maker-question-outcome", &[("n", n.into())])}</label>
            <select id={format!("question-outcome-{n}")} onchange={on_outcome}>
            { for outcome_codes().iter().map(|c| html! { <option value={c.clone()} selected={*c == props.outcome}>{outcome_label(locale, c)}</option> }) }
            </select>
            <input type="radio" id={format!("question-right-{n}")} name="question-right" checked={props.right} onchange={on_right} />
            <label for={format!("question-right-{n}")}>{t_args(locale, "maker-question-right", &[("n", n.into())])}</label>
        </fieldset>
    }
}

/// A goal's check in a few words, beside the trainer's own description.
fn goal_summary(locale: Locale, goal: &Goal) -> String {
    match goal {
        Goal::Visit { route } => format!("({} {route})", t(locale, "maker-kind-visit")),
        Goal::Permission { customer, on, .. } => format!(
            "({} {customer}: {})",
            t(locale, "maker-kind-permission"),
            t(locale, if *on { "on" } else { "off" })
        ),
        Goal::Did { operation, .. } => format!(
            "({} {})",
            t(locale, "maker-kind-did"),
            t(locale, &format!("op-{operation}"))
        ),
        Goal::Refused { rule, .. } => {
            format!("({} {})", t(locale, "maker-kind-refused"), rule.code())
        }
        Goal::Role { user, role, .. } => format!(
            "({} {user}: {})",
            t(locale, "maker-kind-role"),
            t(locale, role.key())
        ),
        Goal::Bought { customer, .. } => {
            format!("({} {customer})", t(locale, "maker-kind-bought"))
        }
        Goal::Api { method, status } => {
            format!("({} {method} {status})", t(locale, "maker-kind-api"))
        }
        Goal::Answered { question } => format!("({})", question + 1),
        Goal::Expect(x) => format!(
            "({} {} {} {})",
            t(locale, "maker-kind-expect"),
            x.persona,
            x.action,
            x.target
        ),
    }
}

#[derive(Properties, PartialEq)]
struct ObjectiveFormProps {
    draft: Rc<TrainerLesson>,
    start: Rc<State>,
}

const KINDS: [&str; 8] = [
    "permission",
    "did",
    "refused",
    "role",
    "bought",
    "api",
    "visit",
    "expect",
];

/// Adds an objective: its words, its kind, and the kind's particulars, picked from the
/// start tenant (or, for a refusal, from the recorded steps the rules refused).
#[component]
fn ObjectiveForm(props: &ObjectiveFormProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let text = use_state(String::new);
    let kind = use_state(|| "permission".to_string());
    let customer = use_state(String::new);
    let resource = use_state(|| "reservations".to_string());
    let on = use_state(|| "on".to_string());
    let operation = use_state(|| Operation::ALL[0].code().to_string());
    let refusal = use_state(String::new);
    let user = use_state(String::new);
    let subscription = use_state(String::new);
    let role = use_state(|| "rbac-owner".to_string());
    let method = use_state(|| "POST".to_string());
    let status = use_state(|| "201".to_string());
    let path = use_state(String::new);
    let expectation = use_state(String::new);
    let problem = use_state(|| None::<&'static str>);
    let start = &props.start;
    let set = |h: &UseStateHandle<String>| super::widgets::on_change_set(h);
    // replayed when the draft changes, not at every keystroke in this form
    let refusals = use_memo(props.draft.clone(), |d| refusals(d));
    let first = |h: &UseStateHandle<String>, fallback: Option<String>| {
        if h.is_empty() {
            fallback.unwrap_or_default()
        } else {
            (**h).clone()
        }
    };
    let customer_id = first(
        &customer,
        start.customers.keys().next().map(|c| c.to_string()),
    );
    let user_id = first(
        &user,
        start.customer_users.keys().next().map(|u| u.to_string()),
    );
    let subscription_id = first(
        &subscription,
        start.subscriptions.keys().next().map(|s| s.to_string()),
    );
    let refusal_index = first(&refusal, (!refusals.is_empty()).then(|| "0".to_string()));
    let expectation_index = first(
        &expectation,
        (!app.expectations.is_empty()).then(|| "0".to_string()),
    );
    let goal = match kind.as_str() {
        "permission" => Some(Goal::Permission {
            customer: CustomerId::new(&customer_id),
            resource: if *resource == "savings-plans" {
                PermissionResource::AzureSavingsPlan
            } else {
                PermissionResource::AzureReservedInstances
            },
            on: *on == "on",
        }),
        "did" => Some(Goal::Did {
            operation: (*operation).clone(),
            customer: (!customer_id.is_empty()).then(|| CustomerId::new(&customer_id)),
        }),
        "refused" => refusal_index
            .parse::<usize>()
            .ok()
            .and_then(|i| refusals.get(i))
            .map(|(goal, _)| goal.clone()),
        "role" => RbacRole::ALL
            .into_iter()
            .find(|r| r.key() == *role)
            .map(|role| Goal::Role {
                user: UserId::new(&user_id),
                subscription: SubscriptionId::new(&subscription_id),
                role,
            }),
        "bought" => Some(Goal::Bought {
            customer: CustomerId::new(&customer_id),
            auto_renew: *on == "on",
        }),
        "api" => status.parse().ok().map(|status| Goal::Api {
            method: (*method).clone(),
            status,
        }),
        "visit" => (Route::recognize(&path) != Route::NotFound).then(|| Goal::Visit {
            route: (*path).clone(),
        }),
        "expect" => expectation_index
            .parse::<usize>()
            .ok()
            .and_then(|i| app.expectations.get(i))
            .map(|x| Goal::Expect(x.clone())),
        _ => None,
    };
    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(input_value(&e)))
    };
    let add = {
        let (app, text, problem) = (app.clone(), text.clone(), problem.clone());
        let goal = goal.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let words = text.trim().to_string();
            match (&goal, words.is_empty()) {
                (_, true) => problem.set(Some("maker-objective-needs-text")),
                (None, _) => problem.set(Some("maker-objective-incomplete")),
                (Some(goal), false) => {
                    let goal = goal.clone();
                    update(&app, move |d| {
                        d.objectives.push(Objective { text: words, goal })
                    });
                    text.set(String::new());
                    problem.set(None);
                }
            }
        })
    };
    let customers: Vec<(String, String)> = start
        .customers
        .values()
        .map(|c| (c.id.to_string(), c.name.clone()))
        .collect();
    let select = |id, label, value: &str, options, onchange| {
        labelled_select(locale, id, label, value, options, onchange)
    };
    let on_off = vec![
        ("on".to_string(), t(locale, "on")),
        ("off".to_string(), t(locale, "off")),
    ];
    html! {
        <form class="objective-form" onsubmit={add} aria-labelledby="objective-form-title">
            <h3 id="objective-form-title">{t(locale, "maker-add-objective")}</h3>
            <div class="field">
                <label for="objective-text">{t(locale, "maker-objective-text")}</label>
                <input id="objective-text" type="text" maxlength="300" value={(*text).clone()} oninput={on_text} />
            </div>
            {select("objective-kind", "maker-objective-kind", &kind, KINDS.iter().map(|k| (k.to_string(), t(locale, &format!("maker-kind-{k}")))).collect(), set(&kind))}
            { match kind.as_str() {
                "permission" => html! { <>
                    {select("objective-customer", "maker-customer", &customer_id, customers.clone(), set(&customer))}
                    {select("objective-resource", "maker-resource", &resource, vec![
                        ("reservations".into(), t(locale, PermissionResource::AzureReservedInstances.key())),
                        ("savings-plans".into(), t(locale, PermissionResource::AzureSavingsPlan.key())),
                    ], set(&resource))}
                    {select("objective-on", "maker-position", &on, on_off.clone(), set(&on))}
                </> },
                "did" => html! { <>
                    {select("objective-operation", "maker-operation", &operation, Operation::ALL.iter().map(|o| (o.code().to_string(), t(locale, &format!("op-{}", o.code())))).collect(), set(&operation))}
                    {select("objective-customer", "maker-customer", &customer_id, customers.clone(), set(&customer))}
                </> },
                "refused" => if refusals.is_empty() {
                    html! { <p class="hint">{t(locale, "maker-no-refusals")}</p> }
                } else {
                    select("objective-refusal", "maker-refusal", &refusal_index, refusals.iter().enumerate().map(|(i, (_, label))| (i.to_string(), label.clone())).collect(), set(&refusal))
                },
                "role" => html! { <>
                    {select("objective-user", "maker-user", &user_id, start.customer_users.values().map(|u| (u.id.to_string(), u.name.clone())).collect(), set(&user))}
                    {select("objective-subscription", "maker-subscription", &subscription_id, start.subscriptions.values().map(|s| (s.id.to_string(), s.name.clone())).collect(), set(&subscription))}
                    {select("objective-role", "maker-role", &role, RbacRole::ALL.iter().map(|r| (r.key().to_string(), t(locale, r.key()))).collect(), set(&role))}
                </> },
                "bought" => html! { <>
                    {select("objective-customer", "maker-customer", &customer_id, customers.clone(), set(&customer))}
                    {select("objective-on", "maker-auto-renew", &on, on_off.clone(), set(&on))}
                </> },
                "api" => html! { <>
                    {select("objective-method", "maker-method", &method, ["POST", "GET", "PUT", "DELETE"].iter().map(|m| (m.to_string(), m.to_string())).collect(), set(&method))}
                    {select("objective-status", "maker-status", &status, ["200", "201", "204", "400", "403", "404", "409", "412"].iter().map(|s| (s.to_string(), s.to_string())).collect(), set(&status))}
                </> },
                "visit" => html! {
                    <div class="field">
                        <label for="objective-route">{t(locale, "maker-route")}</label>
                        <input id="objective-route" type="text" value={(*path).clone()} oninput={super::widgets::on_input_set(&path)} placeholder="/customers/cust-001/account" />
                    </div>
                },
                _ => if app.expectations.is_empty() {
                    html! { <p class="hint">{t(locale, "maker-no-expectations")}</p> }
                } else {
                    select("objective-expectation", "maker-expectation", &expectation_index, app.expectations.iter().enumerate().map(|(i, x)| {
                        let action = GridAction::from_code(&x.action).map(|a| t(locale, a.key())).unwrap_or_else(|| x.action.clone());
                        (i.to_string(), format!("{} — {action} — {} — {}", x.persona, x.target, x.expect))
                    }).collect(), set(&expectation))
                },
            } }
            if let Some(key) = *problem {
                <p class="notice error" role="alert">{t(locale, key)}</p>
            }
            <button type="submit">{t(locale, "maker-add")}</button>
        </form>
    }
}

/// The recorded steps the rules refuse when replayed from the start, as objectives of the
/// kind "refused" with a label: a refusal is picked from what the trainer did.
fn refusals(draft: &TrainerLesson) -> Vec<(Goal, String)> {
    let mut state = draft.start_state();
    let lesson = draft.lesson_at(&state);
    let mut run = crate::lessons::Run::new(&state);
    let mut out = Vec::new();
    // the lesson's solution reveals the questions first: the recorded steps follow
    let recorded_steps = lesson.solution.iter().skip(draft.questions.len());
    for (step, recorded) in recorded_steps.zip(&draft.solution) {
        let before = run.attempts.len();
        crate::lessons::play(step, &mut state, &mut run);
        // a step that sent no command (a page, an API request) attempted nothing
        let attempt = run.attempts.get(before);
        if let Some(attempt) = attempt.filter(|a| !a.refused.is_empty()) {
            for rule in &attempt.refused {
                out.push((
                    Goal::Refused {
                        command: attempt.command.clone(),
                        rule: *rule,
                        by: attempt.by.or(By::of(&state, &recorded.persona)),
                    },
                    format!("{} — {}", recorded.name, rule.code()),
                ));
            }
        }
    }
    out
}
