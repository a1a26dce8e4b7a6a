//! The class report on the Lessons page: a trainer opens many learners' progress files at
//! once (file picker or drag and drop) and sees learners × lessons, sortable, with where
//! the class struggles; exported as CSV only if the trainer asks. Nothing leaves the
//! browser and nothing is stored (`lessons::class` reads and sums).
use super::model::use_app;
use super::widgets::{download, lesson_text};
use crate::i18n::{t, t_args, Locale};
use crate::lessons::builtin::lessons;
use crate::lessons::class::{ClassReport, SortBy, Unread, MAX_PROGRESS_BYTES};
use crate::lessons::{Lesson, Status};
use std::rc::Rc;
use yew::prelude::*;

/// Reads every file of a list (chosen or dropped), then hands them over in their order.
fn read_files(files: web_sys::FileList, then: impl FnOnce(Vec<(String, String)>) + 'static) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::new();
        for file in files {
            // a file too large to be a progress file is not read, only refused
            let text = if file.size() > MAX_PROGRESS_BYTES as f64 {
                "x".repeat(MAX_PROGRESS_BYTES + 1)
            } else {
                wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default()
            };
            read.push((file.name(), text));
        }
        then(read);
    });
}

fn sort_key(by: SortBy) -> &'static str {
    match by {
        SortBy::Learner => "class-col-learner",
        SortBy::Done => "class-col-done",
        SortBy::Right => "class-col-right",
        SortBy::Hints => "class-col-hints",
    }
}

/// One learner's cell for one lesson: done or not, predictions right, hints, Show me.
fn cell(locale: Locale, progress: Option<&crate::lessons::LessonProgress>) -> String {
    match progress {
        None => "—".into(),
        Some(p) => {
            let status = t(
                locale,
                match p.status {
                    Status::Done => "lesson-status-done",
                    Status::InProgress => "lesson-status-in-progress",
                    Status::NotStarted => "lesson-status-not-started",
                },
            );
            match p.score {
                Some(s) => {
                    let mut text = t_args(
                        locale,
                        "class-cell",
                        &[
                            ("status", status.into()),
                            ("right", s.right.into()),
                            ("asked", s.asked.into()),
                            ("hints", s.hints.into()),
                        ],
                    );
                    if s.showed_me {
                        text.push_str(&format!(", {}", t(locale, "lesson-score-showed-me")));
                    }
                    text
                }
                None => status,
            }
        }
    }
}

/// Where the class struggles, one line per lesson that shows it.
fn struggles(locale: Locale, report: &ClassReport, all: &[Lesson]) -> Html {
    let lines: Vec<Html> = report
        .lessons(all)
        .into_iter()
        .filter_map(|s| {
            let lesson = all.iter().find(|l| l.id == s.lesson)?;
            let (question, count) = s.most_wrong?;
            let asked = lesson.questions.get(question)?;
            Some(html! {
                <li>{t_args(locale, "class-most-wrong", &[
                    ("lesson", lesson.id.clone().into()),
                    ("question", lesson_text(locale, &asked.text).into()),
                    ("count", count.into()),
                ])}</li>
            })
        })
        .collect();
    let hints = report.most_hints(all).and_then(|s| {
        let lesson = all.iter().find(|l| l.id == s.lesson)?;
        Some(t_args(
            locale,
            "class-most-hints",
            &[
                ("lesson", lesson.id.clone().into()),
                ("title", lesson_text(locale, &lesson.title).into()),
                ("count", s.hints.into()),
            ],
        ))
    });
    html! {
        <section aria-labelledby="class-struggles-title" data-testid="class-struggles">
            <h4 id="class-struggles-title">{t(locale, "class-struggles")}</h4>
            if lines.is_empty() && hints.is_none() {
                <p>{t(locale, "class-struggles-none")}</p>
            }
            <ul>{ for lines }</ul>
            if let Some(hints) = hints { <p>{hints}</p> }
        </section>
    }
}

