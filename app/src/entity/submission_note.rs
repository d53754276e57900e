use sea_orm::entity::prelude::*;

/// An internal note of the secretariat on a submission: never shown to its owners.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_notes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub submission_id: i64,
    /// Who wrote it (`None` once that account is gone).
    pub author_id: Option<i64>,
    pub body: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
