//! Editions: one year's contest, its phase calendar, its categories. The current phase is
//! computed from the calendar in the edition's time zone, so phases open and close by
//! themselves; the server checks the phase on every action.

#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod categories;
#[cfg(feature = "ssr")]
pub mod lookups;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod public;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod seed;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use rules::{CalendarEdit, CategoryInput, PhaseKind, PhaseState};

use crate::error::AppError;

/// A category as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategorySummary {
    pub number: i32,
    pub code: String,
    pub title: String,
    pub description: String,
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

/// The calendar as the secretariat edits it: local date-times in the edition's time zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarForm {
    pub edition_id: i64,
    pub year: i32,
    pub title: String,
    pub time_zone: String,
    pub phases: Vec<CalendarPhase>,
    pub screening_during_submission: bool,
    /// Only complete ballots count in the public vote.
    pub complete_ballots_only: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarPhase {
    pub kind: PhaseKind,
    pub opens_local: String,
    pub closes_local: String,
    /// Opened already: changing it is an audited act that needs a reason.
    pub has_opened: bool,
}

/// The categories as the secretariat edits them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryAdmin {
    pub edition_id: i64,
    pub year: i32,
    /// Submitters rely on the categories once submission has opened: changes need a reason.
    pub submission_opened: bool,
    pub rows: Vec<CategoryAdminRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryAdminRow {
    pub id: i64,
    pub input: CategoryInput,
}

#[server(prefix = "/api", endpoint = "editions/get-categories-admin")]
pub async fn get_categories_admin() -> Result<CategoryAdmin, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(categories::get_categories_admin(&r.ctx, &r.actor).await)
}

#[server(prefix = "/api", endpoint = "editions/get-current-edition")]
pub async fn get_current_edition() -> Result<Option<EditionOverview>, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(public::overview(&r.ctx, crate::i18n::use_locale()).await)
}

#[server(prefix = "/api", endpoint = "editions/get-category-detail")]
pub async fn get_category_detail(code: String) -> Result<CategoryDetail, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(public::category(&r.ctx, crate::i18n::use_locale(), &code).await)
}

#[server(prefix = "/api", endpoint = "editions/get-calendar-form")]
pub async fn get_calendar_form() -> Result<CalendarForm, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(calendar::get_calendar_form(&r.ctx, &r.actor).await)
}

/// Replaces the edition's title, time zone and calendar (the fields of [`CalendarEdit`]).
#[server(prefix = "/api", endpoint = "editions/update-calendar")]
pub async fn update_calendar(
    edition_id: i64,
    #[server(flatten)] edit: CalendarEdit,
    reason: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let complete_ballots_only = match edit.ballot_rule.trim() {
        "" => None,
        "complete" => Some(true),
        "every" => Some(false),
        _ => {
            return crate::server_fn::respond(Err(crate::error::DomainError::invalid(
                "ballot_rule",
                "calendar-ballot-rule-unknown",
            )));
        }
    };
    let input = calendar::CalendarInput {
        edition_id,
        title: edit.title.clone(),
        time_zone: edit.time_zone.clone(),
        dates: edit.dates(),
        screening_during_submission: edit.screening_during_submission,
        complete_ballots_only,
        reason,
    };
    let result = calendar::update_calendar(&r.ctx, &r.actor, &input).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/admin/edition?saved=1");
    }
    crate::server_fn::respond(result)
}

/// Creates (`category_id` = 0) or changes a category (the fields of [`CategoryInput`]).
#[server(prefix = "/api", endpoint = "editions/save-category")]
pub async fn save_category(
    edition_id: i64,
    category_id: i64,
    #[server(flatten)] category: CategoryInput,
    reason: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let id = (category_id > 0).then_some(category_id);
    let result =
        categories::save_category(&r.ctx, &r.actor, edition_id, id, &category, &reason).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&crate::ui::with_query(
            "/admin/categories",
            &[("saved".to_owned(), category.code.trim().to_owned())],
        ));
    }
    crate::server_fn::respond(result)
}
