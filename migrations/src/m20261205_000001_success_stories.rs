//! Success stories: once the champions are known, their owners are invited to write the
//! extended story in sections by a deadline; the secretariat edits it, asks for changes and
//! approves it. Approved stories form the edition's book. One story per project.

use crate::prelude::*;

#[derive(DeriveIden)]
enum Stories {
    Table,
    Id,
    SubmissionId,
    EditionId,
    Status,
    Challenge,
    Solution,
    Results,
    Partners,
    Lessons,
    PictureId,
    Deadline,
    InvitedAt,
    UpdatedAt,
    SubmittedAt,
    ApprovedAt,
    ApprovedBy,
    ChangesAsked,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
}

pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Stories::Table)
                    .col(
                        ColumnDef::new(Stories::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    // One story per project: a second invitation finds the first.
                    .col(
                        ColumnDef::new(Stories::SubmissionId)
                            .big_integer()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Stories::EditionId).big_integer().not_null())
                    .col(ColumnDef::new(Stories::Status).string_len(24).not_null())
                    .col(ColumnDef::new(Stories::Challenge).text().not_null())
                    .col(ColumnDef::new(Stories::Solution).text().not_null())
                    .col(ColumnDef::new(Stories::Results).text().not_null())
                    .col(ColumnDef::new(Stories::Partners).text().not_null())
                    .col(ColumnDef::new(Stories::Lessons).text().not_null())
                    .col(ColumnDef::new(Stories::PictureId).big_integer())
                    .col(ColumnDef::new(Stories::Deadline).big_integer().not_null())
                    .col(ColumnDef::new(Stories::InvitedAt).big_integer().not_null())
                    .col(ColumnDef::new(Stories::UpdatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Stories::SubmittedAt).big_integer())
                    .col(ColumnDef::new(Stories::ApprovedAt).big_integer())
                    .col(ColumnDef::new(Stories::ApprovedBy).big_integer())
                    .col(ColumnDef::new(Stories::ChangesAsked).text())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Stories::Table, Stories::SubmissionId)
                            .to(Submissions::Table, Submissions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Stories::Table, Stories::EditionId)
                            .to(Editions::Table, Editions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("stories_by_edition")
                    .table(Stories::Table)
                    .col(Stories::EditionId)
                    .col(Stories::Status)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Stories::Table).to_owned())
            .await
    }
}
