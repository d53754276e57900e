//! The reminder to voters whose ballot is incomplete, sent by the background job a few days
//! before the vote closes, when only complete ballots count: an incomplete ballot counts for
//! nothing. Each voter is reminded once per edition; the row that records it is written
//! under a unique key in the same transaction as the mail, so that several instances never
//! send it twice. It carries the link that stops contest messages; a voter who followed it
//! is not reminded.

use std::collections::{HashMap, HashSet};

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set};

use crate::{
    accounts::contest_mail,
    catalogue,
    codes::PhaseKind,
    entity::{account, vote, vote_reminder},
    error::DomainError,
    i18n::dates::format_datetime,
    mail,
    state::AppContext,
};

/// Voters with an incomplete ballot are reminded this long before the vote closes.
pub const CLOSING_NOTICE: i64 = 3 * 86_400;

/// Sends the reminders that are due; returns how many mails were written.
///
/// # Errors
/// Database failures.
pub async fn send_due(ctx: &AppContext, now: i64) -> Result<u64, DomainError> {
    // Outside the last days of the vote, a cheap read of the calendar ends it.
    let due = catalogue::load::current_stored(&ctx.db, now)
        .await?
        .is_some_and(|l| {
            l.calendar.iter().any(|w| {
                w.kind == PhaseKind::Voting
                    && w.contains(now)
                    && w.closes_at - now <= CLOSING_NOTICE
            })
        });
    if !due {
        return Ok(0);
    }
    let editions = catalogue::read(ctx).await?;
    let Some(content) = editions.current(now) else {
        return Ok(0);
    };
    let edition = &content.loaded.edition;
    let Some(window) = content
        .loaded
        .calendar
        .iter()
        .find(|w| w.kind == PhaseKind::Voting)
    else {
        return Ok(0);
    };
    if !(edition.complete_ballots_only
        && window.contains(now)
        && window.closes_at - now <= CLOSING_NOTICE)
    {
        return Ok(0);
    }
    let ballot = content.ballot();
    let rows: Vec<(i64, i64)> = vote::Entity::find()
        .select_only()
        .columns([vote::Column::VoterId, vote::Column::CategoryId])
        .filter(vote::Column::CategoryId.is_in(ballot.iter().map(|(_, id)| *id)))
        .into_tuple()
        .all(&ctx.db)
        .await?;
    // A void vote completes the ballot until its voter votes again (they were told so).
    let void = super::void::pairs(&ctx.db, ballot.iter().map(|(_, id)| *id), None).await?;
    let mut cast: HashMap<i64, HashSet<i64>> = HashMap::new();
    for (voter, category) in rows.into_iter().chain(void) {
        cast.entry(voter).or_default().insert(category);
    }
    let reminded: HashSet<i64> = vote_reminder::Entity::find()
        .select_only()
        .column(vote_reminder::Column::AccountId)
        .filter(vote_reminder::Column::EditionId.eq(edition.id))
        .into_tuple::<i64>()
        .all(&ctx.db)
        .await?
        .into_iter()
        .collect();
    let tz = content.loaded.tz()?;
    let mut sent = 0;
    for (voter, mine) in cast {
        if mine.len() >= ballot.len() || reminded.contains(&voter) {
            continue;
        }
        let left: Vec<&str> = ballot
            .iter()
            .filter(|(_, id)| !mine.contains(id))
            .map(|(code, _)| code.as_str())
            .collect();
        let txn = crate::db::begin_write(&ctx.db).await?;
        let Some(a) = account::Entity::find_by_id(voter).one(&txn).await? else {
            continue;
        };
        if a.disabled_at.is_some() {
            continue;
        }
        let row = vote_reminder::ActiveModel {
            edition_id: Set(edition.id),
            account_id: Set(voter),
            sent_at: Set(now),
            ..Default::default()
        };
        if !crate::db::insert_once(&txn, row).await? {
            // Another instance sent it in the meantime.
            continue;
        }
        // A voter who stopped contest messages is passed over (the row above keeps it so).
        if !contest_mail::stopped(&txn, [voter]).await?.is_empty() {
            txn.commit().await?;
            continue;
        }
        let locale = a.locale;
        let args = [
            ("name", a.name.clone()),
            ("when", format_datetime(window.closes_at, &tz, locale)),
            ("left", left.join(", ")),
            ("link", format!("{}/vote", ctx.config.public_url)),
        ];
        let footer = contest_mail::footer(&txn, &ctx.config.public_url, voter, locale).await?;
        mail::enqueue(
            &txn,
            ctx.config.delivery,
            mail::Outgoing {
                kind: mail::MailKind::VoteReminder,
                to: &a.email,
                subject: &locale.t("vote-mail-reminder-subject"),
                body: &format!(
                    "{}\n\n-- \n{footer}",
                    locale.t_args("vote-mail-reminder-body", &args)
                ),
            },
            now,
        )
        .await?;
        txn.commit().await?;
        sent += 1;
    }
    Ok(sent)
}
