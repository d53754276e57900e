//! The secretariat's calendar: the form, and its edits (validated, audited, and explained by a
//! reason once a phase has opened).

use jiff::tz::TimeZone;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

use super::{CalendarForm, CalendarPhase, rules};
use crate::{
    audit,
    auth::{Actor, Role},
    catalogue,
    codes::PhaseKind,
    entity::{edition, phase},
    error::{DomainError, FieldError},
    phases::{self, PhaseWindow},
    state::AppContext,
};

/// The calendar of the edition of `year` (the current one by default) as the secretariat
/// edits it.
///
/// # Errors
/// Unauthenticated, forbidden, not found.
pub async fn get_calendar_form(
    ctx: &AppContext,
    actor: &Actor,
    year: Option<i32>,
) -> Result<CalendarForm, DomainError> {
    actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    // The next edition is prepared by its year while the current one runs.
    let loaded = catalogue::of_year(ctx, year)
        .await?
        .ok_or(DomainError::NotFound)?;
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
        limits: crate::nominations::queries::limits_of(&loaded.edition)?,
        limits_frozen: phases::has_opened(&loaded.calendar, PhaseKind::Submission, now),
        phases: windows
            .iter()
            .map(|w| CalendarPhase {
                kind: w.kind,
                opens_local: phases::format_local_input(w.opens_at, &tz),
                closes_local: phases::format_local_input(w.closes_at, &tz),
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
) -> Result<i32, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let edition = edition::Entity::find_by_id(input.edition_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let old = catalogue::load::calendar_of(&ctx.db, edition.id).await?;
    let mut errors = Vec::new();
    let typed = read(input, &mut errors);
    let change = judge(&edition, &old, &typed, input, now, &mut errors);
    if !errors.is_empty() {
        return Err(DomainError::Invalid(errors));
    }
    let txn = crate::db::begin_write(&ctx.db).await?;
    store(&txn, &edition, &typed, &change, now).await?;
    let windows = |c: &[PhaseWindow]| {
        c.iter()
            .map(|w| (w.kind.code().to_owned(), json!([w.opens_at, w.closes_at])))
            .collect::<serde_json::Map<_, _>>()
    };
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::CalendarUpdate,
            target_type: audit::TargetType::Edition,
            target_id: edition.year.to_string(),
            reason: typed.reason,
            details: json!({
                "time_zone": { "old": edition.time_zone, "new": typed.time_zone },
                "screening_during_submission": { "old": edition.screening_during_submission, "new": input.screening_during_submission },
                "complete_ballots_only": { "old": edition.complete_ballots_only, "new": change.complete_ballots_only },
                "old": windows(&old),
                "new": windows(&typed.windows),
                "opened_phases_changed": change.opened_phases_changed.iter().map(|k| k.code()).collect::<Vec<_>>(),
            }),
        },
        now,
    )
    .await?;
    catalogue::commit(ctx, txn).await?;
    Ok(edition.year)
}

/// A calendar as typed, read: what could be read, the rest reported as field errors.
pub(super) struct Typed {
    pub(super) title: Option<String>,
    pub(super) time_zone: String,
    /// The phases whose two dates could be read.
    pub(super) windows: Vec<PhaseWindow>,
    pub(super) reason: Option<audit::Reason>,
}

