//! R9 and R19: each subscription's usage covered by reservations, then by savings plans up
//! to their hourly commitment, then charged pay-as-you-go, as bars and as a table. Bars are
//! HTML, not SVG text, so the labels stay readable from 360 px to desktop.
use super::model::use_app;
use crate::domain::finance::{coverage_in, View};
use crate::domain::CustomerId;
use crate::i18n::{format_money, format_number, t, t_args};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CoverageProps {
    pub customer: CustomerId,
    /// Partner Center counts only the savings plans the partner bought (R18).
    pub view: View,
}

/// A part of the largest usage, in thousandths of the bar's width.
fn share(part: u64, whole: u64) -> String {
    (part.saturating_mul(1_000) / whole.max(1)).to_string()
}

#[component]
pub fn CoverageView(props: &CoverageProps) -> Html {
    let app = use_app();
    let locale = app.locale;
    let state = app.state();
    let coverage = coverage_in(&state, &props.customer, props.view);
    let portal = props.view == View::AzurePortal;
    let word = |key: &'static str| super::widgets::in_console(portal, key);
    let rows = &coverage.subscriptions;
    let max = rows.iter().map(|r| r.used_hours).max().unwrap_or(0).max(1);
    // R21: a savings plan for databases has its own line, where the customer has one
    let databases = rows.iter().any(|r| r.database_plan_hours > 0);
    let name = |id: &crate::domain::SubscriptionId| {
        state
            .subscriptions
            .get(id)
            .map(|s| s.name.clone())
            .unwrap_or_default()
    };
    html! {
        <figure class="coverage" data-testid="coverage">
            <figcaption class="legend">
                <span><span class="swatch covered" aria-hidden="true"></span>{t(locale, "savings-covered")}</span>
                <span><span class="swatch plan" aria-hidden="true"></span>{t(locale, word("savings-plan-covered"))}</span>
                if databases {
                    <span><span class="swatch database" aria-hidden="true"></span>{t(locale, word("savings-database-plan-covered"))}</span>
                }
                <span><span class="swatch uncovered" aria-hidden="true"></span>{t(locale, "savings-uncovered")}</span>
            </figcaption>
            <ul class="bars" aria-label={t(locale, "savings-chart-label")}>
            { for rows.iter().map(|r| {
                let summary = t_args(locale, word("savings-bar-three"), &[
                    ("reserved", format_number(locale, r.covered_hours).into()),
                    ("plan", format_number(locale, r.plan_hours).into()),
                    ("payg", format_number(locale, r.payg_hours()).into()),
                    ("used", format_number(locale, r.used_hours).into()),
                    ("used_count", r.used_hours.into()),
                ]);
                html! {
                    <li class="bar-row">
                        <span class="bar-label">{name(&r.subscription)}</span>
                        // geometry as SVG attributes: the CSP allows no inline styles
                        <svg class="bar" aria-hidden="true" viewBox="0 0 1000 10" preserveAspectRatio="none" focusable="false">
                            <rect class="seg covered" x="0" y="0" width={share(r.covered_hours, max)} height="10" />
                            <rect class="seg plan" x={share(r.covered_hours, max)} y="0" width={share(r.plan_hours, max)} height="10" />
                            <rect class="seg database" x={share(r.covered_hours + r.plan_hours, max)} y="0" width={share(r.database_plan_hours, max)} height="10" />
                            <rect class="seg uncovered" x={share(r.covered_hours + r.plan_hours + r.database_plan_hours, max)} y="0" width={share(r.payg_hours(), max)} height="10" />
                        </svg>
                        <span class="bar-text">{summary}
                            if r.database_plan_hours > 0 {
                                {" "}{t_args(locale, word("savings-bar-database"), &[("hours", format_number(locale, r.database_plan_hours).into()), ("hours_count", r.database_plan_hours.into())])}
                            }
                        </span>
                    </li>
                }
            }) }
            </ul>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(locale, "table-region")}>
            <table class="grid">
                <thead><tr>
                    <th>{t(locale, "col-subscription")}</th><th>{t(locale, "savings-used")}</th>
                    <th>{t(locale, "savings-covered")}</th><th>{t(locale, word("savings-plan-covered"))}</th>
                    if databases { <th>{t(locale, word("savings-database-plan-covered"))}</th> }
                    <th>{t(locale, "savings-uncovered")}</th><th>{t(locale, "savings-saved")}</th>
                </tr></thead>
                <tbody>{ for rows.iter().map(|r| html! {
                    <tr>
                        <td>{name(&r.subscription)}</td>
                        <td>{format_number(locale, r.used_hours)}</td>
                        <td>{format_number(locale, r.covered_hours)}</td>
                        <td>{format_number(locale, r.plan_hours)}</td>
                        if databases { <td>{format_number(locale, r.database_plan_hours)}</td> }
                        <td>{format_number(locale, r.payg_hours())}</td>
                        <td>{format_money(locale, r.saved + r.plan_saved + r.database_plan_saved)}</td>
                    </tr>
                }) }</tbody>
            </table>
            </div>
            <p class="hint" data-testid="coverage-total">{t_args(locale, "savings-total", &[("saved", format_money(locale, coverage.total_saved).into())])}</p>
        </figure>
    }
}
