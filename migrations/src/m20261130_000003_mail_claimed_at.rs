//! When an instance claimed a message of the outbox for delivery. A message left "sending"
//! by an instance that stopped is retried once the claim's lease has run out.

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    ClaimedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(MailOutbox::Table)
                    .add_column(ColumnDef::new(MailOutbox::ClaimedAt).big_integer().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(MailOutbox::Table)
                    .drop_column(MailOutbox::ClaimedAt)
                    .to_owned(),
            )
            .await
    }
}
