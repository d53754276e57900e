//! Co-owners: the owner invites people by e-mail to edit and send the submission with them.
//! The invitation is for that address: whoever opens the link must be signed in with it
//! (registering first if they have no account). Only the owner manages co-owners.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, sea_query::Expr,
};

use super::{MemberView, rules::SubmissionStatus};
use crate::{
    accounts::rules::Email,
    audit,
    auth::{Actor, Session},
    catalogue,
    codes::{MemberRole, PhaseKind},
    entity::{account, review_assignment, submission, submission_invitation, submission_member},
    error::DomainError,
    i18n::Locale,
    mail, phases,
    state::AppContext,
};

/// The people of a submission change only while the submission phase is open.
async fn require_submission_open(
    ctx: &AppContext,
    s: &submission::Model,
) -> Result<(), DomainError> {
    let calendar = catalogue::load::calendar_of(&ctx.db, s.edition_id).await?;
    if phases::is_open(&calendar, PhaseKind::Submission, ctx.clock.now()) {
        Ok(())
    } else {
        Err(DomainError::PhaseClosed("invitation-phase-closed"))
    }
}

/// How long an invitation link stays valid.
pub const INVITATION_TTL_SECS: i64 = 14 * 86_400;

async fn require_owner(
    ctx: &AppContext,
    session: &Session,
    submission_id: i64,
) -> Result<submission::Model, DomainError> {
    let s = submission::Entity::find_by_id(submission_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    match submission_member::Entity::find_by_id((s.id, session.account_id))
        .one(&ctx.db)
        .await?
    {
        Some(m) if m.role == MemberRole::Owner => Ok(s),
        Some(_) => Err(DomainError::Forbidden("submission-owner-only")),
        None => Err(DomainError::NotFound),
    }
}

/// Invites an address to co-own a submission and mails the link.
///
/// # Errors
/// Unauthenticated; not found; forbidden unless owner; rate limited; invalid address; already
/// a member.
#[tracing::instrument(skip(ctx, actor))]
pub async fn invite(
    ctx: &AppContext,
    actor: &Actor,
    ip: std::net::IpAddr,
    submission_id: i64,
    email: &str,
) -> Result<(), DomainError> {
    let session = actor.session()?;
    let s = require_owner(ctx, session, submission_id).await?;
    require_submission_open(ctx, &s).await?;
    let email = Email::parse(email).map_err(|k| DomainError::invalid("email", k))?;
    ctx.limits.invite.check(ip, Some(&session.email))?;
    let existing = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(&ctx.db)
        .await?;
    if let Some(a) = &existing
        && submission_member::Entity::find_by_id((s.id, a.id))
            .one(&ctx.db)
            .await?
            .is_some()
    {
        return Err(DomainError::invalid("email", "invitation-already-member"));
    }
    let now = ctx.clock.now();
    let minted = crate::tokens::mint();
    let token = minted.token;
    let txn = crate::db::begin_write(&ctx.db).await?;
    submission_invitation::ActiveModel {
        submission_id: Set(s.id),
        email: Set(email.as_str().to_owned()),
        token_hash: Set(minted.hash),
        invited_by: Set(session.account_id),
        created_at: Set(now),
        expires_at: Set(now + INVITATION_TTL_SECS),
        accepted_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let locale = existing.as_ref().map(|a| a.locale).unwrap_or_default();
    let title = if s.title.is_empty() {
        locale.t("submission-untitled")
    } else {
        s.title.clone()
    };
    let args = [
        ("inviter", session.name.clone()),
        ("title", title),
        (
            "link",
            format!("{}/invitations?token={token}", ctx.config.public_url),
        ),
    ];
    mail::tell(
        &txn,
        ctx.config.delivery,
        mail::Letter {
            kind: mail::MailKind::CoOwnerInvitation,
            to: email.as_str(),
            locale,
            key: "mail-invitation",
            args: &args,
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Accepts an invitation: the signed-in account, whose address must be the invited one,
/// becomes a co-owner. Possible while the submission phase is open, and afterwards while the
/// secretariat's request for changes runs.
///
/// # Errors
/// Rate limited; unauthenticated; invalid, used or expired link; forbidden for another
/// address or an unconfirmed one; phase closed.
#[tracing::instrument(skip(ctx, actor, token))]
pub async fn accept(
    ctx: &AppContext,
    actor: &Actor,
    ip: std::net::IpAddr,
    token: &str,
) -> Result<i64, DomainError> {
    ctx.limits.links.check(ip, None)?;
    let session = actor.session()?;
    let hash = crate::tokens::lookup_hash(token)?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let inv = submission_invitation::Entity::find()
        .filter(submission_invitation::Column::TokenHash.eq(hash))
        .one(&txn)
        .await?
        .ok_or_else(|| DomainError::invalid("token", "link-invalid"))?;
    crate::tokens::check_usable(inv.accepted_at, inv.expires_at, now)?;
    if inv.email != session.email {
        return Err(DomainError::Forbidden("invitation-other-address"));
    }
    if !session.email_confirmed {
        return Err(DomainError::Forbidden("submission-confirm-email-first"));
    }
    let s = submission::Entity::find_by_id(inv.submission_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    let calendar = catalogue::load::calendar_of(&txn, s.edition_id).await?;
    let changes_running = s.status == SubmissionStatus::ChangesRequested
        && s.changes_deadline.is_some_and(|d| d > now);
    if !phases::is_open(&calendar, PhaseKind::Submission, now) && !changes_running {
        return Err(DomainError::PhaseClosed("invitation-phase-closed"));
    }
    let used = submission_invitation::Entity::update_many()
        .col_expr(submission_invitation::Column::AcceptedAt, Expr::value(now))
        .filter(submission_invitation::Column::Id.eq(inv.id))
        .filter(submission_invitation::Column::AcceptedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(DomainError::invalid("token", "link-used"));
    }
    if submission_member::Entity::find_by_id((inv.submission_id, session.account_id))
        .one(&txn)
        .await?
        .is_none()
    {
        submission_member::ActiveModel {
            submission_id: Set(inv.submission_id),
            account_id: Set(session.account_id),
            role: Set(MemberRole::CoOwner),
            added_at: Set(now),
        }
        .insert(&txn)
        .await?;
        // An expert who joins an entry they were reviewing stops reviewing it.
        release_own_entry(&txn, s.id, session.account_id, now).await?;
    }
    txn.commit().await?;
    Ok(inv.submission_id)
}

/// Removes a co-owner, and voids the invitations still pending for their address on this
/// submission (so that an old link cannot bring them back).
///
/// # Errors
/// Unauthenticated; not found; forbidden unless owner (and the owner cannot remove themself);
/// phase closed.
#[tracing::instrument(skip(ctx, actor))]
pub async fn remove(
    ctx: &AppContext,
    actor: &Actor,
    submission_id: i64,
    account_id: i64,
) -> Result<(), DomainError> {
    let session = actor.session()?;
    let s = require_owner(ctx, session, submission_id).await?;
    require_submission_open(ctx, &s).await?;
    if account_id == session.account_id {
        return Err(DomainError::Forbidden("submission-owner-stays"));
    }
    let txn = crate::db::begin_write(&ctx.db).await?;
    let deleted = submission_member::Entity::delete_many()
        .filter(submission_member::Column::SubmissionId.eq(s.id))
        .filter(submission_member::Column::AccountId.eq(account_id))
        .filter(submission_member::Column::Role.ne(MemberRole::Owner))
        .exec(&txn)
        .await?;
    if deleted.rows_affected == 0 {
        return Err(DomainError::NotFound);
    }
    if let Some(a) = account::Entity::find_by_id(account_id).one(&txn).await? {
        void_pending(&txn, s.id, &a.email).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Deletes the pending invitations of `email` to a submission.
async fn void_pending(
    conn: &impl sea_orm::ConnectionTrait,
    submission_id: i64,
    email: &str,
) -> Result<u64, DomainError> {
    Ok(submission_invitation::Entity::delete_many()
        .filter(submission_invitation::Column::SubmissionId.eq(submission_id))
        .filter(submission_invitation::Column::Email.eq(email))
        .filter(submission_invitation::Column::AcceptedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected)
}

/// Revokes the pending invitations of an address: its links stop working.
///
/// # Errors
/// Unauthenticated; not found (also when nothing is pending for that address); forbidden
/// unless owner; phase closed.
#[tracing::instrument(skip(ctx, actor))]
pub async fn revoke(
    ctx: &AppContext,
    actor: &Actor,
    submission_id: i64,
    email: &str,
) -> Result<(), DomainError> {
    let session = actor.session()?;
    let s = require_owner(ctx, session, submission_id).await?;
    require_submission_open(ctx, &s).await?;
    let email = Email::parse(email).map_err(|k| DomainError::invalid("email", k))?;
    if void_pending(&ctx.db, s.id, email.as_str()).await? == 0 {
        return Err(DomainError::NotFound);
    }
    Ok(())
}

/// The people of a submission (its owner first, then by name as `locale` sorts) and the
/// addresses invited but not yet joined.
///
/// # Errors
/// Database failures.
pub async fn list(
    ctx: &AppContext,
    submission_id: i64,
    locale: Locale,
) -> Result<(Vec<MemberView>, Vec<String>), DomainError> {
    let members = submission_member::Entity::find()
        .filter(submission_member::Column::SubmissionId.eq(submission_id))
        .all(&ctx.db)
        .await?;
    let accounts = account::Entity::find()
        .filter(account::Column::Id.is_in(members.iter().map(|m| m.account_id)))
        .all(&ctx.db)
        .await?;
    let mut views: Vec<MemberView> = members
        .iter()
        .filter_map(|m| {
            let a = accounts.iter().find(|a| a.id == m.account_id)?;
            Some(MemberView {
                account_id: a.id,
                name: a.name.clone(),
                email: a.email.clone(),
                is_owner: m.role == MemberRole::Owner,
            })
        })
        .collect();
    locale.sort_by_name(&mut views, |m| &m.name);
    views.sort_by_key(|m| !m.is_owner);
    let now = ctx.clock.now();
    let pending = submission_invitation::Entity::find()
        .filter(submission_invitation::Column::SubmissionId.eq(submission_id))
        .filter(submission_invitation::Column::AcceptedAt.is_null())
        .filter(submission_invitation::Column::ExpiresAt.gt(now))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|i| i.email)
        .filter(|e| !views.iter().any(|m| m.email == *e))
        .collect();
    Ok((views, pending))
}

/// Why an assignment was taken back when its expert became an owner of the entry (the
/// review's release code).
pub const RELEASED_AS_OWNER: &str = "own_entry";

/// Takes back, in the caller's transaction, every live assignment of `submission_id` to
/// `account_id`: they became one of its owners, and no one judges their own entry. A review
/// already sent stops counting, as when an expert declares a conflict.
///
/// # Errors
/// Database failures.
pub(crate) async fn release_own_entry(
    conn: &impl ConnectionTrait,
    submission_id: i64,
    account_id: i64,
    now: i64,
) -> Result<u64, DomainError> {
    let live = review_assignment::Entity::find()
        .filter(review_assignment::Column::SubmissionId.eq(submission_id))
        .filter(review_assignment::Column::ExpertId.eq(account_id))
        .filter(review_assignment::Column::ReleasedAt.is_null())
        .all(conn)
        .await?;
    if live.is_empty() {
        return Ok(0);
    }
    let done = review_assignment::Entity::update_many()
        .col_expr(review_assignment::Column::ReleasedAt, Expr::value(now))
        .col_expr(
            review_assignment::Column::ReleaseReason,
            Expr::value(RELEASED_AS_OWNER),
        )
        .filter(review_assignment::Column::Id.is_in(live.iter().map(|a| a.id)))
        .exec(conn)
        .await?;
    for a in &live {
        audit::record(
            conn,
            audit::Entry {
                actor_id: Some(account_id),
                action: audit::Action::AssignmentReleased,
                target_type: audit::TargetType::Submission,
                target_id: submission_id.to_string(),
                reason: None,
                details: serde_json::json!({
                    "round": a.round_id,
                    "expert": account_id,
                    "release": RELEASED_AS_OWNER,
                }),
            },
            now,
        )
        .await?;
    }
    Ok(done.rows_affected)
}
