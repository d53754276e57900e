//! What visitors read: the current edition with its standing and categories, and a category's
//! page.

use std::sync::Arc;

use jiff::tz::TimeZone;

use super::{
    CategoryDetail, CategorySummary, EditionOverview, NomineeSummary, PhaseRow, Standing,
    held::{Catalogue, Loaded, localized, read},
    pages::Preloaded,
};
use crate::{
    codes::PhaseKind,
    countries::country_name,
    entity::{category, category_text},
    error::{AppError, DomainError},
    i18n::{Locale, dates::format_datetime},
    phases::{self, PhaseState},
    state::AppContext,
};

fn standing(loaded: &Loaded, tz: &TimeZone, now: i64, locale: Locale) -> Standing {
    let state = phases::phase_at(&loaded.calendar, now);
    let when = match state {
        PhaseState::Open { closes_at, .. } => Some(format_datetime(closes_at, tz, locale)),
        PhaseState::Upcoming { opens_at, .. } => Some(format_datetime(opens_at, tz, locale)),
        PhaseState::Over => None,
    };
    Standing { state, when }
}

/// The home page: the current edition, where it stands, its calendar and categories.
///
/// # Errors
/// Database failures.
#[tracing::instrument(skip(ctx))]
pub async fn overview(
    ctx: &AppContext,
    locale: Locale,
) -> Result<Option<EditionOverview>, DomainError> {
    let now = ctx.clock.now();
    let editions = read(ctx).await?;
    Ok(written_out(&editions, locale, now)?.as_ref().clone())
}

/// The home page's data from memory: written out once per language until a phase changes.
fn written_out(
    editions: &Catalogue,
    locale: Locale,
    now: i64,
) -> Result<Arc<Option<EditionOverview>>, DomainError> {
    editions.overview(locale, now, |editions| {
        let Some(content) = editions.current(now) else {
            return Ok(None);
        };
        let loaded = &content.loaded;
        let tz = loaded.tz()?;
        let mut windows = loaded.calendar.clone();
        windows.sort_by_key(|w| w.kind);
        let phases = windows
            .iter()
            .map(|w| PhaseRow {
                kind: w.kind,
                opens: format_datetime(w.opens_at, &tz, locale),
                closes: format_datetime(w.closes_at, &tz, locale),
                is_open: w.contains(now),
            })
            .collect();
        Ok(Some(EditionOverview {
            year: loaded.edition.year,
            title: loaded.edition.title.clone(),
            time_zone: loaded.edition.time_zone.clone(),
            standing: standing(loaded, &tz, now, locale),
            phases,
            categories: content.categories(locale),
            holds_demo_data: loaded.edition.holds_demo_data,
        }))
    })
}

/// One category of the current edition, by code (`C7.4`).
///
/// # Errors
/// Not found.
pub async fn category(
    ctx: &AppContext,
    locale: Locale,
    code: &str,
) -> Result<CategoryDetail, DomainError> {
    let now = ctx.clock.now();
    let editions = read(ctx).await?;
    let overview = written_out(&editions, locale, now)?;
    let o = overview.as_ref().as_ref().ok_or(DomainError::NotFound)?;
    let category = o
        .categories
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code.trim()))
        .ok_or(DomainError::NotFound)?;
    // The shortlist is published with the vote: before voting opens, the page lists none.
    let nominees = match editions.current(now) {
        Some(content) if content.loaded.has_opened(PhaseKind::Voting, now) => content
            .nominees(&category.code)
            .iter()
            .map(|n| NomineeSummary {
                submission_id: n.submission_id,
                title: n.title.clone(),
                organisation: n.organisation.clone(),
                country: country_name(&n.country, locale),
            })
            .collect(),
        _ => Vec::new(),
    };
    Ok(CategoryDetail {
        year: o.year,
        edition_title: o.title.clone(),
        category: category.clone(),
        standing: o.standing.clone(),
        holds_demo_data: o.holds_demo_data,
        nominees,
    })
}

/// The data of the home and category pages, read from memory before such a page renders, so
/// that it renders in one pass ([`super::pages::Preloaded`]); `None` on every other path.
pub async fn preload(ctx: &AppContext, locale: Locale, path: &str) -> Option<Preloaded> {
    if path == "/" {
        return Some(Preloaded::Home(
            overview(ctx, locale).await.map_err(AppError::from),
        ));
    }
    // The router decodes the code the same way: it is matched against codes like `C7.4`.
    let code = path.strip_prefix("/categories/")?;
    if code.is_empty() || code.contains('/') {
        return None;
    }
    let code = urlencoding::decode(code).ok()?;
    Some(Preloaded::Category(
        category(ctx, locale, &code).await.map_err(AppError::from),
    ))
}

/// The categories of an edition as visitors see them, in `locale`.
pub(super) fn summaries(
    cats: &[category::Model],
    texts: &[category_text::Model],
    locale: Locale,
) -> Vec<CategorySummary> {
    cats.iter()
        .map(|c| {
            let pick = |field| localized(texts, c.id, locale, field);
            CategorySummary {
                number: c.number,
                code: c.code.clone(),
                title: pick(|t: &category_text::Model| &t.title),
                description: pick(|t: &category_text::Model| &t.description),
                nominees: c.nominees,
                champions: c.champions,
                winners: c.winners,
                is_special: c.is_special,
                counts: locale.t_args(
                    "category-counts",
                    &[
                        ("nominees", locale.format_count(c.nominees.into())),
                        ("champions", locale.format_count(c.champions.into())),
                        ("winners", locale.format_count(c.winners.into())),
                    ],
                ),
            }
        })
        .collect()
}
