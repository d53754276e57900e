//! The results told to the voters. When an edition's results are published, every voter with
//! a confirmed address is told by mail, in their language: that the results are out, the
//! ledger's head hash, and how to check their receipts. Once thousands of people hold the
//! head hash, nobody can quietly change the ledger.
//!
//! The background job writes at most [`BATCH`] mails a minute, in the order of the voters'
//! accounts, so that the outbox sends them at a bounded rate however large the vote. Each
//! voter is passed once: the row that records it (written for a voter with no confirmed
//! address too, so that the walk moves on) is written under a unique key in the same
//! transaction as the mail.

use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::{
    catalogue::{self, EditionContent},
    entity::{account, results_notice, void_vote, vote, vote_result},
    error::DomainError,
    mail,
    state::AppContext,
};

/// Voters passed per run of the job (a minute): 120,000 an hour.
pub const BATCH: u64 = 2_000;

/// Tells the next batch of voters of every edition whose results are published; returns how
/// many mails were written.
///
/// # Errors
/// Database failures.
pub async fn send_due(ctx: &AppContext, now: i64) -> Result<u64, DomainError> {
    let editions = catalogue::read(ctx).await?;
    let mut sent = 0;
    for content in editions.all() {
        let loaded = &content.loaded;
        if !loaded.awards_public(now) || loaded.publication_over(now) {
            continue;
        }
        let Some(fixed) = vote_result::Entity::find()
            .filter(vote_result::Column::EditionId.eq(loaded.edition.id))
            .one(&ctx.db)
            .await?
        else {
            continue;
        };
        sent += tell_batch(ctx, content, &fixed.head, now).await?;
    }
    Ok(sent)
}

/// The next voters of `content` not yet passed, in account order.
async fn next_voters(
    conn: &impl ConnectionTrait,
    content: &EditionContent,
) -> Result<Vec<i64>, DomainError> {
    let edition_id = content.loaded.edition.id;
    let last: Option<i64> = results_notice::Entity::find()
        .select_only()
        .column(results_notice::Column::AccountId)
        .filter(results_notice::Column::EditionId.eq(edition_id))
        .order_by_desc(results_notice::Column::AccountId)
        .into_tuple()
        .one(conn)
        .await?;
    let categories: Vec<i64> = content
        .category_codes()
        .filter_map(|c| content.category_id(c))
        .collect();
    let after = last.unwrap_or(0);
    let live: Vec<i64> = vote::Entity::find()
        .select_only()
        .column(vote::Column::VoterId)
        .distinct()
        .filter(vote::Column::CategoryId.is_in(categories.iter().copied()))
        .filter(vote::Column::VoterId.gt(after))
        .order_by_asc(vote::Column::VoterId)
        .limit(BATCH)
        .into_tuple()
        .all(conn)
        .await?;
    // A voter whose votes all went void (their nominee withdrew) voted too: their receipts
    // are lines of the ledger.
    let void: Vec<i64> = void_vote::Entity::find()
        .select_only()
        .column(void_vote::Column::VoterId)
        .distinct()
        .filter(void_vote::Column::CategoryId.is_in(categories))
        .filter(void_vote::Column::VoterId.gt(after))
        .order_by_asc(void_vote::Column::VoterId)
        .limit(BATCH)
        .into_tuple()
        .all(conn)
        .await?;
    // The first BATCH of the union are among the first BATCH of each.
    let mut voters: Vec<i64> = live.into_iter().chain(void).collect();
    voters.sort_unstable();
    voters.dedup();
    voters.truncate(usize::try_from(BATCH).unwrap_or(usize::MAX));
    Ok(voters)
}

/// Tells one batch; returns how many mails were written.
async fn tell_batch(
    ctx: &AppContext,
    content: &EditionContent,
    head: &str,
    now: i64,
) -> Result<u64, DomainError> {
    let voters = next_voters(&ctx.db, content).await?;
    if voters.is_empty() {
        return Ok(0);
    }
    let year = content.loaded.edition.year.to_string();
    let base = &ctx.config.public_url;
    let accounts = account::Entity::find()
        .filter(account::Column::Id.is_in(voters.iter().copied()))
        .all(&ctx.db)
        .await?;
    let mut sent = 0;
    for voter in voters {
        let txn = crate::db::begin_write(&ctx.db).await?;
        let row = results_notice::ActiveModel {
            edition_id: Set(content.loaded.edition.id),
            account_id: Set(voter),
            sent_at: Set(now),
            ..Default::default()
        };
        if !crate::db::insert_once(&txn, row).await? {
            // Another instance passed this voter in the meantime.
            continue;
        }
        let reachable = accounts
            .iter()
            .find(|a| a.id == voter)
            .filter(|a| a.email_confirmed_at.is_some() && a.disabled_at.is_none());
        if let Some(a) = reachable {
            let locale = a.locale;
            let args = [
                ("name", a.name.clone()),
                ("year", year.clone()),
                ("head", head.to_owned()),
                ("results", format!("{base}/vote/results?edition={year}")),
                ("receipt", format!("{base}/vote/receipt")),
            ];
            mail::tell(
                &txn,
                ctx.config.delivery,
                mail::Letter {
                    kind: mail::MailKind::Results,
                    to: &a.email,
                    locale,
                    key: "results-mail",
                    args: &args,
                },
                now,
            )
            .await?;
            sent += 1;
        }
        txn.commit().await?;
    }
    Ok(sent)
}
