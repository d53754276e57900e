//! What visitors read: the current edition with its standing and categories, and a category's
//! page.

use std::sync::Arc;

use jiff::tz::TimeZone;

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::{
    ArchivedEdition, CategoryDetail, CategorySummary, EditionOverview, NomineeSummary, PhaseRow,
    Standing,
    held::{Catalogue, Loaded, localized_or_english, read},
    pages::Preloaded,
};
use crate::{
    codes::{AwardKind, SubmissionStatus},
    countries::country_name,
    entity::{award, category, category_text, submission, vote_result},
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
    category_of(ctx, locale, None, code).await
}

/// One category by code (`C7.4`), of the edition of `year`, or of the current edition.
///
/// # Errors
/// Not found.
pub async fn category_of(
    ctx: &AppContext,
    locale: Locale,
    year: Option<i32>,
    code: &str,
) -> Result<CategoryDetail, DomainError> {
    let now = ctx.clock.now();
    let editions = read(ctx).await?;
    let content = editions.of_year(year, now).ok_or(DomainError::NotFound)?;
    let (edition_title, standing, category) = match year {
        // The current edition's page reads what the home page wrote out.
        None => {
            let overview = written_out(&editions, locale, now)?;
            let o = overview.as_ref().as_ref().ok_or(DomainError::NotFound)?;
            let category = o
                .categories
                .iter()
                .find(|c| c.code.eq_ignore_ascii_case(code.trim()))
                .cloned()
                .ok_or(DomainError::NotFound)?;
            (o.title.clone(), o.standing.clone(), category)
        }
        Some(_) => {
            let loaded = &content.loaded;
            let category = content
                .categories(locale)
                .into_iter()
                .find(|c| c.code.eq_ignore_ascii_case(code.trim()))
                .ok_or(DomainError::NotFound)?;
            let tz = loaded.tz()?;
            (
                loaded.edition.title.clone(),
                standing(loaded, &tz, now, locale),
                category,
            )
        }
    };
    // The shortlist is published with the vote: before voting opens, the page lists none.
    let nominees = if content.loaded.nominees_public(now) {
        content
            .nominees(&category.code)
            .iter()
            .map(|n| NomineeSummary {
                submission_id: n.submission_id,
                title: n.title.clone(),
                organisation: n.organisation.clone(),
                country: country_name(&n.country, locale),
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(CategoryDetail {
        year: content.loaded.edition.year,
        archived: year.is_some(),
        edition_title,
        category,
        standing,
        holds_demo_data: content.loaded.edition.holds_demo_data,
        nominees,
    })
}

/// Every edition for the archive, the newest first, with its figures as far as they are
/// public: the nominees from the opening of its vote, the valid votes and the winners once
/// its results are published.
///
/// # Errors
/// Database failures.
#[tracing::instrument(skip(ctx))]
pub async fn archive(
    ctx: &AppContext,
    locale: Locale,
) -> Result<Vec<ArchivedEdition>, DomainError> {
    let now = ctx.clock.now();
    let editions = read(ctx).await?;
    let current = editions.current(now).map(|c| c.loaded.edition.id);
    let mut out = Vec::new();
    for content in editions.all() {
        let loaded = &content.loaded;
        let id = loaded.edition.id;
        let tz = loaded.tz()?;
        let categories = content.categories(locale);
        let category_ids: Vec<i64> = categories
            .iter()
            .filter_map(|c| content.category_id(&c.code))
            .collect();
        let submissions = submission::Entity::find()
            .filter(submission::Column::EditionId.eq(id))
            .filter(submission::Column::Status.ne(SubmissionStatus::Draft))
            .count(&ctx.db)
            .await?;
        let nominees = loaded.nominees_public(now).then(|| {
            content
                .category_codes()
                .map(|c| content.nominees(c).len() as u64)
                .sum()
        });
        let (votes, winners) = if loaded.awards_public(now) {
            let fixed = vote_result::Entity::find()
                .filter(vote_result::Column::EditionId.eq(id))
                .one(&ctx.db)
                .await?;
            let winners = award::Entity::find()
                .filter(award::Column::CategoryId.is_in(category_ids))
                .filter(award::Column::Kind.eq(AwardKind::Winner))
                .count(&ctx.db)
                .await?;
            (
                fixed.map(|f| u64::try_from(f.valid).unwrap_or(0)),
                Some(winners),
            )
        } else {
            (None, None)
        };
        let first = loaded.calendar.iter().map(|w| w.opens_at).min();
        let last = loaded.calendar.iter().map(|w| w.closes_at).max();
        out.push(ArchivedEdition {
            year: loaded.edition.year,
            title: loaded.edition.title.clone(),
            current: current == Some(id),
            holds_demo_data: loaded.edition.holds_demo_data,
            opens: first
                .map(|t| format_datetime(t, &tz, locale))
                .unwrap_or_default(),
            closes: last
                .map(|t| format_datetime(t, &tz, locale))
                .unwrap_or_default(),
            categories: categories.into_iter().map(|c| (c.code, c.title)).collect(),
            submissions,
            nominees,
            votes,
            winners,
        });
    }
    Ok(out)
}

/// The data of the home and category pages, read from memory before such a page renders, so
/// that it renders in one pass ([`super::pages::Preloaded`]); `None` on every other path.
pub async fn preload(ctx: &AppContext, locale: Locale, path: &str) -> Option<Preloaded> {
    if path == "/" {
        return Some(Preloaded::Home(
            overview(ctx, locale).await.map_err(AppError::from),
        ));
    }
    if let Some((year, code)) = archived_category(path) {
        return Some(Preloaded::Category(
            category_of(ctx, locale, Some(year), &code)
                .await
                .map_err(AppError::from),
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

/// The year and category code of an archived category page's path
/// (`/editions/2026/categories/C7.4`).
fn archived_category(path: &str) -> Option<(i32, String)> {
    let rest = path.strip_prefix("/editions/")?;
    let (year, code) = rest.split_once("/categories/")?;
    if code.is_empty() || code.contains('/') {
        return None;
    }
    Some((
        year.parse().ok()?,
        urlencoding::decode(code).ok()?.into_owned(),
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
            let pick = |field| localized_or_english(texts, c.id, locale, field);
            let (title, title_in_english) = pick(|t: &category_text::Model| &t.title);
            let (description, description_in_english) =
                pick(|t: &category_text::Model| &t.description);
            CategorySummary {
                number: c.number,
                code: c.code.clone(),
                title,
                title_in_english,
                description,
                description_in_english,
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
