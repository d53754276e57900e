//! Whether an edition lets the secretariat screen submissions while the submission phase is
//! still open (by default, screening waits for the screening phase).

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum Editions {
    Table,
    ScreeningDuringSubmission,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Editions::Table)
                    .add_column(
                        ColumnDef::new(Editions::ScreeningDuringSubmission)
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
                    .drop_column(Editions::ScreeningDuringSubmission)
                    .to_owned(),
            )
            .await
    }
}
