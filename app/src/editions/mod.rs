//! Editions as the secretariat runs them: one year's contest, its phase calendar and its
//! categories, edited on the secretariat's pages, and the making of an edition (the first
//! one on first start) with its two expert rounds. What the public reads of them is the
//! catalogue's ([`crate::catalogue`]); every change here is committed through it.

#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod categories;
#[cfg(feature = "ssr")]
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod seed;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use rules::{CalendarEdit, CategoryInput};

use crate::codes::PhaseKind;

use crate::error::AppError;

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
