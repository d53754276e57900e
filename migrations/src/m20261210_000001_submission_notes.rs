//! The secretariat's internal notes on a submission: kept with it, read by the secretariat
//! only, never shown to its owners. A note keeps its author while the account exists.

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum SubmissionNotes {
    Table,
    Id,
    SubmissionId,
    AuthorId,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SubmissionNotes::Table)
                    .col(
                        ColumnDef::new(SubmissionNotes::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(SubmissionNotes::SubmissionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SubmissionNotes::AuthorId).big_integer().null())
                    .col(ColumnDef::new(SubmissionNotes::Body).text().not_null())
                    .col(
                        ColumnDef::new(SubmissionNotes::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_submission_notes_submission_id")
                            .from(SubmissionNotes::Table, SubmissionNotes::SubmissionId)
                            .to(Submissions::Table, Submissions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_submission_notes_author_id")
                            .from(SubmissionNotes::Table, SubmissionNotes::AuthorId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_submission_notes_submission_id")
                    .table(SubmissionNotes::Table)
                    .col(SubmissionNotes::SubmissionId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SubmissionNotes::Table).to_owned())
            .await
    }
}
