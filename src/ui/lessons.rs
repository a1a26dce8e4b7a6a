//! Teaching: the start page a newcomer lands on, the lessons page (the thirteen lessons,
//! progress, trainers' lessons in), and the lesson panel beside the consoles. The engine
//! (`crate::lessons`) decides what is met; these only render it and send the learner's
//! actions through the model.
use super::class_report::ClassReportSection;
use super::model::{use_app, ActiveLesson, Mode, Msg};
use super::route::{self, Link, Route};
use super::widgets::{
    download, error_list, input_value, language_name, lesson_text, read_chosen_file, sleep,
    NoticeBar,
};
use crate::i18n::{self, t, t_args, Locale};
use crate::lessons::builtin::{self, lessons};
use crate::lessons::file::{self as lesson_file, TrainerLesson};
use crate::lessons::{Lesson, Status};
use crate::store::scenario::ImportError;
use std::rc::Rc;
use yew::prelude::*;

/// How long Show me waits between steps, so each can be seen.
const SHOW_ME_PACE_MS: i32 = 900;

thread_local! {
    /// Locales whose lesson texts are on their way (the lessons page and the panel may
    /// both ask at once).
    static FETCHING: std::cell::RefCell<Vec<Locale>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Fetches the lesson texts of the current language once, when a page that shows lessons
/// is open (they are served beside the page, not built into it: a first visit that opens
/// no lesson never downloads them).
#[hook]
fn use_lesson_texts() {
    let app = use_app();
    let locale = app.locale;
    use_effect_with(locale, move |locale| {
        let locale = *locale;
        let first = FETCHING.with(|f| {
            let mut f = f.borrow_mut();
            let first = !f.contains(&locale);
            if first {
                f.push(locale);
            }
            first
        });
        if !i18n::has_lessons(locale) && first {
            wasm_bindgen_futures::spawn_local(async move {
                match super::widgets::fetch_text(&i18n::lessons_url(locale)).await {
                    Some(text) => {
                        // kept for the page's lifetime, as the built-in texts are
                        i18n::add_lessons(locale, Box::leak(text.into_boxed_str()));
                        app.dispatch(Msg::LessonTextsLoaded);
                    }
                    None => {
                        // another page may try again
                        FETCHING.with(|f| f.borrow_mut().retain(|l| *l != locale));
                        app.dispatch(Msg::LessonTextsFailed)
                    }
                }
            });
        }
    });
}

/// Whether the lesson texts of `locale` are here; if not, what the page says meanwhile.
fn texts_missing(locale: Locale, failed: bool) -> Option<Html> {
    if i18n::has_lessons(locale) {
        return None;
    }
    Some(if failed {
        html! { <p class="notice error" role="alert">{t(locale, "lessons-texts-failed")}</p> }
    } else {
        html! { <p role="status">{t(locale, "lessons-texts-loading")}</p> }
    })
}

/// The start page: what the simulator is, the two perspectives, and the way in (the same
/// component `make release` pre-renders into index.html).
#[component]
pub fn StartPage() -> Html {
    let app = use_app();
    let sandbox = if app.is_partner() {
        Route::Customers
    } else {
        Route::PortalReservations
    };
    html! { <crate::first_screen::StartContent locale={app.locale} sandbox_href={sandbox.href()} /> }
}

fn status_key(status: Status) -> &'static str {
    match status {
        Status::NotStarted => "lesson-status-not-started",
        Status::InProgress => "lesson-status-in-progress",
        Status::Done => "lesson-status-done",
    }
}

/// A score in words: predictions right, hints used, actions against the solution's, and
/// whether Show me was used.
fn score_text(locale: Locale, score: &crate::lessons::Score) -> String {
    let text = t_args(
        locale,
        "lesson-score",
        &[
            ("right", score.right.into()),
            ("asked", score.asked.into()),
            ("hints", score.hints.into()),
            ("actions", score.actions.into()),
            ("solution", score.solution_actions.into()),
        ],
    );
    if score.showed_me {
        format!("{text}; {}", t(locale, "lesson-score-showed-me"))
    } else {
        text
    }
}

