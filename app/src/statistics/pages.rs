//! The statistics page: an edition's figures as charts drawn on the server.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{Count, EditionStatistics, get_statistics};
use crate::{
    charts::{Bar, BarChart},
    i18n::{Locale, use_locale},
    ui::{PageTitle, error_summary, message},
};

/// "The edition in figures" (`/statistics`, `?edition=YEAR` for another year).
#[component]
pub fn StatisticsPage() -> impl IntoView {
    let locale = use_locale();
    let edition = use_query_map()
        .with_untracked(|q| q.get("edition"))
        .unwrap_or_default();
    let figures = OnceResource::new(get_statistics(edition));
    view! {
        <PageTitle text=locale.t("stats-title") />
        <h1>{locale.t("stats-title")}</h1>
        <p><a href="/editions" data-testid="editions-link">{locale.t("archive-link")}</a></p>
        <Suspense fallback=|| ()>
            {move || figures.get().map(|r| match r {
                Ok(s) => view! { <Figures figures=s /> }.into_any(),
                Err(e) => view! {
                    <p class="form-error">{e.field("edition").map_or_else(|| error_summary(&e), message)}</p>
                }.into_any(),
            })}
        </Suspense>
    }
}

/// The bars of a chart whose labels are translation keys (`keyed`) or shown as they are.
fn bars(locale: Locale, counts: Vec<Count>, keyed: bool) -> Vec<Bar> {
    counts
        .into_iter()
        .map(|(label, value)| Bar {
            label: if keyed { locale.t(&label) } else { label },
            value,
            shown: locale.format_count(i64::try_from(value).unwrap_or(i64::MAX)),
        })
        .collect()
}

#[component]
fn Figures(figures: EditionStatistics) -> impl IntoView {
    let locale = use_locale();
    let total = locale.format_count(i64::try_from(figures.submissions).unwrap_or(i64::MAX));
    view! {
        <p class="lead" data-testid="stats-summary">
            {locale.t_args("stats-summary", &[("edition", figures.edition_title.clone()), ("submissions", total)])}
        </p>
        <BarChart id="stats-categories" caption=locale.t("stats-chart-categories")
            bars=bars(locale, figures.by_category, false) />
        <BarChart id="stats-regions" caption=locale.t("stats-chart-regions")
            bars=bars(locale, figures.by_region, true) />
        <BarChart id="stats-stakeholders" caption=locale.t("stats-chart-stakeholders")
            bars=bars(locale, figures.by_stakeholder, true) />
        {match figures.vote {
            Some(vote) => view! {
                {vote.preview.then(|| view! {
                    <p class="notice warn" role="note" data-testid="results-preview">{locale.t("results-preview")}</p>
                })}
                <BarChart id="stats-votes" caption=locale.t("stats-chart-votes")
                    bars=bars(locale, vote.valid_by_category, false) />
                <BarChart id="stats-winners" caption=locale.t("stats-chart-winners")
                    bars=bars(locale, vote.winners_by_region, true) />
                <BarChart id="stats-champions" caption=locale.t("stats-chart-champions")
                    bars=bars(locale, vote.champions_by_region, true) />
                {(!vote.cast_by_day.is_empty()).then(|| view! {
                    <BarChart id="stats-days" caption=locale.t("stats-chart-days")
                        bars=bars(locale, vote.cast_by_day, false) />
                })}
                <p><a href=format!("/vote/results?edition={}", figures.year)>{locale.t("results-title")}</a></p>
            }.into_any(),
            None => view! {
                <p class="standing" data-testid="stats-vote-later">{locale.t("stats-vote-later")}</p>
            }.into_any(),
        }}
    }
}
