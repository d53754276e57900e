use super::columns::Json;
use sea_orm::entity::prelude::*;

/// A review as it was at one sending: the history.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "review_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub review_id: i64,
    pub version: i32,
    /// JSON: criterion code to tenths.
    #[sea_orm(column_type = "Text")]
    pub scores: Json<std::collections::BTreeMap<String, u16>>,
    #[sea_orm(column_type = "Text")]
    pub comment: String,
    pub submitted_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