/// Opens a lesson and its first page.
fn open_lesson(
    app: &super::model::AppContext,
    lesson: &Lesson,
    fresh: bool,
) -> Callback<MouseEvent> {
    let app = app.clone();
    let (id, path) = (lesson.id.clone(), lesson.route.clone());
    Callback::from(move |_| {
        app.dispatch(Msg::OpenLesson {
            id: id.clone(),
            fresh,
        });
        route::go_to_path(&path);
    })
}

/// The lessons page: each lesson's state and score, progress out and reset, trainers'
/// lessons in.
#[component]
pub fn LessonsPage() -> Html {
    use_lesson_texts();
    let app = use_app();
    let locale = app.locale;
    let confirm_reset = use_state(|| false);
    let errors = use_state(Vec::<ImportError>::new);
    let link_text = use_state(String::new);
    if let Some(waiting) = texts_missing(locale, app.lesson_texts_failed) {
        return html! { <section class="page"><h1>{t(locale, "lessons-title")}</h1>{waiting}</section> };
    }
    let all = lessons();
    let done = all
        .iter()
        .filter(|l| app.progress.status(&l.id) == Status::Done)
        .count();
    let open_id = app.lesson.as_ref().map(|l| l.lesson.id.clone());
    let learner = app.learner.trim().to_string();
    let export = {
        let (app, learner) = (app.clone(), learner.clone());
        Callback::from(move |_| {
            let exported = js_sys::Date::new_0().to_iso_string();
            download(
                "csp-lesson-progress.json",
                &app.progress.export(&learner, &String::from(exported)),
                "application/json",
            )
        })
    };
    let on_learner = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| app.dispatch(Msg::SetLearner(input_value(&e))))
    };
    let ask_reset = {
        let confirm_reset = confirm_reset.clone();
        Callback::from(move |_| confirm_reset.set(true))
    };
    let reset = {
        let (app, confirm_reset) = (app.clone(), confirm_reset.clone());
        Callback::from(move |_| {
            app.dispatch(Msg::ResetProgress);
            confirm_reset.set(false);
        })
    };
    let cancel_reset = {
        let confirm_reset = confirm_reset.clone();
        Callback::from(move |_| confirm_reset.set(false))
    };
    let opened = |app: &super::model::AppContext, trainer: TrainerLesson| {
        let path = trainer.route.clone();
        app.dispatch(Msg::OpenTrainerLesson(Rc::new(trainer)));
        route::go_to_path(&path);
    };
    let on_file = {
        let (app, errors) = (app.clone(), errors.clone());
        Callback::from(move |e: Event| {
            let (app, errors) = (app.clone(), errors.clone());
            read_chosen_file(&e, lesson_file::MAX_BYTES, move |read| {
                match read
                    .map_err(|e| vec![e])
                    .and_then(|text| lesson_file::import(&text))
                {
                    Ok(trainer) => {
                        errors.set(Vec::new());
                        opened(&app, trainer);
                    }
                    Err(list) => errors.set(list),
                }
            });
        })
    };
    let on_link_input = super::widgets::on_input_set(&link_text);
    let on_open_link = {
        let (app, errors, link_text) = (app.clone(), errors.clone(), link_text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // a whole link or just what follows `#/lesson/`
            let text = link_text.trim();
            let payload = text.rsplit("/lesson/").next().unwrap_or(text);
            match lesson_file::open_link(payload) {
                Ok(trainer) => {
                    errors.set(Vec::new());
                    opened(&app, trainer);
                }
                Err(list) => errors.set(list),
            }
        })
    };
    html! {
        <section class="page lessons-page">
            <h1>{t(locale, "lessons-title")}</h1>
            <p class="lead">{t(locale, "lessons-intro")}</p>
            <p data-testid="lessons-done">{t_args(locale, "lessons-done-count", &[("done", done.into()), ("total", all.len().into())])}</p>
            <ol class="lesson-list">
            { for all.iter().map(|lesson| {
                let status = app.progress.status(&lesson.id);
                let score = app.progress.lessons.get(&lesson.id).and_then(|p| p.score);
                let open = open_id.as_deref() == Some(lesson.id.as_str());
                let title = lesson_text(locale, &lesson.title);
                html! {
                    <li class={classes!("lesson-card", status_key(status))} data-lesson={lesson.id.clone()}>
                        <h2>{t_args(locale, "lesson-number", &[("n", lesson.id.clone().into())])}{" "}{title.clone()}</h2>
                        <p class="rules">{ for lesson.rules.iter().map(|r| html! {
                            <a class="rule-id" href={Route::Rule { rule: r.code().into() }.href()} title={t(locale, &r.text_key())}>{r.code()}</a>
                        }) }</p>
                        <p class="status" data-testid="lesson-status">{t(locale, status_key(status))}
                            if let Some(score) = score { {" — "}{score_text(locale, &score)} }
                        </p>
                        if open {
                            <p class="hint">{t(locale, "lesson-open-now")}</p>
                        }
                        <div class="actions">
                        { match status {
                            Status::NotStarted => html! {
                                <button class="primary" onclick={open_lesson(&app, lesson, true)}
                                    aria-label={format!("{} — {}", t(locale, "lesson-start"), title)}>{t(locale, "lesson-start")}</button>
                            },
                            Status::InProgress => html! {
                                <button class="primary" onclick={open_lesson(&app, lesson, false)}
                                    aria-label={format!("{} — {}", t(locale, "lesson-continue"), title)}>{t(locale, "lesson-continue")}</button>
                            },
                            Status::Done => html! {
                                <button onclick={open_lesson(&app, lesson, true)}
                                    aria-label={format!("{} — {}", t(locale, "lesson-again"), title)}>{t(locale, "lesson-again")}</button>
                            },
                        } }
                        </div>
                    </li>
                }
            }) }
            </ol>
            <h2>{t(locale, "lessons-progress")}</h2>
            <p>{t(locale, "lessons-progress-text")}</p>
            <div class="field">
                <label for="learner-name">{t(locale, "lessons-learner-name")}</label>
                <input id="learner-name" value={app.learner.to_string()} oninput={on_learner} aria-describedby="learner-name-hint" autocomplete="name" />
                <span class="hint" id="learner-name-hint">{t(locale, "lessons-learner-name-hint")}</span>
            </div>
            <button onclick={export} disabled={learner.is_empty()}>{t(locale, "lessons-export-progress")}</button>{" "}
            <button class="danger" onclick={ask_reset}>{t(locale, "lessons-reset-progress")}</button>
            if *confirm_reset {
                <div class="confirm danger" role="alertdialog" aria-labelledby="reset-progress-text" data-testid="confirm">
                    <p id="reset-progress-text">{t(locale, "lessons-reset-confirm")}</p>
                    <button class="danger" onclick={reset}>{t(locale, "lessons-reset-yes")}</button>{" "}
                    <button onclick={cancel_reset}>{t(locale, "confirm-no")}</button>
                </div>
            }
            <NoticeBar />
            <ClassReportSection />
            <h2>{t(locale, "lessons-trainers")}</h2>
            <p>{t(locale, "lessons-trainers-text")}</p>
            if app.progress.trainers().next().is_some() {
                <h3>{t(locale, "lessons-trainers-played")}</h3>
                // opened again (its file or link), a lesson in progress resumes
                <ul class="trainer-progress" data-testid="trainer-progress">
                { for app.progress.trainers().map(|(_, p, title)| html! {
                    <li>{title.to_string()}{" — "}{t(locale, status_key(p.status))}
                        if let Some(score) = p.score { {" — "}{score_text(locale, &score)} }
                    </li>
                }) }
                </ul>
            }
            <p><Link to={Route::LessonMaker} classes="button">{t(locale, "lessons-make")}</Link></p>
            <label for="lesson-file">{t(locale, "lessons-import-file")}</label>
            <input id="lesson-file" type="file" accept=".json,application/json" onchange={on_file} />
            <form class="inline-form" onsubmit={on_open_link}>
                <label for="lesson-link">{t(locale, "lessons-open-link")}</label>
                <input id="lesson-link" type="url" value={(*link_text).clone()} oninput={on_link_input} />
                <button type="submit">{t(locale, "lessons-open")}</button>
            </form>
            if !errors.is_empty() {
                {error_list(locale, &errors)}
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct LessonLinkProps {
    pub payload: String,
}

/// A trainer's lesson shared as a link: checked like a file, then opened.
#[component]
pub fn LessonLink(props: &LessonLinkProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let result = use_memo(props.payload.clone(), |p| {
        lesson_file::open_link(p).map(Rc::new)
    });
    {
        let (app, result) = (app.clone(), result.clone());
        use_effect_with(props.payload.clone(), move |_| {
            if let Ok(trainer) = &*result {
                app.dispatch(Msg::OpenTrainerLesson(trainer.clone()));
                route::replace(&Route::recognize(&trainer.route));
            }
        });
    }
    match &*result {
        Ok(_) => html! { <p role="status">{t(locale, "lesson-link-opening")}</p> },
        Err(errors) => html! {
            <section class="page"><h1>{t(locale, "lesson-link-broken")}</h1>{error_list(locale, errors)}</section>
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct OpenLessonProps {
    pub id: String,
}

/// `#/lessons/7`: opens built-in lesson 7 where the learner left it (in the learner's own
/// lesson sandbox) and goes to its page, so a trainer can send a class "today: lesson 7".
#[component]
pub fn OpenLessonLink(props: &OpenLessonProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let lesson = builtin::lesson_by_id(&props.id);
    {
        let (app, lesson) = (app.clone(), lesson.clone());
        use_effect_with(props.id.clone(), move |id| {
            if let Some(lesson) = lesson {
                app.dispatch(Msg::OpenLesson {
                    id: id.clone(),
                    fresh: false,
                });
                route::replace(&Route::recognize(&lesson.route));
            }
        });
    }
    match lesson {
        Some(_) => html! { <p role="status">{t(locale, "lesson-link-opening")}</p> },
        None => html! {
            <section class="page">
                <h1>{t_args(locale, "lesson-not-found", &[("id", props.id.clone().into())])}</h1>
                <p><a href={Route::Lessons.href()}>{t(locale, "nav-lessons")}</a></p>
            </section>
        },
    }
}

/// The panel beside the consoles while a lesson is open (or a trainer records one).
#[component]
pub fn LessonPanel() -> Html {
    let app = use_app();
    if app.lesson.is_some() {
        html! { <OpenPanel /> }
    } else {
        html! {}
    }
}

#[component]
fn OpenPanel() -> Html {
    use_lesson_texts();
    let app = use_app();
    let collapsed = use_state(|| false);
    let Some(active) = app.lesson.clone() else {
        return html! {};
    };
    let locale = app.locale;
    let toggle = {
        let collapsed = collapsed.clone();
        Callback::from(move |_| collapsed.set(!*collapsed))
    };
    let title = match active.mode {
        Mode::Recording => t_args(
            locale,
            "lesson-recording-title",
            &[("title", lesson_text(locale, &active.lesson.title).into())],
        ),
        Mode::Learning => match active.number() {
            Some(n) => format!(
                "{} {}",
                t_args(locale, "lesson-number", &[("n", n.into())]),
                lesson_text(locale, &active.lesson.title)
            ),
            None => lesson_text(locale, &active.lesson.title),
        },
    };
    let body = match active.mode {
        _ if texts_missing(locale, app.lesson_texts_failed).is_some()
            && active.lesson.language.is_none() =>
        {
            texts_missing(locale, app.lesson_texts_failed).unwrap_or_default()
        }
        Mode::Learning => html! { <Learning active={active.clone()} /> },
        Mode::Recording => html! { <Recording /> },
    };
    html! {
        <aside class={classes!("lesson-panel", collapsed.then_some("collapsed"))} aria-labelledby="lesson-title" data-testid="lesson-panel">
            <div class="lesson-head">
                <h2 id="lesson-title">{title}</h2>
                <button class="collapse" aria-expanded={(!*collapsed).to_string()} aria-controls="lesson-body" onclick={toggle}>
                    {t(locale, if *collapsed { "lesson-show-panel" } else { "lesson-hide-panel" })}
                </button>
            </div>
            <div id="lesson-body" class="lesson-body" hidden={*collapsed}>
                {body}
            </div>
        </aside>
    }
}

#[derive(Properties)]
struct ActiveProps {
    active: Rc<ActiveLesson>,
}

impl PartialEq for ActiveProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.active, &other.active)
    }
}

/// A lesson played: introduction, objectives ticking off, predictions, hints, Show me,
/// Undo and Restart, and the summary once every objective is met.
#[component]
fn Learning(props: &ActiveProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let active = &props.active;
    let lesson = &active.lesson;
    let run = &active.run;
    let confirm_restart = use_state(|| false);
    // Show me: the next step after a pause of SHOW_ME_PACE_MS, while playing
    {
        let app = app.clone();
        use_effect_with(
            (active.showing, active.playing),
            move |(showing, playing)| {
                if let (Some(step), true) = (*showing, *playing) {
                    wasm_bindgen_futures::spawn_local(async move {
                        sleep(SHOW_ME_PACE_MS).await;
                        app.dispatch(Msg::ShowMeStep { step, auto: true });
                    });
                }
            },
        );
    }
    let met = lesson.progress(&app.state(), run);
    let send = |msg: fn() -> Msg| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(msg()))
    };
    let restart = {
        let (app, confirm_restart) = (app.clone(), confirm_restart.clone());
        let path = lesson.route.clone();
        Callback::from(move |_| {
            app.dispatch(Msg::RestartLesson);
            confirm_restart.set(false);
            route::go_to_path(&path);
        })
    };
    let ask_restart = {
        let confirm_restart = confirm_restart.clone();
        Callback::from(move |_| confirm_restart.set(true))
    };
    let cancel_restart = {
        let confirm_restart = confirm_restart.clone();
        Callback::from(move |_| confirm_restart.set(false))
    };
    let leave = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Msg::LeaveLesson);
            route::go_to_path("/lessons");
        })
    };
    let next_lesson = active
        .number()
        .and_then(|n| crate::lessons::builtin::lesson_by_id(&(n + 1).to_string()));
    let hints_left = lesson.hints.len().saturating_sub(run.hints);
    html! {
        <>
        if let Some(language) = &lesson.language {
            <p class="trainer-mark" data-testid="trainer-mark">{t_args(locale, "lesson-trainers-own", &[("language", language_name(locale, language).into())])}</p>
        }
        <p class="intro">{lesson_text(locale, &lesson.intro)}</p>
        <h3 id="objectives-heading">{t(locale, "lesson-objectives")}</h3>
        <ul class="objectives" aria-labelledby="objectives-heading" data-testid="objectives">
        { for lesson.goals.iter().zip(&met).map(|((text, _), done)| html! {
            <li class={if *done { "met" } else { "unmet" }} data-met={done.to_string()}>
                <span class="tick" aria-hidden="true">{if *done { "✔" } else { "○" }}</span>
                <span class="visually-hidden">{t(locale, if *done { "lesson-objective-met" } else { "lesson-objective-unmet" })}</span>
                {" "}{lesson_text(locale, text)}
            </li>
        }) }
        </ul>
        { for (0..lesson.questions.len()).map(|i| html! {
            <Prediction active={active.clone()} index={i} key={i} />
        }) }
        if run.completed || met.iter().all(|m| *m) {
            <section class="lesson-summary" role="status" data-testid="lesson-summary">
                <h3>{t(locale, "lesson-complete")}</h3>
                <p>{lesson_text(locale, &lesson.summary)}</p>
                <p data-testid="lesson-score">{score_text(locale, &lesson.score(run))}</p>
                if !lesson.rules.is_empty() {
                    <h4>{t(locale, "lesson-rules-met")}</h4>
                    <ul class="rules-met">{ for lesson.rules.iter().map(|r| html! {
                        <li><a href={Route::Rule { rule: r.code().into() }.href()}>{t(locale, &r.text_key())}</a></li>
                    }) }</ul>
                }
                if let Some(next) = next_lesson {
                    <button class="primary" onclick={open_lesson(&app, &next, app.progress.status(&next.id) != Status::InProgress)}>
                        {t(locale, "lesson-next")}{": "}{lesson_text(locale, &next.title)}
                    </button>{" "}
                }
                <button onclick={leave.clone()}>{t(locale, "lesson-all")}</button>
            </section>
        }
        if !lesson.hints.is_empty() {
            <h3>{t(locale, "lesson-hints")}</h3>
            if run.hints > 0 {
                <ol class="hints" data-testid="hints">{ for lesson.hints.iter().take(run.hints).map(|h| html! { <li>{lesson_text(locale, h)}</li> }) }</ol>
            }
            if hints_left > 0 {
                <button onclick={send(|| Msg::Hint)}>{t_args(locale, "lesson-show-hint", &[("n", (run.hints + 1).into()), ("total", lesson.hints.len().into())])}</button>
            }
        }
        <ShowMe active={active.clone()} />
        <div class="lesson-actions">
            <button onclick={send(|| Msg::Undo { confirmed: false })} disabled={app.can_undo().is_none()}>{t(locale, "undo")}</button>
            <button onclick={ask_restart}>{t(locale, "lesson-restart")}</button>
            <button onclick={leave}>{t(locale, "lesson-leave")}</button>
        </div>
        if *confirm_restart {
            <div class="confirm danger" role="alertdialog" aria-labelledby="restart-text">
                <p id="restart-text">{t(locale, "lesson-restart-confirm")}</p>
                <button class="danger" onclick={restart}>{t(locale, "lesson-restart-yes")}</button>{" "}
                <button onclick={cancel_restart}>{t(locale, "confirm-no")}</button>
            </div>
        }
        </>
    }
}

