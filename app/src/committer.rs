//! Group commit for the vote path (the core's, so that every instance's state holds one).
//! Each instance has one committer task: votes waiting to be written are taken together (up
//! to [`MAX_BATCH`]) and written in one statement, its own transaction, so that a burst of
//! votes costs one durable commit (one `fsync` on SQLite with `synchronous=FULL`) instead of
//! one each. On PostgreSQL a few batches are in flight at once, so that the wait for one
//! commit's flush overlaps the next batches' work; SQLite, with its single writer, takes one
//! at a time. Every vote is acknowledged only after the commit that holds it, so group commit
//! loses nothing that was acknowledged.
//!
//! A batch is one `INSERT … SELECT … ON CONFLICT (voter, category) DO NOTHING RETURNING
//! receipt`. The select joins each vote to its voter's account and keeps it only while the
//! sign-in token it came with still holds (same token version, account enabled) and the
//! address is confirmed: the vote path reads nothing before its write, and the check cannot
//! go stale between a read and the write. It also copies what anomaly review keeps of the
//! account (the address's domain, when the account was made). A vote the statement did not
//! write (a second vote in a category, in the same batch or from another instance; a revoked
//! token; an unconfirmed address) is answered with why, from one read of the accounts
//! concerned, without failing the other votes of the batch.

use std::{
    collections::{HashMap, HashSet},
    sync::Arc,
};

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter,
    QuerySelect, Statement, Value,
};
use tokio::sync::{Semaphore, mpsc, oneshot};

use crate::{codes::VoteStatus, entity::account, error::DomainError};

/// The most votes written in one transaction.
pub const MAX_BATCH: usize = 256;
/// Votes waiting for the committer before casting waits for room (back-pressure).
const QUEUE: usize = 4_096;

/// A vote to write, with the sign-in token version it was cast under.
#[derive(Clone, Debug)]
pub struct NewVote {
    pub category_id: i64,
    pub voter_id: i64,
    /// The version the voter's sign-in token carries; the vote is written only while the
    /// account still has it.
    pub token_version: i32,
    pub submission_id: i64,
    pub cast_at: i64,
    pub receipt: String,
    pub network: String,
    pub fingerprint: String,
    /// The status a vote is written with (the vote's rules name it).
    pub status: VoteStatus,
}

/// What became of a vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    Yes,
    /// The voter already had a vote in the category.
    AlreadyCast,
    /// The account's address is not confirmed.
    Unconfirmed,
    /// The token no longer holds: signed out everywhere, password changed, account disabled
    /// or gone.
    SignedOut,
}

struct Pending {
    vote: NewVote,
    reply: oneshot::Sender<Result<Written, String>>,
}

/// The handle the vote path sends its votes to.
pub struct Committer {
    tx: mpsc::Sender<Pending>,
}

impl Committer {
    /// Starts the committer task on the current runtime.
    pub fn start(db: DatabaseConnection) -> Self {
        let (tx, rx) = mpsc::channel(QUEUE);
        tokio::spawn(run(db, rx));
        Self { tx }
    }

    /// Writes a vote; answers once it is committed, with what became of it.
    ///
    /// # Errors
    /// Internal when the transaction that held it failed (nothing of it was written).
    pub async fn write(&self, vote: NewVote) -> Result<Written, DomainError> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send(Pending { vote, reply })
            .await
            .map_err(|_| DomainError::internal("the vote committer has stopped"))?;
        answer
            .await
            .map_err(|_| DomainError::internal("the vote committer dropped a vote"))?
            .map_err(DomainError::internal)
    }
}

/// Batches in flight at once. SQLite has one writer at a time; PostgreSQL overlaps one
/// batch's commit (its wait for the WAL flush) with the next batches' inserts.
fn in_flight(db: &DatabaseConnection) -> usize {
    match db.get_database_backend() {
        DbBackend::Sqlite => 1,
        _ => 4,
    }
}

async fn run(db: DatabaseConnection, mut rx: mpsc::Receiver<Pending>) {
    let slots = Arc::new(Semaphore::new(in_flight(&db)));
    loop {
        // A free slot first: while every slot is busy, the votes that come in wait together
        // and make the next batch.
        let Ok(slot) = Arc::clone(&slots).acquire_owned().await else {
            return;
        };
        let mut batch = Vec::with_capacity(MAX_BATCH);
        if rx.recv_many(&mut batch, MAX_BATCH).await == 0 {
            return;
        }
        let db = db.clone();
        tokio::spawn(async move {
            answer(&db, batch).await;
            drop(slot);
        });
    }
}

/// Writes a batch and answers each of its votes.
async fn answer(db: &DatabaseConnection, mut batch: Vec<Pending>) {
    // The same order in every batch (the statement inserts in it too): two batches in flight
    // that hold the same voter and category wait for each other in one order, never in a
    // circle.
    batch.sort_by_key(|p| (p.vote.voter_id, p.vote.category_id));
    match write_batch(db, &batch).await {
        Ok(outcomes) => {
            for (p, outcome) in batch.into_iter().zip(outcomes) {
                let _ = p.reply.send(Ok(outcome));
            }
        }
        Err(e) => {
            tracing::error!(error = %e, votes = batch.len(), "a batch of votes was not written");
            for p in batch {
                let _ = p.reply.send(Err(e.to_string()));
            }
        }
    }
}

