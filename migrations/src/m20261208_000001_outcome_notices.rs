//! What the platform told, once each: the owners of an entry of its outcome (shortlisted as
//! a nominee or not when the vote opens; champion, winner or special recognition when the
//! results are published), and each voter that the results are out. The row is written
//! under a unique key in the same transaction as the mail, so that no instance, retry or
//! restart tells anyone twice.

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
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

#[derive(DeriveIden)]
enum OutcomeNotices {
    Table,
    Id,
    SubmissionId,
    Stage,
    Outcome,
    SentAt,
}

#[derive(DeriveIden)]
enum ResultsNotices {
    Table,
    Id,
    EditionId,
    AccountId,
    SentAt,
}

fn id<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name)
        .big_integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
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
                    .table(OutcomeNotices::Table)
                    .col(id(OutcomeNotices::Id))
                    .col(number(OutcomeNotices::SubmissionId))
                    .col(ColumnDef::new(OutcomeNotices::Stage).string().not_null())
                    .col(ColumnDef::new(OutcomeNotices::Outcome).string().not_null())
                    .col(number(OutcomeNotices::SentAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_outcome_notices_submission_id")
                            .from(OutcomeNotices::Table, OutcomeNotices::SubmissionId)
                            .to(Submissions::Table, Submissions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_outcome_notices_submission_id_stage")
                    .table(OutcomeNotices::Table)
                    .col(OutcomeNotices::SubmissionId)
                    .col(OutcomeNotices::Stage)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ResultsNotices::Table)
                    .col(id(ResultsNotices::Id))
                    .col(number(ResultsNotices::EditionId))
                    .col(number(ResultsNotices::AccountId))
                    .col(number(ResultsNotices::SentAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_results_notices_edition_id")
                            .from(ResultsNotices::Table, ResultsNotices::EditionId)
                            .to(Editions::Table, Editions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_results_notices_account_id")
                            .from(ResultsNotices::Table, ResultsNotices::AccountId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_results_notices_edition_id_account_id")
                    .table(ResultsNotices::Table)
                    .col(ResultsNotices::EditionId)
                    .col(ResultsNotices::AccountId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ResultsNotices::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(OutcomeNotices::Table).to_owned())
            .await
    }
}
