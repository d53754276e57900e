use super::columns::Details;
use crate::codes::{Action, TargetType};
use sea_orm::entity::prelude::*;

/// One line of the append-only audit log, chained to the line before by its hash.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_entries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub action: Action,
    pub target_type: TargetType,
    pub target_id: String,
    pub reason: Option<String>,
    pub details: Details,
    #[sea_orm(unique)]
    pub prev_hash: String,
    #[sea_orm(unique)]
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
