use crate::codes::StoryStatus;
use sea_orm::entity::prelude::*;

/// A champion's or winner's success story, written by its owners in sections and approved
/// by the secretariat (see `stories`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "stories")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub submission_id: i64,
    pub edition_id: i64,
    /// `StoryStatus` code.
    pub status: StoryStatus,
    #[sea_orm(column_type = "Text")]
    pub challenge: String,
    #[sea_orm(column_type = "Text")]
    pub solution: String,
    #[sea_orm(column_type = "Text")]
    pub results: String,
    #[sea_orm(column_type = "Text")]
    pub partners: String,
    #[sea_orm(column_type = "Text")]
    pub lessons: String,
    pub picture_id: Option<i64>,
    /// Until when the owners may send it (Unix seconds).
    pub deadline: i64,
    pub invited_at: i64,
    pub updated_at: i64,
    pub submitted_at: Option<i64>,
    pub approved_at: Option<i64>,
    pub approved_by: Option<i64>,
    /// What the secretariat asked to change, when it did.
    #[sea_orm(column_type = "Text", nullable)]
    pub changes_asked: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
