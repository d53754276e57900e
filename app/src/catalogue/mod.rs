//! What the public reads, held in memory by each instance: every edition with its calendar,
//! categories and their texts, and each category's confirmed nominees. The home and category
//! pages render from it, the ballot and the gallery read it, and every service asks it for
//! the current edition and whether a phase is open ([`current`], [`require_open`]).
//!
//! A write that changes any of it is committed through [`commit`], which moves the
//! catalogue's version in the write's transaction, writes the gallery's search documents
//! again in it, and makes this instance read the change at once (see `change.rs` for the
//! guarantee and the database triggers that back it).
//!
//! It sits between the core and the features: it reads the tables of several features
//! (nominee lists, submissions, organisations) through the entities and the codes, and
//! imports none of them.

#[cfg(feature = "ssr")]
mod change;
#[cfg(feature = "ssr")]
pub mod documents;
#[cfg(feature = "ssr")]
mod held;
#[cfg(feature = "ssr")]
pub mod load;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod public;

#[cfg(feature = "ssr")]
pub use change::{CATALOGUE, commit, commit_unheld, forget};
#[cfg(feature = "ssr")]
pub use held::{
    Catalogue, EditionContent, Loaded, Nominee, current, edition, localized, localized_or_english,
    of_year, read, require_open, time_zone_of,
};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{codes::PhaseKind, error::AppError, phases::PhaseState};

/// A category as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategorySummary {
    pub number: i32,
    pub code: String,
    pub title: String,
    /// The title is the English one: the category has none in the visitor's language.
    pub title_in_english: bool,
    pub description: String,
    /// Likewise for the description.
    pub description_in_english: bool,
    pub nominees: i32,
    pub champions: i32,
    pub winners: i32,
    pub is_special: bool,
    /// The three counts as one sentence in the visitor's language, written out once with
    /// the rest (the home page shows it on every card).
    pub counts: String,
}

/// One phase of the calendar, with its dates written out for the visitor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseRow {
    pub kind: PhaseKind,
    pub opens: String,
    pub closes: String,
    pub is_open: bool,
}

/// Where the edition stands now, written out for the visitor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    pub state: PhaseState,
    /// The relevant date (closing of the open phase, or opening of the next), written out.
    pub when: Option<String>,
}

/// The home page's data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionOverview {
    pub year: i32,
    pub title: String,
    pub time_zone: String,
    pub standing: Standing,
    pub phases: Vec<PhaseRow>,
    pub categories: Vec<CategorySummary>,
    /// The edition holds demonstration data: the site says so plainly.
    pub holds_demo_data: bool,
}

/// The category page's data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryDetail {
    pub year: i32,
    /// Read by its year (`/editions/2026/categories/C7.4`), not as the current edition's.
    pub archived: bool,
    pub edition_title: String,
    pub category: CategorySummary,
    pub standing: Standing,
    pub holds_demo_data: bool,
    /// The confirmed nominees, once voting has opened (empty before: the shortlist is
    /// published with the vote).
    pub nominees: Vec<NomineeSummary>,
}

/// A nominee as the public reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NomineeSummary {
    pub submission_id: i64,
    pub title: String,
    pub organisation: String,
    pub country: String,
}

#[server(prefix = "/api", endpoint = "editions/get-current-edition")]
pub async fn get_current_edition() -> Result<Option<EditionOverview>, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(public::overview(&r.ctx, crate::i18n::use_locale()).await)
}

#[server(prefix = "/api", endpoint = "editions/get-category-detail")]
pub async fn get_category_detail(
    code: String,
    #[server(default)] edition: Option<i32>,
) -> Result<CategoryDetail, AppError> {
    let r = crate::server_fn::request()?;
    let locale = crate::i18n::use_locale();
    crate::server_fn::respond(public::category_of(&r.ctx, locale, edition, &code).await)
}

/// An edition as the archive lists it (`/editions`): its categories, and its figures as far
/// as they are public.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchivedEdition {
    pub year: i32,
    pub title: String,
    pub current: bool,
    pub holds_demo_data: bool,
    /// Its first phase's opening and its last phase's closing, written out.
    pub opens: String,
    pub closes: String,
    pub categories: Vec<(String, String)>,
    /// Submissions sent.
    pub submissions: u64,
    /// From the opening of its vote.
    pub nominees: Option<u64>,
    /// Valid votes and winners, once its results are published.
    pub votes: Option<u64>,
    pub winners: Option<u64>,
}

/// Every edition, the newest first.
#[server(prefix = "/api", endpoint = "editions/get-archive")]
pub async fn get_archive() -> Result<Vec<ArchivedEdition>, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(public::archive(&r.ctx, crate::i18n::use_locale()).await)
}
