use super::columns::{Chosen, Json};
use crate::codes::{ProjectStatus, SubmissionStatus};
use sea_orm::entity::prelude::*;

/// A project put forward in one category of one edition.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submissions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub edition_id: i64,
    pub category_id: i64,
    pub organisation_id: Option<i64>,
    pub owner_id: i64,
    pub status: SubmissionStatus,
    pub title: String,
    pub short_description: String,
    /// JSON array of action-line codes.
    pub action_lines: Json<Vec<String>>,
    /// JSON array of SDG numbers.
    pub sdgs: Json<Vec<u8>>,
    pub impact_qualitative: String,
    pub impact_quantitative: String,
    pub partnerships: String,
    pub challenges: String,
    pub start_date: String,
    pub project_status: Chosen<ProjectStatus>,
    pub website: String,
    pub picture_id: Option<i64>,
    pub changes_message: Option<String>,
    pub changes_deadline: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub submitted_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
