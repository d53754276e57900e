//! Group messages (mailings): the secretariat writes to a group (the owners of drafts not yet
//! sent, of sent submissions, the nominees, the experts of a round, the voters with an
//! incomplete ballot) in English and, optionally, the other languages. The recipients are
//! fixed when the message is prepared, each with the language of their version; the outbox
//! sends them at a configured rate once the secretariat confirms. A recipient is one row per
//! message and account (a unique key), so that nobody receives one message twice.
//!
//! `mail_stops` holds each voter's key to stop contest messages (the link in their mail) and
//! when they did.

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum Mailings {
    Table,
    Id,
    EditionId,
    Audience,
    CategoryId,
    RoundId,
    AuthorId,
    Status,
    Recipients,
    CreatedAt,
    ConfirmedAt,
}

#[derive(DeriveIden)]
enum MailingVersions {
    Table,
    MailingId,
    Locale,
    Subject,
    Body,
}

#[derive(DeriveIden)]
enum MailingRecipients {
    Table,
    Id,
    MailingId,
    AccountId,
    Locale,
    SentAt,
}

#[derive(DeriveIden)]
enum MailStops {
    Table,
    AccountId,
    StopKey,
    StoppedAt,
}

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

fn id(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col)
        .big_integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Mailings::Table)
                    .col(id(Mailings::Id))
                    .col(ColumnDef::new(Mailings::EditionId).big_integer().not_null())
                    .col(ColumnDef::new(Mailings::Audience).string().not_null())
                    .col(ColumnDef::new(Mailings::CategoryId).big_integer().null())
                    .col(ColumnDef::new(Mailings::RoundId).big_integer().null())
                    .col(ColumnDef::new(Mailings::AuthorId).big_integer().null())
                    .col(ColumnDef::new(Mailings::Status).string().not_null())
                    .col(ColumnDef::new(Mailings::Recipients).big_integer().not_null())
                    .col(ColumnDef::new(Mailings::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Mailings::ConfirmedAt).big_integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_mailings_edition_id")
                            .from(Mailings::Table, Mailings::EditionId)
                            .to(Editions::Table, Editions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_mailings_author_id")
                            .from(Mailings::Table, Mailings::AuthorId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MailingVersions::Table)
                    .col(
                        ColumnDef::new(MailingVersions::MailingId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(MailingVersions::Locale).string().not_null())
                    .col(ColumnDef::new(MailingVersions::Subject).text().not_null())
                    .col(ColumnDef::new(MailingVersions::Body).text().not_null())
                    .primary_key(
                        Index::create()
                            .col(MailingVersions::MailingId)
                            .col(MailingVersions::Locale),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_mailing_versions_mailing_id")
                            .from(MailingVersions::Table, MailingVersions::MailingId)
                            .to(Mailings::Table, Mailings::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MailingRecipients::Table)
                    .col(id(MailingRecipients::Id))
                    .col(
                        ColumnDef::new(MailingRecipients::MailingId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MailingRecipients::AccountId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(MailingRecipients::Locale).string().not_null())
                    .col(ColumnDef::new(MailingRecipients::SentAt).big_integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_mailing_recipients_mailing_id")
                            .from(MailingRecipients::Table, MailingRecipients::MailingId)
                            .to(Mailings::Table, Mailings::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_mailing_recipients_account_id")
                            .from(MailingRecipients::Table, MailingRecipients::AccountId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_mailing_recipients_once")
                    .table(MailingRecipients::Table)
                    .col(MailingRecipients::MailingId)
                    .col(MailingRecipients::AccountId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // The outbox's next batch: a message's recipients not yet sent.
        manager
            .create_index(
                Index::create()
                    .name("ix_mailing_recipients_unsent")
                    .table(MailingRecipients::Table)
                    .col(MailingRecipients::MailingId)
                    .col(MailingRecipients::SentAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MailStops::Table)
                    .col(
                        ColumnDef::new(MailStops::AccountId)
                            .big_integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(MailStops::StopKey).string().not_null())
                    .col(ColumnDef::new(MailStops::StoppedAt).big_integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_mail_stops_account_id")
                            .from(MailStops::Table, MailStops::AccountId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_mail_stops_stop_key")
                    .table(MailStops::Table)
                    .col(MailStops::StopKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            MailStops::Table.into_iden(),
            MailingRecipients::Table.into_iden(),
            MailingVersions::Table.into_iden(),
            Mailings::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
