//! What the other features read of an edition: the current one and its calendar, whether a
//! phase is open, and the categories' texts in the visitor's language.

use jiff::tz::TimeZone;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{
    CategorySummary,
    rules::{self, PhaseKind, PhaseWindow},
};
use crate::{
    entity::{category, category_text, edition, phase},
    error::DomainError,
    i18n::Locale,
};

/// An edition with its calendar.
pub struct Loaded {
    pub edition: edition::Model,
    pub calendar: Vec<PhaseWindow>,
}

impl Loaded {
    /// The edition's time zone.
    ///
    /// # Errors
    /// Internal, for a zone unknown to the time-zone database.
    pub(crate) fn tz(&self) -> Result<TimeZone, DomainError> {
        time_zone_of(&self.edition)
    }
}

/// An edition's time zone, as stored. The calendar form accepts only known zones, so an
/// unknown one is a fault, never a silent UTC that would move every phase.
///
/// # Errors
/// Internal, naming the stored zone.
pub fn time_zone_of(edition: &edition::Model) -> Result<TimeZone, DomainError> {
    rules::time_zone(&edition.time_zone).ok_or_else(|| {
        DomainError::internal(format!(
            "unknown time zone {:?} stored for edition {}",
            edition.time_zone, edition.id
        ))
    })
}

/// The phase calendar of an edition.
///
/// # Errors
/// Database failures.
pub async fn calendar_of(
    conn: &impl ConnectionTrait,
    edition_id: i64,
) -> Result<Vec<PhaseWindow>, DomainError> {
    phase::Entity::find()
        .filter(phase::Column::EditionId.eq(edition_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| {
            Ok(PhaseWindow {
                kind: PhaseKind::stored(&p.kind)?,
                opens_at: p.opens_at,
                closes_at: p.closes_at,
            })
        })
        .collect()
}

/// The current edition: the one whose calendar contains `now`, else the most recent.
///
/// # Errors
/// Database failures.
pub async fn current(conn: &impl ConnectionTrait, now: i64) -> Result<Option<Loaded>, DomainError> {
    let editions = edition::Entity::find()
        .order_by_desc(edition::Column::Year)
        .all(conn)
        .await?;
    let mut most_recent = None;
    for e in editions {
        let calendar = calendar_of(conn, e.id).await?;
        let first = calendar.iter().map(|w| w.opens_at).min();
        let last = calendar.iter().map(|w| w.closes_at).max();
        let running = matches!((first, last), (Some(f), Some(l)) if f <= now && now < l);
        let loaded = Loaded {
            edition: e,
            calendar,
        };
        if running {
            return Ok(Some(loaded));
        }
        most_recent.get_or_insert(loaded);
    }
    Ok(most_recent)
}

/// The current edition, if `kind` is open in it now. Every phase-bound action starts here.
///
/// # Errors
/// [`DomainError::PhaseClosed`] when the phase is not open; not found without an edition.
pub async fn require_open(
    conn: &impl ConnectionTrait,
    now: i64,
    kind: PhaseKind,
) -> Result<Loaded, DomainError> {
    let loaded = current(conn, now).await?.ok_or(DomainError::NotFound)?;
    if rules::is_open(&loaded.calendar, kind, now) {
        Ok(loaded)
    } else {
        Err(DomainError::PhaseClosed("error-phase-closed"))
    }
}

/// One text of a category in `locale`, or in English where that language has none (field by
/// field: a translated title with an untranslated description shows the English description).
pub fn localized(
    texts: &[category_text::Model],
    category_id: i64,
    locale: Locale,
    field: fn(&category_text::Model) -> &String,
) -> String {
    let of = |l: Locale| {
        texts
            .iter()
            .find(|t| t.category_id == category_id && t.locale == l.code())
            .map(field)
    };
    of(locale)
        .filter(|t| !t.is_empty())
        .or_else(|| of(Locale::En))
        .cloned()
        .unwrap_or_default()
}

/// The texts of some categories in `locale` and in English (its fallback), for [`localized`].
///
/// # Errors
/// Database failures.
pub async fn category_texts(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
    locale: Locale,
) -> Result<Vec<category_text::Model>, DomainError> {
    Ok(category_text::Entity::find()
        .filter(category_text::Column::CategoryId.is_in(ids))
        .filter(category_text::Column::Locale.is_in([locale.code(), Locale::En.code()]))
        .all(conn)
        .await?)
}

pub(crate) async fn categories_of(
    conn: &impl ConnectionTrait,
    edition_id: i64,
    locale: Locale,
) -> Result<Vec<CategorySummary>, DomainError> {
    let cats = category::Entity::find()
        .filter(category::Column::EditionId.eq(edition_id))
        .order_by_asc(category::Column::Number)
        .all(conn)
        .await?;
    let texts = category_texts(conn, cats.iter().map(|c| c.id), locale).await?;
    Ok(cats
        .into_iter()
        .map(|c| {
            let pick = |field| localized(&texts, c.id, locale, field);
            CategorySummary {
                number: c.number,
                code: c.code,
                title: pick(|t: &category_text::Model| &t.title),
                description: pick(|t: &category_text::Model| &t.description),
                nominees: c.nominees,
                champions: c.champions,
                winners: c.winners,
                is_special: c.is_special,
            }
        })
        .collect())
}