#[derive(Properties)]
struct PredictionProps {
    active: Rc<ActiveLesson>,
    index: usize,
}

impl PartialEq for PredictionProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.active, &other.active) && self.index == other.index
    }
}

/// A predict-then-see question: answered first, then the answer with its rule.
#[component]
fn Prediction(props: &PredictionProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let chosen = use_state(|| None::<usize>);
    let Some(question) = props.active.lesson.questions.get(props.index) else {
        return html! {};
    };
    let answered = props.active.run.answers.get(&props.index).copied();
    let passed = props.active.run.passed.contains(&props.index);
    let name = format!("question-{}", props.index);
    let legend = lesson_text(locale, &question.text);
    match answered {
        None if !passed => {
            let skip = {
                let (app, index) = (app.clone(), props.index);
                Callback::from(move |_| app.dispatch(Msg::SkipQuestion(index)))
            };
            let submit = {
                let (app, chosen, index) = (app.clone(), chosen.clone(), props.index);
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    if let Some(option) = *chosen {
                        app.dispatch(Msg::Answer {
                            question: index,
                            option,
                        });
                    }
                })
            };
            html! {
                <form class="prediction" onsubmit={submit} data-testid="prediction">
                    <fieldset>
                        <legend>{t(locale, "lesson-predict")}{" "}{legend}</legend>
                        { for question.options.iter().enumerate().map(|(i, option)| {
                            let id = format!("{name}-{i}");
                            let pick = {
                                let chosen = chosen.clone();
                                Callback::from(move |_| chosen.set(Some(i)))
                            };
                            html! {
                                <div class="option">
                                    <input type="radio" id={id.clone()} name={name.clone()} checked={*chosen == Some(i)} onchange={pick} />
                                    <label for={id}>{lesson_text(locale, option)}</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                    <button type="submit" class="primary" disabled={chosen.is_none()}>{t(locale, "lesson-answer")}</button>{" "}
                    <button type="button" onclick={skip}>{t(locale, "lesson-skip-question")}</button>
                </form>
            }
        }
        given => {
            let right = given == Some(question.answer);
            let answer = question
                .options
                .get(question.answer)
                .map(|o| lesson_text(locale, o))
                .unwrap_or_default();
            let rule = question.rule;
            html! {
                <section class={classes!("prediction", "revealed", if right { "right" } else { "wrong" })} data-testid="prediction-revealed">
                    <p class="question">{legend}</p>
                    <p role="status"><strong>{t(locale, match given {
                        None => "lesson-answer-none",
                        Some(_) if right => "lesson-answer-right",
                        Some(_) => "lesson-answer-wrong",
                    })}</strong>{" "}
                        {t_args(locale, "lesson-the-answer", &[("answer", answer.into())])}</p>
                    // the rule's text begins with its id: the whole of it links to the rule
                    if let Some(rule) = rule {
                        <p class="rule-reveal"><a href={Route::Rule { rule: rule.code().into() }.href()}>{t(locale, &rule.text_key())}</a></p>
                    }
                </section>
            }
        }
    }
}

/// Show me: the solution's steps, each named, played one after another (pausable) or
/// one at a time.
#[component]
fn ShowMe(props: &ActiveProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let active = &props.active;
    let steps = &active.lesson.solution;
    if steps.is_empty() {
        return html! {};
    }
    let send = |msg: Msg| {
        let app = app.clone();
        let msg = Rc::new(std::cell::RefCell::new(Some(msg)));
        Callback::from(move |_| {
            if let Some(m) = msg.borrow_mut().take() {
                app.dispatch(m);
            }
        })
    };
    let Some(next) = active.showing else {
        return html! {
            <div class="show-me">
                <button onclick={send(Msg::ShowMe)}>{t(locale, "lesson-show-me")}</button>
            </div>
        };
    };
    html! {
        <div class="show-me" data-testid="show-me">
            <h3>{t(locale, "lesson-show-me")}</h3>
            <ol class="steps">
            { for steps.iter().enumerate().map(|(i, step)| html! {
                <li class={if i < next { "done" } else if i == next { "next" } else { "" }}
                    aria-current={(i == next).then_some("step")}>{lesson_text(locale, &step.name)}</li>
            }) }
            </ol>
            <p role="status" class="hint">{t_args(locale, "lesson-show-me-status", &[("n", (next + 1).into()), ("total", steps.len().into())])}</p>
            if active.playing {
                <button onclick={send(Msg::PauseShowMe)}>{t(locale, "lesson-pause")}</button>
            } else {
                <button onclick={send(Msg::ResumeShowMe)}>{t(locale, "lesson-resume")}</button>
                <button onclick={send(Msg::ShowMeStep { step: next, auto: false })}>{t(locale, "lesson-next-step")}</button>
            }
            <button onclick={send(Msg::StopShowMe)}>{t(locale, "lesson-stop")}</button>
        </div>
    }
}

/// Recording a trainer's solution: the steps so far, Undo, and Stop (back to the maker).
#[component]
fn Recording() -> Html {
    let app = use_app();
    let locale = app.locale;
    let steps = app
        .draft
        .as_ref()
        .map(|d| d.solution.clone())
        .unwrap_or_default();
    let undo = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Msg::Undo { confirmed: false }))
    };
    let stop = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Msg::StopRecording);
            route::go_to_path("/lessons/make");
        })
    };
    html! {
        <>
            <p>{t(locale, "maker-recording-text")}</p>
            <ol class="steps" data-testid="recorded-steps">{ for steps.iter().map(|s| html! { <li>{s.name.clone()}</li> }) }</ol>
            <div class="lesson-actions">
                <button onclick={undo} disabled={app.can_undo().is_none()}>{t(locale, "undo")}</button>
                <button class="primary" onclick={stop}>{t(locale, "maker-stop-recording")}</button>
            </div>
        </>
    }
}
