//! Editions: one year's contest, its phase calendar, its categories. The current phase is
//! computed from the calendar in the edition's time zone, so phases open and close by
//! themselves; the server checks the phase on every action.

pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod service;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use rules::{CategoryInput, PhaseKind, PhaseState};

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

#[server(name = GetCategoriesAdmin, prefix = "/api", endpoint = "edition/categories")]
pub async fn categories_admin() -> Result<CategoryAdmin, AppError> {
    let r = crate::context::request()?;
    crate::context::respond(service::categories_admin(&r.ctx, &r.actor).await)
}

#[server(prefix = "/api", endpoint = "edition/current")]
pub async fn current_edition() -> Result<Option<EditionOverview>, AppError> {
    let r = crate::context::request()?;
    crate::context::respond(service::overview(&r.ctx, crate::i18n::use_locale()).await)
}

#[server(name = GetCategoryDetail, prefix = "/api", endpoint = "edition/category")]
pub async fn category_detail(code: String) -> Result<CategoryDetail, AppError> {
    let r = crate::context::request()?;
    crate::context::respond(service::category(&r.ctx, crate::i18n::use_locale(), &code).await)
}

#[server(name = GetCalendarForm, prefix = "/api", endpoint = "edition/calendar")]
pub async fn calendar_form() -> Result<CalendarForm, AppError> {
    let r = crate::context::request()?;
    crate::context::respond(service::calendar_form(&r.ctx, &r.actor).await)
}

pub use calendar_update::*;

/// The calendar and category forms post one argument per field, so that they work as plain
/// HTML forms.
mod calendar_update {
    #![expect(
        clippy::too_many_arguments,
        reason = "one argument per field of a form that works without JavaScript"
    )]

    use leptos::prelude::*;

    use super::*;

    #[server(prefix = "/api", endpoint = "edition/update-calendar")]
    pub async fn update_calendar(
        edition_id: i64,
        title: String,
        time_zone: String,
        submission_opens: String,
        submission_closes: String,
        screening_opens: String,
        screening_closes: String,
        voting_opens: String,
        voting_closes: String,
        selection_opens: String,
        selection_closes: String,
        publication_opens: String,
        publication_closes: String,
        /// A checkbox: present (any value) when ticked.
        #[server(default)]
        screening_during_submission: Option<String>,
        reason: String,
    ) -> Result<(), AppError> {
        let r = crate::context::request()?;
        let dates = [
            (PhaseKind::Submission, submission_opens, submission_closes),
            (PhaseKind::Screening, screening_opens, screening_closes),
            (PhaseKind::Voting, voting_opens, voting_closes),
            (PhaseKind::Selection, selection_opens, selection_closes),
            (
                PhaseKind::Publication,
                publication_opens,
                publication_closes,
            ),
        ];
        let input = service::CalendarInput {
            edition_id,
            title,
            time_zone,
            dates: dates.to_vec(),
            screening_during_submission: screening_during_submission.is_some(),
            reason,
        };
        let result = service::update_calendar(&r.ctx, &r.actor, &input).await;
        if result.is_ok() {
            crate::context::redirect_plain_post("/admin/edition?saved=1");
        }
        crate::context::respond(result)
    }

    /// Creates (`category_id` = 0) or changes a category.
    #[server(prefix = "/api", endpoint = "edition/save-category")]
    pub async fn save_category(
        edition_id: i64,
        category_id: i64,
        code: String,
        number: String,
        nominees: String,
        champions: String,
        winners: String,
        is_special: Option<String>,
        title_en: String,
        description_en: String,
        title_fr: String,
        description_fr: String,
        reason: String,
    ) -> Result<(), AppError> {
        let r = crate::context::request()?;
        let input = CategoryInput {
            code,
            number,
            nominees,
            champions,
            winners,
            is_special: is_special.is_some(),
            title_en,
            description_en,
            title_fr,
            description_fr,
        };
        let id = (category_id > 0).then_some(category_id);
        let result =
            service::save_category(&r.ctx, &r.actor, edition_id, id, &input, &reason).await;
        if result.is_ok() {
            crate::context::redirect_plain_post("/admin/categories?saved=1");
        }
        crate::context::respond(result)
    }
}
