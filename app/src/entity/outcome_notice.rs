use crate::codes::{Outcome, OutcomeStage};
use sea_orm::entity::prelude::*;

/// An outcome told to the owners of an entry: one per entry and stage, written with the mail.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outcome_notices")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub submission_id: i64,
    pub stage: OutcomeStage,
    pub outcome: Outcome,
    pub sent_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
