//! Reminders, sent by the background job: experts with reviews still to send, a few days
//! before their round closes; and the secretariat, a week before voting opens, when some
//! categories have no confirmed nominees (voting must not open without them).
//!
//! Each reminder is sent once per round, person and kind. The row that records it is
//! written first, under a unique key, in the same transaction as the mail: when several
//! instances run the job at once, only one of them sends it.

use std::collections::{BTreeMap, BTreeSet};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::{
    rounds::{self, phase_of},
    rules::RoundKind,
};
use crate::{
    auth::Role,
    catalogue,
    codes::{PhaseKind, ReviewReminderKind},
    entity::{
        account, account_role, category, nominee_list, review, review_assignment, review_reminder,
    },
    error::DomainError,
    i18n::{Locale, dates::format_datetime},
    mail,
    state::AppContext,
};

const DAY: i64 = 86_400;
/// Experts are reminded this long before their round closes.
pub const CLOSING_NOTICE: i64 = 3 * DAY;
/// The secretariat is warned this long before voting opens.
pub const VOTING_NOTICE: i64 = 7 * DAY;

/// Sends the reminders that are due; returns how many mails were written.
///
/// # Errors
/// Database failures.
pub async fn send_due(ctx: &AppContext, now: i64) -> Result<u64, DomainError> {
    let Some(edition) = catalogue::current(ctx).await? else {
        return Ok(0);
    };
    let tz = catalogue::time_zone_of(&edition.edition)?;
    let mut sent = 0;
    for kind in RoundKind::ALL {
        let Some(round) = rounds::find(&ctx.db, edition.edition.id, *kind).await? else {
            continue;
        };
        let Some(window) = edition.calendar.iter().find(|w| w.kind == phase_of(*kind)) else {
            continue;
        };
        if !(window.contains(now) && window.closes_at - now <= CLOSING_NOTICE) {
            continue;
        }
        // Experts with live assignments still unreviewed, and how many.
        let live = review_assignment::Entity::find()
            .filter(review_assignment::Column::RoundId.eq(round.id))
            .filter(review_assignment::Column::ReleasedAt.is_null())
            .all(&ctx.db)
            .await?;
        let reviewed: BTreeSet<i64> = review::Entity::find()
            .filter(review::Column::RoundId.eq(round.id))
            .all(&ctx.db)
            .await?
            .into_iter()
            .map(|r| r.assignment_id)
            .collect();
        let mut pending: BTreeMap<i64, usize> = BTreeMap::new();
        for a in live.iter().filter(|a| !reviewed.contains(&a.id)) {
            *pending.entry(a.expert_id).or_default() += 1;
        }
        for (expert, count) in pending {
            let when = |l: Locale| format_datetime(window.closes_at, &tz, l);
            sent += remind(
                ctx,
                round.id,
                expert,
                ReviewReminderKind::Closing,
                now,
                |l, name| {
                    let args = [
                        ("name", name.to_owned()),
                        ("when", when(l)),
                        ("link", format!("{}/review", ctx.config.public_url)),
                    ];
                    (
                        l.t("review-mail-reminder-subject"),
                        format!(
                            "{}\n\n{}",
                            l.t_number("review-mail-reminder-count", "count", count as i64),
                            l.t_args("review-mail-reminder-body", &args)
                        ),
                    )
                },
            )
            .await?;
        }
    }
    sent += warn_unconfirmed(ctx, &edition, now).await?;
    Ok(sent)
}

/// A week before voting opens, the secretariat hears of categories without nominees.
async fn warn_unconfirmed(
    ctx: &AppContext,
    edition: &catalogue::Loaded,
    now: i64,
) -> Result<u64, DomainError> {
    let Some(voting) = edition
        .calendar
        .iter()
        .find(|w| w.kind == PhaseKind::Voting)
    else {
        return Ok(0);
    };
    if !(now < voting.opens_at && voting.opens_at - now <= VOTING_NOTICE) {
        return Ok(0);
    }
    let Some(round) = rounds::find(&ctx.db, edition.edition.id, RoundKind::Shortlisting).await?
    else {
        return Ok(0);
    };
    let confirmed: BTreeSet<i64> = nominee_list::Entity::find()
        .filter(nominee_list::Column::RoundId.eq(round.id))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|l| l.category_id)
        .collect();
    let missing: Vec<String> = category::Entity::find()
        .filter(category::Column::EditionId.eq(edition.edition.id))
        .all(&ctx.db)
        .await?
        .into_iter()
        .filter(|c| !confirmed.contains(&c.id))
        .map(|c| c.code)
        .collect();
    if missing.is_empty() {
        return Ok(0);
    }
    let tz = catalogue::time_zone_of(&edition.edition)?;
    let secretariat = account_role::Entity::find()
        .filter(account_role::Column::Role.eq(Role::Secretariat))
        .all(&ctx.db)
        .await?;
    let mut sent = 0;
    for s in secretariat {
        sent += remind(
            ctx,
            round.id,
            s.account_id,
            ReviewReminderKind::Nominees,
            now,
            |l, name| {
                let args = [
                    ("name", name.to_owned()),
                    ("when", format_datetime(voting.opens_at, &tz, l)),
                    ("categories", missing.join(", ")),
                    (
                        "link",
                        format!("{}/admin/review/shortlisting", ctx.config.public_url),
                    ),
                ];
                (
                    l.t("review-mail-nominees-subject"),
                    l.t_args("review-mail-nominees-body", &args),
                )
            },
        )
        .await?;
    }
    Ok(sent)
}

/// Records and mails one reminder, unless it was sent before (here or by another instance).
async fn remind(
    ctx: &AppContext,
    round_id: i64,
    account_id: i64,
    kind: ReviewReminderKind,
    now: i64,
    message: impl Fn(Locale, &str) -> (String, String),
) -> Result<u64, DomainError> {
    let txn = crate::db::begin_write(&ctx.db).await?;
    let Some(a) = account::Entity::find_by_id(account_id).one(&txn).await? else {
        return Ok(0);
    };
    if a.disabled_at.is_some() || already(&txn, round_id, account_id, kind).await? {
        return Ok(0);
    }
    let row = review_reminder::ActiveModel {
        round_id: Set(round_id),
        account_id: Set(account_id),
        kind: Set(kind),
        sent_at: Set(now),
        ..Default::default()
    };
    if !crate::db::insert_once(&txn, row).await? {
        // Another instance sent it in the meantime.
        return Ok(0);
    }
    let locale = a.locale;
    let (subject, body) = message(locale, &a.name);
    mail::enqueue(
        &txn,
        ctx.config.delivery,
        mail::Outgoing {
            kind: mail::MailKind::ReviewReminder,
            to: &a.email,
            subject: &subject,
            body: &body,
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(1)
}

async fn already(
    conn: &impl ConnectionTrait,
    round_id: i64,
    account_id: i64,
    kind: ReviewReminderKind,
) -> Result<bool, DomainError> {
    Ok(review_reminder::Entity::find()
        .filter(review_reminder::Column::RoundId.eq(round_id))
        .filter(review_reminder::Column::AccountId.eq(account_id))
        .filter(review_reminder::Column::Kind.eq(kind))
        .one(conn)
        .await?
        .is_some())
}
