//! The lessons (LESSONS.md, "Checked by tests"): no objective met at the start; replaying
//! the solution meets all; every question's answer is the domain's; every text exists in
//! all three languages; the lessons cover R1–R21. And trainers' lesson files.
#![cfg(not(target_arch = "wasm32"))]

use csp_reservations_sim::domain::demo::{self, ids};
use csp_reservations_sim::domain::*;
use csp_reservations_sim::i18n::{lessons_source, I18n, Locale};
use csp_reservations_sim::lessons::builtin::{lesson_by_id, lessons};
use csp_reservations_sim::lessons::file::{self, Finding, Objective, RecordedStep, TrainerLesson};
use csp_reservations_sim::lessons::{
    self, play, Action, Goal, Lesson, Progress, Run, Score, Status, Text,
};
use std::collections::BTreeSet;

fn texts(lesson: &Lesson) -> Vec<Text> {
    let mut all = vec![
        lesson.title.clone(),
        lesson.intro.clone(),
        lesson.summary.clone(),
    ];
    all.extend(lesson.goals.iter().map(|(t, _)| t.clone()));
    for q in &lesson.questions {
        all.push(q.text.clone());
        all.extend(q.options.iter().cloned());
    }
    all.extend(lesson.hints.iter().cloned());
    all.extend(lesson.solution.iter().map(|s| s.name.clone()));
    all
}

#[test]
fn there_are_thirteen_lessons_in_order() {
    let ids: Vec<String> = lessons().iter().map(|l| l.id.clone()).collect();
    let expected: Vec<String> = (1..=13).map(|n| n.to_string()).collect();
    assert_eq!(ids, expected);
}

#[test]
fn no_objective_is_met_at_the_start_of_any_lesson() {
    for lesson in lessons() {
        let start = lesson.start_state();
        let run = Run::new(&start);
        let met: Vec<bool> = lesson.progress(&start, &run);
        assert!(met.iter().all(|m| !m), "lesson {}: {met:?}", lesson.id);
        assert!(
            !lesson.goals.is_empty() && lesson.goals.len() <= 4,
            "lesson {}",
            lesson.id
        );
    }
}

#[test]
fn replaying_each_solution_meets_every_objective_step_by_step() {
    for lesson in lessons() {
        let mut state = lesson.start_state();
        let mut run = Run::new(&state);
        for step in &lesson.solution {
            play(step, &mut state, &mut run);
        }
        let met = lesson.progress(&state, &run);
        assert!(met.iter().all(|m| *m), "lesson {}: {met:?}", lesson.id);
        // Show me answers nothing for the learner: its questions count as not answered
        let score = lesson.score(&run);
        assert_eq!(score.right, 0, "lesson {}", lesson.id);
        assert!(score.asked >= 1, "lesson {}", lesson.id);
        assert_eq!(
            score.actions, score.solution_actions,
            "lesson {}",
            lesson.id
        );
    }
}

/// The learner who predicts each answer right, then follows the solution: every
/// prediction right, the solution's own actions; Show me's answer step changes nothing of
/// an answer already given.
#[test]
fn a_learner_who_predicts_right_and_follows_the_solution_scores_every_prediction() {
    for lesson in lessons() {
        let mut state = lesson.start_state();
        let mut run = Run::new(&state);
        assert_eq!(
            run.pending_question(&lesson),
            Some(0),
            "lesson {}",
            lesson.id
        );
        for (i, q) in lesson.questions.iter().enumerate() {
            run.answer(i, q.answer);
        }
        assert_eq!(run.pending_question(&lesson), None);
        for step in &lesson.solution {
            play(step, &mut state, &mut run);
        }
        let score = lesson.score(&run);
        assert_eq!(score.right, score.asked, "lesson {}", lesson.id);
        assert!(lesson.complete(&state, &run));
    }
}

/// Skipping a question counts as not answered, and an answer after it (the answer was on
/// screen by then) does not count either.
#[test]
fn a_skipped_question_counts_as_not_answered() {
    let lesson = lesson_by_id("3").expect("lesson 3");
    let start = lesson.start_state();
    let mut run = Run::new(&start);
    run.pass(0);
    assert_eq!(
        run.pending_question(&lesson),
        None,
        "the console is uncovered"
    );
    run.answer(0, lesson.questions[0].answer);
    let score = lesson.score(&run);
    assert_eq!((score.right, score.asked), (0, 1));
    // an answer given first stands; passing over it afterwards changes nothing
    let mut run = Run::new(&start);
    run.answer(0, lesson.questions[0].answer);
    run.pass(0);
    assert_eq!(lesson.score(&run).right, 1);
}

