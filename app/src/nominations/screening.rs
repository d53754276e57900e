//! The screeners' use cases: the queue with its filters and counts, one submission as the
//! screener sees it, decisions (eligible, not eligible, changes requested, moved), dismissed
//! flags, and the expiry of requests for changes. Each decision is audited and mailed.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{
    Decision, QueueCounts, QueueFilter, QueueRow, ScreeningQueue, SubmissionView,
    queries::{
        Notice, category_titles, entity_conflict, expire_change_requests, find, limits_of,
        notify_members, view_of,
    },
    rules::SubmissionStatus,
};
use crate::{
    audit,
    auth::{Actor, Role},
    catalogue,
    codes::{DecisionKind, PhaseKind},
    entity::{category, edition, organisation, screening_decision, submission, submission_flag},
    error::DomainError,
    i18n::Locale,
    phases::{self, PhaseWindow},
    state::AppContext,
};

const DAY: i64 = 86_400;

/// Screening decisions are taken while the screening phase is open, or from the opening of
/// submission when the edition says so.
fn require_screening_open(
    edition: &edition::Model,
    calendar: &[PhaseWindow],
    now: i64,
) -> Result<(), DomainError> {
    let open = phases::is_open(calendar, PhaseKind::Screening, now)
        || (edition.screening_during_submission
            && phases::is_open(calendar, PhaseKind::Submission, now));
    if open {
        Ok(())
    } else {
        Err(DomainError::PhaseClosed("screening-closed"))
    }
}

