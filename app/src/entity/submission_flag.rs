use crate::codes::SubmissionFlagKind;
use sea_orm::entity::prelude::*;

/// Something the screener should look at.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_flags")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub submission_id: i64,
    pub kind: SubmissionFlagKind,
    pub other_submission_id: Option<i64>,
    pub past_winner_id: Option<i64>,
    pub detail: String,
    pub created_at: i64,
    pub resolved_at: Option<i64>,
    pub resolved_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
