//! Group commit for the vote path (the core's, so that every instance's state holds one).
//! Each instance has one committer task: votes waiting to be written are taken together (up
//! to [`MAX_BATCH`]) and written in one transaction, so that a burst of votes costs one
//! durable commit (one `fsync` on SQLite with `synchronous=FULL`) instead of one each. On
//! PostgreSQL a few batches are in flight at once, so that the wait for one commit's flush
//! overlaps the next batches' work; SQLite, with its single writer, takes one at a time. Every
//! vote is acknowledged only after the commit that holds it, so group commit loses nothing
//! that was acknowledged.
//!
//! A batch is one `INSERT … ON CONFLICT (voter, category) DO NOTHING RETURNING …`: a second
//! vote in a category (in the same batch, or from another instance) writes nothing and is
//! answered as a conflict, without failing the other votes of the batch.

use std::{collections::HashSet, sync::Arc};

use sea_orm::{DatabaseConnection, DbBackend, EntityTrait, TryInsertResult};
use tokio::sync::{Semaphore, mpsc, oneshot};

use crate::{entity::vote, error::DomainError};

/// The most votes written in one transaction.
pub const MAX_BATCH: usize = 256;
/// Votes waiting for the committer before casting waits for room (back-pressure).
const QUEUE: usize = 4_096;

struct Pending {
    row: vote::ActiveModel,
    reply: oneshot::Sender<Result<bool, String>>,
}

/// The handle the vote path sends its rows to.
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

    /// Writes a vote; answers once it is committed: `true` when written, `false` when the
    /// voter already had a vote in the category.
    ///
    /// # Errors
    /// Internal when the transaction that held it failed (nothing of it was written).
    pub async fn write(&self, row: vote::ActiveModel) -> Result<bool, DomainError> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send(Pending { row, reply })
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
    // The same order in every batch: two batches in flight that hold the same voter and
    // category wait for each other in one order, never in a circle.
    batch.sort_by_key(|p| (value(&p.row.voter_id), value(&p.row.category_id)));
    match write_batch(db, &batch).await {
        Ok(written) => {
            for (p, ok) in batch.into_iter().zip(written) {
                let _ = p.reply.send(Ok(ok));
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

fn value(v: &sea_orm::ActiveValue<i64>) -> i64 {
    match v {
        sea_orm::ActiveValue::Set(x) | sea_orm::ActiveValue::Unchanged(x) => *x,
        sea_orm::ActiveValue::NotSet => 0,
    }
}

async fn write_batch(
    db: &DatabaseConnection,
    batch: &[Pending],
) -> Result<Vec<bool>, sea_orm::DbErr> {
    let txn = crate::db::begin_write(db).await?;
    // One statement for the batch; the rows it wrote come back, known by their receipts.
    let written: HashSet<String> =
        match vote::Entity::insert_many(batch.iter().map(|p| p.row.clone()))
            .on_conflict_do_nothing_on([vote::Column::VoterId, vote::Column::CategoryId])
            .exec_with_returning_many(&txn)
            .await?
        {
            TryInsertResult::Inserted(rows) => rows.into_iter().map(|r| r.receipt).collect(),
            TryInsertResult::Conflicted | TryInsertResult::Empty => HashSet::new(),
        };
    txn.commit().await?;
    Ok(batch
        .iter()
        .map(|p| match &p.row.receipt {
            sea_orm::ActiveValue::Set(r) | sea_orm::ActiveValue::Unchanged(r) => {
                written.contains(r)
            }
            sea_orm::ActiveValue::NotSet => false,
        })
        .collect())
}
