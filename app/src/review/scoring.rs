//! The expert's side: their list, the score sheet, sending and revising a review, and
//! declaring a conflict.
//!
//! Scoring is blind. An expert reaches an entry only through an assignment of their own
//! that is still live; anything else (another expert's assignment, an entry never given to
//! them, a released one) answers "not found", so ids reveal nothing. The sheet shows the
//! project as submitted, never its owner's account, and never another review; vote counts
//! are never part of it.

use std::collections::BTreeMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{
    AssignedEntry, CriterionView, EntryForReview, MyReviews, ScoreSheet,
    assign::{self, release},
    rounds::{self, Round, Window},
    rules::{ConflictReason, RoundKind, parse_score, weighted_total},
};
use crate::{
    audit,
    auth::{Actor, Role},
    catalogue,
    entity::{
        category, columns::Json, organisation, review, review_assignment, review_conflict,
        review_revision, review_score, submission,
    },
    error::{DomainError, FieldError},
    i18n::Locale,
    state::AppContext,
};

/// The longest comment, in characters.
pub const MAX_COMMENT: usize = 4000;

/// The round an expert works in now: the open one; else the most recent that has closed;
/// else the first still to open (its list can be read before it opens).
async fn working_round(ctx: &AppContext) -> Result<Round, DomainError> {
    let mut closed = None;
    let mut upcoming = None;
    for kind in RoundKind::ALL {
        let round = rounds::current(ctx, *kind).await?;
        match round.window {
            Window::Open => return Ok(round),
            Window::Closed => closed = Some(round),
            Window::NotYetOpen => {
                if upcoming.is_none() {
                    upcoming = Some(round);
                }
            }
        }
    }
    closed.or(upcoming).ok_or(DomainError::NotFound)
}

