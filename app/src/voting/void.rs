//! Votes made void by a withdrawal: the one exception to "never changed once cast". When a
//! nominee withdraws while the vote runs, the votes for it move from `votes` to `void_votes`
//! in the withdrawal's transaction (`entity::void_vote::move_aside`), so that their voters
//! may vote once more in that category: the unique index on `votes` keeps one live vote per
//! voter and category, and the vote path keeps its one statement. A void vote stays a line of the ledger (not valid) and its receipt
//! is still answered ("not valid: the nominee withdrew"). It completes its voter's ballot
//! until they vote again in its category: completeness counts categories, not rows.
//!
//! The minute job moves aside any vote written for the nominee after the withdrawal (a vote
//! checked against the shortlist an instant before it changed), and tells each voter of a
//! void vote by mail, in their language, while the vote still runs, [`BATCH`] a minute.

use std::collections::{HashMap, HashSet};

use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::{
    catalogue::{self, EditionContent},
    codes::PhaseKind,
    entity::{account, submission, void_vote, vote},
    error::DomainError,
    i18n::dates::format_datetime,
    mail,
    nominations::rules::SubmissionStatus,
    state::AppContext,
};

/// Voters told per run of the job (a minute).
pub const BATCH: u64 = 2_000;

/// The (voter, category) of every void vote in `categories`.
///
/// # Errors
/// Database failures.
pub async fn pairs(
    conn: &impl ConnectionTrait,
    categories: impl IntoIterator<Item = i64>,
    voter: Option<i64>,
) -> Result<HashSet<(i64, i64)>, DomainError> {
    let mut q = void_vote::Entity::find()
        .select_only()
        .columns([void_vote::Column::VoterId, void_vote::Column::CategoryId])
        .filter(void_vote::Column::CategoryId.is_in(categories));
    if let Some(v) = voter {
        q = q.filter(void_vote::Column::VoterId.eq(v));
    }
    Ok(q.into_tuple::<(i64, i64)>()
        .all(conn)
        .await?
        .into_iter()
        .collect())
}

/// The categories each voter has cast a vote in: the live votes `(voter, category)`, and
/// the void ones in a category the voter has not voted in again.
pub fn categories_cast(
    live: impl IntoIterator<Item = (i64, i64)>,
    mut void: HashSet<(i64, i64)>,
) -> HashMap<i64, usize> {
    let mut cast: HashMap<i64, usize> = HashMap::new();
    for (voter, category) in live {
        void.remove(&(voter, category));
        *cast.entry(voter).or_default() += 1;
    }
    for (voter, _) in void {
        *cast.entry(voter).or_default() += 1;
    }
    cast
}

/// The minute's work while a vote runs: the stragglers moved aside, the next voters told.
/// Returns how many voters were told.
///
/// # Errors
/// Database failures.
pub async fn tell_due(ctx: &AppContext, now: i64) -> Result<u64, DomainError> {
    let editions = catalogue::read(ctx).await?;
    let mut told = 0;
    for content in editions.all() {
        if !content.loaded.is_open(PhaseKind::Voting, now) {
            continue;
        }
        sweep(ctx, content, now).await?;
        told += tell_batch(ctx, content, now).await?;
    }
    Ok(told)
}

/// Moves aside the votes still held for a withdrawn submission of `content`.
async fn sweep(ctx: &AppContext, content: &EditionContent, now: i64) -> Result<(), DomainError> {
    let withdrawn: Vec<(i64, i64)> = submission::Entity::find()
        .select_only()
        .columns([submission::Column::CategoryId, submission::Column::Id])
        .filter(submission::Column::EditionId.eq(content.loaded.edition.id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Withdrawn))
        .into_tuple()
        .all(&ctx.db)
        .await?;
    for (category, id) in withdrawn {
        // A read by the (category, nominee) index first: the write, which waits for the
        // vote's writer on SQLite, is taken only when there is a vote to move.
        let left = vote::Entity::find()
            .filter(vote::Column::CategoryId.eq(category))
            .filter(vote::Column::SubmissionId.eq(id))
            .count(&ctx.db)
            .await?;
        if left == 0 {
            continue;
        }
        let txn = crate::db::begin_write(&ctx.db).await?;
        void_vote::move_aside(&txn, category, id, now).await?;
        txn.commit().await?;
    }
    Ok(())
}

/// Tells the next voters of void votes in `content`, each in their own transaction with the
/// row that says so; returns how many mails were written.
async fn tell_batch(
    ctx: &AppContext,
    content: &EditionContent,
    now: i64,
) -> Result<u64, DomainError> {
    let categories: Vec<i64> = content
        .category_codes()
        .filter_map(|c| content.category_id(c))
        .collect();
    let due = void_vote::Entity::find()
        .filter(void_vote::Column::CategoryId.is_in(categories))
        .filter(void_vote::Column::ToldAt.is_null())
        .order_by_asc(void_vote::Column::Id)
        .limit(BATCH)
        .all(&ctx.db)
        .await?;
    if due.is_empty() {
        return Ok(0);
    }
    let accounts: HashMap<i64, account::Model> = account::Entity::find()
        .filter(account::Column::Id.is_in(due.iter().map(|v| v.voter_id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let titles: HashMap<i64, String> = submission::Entity::find()
        .select_only()
        .columns([submission::Column::Id, submission::Column::Title])
        .filter(submission::Column::Id.is_in(due.iter().map(|v| v.submission_id)))
        .into_tuple::<(i64, String)>()
        .all(&ctx.db)
        .await?
        .into_iter()
        .collect();
    let loaded = &content.loaded;
    let tz = loaded.tz()?;
    let closes = loaded
        .calendar
        .iter()
        .find(|w| w.kind == PhaseKind::Voting)
        .map_or(now, |w| w.closes_at);
    let ballot = format!("{}/vote", ctx.config.public_url);
    let mut told = 0;
    for v in due {
        let txn = crate::db::begin_write(&ctx.db).await?;
        let claimed = void_vote::Entity::update_many()
            .col_expr(void_vote::Column::ToldAt, now.into())
            .filter(void_vote::Column::Id.eq(v.id))
            .filter(void_vote::Column::ToldAt.is_null())
            .exec(&txn)
            .await?
            .rows_affected;
        if claimed == 0 {
            // Another instance told this voter in the meantime.
            continue;
        }
        let reachable = accounts
            .get(&v.voter_id)
            .filter(|a| a.email_confirmed_at.is_some() && a.disabled_at.is_none());
        if let Some(a) = reachable {
            let locale = a.locale;
            let category = format!(
                "{} {}",
                content.category_code(v.category_id).unwrap_or_default(),
                content.category_title(v.category_id, locale)
            );
            let args = [
                ("name", a.name.clone()),
                ("category", category),
                (
                    "nominee",
                    titles.get(&v.submission_id).cloned().unwrap_or_default(),
                ),
                ("closes", format_datetime(closes, &tz, locale)),
                ("ballot", ballot.clone()),
            ];
            mail::tell(
                &txn,
                ctx.config.delivery,
                mail::Letter {
                    kind: mail::MailKind::VoteVoid,
                    to: &a.email,
                    locale,
                    key: "vote-void-mail",
                    args: &args,
                },
                now,
            )
            .await?;
            told += 1;
        }
        txn.commit().await?;
    }
    Ok(told)
}
