//! The public gallery: a page per project that the public may see. For now, the confirmed
//! nominees of an edition whose vote has opened (what voters read before choosing), with the
//! award once the results are published.

#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A project as the public sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectView {
    pub submission_id: i64,
    pub year: i32,
    pub edition_title: String,
    pub category_code: String,
    pub category_title: String,
    pub title: String,
    pub short_description: String,
    pub organisation: String,
    /// The country's name in the reader's language.
    pub country: String,
    /// The ITU region's label key.
    pub region: Option<String>,
    pub sdgs: Vec<u8>,
    pub website: String,
    /// The picture: its address and size.
    pub picture: Option<(String, i32, i32)>,
    /// `winner` or `champion`, once the results are published.
    pub award: Option<String>,
}

/// The project `id` (a submission id), if the public may see it.
#[server(prefix = "/api", endpoint = "gallery/project")]
pub async fn get_project(id: String) -> Result<ProjectView, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(service::project(&r.ctx, crate::i18n::use_locale(), &id).await)
}