#[component]
pub fn ClassReportSection() -> Html {
    let app = use_app();
    let locale = app.locale;
    let files = use_state(Vec::<(String, String)>::new);
    let sort = use_state(|| SortBy::Learner);
    let dragging = use_state(|| false);
    let report = use_memo((*files).clone(), |files| {
        Rc::new(ClassReport::read_all(files))
    });
    let all = lessons();
    let add = {
        let files = files.clone();
        move |read: Vec<(String, String)>| {
            let mut all = (*files).clone();
            all.extend(read);
            files.set(all);
        }
    };
    let on_choose = {
        let add = add.clone();
        Callback::from(move |e: Event| {
            let input = e.target_dyn_into::<web_sys::HtmlInputElement>();
            if let Some(list) = input.as_ref().and_then(|i| i.files()) {
                read_files(list, add.clone());
            }
            if let Some(input) = input {
                // the same files can be chosen again
                input.set_value("");
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let (add, dragging) = (add.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                read_files(list, add.clone());
            }
        })
    };
    let clear = {
        let files = files.clone();
        Callback::from(move |_| files.set(Vec::new()))
    };
    let export = {
        let (report, all) = (report.clone(), all.clone());
        Callback::from(move |_| {
            let headers = [
                "class-col-learner",
                "class-col-lesson",
                "class-col-status",
                "class-col-right",
                "class-col-asked",
                "class-col-hints",
                "class-col-show-me",
            ]
            .map(|k| t(locale, k));
            let csv = report.csv(&all, headers.each_ref().map(String::as_str));
            download("csp-class-report.csv", &csv, "text/csv");
        })
    };
    let sort_button = |by: SortBy| {
        let sort = sort.clone();
        let current = *sort == by;
        html! {
            <button class="link" aria-pressed={current.to_string()} onclick={Callback::from(move |_| sort.set(by))}>
                {t(locale, sort_key(by))}
            </button>
        }
    };
    html! {
        <section class="class-report" aria-labelledby="class-title" data-testid="class-report">
            <h2 id="class-title">{t(locale, "class-title")}</h2>
            <p>{t(locale, "class-intro")}</p>
            <div class={classes!("drop-zone", dragging.then_some("dragging"))}
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <label for="class-files">{t(locale, "class-files")}</label>
                <input id="class-files" type="file" multiple=true accept=".json,application/json" onchange={on_choose} />
                <p class="hint">{t(locale, "class-drop")}</p>
            </div>
            if !report.unread.is_empty() {
                <div class="notice error" role="alert" data-testid="class-unread">
                    <strong>{t(locale, "class-unread-title")}</strong>
                    <ul>{ for report.unread.iter().map(|(name, why): &(String, Unread)| html! {
                        <li>{format!("{name}: {}", t(locale, why.key()))}</li>
                    }) }</ul>
                </div>
            }
            if !report.learners.is_empty() {
                <p role="status" data-testid="class-count">{t_args(locale, "class-count", &[("count", report.learners.len().into())])}</p>
                <p class="sort">{t(locale, "class-sort")}{" "}
                    {sort_button(SortBy::Learner)}{" · "}{sort_button(SortBy::Done)}{" · "}
                    {sort_button(SortBy::Right)}{" · "}{sort_button(SortBy::Hints)}
                </p>
                <div class="table-scroll" tabindex="0" role="region" aria-label={t(locale, "class-title")}>
                <table class="grid" data-testid="class-table">
                    <thead><tr>
                        <th scope="col">{t(locale, "class-col-learner")}</th>
                        { for all.iter().map(|l| html! {
                            <th scope="col" title={lesson_text(locale, &l.title)}>{t_args(locale, "lesson-number", &[("n", l.id.clone().into())])}</th>
                        }) }
                    </tr></thead>
                    <tbody>
                    { for report.sorted(*sort).into_iter().map(|learner| html! {
                        <tr data-learner={learner.learner.clone()}>
                            <th scope="row">{learner.learner.clone()}</th>
                            { for all.iter().map(|l| html! { <td>{cell(locale, learner.progress.lessons.get(&l.id))}</td> }) }
                        </tr>
                    }) }
                    </tbody>
                </table>
                </div>
                {struggles(locale, &report, &all)}
                <button onclick={export}>{t(locale, "class-export")}</button>{" "}
                <button onclick={clear}>{t(locale, "class-clear")}</button>
            }
        </section>
    }
}
