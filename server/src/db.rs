//! Connecting to the database: the embedded SQLite (WAL, full durability, foreign keys) or
//! PostgreSQL, then migrating it.

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use secrecy::{ExposeSecret, SecretString};

/// Opens the database named by `url`, creating the SQLite file and its folder if needed.
///
/// # Errors
/// The database cannot be reached or opened.
pub async fn connect(url: &SecretString) -> Result<DatabaseConnection, DbErr> {
    let url = url.expose_secret();
    if let Some(path) = url.strip_prefix("sqlite://")
        && let Some(parent) =
            std::path::Path::new(path.split('?').next().unwrap_or_default()).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", parent.display())))?;
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10));
    if url.starts_with("sqlite:") {
        options.max_connections(8).map_sqlx_sqlite_opts(|o| {
            use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
            o.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    } else {
        options.max_connections(20);
    }
    Database::connect(options).await
}

/// Applies every pending migration.
///
/// # Errors
/// A migration fails.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}
