use sea_orm::entity::prelude::*;

/// The reminder sent to a voter whose ballot was incomplete before the vote closed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vote_reminders")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub edition_id: i64,
    pub account_id: i64,
    pub sent_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
