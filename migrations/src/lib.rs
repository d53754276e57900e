//! Database migrations of the WSIS Prizes platform.
//!
//! Migrations are append-only and self-contained: each one creates what it needs with the
//! schema builder, so that the same code runs on SQLite (the embedded default) and on
//! PostgreSQL (production). Times are stored as Unix seconds (`BIGINT`), which both engines
//! compare and index the same way; the edition's time zone is applied on display.

pub use sea_orm_migration::{MigrationStatus, prelude::*};

mod m20261128_000001_foundation;
mod m20261128_000002_submissions;
mod m20261130_000001_one_sent_submission_per_entity;
mod m20261130_000002_screening_during_submission;
mod m20261130_000003_mail_claimed_at;
mod m20261130_000004_edition_holds_demo_data;
mod m20261201_000001_content_versions;
mod m20261202_000001_review_rounds;
mod m20261203_000001_votes;
mod m20261204_000001_gallery_search;
mod m20261204_000002_picture_display_copies;
mod m20261204_000003_account_consent;
mod m20261204_000004_votes_per_day;
mod m20261205_000001_success_stories;
mod m20261206_000001_catalogue_triggers;
mod m20261207_000001_gallery_sort_keys;

/// The ordered list of migrations.
pub struct Migrator;

impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_foundation::Migration),
            Box::new(m20261128_000002_submissions::Migration),
            Box::new(m20261130_000001_one_sent_submission_per_entity::Migration),
            Box::new(m20261130_000002_screening_during_submission::Migration),
            Box::new(m20261130_000003_mail_claimed_at::Migration),
            Box::new(m20261130_000004_edition_holds_demo_data::Migration),
            Box::new(m20261201_000001_content_versions::Migration),
            Box::new(m20261202_000001_review_rounds::Migration),
            Box::new(m20261203_000001_votes::Migration),
            Box::new(m20261204_000001_gallery_search::Migration),
            Box::new(m20261204_000002_picture_display_copies::Migration),
            Box::new(m20261204_000003_account_consent::Migration),
            Box::new(m20261204_000004_votes_per_day::Migration),
            Box::new(m20261205_000001_success_stories::Migration),
            Box::new(m20261206_000001_catalogue_triggers::Migration),
            Box::new(m20261207_000001_gallery_sort_keys::Migration),
        ]
    }
}
