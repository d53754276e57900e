//! The votes cast per day, counted when the results are fixed, for the edition's figures.
//! Results fixed before have none (an empty list).

use crate::prelude::*;

#[derive(DeriveIden)]
enum VoteResults {
    Table,
    PerDay,
}

pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(VoteResults::Table)
                    .add_column(
                        ColumnDef::new(VoteResults::PerDay)
                            .text()
                            .not_null()
                            .default("[]"),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(VoteResults::Table)
                    .drop_column(VoteResults::PerDay)
                    .to_owned(),
            )
            .await
    }
}
