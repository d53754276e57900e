//! A display copy of each picture larger than the public pages show (at most 1,200 pixels a
//! side, JPEG), so that a visitor never downloads the stored original. Pictures stored before
//! have none: the first request makes it.

use crate::prelude::*;

#[derive(DeriveIden)]
enum Pictures {
    Table,
    DisplayContentType,
    DisplayData,
}

pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one change at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Pictures::Table)
                    .add_column(ColumnDef::new(Pictures::DisplayContentType).string_len(32))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Pictures::Table)
                    .add_column(ColumnDef::new(Pictures::DisplayData).blob())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Pictures::Table)
                    .drop_column(Pictures::DisplayData)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Pictures::Table)
                    .drop_column(Pictures::DisplayContentType)
                    .to_owned(),
            )
            .await
    }
}
