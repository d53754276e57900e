use crate::codes::ReviewReminderKind;
use sea_orm::entity::prelude::*;

/// A reminder sent: one per round, account and kind.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "review_reminders")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub round_id: i64,
    pub account_id: i64,
    /// `closing` (an expert with reviews still to send) or `nominees` (the secretariat, before
    /// voting opens with categories unconfirmed).
    pub kind: ReviewReminderKind,
    pub sent_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
