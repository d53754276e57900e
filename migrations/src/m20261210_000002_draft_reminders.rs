//! Draft reminders sent: one row per draft and stage (7 or 2 days before submission closes),
//! under a unique key, written in the same transaction as the reminder's mails.

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum DraftReminders {
    Table,
    Id,
    SubmissionId,
    Days,
    SentAt,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DraftReminders::Table)
                    .col(
                        ColumnDef::new(DraftReminders::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(DraftReminders::SubmissionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(DraftReminders::Days).integer().not_null())
                    .col(ColumnDef::new(DraftReminders::SentAt).big_integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_draft_reminders_submission_id")
                            .from(DraftReminders::Table, DraftReminders::SubmissionId)
                            .to(Submissions::Table, Submissions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_draft_reminders_submission_id_days")
                    .table(DraftReminders::Table)
                    .col(DraftReminders::SubmissionId)
                    .col(DraftReminders::Days)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DraftReminders::Table).to_owned())
            .await
    }
}
