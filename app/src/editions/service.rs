//! Edition use cases: the current edition and its standing, a category page, and the
//! secretariat's calendar edits (validated, audited, explained once a phase has opened).

use jiff::tz::TimeZone;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde::Deserialize;

use super::{
    CalendarForm, CalendarPhase, CategoryAdmin, CategoryAdminRow, CategoryDetail, CategorySummary,
    EditionOverview, PhaseRow, Standing,
    rules::{self, CategoryInput, PhaseKind, PhaseState, PhaseWindow},
};
use crate::{
    accounts::Role,
    audit,
    context::{Actor, AppContext},
    entity::{category, category_text, edition, phase},
    error::{DomainError, FieldError},
    i18n::{Locale, dates::format_datetime},
};

/// An edition with its calendar.
pub struct Loaded {
    pub edition: edition::Model,
    pub calendar: Vec<PhaseWindow>,
}

impl Loaded {
    fn tz(&self) -> TimeZone {
        rules::time_zone(&self.edition.time_zone).unwrap_or(TimeZone::UTC)
    }
}

/// The phase calendar of an edition.
///
/// # Errors
/// Database failures.
pub async fn calendar_of(
    conn: &impl ConnectionTrait,
    edition_id: i64,
) -> Result<Vec<PhaseWindow>, DomainError> {
    Ok(phase::Entity::find()
        .filter(phase::Column::EditionId.eq(edition_id))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|p| {
            Some(PhaseWindow {
                kind: PhaseKind::from_code(&p.kind)?,
                opens_at: p.opens_at,
                closes_at: p.closes_at,
            })
        })
        .collect())
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

