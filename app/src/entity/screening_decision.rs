use crate::codes::DecisionKind;
use sea_orm::entity::prelude::*;

/// A screening decision with its reason.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "screening_decisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub submission_id: i64,
    pub actor_id: Option<i64>,
    pub decision: DecisionKind,
    pub reason: String,
    pub from_category_id: Option<i64>,
    pub to_category_id: Option<i64>,
    pub deadline: Option<i64>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
