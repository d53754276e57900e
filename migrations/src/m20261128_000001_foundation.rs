//! Accounts and roles, single-use account tokens, the audit log, the mail outbox, and
//! editions with their phase calendar and categories.

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
    Email,
    EmailConfirmedAt,
    PasswordHash,
    Name,
    Organisation,
    Country,
    StakeholderType,
    Locale,
    TokenVersion,
    DisabledAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AccountRoles {
    Table,
    AccountId,
    Role,
    GrantedAt,
    GrantedBy,
}

#[derive(DeriveIden)]
enum AccountTokens {
    Table,
    Id,
    AccountId,
    Purpose,
    TokenHash,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuditEntries {
    Table,
    Id,
    At,
    ActorId,
    Action,
    TargetType,
    TargetId,
    Reason,
    Details,
    PrevHash,
    Hash,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    Id,
    Kind,
    ToAddress,
    Subject,
    BodyText,
    Status,
    Attempts,
    LastError,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
    Year,
    Title,
    TimeZone,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Phases {
    Table,
    Id,
    EditionId,
    Kind,
    OpensAt,
    ClosesAt,
}

#[derive(DeriveIden)]
enum Categories {
    Table,
    Id,
    EditionId,
    Number,
    Code,
    Nominees,
    Champions,
    Winners,
    IsSpecial,
}

#[derive(DeriveIden)]
enum CategoryTexts {
    Table,
    CategoryId,
    Locale,
    Title,
    Description,
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
                    .table(Accounts::Table)
                    .col(id(Accounts::Id))
                    .col(
                        ColumnDef::new(Accounts::Email)
                            .string_len(254)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(Accounts::EmailConfirmedAt)
                            .big_integer()
                            .null(),
                    )
                    .col(ColumnDef::new(Accounts::PasswordHash).string().not_null())
                    .col(ColumnDef::new(Accounts::Name).string_len(200).not_null())
                    .col(
                        ColumnDef::new(Accounts::Organisation)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Accounts::Country).string_len(2).not_null())
                    .col(
                        ColumnDef::new(Accounts::StakeholderType)
                            .string_len(40)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Accounts::Locale)
                            .string_len(8)
                            .not_null()
                            .default("en"),
                    )
                    .col(
                        ColumnDef::new(Accounts::TokenVersion)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .col(ColumnDef::new(Accounts::DisabledAt).big_integer().null())
                    .col(ColumnDef::new(Accounts::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Accounts::UpdatedAt).big_integer().not_null())
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AccountRoles::Table)
                    .col(
                        ColumnDef::new(AccountRoles::AccountId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(AccountRoles::Role).string_len(20).not_null())
                    .col(
                        ColumnDef::new(AccountRoles::GrantedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(AccountRoles::GrantedBy).big_integer().null())
                    .primary_key(
                        Index::create()
                            .col(AccountRoles::AccountId)
                            .col(AccountRoles::Role),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AccountRoles::Table, AccountRoles::AccountId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AccountTokens::Table)
                    .col(id(AccountTokens::Id))
                    .col(
                        ColumnDef::new(AccountTokens::AccountId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(AccountTokens::Purpose)
                            .string_len(30)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(AccountTokens::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(AccountTokens::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(AccountTokens::UsedAt).big_integer().null())
                    .col(
                        ColumnDef::new(AccountTokens::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AccountTokens::Table, AccountTokens::AccountId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditEntries::Table)
                    .col(id(AuditEntries::Id))
                    .col(ColumnDef::new(AuditEntries::At).big_integer().not_null())
                    .col(ColumnDef::new(AuditEntries::ActorId).big_integer().null())
                    .col(
                        ColumnDef::new(AuditEntries::Action)
                            .string_len(60)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(AuditEntries::TargetType)
                            .string_len(40)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(AuditEntries::TargetId)
                            .string_len(80)
                            .not_null(),
                    )
                    .col(ColumnDef::new(AuditEntries::Reason).text().null())
                    .col(ColumnDef::new(AuditEntries::Details).text().not_null())
                    // The chain: each entry commits to the one before it. The unique index on
                    // prev_hash means two writers racing for the same tail cannot both win.
                    .col(
                        ColumnDef::new(AuditEntries::PrevHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(AuditEntries::Hash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MailOutbox::Table)
                    .col(id(MailOutbox::Id))
                    .col(ColumnDef::new(MailOutbox::Kind).string_len(40).not_null())
                    .col(
                        ColumnDef::new(MailOutbox::ToAddress)
                            .string_len(254)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MailOutbox::Subject)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(ColumnDef::new(MailOutbox::BodyText).text().not_null())
                    .col(ColumnDef::new(MailOutbox::Status).string_len(20).not_null())
                    .col(
                        ColumnDef::new(MailOutbox::Attempts)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .col(ColumnDef::new(MailOutbox::LastError).text().null())
                    .col(
                        ColumnDef::new(MailOutbox::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(MailOutbox::SentAt).big_integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_mail_outbox_status")
                    .table(MailOutbox::Table)
                    .col(MailOutbox::Status)
                    .col(MailOutbox::Id)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Editions::Table)
                    .col(id(Editions::Id))
                    .col(
                        ColumnDef::new(Editions::Year)
                            .integer()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Editions::Title).string_len(200).not_null())
                    .col(ColumnDef::new(Editions::TimeZone).string_len(64).not_null())
                    .col(ColumnDef::new(Editions::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Editions::UpdatedAt).big_integer().not_null())
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Phases::Table)
                    .col(id(Phases::Id))
                    .col(ColumnDef::new(Phases::EditionId).big_integer().not_null())
                    .col(ColumnDef::new(Phases::Kind).string_len(20).not_null())
                    .col(ColumnDef::new(Phases::OpensAt).big_integer().not_null())
                    .col(ColumnDef::new(Phases::ClosesAt).big_integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Phases::Table, Phases::EditionId)
                            .to(Editions::Table, Editions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_phases_edition_kind")
                    .table(Phases::Table)
                    .col(Phases::EditionId)
                    .col(Phases::Kind)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Categories::Table)
                    .col(id(Categories::Id))
                    .col(
                        ColumnDef::new(Categories::EditionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Categories::Number).integer().not_null())
                    .col(ColumnDef::new(Categories::Code).string_len(20).not_null())
                    .col(ColumnDef::new(Categories::Nominees).integer().not_null())
                    .col(ColumnDef::new(Categories::Champions).integer().not_null())
                    .col(ColumnDef::new(Categories::Winners).integer().not_null())
                    .col(
                        ColumnDef::new(Categories::IsSpecial)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Categories::Table, Categories::EditionId)
                            .to(Editions::Table, Editions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_categories_edition_code")
                    .table(Categories::Table)
                    .col(Categories::EditionId)
                    .col(Categories::Code)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CategoryTexts::Table)
                    .col(
                        ColumnDef::new(CategoryTexts::CategoryId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(CategoryTexts::Locale)
                            .string_len(8)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(CategoryTexts::Title)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(ColumnDef::new(CategoryTexts::Description).text().not_null())
                    .primary_key(
                        Index::create()
                            .col(CategoryTexts::CategoryId)
                            .col(CategoryTexts::Locale),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CategoryTexts::Table, CategoryTexts::CategoryId)
                            .to(Categories::Table, Categories::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CategoryTexts::Table.into_iden(),
            Categories::Table.into_iden(),
            Phases::Table.into_iden(),
            Editions::Table.into_iden(),
            MailOutbox::Table.into_iden(),
            AuditEntries::Table.into_iden(),
            AccountTokens::Table.into_iden(),
            AccountRoles::Table.into_iden(),
            Accounts::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
