use super::columns::Chosen;
use crate::codes::StakeholderType;
use sea_orm::entity::prelude::*;

/// An organisation (the entity): one submission per entity per category per edition.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub name: String,
    /// Lower case, without accents, punctuation or legal suffixes: what "the same name" means.
    pub normalised_name: String,
    pub country: String,
    pub stakeholder_type: Chosen<StakeholderType>,
    /// Set when the secretariat merged this entity into another.
    pub merged_into: Option<i64>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
