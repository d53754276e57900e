use super::columns::Json;
use sea_orm::entity::prelude::*;

/// The results of an edition's vote, fixed by the secretariat's "results final".
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vote_results")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub edition_id: i64,
    pub finalized_at: i64,
    pub finalized_by: Option<i64>,
    /// The ledger's header (JSON), as fixed: the ledger's lines are rebuilt from it and the
    /// votes, which no longer change.
    #[sea_orm(column_type = "Text")]
    pub header: Json<serde_json::Value>,
    /// The hash of the ledger's last line.
    pub head: String,
    pub votes: i64,
    pub valid: i64,
    /// Valid votes per category code and nominee (JSON), as the ledger counts them.
    #[sea_orm(column_type = "Text")]
    pub counts: Json<Counts>,
    /// Votes cast per day (UTC) as `[[day's first second, votes], …]` (JSON); empty for
    /// results fixed before it was kept.
    #[sea_orm(column_type = "Text")]
    pub per_day: Json<Vec<(i64, u64)>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// The valid votes of each category (by code), by nominee.
pub type Counts = std::collections::BTreeMap<String, std::collections::BTreeMap<i64, u64>>;
