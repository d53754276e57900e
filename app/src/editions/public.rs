//! What visitors read: the current edition with its standing and categories, and a category's
//! page.

use jiff::tz::TimeZone;

use super::{
    CategoryDetail, EditionOverview, PhaseRow, Standing,
    lookups::{Loaded, in_memory},
    rules::{self, PhaseState},
};
use crate::{
    error::DomainError,
    i18n::{Locale, dates::format_datetime},
    state::AppContext,
};

fn standing(loaded: &Loaded, tz: &TimeZone, now: i64, locale: Locale) -> Standing {
    let state = rules::phase_at(&loaded.calendar, now);
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
    let editions = in_memory(ctx).await?;
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
    let editions = in_memory(ctx).await?;
    let content = editions.current(now).ok_or(DomainError::NotFound)?;
    let loaded = &content.loaded;
    let category = content
        .categories(locale)
        .into_iter()
        .find(|c| c.code.eq_ignore_ascii_case(code.trim()))
        .ok_or(DomainError::NotFound)?;
    Ok(CategoryDetail {
        year: loaded.edition.year,
        edition_title: loaded.edition.title.clone(),
        category,
        standing: standing(loaded, &loaded.tz()?, now, locale),
        holds_demo_data: loaded.edition.holds_demo_data,
    })
}
