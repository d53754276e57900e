//! The gallery's results sort by title in the root collation order (CLDR's, with ICU4X),
//! the same on both engines whatever their own collation: each search document carries its
//! title's sort key (`title_key`), bytes that both engines compare byte by byte. The keys
//! are written with the documents; the documents written before this migration are marked
//! stale, so that the server writes them again, with their keys, at its start.

use sea_orm::ConnectionTrait;

use crate::prelude::*;

/// Any version but the catalogue's: the documents are written again.
const STALE: &str = "UPDATE content_versions SET version = -1 WHERE name = 'gallery'";

pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let add = match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Sqlite => {
                "ALTER TABLE gallery_documents ADD COLUMN title_key BLOB NOT NULL DEFAULT x''"
            }
            _ => {
                "ALTER TABLE gallery_documents ADD COLUMN title_key BYTEA NOT NULL DEFAULT ''::bytea"
            }
        };
        let db = manager.get_connection();
        db.execute_unprepared(add).await?;
        db.execute_unprepared(STALE).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared("ALTER TABLE gallery_documents DROP COLUMN title_key")
            .await?;
        db.execute_unprepared(STALE).await?;
        Ok(())
    }
}
