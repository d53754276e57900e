use super::columns::Chosen;
use crate::codes::{ItuRegion, StakeholderType};
use sea_orm::entity::prelude::*;

/// A project the public may find in the gallery (a confirmed nominee), as the search reads
/// it: derived from the nominee lists and written again when the editions change.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "gallery_documents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub submission_id: i64,
    pub edition_id: i64,
    pub year: i32,
    pub category_code: String,
    /// The category's place in the edition's order.
    pub category_number: i32,
    #[sea_orm(column_type = "Text")]
    pub title: String,
    /// The title's sort key in the root collation order: what the results sort by, byte by
    /// byte, on both engines (`crate::i18n::collation::root_key`).
    #[sea_orm(column_type = "VarBinary(StringLen::None)")]
    pub title_key: Vec<u8>,
    #[sea_orm(column_type = "Text")]
    pub organisation: String,
    #[sea_orm(column_type = "Text")]
    pub short_description: String,
    /// ISO code; empty when the organisation has none.
    pub country: String,
    /// `ItuRegion` code; empty when unknown.
    pub region: Chosen<ItuRegion>,
    /// `StakeholderType` code; empty when unknown.
    pub stakeholder: Chosen<StakeholderType>,
    /// The goals served, as `,3,9,17,` (so that one goal is a substring match).
    pub sdgs: String,
    pub picture_id: Option<i64>,
    /// Title, organisation and description, lower-cased: what a search matches.
    #[sea_orm(column_type = "Text")]
    pub search_text: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
