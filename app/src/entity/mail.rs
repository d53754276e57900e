use crate::codes::{MailKind, MailStatus};
use sea_orm::entity::prelude::*;

/// Every message the platform sends goes through this outbox.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mail_outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub kind: MailKind,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    /// `pending` (to deliver over SMTP), `sent`, `failed`, or `captured` (no SMTP configured:
    /// shown to the secretariat instead).
    pub status: MailStatus,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    /// When an instance claimed it for delivery (status `sending`).
    pub claimed_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
