//! Applies and undoes the migrations, and records which are applied in the table
//! `seaql_migrations` (`version`, the migration's name; `applied_at`, Unix seconds): the
//! table and the names SeaORM's migrator wrote before this runner replaced it, so that
//! existing databases carry on. Each migration runs in a transaction of its own, with its
//! record, on both engines (SeaORM's migrator ran SQLite's outside one): a migration that
//! fails leaves nothing half done. None switches SQLite's foreign keys off, which a
//! transaction would forbid.

use std::collections::BTreeSet;

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, Statement,
    TransactionTrait,
    sea_query::{
        IndexCreateStatement, IndexDropStatement, TableAlterStatement, TableCreateStatement,
        TableDropStatement,
    },
};

/// The table of applied migrations.
const TABLE: &str = "seaql_migrations";

/// One migration: what it does and how it is undone.
#[async_trait::async_trait]
pub trait MigrationTrait: Send + Sync {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr>;
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr>;
}

/// What a migration changes the schema through: its transaction, and the statements
/// SeaQuery builds for that engine.
pub struct SchemaManager<'c> {
    conn: &'c DatabaseTransaction,
}

impl SchemaManager<'_> {
    pub fn get_database_backend(&self) -> DbBackend {
        self.conn.get_database_backend()
    }

    pub fn get_connection(&self) -> &DatabaseTransaction {
        self.conn
    }

    /// Runs any statement SeaQuery builds (an insert, an update).
    pub async fn exec_stmt<S: sea_orm::StatementBuilder>(&self, stmt: S) -> Result<(), DbErr> {
        self.conn.execute(&stmt).await.map(|_| ())
    }

    pub async fn create_table(&self, stmt: TableCreateStatement) -> Result<(), DbErr> {
        self.conn.execute(&stmt).await.map(|_| ())
    }

    pub async fn alter_table(&self, stmt: TableAlterStatement) -> Result<(), DbErr> {
        self.conn.execute(&stmt).await.map(|_| ())
    }

    pub async fn drop_table(&self, stmt: TableDropStatement) -> Result<(), DbErr> {
        self.conn.execute(&stmt).await.map(|_| ())
    }

    pub async fn create_index(&self, stmt: IndexCreateStatement) -> Result<(), DbErr> {
        self.conn.execute(&stmt).await.map(|_| ())
    }

    pub async fn drop_index(&self, stmt: IndexDropStatement) -> Result<(), DbErr> {
        self.conn.execute(&stmt).await.map(|_| ())
    }
}

/// Whether a migration is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MigrationStatus {
    Applied,
    Pending,
}

/// The migrations, oldest first, each with its name.
pub type Migrations = Vec<(&'static str, Box<dyn MigrationTrait>)>;

async fn install(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    db.execute_unprepared(&format!(
        "CREATE TABLE IF NOT EXISTS {TABLE} \
         (version VARCHAR NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)"
    ))
    .await
    .map(|_| ())
}

async fn applied(db: &impl ConnectionTrait) -> Result<BTreeSet<String>, DbErr> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT version FROM {TABLE}"),
        ))
        .await?;
    rows.iter()
        .map(|r| r.try_get::<String>("", "version"))
        .collect()
}

/// Every migration with its status, oldest first.
///
/// # Errors
/// Database failures; a migration recorded as applied that this build does not know (the
/// database is newer than the program).
pub async fn status(
    db: &DatabaseConnection,
    migrations: &Migrations,
) -> Result<Vec<(&'static str, MigrationStatus)>, DbErr> {
    install(db).await?;
    let done = applied(db).await?;
    let known: BTreeSet<&str> = migrations.iter().map(|(name, _)| *name).collect();
    if let Some(unknown) = done.iter().find(|v| !known.contains(v.as_str())) {
        return Err(DbErr::Custom(format!(
            "the migration {unknown} is applied but unknown to this program: it is older than \
             the database"
        )));
    }
    Ok(migrations
        .iter()
        .map(|(name, _)| {
            let status = if done.contains(*name) {
                MigrationStatus::Applied
            } else {
                MigrationStatus::Pending
            };
            (*name, status)
        })
        .collect())
}

/// Applies every pending migration, oldest first.
///
/// # Errors
/// A migration fails (the ones before it stay applied), or [`status`] fails.
pub async fn up(db: &DatabaseConnection, migrations: &Migrations) -> Result<(), DbErr> {
    let statuses = status(db, migrations).await?;
    for ((name, migration), (_, state)) in migrations.iter().zip(statuses) {
        if state == MigrationStatus::Applied {
            continue;
        }
        tracing::info!("applying migration {name}");
        let txn = db.begin().await?;
        migration.up(&SchemaManager { conn: &txn }).await?;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        txn.execute_raw(Statement::from_sql_and_values(
            txn.get_database_backend(),
            format!("INSERT INTO {TABLE} (version, applied_at) VALUES ($1, $2)"),
            [(*name).into(), now.into()],
        ))
        .await?;
        txn.commit().await?;
    }
    Ok(())
}

/// Undoes the last `steps` applied migrations, newest first.
///
/// # Errors
/// A migration's undoing fails, or [`status`] fails.
pub async fn down(
    db: &DatabaseConnection,
    migrations: &Migrations,
    steps: u32,
) -> Result<(), DbErr> {
    let statuses = status(db, migrations).await?;
    let applied = migrations
        .iter()
        .zip(statuses)
        .filter(|(_, (_, state))| *state == MigrationStatus::Applied)
        .map(|(m, _)| m)
        .rev()
        .take(steps as usize);
    for (name, migration) in applied {
        tracing::info!("undoing migration {name}");
        let txn = db.begin().await?;
        migration.down(&SchemaManager { conn: &txn }).await?;
        txn.execute_raw(Statement::from_sql_and_values(
            txn.get_database_backend(),
            format!("DELETE FROM {TABLE} WHERE version = $1"),
            [(*name).into()],
        ))
        .await?;
        txn.commit().await?;
    }
    Ok(())
}
