use crate::codes::TieKind;
use sea_orm::entity::prelude::*;

/// A tie an expert declared: an organisation, a country, or other words.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "expert_ties")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub account_id: i64,
    /// `TieKind` code.
    pub kind: TieKind,
    /// As typed.
    pub value: String,
    /// What matching compares: a normalised name, or a country code.
    pub normalised: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
