use sea_orm::entity::prelude::*;

/// A draft reminded at one stage (days left before submission closes): written once, in
/// the transaction of the reminder's mails.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "draft_reminders")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub submission_id: i64,
    /// The stage: 7 or 2 days left.
    pub days: i32,
    pub sent_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
