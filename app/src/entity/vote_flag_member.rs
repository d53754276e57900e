use sea_orm::entity::prelude::*;

/// A vote in a flagged group.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vote_flag_members")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub flag_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub vote_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
