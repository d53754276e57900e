use crate::codes::{Normalisation, RoundKind};
use sea_orm::entity::prelude::*;

/// A review round of an edition: shortlisting or selection.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "review_rounds")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub edition_id: i64,
    /// `RoundKind` code.
    pub kind: RoundKind,
    pub reviews_per_entry: i32,
    /// `Normalisation` code.
    pub normalisation: Normalisation,
    /// Whether experts may not review entries from their own countries.
    pub country_conflicts: bool,
    /// The draw's seed, hex; secret until the round closes.
    pub seed: String,
    /// SHA-256 of `seed`, published before the round closes.
    pub seed_commitment: String,
    /// Selection formula: weight of the expert mean, percent.
    pub formula_experts: i32,
    /// Selection formula: weight of the vote share, percent.
    pub formula_votes: i32,
    pub created_at: i64,
    /// Whether its experts discuss an entry once they sent their own review.
    pub discussion: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
