//! Taking a submission back. The owner deletes a draft (it was never sent), and withdraws a
//! sent submission until the nominees are confirmed (when public voting opens: from then on
//! the nominee list is frozen); after that only the secretariat withdraws one, with a reason.
//! Either act frees the organisation's place in the category, is audited, and tells the
//! people of the submission. A nominee withdrawn while the vote runs makes its votes void in
//! the same transaction (`voting::void`): their voters may vote once more in its category.
//!
//! The secretariat also sees the drafts: how many are open in each category, and who holds
//! a draft under an organisation's name (anyone may type any name: a draft reserves nothing,
//! but a pattern of squatting is worth seeing).

use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};

use super::{
    DraftHolder, DraftsOverview,
    queries::{self, Notice},
    rules::{self, SubmissionStatus},
};
use crate::{
    audit::{self, Reason},
    auth::{Actor, Role},
    catalogue,
    codes::{DecisionKind, PhaseKind},
    entity::{
        account, category, organisation, picture, screening_decision, submission,
        submission_member, void_vote,
    },
    error::DomainError,
    i18n::Locale,
    phases,
    state::AppContext,
};

/// Deletes a draft: only its owner, only while it is a draft.
///
/// # Errors
/// Unauthenticated; not found (also for someone else's draft); forbidden for a co-owner or a
/// submission already sent.
#[tracing::instrument(skip(ctx, actor))]
pub async fn delete_draft(ctx: &AppContext, actor: &Actor, id: i64) -> Result<(), DomainError> {
    let session = actor.session()?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let s = queries::find_for_member(&txn, id, session).await?;
    if s.owner_id != session.account_id {
        return Err(DomainError::Forbidden("submission-owner-only"));
    }
    if s.status != SubmissionStatus::Draft {
        return Err(DomainError::Forbidden("submission-not-draft"));
    }
    submission::Entity::delete_by_id(s.id).exec(&txn).await?;
    if let Some(p) = s.picture_id {
        picture::Entity::delete_by_id(p).exec(&txn).await?;
    }
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::SubmissionDeleteDraft,
            target_type: audit::TargetType::Submission,
            target_id: s.id.to_string(),
            reason: None,
            details: serde_json::json!({ "title": s.title, "category": s.category_id }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Withdraws a sent submission. Its owner may, without a reason, until the nominees are
/// confirmed (voting opens); the secretariat may at any time, with a reason. Answers whether
/// the owner did it.
///
/// # Errors
/// Unauthenticated; not found; forbidden (a co-owner, a draft, a submission already out of
/// the contest); phase closed for the owner once voting has opened; invalid reason.
#[tracing::instrument(skip(ctx, actor))]
pub async fn withdraw(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    reason: &str,
) -> Result<bool, DomainError> {
    let session = actor.session()?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let by_secretariat = session.has(Role::Secretariat);
    let s = if by_secretariat {
        queries::find(&txn, id).await?
    } else {
        queries::find_for_member(&txn, id, session).await?
    };
    let status = s.status;
    if status == SubmissionStatus::Draft && !by_secretariat {
        return Err(DomainError::Forbidden("submission-not-sent"));
    }
    if !matches!(
        status,
        SubmissionStatus::Submitted
            | SubmissionStatus::ChangesRequested
            | SubmissionStatus::Eligible
    ) {
        return Err(DomainError::Forbidden("submission-not-withdrawable"));
    }
    let is_owner = s.owner_id == session.account_id;
    let calendar = catalogue::load::calendar_of(&txn, s.edition_id).await?;
    let nominees_confirmed = phases::has_opened(&calendar, PhaseKind::Voting, now);
    let reason = if by_secretariat && (!is_owner || nominees_confirmed) {
        Some(Reason::parse(reason, "reason")?)
    } else if !is_owner {
        return Err(DomainError::Forbidden("submission-owner-only"));
    } else if nominees_confirmed {
        return Err(DomainError::PhaseClosed("withdraw-closed"));
    } else {
        Reason::optional(reason, "reason")?
    };
    // While the vote runs, the votes for a nominee that withdraws become void in this
    // transaction: their voters may vote once more in the category (and are told so).
    let void_votes = if phases::is_open(&calendar, PhaseKind::Voting, now) {
        void_vote::move_aside(&txn, s.category_id, s.id, now).await?
    } else {
        0
    };
    submission::ActiveModel {
        id: sea_orm::Unchanged(s.id),
        status: Set(SubmissionStatus::Withdrawn),
        changes_deadline: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let text = reason
        .as_ref()
        .map(Reason::as_str)
        .unwrap_or_default()
        .to_owned();
    screening_decision::ActiveModel {
        submission_id: Set(s.id),
        actor_id: Set(Some(session.account_id)),
        decision: Set(DecisionKind::Withdrawn),
        reason: Set(text.clone()),
        from_category_id: Set(None),
        to_category_id: Set(None),
        deadline: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: if is_owner {
                audit::Action::SubmissionWithdraw
            } else {
                audit::Action::ScreeningWithdraw
            },
            target_type: audit::TargetType::Submission,
            target_id: s.id.to_string(),
            reason,
            details: serde_json::json!({
                "from_status": status.code(),
                "title": s.title,
                "void_votes": void_votes,
            }),
        },
        now,
    )
    .await?;
    let notice = Notice {
        subject_key: "mail-decision-subject",
        body_key: "mail-withdrawn-body",
        title: &s.title,
        message: text,
        deadline: None,
    };
    queries::notify_members(ctx, &txn, &s, notice, now).await?;
    // A nominee that withdraws leaves the published shortlist.
    catalogue::commit(ctx, txn).await?;
    Ok(is_owner)
}

/// The drafts of the current edition: a count per category, and, when `organisation` is
/// given, who holds drafts under a name that normalises the same way.
///
/// # Errors
/// Unauthenticated, forbidden, not found without an edition.
pub async fn drafts(
    ctx: &AppContext,
    actor: &Actor,
    organisation_name: &str,
    locale: Locale,
) -> Result<DraftsOverview, DomainError> {
    actor.require(Role::Secretariat)?;
    let loaded = catalogue::current(ctx)
        .await?
        .ok_or(DomainError::NotFound)?;
    let drafts = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(loaded.edition.id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Draft))
        .order_by_asc(submission::Column::Id)
        .all(&ctx.db)
        .await?;
    let categories = category::Entity::find()
        .filter(category::Column::EditionId.eq(loaded.edition.id))
        .order_by_asc(category::Column::Number)
        .all(&ctx.db)
        .await?;
    let per_category = categories
        .iter()
        .map(|c| {
            let n = drafts.iter().filter(|d| d.category_id == c.id).count() as u64;
            (c.code.clone(), n)
        })
        .collect();
    let name = organisation_name.trim();
    let mut holders = Vec::new();
    if !name.is_empty() && name.chars().count() <= 300 {
        let normalised = rules::normalise_name(name);
        let orgs: Vec<i64> = organisation::Entity::find()
            .filter(organisation::Column::NormalisedName.eq(&normalised))
            .all(&ctx.db)
            .await?
            .into_iter()
            .map(|o| o.id)
            .collect();
        let owners: Vec<i64> = drafts
            .iter()
            .filter(|d| d.organisation_id.is_some_and(|o| orgs.contains(&o)))
            .map(|d| d.owner_id)
            .collect();
        let accounts = account::Entity::find()
            .filter(account::Column::Id.is_in(owners))
            .all(&ctx.db)
            .await?;
        let tz = loaded.tz()?;
        for d in drafts
            .iter()
            .filter(|d| d.organisation_id.is_some_and(|o| orgs.contains(&o)))
        {
            let Some(a) = accounts.iter().find(|a| a.id == d.owner_id) else {
                continue;
            };
            let co_owners = submission_member::Entity::find()
                .filter(submission_member::Column::SubmissionId.eq(d.id))
                .count(&ctx.db)
                .await?
                .saturating_sub(1);
            holders.push(DraftHolder {
                submission_id: d.id,
                category_code: categories
                    .iter()
                    .find(|c| c.id == d.category_id)
                    .map(|c| c.code.clone())
                    .unwrap_or_default(),
                title: d.title.clone(),
                owner_name: a.name.clone(),
                owner_email: a.email.clone(),
                co_owners,
                started: crate::i18n::dates::format_datetime(d.created_at, &tz, locale),
            });
        }
    }
    Ok(DraftsOverview {
        per_category,
        holders,
    })
}
