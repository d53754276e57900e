//! The secretariat's internal notes on a submission: what one screener tells the others
//! (a call made, a document asked for, a doubt). Kept with the submission, read and written
//! by the secretariat only: no owner, co-owner or expert ever sees them.

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::{NoteView, queries};
use crate::{
    auth::{Actor, Role},
    entity::{account, submission, submission_note},
    error::DomainError,
    i18n::{Locale, dates::format_datetime},
    state::AppContext,
};

/// The most characters a note may hold.
pub const MAX_CHARS: usize = 4_000;

/// The notes on the submission `id`, oldest first.
///
/// # Errors
/// Unauthenticated, forbidden unless secretariat, not found.
pub async fn list(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    locale: Locale,
) -> Result<Vec<NoteView>, DomainError> {
    actor.require(Role::Secretariat)?;
    let s = submission::Entity::find_by_id(id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let notes = submission_note::Entity::find()
        .filter(submission_note::Column::SubmissionId.eq(s.id))
        .order_by_asc(submission_note::Column::Id)
        .all(&ctx.db)
        .await?;
    let authors: std::collections::HashMap<i64, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(notes.iter().filter_map(|n| n.author_id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let tz = zone_of(ctx, &s).await?;
    Ok(notes
        .into_iter()
        .map(|n| NoteView {
            author: n
                .author_id
                .and_then(|a| authors.get(&a).cloned())
                .unwrap_or_default(),
            at: format_datetime(n.created_at, &tz, locale),
            body: n.body,
        })
        .collect())
}

/// The time zone of the submission's edition: its notes and messages are dated in it, as
/// its other dates are.
///
/// # Errors
/// Database failures, an edition's unknown zone.
pub(crate) async fn zone_of(
    ctx: &AppContext,
    s: &submission::Model,
) -> Result<jiff::tz::TimeZone, DomainError> {
    let editions = crate::catalogue::read(ctx).await?;
    Ok(editions
        .by_id(s.edition_id)
        .map(|c| c.loaded.tz())
        .transpose()?
        .unwrap_or(jiff::tz::TimeZone::UTC))
}

/// Adds a note to the submission `id`.
///
/// # Errors
/// Unauthenticated, forbidden unless secretariat, not found; invalid when empty or longer
/// than [`MAX_CHARS`].
#[tracing::instrument(skip(ctx, actor, body))]
pub async fn add(ctx: &AppContext, actor: &Actor, id: i64, body: &str) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let body = body.trim();
    if body.is_empty() {
        return Err(DomainError::invalid("body", "note-empty"));
    }
    if body.chars().count() > MAX_CHARS {
        return Err(DomainError::invalid("body", "note-too-long"));
    }
    let s = queries::find(&ctx.db, id).await?;
    submission_note::ActiveModel {
        submission_id: Set(s.id),
        author_id: Set(Some(session.account_id)),
        body: Set(body.to_owned()),
        created_at: Set(ctx.clock.now()),
        ..Default::default()
    }
    .insert(&ctx.db)
    .await?;
    Ok(())
}
