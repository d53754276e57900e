//! The experts' discussion of an entry: once an expert has sent their own review, they read
//! the other experts' scores and comments on it and write to each other in a thread kept per
//! round and entry. Each round may turn it off (`review_rounds.discussion`, on by default).

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum ReviewRounds {
    Table,
    Id,
    Discussion,
}

#[derive(DeriveIden)]
enum ReviewComments {
    Table,
    Id,
    RoundId,
    SubmissionId,
    ExpertId,
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
            .alter_table(
                Table::alter()
                    .table(ReviewRounds::Table)
                    .add_column(
                        ColumnDef::new(ReviewRounds::Discussion)
                            .boolean()
                            .not_null()
                            .default(true),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReviewComments::Table)
                    .col(
                        ColumnDef::new(ReviewComments::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ReviewComments::RoundId).big_integer().not_null())
                    .col(
                        ColumnDef::new(ReviewComments::SubmissionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ReviewComments::ExpertId).big_integer().null())
                    .col(ColumnDef::new(ReviewComments::Body).text().not_null())
                    .col(
                        ColumnDef::new(ReviewComments::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_review_comments_round_id")
                            .from(ReviewComments::Table, ReviewComments::RoundId)
                            .to(ReviewRounds::Table, ReviewRounds::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_review_comments_submission_id")
                            .from(ReviewComments::Table, ReviewComments::SubmissionId)
                            .to(Submissions::Table, Submissions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_review_comments_expert_id")
                            .from(ReviewComments::Table, ReviewComments::ExpertId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_review_comments_round_submission")
                    .table(ReviewComments::Table)
                    .col(ReviewComments::RoundId)
                    .col(ReviewComments::SubmissionId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ReviewComments::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ReviewRounds::Table)
                    .drop_column(ReviewRounds::Discussion)
                    .to_owned(),
            )
            .await
    }
}