/// The signed-in expert's assigned entries in the working round.
///
/// # Errors
/// Unauthenticated; forbidden for non-experts.
#[tracing::instrument(skip_all)]
pub async fn my_reviews(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
) -> Result<MyReviews, DomainError> {
    let session = actor.require(Role::Expert)?;
    let round = working_round(ctx).await?;
    let assignments = review_assignment::Entity::find()
        .filter(review_assignment::Column::RoundId.eq(round.model.id))
        .filter(review_assignment::Column::ExpertId.eq(session.account_id))
        .filter(review_assignment::Column::ReleasedAt.is_null())
        .order_by_asc(review_assignment::Column::Id)
        .all(&ctx.db)
        .await?;
    let subs: BTreeMap<i64, submission::Model> = submission::Entity::find()
        .filter(submission::Column::Id.is_in(assignments.iter().map(|a| a.submission_id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let reviews: BTreeMap<i64, review::Model> = review::Entity::find()
        .filter(review::Column::AssignmentId.is_in(assignments.iter().map(|a| a.id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|r| (r.assignment_id, r))
        .collect();
    let codes: BTreeMap<i64, String> = category::Entity::find()
        .filter(category::Column::EditionId.eq(round.edition.edition.id))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.code))
        .collect();
    let tz = catalogue::time_zone_of(&round.edition.edition)?;
    let closes_at = round
        .edition
        .calendar
        .iter()
        .find(|w| w.kind == rounds::phase_of(round.kind()))
        .map(|w| crate::i18n::dates::format_datetime(w.closes_at, &tz, locale));
    let entries: Vec<AssignedEntry> = assignments
        .iter()
        .filter_map(|a| {
            let s = subs.get(&a.submission_id)?;
            Some(AssignedEntry {
                assignment_id: a.id,
                title: s.title.clone(),
                category_code: codes.get(&s.category_id).cloned().unwrap_or_default(),
                version: reviews.get(&a.id).map_or(0, |r| r.version),
            })
        })
        .collect();
    Ok(MyReviews {
        round: Some(round.kind()),
        open: round.window == Window::Open,
        closes_at,
        done: entries.iter().filter(|e| e.version > 0).count(),
        entries,
    })
}

/// The expert's own live assignment. Someone else's, or none, is not found; their own
/// released one (a declared conflict, or taken back) is forbidden, with the reason.
pub(super) async fn own_assignment(
    conn: &impl ConnectionTrait,
    expert_id: i64,
    assignment_id: i64,
) -> Result<review_assignment::Model, DomainError> {
    let a = review_assignment::Entity::find_by_id(assignment_id)
        .filter(review_assignment::Column::ExpertId.eq(expert_id))
        .one(conn)
        .await?
        .ok_or(DomainError::NotFound)?;
    match a.release_reason.as_deref() {
        None if a.released_at.is_none() => Ok(a),
        Some(release::DECLARED_CONFLICT) => Err(DomainError::Forbidden("review-conflicted")),
        Some(release::OWN_ENTRY) => Err(DomainError::Forbidden("review-own-entry")),
        _ => Err(DomainError::Forbidden("review-released")),
    }
}

/// Refuses an expert their own entry, or their own organisation's, whatever the assignment
/// says: the account's organisation may have changed since it was made.
pub(super) async fn refuse_own_entry(
    conn: &impl ConnectionTrait,
    round: &Round,
    expert_id: i64,
    entry: &submission::Model,
) -> Result<(), DomainError> {
    match assign::standing_conflict(conn, &round.model, expert_id, entry).await? {
        Some(ConflictReason::OwnEntry | ConflictReason::OwnOrganisation) => {
            Err(DomainError::Forbidden("review-own-entry"))
        }
        Some(_) => Err(DomainError::Forbidden("review-conflicted")),
        None => Ok(()),
    }
}

/// The round an assignment belongs to, as the current edition holds it.
pub(super) async fn round_of(
    ctx: &AppContext,
    a: &review_assignment::Model,
) -> Result<Round, DomainError> {
    for kind in RoundKind::ALL {
        let round = rounds::current(ctx, *kind).await?;
        if round.model.id == a.round_id {
            return Ok(round);
        }
    }
    // An assignment of an earlier edition: nothing to do with it any more.
    Err(DomainError::NotFound)
}

/// Shows a score in tenths as the expert typed it: "7" or "7.5".
pub fn show_tenths(tenths: i32) -> String {
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// The score sheet of one of the expert's entries.
///
/// # Errors
/// Unauthenticated; forbidden for non-experts; not found for anything but their own live
/// assignment.
#[tracing::instrument(skip_all, fields(assignment_id))]
pub async fn sheet(
    ctx: &AppContext,
    actor: &Actor,
    assignment_id: i64,
    locale: Locale,
) -> Result<ScoreSheet, DomainError> {
    let session = actor.require(Role::Expert)?;
    let a = own_assignment(&ctx.db, session.account_id, assignment_id).await?;
    let round = round_of(ctx, &a).await?;
    let s = submission::Entity::find_by_id(a.submission_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    refuse_own_entry(&ctx.db, &round, session.account_id, &s).await?;
    let org = match s.organisation_id {
        Some(id) => organisation::Entity::find_by_id(id).one(&ctx.db).await?,
        None => None,
    };
    let cat = category::Entity::find_by_id(s.category_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let texts = catalogue::load::category_texts(&ctx.db, [cat.id], locale).await?;
    let category_title = catalogue::localized(&texts, cat.id, locale, |t| &t.title);
    let mine = review::Entity::find()
        .filter(review::Column::AssignmentId.eq(a.id))
        .one(&ctx.db)
        .await?;
    let scores: BTreeMap<i64, i32> = match &mine {
        Some(r) => review_score::Entity::find()
            .filter(review_score::Column::ReviewId.eq(r.id))
            .all(&ctx.db)
            .await?
            .into_iter()
            .map(|s| (s.criterion_id, s.tenths))
            .collect(),
        None => BTreeMap::new(),
    };
    // What the rubric makes of the review as sent: the same sum the ranking uses.
    let total = mine.as_ref().map(|_| {
        let tenths: Vec<u16> = round
            .criteria
            .iter()
            .map(|c| {
                scores
                    .get(&c.id)
                    .and_then(|t| u16::try_from(*t).ok())
                    .unwrap_or(0)
            })
            .collect();
        format!("{:.1}", weighted_total(&round.rubric(), &tenths))
    });
    Ok(ScoreSheet {
        assignment_id: a.id,
        round: round.kind(),
        open: round.window == Window::Open,
        entry: EntryForReview {
            title: s.title,
            organisation: org.as_ref().map(|o| o.name.clone()).unwrap_or_default(),
            country: org.map(|o| o.country).unwrap_or_default(),
            category_code: cat.code,
            category_title,
            short_description: s.short_description,
            action_lines: s.action_lines.0.join(", "),
            sdgs: s
                .sdgs
                .0
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            impact_qualitative: s.impact_qualitative,
            impact_quantitative: s.impact_quantitative,
            partnerships: s.partnerships,
            challenges: s.challenges,
            start_date: s.start_date,
            project_status: s.project_status.get().map_or("", |p| p.code()).to_owned(),
            website: s.website,
        },
        criteria: round
            .criteria
            .iter()
            .map(|c| CriterionView {
                code: c.code.clone(),
                title: c.title.clone(),
                weight: c.weight,
                scale: c.scale,
                value: scores
                    .get(&c.id)
                    .map(|t| show_tenths(*t))
                    .unwrap_or_default(),
            })
            .collect(),
        comment: mine.as_ref().map(|r| r.comment.clone()).unwrap_or_default(),
        version: mine.map_or(0, |r| r.version),
        total,
    })
}

/// Sends (or revises) the expert's review of one of their entries. Every criterion needs a
/// score within its scale, with at most one decimal; the comment is optional. Revisions are
/// possible until the round closes, and every version is kept.
///
/// # Errors
/// Unauthenticated; forbidden; not found (not their live assignment); phase closed outside
/// the round's window; invalid scores or comment.
#[tracing::instrument(skip_all, fields(assignment_id))]
pub async fn submit(
    ctx: &AppContext,
    actor: &Actor,
    assignment_id: i64,
    typed: &BTreeMap<String, String>,
    comment: &str,
) -> Result<i32, DomainError> {
    let session = actor.require(Role::Expert)?;
    let a = own_assignment(&ctx.db, session.account_id, assignment_id).await?;
    let round = round_of(ctx, &a).await?;
    match round.window {
        Window::Open => {}
        Window::NotYetOpen => return Err(DomainError::PhaseClosed("round-not-open")),
        Window::Closed => return Err(DomainError::PhaseClosed("round-closed")),
    }
    let mut errors = Vec::new();
    let mut tenths = Vec::with_capacity(round.criteria.len());
    for c in &round.criteria {
        let text = typed.get(&c.code).map_or("", String::as_str);
        match parse_score(text, u8::try_from(c.scale).unwrap_or(0)) {
            Ok(t) => tenths.push((c, t)),
            Err(key) => errors.push(FieldError::new(&format!("scores[{}]", c.code), key)),
        }
    }
    if typed
        .keys()
        .any(|k| round.criteria.iter().all(|c| &c.code != k))
    {
        errors.push(FieldError::new("scores", "review-score-unknown-criterion"));
    }
    let comment = comment.trim();
    if comment.chars().count() > MAX_COMMENT {
        errors.push(FieldError::new("comment", "review-comment-too-long"));
    }
    if !errors.is_empty() {
        return Err(DomainError::Invalid(errors));
    }

    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    // Read again inside the write transaction: a conflict declared meanwhile releases it.
    let a = own_assignment(&txn, session.account_id, a.id).await?;
    let entry = submission::Entity::find_by_id(a.submission_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    refuse_own_entry(&txn, &round, session.account_id, &entry).await?;
    let existing = review::Entity::find()
        .filter(review::Column::AssignmentId.eq(a.id))
        .one(&txn)
        .await?;
    let saved = match existing {
        Some(r) => {
            let version = r.version + 1;
            let mut active: review::ActiveModel = r.into();
            active.comment = Set(comment.to_owned());
            active.version = Set(version);
            active.revised_at = Set(now);
            active.update(&txn).await?
        }
        None => {
            review::ActiveModel {
                assignment_id: Set(a.id),
                round_id: Set(a.round_id),
                submission_id: Set(a.submission_id),
                expert_id: Set(a.expert_id),
                comment: Set(comment.to_owned()),
                version: Set(1),
                submitted_at: Set(now),
                revised_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?
        }
    };
    review_score::Entity::delete_many()
        .filter(review_score::Column::ReviewId.eq(saved.id))
        .exec(&txn)
        .await?;
    for (c, t) in &tenths {
        review_score::ActiveModel {
            review_id: Set(saved.id),
            criterion_id: Set(c.id),
            tenths: Set(i32::from(*t)),
        }
        .insert(&txn)
        .await?;
    }
    let scores: BTreeMap<String, u16> = tenths.iter().map(|(c, t)| (c.code.clone(), *t)).collect();
    review_revision::ActiveModel {
        review_id: Set(saved.id),
        version: Set(saved.version),
        scores: Set(Json(scores)),
        comment: Set(comment.to_owned()),
        submitted_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(saved.version)
}

/// The expert declares a conflict on one of their entries: it leaves their list at once and
/// goes back to the assignment, which will never offer it to them again. A review they had
/// sent for it no longer counts.
///
/// # Errors
/// Unauthenticated; forbidden; not found; phase closed once the round closed; invalid note.
#[tracing::instrument(skip_all, fields(assignment_id))]
pub async fn declare_conflict(
    ctx: &AppContext,
    actor: &Actor,
    assignment_id: i64,
    note: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Expert)?;
    let a = own_assignment(&ctx.db, session.account_id, assignment_id).await?;
    let round = round_of(ctx, &a).await?;
    if round.window == Window::Closed {
        return Err(DomainError::PhaseClosed("round-closed"));
    }
    let note = note.trim();
    if note.chars().count() > crate::audit::Reason::MAX_CHARS {
        return Err(DomainError::invalid("note", "review-note-too-long"));
    }
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let a = own_assignment(&txn, session.account_id, a.id).await?;
    let mut active: review_assignment::ActiveModel = a.clone().into();
    active.released_at = Set(Some(now));
    active.release_reason = Set(Some(release::DECLARED_CONFLICT.to_owned()));
    active.update(&txn).await?;
    review_conflict::ActiveModel {
        round_id: Set(a.round_id),
        submission_id: Set(a.submission_id),
        expert_id: Set(a.expert_id),
        note: Set(note.to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::ConflictDeclared,
            target_type: audit::TargetType::Submission,
            target_id: a.submission_id.to_string(),
            reason: None,
            details: serde_json::json!({ "round": a.round_id }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_are_shown_as_typed() {
        assert_eq!(show_tenths(70), "7");
        assert_eq!(show_tenths(75), "7.5");
        assert_eq!(show_tenths(5), "0.5");
        assert_eq!(show_tenths(100), "10");
    }
}
