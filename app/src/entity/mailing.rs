use sea_orm::entity::prelude::*;

use crate::codes::{MailingAudience, MailingStatus};

/// A group message of the secretariat: its audience, and where its sending stands.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mailings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub edition_id: i64,
    pub audience: MailingAudience,
    /// The one category of a message to the owners of sent submissions (`None`: all).
    pub category_id: Option<i64>,
    /// The round of a message to experts.
    pub round_id: Option<i64>,
    /// Who wrote it (`None` once that account is gone).
    pub author_id: Option<i64>,
    pub status: MailingStatus,
    /// How many people it goes to (fixed when prepared).
    pub recipients: i64,
    pub created_at: i64,
    /// When the secretariat confirmed the sending.
    pub confirmed_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
