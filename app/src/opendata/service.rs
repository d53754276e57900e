//! What the open data reads: the editions from memory, the projects from the gallery's
//! search documents (written from the nominee lists), and the awards of published editions.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{Category, Edition, Phase, Project, Story, Which};
use crate::{
    catalogue,
    codes::PhaseKind,
    entity::gallery_document,
    error::DomainError,
    i18n::Locale,
    phases::has_opened,
    review::{rules::AwardKind, winners::awards_in_edition},
    spreadsheet::csv_of,
    state::AppContext,
};

/// A Unix time as RFC 3339, UTC.
fn rfc3339(secs: i64) -> String {
    jiff::Timestamp::from_second(secs).map_or_else(|_| String::new(), |t| t.to_string())
}

/// The year in an address; anything else names no edition.
fn year_of(typed: &str) -> Result<i32, DomainError> {
    typed
        .parse::<i32>()
        .ok()
        .filter(|y| (1900..=9999).contains(y))
        .ok_or(DomainError::NotFound)
}

/// Every edition, the most recent first.
///
/// # Errors
/// Database failures.
#[tracing::instrument(skip(ctx))]
pub async fn editions(ctx: &AppContext) -> Result<Vec<Edition>, DomainError> {
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    Ok(editions
        .all()
        .iter()
        .map(|e| {
            let mut calendar = e.loaded.calendar.clone();
            calendar.sort_by_key(|w| w.opens_at);
            (e, calendar)
        })
        .map(|(e, calendar)| Edition {
            year: e.loaded.edition.year,
            title: e.loaded.edition.title.clone(),
            published: has_opened(&e.loaded.calendar, PhaseKind::Publication, now),
            phases: calendar
                .iter()
                .map(|w| Phase {
                    phase: w.kind.code().to_owned(),
                    opens_at: rfc3339(w.opens_at),
                    closes_at: rfc3339(w.closes_at),
                })
                .collect(),
        })
        .collect())
}

/// The categories of the edition `typed` (a year), in order, in English.
///
/// # Errors
/// Not found for what is no edition's year.
#[tracing::instrument(skip(ctx))]
pub async fn categories(ctx: &AppContext, typed: &str) -> Result<Vec<Category>, DomainError> {
    let year = year_of(typed)?;
    let editions = catalogue::read(ctx).await?;
    let content = editions.by_year(year).ok_or(DomainError::NotFound)?;
    Ok(content
        .categories(Locale::En)
        .into_iter()
        .map(|c| Category {
            code: c.code,
            title: c.title,
        })
        .collect())
}

/// The projects `which` of the edition `typed` (a year), by category then title, with
/// absolute addresses (the site's public address).
///
/// # Errors
/// Not found for what is no edition's year, for an edition whose vote has not opened, and for
/// champions or winners before the results are published; database failures.
#[tracing::instrument(skip(ctx))]
pub async fn projects(
    ctx: &AppContext,
    typed: &str,
    which: Which,
) -> Result<Vec<Project>, DomainError> {
    let year = year_of(typed)?;
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let content = editions.by_year(year).ok_or(DomainError::NotFound)?;
    let calendar = &content.loaded.calendar;
    if !has_opened(calendar, PhaseKind::Voting, now) {
        return Err(DomainError::NotFound);
    }
    let published = has_opened(calendar, PhaseKind::Publication, now);
    if which != Which::Nominees && !published {
        return Err(DomainError::NotFound);
    }
    let edition_id = content.loaded.edition.id;
    let documents = gallery_document::Entity::find()
        .filter(gallery_document::Column::EditionId.eq(edition_id))
        .order_by_asc(gallery_document::Column::CategoryNumber)
        .order_by_asc(gallery_document::Column::Title)
        .order_by_asc(gallery_document::Column::SubmissionId)
        .all(&ctx.db)
        .await?;
    // The embargo: no award is read before the results are published.
    let mut awards: HashMap<i64, AwardKind> = HashMap::new();
    if published {
        for (id, kind) in awards_in_edition(&ctx.db, edition_id, None).await? {
            match (kind, awards.get(&id)) {
                (AwardKind::Winner, _) | (AwardKind::Champion, None) => {
                    awards.insert(id, kind);
                }
                _ => {}
            }
        }
    }
    let base = ctx.config.public_url.trim_end_matches('/');
    Ok(documents
        .into_iter()
        .filter_map(|d| {
            let award = awards.get(&d.submission_id).copied();
            let keep = match which {
                Which::Nominees => true,
                Which::Champions => award.is_some(),
                Which::Winners => award == Some(AwardKind::Winner),
            };
            keep.then(|| Project {
                id: d.submission_id,
                year: d.year,
                category: d.category_code,
                title: d.title,
                organisation: d.organisation,
                country: d.country,
                region: d.region.get().map_or("", |r| r.code()).to_owned(),
                stakeholder_type: d.stakeholder.get().map_or("", |s| s.code()).to_owned(),
                sdgs: d.sdgs.split(',').filter_map(|g| g.parse().ok()).collect(),
                summary: d.short_description,
                url: format!("{base}/projects/{}", d.submission_id),
                picture: d.picture_id.map(|p| format!("{base}/pictures/{p}/display")),
                award: award.map(|a| a.code().to_owned()),
            })
        })
        .collect())
}

