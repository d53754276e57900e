use crate::codes::AwardKind;
use sea_orm::entity::prelude::*;

/// A winner or special recognition, with the decision behind it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "awards")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub round_id: i64,
    pub category_id: i64,
    pub submission_id: i64,
    /// `AwardKind` code.
    pub kind: AwardKind,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub decided_by: Option<i64>,
    pub decided_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
