//! "Results final": once the vote has closed and the secretariat has finished reviewing
//! anomalies, one audited act fixes the valid votes and the champions and builds the
//! ledger. The ledger's header is kept; its lines are rebuilt from it and the votes (which
//! no longer change) whenever it is exported, and must end on the same hash.

use std::collections::{BTreeSet, HashMap};

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, Statement,
};

use super::{
    Finalized, ReceiptCheck,
    ledger::{self, Header, HeaderCategory, Tally, VoteLine},
    rules::VoteStatus,
};
use crate::{
    audit::{self, Reason},
    auth::{Actor, Role},
    catalogue,
    codes::PhaseKind,
    entity::{
        category, columns::Json, edition, nominee, nominee_list, submission, void_vote, vote,
        vote_result,
    },
    error::DomainError,
    nominations::rules::SubmissionStatus,
    review::{
        RoundKind,
        rounds::{self, Round},
        winners::make_champion,
    },
    state::AppContext,
};

/// The ledger's header for `edition`: its categories with confirmed nominees, in order, each
/// with its number of champions, its nominees and those withdrawn since.
async fn header_of(
    conn: &impl ConnectionTrait,
    edition: &edition::Model,
) -> Result<Header, DomainError> {
    let shortlisting = rounds::find(conn, edition.id, RoundKind::Shortlisting)
        .await?
        .ok_or(DomainError::Conflict("results-no-nominees"))?;
    let lists: HashMap<i64, i64> = nominee_list::Entity::find()
        .filter(nominee_list::Column::RoundId.eq(shortlisting.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| (l.category_id, l.id))
        .collect();
    let categories = category::Entity::find()
        .filter(category::Column::EditionId.eq(edition.id))
        .order_by_asc(category::Column::Number)
        .all(conn)
        .await?;
    let chosen = nominee::Entity::find()
        .filter(nominee::Column::ListId.is_in(lists.values().copied()))
        .all(conn)
        .await?;
    let withdrawn: BTreeSet<i64> = submission::Entity::find()
        .select_only()
        .column(submission::Column::Id)
        .filter(submission::Column::Id.is_in(chosen.iter().map(|n| n.submission_id)))
        .filter(submission::Column::Status.eq(SubmissionStatus::Withdrawn))
        .into_tuple::<i64>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    let mut out = Vec::new();
    for c in categories {
        let Some(list) = lists.get(&c.id) else {
            continue;
        };
        let mut nominees: Vec<i64> = chosen
            .iter()
            .filter(|n| n.list_id == *list)
            .map(|n| n.submission_id)
            .collect();
        nominees.sort_unstable();
        out.push(HeaderCategory {
            code: c.code,
            champions: u32::try_from(c.champions.max(0)).unwrap_or(0),
            withdrawn: nominees
                .iter()
                .copied()
                .filter(|n| withdrawn.contains(n))
                .collect(),
            nominees,
        });
    }
    if out.is_empty() {
        return Err(DomainError::Conflict("results-no-nominees"));
    }
    Ok(Header {
        format: ledger::FORMAT.into(),
        edition: edition.year,
        title: edition.title.clone(),
        complete_ballots_only: edition.complete_ballots_only,
        tie_rule: ledger::TIE_RULE.into(),
        // Published when the shortlisting round closed, before the vote opened.
        seed: shortlisting.seed,
        categories: out,
    })
}

/// The ledger's vote lines: every vote cast in the header's categories, valid when it is
/// valid after review, for a nominee still in the contest, on a ballot that counts.
async fn lines_of(
    conn: &impl ConnectionTrait,
    edition_id: i64,
    header: &Header,
) -> Result<Vec<VoteLine>, DomainError> {
    let ids: HashMap<i64, String> = category::Entity::find()
        .filter(category::Column::EditionId.eq(edition_id))
        .all(conn)
        .await?
        .into_iter()
        .filter(|c| header.categories.iter().any(|h| h.code == c.code))
        .map(|c| (c.id, c.code))
        .collect();
    let rows: Vec<(i64, i64, i64, String, VoteStatus)> = vote::Entity::find()
        .select_only()
        .columns([
            vote::Column::CategoryId,
            vote::Column::VoterId,
            vote::Column::SubmissionId,
            vote::Column::Receipt,
            vote::Column::Status,
        ])
        .filter(vote::Column::CategoryId.is_in(ids.keys().copied()))
        .into_tuple()
        .all(conn)
        .await?;
    // Void votes stay lines of the ledger, never valid; each completes its voter's ballot
    // until they vote again in its category.
    let void: Vec<(i64, i64, i64, String)> = void_vote::Entity::find()
        .select_only()
        .columns([
            void_vote::Column::CategoryId,
            void_vote::Column::VoterId,
            void_vote::Column::SubmissionId,
            void_vote::Column::Receipt,
        ])
        .filter(void_vote::Column::CategoryId.is_in(ids.keys().copied()))
        .into_tuple()
        .all(conn)
        .await?;
    let ballots = super::void::categories_cast(
        rows.iter().map(|(c, v, ..)| (*v, *c)),
        void.iter().map(|(c, v, ..)| (*v, *c)).collect(),
    );
    let total = header.categories.len();
    let withdrawn: BTreeSet<i64> = header
        .categories
        .iter()
        .flat_map(|c| c.withdrawn.iter().copied())
        .collect();
    let void_lines = void
        .into_iter()
        .map(|(category_id, _, nominee, receipt)| VoteLine {
            category: ids.get(&category_id).cloned().unwrap_or_default(),
            nominee,
            receipt_hash: ledger::receipt_hash(&receipt),
            valid: false,
        });
    Ok(rows
        .into_iter()
        .map(|(category_id, voter, nominee, receipt, status)| {
            let progress = super::rules::Progress {
                cast: ballots.get(&voter).copied().unwrap_or(0),
                total,
            };
            VoteLine {
                category: ids.get(&category_id).cloned().unwrap_or_default(),
                nominee,
                receipt_hash: ledger::receipt_hash(&receipt),
                valid: status == VoteStatus::Valid
                    && !withdrawn.contains(&nominee)
                    && progress.counts(header.complete_ballots_only),
            }
        })
        .chain(void_lines)
        .collect())
}

/// Votes cast in `categories` per day (UTC), as (the day's first second, votes), void ones
/// among them (as in the ledger): counted
/// once, when the results are fixed, so that the figures page reads a few numbers however
/// large the vote.
async fn votes_per_day(
    conn: &impl ConnectionTrait,
    categories: &[i64],
) -> Result<Vec<(i64, u64)>, DomainError> {
    if categories.is_empty() {
        return Ok(Vec::new());
    }
    // Category ids from the database: integers, never typed by anyone.
    let list = categories
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let rows = conn
        .query_all_raw(Statement::from_string(
            conn.get_database_backend(),
            format!(
                "SELECT (cast_at / 86400) * 86400 AS day, COUNT(*) AS n FROM \
                 (SELECT cast_at FROM votes WHERE category_id IN ({list}) \
                 UNION ALL SELECT cast_at FROM void_votes WHERE category_id IN ({list})) AS cast_votes \
                 GROUP BY (cast_at / 86400) * 86400 ORDER BY day"
            ),
        ))
        .await?;
    rows.iter()
        .map(|r| {
            let day: i64 = r.try_get("", "day")?;
            let n: i64 = r.try_get("", "n")?;
            Ok((day, u64::try_from(n).unwrap_or(0)))
        })
        .collect()
}

/// Fixes the results of the current edition's vote: the valid votes, the champions of each
/// category (as awards of the selection round) and the ledger.
///
/// # Errors
/// Forbidden unless secretariat; phase closed while the vote runs (`results-vote-running`);
/// conflict when already final (`results-already-final`), with votes still held for review
/// (`results-held-votes`) or without nominees (`results-no-nominees`); database failures.
#[tracing::instrument(skip_all)]
pub async fn finalize(ctx: &AppContext, actor: &Actor) -> Result<Finalized, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let round: Round = rounds::current(ctx, RoundKind::Selection).await?;
    let edition = &round.edition.edition;
    let closed = round
        .edition
        .calendar
        .iter()
        .any(|w| w.kind == PhaseKind::Voting && w.closes_at <= now);
    if !closed {
        return Err(DomainError::PhaseClosed("results-vote-running"));
    }
    let txn = crate::db::begin_write(&ctx.db).await?;
    if vote_result::Entity::find()
        .filter(vote_result::Column::EditionId.eq(edition.id))
        .one(&txn)
        .await?
        .is_some()
    {
        return Err(DomainError::Conflict("results-already-final"));
    }
    let header = header_of(&txn, edition).await?;
    let ids: Vec<i64> = category::Entity::find()
        .select_only()
        .column(category::Column::Id)
        .filter(category::Column::EditionId.eq(edition.id))
        .into_tuple::<i64>()
        .all(&txn)
        .await?;
    let per_day = votes_per_day(&txn, &ids).await?;
    let held = vote::Entity::find()
        .filter(vote::Column::CategoryId.is_in(ids))
        .filter(vote::Column::Status.eq(VoteStatus::Held))
        .count(&txn)
        .await?;
    if held > 0 {
        return Err(DomainError::Conflict("results-held-votes"));
    }
    let lines = lines_of(&txn, edition.id, &header).await?;
    let (_, tally) = ledger::write(&header, lines);
    let header_json = serde_json::to_value(&header).map_err(DomainError::internal)?;
    vote_result::ActiveModel {
        edition_id: Set(edition.id),
        finalized_at: Set(now),
        finalized_by: Set(Some(session.account_id)),
        header: Set(Json(header_json)),
        head: Set(tally.head.clone()),
        votes: Set(i64::try_from(tally.votes).unwrap_or(i64::MAX)),
        valid: Set(i64::try_from(tally.valid).unwrap_or(i64::MAX)),
        counts: Set(Json(tally.counts.clone())),
        per_day: Set(Json(per_day)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let codes: HashMap<String, i64> = category::Entity::find()
        .filter(category::Column::EditionId.eq(edition.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|c| (c.code, c.id))
        .collect();
    let mut champions = 0;
    for (code, ranked) in &tally.champions {
        let Some(category_id) = codes.get(code) else {
            continue;
        };
        for c in ranked {
            make_champion(&txn, &round, *category_id, c.nominee, now).await?;
            champions += 1;
        }
    }
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::ResultsFinal,
            target_type: audit::TargetType::Edition,
            target_id: edition.year.to_string(),
            reason: Some(Reason::by_platform(
                "the vote closed and its review is finished",
            )),
            details: serde_json::json!({
                "ledger_head": tally.head,
                "votes": tally.votes,
                "valid": tally.valid,
                "champions": champions,
            }),
        },
        now,
    )
    .await?;
    // The champions are awards the public reads once published: the catalogue's version
    // moves in this transaction (the triggers), so results final and its announcement are
    // one act.
    catalogue::commit(ctx, txn).await?;
    Ok(Finalized {
        head: tally.head,
        votes: tally.votes,
        valid: tally.valid,
        champions,
    })
}

/// The ledger of the vote of `year`, rebuilt from its fixed header and the votes, with its
/// tally.
///
/// # Errors
/// Not found before "results final"; internal when the rebuilt ledger does not end on the
/// hash fixed then (the votes were changed since); database failures.
pub async fn ledger_of(
    conn: &impl ConnectionTrait,
    year: i32,
) -> Result<(String, Tally), DomainError> {
    let edition = edition::Entity::find()
        .filter(edition::Column::Year.eq(year))
        .one(conn)
        .await?
        .ok_or(DomainError::NotFound)?;
    let fixed = vote_result::Entity::find()
        .filter(vote_result::Column::EditionId.eq(edition.id))
        .one(conn)
        .await?
        .ok_or(DomainError::NotFound)?;
    let header: Header = serde_json::from_value(fixed.header.0).map_err(DomainError::internal)?;
    let lines = lines_of(conn, edition.id, &header).await?;
    let (text, tally) = ledger::write(&header, lines);
    if tally.head != fixed.head {
        return Err(DomainError::internal(format!(
            "the ledger of {year} no longer ends on the hash fixed at results final ({} ≠ {}): the votes were changed since",
            tally.head, fixed.head
        )));
    }
    Ok((text, tally))
}

/// Checks a receipt against the published results of its vote's edition: the category and
/// nominee of its vote, and whether it counted. Before that edition's results are published,
/// says so; a receipt found nowhere is "unknown" once the current edition's are.
///
/// # Errors
/// Rate limited; invalid (`receipt-invalid`) for what cannot be a receipt (no read is
/// made); database failures.
#[tracing::instrument(skip_all)]
pub async fn check_receipt(
    ctx: &AppContext,
    ip: std::net::IpAddr,
    typed: &str,
) -> Result<ReceiptCheck, DomainError> {
    ctx.limits.links.check(ip, None)?;
    let receipt = super::rules::parse_receipt(typed)
        .ok_or_else(|| DomainError::invalid("receipt", "receipt-invalid"))?;
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let published = |content: &catalogue::EditionContent| {
        content.loaded.has_opened(PhaseKind::Publication, now)
    };
    // The vote first, then its edition: last year's receipts are checked against last year's
    // results, whatever the current edition's phase. A live vote, else a void one (its
    // nominee withdrew while the vote ran).
    let found = match vote::Entity::find()
        .filter(vote::Column::Receipt.eq(&receipt))
        .one(&ctx.db)
        .await?
    {
        Some(v) => Some((v.category_id, v.voter_id, v.submission_id, v.status, false)),
        None => void_vote::Entity::find()
            .filter(void_vote::Column::Receipt.eq(&receipt))
            .one(&ctx.db)
            .await?
            .map(|v| (v.category_id, v.voter_id, v.submission_id, v.status, true)),
    };
    let Some((category_id, voter_id, submission_id, status, void)) = found else {
        return Ok(if editions.current(now).is_some_and(published) {
            ReceiptCheck::Unknown
        } else {
            ReceiptCheck::NotYet
        });
    };
    let Some(cat) = category::Entity::find_by_id(category_id)
        .one(&ctx.db)
        .await?
    else {
        return Ok(ReceiptCheck::Unknown);
    };
    let Some(content) = editions.by_id(cat.edition_id) else {
        return Ok(ReceiptCheck::Unknown);
    };
    let fixed = vote_result::Entity::find()
        .filter(vote_result::Column::EditionId.eq(cat.edition_id))
        .one(&ctx.db)
        .await?;
    let (true, Some(fixed)) = (published(content), fixed) else {
        return Ok(ReceiptCheck::NotYet);
    };
    let header: Header = serde_json::from_value(fixed.header.0).map_err(DomainError::internal)?;
    let Some(listed) = header.categories.iter().find(|c| c.code == cat.code) else {
        return Ok(ReceiptCheck::Unknown);
    };
    // The same rule as the ledger's lines.
    let ids: Vec<i64> = category::Entity::find()
        .select_only()
        .column(category::Column::Id)
        .filter(category::Column::EditionId.eq(cat.edition_id))
        .filter(category::Column::Code.is_in(header.categories.iter().map(|c| c.code.clone())))
        .into_tuple::<i64>()
        .all(&ctx.db)
        .await?;
    let nominee = submission::Entity::find_by_id(submission_id)
        .one(&ctx.db)
        .await?
        .map(|s| s.title)
        .unwrap_or_default();
    // Void, or for a nominee withdrawn after the vote closed: never valid, and why.
    if void || listed.withdrawn.contains(&submission_id) {
        return Ok(ReceiptCheck::Withdrawn {
            category: cat.code,
            nominee,
            receipt_hash: ledger::receipt_hash(&receipt),
        });
    }
    let live: Vec<i64> = vote::Entity::find()
        .select_only()
        .column(vote::Column::CategoryId)
        .filter(vote::Column::VoterId.eq(voter_id))
        .filter(vote::Column::CategoryId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(&ctx.db)
        .await?;
    let void = super::void::pairs(&ctx.db, ids, Some(voter_id)).await?;
    let cast = super::void::categories_cast(live.into_iter().map(|c| (voter_id, c)), void);
    let progress = super::rules::Progress {
        cast: cast.get(&voter_id).copied().unwrap_or(0),
        total: header.categories.len(),
    };
    let counted = status == VoteStatus::Valid && progress.counts(header.complete_ballots_only);
    Ok(ReceiptCheck::Found {
        category: cat.code,
        nominee,
        receipt_hash: ledger::receipt_hash(&receipt),
        counted,
    })
}
