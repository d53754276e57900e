use sea_orm::entity::prelude::*;

/// An expert's review of one assigned entry, as last sent.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reviews")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub assignment_id: i64,
    pub round_id: i64,
    pub submission_id: i64,
    pub expert_id: i64,
    #[sea_orm(column_type = "Text")]
    pub comment: String,
    /// How many times it was sent.
    pub version: i32,
    /// First sent.
    pub submitted_at: i64,
    /// Last sent.
    pub revised_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
