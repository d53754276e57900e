use sea_orm::entity::prelude::*;

/// An entry given to an expert to review.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "review_assignments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub round_id: i64,
    pub submission_id: i64,
    pub expert_id: i64,
    /// Empty when the platform spread it.
    pub assigned_by: Option<i64>,
    /// Why the secretariat assigned past a detected conflict.
    #[sea_orm(column_type = "Text", nullable)]
    pub override_reason: Option<String>,
    pub created_at: i64,
    /// Set when the assignment was taken back; the row stays.
    pub released_at: Option<i64>,
    /// `ReleaseReason` code.
    pub release_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