/// One submission, for the secretariat.
///
/// # Errors
/// Unauthenticated, forbidden, not found.
pub async fn get_for_screening(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    locale: Locale,
) -> Result<SubmissionView, DomainError> {
    actor.require(Role::Secretariat)?;
    expire_change_requests(&ctx.db, ctx.clock.now()).await?;
    let s = submission::Entity::find_by_id(id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    if s.status == SubmissionStatus::Draft {
        // Drafts belong to their owners until they are sent.
        return Err(DomainError::NotFound);
    }
    view_of(ctx, s, locale, false, None).await
}

/// The screening queue of the current edition: sent submissions with filters, and counts by
/// status. Drafts are not shown.
///
/// # Errors
/// Unauthenticated, forbidden.
pub async fn queue(
    ctx: &AppContext,
    actor: &Actor,
    filter: &QueueFilter,
    locale: Locale,
) -> Result<ScreeningQueue, DomainError> {
    actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    expire_change_requests(&ctx.db, now).await?;
    let loaded = catalogue::current(ctx)
        .await?
        .ok_or(DomainError::NotFound)?;
    let subs = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(loaded.edition.id))
        .filter(submission::Column::Status.ne(SubmissionStatus::Draft))
        .order_by_asc(submission::Column::Id)
        .all(&ctx.db)
        .await?;
    let orgs: HashMap<i64, organisation::Model> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(subs.iter().filter_map(|s| s.organisation_id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let flagged: HashMap<i64, usize> = submission_flag::Entity::find()
        .filter(submission_flag::Column::SubmissionId.is_in(subs.iter().map(|s| s.id)))
        .filter(submission_flag::Column::ResolvedAt.is_null())
        .all(&ctx.db)
        .await?
        .into_iter()
        .fold(HashMap::new(), |mut acc, f| {
            *acc.entry(f.submission_id).or_default() += 1;
            acc
        });
    let titles = category_titles(
        &ctx.db,
        subs.iter().map(|s| s.category_id).collect(),
        locale,
    )
    .await?;
    let mut counts = QueueCounts::default();
    let mut rows = Vec::new();
    for s in &subs {
        let org = s.organisation_id.and_then(|id| orgs.get(&id));
        let country = org.map(|o| o.country.clone()).unwrap_or_default();
        let region = crate::countries::region_of(&country);
        let (code, _) = titles.get(&s.category_id).cloned().unwrap_or_default();
        let status = s.status;
        let flags = flagged.get(&s.id).copied().unwrap_or(0);
        let keep = filter
            .category
            .as_ref()
            .is_none_or(|c| c.is_empty() || *c == code)
            && filter.status.is_none_or(|st| st == status)
            && filter
                .country
                .as_ref()
                .is_none_or(|c| c.is_empty() || c.eq_ignore_ascii_case(&country))
            && filter.region.is_none_or(|r| Some(r) == region)
            && filter.stakeholder_type.as_ref().is_none_or(|t| {
                t.is_empty()
                    || org.is_some_and(|o| {
                        o.stakeholder_type
                            .get()
                            .is_some_and(|s| s.code() == t.as_str())
                    })
            })
            && (!filter.flagged_only || flags > 0);
        if !keep {
            continue;
        }
        counts.add(status);
        rows.push(QueueRow {
            id: s.id,
            title: s.title.clone(),
            organisation: org.map(|o| o.name.clone()).unwrap_or_default(),
            country,
            category_code: code,
            status,
            flags,
        });
    }
    let pages = rows.len().div_ceil(super::QUEUE_PAGE_SIZE).max(1);
    let page = filter.page.min(pages - 1);
    let rows = rows
        .into_iter()
        .skip(page * super::QUEUE_PAGE_SIZE)
        .take(super::QUEUE_PAGE_SIZE)
        .collect();
    Ok(ScreeningQueue {
        rows,
        counts,
        page,
        pages,
    })
}

/// Records a screening decision, tells the owners, and writes the audit log.
///
/// # Errors
/// Unauthenticated, forbidden, not found, invalid (missing reason, unknown category, an
/// entity that already has a submission in the target category), or too late (voting has
/// opened: the nominee list is frozen).
#[tracing::instrument(skip(ctx, actor))]
pub async fn decide(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    decision: &Decision,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let s = find(&txn, id).await?;
    if matches!(
        s.status,
        SubmissionStatus::Draft | SubmissionStatus::Withdrawn
    ) {
        return Err(DomainError::NotFound);
    }
    let edition = edition::Entity::find_by_id(s.edition_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    let calendar = catalogue::load::calendar_of(&txn, edition.id).await?;
    require_screening_open(&edition, &calendar, now)?;
    let ruling = rule(&txn, &edition, &calendar, &s, decision, now).await?;
    // A decision the secretariat takes is recorded and told; `rule` makes no other.
    let (Some(action), Some(body_key)) = (ruling.kind.screening_action(), ruling.kind.mail_body())
    else {
        return Err(DomainError::internal(
            "a screening decision without its act",
        ));
    };
    let mut update = submission::ActiveModel {
        id: sea_orm::Unchanged(s.id),
        updated_at: Set(now),
        ..Default::default()
    };
    if let Some(status) = ruling.kind.status_after() {
        update.status = Set(status);
    }
    if ruling.kind == DecisionKind::ChangesRequested {
        update.changes_message = Set(ruling.reason.as_ref().map(|r| r.as_str().to_owned()));
        update.changes_deadline = Set(ruling.deadline);
    }
    if let Some(to) = ruling.to_category {
        update.category_id = Set(to);
    }
    update.update(&txn).await?;
    let text = ruling
        .reason
        .as_ref()
        .map(audit::Reason::as_str)
        .unwrap_or_default()
        .to_owned();
    screening_decision::ActiveModel {
        submission_id: Set(s.id),
        actor_id: Set(Some(session.account_id)),
        decision: Set(ruling.kind),
        reason: Set(text.clone()),
        from_category_id: Set(ruling.to_category.map(|_| s.category_id)),
        to_category_id: Set(ruling.to_category),
        deadline: Set(ruling.deadline),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action,
            target_type: audit::TargetType::Submission,
            target_id: s.id.to_string(),
            reason: ruling.reason,
            details: serde_json::json!({ "deadline": ruling.deadline, "from_category": s.category_id, "to_category": ruling.to_category }),
        },
        now,
    )
    .await?;
    let tz = catalogue::time_zone_of(&edition)?;
    let notice = Notice {
        subject_key: "mail-decision-subject",
        body_key,
        title: &s.title,
        message: text,
        deadline: ruling.deadline.map(|d| (d, tz)),
    };
    notify_members(ctx, &txn, &s, notice, now).await?;
    txn.commit().await?;
    Ok(())
}

/// A screening decision once checked: what it is, why, until when, and where to.
struct Ruling {
    kind: DecisionKind,
    reason: Option<audit::Reason>,
    /// The deadline of a change request.
    deadline: Option<i64>,
    /// The category a submission moves to.
    to_category: Option<i64>,
}

/// Checks a decision against the submission and the calendar: a reason where one is needed,
/// a change request's deadline before voting opens, a category to move to that the
/// organisation holds no place in.
async fn rule(
    txn: &impl ConnectionTrait,
    edition: &edition::Model,
    calendar: &[PhaseWindow],
    s: &submission::Model,
    decision: &Decision,
    now: i64,
) -> Result<Ruling, DomainError> {
    let required = |text: &str| audit::Reason::parse(text, "reason").map(Some);
    let ruling = |kind, reason| Ruling {
        kind,
        reason,
        deadline: None,
        to_category: None,
    };
    Ok(match decision {
        Decision::Eligible { note } => ruling(
            DecisionKind::Eligible,
            audit::Reason::optional(note, "reason")?,
        ),
        Decision::NotEligible { reason } => ruling(DecisionKind::NotEligible, required(reason)?),
        Decision::RequestChanges { message, days } => {
            let days = days.unwrap_or(limits_of(edition)?.changes_days);
            if !(1..=60).contains(&days) {
                return Err(DomainError::invalid("days", "changes-days-invalid"));
            }
            // The nominee list freezes when voting opens: a change request never runs past it.
            let voting_opens = calendar
                .iter()
                .find(|w| w.kind == PhaseKind::Voting)
                .map_or(i64::MAX, |w| w.opens_at);
            let deadline = (now + days * DAY).min(voting_opens);
            if deadline <= now + 3600 {
                return Err(DomainError::invalid("days", "changes-too-late"));
            }
            Ruling {
                deadline: Some(deadline),
                ..ruling(DecisionKind::ChangesRequested, required(message)?)
            }
        }
        Decision::Move {
            to_category,
            reason,
        } => {
            let reason = required(reason)?;
            let target = category::Entity::find()
                .filter(category::Column::EditionId.eq(edition.id))
                .filter(category::Column::Code.eq(to_category.trim()))
                .one(txn)
                .await?
                .filter(|c| c.id != s.category_id)
                .ok_or_else(|| DomainError::invalid("to_category", "category-required"))?;
            if let Some(org) = s.organisation_id
                && entity_conflict(txn, s, org, target.id).await?.is_some()
            {
                return Err(DomainError::invalid(
                    "to_category",
                    "submission-entity-taken",
                ));
            }
            Ruling {
                to_category: Some(target.id),
                ..ruling(DecisionKind::Moved, reason)
            }
        }
    })
}

/// Dismisses a flag the screener has looked into: it stays in the record, resolved, with
/// who did it and why.
///
/// # Errors
/// Unauthenticated, forbidden, not found, reason missing.
#[tracing::instrument(skip_all)]
pub async fn dismiss_flag(
    ctx: &AppContext,
    actor: &Actor,
    flag_id: i64,
    reason: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let reason = audit::Reason::parse(reason, "reason")?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let flag = submission_flag::Entity::find_by_id(flag_id)
        .one(&txn)
        .await?
        .filter(|f| f.resolved_at.is_none())
        .ok_or(DomainError::NotFound)?;
    submission_flag::ActiveModel {
        id: sea_orm::Unchanged(flag.id),
        resolved_at: Set(Some(now)),
        resolved_by: Set(Some(session.account_id)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::ScreeningDismissFlag,
            target_type: audit::TargetType::Submission,
            target_id: flag.submission_id.to_string(),
            reason: Some(reason),
            details: serde_json::json!({ "flag": flag.kind.code(), "detail": flag.detail, "other": flag.other_submission_id }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
