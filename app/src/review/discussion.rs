//! The experts' discussion of an entry, as conference review systems hold it: once an expert
//! has sent their own review, they read the other experts' scores and comments on the entry
//! and write to them in a thread kept per round and entry; before sending, never (their own
//! judgement comes first). Experts are numbered, never named: Expert 1, 2, 3 in the order
//! they were assigned. An expert whose assignment was withdrawn, or who declared a conflict,
//! sees nothing of the entry; owners never reach it (experts only); the secretariat turns it
//! off per round.

use std::collections::BTreeMap;

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::{
    DiscussionView, PeerMessage, PeerReview,
    rounds::{self, Window},
    rules::{RoundKind, weighted_total},
    scoring::{own_assignment, refuse_own_entry, round_of, show_tenths},
};
use crate::{
    audit,
    auth::{Actor, Role},
    entity::{review, review_assignment, review_comment, review_round, review_score},
    error::DomainError,
    i18n::{Locale, dates::format_datetime},
    state::AppContext,
};

/// The most characters a message of the discussion may hold.
pub const MAX_CHARS: usize = 4_000;

/// What an expert may reach of the discussion of their assignment: checked on every read and
/// write. Returns the round, the assignment, and each assignment's number on the entry.
async fn admitted(
    ctx: &AppContext,
    actor: &Actor,
    assignment_id: i64,
) -> Result<
    (
        rounds::Round,
        review_assignment::Model,
        BTreeMap<i64, usize>,
    ),
    DomainError,
> {
    let session = actor.require(Role::Expert)?;
    // Withdrawn or conflicted: refused here, before anything of the entry is read.
    let a = own_assignment(&ctx.db, session.account_id, assignment_id).await?;
    let round = round_of(ctx, &a).await?;
    let entry = crate::entity::submission::Entity::find_by_id(a.submission_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    refuse_own_entry(&ctx.db, &round, session.account_id, &entry).await?;
    if !round.model.discussion {
        return Err(DomainError::Forbidden("discussion-off"));
    }
    let sent = review::Entity::find()
        .filter(review::Column::AssignmentId.eq(a.id))
        .one(&ctx.db)
        .await?
        .is_some();
    if !sent {
        return Err(DomainError::Forbidden("discussion-after-review"));
    }
    // Every assignment ever made on the entry in this round, in order: an expert keeps their
    // number even once withdrawn, so that the thread reads the same.
    let numbers: BTreeMap<i64, usize> = review_assignment::Entity::find()
        .filter(review_assignment::Column::RoundId.eq(a.round_id))
        .filter(review_assignment::Column::SubmissionId.eq(a.submission_id))
        .order_by_asc(review_assignment::Column::Id)
        .all(&ctx.db)
        .await?
        .into_iter()
        .enumerate()
        .map(|(i, x)| (x.expert_id, i + 1))
        .collect();
    Ok((round, a, numbers))
}

fn label(locale: Locale, numbers: &BTreeMap<i64, usize>, expert: Option<i64>) -> String {
    let n = expert
        .and_then(|e| numbers.get(&e))
        .map_or_else(|| "?".to_owned(), ToString::to_string);
    locale.t_args("discussion-expert", &[("n", n)])
}

/// The discussion of the entry of the expert's assignment `assignment_id`.
///
/// # Errors
/// Unauthenticated; forbidden unless an expert who sent their review of it, on a live
/// assignment without conflict, in a round whose discussion is on; not found otherwise.
pub async fn view(
    ctx: &AppContext,
    actor: &Actor,
    assignment_id: i64,
    locale: Locale,
) -> Result<DiscussionView, DomainError> {
    let (round, a, numbers) = admitted(ctx, actor, assignment_id).await?;
    let live: Vec<i64> = review_assignment::Entity::find()
        .filter(review_assignment::Column::RoundId.eq(a.round_id))
        .filter(review_assignment::Column::SubmissionId.eq(a.submission_id))
        .filter(review_assignment::Column::ReleasedAt.is_null())
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|x| x.id)
        .collect();
    // The others' reviews as sent, on live assignments only.
    let reviews = review::Entity::find()
        .filter(review::Column::AssignmentId.is_in(live))
        .filter(review::Column::AssignmentId.ne(a.id))
        .order_by_asc(review::Column::AssignmentId)
        .all(&ctx.db)
        .await?;
    let scores = review_score::Entity::find()
        .filter(review_score::Column::ReviewId.is_in(reviews.iter().map(|r| r.id)))
        .all(&ctx.db)
        .await?;
    let rubric = round.rubric();
    let others = reviews
        .into_iter()
        .map(|r| {
            let tenths: Vec<u16> = round
                .criteria
                .iter()
                .map(|c| {
                    scores
                        .iter()
                        .find(|s| s.review_id == r.id && s.criterion_id == c.id)
                        .and_then(|s| u16::try_from(s.tenths).ok())
                        .unwrap_or(0)
                })
                .collect();
            PeerReview {
                expert: label(locale, &numbers, Some(r.expert_id)),
                total: format!("{:.1}", weighted_total(&rubric, &tenths)),
                scores: round
                    .criteria
                    .iter()
                    .zip(&tenths)
                    .map(|(c, t)| (c.title.clone(), show_tenths(i32::from(*t))))
                    .collect(),
                comment: r.comment,
            }
        })
        .collect();
    let tz = round.edition.tz()?;
    let messages = review_comment::Entity::find()
        .filter(review_comment::Column::RoundId.eq(a.round_id))
        .filter(review_comment::Column::SubmissionId.eq(a.submission_id))
        .order_by_asc(review_comment::Column::Id)
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|m| PeerMessage {
            expert: label(locale, &numbers, m.expert_id),
            mine: m.expert_id == Some(a.expert_id),
            at: format_datetime(m.created_at, &tz, locale),
            body: m.body,
        })
        .collect();
    Ok(DiscussionView {
        me: label(locale, &numbers, Some(a.expert_id)),
        open: round.window == Window::Open,
        others,
        messages,
    })
}

