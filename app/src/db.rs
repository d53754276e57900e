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

/// Inserts the row that records something done once (a reminder sent, an outcome told) under
/// its unique key, in the transaction that does it: false when another instance, or an
/// earlier run, wrote it first, and the caller then does nothing.
///
/// # Errors
/// Database failures other than that unique key.
pub async fn insert_once<A>(
    conn: &impl sea_orm::ConnectionTrait,
    row: A,
) -> Result<bool, crate::error::DomainError>
where
    A: sea_orm::ActiveModelTrait + sea_orm::ActiveModelBehavior + Send,
    <A::Entity as sea_orm::EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
{
    match row
        .insert(conn)
        .await
        .map_err(crate::error::DomainError::from)
    {
        Ok(_) => Ok(true),
        Err(crate::error::DomainError::Conflict(_)) => Ok(false),
        Err(e) => Err(e),
    }
}