/// The editions as CSV, one row per phase.
///
/// # Errors
/// Never in practice (writing into memory).
pub fn editions_csv(editions: &[Edition]) -> Result<String, DomainError> {
    let mut rows = vec![
        [
            "year",
            "title",
            "published",
            "phase",
            "opens_at",
            "closes_at",
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    for e in editions {
        for p in &e.phases {
            rows.push(vec![
                e.year.to_string(),
                e.title.clone(),
                e.published.to_string(),
                p.phase.clone(),
                p.opens_at.clone(),
                p.closes_at.clone(),
            ]);
        }
    }
    csv_of(rows)
}

/// The categories as CSV.
///
/// # Errors
/// Never in practice (writing into memory).
pub fn categories_csv(categories: &[Category]) -> Result<String, DomainError> {
    let mut rows = vec![vec!["code".to_owned(), "title".to_owned()]];
    rows.extend(
        categories
            .iter()
            .map(|c| vec![c.code.clone(), c.title.clone()]),
    );
    csv_of(rows)
}

/// Projects as CSV: goals separated by spaces, no award left empty.
///
/// # Errors
/// Never in practice (writing into memory).
pub fn projects_csv(projects: &[Project]) -> Result<String, DomainError> {
    let mut rows = vec![
        [
            "id",
            "year",
            "category",
            "title",
            "organisation",
            "country",
            "region",
            "stakeholder_type",
            "sdgs",
            "summary",
            "url",
            "picture",
            "award",
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    for p in projects {
        rows.push(vec![
            p.id.to_string(),
            p.year.to_string(),
            p.category.clone(),
            p.title.clone(),
            p.organisation.clone(),
            p.country.clone(),
            p.region.clone(),
            p.stakeholder_type.clone(),
            p.sdgs
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(" "),
            p.summary.clone(),
            p.url.clone(),
            p.picture.clone().unwrap_or_default(),
            p.award.clone().unwrap_or_default(),
        ]);
    }
    csv_of(rows)
}

/// The approved success stories of an edition whose results are published, in the book's
/// order.
///
/// # Errors
/// Not found for what is no edition's year and before publication; database failures.
#[tracing::instrument(skip(ctx))]
pub async fn stories(ctx: &AppContext, typed: &str) -> Result<Vec<Story>, DomainError> {
    let year = year_of(typed)?;
    // The book's own embargo, read as a visitor: nothing before publication.
    let book = crate::publication::book::book(
        ctx,
        &crate::auth::Actor::default(),
        Locale::En,
        &year.to_string(),
    )
    .await?;
    let base = ctx.config.public_url.trim_end_matches('/');
    Ok(book
        .chapters
        .into_iter()
        .flat_map(|c| {
            let category = c.category_code;
            c.entries
                .into_iter()
                .filter(|e| !e.sections.is_empty())
                .map(move |e| {
                    let text = |wanted: crate::publication::Section| {
                        e.sections
                            .iter()
                            .find(|(s, _)| *s == wanted)
                            .map(|(_, p)| p.join("\n\n"))
                            .unwrap_or_default()
                    };
                    use crate::publication::Section as S;
                    Story {
                        project: e.submission_id,
                        year,
                        category: category.clone(),
                        challenge: text(S::Challenge),
                        solution: text(S::Solution),
                        results: text(S::Results),
                        partners: text(S::Partners),
                        lessons: text(S::Lessons),
                        url: format!("{base}/projects/{}", e.submission_id),
                        title: e.title,
                        organisation: e.organisation,
                        award: e.award,
                    }
                })
        })
        .collect())
}

/// Stories as CSV, a row per story.
///
/// # Errors
/// Never in practice (writing into memory).
pub fn stories_csv(stories: &[Story]) -> Result<String, DomainError> {
    let mut rows = vec![
        [
            "project",
            "year",
            "category",
            "title",
            "organisation",
            "award",
            "challenge",
            "solution",
            "results",
            "partners",
            "lessons",
            "url",
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    for s in stories {
        rows.push(vec![
            s.project.to_string(),
            s.year.to_string(),
            s.category.clone(),
            s.title.clone(),
            s.organisation.clone(),
            s.award.clone(),
            s.challenge.clone(),
            s.solution.clone(),
            s.results.clone(),
            s.partners.clone(),
            s.lessons.clone(),
            s.url.clone(),
        ]);
    }
    csv_of(rows)
}
