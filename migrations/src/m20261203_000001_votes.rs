//! The public vote: one row per vote, the edition's rule on incomplete ballots, the
//! anomaly review (flagged groups of votes, their members, the extra disposable domains),
//! the reminders to voters with incomplete ballots, and the results fixed by the
//! secretariat's "results final" (one per edition, with the ledger's header and last hash).
//!
//! One vote per voter and category is a unique constraint, so that no race, retry or second
//! app instance can record a second one. A vote keeps what anomaly review needs and no more:
//! keyed hashes of the voter's network and of the request's fingerprint (never the address),
//! the e-mail domain, and when the account was created. Its status is `valid`, `held` (for
//! review) or `invalid`.

use crate::prelude::*;

pub struct Migration;

#[derive(DeriveIden)]
enum Votes {
    Table,
    Id,
    CategoryId,
    VoterId,
    SubmissionId,
    CastAt,
    Receipt,
    Network,
    Fingerprint,
    EmailDomain,
    AccountCreatedAt,
    Status,
}

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
    CompleteBallotsOnly,
}

#[derive(DeriveIden)]
enum VoteResults {
    Table,
    Id,
    EditionId,
    FinalizedAt,
    FinalizedBy,
    Header,
    Head,
    Votes,
    Valid,
    Counts,
}

#[derive(DeriveIden)]
enum VoteFlags {
    Table,
    Id,
    EditionId,
    Kind,
    GroupKey,
    Votes,
    FirstSeenAt,
    Decision,
    DecidedBy,
    DecidedAt,
    Reason,
}

#[derive(DeriveIden)]
enum VoteFlagMembers {
    Table,
    FlagId,
    VoteId,
}

#[derive(DeriveIden)]
enum DisposableDomains {
    Table,
    Domain,
    AddedBy,
    AddedAt,
}

#[derive(DeriveIden)]
enum VoteReminders {
    Table,
    Id,
    EditionId,
    AccountId,
    SentAt,
}