#[test]
fn every_question_is_answered_by_the_domain_as_the_lesson_says() {
    for lesson in lessons() {
        let start = lesson.start_state();
        assert!(
            !lesson.questions.is_empty(),
            "lesson {} predicts first",
            lesson.id
        );
        for (i, q) in lesson.questions.iter().enumerate() {
            assert!(
                q.answer < q.options.len(),
                "lesson {} question {i}",
                lesson.id
            );
            let rule = q.rule.expect("a built-in question reveals its rule");
            assert!(
                lesson.rules.contains(&rule),
                "lesson {} teaches {:?}",
                lesson.id,
                q.rule
            );
            let check = q
                .check
                .expect("a built-in question has the domain's answer");
            assert_eq!(check(&start), q.answer, "lesson {} question {i}", lesson.id);
        }
        // the solution answers first, before any action
        assert!(matches!(lesson.solution[0].action, Action::Answer { .. }) || lesson.id == "1");
    }
}

#[test]
fn every_lesson_text_exists_in_all_three_languages() {
    let i18n = I18n::new();
    for locale in Locale::ALL {
        i18n.add_lessons(locale, lessons_source(locale));
    }
    let mut missing = Vec::new();
    for lesson in lessons() {
        for t in texts(&lesson) {
            let Text::Key(key) = t else {
                panic!("built-in lesson {} has plain text", lesson.id);
            };
            for locale in Locale::ALL {
                if !i18n.has(locale, &key) {
                    missing.push(format!("{}: {key}", locale.tag()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "missing lesson texts: {missing:?}");
    // and no lesson text the lessons do not use
    let used: BTreeSet<String> = lessons()
        .iter()
        .flat_map(texts)
        .filter_map(|t| match t {
            Text::Key(k) => Some(k),
            Text::Plain { .. } => None,
        })
        .collect();
    for locale in Locale::ALL {
        for line in lessons_source(locale).lines() {
            if let Some((id, _)) = line.split_once(" = ") {
                if id.starts_with("lesson-") && !id.starts_with("lesson-ui-") {
                    assert!(used.contains(id.trim()), "{} has unused {id}", locale.tag());
                }
            }
        }
    }
}

#[test]
fn the_lessons_together_teach_every_rule_r1_to_r21() {
    let taught: BTreeSet<RuleId> = lessons().iter().flat_map(|l| l.rules.clone()).collect();
    let missing: Vec<RuleId> = RuleId::ALL
        .into_iter()
        .filter(|r| r.code().starts_with('R') && !taught.contains(r))
        .collect();
    assert!(missing.is_empty(), "not taught: {missing:?}");
}

fn a_trainers_lesson() -> TrainerLesson {
    let start = demo::demo();
    TrainerLesson {
        language: "en".into(),
        title: "Helpdesk agents manage but do not buy".into(),
        introduction: "Hugo Helpdesk tries to buy for Northwind, then changes a scope.".into(),
        objectives: vec![
            Objective {
                text: "Hugo's purchase is refused".into(),
                goal: Goal::Refused {
                    command: "buy-reservation".into(),
                    rule: RuleId::R7,
                    by: None,
                },
            },
            Objective {
                text: "Hugo may change Woodgrove's scope".into(),
                goal: Goal::Expect(csp_reservations_sim::store::scenario::Expectation {
                    persona: "p3".into(),
                    action: "change-scope".into(),
                    target: "res-00001".into(),
                    expect: "allowed".into(),
                    rule: Some("R10".into()),
                }),
            },
            Objective {
                text: "The scope changed".into(),
                goal: Goal::Did {
                    operation: "change-scope".into(),
                    customer: Some(CustomerId::new(ids::WOODGROVE)),
                },
            },
        ],
        hints: vec!["Helpdesk agents cannot buy (R7).".into()],
        questions: Vec::new(),
        start: start.log.clone(),
        persona: demo::helpdesk(),
        route: "/customers/cust-002/reservations".into(),
        solution: vec![
            RecordedStep {
                name: "Try to buy for Northwind".into(),
                persona: demo::helpdesk(),
                route: Some("/customers/cust-002/reservations".into()),
                request: None,
                command: Some(Command::BuyReservation(PurchaseOrder {
                    customer: CustomerId::new(ids::NORTHWIND),
                    billing_subscription: SubscriptionId::new(ids::NORTHWIND_SUB),
                    product: ProductId::new("vm-d2s-v5"),
                    region: Region::new("westeurope"),
                    term: Term::OneYear,
                    billing_plan: BillingPlan::Upfront,
                    quantity: 1,
                    scope: Scope::Shared,
                    auto_renew: true,
                })),
            },
            RecordedStep {
                name: "Change the scope".into(),
                persona: demo::helpdesk(),
                route: None,
                request: None,
                command: Some(Command::ChangeScope {
                    reservation: ReservationId::new("res-00001"),
                    scope: Scope::Single(SubscriptionId::new(ids::WOODGROVE_PROD)),
                }),
            },
        ],
    }
}

#[test]
fn a_trainers_lesson_file_round_trips_and_plays() {
    let made = a_trainers_lesson();
    let imported = file::import(&made.export()).expect("its own file imports");
    assert_eq!(imported, made);
    let by_link = file::open_link(&made.link_payload()).expect("its link opens");
    assert_eq!(by_link, made);
    let lesson = imported.lesson();
    assert_eq!(lesson.language.as_deref(), Some("en"));
    let mut state = lesson.start_state();
    let mut run = Run::new(&state);
    // the expectation already holds at the start; the others do not
    assert_eq!(lesson.progress(&state, &run), vec![false, true, false]);
    for step in &lesson.solution {
        play(step, &mut state, &mut run);
    }
    assert!(lesson.complete(&state, &run));
}

#[test]
fn a_bad_lesson_file_lists_every_problem_with_its_path_and_nothing_is_accepted() {
    let good = a_trainers_lesson().export();
    let mut doc: serde_json::Value = serde_json::from_str(&good).expect("JSON");
    doc["format"] = "something else".into();
    doc["title"] = "".into();
    doc["objectives"][1]["goal"] = serde_json::json!({ "nonsense": {} });
    doc["extra"] = 1.into();
    doc["hints"] = serde_json::json!([""]);
    let errors = file::import(&doc.to_string()).unwrap_err();
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "$.format",
            "$.extra",
            "$.title",
            "$.objectives[1]",
            "$.hints[0]"
        ],
        "{errors:?}"
    );
    // a start the rules refuse names its first bad event
    let mut doc: serde_json::Value = serde_json::from_str(&good).expect("JSON");
    doc["start"][5]["actor"] = serde_json::json!({ "Partner": "p3" });
    let errors = file::import(&doc.to_string()).unwrap_err();
    assert_eq!(errors[0].path, "$.start[5]");
    // a persona who does not exist
    let mut doc: serde_json::Value = serde_json::from_str(&good).expect("JSON");
    doc["solution"][0]["persona"] = serde_json::json!({ "Customer": "u99" });
    let errors = file::import(&doc.to_string()).unwrap_err();
    assert_eq!(errors[0].path, "$.solution[0].persona");
    assert_eq!(
        file::import(&" ".repeat(file::MAX_BYTES + 1)).unwrap_err()[0].key,
        "import-error-too-large"
    );
    assert_eq!(file::import("[]").unwrap_err()[0].key, "import-error-shape");
    assert!(file::open_link("###").is_err());
}

#[test]
fn the_lesson_maker_finds_objectives_met_at_the_start_or_never_met() {
    let mut made = a_trainers_lesson();
    // the expectation holds at the start already; every other objective is met by the solution
    assert_eq!(made.check(), vec![Finding::MetAtStart(1)]);
    made.objectives.remove(1);
    assert_eq!(made.check(), vec![]);
    // without the recorded scope change the third objective is never met
    made.solution.pop();
    assert_eq!(made.check(), vec![Finding::NotMetBySolution(1)]);
    made.objectives.clear();
    made.title = " ".into();
    made.introduction = String::new();
    assert_eq!(
        made.check(),
        vec![
            Finding::NoTitle,
            Finding::NoIntroduction,
            Finding::NoObjectives
        ]
    );
    // what the file's reader refuses is a finding too: a hint too long to import
    let mut made = a_trainers_lesson();
    made.objectives.remove(1);
    made.hints.push("x".repeat(301));
    assert!(
        matches!(&made.check()[..], [Finding::Unreadable(errors)] if errors[0].path == "$.hints[1]")
    );
}

/// Lesson files made by the build of 2026-12-07 (version 1: commands only, no questions)
/// still open, as the lesson they were.
#[test]
fn a_version_1_lesson_file_still_opens_and_plays() {
    let text = include_str!("fixtures/lesson-v1.json");
    assert!(text.contains("\"version\": 1"));
    let opened = file::import(text).expect("a version 1 file opens");
    assert_eq!(opened, a_trainers_lesson());
    assert!(opened.questions.is_empty());
    assert!(opened
        .solution
        .iter()
        .all(|s| s.command.is_some() && s.request.is_none()));
    let lesson = opened.lesson();
    let mut state = lesson.start_state();
    let mut run = Run::new(&state);
    for step in &lesson.solution {
        play(step, &mut state, &mut run);
    }
    assert!(lesson.complete(&state, &run));
    // written today, it is the same file but for its version (laid out as serde_json's
    // pretty printer laid out the fixture)
    assert_eq!(
        opened
            .export()
            .replacen("\"version\": 2", "\"version\": 1", 1),
        text
    );
}

/// "Can Hugo Helpdesk buy a reservation for Northwind?", with the answers a trainer gives.
fn hugo_buys_question(answer: usize, outcomes: [&str; 2]) -> file::TrainerQuestion {
    file::TrainerQuestion {
        text: "Can Hugo Helpdesk buy a reservation for Northwind?".into(),
        ask: file::Ask {
            persona: "p3".into(),
            action: "buy".into(),
            target: ids::NORTHWIND.into(),
        },
        options: vec![
            file::QuestionOption {
                text: "Yes: he manages Northwind".into(),
                outcome: outcomes[0].into(),
            },
            file::QuestionOption {
                text: "No: only Admin agents buy for a customer".into(),
                outcome: outcomes[1].into(),
            },
        ],
        answer,
    }
}

/// Issue #26: a trainer's prediction is held to the rules at the lesson's start. R7: a
/// Helpdesk agent may not buy for a customer, so "No (R7)" is the answer; marking "Yes"
/// is refused on the maker's page and in a file, with the question's path.
#[test]
fn r7_a_trainers_question_whose_answer_disagrees_with_the_rules_is_refused() {
    let start = demo::demo();
    let right = hugo_buys_question(1, ["allowed", "R7"]);
    assert_eq!(right.check(&start), file::QuestionCheck::Agrees);
    let engine = right
        .engine_answer(&start)
        .expect("the demo has p3 and Northwind");
    assert!(!engine.allowed && engine.rules.contains(&RuleId::R7));

    let mut lesson = a_trainers_lesson();
    lesson.questions = vec![hugo_buys_question(0, ["allowed", "R7"])];
    // (the lesson's second objective holds at its start by design: a finding of its own)
    let question_findings = |l: &TrainerLesson| -> Vec<Finding> {
        l.check()
            .into_iter()
            .filter(|f| matches!(f, Finding::Question(..)))
            .collect()
    };
    assert!(matches!(
        question_findings(&lesson).as_slice(),
        [Finding::Question(0, file::QuestionCheck::Disagrees(_))]
    ));
    let errors = file::import(&lesson.export()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "$.questions[0].answer");
    assert_eq!(errors[0].key, "import-error-question-disagrees");

    // two answers that both say "refused" leave the learner no single right one
    lesson.questions = vec![hugo_buys_question(1, ["refused", "R7"])];
    assert!(matches!(
        question_findings(&lesson).as_slice(),
        [Finding::Question(0, file::QuestionCheck::Ambiguous(_))]
    ));
    // a question about what the start does not hold
    let mut unknown = hugo_buys_question(1, ["allowed", "R7"]);
    unknown.ask.target = "res-99999".into();
    lesson.questions = vec![unknown];
    let errors = file::import(&lesson.export()).unwrap_err();
    assert_eq!(errors[0].key, "import-error-question-unknown");

    // the agreeing question is exported (version 2), imported, and asked first
    lesson.questions = vec![right];
    assert!(question_findings(&lesson).is_empty());
    let imported = file::import(&lesson.export()).expect("imports");
    assert_eq!(imported, lesson);
    let played = imported.lesson();
    assert_eq!(played.questions.len(), 1);
    assert_eq!(played.questions[0].answer, 1);
    assert_eq!(played.questions[0].rule, Some(RuleId::R7));
    let run = Run::new(&played.start_state());
    assert_eq!(run.pending_question(&played), Some(0));
}

/// Show me in a trainer's lesson reveals the question's answer and answers nothing: the
/// score says 0 of 1, and the recorded steps still meet the objectives.
#[test]
fn show_me_in_a_trainers_lesson_answers_no_question() {
    let mut made = a_trainers_lesson();
    made.questions = vec![hugo_buys_question(1, ["allowed", "R7"])];
    let lesson = made.lesson();
    let mut state = lesson.start_state();
    let mut run = Run::new(&state);
    for step in &lesson.solution {
        play(step, &mut state, &mut run);
    }
    assert!(lesson.complete(&state, &run));
    assert_eq!(run.pending_question(&lesson), None);
    let score = lesson.score(&run);
    assert_eq!((score.right, score.asked), (0, 1));
    // the recorded commands are the solution's actions; the reveal is none
    assert_eq!(score.solution_actions, 2);
}

/// Issue #26: API requests and page visits are steps of a trainer's solution. Ada Admin
/// opens Northwind's account page and turns the permission on with a POST of
/// SelfServePolicy (201 Created, DOMAIN.md "Partner Center API"); the objectives are the
/// page, the status and the permission.
#[test]
fn a_trainers_solution_replays_api_requests_and_page_visits() {
    let start = demo::demo();
    let northwind = start.customers[&CustomerId::new(ids::NORTHWIND)].clone();
    let account = "/customers/cust-002/account".to_string();
    let body = serde_json::json!({
        "selfServeEntity": { "selfServeEntityType": "customer", "tenantID": northwind.tenant_id },
        "grantor": { "grantorType": "billToPartner", "tenantID": demo::PARTNER_TENANT_ID },
        "permissions": [{ "resource": "AzureReservedInstances", "action": "Purchase" }],
    });
    let made = TrainerLesson {
        language: "en".into(),
        title: "The API does what the switch does".into(),
        introduction: "Turn Northwind's permission on through the API.".into(),
        objectives: vec![
            Objective {
                text: "Open Northwind's account".into(),
                goal: Goal::Visit {
                    route: account.clone(),
                },
            },
            Objective {
                text: "Create the policy".into(),
                goal: Goal::Api {
                    method: "POST".into(),
                    status: 201,
                },
            },
            Objective {
                text: "Northwind may buy".into(),
                goal: Goal::Permission {
                    customer: northwind.id.clone(),
                    resource: PermissionResource::AzureReservedInstances,
                    on: true,
                },
            },
        ],
        hints: Vec::new(),
        questions: Vec::new(),
        start: start.log.clone(),
        persona: demo::admin(),
        route: "/customers".into(),
        solution: vec![
            RecordedStep {
                name: "Open Northwind's account".into(),
                persona: demo::admin(),
                route: Some(account.clone()),
                command: None,
                request: None,
            },
            RecordedStep {
                name: "POST /v1/SelfServePolicy".into(),
                persona: demo::admin(),
                route: Some("/api".into()),
                command: None,
                request: Some(file::ApiRequest {
                    method: "POST".into(),
                    path: "/v1/SelfServePolicy".into(),
                    body: body.to_string(),
                }),
            },
        ],
    };
    assert!(made.check().is_empty(), "{:?}", made.check());
    let imported = file::import(&made.export()).expect("imports");
    assert_eq!(imported, made);
    let lesson = imported.lesson();
    assert!(matches!(lesson.solution[0].action, Action::Visit));
    assert!(matches!(lesson.solution[1].action, Action::Api(_)));
    assert_eq!(lesson.solution_actions(), 1);
    let mut state = lesson.start_state();
    let mut run = Run::new(&state);
    assert_eq!(lesson.progress(&state, &run), vec![false, false, false]);
    for step in &lesson.solution {
        play(step, &mut state, &mut run);
    }
    assert_eq!(lesson.progress(&state, &run), vec![true, true, true]);

    // a step that both sends a command and a request, or does nothing anywhere, is refused
    let mut doc: serde_json::Value = serde_json::from_str(&made.export()).expect("JSON");
    doc["solution"][0]["route"] = serde_json::Value::Null;
    doc["solution"][0]
        .as_object_mut()
        .map(|o| o.remove("route"));
    let errors = file::import(&doc.to_string()).unwrap_err();
    assert_eq!(errors[0].path, "$.solution[0]");
    assert_eq!(errors[0].key, "import-error-step-shape");
}

/// A trainer's lesson keeps progress under its file's hash: the same lesson opened again
/// is the same lesson; an edited one starts afresh.
#[test]
fn a_trainers_lesson_is_keyed_by_its_file_so_an_edit_starts_afresh() {
    let made = a_trainers_lesson();
    let again = file::import(&made.export()).expect("imports");
    assert_eq!(made.id(), again.id());
    assert!(made.id().starts_with("trainer-"));
    assert_eq!(made.lesson().id, made.id());
    let mut edited = made.clone();
    edited.hints.push("Look at the role first.".into());
    assert_ne!(edited.id(), made.id());

    let mut progress = Progress::default();
    progress.started(&made.id());
    progress.name(&made.id(), &made.title);
    let score = Score {
        right: 0,
        asked: 0,
        hints: 1,
        actions: 2,
        solution_actions: 2,
        showed_me: false,
    };
    progress.done(&made.id(), score, Vec::new());
    let listed: Vec<_> = progress.trainers().collect();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].2, made.title);
    assert_eq!(listed[0].1.status, Status::Done);
    assert_eq!(progress.status(&edited.id()), Status::NotStarted);
}

#[test]
fn progress_keeps_a_done_lessons_best_score_and_exports_it() {
    let mut progress = Progress::default();
    assert_eq!(progress.status("2"), Status::NotStarted);
    progress.started("2");
    assert_eq!(progress.status("2"), Status::InProgress);
    let good = Score {
        right: 1,
        asked: 1,
        hints: 0,
        actions: 2,
        solution_actions: 2,
        showed_me: false,
    };
    let worse = Score {
        right: 0,
        hints: 2,
        ..good
    };
    progress.done("2", good, Vec::new());
    progress.done("2", worse, vec![0]);
    progress.started("2");
    assert_eq!(progress.status("2"), Status::Done);
    assert_eq!(progress.lessons["2"].score, Some(good));
    let exported: serde_json::Value =
        serde_json::from_str(&progress.export("Kim", "2026-12-07T10:00:00Z")).expect("JSON");
    assert_eq!(exported["format"], lessons::PROGRESS_FORMAT);
    assert_eq!(exported["learner"], "Kim");
    assert_eq!(exported["lessons"]["2"]["status"], "done");
    assert_eq!(exported["lessons"]["2"]["score"]["right"], 1);
}

mod class_report {
    use super::*;
    use csp_reservations_sim::lessons::class::{ClassReport, SortBy, Unread};

    fn score(right: usize, hints: usize, showed_me: bool) -> Score {
        Score {
            right,
            asked: 1,
            hints,
            actions: 2,
            solution_actions: 2,
            showed_me,
        }
    }

    fn file(learner: &str, exported: &str, lessons: &[(&str, Score, Vec<usize>)]) -> String {
        let mut progress = Progress::default();
        for (id, s, wrong) in lessons {
            progress.done(id, *s, wrong.clone());
        }
        progress.export(learner, exported)
    }

    /// Three learners, one of them twice (the later file kept), a scenario file, a damaged
    /// progress file and one of the build before names (no learner: named after its file).
    #[test]
    fn a_class_report_reads_every_file_it_can_and_says_why_not_for_the_rest() {
        let older = r#"{"format":"csp-reservations-sim/lesson-progress","lessons":{"3":{"status":"done","score":{"right":1,"asked":1,"hints":0,"actions":3,"solution_actions":3,"showed_me":false}}}}"#;
        let files: Vec<(String, String)> = vec![
            ("ann.json".into(), file("Ann", "2026-12-07T09:00:00Z", &[("2", score(0, 2, false), vec![0])])),
            ("bo.json".into(), file("Bo", "2026-12-07T09:30:00Z", &[("2", score(1, 0, false), vec![]), ("3", score(0, 3, true), vec![0])])),
            ("ann-later.json".into(), file("ann", "2026-12-07T11:00:00Z", &[("2", score(1, 1, false), vec![]), ("3", score(0, 1, false), vec![0])])),
            ("ann-earlier.json".into(), file("Ann", "2026-12-07T08:00:00Z", &[])),
            ("scenario.json".into(), r#"{"format":"csp-reservations-sim/scenario","schema_version":1,"events":[]}"#.into()),
            ("broken.json".into(), r#"{"format":"csp-reservations-sim/lesson-progress","lessons":{"2":{"status":"finished"}}}"#.into()),
            ("notes.txt".into(), "not json at all".into()),
            ("Cas.json".into(), older.into()),
        ];
        let report = ClassReport::read_all(&files);
        let names: Vec<&str> = report
            .sorted(SortBy::Learner)
            .iter()
            .map(|l| l.learner.as_str())
            .collect();
        assert_eq!(names, vec!["ann", "Bo", "Cas"], "three learners, Ann once");
        let ann = report
            .learners
            .iter()
            .find(|l| l.learner == "ann")
            .expect("Ann");
        assert_eq!(
            ann.file, "ann-later.json",
            "the later export of the same learner"
        );
        assert_eq!(
            report.unread,
            vec![
                ("scenario.json".to_string(), Unread::NotProgress),
                ("broken.json".to_string(), Unread::Damaged),
                ("notes.txt".to_string(), Unread::NotJson),
            ]
        );
        let all = lessons();
        let summary = report.lessons(&all);
        let two = summary.iter().find(|s| s.lesson == "2").expect("lesson 2");
        // Ann (later file) and Bo finished lesson 2 with 1 + 0 hints; nobody got it wrong
        assert_eq!((two.done, two.hints, two.most_wrong), (2, 1, None));
        let three = summary.iter().find(|s| s.lesson == "3").expect("lesson 3");
        // Ann, Bo and Cas finished lesson 3; Ann and Bo answered its question wrong
        assert_eq!((three.done, three.hints, three.showed_me), (3, 4, 1));
        assert_eq!(three.most_wrong, Some((0, 2)));
        assert_eq!(
            report.most_hints(&all).map(|s| s.lesson),
            Some("3".to_string())
        );
        // most lessons done first: Ann and Bo two each (by name), then Cas
        let by_done: Vec<&str> = report
            .sorted(SortBy::Done)
            .iter()
            .map(|l| l.learner.as_str())
            .collect();
        assert_eq!(by_done, vec!["ann", "Bo", "Cas"]);
        let by_hints: Vec<&str> = report
            .sorted(SortBy::Hints)
            .iter()
            .map(|l| l.learner.as_str())
            .collect();
        assert_eq!(by_hints, vec!["Bo", "ann", "Cas"]);
        // the CSV: a header and a row per learner and lesson, fields quoted as needed
        let csv = report.csv(
            &all,
            [
                "Learner", "Lesson", "Status", "Right", "Asked", "Hints", "Show me",
            ],
        );
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "Learner,Lesson,Status,Right,Asked,Hints,Show me");
        assert_eq!(lines.len(), 1 + 3 * all.len());
        assert!(lines.contains(&"Bo,3,done,0,1,3,true"), "{csv}");
        assert!(lines.contains(&"Cas,5,not-started,,,,"), "{csv}");
    }

    /// A learner's name is data, never a formula, and never breaks the table.
    #[test]
    fn a_learners_name_is_written_into_the_csv_as_text() {
        let files = vec![(
            "x.json".to_string(),
            file("=SUM(A1), \"Robin\"", "2026-12-07T09:00:00Z", &[]),
        )];
        let csv =
            ClassReport::read_all(&files).csv(&lessons(), ["a", "b", "c", "d", "e", "f", "g"]);
        assert!(
            csv.lines()
                .nth(1)
                .expect("a row")
                .starts_with("\"'=SUM(A1), \"\"Robin\"\"\",1,"),
            "{csv}"
        );
    }
}
