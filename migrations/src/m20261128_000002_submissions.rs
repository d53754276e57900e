//! Submissions and screening: organisations (the entities), submissions with their owners
//! and co-owners, invitations, pictures, screening decisions, flags for the screener, and
//! the winners of earlier editions that new submissions are matched against.

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
    SubmissionRules,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Categories {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    Name,
    NormalisedName,
    Country,
    StakeholderType,
    MergedInto,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Pictures {
    Table,
    Id,
    ContentType,
    Data,
    ThumbContentType,
    ThumbData,
    Width,
    Height,
    ByteSize,
    UploadedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
    EditionId,
    CategoryId,
    OrganisationId,
    OwnerId,
    Status,
    Title,
    ShortDescription,
    ActionLines,
    Sdgs,
    ImpactQualitative,
    ImpactQuantitative,
    Partnerships,
    Challenges,
    StartDate,
    ProjectStatus,
    Website,
    PictureId,
    ChangesMessage,
    ChangesDeadline,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum SubmissionMembers {
    Table,
    SubmissionId,
    AccountId,
    Role,
    AddedAt,
}

#[derive(DeriveIden)]
enum SubmissionInvitations {
    Table,
    Id,
    SubmissionId,
    Email,
    TokenHash,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
}

#[derive(DeriveIden)]
enum ScreeningDecisions {
    Table,
    Id,
    SubmissionId,
    ActorId,
    Decision,
    Reason,
    FromCategoryId,
    ToCategoryId,
    Deadline,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SubmissionFlags {
    Table,
    Id,
    SubmissionId,
    Kind,
    OtherSubmissionId,
    PastWinnerId,
    Detail,
    CreatedAt,
    ResolvedAt,
    ResolvedBy,
}

#[derive(DeriveIden)]
enum PastWinners {
    Table,
    Id,
    Year,
    CategoryCode,
    Title,
    Organisation,
    Country,
    NormalisedTitle,
    NormalisedOrganisation,
    ImportedAt,
    ImportedBy,
}

fn id(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col)
        .big_integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

fn fk(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    action: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(action)
        .to_owned()
}

async fn index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    cols: &[&str],
    unique: bool,
) -> Result<(), DbErr> {
    let mut idx = Index::create();
    idx.name(name).table(table);
    for c in cols {
        idx.col(Alias::new(*c));
    }
    if unique {
        idx.unique();
    }
    manager.create_index(idx.to_owned()).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Limits of the submission form (word counts, SDGs), as JSON; missing keys take the
        // defaults in the code, so that editions keep working as rules are added.
        manager
            .alter_table(
                Table::alter()
                    .table(Editions::Table)
                    .add_column(
                        ColumnDef::new(Editions::SubmissionRules)
                            .text()
                            .not_null()
                            .default("{}"),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .col(id(Organisations::Id))
                    .col(
                        ColumnDef::new(Organisations::Name)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Organisations::NormalisedName)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Organisations::Country)
                            .string_len(2)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Organisations::StakeholderType)
                            .string_len(40)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Organisations::MergedInto)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(Organisations::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(&mut fk(
                        (Organisations::Table, Organisations::MergedInto),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "uq_organisations_name_country",
            Organisations::Table,
            &["normalised_name", "country"],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Pictures::Table)
                    .col(id(Pictures::Id))
                    .col(
                        ColumnDef::new(Pictures::ContentType)
                            .string_len(40)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Pictures::Data).blob().not_null())
                    .col(
                        ColumnDef::new(Pictures::ThumbContentType)
                            .string_len(40)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Pictures::ThumbData).blob().not_null())
                    .col(ColumnDef::new(Pictures::Width).integer().not_null())
                    .col(ColumnDef::new(Pictures::Height).integer().not_null())
                    .col(ColumnDef::new(Pictures::ByteSize).integer().not_null())
                    .col(ColumnDef::new(Pictures::UploadedBy).big_integer().null())
                    .col(ColumnDef::new(Pictures::CreatedAt).big_integer().not_null())
                    .foreign_key(&mut fk(
                        (Pictures::Table, Pictures::UploadedBy),
                        (Accounts::Table, Accounts::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Submissions::Table)
                    .col(id(Submissions::Id))
                    .col(
                        ColumnDef::new(Submissions::EditionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::CategoryId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::OrganisationId)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::OwnerId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::Status)
                            .string_len(30)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::Title)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::ShortDescription)
                            .text()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Submissions::ActionLines).text().not_null())
                    .col(ColumnDef::new(Submissions::Sdgs).text().not_null())
                    .col(
                        ColumnDef::new(Submissions::ImpactQualitative)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::ImpactQuantitative)
                            .text()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Submissions::Partnerships).text().not_null())
                    .col(ColumnDef::new(Submissions::Challenges).text().not_null())
                    .col(
                        ColumnDef::new(Submissions::StartDate)
                            .string_len(10)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::ProjectStatus)
                            .string_len(30)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::Website)
                            .string_len(500)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Submissions::PictureId).big_integer().null())
                    .col(ColumnDef::new(Submissions::ChangesMessage).text().null())
                    .col(
                        ColumnDef::new(Submissions::ChangesDeadline)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Submissions::SubmittedAt)
                            .big_integer()
                            .null(),
                    )
                    .foreign_key(&mut fk(
                        (Submissions::Table, Submissions::EditionId),
                        (Editions::Table, Editions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Submissions::Table, Submissions::CategoryId),
                        (Categories::Table, Categories::Id),
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        (Submissions::Table, Submissions::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        (Submissions::Table, Submissions::OwnerId),
                        (Accounts::Table, Accounts::Id),
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        (Submissions::Table, Submissions::PictureId),
                        (Pictures::Table, Pictures::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_submissions_edition_category_status",
            Submissions::Table,
            &["edition_id", "category_id", "status"],
            false,
        )
        .await?;
        index(
            manager,
            "idx_submissions_organisation",
            Submissions::Table,
            &["organisation_id"],
            false,
        )
        .await?;
        index(
            manager,
            "idx_submissions_owner",
            Submissions::Table,
            &["owner_id"],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(SubmissionMembers::Table)
                    .col(
                        ColumnDef::new(SubmissionMembers::SubmissionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionMembers::AccountId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionMembers::Role)
                            .string_len(20)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionMembers::AddedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(SubmissionMembers::SubmissionId)
                            .col(SubmissionMembers::AccountId),
                    )
                    .foreign_key(&mut fk(
                        (SubmissionMembers::Table, SubmissionMembers::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SubmissionMembers::Table, SubmissionMembers::AccountId),
                        (Accounts::Table, Accounts::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_submission_members_account",
            SubmissionMembers::Table,
            &["account_id"],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(SubmissionInvitations::Table)
                    .col(id(SubmissionInvitations::Id))
                    .col(
                        ColumnDef::new(SubmissionInvitations::SubmissionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionInvitations::Email)
                            .string_len(254)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionInvitations::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(SubmissionInvitations::InvitedBy)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionInvitations::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionInvitations::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionInvitations::AcceptedAt)
                            .big_integer()
                            .null(),
                    )
                    .foreign_key(&mut fk(
                        (
                            SubmissionInvitations::Table,
                            SubmissionInvitations::SubmissionId,
                        ),
                        (Submissions::Table, Submissions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ScreeningDecisions::Table)
                    .col(id(ScreeningDecisions::Id))
                    .col(
                        ColumnDef::new(ScreeningDecisions::SubmissionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ScreeningDecisions::ActorId)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ScreeningDecisions::Decision)
                            .string_len(30)
                            .not_null(),
                    )
                    .col(ColumnDef::new(ScreeningDecisions::Reason).text().not_null())
                    .col(
                        ColumnDef::new(ScreeningDecisions::FromCategoryId)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ScreeningDecisions::ToCategoryId)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ScreeningDecisions::Deadline)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ScreeningDecisions::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(&mut fk(
                        (ScreeningDecisions::Table, ScreeningDecisions::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_screening_decisions_submission",
            ScreeningDecisions::Table,
            &["submission_id"],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(PastWinners::Table)
                    .col(id(PastWinners::Id))
                    .col(ColumnDef::new(PastWinners::Year).integer().not_null())
                    .col(
                        ColumnDef::new(PastWinners::CategoryCode)
                            .string_len(20)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PastWinners::Title)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PastWinners::Organisation)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PastWinners::Country)
                            .string_len(2)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PastWinners::NormalisedTitle)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PastWinners::NormalisedOrganisation)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PastWinners::ImportedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(PastWinners::ImportedBy).big_integer().null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "uq_past_winners_year_title_org",
            PastWinners::Table,
            &["year", "normalised_title", "normalised_organisation"],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(SubmissionFlags::Table)
                    .col(id(SubmissionFlags::Id))
                    .col(
                        ColumnDef::new(SubmissionFlags::SubmissionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionFlags::Kind)
                            .string_len(40)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionFlags::OtherSubmissionId)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionFlags::PastWinnerId)
                            .big_integer()
                            .null(),
                    )
                    .col(ColumnDef::new(SubmissionFlags::Detail).text().not_null())
                    .col(
                        ColumnDef::new(SubmissionFlags::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionFlags::ResolvedAt)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(SubmissionFlags::ResolvedBy)
                            .big_integer()
                            .null(),
                    )
                    .foreign_key(&mut fk(
                        (SubmissionFlags::Table, SubmissionFlags::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SubmissionFlags::Table, SubmissionFlags::OtherSubmissionId),
                        (Submissions::Table, Submissions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SubmissionFlags::Table, SubmissionFlags::PastWinnerId),
                        (PastWinners::Table, PastWinners::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_submission_flags_submission",
            SubmissionFlags::Table,
            &["submission_id"],
            false,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SubmissionFlags::Table.into_iden(),
            PastWinners::Table.into_iden(),
            ScreeningDecisions::Table.into_iden(),
            SubmissionInvitations::Table.into_iden(),
            SubmissionMembers::Table.into_iden(),
            Submissions::Table.into_iden(),
            Pictures::Table.into_iden(),
            Organisations::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Editions::Table)
                    .drop_column(Editions::SubmissionRules)
                    .to_owned(),
            )
            .await
    }
}
