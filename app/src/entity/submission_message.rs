use sea_orm::entity::prelude::*;

/// A message of a submission's thread, between the secretariat and the submission's owners.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub submission_id: i64,
    /// Who wrote it (`None` once that account is gone).
    pub author_id: Option<i64>,
    /// Written by the secretariat (else by an owner or co-owner).
    pub from_secretariat: bool,
    pub body: String,
    pub created_at: i64,
    /// When the other side first opened the thread after it was written.
    pub read_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
