//! When an account accepted the privacy notice and the terms, and which version of them: vote
//! metadata is processed for anomaly review, and registration asks for consent to it.
//! Accounts made before (or from the command line) have none.

use crate::prelude::*;

#[derive(DeriveIden)]
enum Accounts {
    Table,
    ConsentedAt,
    PrivacyVersion,
}

pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one change at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Accounts::Table)
                    .add_column(ColumnDef::new(Accounts::ConsentedAt).big_integer())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Accounts::Table)
                    .add_column(ColumnDef::new(Accounts::PrivacyVersion).string_len(16))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Accounts::Table)
                    .drop_column(Accounts::PrivacyVersion)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Accounts::Table)
                    .drop_column(Accounts::ConsentedAt)
                    .to_owned(),
            )
            .await
    }
}
