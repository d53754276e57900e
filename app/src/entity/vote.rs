use crate::codes::VoteStatus;
use sea_orm::entity::prelude::*;

/// One vote of the public vote: a voter's choice of a nominee in a category.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "votes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub category_id: i64,
    pub voter_id: i64,
    /// The nominee's submission.
    pub submission_id: i64,
    pub cast_at: i64,
    /// The voter's private receipt; the ledger carries only its hash.
    pub receipt: String,
    /// Keyed hash (HMAC) of the voter's network: their IPv4 address's /24 or IPv6 /48.
    pub network: String,
    /// Keyed hash (HMAC) of the request headers that describe the client.
    pub fingerprint: String,
    pub email_domain: String,
    pub account_created_at: i64,
    /// `valid`, `held` (for review) or `invalid`.
    pub status: VoteStatus,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
