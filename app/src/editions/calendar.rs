//! The secretariat's calendar: the form, and its edits (validated, audited, and explained by a
//! reason once a phase has opened).

use jiff::tz::TimeZone;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::{
    CalendarForm, CalendarPhase,
    lookups::{calendar_of, current},
    rules::{self, PhaseKind, PhaseWindow},
};
use crate::{
    audit,
    auth::{Actor, Role},
    entity::{edition, phase},
    error::{DomainError, FieldError},
    state::AppContext,
};

/// The calendar of the current edition as the secretariat edits it.
///
/// # Errors
/// Unauthenticated, forbidden, not found.
pub async fn get_calendar_form(
    ctx: &AppContext,
    actor: &Actor,
) -> Result<CalendarForm, DomainError> {
    actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let loaded = current(&ctx.db, now).await?.ok_or(DomainError::NotFound)?;
    let tz = loaded.tz()?;
    let mut windows = loaded.calendar.clone();
    windows.sort_by_key(|w| w.kind);
    Ok(CalendarForm {
        edition_id: loaded.edition.id,
        year: loaded.edition.year,
        title: loaded.edition.title.clone(),
        time_zone: loaded.edition.time_zone.clone(),
        screening_during_submission: loaded.edition.screening_during_submission,
        complete_ballots_only: loaded.edition.complete_ballots_only,
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
    /// Whether only complete ballots count in the public vote (`None`: unchanged).
    pub complete_ballots_only: Option<bool>,
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
    let ballots = input
        .complete_ballots_only
        .unwrap_or(edition.complete_ballots_only);
    // The counting rule is fixed once the vote has opened: votes were cast under it.
    if ballots != edition.complete_ballots_only
        && old
            .iter()
            .any(|o| o.kind == PhaseKind::Voting && o.opens_at <= now)
    {
        errors.push(FieldError::new(
            "ballot_rule",
            "calendar-ballot-rule-locked",
        ));
    }
    let rule_changed_after_opening = (edition.screening_during_submission
        != input.screening_during_submission
        || ballots != edition.complete_ballots_only)
        && any_opened;
    let reason = audit::Reason::optional(&input.reason, "reason")
        .map_err(|e| errors.extend(e.fields()))
        .ok()
        .flatten();
    if (!changed_opened.is_empty() || zone_changed_after_opening || rule_changed_after_opening)
        && reason.is_none()
        && errors.iter().all(|e| e.field != "reason")
    {
        errors.push(FieldError::new("reason", "calendar-reason-required"));
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
        complete_ballots_only: Set(ballots),
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
            reason,
            details: serde_json::json!({
                "time_zone": { "old": edition.time_zone, "new": input.time_zone.trim() },
                "screening_during_submission": { "old": edition.screening_during_submission, "new": input.screening_during_submission },
                "complete_ballots_only": { "old": edition.complete_ballots_only, "new": ballots },
                "old": window_json(&old),
                "new": window_json(&new),
                "opened_phases_changed": changed_opened.iter().map(|k| k.code()).collect::<Vec<_>>(),
            }),
        },
        now,
    )
    .await?;
    super::lookups::changed(&txn).await?;
    txn.commit().await?;
    super::lookups::forget(ctx);
    Ok(())
}
