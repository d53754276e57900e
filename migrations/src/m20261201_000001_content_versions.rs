//! A version number per kind of content that instances keep in memory (the editions with
//! their calendars and categories). A change bumps it in the same transaction; every
//! instance compares it with the version it holds, cheaply and at most once a second, and
//! reloads when it moved.

use crate::prelude::*;

#[derive(DeriveIden)]
enum ContentVersions {
    Table,
    Name,
    Version,
}

pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ContentVersions::Table)
                    .col(
                        ColumnDef::new(ContentVersions::Name)
                            .string_len(64)
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ContentVersions::Version)
                            .big_integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(ContentVersions::Table)
                    .columns([ContentVersions::Name, ContentVersions::Version])
                    .values_panic(["editions".into(), 0.into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ContentVersions::Table).to_owned())
            .await
    }
}