#[derive(DeriveIden)]
enum Categories {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Editions::Table)
                    .add_column(
                        ColumnDef::new(Editions::CompleteBallotsOnly)
                            .boolean()
                            .not_null()
                            .default(true),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Votes::Table)
                    .col(
                        ColumnDef::new(Votes::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Votes::CategoryId).big_integer().not_null())
                    .col(ColumnDef::new(Votes::VoterId).big_integer().not_null())
                    .col(ColumnDef::new(Votes::SubmissionId).big_integer().not_null())
                    .col(ColumnDef::new(Votes::CastAt).big_integer().not_null())
                    .col(ColumnDef::new(Votes::Receipt).string_len(32).not_null())
                    .col(ColumnDef::new(Votes::Network).string_len(64).not_null())
                    .col(ColumnDef::new(Votes::Fingerprint).string_len(64).not_null())
                    .col(
                        ColumnDef::new(Votes::EmailDomain)
                            .string_len(255)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Votes::AccountCreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Votes::Status)
                            .string_len(10)
                            .not_null()
                            .default("valid"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_votes_category_id")
                            .from(Votes::Table, Votes::CategoryId)
                            .to(Categories::Table, Categories::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_votes_voter_id")
                            .from(Votes::Table, Votes::VoterId)
                            .to(Accounts::Table, Accounts::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_votes_submission_id")
                            .from(Votes::Table, Votes::SubmissionId)
                            .to(Submissions::Table, Submissions::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        // The rule the contest depends on: one vote per voter and category.
        manager
            .create_index(
                Index::create()
                    .name("uq_votes_voter_id_category_id")
                    .table(Votes::Table)
                    .col(Votes::VoterId)
                    .col(Votes::CategoryId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_votes_receipt")
                    .table(Votes::Table)
                    .col(Votes::Receipt)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_votes_category_id_submission_id")
                    .table(Votes::Table)
                    .col(Votes::CategoryId)
                    .col(Votes::SubmissionId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VoteResults::Table)
                    .col(
                        ColumnDef::new(VoteResults::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(VoteResults::EditionId)
                            .big_integer()
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(VoteResults::FinalizedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(VoteResults::FinalizedBy)
                            .big_integer()
                            .null(),
                    )
                    .col(ColumnDef::new(VoteResults::Header).text().not_null())
                    .col(ColumnDef::new(VoteResults::Head).string_len(64).not_null())
                    .col(ColumnDef::new(VoteResults::Votes).big_integer().not_null())
                    .col(ColumnDef::new(VoteResults::Valid).big_integer().not_null())
                    .col(ColumnDef::new(VoteResults::Counts).text().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_vote_results_edition_id")
                            .from(VoteResults::Table, VoteResults::EditionId)
                            .to(Editions::Table, Editions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // A group of votes the platform flagged, one per edition, kind and key, with the
        // secretariat's decision (none while held for review).
        manager
            .create_table(
                Table::create()
                    .table(VoteFlags::Table)
                    .col(
                        ColumnDef::new(VoteFlags::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(VoteFlags::EditionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(VoteFlags::Kind).string_len(20).not_null())
                    .col(
                        ColumnDef::new(VoteFlags::GroupKey)
                            .string_len(255)
                            .not_null(),
                    )
                    .col(ColumnDef::new(VoteFlags::Votes).big_integer().not_null())
                    .col(
                        ColumnDef::new(VoteFlags::FirstSeenAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(VoteFlags::Decision).string_len(20).null())
                    .col(ColumnDef::new(VoteFlags::DecidedBy).big_integer().null())
                    .col(ColumnDef::new(VoteFlags::DecidedAt).big_integer().null())
                    .col(ColumnDef::new(VoteFlags::Reason).text().null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_vote_flags_edition_id")
                            .from(VoteFlags::Table, VoteFlags::EditionId)
                            .to(Editions::Table, Editions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_vote_flags_edition_id_kind_group_key")
                    .table(VoteFlags::Table)
                    .col(VoteFlags::EditionId)
                    .col(VoteFlags::Kind)
                    .col(VoteFlags::GroupKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VoteFlagMembers::Table)
                    .col(
                        ColumnDef::new(VoteFlagMembers::FlagId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(VoteFlagMembers::VoteId)
                            .big_integer()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(VoteFlagMembers::FlagId)
                            .col(VoteFlagMembers::VoteId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_vote_flag_members_flag_id")
                            .from(VoteFlagMembers::Table, VoteFlagMembers::FlagId)
                            .to(VoteFlags::Table, VoteFlags::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_vote_flag_members_vote_id")
                            .from(VoteFlagMembers::Table, VoteFlagMembers::VoteId)
                            .to(Votes::Table, Votes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_vote_flag_members_vote_id")
                    .table(VoteFlagMembers::Table)
                    .col(VoteFlagMembers::VoteId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DisposableDomains::Table)
                    .col(
                        ColumnDef::new(DisposableDomains::Domain)
                            .string_len(255)
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(DisposableDomains::AddedBy)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(DisposableDomains::AddedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VoteReminders::Table)
                    .col(
                        ColumnDef::new(VoteReminders::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(VoteReminders::EditionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(VoteReminders::AccountId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(VoteReminders::SentAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_vote_reminders_edition_id")
                            .from(VoteReminders::Table, VoteReminders::EditionId)
                            .to(Editions::Table, Editions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_vote_reminders_edition_id_account_id")
                    .table(VoteReminders::Table)
                    .col(VoteReminders::EditionId)
                    .col(VoteReminders::AccountId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(VoteReminders::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(DisposableDomains::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(VoteFlagMembers::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(VoteFlags::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(VoteResults::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Votes::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Editions::Table)
                    .drop_column(Editions::CompleteBallotsOnly)
                    .to_owned(),
            )
            .await
    }
}
