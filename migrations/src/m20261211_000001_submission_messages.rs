//! A submission's thread: the messages between the secretariat and the submission's owners,
//! kept with it. `read_at` is when the other side first opened the thread after the message
//! was written: the secretariat's inbox counts the owners' messages it has not read.

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum SubmissionMessages {
    Table,
    Id,
    SubmissionId,
    AuthorId,
    FromSecretariat,
    Body,
    CreatedAt,
    ReadAt,
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
                    .table(SubmissionMessages::Table)
                    .col(
                        ColumnDef::new(SubmissionMessages::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(SubmissionMessages::SubmissionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionMessages::AuthorId)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionMessages::FromSecretariat)
                            .boolean()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SubmissionMessages::Body).text().not_null())
                    .col(
                        ColumnDef::new(SubmissionMessages::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionMessages::ReadAt)
                            .big_integer()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_submission_messages_submission_id")
                            .from(SubmissionMessages::Table, SubmissionMessages::SubmissionId)
                            .to(Submissions::Table, Submissions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_submission_messages_author_id")
                            .from(SubmissionMessages::Table, SubmissionMessages::AuthorId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_submission_messages_submission_id")
                    .table(SubmissionMessages::Table)
                    .col(SubmissionMessages::SubmissionId)
                    .to_owned(),
            )
            .await?;
        // The inbox's unread count: the owners' messages not yet read.
        manager
            .create_index(
                Index::create()
                    .name("ix_submission_messages_unread")
                    .table(SubmissionMessages::Table)
                    .col(SubmissionMessages::FromSecretariat)
                    .col(SubmissionMessages::ReadAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SubmissionMessages::Table).to_owned())
            .await
    }
}
