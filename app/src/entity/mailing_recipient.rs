use sea_orm::entity::prelude::*;

use crate::i18n::Locale;

/// One person a group message goes to, once (a unique key on message and account).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mailing_recipients")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub mailing_id: i64,
    pub account_id: i64,
    /// The version they get: their language's, else English.
    pub locale: Locale,
    /// When their mail was written to the outbox.
    pub sent_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
