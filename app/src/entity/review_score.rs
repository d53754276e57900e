use sea_orm::entity::prelude::*;

/// One criterion's score in a review, in tenths.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "review_scores")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub review_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub criterion_id: i64,
    pub tenths: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