fn standing(loaded: &Loaded, now: i64, locale: Locale) -> Standing {
    let state = rules::phase_at(&loaded.calendar, now);
    let tz = loaded.tz();
    let when = match state {
        PhaseState::Open { closes_at, .. } => Some(format_datetime(closes_at, &tz, locale)),
        PhaseState::Upcoming { opens_at, .. } => Some(format_datetime(opens_at, &tz, locale)),
        PhaseState::Over => None,
    };
    Standing { state, when }
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

async fn categories_of(
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
    let Some(loaded) = current(&ctx.db, now).await? else {
        return Ok(None);
    };
    let tz = loaded.tz();
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
        standing: standing(&loaded, now, locale),
        phases,
        categories: categories_of(&ctx.db, loaded.edition.id, locale).await?,
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
    let loaded = current(&ctx.db, now).await?.ok_or(DomainError::NotFound)?;
    let category = categories_of(&ctx.db, loaded.edition.id, locale)
        .await?
        .into_iter()
        .find(|c| c.code.eq_ignore_ascii_case(code.trim()))
        .ok_or(DomainError::NotFound)?;
    Ok(CategoryDetail {
        year: loaded.edition.year,
        edition_title: loaded.edition.title.clone(),
        category,
        standing: standing(&loaded, now, locale),
        holds_demo_data: loaded.edition.holds_demo_data,
    })
}

/// The calendar of the current edition as the secretariat edits it.
///
/// # Errors
/// Unauthenticated, forbidden, not found.
pub async fn calendar_form(ctx: &AppContext, actor: &Actor) -> Result<CalendarForm, DomainError> {
    actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let loaded = current(&ctx.db, now).await?.ok_or(DomainError::NotFound)?;
    let tz = loaded.tz();
    let mut windows = loaded.calendar.clone();
    windows.sort_by_key(|w| w.kind);
    Ok(CalendarForm {
        edition_id: loaded.edition.id,
        year: loaded.edition.year,
        title: loaded.edition.title.clone(),
        time_zone: loaded.edition.time_zone.clone(),
        screening_during_submission: loaded.edition.screening_during_submission,
        phases: windows
            .iter()
            .map(|w| CalendarPhase {
                kind: w.kind,
                opens_local: rules::format_local_input(w.opens_at, &tz),
                closes_local: rules::format_local_input(w.closes_at, &tz),
                has_opened: w.opens_at <= now,
            })
            .collect(),
    })
}

/// What the secretariat submits to change a calendar.
#[derive(Clone, Debug)]
pub struct CalendarInput {
    pub edition_id: i64,
    pub title: String,
    pub time_zone: String,
    /// Local `YYYY-MM-DDTHH:MM` opening and closing of each phase.
    pub dates: Vec<(PhaseKind, String, String)>,
    /// Whether screening decisions may be taken while submission is still open.
    pub screening_during_submission: bool,
    pub reason: String,
}

/// Replaces an edition's title, time zone and calendar.
///
/// The calendar must be whole, ordered and without overlaps. Changing a phase that has
/// already opened (or the time zone once any phase has) needs a reason. Every change is
/// written to the audit log with the old and new dates.
///
/// # Errors
/// Unauthenticated, forbidden, not found, invalid fields.
#[tracing::instrument(skip(ctx, actor))]
pub async fn update_calendar(
    ctx: &AppContext,
    actor: &Actor,
    input: &CalendarInput,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let edition = edition::Entity::find_by_id(input.edition_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let old = calendar_of(&ctx.db, edition.id).await?;

    let mut errors = Vec::new();
    let title = crate::accounts::rules::one_line(&input.title, 200, "title")
        .map_err(|k| errors.push(FieldError::new("title", &k)))
        .ok();
    let tz = rules::time_zone(input.time_zone.trim());
    if tz.is_none() {
        errors.push(FieldError::new("time_zone", "calendar-time-zone-unknown"));
    }
    let tz = tz.unwrap_or(TimeZone::UTC);
    let mut new = Vec::new();
    for (kind, opens, closes) in &input.dates {
        let o = rules::parse_local(opens, &tz);
        let c = rules::parse_local(closes, &tz);
        if o.is_none() {
            errors.push(FieldError::new(
                &format!("{}_opens", kind.code()),
                "calendar-date-invalid",
            ));
        }
        if c.is_none() {
            errors.push(FieldError::new(
                &format!("{}_closes", kind.code()),
                "calendar-date-invalid",
            ));
        }
        if let (Some(opens_at), Some(closes_at)) = (o, c) {
            new.push(PhaseWindow {
                kind: *kind,
                opens_at,
                closes_at,
            });
        }
    }
    if errors.is_empty()
        && let Err(e) = rules::validate_calendar(&new)
    {
        errors.extend(e);
    }

    // A phase that has opened may have been relied upon: changing it must be explained.
    let changed_opened: Vec<PhaseKind> = new
        .iter()
        .filter(|n| {
            old.iter().find(|o| o.kind == n.kind).is_some_and(|o| {
                o.opens_at <= now && (o.opens_at != n.opens_at || o.closes_at != n.closes_at)
            })
        })
        .map(|n| n.kind)
        .collect();
    let any_opened = old.iter().any(|o| o.opens_at <= now);
    let zone_changed_after_opening = edition.time_zone != input.time_zone.trim() && any_opened;
    let rule_changed_after_opening =
        edition.screening_during_submission != input.screening_during_submission && any_opened;
    let reason = input.reason.trim();
    if (!changed_opened.is_empty() || zone_changed_after_opening || rule_changed_after_opening)
        && reason.is_empty()
    {
        errors.push(FieldError::new("reason", "calendar-reason-required"));
    }
    if reason.chars().count() > 2000 {
        errors.push(FieldError::new("reason", "reason-too-long"));
    }
    if !errors.is_empty() {
        return Err(DomainError::Invalid(errors));
    }

    let txn = crate::db::begin_write(&ctx.db).await?;
    edition::ActiveModel {
        id: sea_orm::Unchanged(edition.id),
        title: Set(title.unwrap_or_default()),
        time_zone: Set(input.time_zone.trim().to_owned()),
        screening_during_submission: Set(input.screening_during_submission),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    phase::Entity::delete_many()
        .filter(phase::Column::EditionId.eq(edition.id))
        .exec(&txn)
        .await?;
    for w in &new {
        phase::ActiveModel {
            edition_id: Set(edition.id),
            kind: Set(w.kind.code().to_owned()),
            opens_at: Set(w.opens_at),
            closes_at: Set(w.closes_at),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    let window_json = |c: &[PhaseWindow]| {
        c.iter()
            .map(|w| {
                (
                    w.kind.code().to_owned(),
                    serde_json::json!([w.opens_at, w.closes_at]),
                )
            })
            .collect::<serde_json::Map<_, _>>()
    };
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: "edition.calendar.update",
            target_type: "edition",
            target_id: edition.year.to_string(),
            reason: (!reason.is_empty()).then(|| reason.to_owned()),
            details: serde_json::json!({
                "time_zone": { "old": edition.time_zone, "new": input.time_zone.trim() },
                "screening_during_submission": { "old": edition.screening_during_submission, "new": input.screening_during_submission },
                "old": window_json(&old),
                "new": window_json(&new),
                "opened_phases_changed": changed_opened.iter().map(|k| k.code()).collect::<Vec<_>>(),
            }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The categories of the current edition, as the secretariat edits them.
///
/// # Errors
/// Unauthenticated, forbidden, not found.
pub async fn categories_admin(
    ctx: &AppContext,
    actor: &Actor,
) -> Result<CategoryAdmin, DomainError> {
    actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let loaded = current(&ctx.db, now).await?.ok_or(DomainError::NotFound)?;
    let cats = category::Entity::find()
        .filter(category::Column::EditionId.eq(loaded.edition.id))
        .order_by_asc(category::Column::Number)
        .all(&ctx.db)
        .await?;
    let texts = category_text::Entity::find()
        .filter(category_text::Column::CategoryId.is_in(cats.iter().map(|c| c.id)))
        .filter(category_text::Column::Locale.is_in([Locale::En.code(), Locale::Fr.code()]))
        .all(&ctx.db)
        .await?;
    let text = |id: i64, locale: Locale| {
        texts
            .iter()
            .find(|t| t.category_id == id && t.locale == locale.code())
    };
    let field = |id: i64, locale: Locale, f: fn(&category_text::Model) -> &String| {
        text(id, locale).map(f).cloned().unwrap_or_default()
    };
    Ok(CategoryAdmin {
        edition_id: loaded.edition.id,
        year: loaded.edition.year,
        submission_opened: rules::has_opened(&loaded.calendar, PhaseKind::Submission, now),
        rows: cats
            .iter()
            .map(|c| CategoryAdminRow {
                id: c.id,
                input: CategoryInput {
                    code: c.code.clone(),
                    number: c.number.to_string(),
                    nominees: c.nominees.to_string(),
                    champions: c.champions.to_string(),
                    winners: c.winners.to_string(),
                    is_special: c.is_special,
                    title_en: field(c.id, Locale::En, |t| &t.title),
                    description_en: field(c.id, Locale::En, |t| &t.description),
                    title_fr: field(c.id, Locale::Fr, |t| &t.title),
                    description_fr: field(c.id, Locale::Fr, |t| &t.description),
                },
            })
            .collect(),
    })
}

async fn put_text(
    conn: &impl ConnectionTrait,
    category_id: i64,
    locale: Locale,
    title: &str,
    description: &str,
) -> Result<(), DomainError> {
    category_text::Entity::delete_by_id((category_id, locale.code().to_owned()))
        .exec(conn)
        .await?;
    if title.is_empty() && description.is_empty() {
        return Ok(());
    }
    category_text::ActiveModel {
        category_id: Set(category_id),
        locale: Set(locale.code().to_owned()),
        title: Set(title.to_owned()),
        description: Set(description.to_owned()),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Creates a category (`category_id` = `None`, e.g. a special prize) or changes one.
///
/// Once the edition's submission phase has opened, submitters rely on the categories: a
/// change then needs a reason. Every change is audited with the old and new rules.
///
/// # Errors
/// Unauthenticated, forbidden, not found, invalid fields (including a code already used).
#[tracing::instrument(skip(ctx, actor, input))]
pub async fn save_category(
    ctx: &AppContext,
    actor: &Actor,
    edition_id: i64,
    category_id: Option<i64>,
    input: &CategoryInput,
    reason: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let edition = edition::Entity::find_by_id(edition_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let mut errors = Vec::new();
    let parsed = rules::parse_category(input)
        .map_err(|e| errors.extend(e))
        .ok();
    let reason = reason.trim();
    let calendar = calendar_of(&ctx.db, edition.id).await?;
    if rules::has_opened(&calendar, PhaseKind::Submission, now) && reason.is_empty() {
        errors.push(FieldError::new("reason", "category-reason-required"));
    }
    if reason.chars().count() > 2000 {
        errors.push(FieldError::new("reason", "reason-too-long"));
    }
    let Some(rules) = parsed.filter(|_| errors.is_empty()) else {
        return Err(DomainError::Invalid(errors));
    };
    let old = match category_id {
        Some(id) => Some(
            category::Entity::find_by_id(id)
                .one(&ctx.db)
                .await?
                .filter(|c| c.edition_id == edition.id)
                .ok_or(DomainError::NotFound)?,
        ),
        None => None,
    };
    let txn = crate::db::begin_write(&ctx.db).await?;
    let mut model = category::ActiveModel {
        edition_id: Set(edition.id),
        number: Set(rules.number),
        code: Set(rules.code.clone()),
        nominees: Set(rules.nominees),
        champions: Set(rules.champions),
        winners: Set(rules.winners),
        is_special: Set(rules.is_special),
        ..Default::default()
    };
    let saved = match &old {
        Some(o) => {
            model.id = sea_orm::Unchanged(o.id);
            model.update(&txn).await
        }
        None => model.insert(&txn).await,
    }
    .map_err(|e| match DomainError::from(e) {
        DomainError::Conflict(_) => DomainError::invalid("code", "category-code-taken"),
        other => other,
    })?;
    put_text(
        &txn,
        saved.id,
        Locale::En,
        &rules.title_en,
        &rules.description_en,
    )
    .await?;
    put_text(
        &txn,
        saved.id,
        Locale::Fr,
        &rules.title_fr,
        &rules.description_fr,
    )
    .await?;
    let summary = |c: &category::Model| {
        serde_json::json!({
            "code": c.code, "number": c.number, "nominees": c.nominees,
            "champions": c.champions, "winners": c.winners, "is_special": c.is_special,
        })
    };
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: if old.is_some() {
                "edition.category.update"
            } else {
                "edition.category.create"
            },
            target_type: "category",
            target_id: format!("{}/{}", edition.year, saved.code),
            reason: (!reason.is_empty()).then(|| reason.to_owned()),
            details: serde_json::json!({
                "old": old.as_ref().map(summary),
                "new": summary(&saved),
                "title_en": rules.title_en,
            }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

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
pub async fn ensure_seeded(db: &DatabaseConnection, now: i64) -> Result<bool, DomainError> {
    if edition::Entity::find().one(db).await?.is_some() {
        return Ok(false);
    }
    let seed: Vec<SeedCategory> =
        serde_json::from_str(SEED_CATEGORIES).map_err(DomainError::internal)?;
    let tz = rules::time_zone(rules::DEFAULT_TIME_ZONE).unwrap_or(TimeZone::UTC);
    // Submission 90 days, screening 30, voting 35, selection 20, publication the rest of the year.
    let lengths = [90, 30, 35, 20, 190];
    // An edition is named after the year its winners are announced (the publication phase).
    let publication_opens = now - 60 + lengths[..4].iter().sum::<i64>() * DAY;
    let year = jiff::Timestamp::from_second(publication_opens)
        .map(|t| t.to_zoned_datetime(tz).year())
        .unwrap_or(2027);
    let txn = crate::db::begin_write(db).await?;
    let e = edition::ActiveModel {
        year: Set(i32::from(year)),
        title: Set(format!("WSIS Prizes {year}")),
        time_zone: Set(rules::DEFAULT_TIME_ZONE.to_owned()),
        submission_rules: Set("{}".to_owned()),
        screening_during_submission: Set(false),
        holds_demo_data: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut start = now - 60;
    for (kind, days) in PhaseKind::ALL.into_iter().zip(lengths) {
        let end = start + days * DAY;
        phase::ActiveModel {
            edition_id: Set(e.id),
            kind: Set(kind.code().to_owned()),
            opens_at: Set(start),
            closes_at: Set(end),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        start = end;
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
        .insert(&txn)
        .await?;
        for (lang, title) in &c.title {
            category_text::ActiveModel {
                category_id: Set(cat.id),
                locale: Set(lang.clone()),
                title: Set(title.clone()),
                // Left empty where not translated: pages fall back to English.
                description: Set(c.description.get(lang).cloned().unwrap_or_default()),
            }
            .insert(&txn)
            .await?;
        }
    }
    txn.commit().await?;
    tracing::info!(year, "seeded the current edition with its 18 categories");
    Ok(true)
}
