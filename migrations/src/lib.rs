//! Database migrations of the WSIS Prizes platform.
//!
//! Migrations are append-only and self-contained: each one creates what it needs with the
//! schema builder, so that the same code runs on SQLite (the embedded default) and on
//! PostgreSQL (production). Times are stored as Unix seconds (`BIGINT`), which both engines
//! compare and index the same way; the edition's time zone is applied on display.

pub use sea_orm_migration::prelude::*;

mod m20261128_000001_foundation;
mod m20261128_000002_submissions;

/// The ordered list of migrations.
pub struct Migrator;

impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_foundation::Migration),
            Box::new(m20261128_000002_submissions::Migration),
        ]
    }
}
