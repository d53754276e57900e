use sea_orm::entity::prelude::*;

/// A weighted criterion of a round's rubric.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "review_criteria")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub round_id: i64,
    pub position: i32,
    pub code: String,
    pub title: String,
    /// Whole percent.
    pub weight: i32,
    /// Scores run from 0 to this.
    pub scale: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
