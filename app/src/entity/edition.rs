use super::columns::Json;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "editions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub year: i32,
    pub title: String,
    /// IANA name, `Europe/Zurich` (Geneva) by default.
    pub time_zone: String,
    /// Limits of the submission form, as JSON (see `nominations::rules::SubmissionLimits`).
    pub submission_rules: Json<serde_json::Value>,
    /// Whether screening decisions may be taken while the submission phase is open.
    pub screening_during_submission: bool,
    /// Whether the edition holds demonstration data (`wsis-prizes demo`).
    pub holds_demo_data: bool,
    /// Whether only complete ballots (a vote in every category) count in the public vote.
    pub complete_ballots_only: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
