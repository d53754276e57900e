//! Transactions. On SQLite, a transaction that reads before it writes cannot become a writer
//! once another connection has committed in between (it fails at once, whatever the busy
//! timeout); write transactions therefore take the write lock when they begin. PostgreSQL
//! ignores the mode.

use sea_orm::{
    DatabaseConnection, DatabaseTransaction, DbErr, SqliteTransactionMode, TransactionOptions,
    TransactionTrait,
};

/// Begins a transaction that will write.
///
/// # Errors
/// The database cannot start a transaction.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    })
    .await
}
