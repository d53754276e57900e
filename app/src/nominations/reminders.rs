//! Draft reminders: the owners and co-owners of a draft not yet sent are reminded, by mail in
//! their language, once when a week or less is left before submission closes and once more
//! when two days or less are left. A draft started with five days left gets the first
//! reminder at once and the second two days before the close; one started the last day gets
//! the second only.
//!
//! Each draft is reminded once at each stage: the row that records it is written under a
//! unique key in the same transaction as the mails, so that no instance, retry or restart
//! reminds anyone twice. The minute job writes at most [`BATCH`] drafts' reminders a run.

use sea_orm::{
    ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, sea_query::Query,
};

use crate::{
    catalogue::{self, EditionContent},
    codes::PhaseKind,
    entity::{draft_reminder, submission},
    error::DomainError,
    i18n::dates::format_datetime,
    mail,
    nominations::rules::SubmissionStatus,
    state::AppContext,
};

/// Drafts reminded per run of the job (a minute).
pub const BATCH: u64 = 2_000;

/// The stages, as days left before submission closes: a draft is reminded at the latest
/// stage whose days are left, once each.
pub const STAGES: [i32; 2] = [7, 2];

/// The stage due when `left` seconds remain before submission closes, if any.
pub fn stage_due(left: i64) -> Option<i32> {
    if left <= 0 {
        return None;
    }
    STAGES
        .iter()
        .copied()
        .filter(|days| left <= i64::from(*days) * 86_400)
        .min()
}

/// Reminds the next drafts of every edition whose submission phase is open; returns how many
/// drafts were reminded.
///
/// # Errors
/// Database failures.
pub async fn send_due(ctx: &AppContext, now: i64) -> Result<u64, DomainError> {
    let editions = catalogue::read(ctx).await?;
    let mut reminded = 0;
    for content in editions.all() {
        let Some(w) = content
            .loaded
            .calendar
            .iter()
            .find(|w| w.kind == PhaseKind::Submission && w.contains(now))
        else {
            continue;
        };
        let Some(days) = stage_due(w.closes_at - now) else {
            continue;
        };
        reminded += remind_batch(ctx, content, days, w.closes_at, now).await?;
    }
    Ok(reminded)
}

/// Reminds, at the stage `days`, the drafts of `content` not yet reminded at it.
async fn remind_batch(
    ctx: &AppContext,
    content: &EditionContent,
    days: i32,
    closes_at: i64,
    now: i64,
) -> Result<u64, DomainError> {
    let reminded_already = Query::select()
        .column(draft_reminder::Column::SubmissionId)
        .from(draft_reminder::Entity)
        .and_where(draft_reminder::Column::Days.eq(days))
        .to_owned();
    let drafts = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(content.loaded.edition.id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Draft))
        .filter(submission::Column::Id.not_in_subquery(reminded_already))
        .order_by_asc(submission::Column::Id)
        .limit(BATCH)
        .all(&ctx.db)
        .await?;
    let tz = content.loaded.tz()?;
    let link = format!("{}/submissions", ctx.config.public_url);
    let mut reminded = 0;
    for draft in drafts {
        let txn = crate::db::begin_write(&ctx.db).await?;
        let row = draft_reminder::ActiveModel {
            submission_id: Set(draft.id),
            days: Set(days),
            sent_at: Set(now),
            ..Default::default()
        };
        if !crate::db::insert_once(&txn, row).await? {
            // Another instance reminded it in the meantime.
            continue;
        }
        let accounts = super::queries::enabled_members(&txn, draft.id).await?;
        for a in &accounts {
            let locale = a.locale;
            let title = if draft.title.trim().is_empty() {
                locale.t("submission-untitled")
            } else {
                draft.title.clone()
            };
            let args = [
                ("name", a.name.clone()),
                ("title", title),
                (
                    "category",
                    format!(
                        "{} {}",
                        content.category_code(draft.category_id).unwrap_or_default(),
                        content.category_title(draft.category_id, locale)
                    ),
                ),
                ("closes", format_datetime(closes_at, &tz, locale)),
                ("link", format!("{link}/{}", draft.id)),
            ];
            mail::tell(
                &txn,
                ctx.config.delivery,
                mail::Letter {
                    kind: mail::MailKind::DraftReminder,
                    to: &a.email,
                    locale,
                    key: "draft-reminder-mail",
                    args: &args,
                },
                now,
            )
            .await?;
        }
        txn.commit().await?;
        reminded += 1;
    }
    Ok(reminded)
}

#[cfg(test)]
mod tests {
    use super::stage_due;

    #[test]
    fn a_draft_is_reminded_a_week_and_two_days_before_the_close_and_never_after() {
        let day = 86_400;
        assert_eq!(stage_due(8 * day), None);
        assert_eq!(stage_due(7 * day), Some(7));
        assert_eq!(stage_due(5 * day), Some(7));
        assert_eq!(stage_due(2 * day + 1), Some(7));
        assert_eq!(stage_due(2 * day), Some(2));
        assert_eq!(stage_due(60), Some(2));
        assert_eq!(stage_due(0), None);
        assert_eq!(stage_due(-60), None);
    }
}
