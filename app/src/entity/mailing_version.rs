use sea_orm::entity::prelude::*;

use crate::i18n::Locale;

/// A group message in one language (English always; the others optional).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mailing_versions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub mailing_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub locale: Locale,
    pub subject: String,
    pub body: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
