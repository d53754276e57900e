//! Group messages: the secretariat writes to one group of the current edition (the owners of
//! drafts not yet sent, of sent submissions in one or all categories, the nominees, the
//! experts of a round, the voters with an incomplete ballot), in English and optionally the
//! other languages. A second page shows each version and how many people receive it; once
//! confirmed, the outbox sends at a configured rate, each person their language's version
//! (else the English one), once.

#[cfg(feature = "ssr")]
pub mod audience;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::codes::{MailingAudience, MailingStatus};
use crate::error::AppError;

/// The secretariat's page of group messages: what it may write to, and what it wrote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailingsOverview {
    pub year: i32,
    /// The categories (code, title), for a message to one category's senders.
    pub categories: Vec<(String, String)>,
    /// The rounds (id, name), for a message to a round's experts.
    pub rounds: Vec<(i64, String)>,
    pub mailings: Vec<MailingLine>,
}

/// A group message in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailingLine {
    pub id: i64,
    pub audience: String,
    pub subject: String,
    pub status: MailingStatus,
    pub recipients: u64,
    pub sent: u64,
    pub at: String,
}

/// A group message as the secretariat writes it: the group, and the versions (English
/// required; another language's subject and body both, or neither).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailingForm {
    pub audience: String,
    /// A category code, for the senders of one category (empty: all).
    #[serde(default)]
    pub category: String,
    /// A round's id, for its experts.
    #[serde(default)]
    pub round: String,
    pub subject_en: String,
    pub body_en: String,
    #[serde(default)]
    pub subject_fr: String,
    #[serde(default)]
    pub body_fr: String,
    #[serde(default)]
    pub subject_es: String,
    #[serde(default)]
    pub body_es: String,
    #[serde(default)]
    pub subject_ru: String,
    #[serde(default)]
    pub body_ru: String,
    #[serde(default)]
    pub subject_zh: String,
    #[serde(default)]
    pub body_zh: String,
    #[serde(default)]
    pub subject_ar: String,
    #[serde(default)]
    pub body_ar: String,
}

impl MailingForm {
    /// The subject and body typed in `locale`.
    pub fn version(&self, locale: crate::i18n::Locale) -> (&str, &str) {
        use crate::i18n::Locale;
        match locale {
            Locale::En => (&self.subject_en, &self.body_en),
            Locale::Fr => (&self.subject_fr, &self.body_fr),
            Locale::Es => (&self.subject_es, &self.body_es),
            Locale::Ru => (&self.subject_ru, &self.body_ru),
            Locale::Zh => (&self.subject_zh, &self.body_zh),
            Locale::Ar => (&self.subject_ar, &self.body_ar),
        }
    }
}

/// A group message on its confirmation page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailingView {
    pub id: i64,
    pub audience: String,
    pub status: MailingStatus,
    pub recipients: u64,
    pub sent: u64,
    pub versions: Vec<VersionView>,
    pub confirmed_at: Option<String>,
}

/// One language's version, and how many people receive it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionView {
    pub locale: String,
    pub language: String,
    pub subject: String,
    pub body: String,
    pub recipients: u64,
}

#[server(prefix = "/api", endpoint = "mailings/get-mailings")]
pub async fn get_mailings() -> Result<MailingsOverview, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(service::overview(&r.ctx, &r.actor, crate::i18n::use_locale()).await)
}

/// Writes a group message and counts its recipients; sending waits for the confirmation.
#[server(prefix = "/api", endpoint = "mailings/prepare-mailing")]
pub async fn prepare_mailing(#[server(flatten)] form: MailingForm) -> Result<i64, AppError> {
    let r = crate::server_fn::request()?;
    let result = service::prepare(&r.ctx, &r.actor, &form).await;
    if let Ok(id) = result {
        crate::server_fn::redirect_plain_post(&format!("/admin/mailings/{id}"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "mailings/get-mailing")]
pub async fn get_mailing(id: i64) -> Result<MailingView, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(service::view(&r.ctx, &r.actor, id, crate::i18n::use_locale()).await)
}

/// Confirms a prepared group message: the outbox sends it.
#[server(prefix = "/api", endpoint = "mailings/send-mailing")]
pub async fn send_mailing(id: i64) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = service::confirm(&r.ctx, &r.actor, id).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/admin/mailings/{id}?confirmed=1"));
    }
    crate::server_fn::respond(result)
}

/// Discards a prepared group message (never one confirmed).
#[server(prefix = "/api", endpoint = "mailings/discard-mailing")]
pub async fn discard_mailing(id: i64) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = service::discard(&r.ctx, &r.actor, id).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/admin/mailings?discarded=1");
    }
    crate::server_fn::respond(result)
}