/// Reads the form: the title, the zone, each phase's local dates in that zone, the reason;
/// then, if all of that was readable, checks the calendar as a whole.
pub(super) fn read(input: &CalendarInput, errors: &mut Vec<FieldError>) -> Typed {
    let title = crate::accounts::rules::one_line(&input.title, 200, "title")
        .map_err(|k| errors.push(FieldError::new("title", &k)))
        .ok();
    let time_zone = input.time_zone.trim().to_owned();
    let tz = phases::time_zone(&time_zone).unwrap_or_else(|| {
        errors.push(FieldError::new("time_zone", "calendar-time-zone-unknown"));
        TimeZone::UTC
    });
    let mut windows = Vec::new();
    for (kind, opens, closes) in &input.dates {
        let mut local = |typed: &str, end: &str| {
            let at = phases::parse_local(typed, &tz);
            if at.is_none() {
                errors.push(FieldError::new(
                    &format!("{}_{end}", kind.code()),
                    "calendar-date-invalid",
                ));
            }
            at
        };
        if let (Some(opens_at), Some(closes_at)) = (local(opens, "opens"), local(closes, "closes"))
        {
            windows.push(PhaseWindow {
                kind: *kind,
                opens_at,
                closes_at,
            });
        }
    }
    if errors.is_empty()
        && let Err(e) = rules::validate_calendar(&windows)
    {
        errors.extend(e);
    }
    let reason = audit::Reason::optional(&input.reason, "reason")
        .map_err(|e| errors.extend(e.fields()))
        .ok()
        .flatten();
    Typed {
        title,
        time_zone,
        windows,
        reason,
    }
}

/// What a calendar change decides beyond its dates.
struct Change {
    screening_during_submission: bool,
    complete_ballots_only: bool,
    /// The phases, opened already, whose dates move.
    opened_phases_changed: Vec<PhaseKind>,
}

/// The policy: what has opened has been relied upon, so changing it (a phase's dates, the
/// zone, a rule) needs a reason; the counting rule is fixed once the vote has opened, since
/// votes were cast under it.
fn judge(
    edition: &edition::Model,
    old: &[PhaseWindow],
    typed: &Typed,
    input: &CalendarInput,
    now: i64,
    errors: &mut Vec<FieldError>,
) -> Change {
    let opened = |kind: PhaseKind| {
        old.iter()
            .find(|o| o.kind == kind)
            .filter(|o| o.opens_at <= now)
    };
    let opened_phases_changed: Vec<PhaseKind> = typed
        .windows
        .iter()
        .filter(|n| {
            opened(n.kind).is_some_and(|o| (o.opens_at, o.closes_at) != (n.opens_at, n.closes_at))
        })
        .map(|n| n.kind)
        .collect();
    let any_opened = old.iter().any(|o| o.opens_at <= now);
    let complete_ballots_only = input
        .complete_ballots_only
        .unwrap_or(edition.complete_ballots_only);
    let ballot_rule_changed = complete_ballots_only != edition.complete_ballots_only;
    if ballot_rule_changed && opened(PhaseKind::Voting).is_some() {
        errors.push(FieldError::new(
            "ballot_rule",
            "calendar-ballot-rule-locked",
        ));
    }
    let zone_changed = edition.time_zone != typed.time_zone;
    let rule_changed = edition.screening_during_submission != input.screening_during_submission
        || ballot_rule_changed;
    let relied_upon =
        !opened_phases_changed.is_empty() || (any_opened && (zone_changed || rule_changed));
    if relied_upon && typed.reason.is_none() && errors.iter().all(|e| e.field != "reason") {
        errors.push(FieldError::new("reason", "calendar-reason-required"));
    }
    Change {
        screening_during_submission: input.screening_during_submission,
        complete_ballots_only,
        opened_phases_changed,
    }
}

/// Writes the edition's title, zone and rules, and its phases afresh.
async fn store(
    txn: &impl ConnectionTrait,
    edition: &edition::Model,
    typed: &Typed,
    change: &Change,
    now: i64,
) -> Result<(), DomainError> {
    edition::ActiveModel {
        id: sea_orm::Unchanged(edition.id),
        title: Set(typed.title.clone().unwrap_or_default()),
        time_zone: Set(typed.time_zone.clone()),
        screening_during_submission: Set(change.screening_during_submission),
        complete_ballots_only: Set(change.complete_ballots_only),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?;
    phase::Entity::delete_many()
        .filter(phase::Column::EditionId.eq(edition.id))
        .exec(txn)
        .await?;
    for w in &typed.windows {
        phase::ActiveModel {
            edition_id: Set(edition.id),
            kind: Set(w.kind),
            opens_at: Set(w.opens_at),
            closes_at: Set(w.closes_at),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}
