use crate::codes::StakeholderType;
use crate::i18n::Locale;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "accounts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub email: String,
    pub email_confirmed_at: Option<i64>,
    pub password_hash: String,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub stakeholder_type: StakeholderType,
    pub locale: Locale,
    /// Bumped on logout, password change and disabling: every token carrying an older
    /// version is refused at once.
    pub token_version: i32,
    pub disabled_at: Option<i64>,
    /// When the privacy notice and terms were accepted (at registration), and their version.
    pub consented_at: Option<i64>,
    pub privacy_version: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
