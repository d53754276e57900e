use crate::codes::VoteStatus;
use sea_orm::entity::prelude::*;

/// A vote made void by its nominee's withdrawal while the vote ran: moved out of `votes`
/// (whose unique index keeps one live vote per voter and category) under its own id, so
/// that its voter may vote once more in the category. The ledger still shows it, not valid.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "void_votes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i64,
    pub category_id: i64,
    pub voter_id: i64,
    /// The withdrawn nominee's submission.
    pub submission_id: i64,
    pub cast_at: i64,
    pub receipt: String,
    pub network: String,
    pub fingerprint: String,
    pub email_domain: String,
    pub account_created_at: i64,
    /// The status the vote had when it became void.
    pub status: VoteStatus,
    pub voided_at: i64,
    /// When its voter was told (`None`: not yet).
    pub told_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
