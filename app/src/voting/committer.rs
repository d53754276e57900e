//! Group commit for the vote path. Each instance has one committer task: votes waiting to be
//! written are taken together (up to [`MAX_BATCH`]) and written in one transaction, so that
//! a burst of votes costs one durable commit (one `fsync` on SQLite with `synchronous=FULL`)
//! instead of one each. Every vote is acknowledged only after the commit that holds it, so
//! group commit loses nothing that was acknowledged.
//!
//! Each vote is its own `INSERT … ON CONFLICT (voter, category) DO NOTHING`: a second vote in
//! a category (in the same batch, or from another instance) writes nothing and is answered
//! as a conflict, without failing the other votes of the batch.

use sea_orm::{DatabaseConnection, EntityTrait, sea_query::OnConflict};
use tokio::sync::{mpsc, oneshot};

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

async fn run(db: DatabaseConnection, mut rx: mpsc::Receiver<Pending>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        match write_batch(&db, &batch).await {
            Ok(written) => {
                for (p, ok) in batch.drain(..).zip(written) {
                    let _ = p.reply.send(Ok(ok));
                }
            }
            Err(e) => {
                tracing::error!(error = %e, votes = batch.len(), "a batch of votes was not written");
                for p in batch.drain(..) {
                    let _ = p.reply.send(Err(e.to_string()));
                }
            }
        }
    }
}

async fn write_batch(
    db: &DatabaseConnection,
    batch: &[Pending],
) -> Result<Vec<bool>, sea_orm::DbErr> {
    let txn = crate::db::begin_write(db).await?;
    let mut written = Vec::with_capacity(batch.len());
    for p in batch {
        let rows = vote::Entity::insert(p.row.clone())
            .on_conflict(
                OnConflict::columns([vote::Column::VoterId, vote::Column::CategoryId])
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
        written.push(rows > 0);
    }
    txn.commit().await?;
    Ok(written)
}
