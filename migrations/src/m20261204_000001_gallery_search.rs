//! The gallery's search documents: one row per project the public may find (a confirmed
//! nominee), with what the filters read and the text that searches match, lower-cased.
//!
//! Each engine indexes the text with its own trigram index, so that a search finds any part
//! of a word in any script (organisation names come in Chinese, Arabic, Cyrillic): FTS5's
//! `trigram` tokenizer on SQLite (an external-content table over the documents, rebuilt
//! with them), and `pg_trgm`'s GIN index on PostgreSQL (a trusted extension since
//! PostgreSQL 13, which the database's owner may create).
//!
//! The documents are derived data: they are written again from the nominee lists whenever
//! the editions change (`content_versions` row `gallery` holds the editions' version they
//! were written at; -1 until the first writing).

use sea_orm::ConnectionTrait;

use crate::prelude::*;

#[derive(DeriveIden)]
enum GalleryDocuments {
    Table,
    SubmissionId,
    EditionId,
    Year,
    CategoryCode,
    CategoryNumber,
    Title,
    Organisation,
    ShortDescription,
    Country,
    Region,
    Stakeholder,
    Sdgs,
    PictureId,
    SearchText,
}

#[derive(DeriveIden)]
enum ContentVersions {
    Table,
    Name,
    Version,
}

pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(GalleryDocuments::Table)
                    .col(
                        ColumnDef::new(GalleryDocuments::SubmissionId)
                            .big_integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(GalleryDocuments::EditionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(GalleryDocuments::Year).integer().not_null())
                    .col(
                        ColumnDef::new(GalleryDocuments::CategoryCode)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(GalleryDocuments::CategoryNumber)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(GalleryDocuments::Title).text().not_null())
                    .col(
                        ColumnDef::new(GalleryDocuments::Organisation)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(GalleryDocuments::ShortDescription)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(GalleryDocuments::Country)
                            .string_len(2)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(GalleryDocuments::Region)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(GalleryDocuments::Stakeholder)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(GalleryDocuments::Sdgs)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(ColumnDef::new(GalleryDocuments::PictureId).big_integer())
                    .col(
                        ColumnDef::new(GalleryDocuments::SearchText)
                            .text()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_gallery_documents_edition")
                    .table(GalleryDocuments::Table)
                    .col(GalleryDocuments::EditionId)
                    .col(GalleryDocuments::CategoryNumber)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Sqlite => {
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE gallery_text USING fts5(search_text, \
                     content='gallery_documents', content_rowid='submission_id', \
                     tokenize='trigram')",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                    .await?;
                db.execute_unprepared(
                    "CREATE INDEX ix_gallery_documents_text ON gallery_documents \
                     USING gin (search_text gin_trgm_ops)",
                )
                .await?;
            }
        }
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(ContentVersions::Table)
                    .columns([ContentVersions::Name, ContentVersions::Version])
                    .values_panic(["gallery".into(), (-1).into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .exec_stmt(
                Query::delete()
                    .from_table(ContentVersions::Table)
                    .and_where(Expr::col(ContentVersions::Name).eq("gallery"))
                    .to_owned(),
            )
            .await?;
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
            manager
                .get_connection()
                .execute_unprepared("DROP TABLE gallery_text")
                .await?;
        }
        manager
            .drop_table(Table::drop().table(GalleryDocuments::Table).to_owned())
            .await
    }
}
