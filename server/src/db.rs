//! Connecting to the database: the embedded SQLite (WAL, full durability, foreign keys) or
//! PostgreSQL; migrating it and seeding the first edition under a lock, so that several
//! instances starting together on one empty database all come up.

use std::{os::unix::fs::DirBuilderExt, path::Path, time::Duration};

use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use secrecy::{ExposeSecret, SecretString};

/// The PostgreSQL advisory lock held while migrating and seeding (any fixed number, the same
/// for every instance).
const STARTUP_LOCK: i64 = 0x5753_4953_0001;

/// Creates `dir` (and its parents) readable by this user only, if it does not exist.
///
/// # Errors
/// The folder cannot be created.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.as_os_str().is_empty() || dir.exists() {
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

/// The file of a `sqlite://` URL, if it names one.
fn sqlite_file(url: &str) -> Option<&Path> {
    let path = url.strip_prefix("sqlite://")?.split('?').next()?;
    (!path.is_empty() && !path.starts_with(":memory:")).then(|| Path::new(path))
}

/// Opens the database named by `url`. An SQLite file and its folder are created readable by
/// this user only (0600 and 0700): the file holds password hashes and personal data.
///
/// # Errors
/// The database cannot be reached or opened.
pub async fn connect(url: &SecretString) -> Result<DatabaseConnection, DbErr> {
    let url = url.expose_secret();
    if let Some(file) = sqlite_file(url) {
        if let Some(parent) = file.parent() {
            create_private_dir(parent)
                .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", parent.display())))?;
        }
        if !file.exists() {
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(file)
                .or_else(|e| {
                    // Another process created it in between: fine.
                    if e.kind() == std::io::ErrorKind::AlreadyExists {
                        Ok(std::fs::File::open(file)?)
                    } else {
                        Err(e)
                    }
                })
                .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", file.display())))?;
        }
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
    match sqlite_file(url) {
        // The first connection to a new file switches it to WAL, which needs the file to
        // itself: SQLite refuses at once (no busy wait) when another instance is doing the
        // same. The instances starting together take turns under the start-up lock.
        Some(file) => {
            let lock = startup_file_lock(file).await?;
            let db = Database::connect(options).await;
            let _ = lock.unlock();
            db
        }
        None => Database::connect(options).await,
    }
}

/// Takes the SQLite start-up lock: an exclusive lock on a file beside the database, released
/// when the returned file is unlocked or dropped.
async fn startup_file_lock(database: &Path) -> Result<std::fs::File, DbErr> {
    let lock_path = database.with_extension("startup-lock");
    tokio::task::spawn_blocking(move || -> std::io::Result<std::fs::File> {
        use std::os::unix::fs::OpenOptionsExt;
        let f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&lock_path)?;
        f.lock()?;
        Ok(f)
    })
    .await
    .map_err(|e| DbErr::Custom(format!("taking the start-up lock: {e}")))?
    .map_err(|e| DbErr::Custom(format!("taking the start-up lock: {e}")))
}

/// Applies every pending migration.
///
/// # Errors
/// A migration fails.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    migration::up(db).await
}

/// Runs `work` (migrating, seeding) while holding the start-up lock: a PostgreSQL advisory
/// lock shared by every instance, or, on SQLite, an exclusive lock on a file beside the
/// database. The second instance to start waits, then finds the work done.
///
/// # Errors
/// The lock cannot be taken, or `work` fails.
pub async fn with_startup_lock<T, E>(
    db: &DatabaseConnection,
    url: &SecretString,
    work: impl AsyncFnOnce() -> Result<T, E>,
) -> Result<T, E>
where
    E: From<DbErr>,
{
    let url = url.expose_secret();
    if url.starts_with("postgres") {
        use sea_orm::sqlx;
        let pool = db.get_postgres_connection_pool();
        let mut conn = pool
            .acquire()
            .await
            .map_err(|e| DbErr::Custom(format!("taking the start-up lock: {e}")))?;
        sqlx::query("SELECT pg_advisory_lock($1)")
            .bind(STARTUP_LOCK)
            .execute(&mut *conn)
            .await
            .map_err(|e| DbErr::Custom(format!("taking the start-up lock: {e}")))?;
        let result = work().await;
        // Closing the connection would release it too; unlocking keeps the pooled connection.
        let _ = sqlx::query("SELECT pg_advisory_unlock($1)")
            .bind(STARTUP_LOCK)
            .execute(&mut *conn)
            .await;
        result
    } else if let Some(file) = sqlite_file(url) {
        let lock = startup_file_lock(file).await?;
        let result = work().await;
        let _ = lock.unlock();
        result
    } else {
        work().await
    }
}