/// Writes `body` in the discussion of the entry of the assignment `assignment_id`.
///
/// # Errors
/// As [`view`]; phase closed once the round closed; invalid when empty or too long.
#[tracing::instrument(skip(ctx, actor, body))]
pub async fn post(
    ctx: &AppContext,
    actor: &Actor,
    assignment_id: i64,
    body: &str,
) -> Result<(), DomainError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(DomainError::invalid("body", "discussion-empty"));
    }
    if body.chars().count() > MAX_CHARS {
        return Err(DomainError::invalid("body", "discussion-too-long"));
    }
    let (round, a, _) = admitted(ctx, actor, assignment_id).await?;
    if round.window != Window::Open {
        return Err(DomainError::PhaseClosed("round-closed"));
    }
    review_comment::ActiveModel {
        round_id: Set(a.round_id),
        submission_id: Set(a.submission_id),
        expert_id: Set(Some(a.expert_id)),
        body: Set(body.to_owned()),
        created_at: Set(ctx.clock.now()),
        ..Default::default()
    }
    .insert(&ctx.db)
    .await?;
    Ok(())
}

/// Turns the experts' discussion of a round of the current edition on or off, audited.
///
/// # Errors
/// Unauthenticated, forbidden, not found.
#[tracing::instrument(skip(ctx, actor))]
pub async fn set(
    ctx: &AppContext,
    actor: &Actor,
    kind: RoundKind,
    on: bool,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let round = rounds::current(ctx, kind).await?;
    let txn = crate::db::begin_write(&ctx.db).await?;
    review_round::ActiveModel {
        id: sea_orm::Unchanged(round.model.id),
        discussion: Set(on),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::RoundSaved,
            target_type: audit::TargetType::ReviewRound,
            target_id: round.model.id.to_string(),
            reason: None,
            details: serde_json::json!({ "kind": kind.code(), "discussion": on }),
        },
        ctx.clock.now(),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
