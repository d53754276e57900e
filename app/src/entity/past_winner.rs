use sea_orm::entity::prelude::*;

/// A winner of an earlier edition, imported from CSV.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "past_winners")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub year: i32,
    pub category_code: String,
    pub title: String,
    pub organisation: String,
    pub country: String,
    pub normalised_title: String,
    pub normalised_organisation: String,
    pub imported_at: i64,
    pub imported_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
