//! The submission form's limits of an edition (the short description's word counts, the long
//! answers' words, the title's length, the fewest SDGs, the days given to make asked changes):
//! edited by the secretariat, by year, until the edition's submission phase opens, audited with
//! before and after, and frozen from then on, since drafts are written under them.

use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::json;

use super::rules::LimitsEdit;
use crate::{
    audit,
    auth::{Actor, Role},
    catalogue,
    codes::PhaseKind,
    entity::{columns::Json, edition},
    error::DomainError,
    nominations::queries::limits_of,
    phases,
    state::AppContext,
};

/// Replaces the limits of the edition `edition_id`; answers its year.
///
/// # Errors
/// Unauthenticated, forbidden, not found; phase closed once its submission phase has opened
/// (`limits-frozen`); invalid fields.
#[tracing::instrument(skip(ctx, actor))]
pub async fn save(
    ctx: &AppContext,
    actor: &Actor,
    edition_id: i64,
    typed: &LimitsEdit,
) -> Result<i32, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let e = edition::Entity::find_by_id(edition_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    let calendar = catalogue::load::calendar_of(&txn, e.id).await?;
    if phases::has_opened(&calendar, PhaseKind::Submission, now) {
        return Err(DomainError::PhaseClosed("limits-frozen"));
    }
    let limits = typed.parse().map_err(DomainError::Invalid)?;
    let before = limits_of(&e)?;
    if before == limits {
        return Ok(e.year);
    }
    let year = e.year;
    let mut row: edition::ActiveModel = e.into();
    row.submission_rules = Set(Json(
        serde_json::to_value(limits).map_err(DomainError::internal)?,
    ));
    row.update(&txn).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::LimitsUpdate,
            target_type: audit::TargetType::Edition,
            target_id: year.to_string(),
            reason: None,
            details: json!({ "old": before, "new": limits }),
        },
        now,
    )
    .await?;
    // The submission form reads the limits from the catalogue's edition.
    catalogue::commit(ctx, txn).await?;
    Ok(year)
}
