use crate::codes::{FlagDecision, FlagKind};
use sea_orm::entity::prelude::*;

/// A group of votes the platform flagged for review, with the secretariat's decision.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vote_flags")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub edition_id: i64,
    /// `FlagKind` code.
    pub kind: FlagKind,
    /// What the group shares (a network's keyed hash, a domain, a time…).
    pub group_key: String,
    /// How many votes it held at the last sweep.
    pub votes: i64,
    pub first_seen_at: i64,
    /// `released` or `invalidated`; none while the votes are held for review.
    pub decision: Option<FlagDecision>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<i64>,
    #[sea_orm(column_type = "Text", nullable)]
    pub reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
