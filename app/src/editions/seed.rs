//! The making of an edition: its 18 categories, its calendar and its two expert rounds. The
//! first is made on first start, so that a fresh install serves a working site.

use jiff::tz::TimeZone;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use serde::Deserialize;

use crate::{
    catalogue,
    codes::PhaseKind,
    entity::{category, category_text, columns::Json, edition, phase},
    error::DomainError,
    i18n::Locale,
    phases,
    review::rounds::{self, RoundSeeds},
};

#[derive(Deserialize)]
struct SeedCategory {
    number: i32,
    code: String,
    title: std::collections::HashMap<String, String>,
    description: std::collections::HashMap<String, String>,
}

static SEED_CATEGORIES: &str = include_str!("../../data/categories.json");

const DAY: i64 = 86_400;

/// On first start, creates the current year's edition with the 18 default categories and a
/// calendar relative to `now`: submission open now, the other phases after it.
///
/// # Errors
/// Database failures, or a broken seed file.
#[tracing::instrument(skip_all)]
pub async fn ensure_seeded(db: &DatabaseConnection, now: i64) -> Result<bool, DomainError> {
    if edition::Entity::find().one(db).await?.is_some() {
        return Ok(false);
    }
    let tz = phases::time_zone(phases::DEFAULT_TIME_ZONE).unwrap_or(TimeZone::UTC);
    // Submission 90 days, screening 30, voting 35, selection 20, publication the rest of the year.
    let lengths = [90, 30, 35, 20, 190];
    // An edition is named after the year its winners are announced (the publication phase).
    let publication_opens = now - 60 + lengths[..4].iter().sum::<i64>() * DAY;
    let year = jiff::Timestamp::from_second(publication_opens)
        .map(|t| t.to_zoned_datetime(tz).year())
        .unwrap_or(2027);
    let txn = crate::db::begin_write(db).await?;
    let mut start = now - 60;
    let calendar: Vec<(PhaseKind, i64, i64)> = PhaseKind::ALL
        .iter()
        .copied()
        .zip(lengths)
        .map(|(kind, days)| {
            let window = (kind, start, start + days * DAY);
            start += days * DAY;
            window
        })
        .collect();
    create(&txn, i32::from(year), &calendar, &RoundSeeds::fresh(), now).await?;
    catalogue::commit_unheld(txn).await?;
    tracing::info!(year, "seeded the current edition with its 18 categories");
    Ok(true)
}

/// Completes the seeded categories' texts in the languages they lacked when their edition
/// was made (the descriptions came in English and French first): a category that still holds
/// the seed's English title gets the seed's text in each language where it has none. A text
/// the secretariat wrote is never replaced. Returns how many texts were written.
///
/// # Errors
/// Database failures, or a broken seed file.
#[tracing::instrument(skip_all)]
pub async fn complete_translations(db: &DatabaseConnection) -> Result<u64, DomainError> {
    let seed: Vec<SeedCategory> =
        serde_json::from_str(SEED_CATEGORIES).map_err(DomainError::internal)?;
    let categories = category::Entity::find().all(db).await?;
    let texts = category_text::Entity::find()
        .filter(category_text::Column::CategoryId.is_in(categories.iter().map(|c| c.id)))
        .all(db)
        .await?;
    let text = |id: i64, l: Locale| texts.iter().find(|t| t.category_id == id && t.locale == l);
    // Read first: on most starts there is nothing to write, and no write lock is taken.
    let mut missing = Vec::new();
    for c in &categories {
        let Some(s) = seed.iter().find(|s| {
            s.code == c.code
                && text(c.id, Locale::En).map(|t| &t.title) == s.title.get(Locale::En.code())
        }) else {
            continue;
        };
        for l in Locale::ALL {
            let (Some(title), Some(description)) =
                (s.title.get(l.code()), s.description.get(l.code()))
            else {
                continue;
            };
            match text(c.id, l) {
                None => missing.push((c.id, l, title.clone(), description.clone(), false)),
                Some(t) if t.description.is_empty() && !description.is_empty() => {
                    missing.push((c.id, l, t.title.clone(), description.clone(), true));
                }
                Some(_) => {}
            }
        }
    }
    if missing.is_empty() {
        return Ok(0);
    }
    let txn = crate::db::begin_write(db).await?;
    for (category_id, locale, title, description, stored) in &missing {
        let row = category_text::ActiveModel {
            category_id: Set(*category_id),
            locale: Set(*locale),
            title: Set(title.clone()),
            description: Set(description.clone()),
        };
        if *stored {
            row.update(&txn).await?;
        } else {
            row.insert(&txn).await?;
        }
    }
    catalogue::commit_unheld(txn).await?;
    let written = u64::try_from(missing.len()).unwrap_or(u64::MAX);
    tracing::info!(written, "completed the seeded categories' texts");
    Ok(written)
}

/// Creates the edition of `year` with the 18 default categories, the phases of `calendar`
/// (kind, opens, closes) and its two expert rounds with the draw seeds `seeds`.
///
/// # Errors
/// Database failures (a conflict when the year exists), or a broken seed file.
pub async fn create(
    conn: &impl ConnectionTrait,
    year: i32,
    calendar: &[(PhaseKind, i64, i64)],
    seeds: &RoundSeeds,
    now: i64,
) -> Result<edition::Model, DomainError> {
    let seed: Vec<SeedCategory> =
        serde_json::from_str(SEED_CATEGORIES).map_err(DomainError::internal)?;
    let e = edition::ActiveModel {
        year: Set(year),
        title: Set(format!("WSIS Prizes {year}")),
        time_zone: Set(phases::DEFAULT_TIME_ZONE.to_owned()),
        submission_rules: Set(Json(serde_json::json!({}))),
        screening_during_submission: Set(false),
        holds_demo_data: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    for (kind, opens, closes) in calendar {
        phase::ActiveModel {
            edition_id: Set(e.id),
            kind: Set(*kind),
            opens_at: Set(*opens),
            closes_at: Set(*closes),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    for c in seed {
        let cat = category::ActiveModel {
            edition_id: Set(e.id),
            number: Set(c.number),
            code: Set(c.code),
            nominees: Set(20),
            champions: Set(5),
            winners: Set(1),
            is_special: Set(false),
            ..Default::default()
        }
        .insert(conn)
        .await?;
        for (lang, title) in &c.title {
            let locale: Locale = lang
                .parse()
                .map_err(|e| DomainError::caused_by("the seed categories' languages", e))?;
            category_text::ActiveModel {
                category_id: Set(cat.id),
                locale: Set(locale),
                title: Set(title.clone()),
                // Left empty where not translated: pages fall back to English, marked.
                description: Set(c.description.get(lang).cloned().unwrap_or_default()),
            }
            .insert(conn)
            .await?;
        }
    }
    rounds::create_both(conn, e.id, seeds, now).await?;
    Ok(e)
}
