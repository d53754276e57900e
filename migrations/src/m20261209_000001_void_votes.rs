//! Votes made void by their nominee's withdrawal while the vote ran. The database keeps one
//! live vote per voter and category (the unique index on `votes`); a void vote moves here,
//! in the withdrawal's transaction, so that its voter may vote once more in that category
//! while the vote path keeps its one statement. The ledger reads both tables: a void vote
//! stays a line of it (not valid), and its receipt is still answered.
//!
//! A row keeps everything its vote held, under the vote's own id, with when it became void
//! and when its voter was told (by the minute job, at a bounded rate).

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum VoidVotes {
    Table,
    Id,
    CategoryId,
    VoterId,
    SubmissionId,
    CastAt,
    Receipt,
    Network,
    Fingerprint,
    EmailDomain,
    AccountCreatedAt,
    Status,
    VoidedAt,
    ToldAt,
}

#[derive(DeriveIden)]
enum Categories {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
}

fn number<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(VoidVotes::Table)
                    // The vote's own id: not generated here.
                    .col(number(VoidVotes::Id).primary_key())
                    .col(number(VoidVotes::CategoryId))
                    .col(number(VoidVotes::VoterId))
                    .col(number(VoidVotes::SubmissionId))
                    .col(number(VoidVotes::CastAt))
                    .col(ColumnDef::new(VoidVotes::Receipt).string_len(32).not_null())
                    .col(ColumnDef::new(VoidVotes::Network).string_len(64).not_null())
                    .col(
                        ColumnDef::new(VoidVotes::Fingerprint)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(VoidVotes::EmailDomain)
                            .string_len(255)
                            .not_null(),
                    )
                    .col(number(VoidVotes::AccountCreatedAt))
                    .col(ColumnDef::new(VoidVotes::Status).string_len(10).not_null())
                    .col(number(VoidVotes::VoidedAt))
                    .col(ColumnDef::new(VoidVotes::ToldAt).big_integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_void_votes_category_id")
                            .from(VoidVotes::Table, VoidVotes::CategoryId)
                            .to(Categories::Table, Categories::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_void_votes_voter_id")
                            .from(VoidVotes::Table, VoidVotes::VoterId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_void_votes_submission_id")
                            .from(VoidVotes::Table, VoidVotes::SubmissionId)
                            .to(Submissions::Table, Submissions::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_void_votes_receipt")
                    .table(VoidVotes::Table)
                    .col(VoidVotes::Receipt)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_void_votes_voter_id_category_id")
                    .table(VoidVotes::Table)
                    .col(VoidVotes::VoterId)
                    .col(VoidVotes::CategoryId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_void_votes_category_id_told_at")
                    .table(VoidVotes::Table)
                    .col(VoidVotes::CategoryId)
                    .col(VoidVotes::ToldAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(VoidVotes::Table).to_owned())
            .await
    }
}