async fn write_batch(
    db: &DatabaseConnection,
    batch: &[Pending],
) -> Result<Vec<Written>, sea_orm::DbErr> {
    // One statement is its own transaction (all of its rows or none, durable when it
    // returns): no BEGIN and COMMIT around it, one round trip per batch.
    let written: HashSet<String> = db
        .query_all_raw(insert_statement(db.get_database_backend(), batch))
        .await?
        .iter()
        .map(|row| row.try_get::<String>("", "receipt"))
        .collect::<Result<_, _>>()?;
    if written.len() == batch.len() {
        return Ok(vec![Written::Yes; batch.len()]);
    }
    why_not(db, batch, &written).await
}

/// The batch's statement. On PostgreSQL the votes travel as one JSON parameter, so that the
/// statement's text is the same for every batch and is planned once per connection (a
/// `VALUES` list would make a new statement for each batch size, planned each time); SQLite,
/// in the same process, reads a `VALUES` list as fast.
fn insert_statement(backend: DbBackend, batch: &[Pending]) -> Statement {
    let postgres = backend == DbBackend::Postgres;
    let (source, values): (String, Vec<Value>) = if postgres {
        let rows: Vec<serde_json::Value> = batch
            .iter()
            .map(|p| {
                let v = &p.vote;
                serde_json::json!({
                    "category_id": v.category_id,
                    "voter_id": v.voter_id,
                    "token_version": v.token_version,
                    "submission_id": v.submission_id,
                    "cast_at": v.cast_at,
                    "receipt": v.receipt,
                    "network": v.network,
                    "fingerprint": v.fingerprint,
                    "status": v.status.code(),
                })
            })
            .collect();
        (
            "SELECT * FROM json_to_recordset($1::json) AS r (category_id int8, voter_id int8, \
             token_version int4, submission_id int8, cast_at int8, receipt text, network text, \
             fingerprint text, status text)"
                .to_owned(),
            vec![serde_json::Value::Array(rows).to_string().into()],
        )
    } else {
        let mut values: Vec<Value> = Vec::with_capacity(batch.len() * 9);
        for p in batch {
            let v = &p.vote;
            values.extend([
                v.category_id.into(),
                v.voter_id.into(),
                v.token_version.into(),
                v.submission_id.into(),
                v.cast_at.into(),
                v.receipt.clone().into(),
                v.network.clone().into(),
                v.fingerprint.clone().into(),
                v.status.code().into(),
            ]);
        }
        let row = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
        (
            format!("VALUES {}", vec![row; batch.len()].join(", ")),
            values,
        )
    };
    // The domain after the address's '@', as the anomaly review groups voters by it.
    let find = if postgres { "strpos" } else { "instr" };
    // Each vote's account by its key. PostgreSQL guesses a hundred rows for any JSON list and
    // would rather scan every account for a hash join; a lateral lookup (its `LIMIT` keeps it
    // from being merged into a join) reads one index entry per vote whatever the guess.
    let accounts = if postgres {
        "CROSS JOIN LATERAL (SELECT email, created_at, token_version, disabled_at, \
         email_confirmed_at FROM accounts WHERE id = v.voter_id LIMIT 1) a"
    } else {
        "JOIN accounts a ON a.id = v.voter_id"
    };
    let sql = format!(
        "WITH v (category_id, voter_id, token_version, submission_id, cast_at, receipt, \
         network, fingerprint, status) AS ({source}) \
         INSERT INTO votes (category_id, voter_id, submission_id, cast_at, receipt, network, \
         fingerprint, email_domain, account_created_at, status) \
         SELECT v.category_id, v.voter_id, v.submission_id, v.cast_at, v.receipt, v.network, \
         v.fingerprint, lower(substr(a.email, {find}(a.email, '@') + 1)), a.created_at, v.status \
         FROM v {accounts} \
         WHERE a.token_version = v.token_version AND a.disabled_at IS NULL \
         AND a.email_confirmed_at IS NOT NULL \
         ORDER BY v.voter_id, v.category_id \
         ON CONFLICT (voter_id, category_id) DO NOTHING \
         RETURNING receipt"
    );
    Statement::from_sql_and_values(backend, sql, values)
}

/// Why each vote of the batch that the statement did not write was left out.
async fn why_not(
    db: &DatabaseConnection,
    batch: &[Pending],
    written: &HashSet<String>,
) -> Result<Vec<Written>, sea_orm::DbErr> {
    let left: Vec<i64> = batch
        .iter()
        .filter(|p| !written.contains(&p.vote.receipt))
        .map(|p| p.vote.voter_id)
        .collect();
    let accounts: HashMap<i64, (i32, bool, bool)> = account::Entity::find()
        .select_only()
        .column(account::Column::Id)
        .column(account::Column::TokenVersion)
        .column(account::Column::DisabledAt)
        .column(account::Column::EmailConfirmedAt)
        .filter(account::Column::Id.is_in(left))
        .into_tuple::<(i64, i32, Option<i64>, Option<i64>)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, version, disabled, confirmed)| {
            (id, (version, disabled.is_none(), confirmed.is_some()))
        })
        .collect();
    Ok(batch
        .iter()
        .map(|p| {
            if written.contains(&p.vote.receipt) {
                return Written::Yes;
            }
            match accounts.get(&p.vote.voter_id) {
                Some(&(version, enabled, _)) if !enabled || version != p.vote.token_version => {
                    Written::SignedOut
                }
                None => Written::SignedOut,
                Some(&(_, _, false)) => Written::Unconfirmed,
                Some(_) => Written::AlreadyCast,
            }
        })
        .collect())
}
