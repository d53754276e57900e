//! The public gallery: every edition's projects that the public may see (the confirmed
//! nominees of an edition whose vote has opened), found by words in any script and by
//! filters, with the winners and champions first once the results are published; and a page
//! per project.

pub mod rules;

#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod search;
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
    pub picture: Option<Picture>,
    /// `winner` or `champion`, once the results are published.
    pub award: Option<String>,
    /// Its approved success story, by section, once the results are published.
    pub story: Vec<(crate::publication::Section, Vec<String>)>,
}

/// A picture as a page shows it: the display copy, the smaller copies the browser may pick
/// instead (`srcset`), and its size, so that the page does not move as it loads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Picture {
    pub src: String,
    pub srcset: String,
    pub width: u32,
    pub height: u32,
}

/// The project `id` (a submission id), if the public may see it.
#[server(prefix = "/api", endpoint = "gallery/project")]
pub async fn get_project(id: String) -> Result<ProjectView, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(service::project(&r.ctx, crate::i18n::use_locale(), &id).await)
}

/// A gallery search as typed in its form (every field may be empty: no filter).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchForm {
    /// Words to find in titles, organisations and descriptions.
    #[serde(default)]
    pub q: String,
    /// A year.
    #[serde(default)]
    pub edition: String,
    /// A category code (`C7.4`).
    #[serde(default)]
    pub category: String,
    /// An ITU region code (`arab_states`).
    #[serde(default)]
    pub region: String,
    /// An ISO country code.
    #[serde(default)]
    pub country: String,
    /// A stakeholder type code.
    #[serde(default)]
    pub stakeholder: String,
    /// A goal, 1 to 17.
    #[serde(default)]
    pub sdg: String,
    /// `winner`, `champion` or `awarded` (either).
    #[serde(default)]
    pub award: String,
    /// From 1.
    #[serde(default)]
    pub page: String,
}

/// A project in a list of results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectCard {
    pub submission_id: i64,
    pub year: i32,
    pub category_code: String,
    pub title: String,
    pub organisation: String,
    /// The country's name in the reader's language.
    pub country: String,
    pub short_description: String,
    /// The thumbnail's address and size.
    pub thumb: Option<(String, u32, u32)>,
    /// `winner` or `champion`, once the results are published.
    pub award: Option<String>,
}

/// The choices the filters offer, from what the public may see.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterChoices {
    /// Years, the most recent first.
    pub editions: Vec<i32>,
    /// (code, title in the reader's language), in the categories' order.
    pub categories: Vec<(String, String)>,
    /// (ISO code, name in the reader's language), by name.
    pub countries: Vec<(String, String)>,
}

/// One page of a gallery search.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchResults {
    /// Projects found, on every page.
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub projects: Vec<ProjectCard>,
    pub choices: FilterChoices,
}

/// Searches the gallery: words in any script and filters, one page of results, the most
/// recent edition first and, in a published edition, its winners then its champions first.
#[server(prefix = "/api", endpoint = "gallery/search")]
pub async fn search_gallery(
    #[server(flatten)] form: SearchForm,
) -> Result<SearchResults, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(search::search(&r.ctx, r.ip, crate::i18n::use_locale(), &form).await)
}
