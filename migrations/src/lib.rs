//! Database migrations of the WSIS Prizes platform.
//!
//! Migrations are append-only and self-contained: each one creates what it needs with the
//! schema builder, so that the same code runs on SQLite (the embedded default) and on
//! PostgreSQL (production). Times are stored as Unix seconds (`BIGINT`), which both engines
//! compare and index the same way; the edition's time zone is applied on display.
//!
//! The runner is this crate's own (`runner`), over the table SeaORM's migrator kept: it needs
//! nothing of SeaORM but its connection and SeaQuery's statements.

mod runner;

pub use runner::{MigrationStatus, MigrationTrait, SchemaManager};
use sea_orm::{DatabaseConnection, DbErr};

/// What a migration file uses.
mod prelude {
    pub use sea_orm::{DbErr, DeriveIden, sea_query::*};

    pub use crate::runner::{MigrationTrait, SchemaManager};
}

/// Declares the migrations, oldest first: each is a module whose name is the one recorded
/// in the database.
macro_rules! migrations {
    ($($name:ident),* $(,)?) => {
        $(mod $name;)*

        fn all() -> runner::Migrations {
            vec![$((stringify!($name), Box::new($name::Migration)),)*]
        }
    };
}

migrations!(
    m20261128_000001_foundation,
    m20261128_000002_submissions,
    m20261130_000001_one_sent_submission_per_entity,
    m20261130_000002_screening_during_submission,
    m20261130_000003_mail_claimed_at,
    m20261130_000004_edition_holds_demo_data,
    m20261201_000001_content_versions,
    m20261202_000001_review_rounds,
    m20261203_000001_votes,
    m20261204_000001_gallery_search,
    m20261204_000002_picture_display_copies,
    m20261204_000003_account_consent,
    m20261204_000004_votes_per_day,
    m20261205_000001_success_stories,
    m20261206_000001_catalogue_triggers,
    m20261207_000001_gallery_sort_keys,
    m20261208_000001_outcome_notices,
    m20261209_000001_void_votes,
    m20261210_000001_submission_notes,
    m20261210_000002_draft_reminders,
    m20261211_000001_submission_messages,
    m20261211_000002_mailings,
    m20261211_000003_review_discussion,
);

/// Applies every pending migration.
///
/// # Errors
/// A migration fails, or the database holds one this program does not know.
pub async fn up(db: &DatabaseConnection) -> Result<(), DbErr> {
    runner::up(db, &all()).await
}

/// Every migration, oldest first, and whether it is applied.
///
/// # Errors
/// Database failures, or the database holds a migration this program does not know.
pub async fn status(
    db: &DatabaseConnection,
) -> Result<Vec<(&'static str, MigrationStatus)>, DbErr> {
    runner::status(db, &all()).await
}

/// Undoes the last `steps` applied migrations, newest first.
///
/// # Errors
/// A migration's undoing fails.
pub async fn down(db: &DatabaseConnection, steps: u32) -> Result<(), DbErr> {
    runner::down(db, &all(), steps).await
}
