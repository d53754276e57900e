//! Editions as the secretariat runs them: one year's contest, its phase calendar and its
//! categories, edited on the secretariat's pages, and the making of an edition (the first
//! one on first start) with its two expert rounds. What the public reads of them is the
//! catalogue's ([`crate::catalogue`]); every change here is committed through it.

#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod categories;
#[cfg(feature = "ssr")]
pub mod limits;
#[cfg(feature = "ssr")]
pub mod next;
#[cfg(feature = "ssr")]
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod seed;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use rules::{CalendarEdit, CategoryInput, LIMIT_RANGES, LimitsEdit};

use crate::{codes::PhaseKind, error::AppError, nominations::SubmissionLimits};

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
    /// The submission form's limits.
    pub limits: SubmissionLimits,
    /// The submission phase has opened: the limits no longer change.
    pub limits_frozen: bool,
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

/// The editions as the secretariat manages them (`/admin/editions`), newest first, and the
/// start form of the next one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionsAdmin {
    pub editions: Vec<EditionRow>,
    /// None only before any edition exists.
    pub next: Option<NextEditionForm>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionRow {
    pub year: i32,
    pub title: String,
    /// The edition the public and the entrants are in now.
    pub current: bool,
    /// Its first phase's opening and last phase's closing, written out.
    pub opens: String,
    pub closes: String,
    pub categories: usize,
    /// Experts on its panels.
    pub experts: usize,
    /// Experts of the edition before, not yet on its panels.
    pub returning: usize,
}

/// The start form of the next edition: its calendar proposed one year after the newest
/// edition's, in the same time zone, editable before it is saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextEditionForm {
    pub from_year: i32,
    pub year: i32,
    pub title: String,
    pub time_zone: String,
    pub phases: Vec<CalendarPhase>,
}

#[server(prefix = "/api", endpoint = "editions/get-editions-admin")]
pub async fn get_editions_admin() -> Result<EditionsAdmin, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(next::overview(&r.ctx, &r.actor, crate::i18n::use_locale()).await)
}

/// Starts the next edition from the newest (`from_year`), with the typed title, time zone
/// and calendar (the fields of [`CalendarEdit`]; its rules are copied, not typed).
#[server(prefix = "/api", endpoint = "editions/start-next-edition")]
pub async fn start_next_edition(
    from_year: i32,
    #[server(flatten)] edit: CalendarEdit,
) -> Result<i32, AppError> {
    let r = crate::server_fn::request()?;
    let input = next::StartInput {
        from_year,
        title: edit.title.clone(),
        time_zone: edit.time_zone.clone(),
        dates: edit.dates(),
    };
    let result = next::start(&r.ctx, &r.actor, &input).await;
    if let Ok(year) = &result {
        crate::server_fn::redirect_plain_post(&format!("/admin/editions?started={year}"));
    }
    crate::server_fn::respond(result)
}

/// Asks the experts of the edition before `year` back onto its panels.
#[server(prefix = "/api", endpoint = "editions/invite-returning-experts")]
pub async fn invite_returning_experts(year: i32) -> Result<usize, AppError> {
    let r = crate::server_fn::request()?;
    let result = next::invite_returning_experts(&r.ctx, &r.actor, year).await;
    if let Ok(count) = &result {
        crate::server_fn::redirect_plain_post(&format!("/admin/editions?returned={count}"));
    }
    crate::server_fn::respond(result)
}

/// The categories of the edition of `edition` (a year; the current edition by default).
#[server(prefix = "/api", endpoint = "editions/get-categories-admin")]
pub async fn get_categories_admin(
    #[server(default)] edition: Option<i32>,
) -> Result<CategoryAdmin, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(categories::get_categories_admin(&r.ctx, &r.actor, edition).await)
}

/// The calendar of the edition of `edition` (a year; the current edition by default).
#[server(prefix = "/api", endpoint = "editions/get-calendar-form")]
pub async fn get_calendar_form(
    #[server(default)] edition: Option<i32>,
) -> Result<CalendarForm, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(calendar::get_calendar_form(&r.ctx, &r.actor, edition).await)
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
    if let Ok(year) = &result {
        crate::server_fn::redirect_plain_post(&format!("/admin/edition?edition={year}&saved=1"));
    }
    crate::server_fn::respond(result.map(|_| ()))
}

/// Replaces the submission form's limits of the edition `edition_id` (the fields of
/// [`LimitsEdit`]), until its submission phase opens.
#[server(prefix = "/api", endpoint = "editions/save-form-limits")]
pub async fn save_form_limits(
    edition_id: i64,
    #[server(flatten)] edit: LimitsEdit,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = limits::save(&r.ctx, &r.actor, edition_id, &edit).await;
    if let Ok(year) = &result {
        crate::server_fn::redirect_plain_post(&format!("/admin/edition?edition={year}&limits=1"));
    }
    crate::server_fn::respond(result.map(|_| ()))
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
    if let Ok(year) = &result {
        crate::server_fn::redirect_plain_post(&crate::ui::with_query(
            "/admin/categories",
            &[
                ("edition".to_owned(), year.to_string()),
                ("saved".to_owned(), category.code.trim().to_owned()),
            ],
        ));
    }
    crate::server_fn::respond(result.map(|_| ()))
}
