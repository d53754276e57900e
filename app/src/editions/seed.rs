//! The making of an edition: its 18 categories, its calendar and its two expert rounds. The
//! first is made on first start, so that a fresh install serves a working site.

use jiff::tz::TimeZone;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, Set};
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
                // Left empty where not translated: pages fall back to English.
                description: Set(c.description.get(lang).cloned().unwrap_or_default()),
            }
            .insert(conn)
            .await?;
        }
    }
    rounds::create_both(conn, e.id, seeds, now).await?;
    Ok(e)
}
