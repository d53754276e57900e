//! Whether an edition holds demonstration data (loaded by `wsis-prizes demo`), so that the
//! site can say so plainly.

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum Editions {
    Table,
    HoldsDemoData,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Editions::Table)
                    .add_column(
                        ColumnDef::new(Editions::HoldsDemoData)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Editions::Table)
                    .drop_column(Editions::HoldsDemoData)
                    .to_owned(),
            )
            .await
    }
}
