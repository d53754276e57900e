//! Nominations: project owners submit projects in the categories of an edition; the
//! secretariat screens them (eligible, not eligible, changes requested, moved to another
//! category), each decision with its reason.

#[cfg(feature = "ssr")]
pub mod corrections;
#[cfg(feature = "ssr")]
pub mod flags;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod members;
#[cfg(feature = "ssr")]
pub mod notes;
#[cfg(feature = "ssr")]
pub mod outcomes;
#[cfg(feature = "ssr")]
pub mod owners;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod pictures;
#[cfg(feature = "ssr")]
pub mod queries;
#[cfg(feature = "ssr")]
pub mod registry;
#[cfg(feature = "ssr")]
pub mod reminders;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod screening;
#[cfg(feature = "ssr")]
pub mod thread;
#[cfg(feature = "ssr")]
pub mod withdrawal;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use rules::{SubmissionForm, SubmissionLimits, SubmissionStatus};

use crate::{
    countries::ItuRegion,
    error::{AppError, FieldError},
};

/// A line of "My submissions".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySubmission {
    pub id: i64,
    /// The year of its edition: "My submissions" groups entries by edition.
    pub year: i32,
    pub title: String,
    pub category_code: String,
    pub category_title: String,
    pub status: SubmissionStatus,
    /// Fields still missing before it can be sent.
    pub missing: Vec<String>,
    pub editable: bool,
    pub changes_deadline: Option<String>,
    /// What it came to, once public: nominee or not, then its award.
    pub outcome: Option<crate::codes::Outcome>,
    /// Of an earlier edition, while the current one takes submissions: a new entry can start
    /// as its copy.
    pub copyable: bool,
}

/// A screening decision as its owner and the secretariat see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionView {
    pub decision: String,
    pub reason: String,
    pub at: String,
    pub deadline: Option<String>,
    pub to_category: Option<String>,
}

/// Someone who may edit a submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub account_id: i64,
    pub name: String,
    pub email: String,
    pub is_owner: bool,
}

/// What a CSV import of earlier winners did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub imported: u64,
    pub skipped: u64,
    /// Sent submissions of the current edition now flagged as matching an earlier winner.
    pub flagged: u64,
}

/// An organisation (entity) as the secretariat lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationRow {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub stakeholder_type: String,
    pub submissions: u64,
}

/// A flag for the screener.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagView {
    pub id: i64,
    pub kind: String,
    pub detail: String,
    pub other_submission_id: Option<i64>,
}

/// One submission, whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionView {
    pub id: i64,
    pub status: SubmissionStatus,
    pub category_code: String,
    pub category_title: String,
    pub region: Option<ItuRegion>,
    pub form: SubmissionForm,
    pub missing: Vec<FieldError>,
    pub limits: SubmissionLimits,
    pub editable: bool,
    pub changes_message: Option<String>,
    pub changes_deadline: Option<String>,
    pub decisions: Vec<DecisionView>,
    pub flags: Vec<FlagView>,
    pub picture_id: Option<i64>,
    /// Largest picture accepted, in megabytes.
    pub picture_max_mb: usize,
    pub members: Vec<MemberView>,
    /// Addresses invited to co-own it that have not joined yet.
    pub invited: Vec<String>,
    /// Whether the visitor is its owner (who manages co-owners).
    pub viewer_is_owner: bool,
    /// The owner may delete it (a draft).
    pub can_delete: bool,
    /// The owner may withdraw it (sent, and the nominees not yet confirmed).
    pub can_withdraw: bool,
}

/// Filters of the screening queue; empty means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueFilter {
    pub category: Option<String>,
    pub status: Option<SubmissionStatus>,
    pub country: Option<String>,
    pub region: Option<ItuRegion>,
    pub stakeholder_type: Option<String>,
    pub flagged_only: bool,
    pub page: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub id: i64,
    pub title: String,
    pub organisation: String,
    pub country: String,
    pub category_code: String,
    pub status: SubmissionStatus,
    pub flags: usize,
}

/// How many submissions the queue holds in each status (after the filters).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueCounts {
    pub submitted: u64,
    pub changes_requested: u64,
    pub eligible: u64,
    pub not_eligible: u64,
    pub withdrawn: u64,
}

impl QueueCounts {
    pub fn add(&mut self, status: SubmissionStatus) {
        match status {
            SubmissionStatus::Submitted => self.submitted += 1,
            SubmissionStatus::ChangesRequested => self.changes_requested += 1,
            SubmissionStatus::Eligible => self.eligible += 1,
            SubmissionStatus::NotEligible => self.not_eligible += 1,
            SubmissionStatus::Withdrawn => self.withdrawn += 1,
            SubmissionStatus::Draft => {}
        }
    }

    pub fn total(&self) -> u64 {
        self.submitted + self.changes_requested + self.eligible + self.not_eligible + self.withdrawn
    }
}

/// Someone holding a draft under an organisation's name, as the secretariat sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftHolder {
    pub submission_id: i64,
    pub category_code: String,
    pub title: String,
    pub owner_name: String,
    pub owner_email: String,
    pub co_owners: u64,
    pub started: String,
}

/// The drafts of the current edition, for the secretariat.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftsOverview {
    /// Open drafts per category code, in category order.
    pub per_category: Vec<(String, u64)>,
    /// Who holds drafts under the organisation asked about.
    pub holders: Vec<DraftHolder>,
}

/// Rows of the screening queue on one page.
pub const QUEUE_PAGE_SIZE: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreeningQueue {
    /// One page of the rows that pass the filters.
    pub rows: Vec<QueueRow>,
    /// Counts over every row that passes the filters, not only this page.
    pub counts: QueueCounts,
    pub page: usize,
    pub pages: usize,
}

/// A screening decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    Eligible { note: String },
    NotEligible { reason: String },
    RequestChanges { message: String, days: Option<i64> },
    Move { to_category: String, reason: String },
}

impl Decision {
    /// Reads the decision form: `decision` is `eligible`, `not_eligible`, `request_changes` or
    /// `move`; `text` is the reason or message.
    ///
    /// # Errors
    /// Field errors for an unknown decision or a malformed number of days.
    pub fn from_form(
        decision: &str,
        text: &str,
        days: &str,
        to_category: &str,
    ) -> Result<Self, Vec<FieldError>> {
        let text = text.to_owned();
        match decision {
            "eligible" => Ok(Decision::Eligible { note: text }),
            "not_eligible" => Ok(Decision::NotEligible { reason: text }),
            "request_changes" => {
                let days = match days.trim() {
                    "" => None,
                    d => Some(
                        d.parse::<i64>()
                            .map_err(|_| vec![FieldError::new("days", "changes-days-invalid")])?,
                    ),
                };
                Ok(Decision::RequestChanges {
                    message: text,
                    days,
                })
            }
            "move" => Ok(Decision::Move {
                to_category: to_category.to_owned(),
                reason: text,
            }),
            _ => Err(vec![FieldError::new("decision", "decision-unknown")]),
        }
    }
}

#[server(prefix = "/api", endpoint = "nominations/list-my-submissions")]
pub async fn list_my_submissions() -> Result<Vec<MySubmission>, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(owners::mine(&r.ctx, &r.actor, crate::i18n::use_locale()).await)
}

#[server(prefix = "/api", endpoint = "nominations/create-submission")]
pub async fn create_submission(category: String) -> Result<i64, AppError> {
    let r = crate::server_fn::request()?;
    let result = owners::create(&r.ctx, &r.actor, &category).await;
    if let Ok(id) = &result {
        crate::server_fn::redirect_plain_post(&format!("/submissions/{id}"));
    }
    crate::server_fn::respond(result)
}

/// Starts a draft in the current edition as a copy of `id`, an entry of an earlier edition.
#[server(prefix = "/api", endpoint = "nominations/copy-submission")]
pub async fn copy_submission(id: i64) -> Result<i64, AppError> {
    let r = crate::server_fn::request()?;
    let result = owners::copy_from_earlier(&r.ctx, &r.actor, id).await;
    if let Ok(id) = &result {
        crate::server_fn::redirect_plain_post(&format!("/submissions/{id}"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "nominations/get-submission")]
pub async fn get_submission(id: i64) -> Result<SubmissionView, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(owners::get(&r.ctx, &r.actor, id, crate::i18n::use_locale()).await)
}

#[server(prefix = "/api", endpoint = "nominations/submit-submission")]
pub async fn submit_submission(id: i64) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = owners::submit(&r.ctx, &r.actor, id).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/submissions/{id}?sent=1"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "nominations/get-screening-queue")]
pub async fn get_screening_queue(
    category: String,
    status: String,
    country: String,
    region: String,
    stakeholder_type: String,
    flagged: String,
    page: Option<usize>,
) -> Result<ScreeningQueue, AppError> {
    let r = crate::server_fn::request()?;
    let filter = QueueFilter {
        category: Some(category),
        status: SubmissionStatus::from_code(&status),
        country: Some(country),
        region: ItuRegion::from_code(&region),
        stakeholder_type: Some(stakeholder_type),
        flagged_only: !flagged.is_empty(),
        page: page.unwrap_or(0),
    };
    crate::server_fn::respond(
        screening::queue(&r.ctx, &r.actor, &filter, crate::i18n::use_locale()).await,
    )
}

#[server(prefix = "/api", endpoint = "nominations/get-submission-for-screening")]
pub async fn get_submission_for_screening(id: i64) -> Result<SubmissionView, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(
        screening::get_for_screening(&r.ctx, &r.actor, id, crate::i18n::use_locale()).await,
    )
}

/// An internal note of the secretariat on a submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteView {
    pub author: String,
    pub at: String,
    pub body: String,
}

/// The secretariat's internal notes on the submission `id` (never its owners').
#[server(prefix = "/api", endpoint = "nominations/get-notes")]
pub async fn get_notes(id: i64) -> Result<Vec<NoteView>, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(notes::list(&r.ctx, &r.actor, id, crate::i18n::use_locale()).await)
}

/// Adds an internal note to the submission `id`.
#[server(prefix = "/api", endpoint = "nominations/add-note")]
pub async fn add_note(id: i64, body: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = notes::add(&r.ctx, &r.actor, id, &body).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/admin/screening/{id}?noted=1#notes"));
    }
    crate::server_fn::respond(result)
}

/// A submission's thread, as one of its sides reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadView {
    pub title: String,
    /// Messages may be written (the submission is sent).
    pub open: bool,
    pub messages: Vec<MessageView>,
}

/// A message of a submission's thread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageView {
    pub from_secretariat: bool,
    pub author: String,
    pub at: String,
    pub body: String,
    /// Written by the other side since the reader last opened the thread.
    pub new: bool,
}

/// The secretariat's inbox: every submission's thread, the unread first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxView {
    /// The owners' messages not yet read, over every thread.
    pub unread: u64,
    pub threads: Vec<InboxLine>,
}

/// A thread in the secretariat's inbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxLine {
    pub submission_id: i64,
    pub year: i32,
    pub title: String,
    pub messages: u64,
    pub unread: u64,
    pub last_at: String,
    pub last_from_secretariat: bool,
    pub preview: String,
}

/// The thread of the submission `id`, for its owners or the secretariat.
#[server(prefix = "/api", endpoint = "nominations/get-thread")]
pub async fn get_thread(id: i64) -> Result<ThreadView, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(thread::list(&r.ctx, &r.actor, id, crate::i18n::use_locale()).await)
}

/// Writes a message in the thread of the submission `id`, mailed to the other side.
#[server(prefix = "/api", endpoint = "nominations/post-message")]
pub async fn post_message(id: i64, body: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = thread::post(&r.ctx, &r.actor, id, &body).await;
    if let Ok(from_secretariat) = result {
        crate::server_fn::redirect_plain_post(&if from_secretariat {
            format!("/admin/screening/{id}?written=1#thread")
        } else {
            format!("/submissions/{id}?written=1#thread")
        });
    }
    crate::server_fn::respond(result.map(|_| ()))
}

/// The secretariat's inbox of submission threads.
#[server(prefix = "/api", endpoint = "nominations/get-inbox")]
pub async fn get_inbox() -> Result<InboxView, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(thread::inbox(&r.ctx, &r.actor, crate::i18n::use_locale()).await)
}

/// Corrects a sent submission's fields, for a reason (the secretariat's).
#[server(prefix = "/api", endpoint = "nominations/correct-submission")]
pub async fn correct_submission(
    id: i64,
    #[server(flatten)] form: SubmissionForm,
    reason: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = corrections::correct(&r.ctx, &r.actor, id, &form, &reason).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/admin/screening/{id}?corrected=1"));
    }
    crate::server_fn::respond(result.map(|_| ()))
}

#[server(prefix = "/api", endpoint = "nominations/decide-submission")]
pub async fn decide_submission(
    id: i64,
    decision: String,
    text: String,
    days: String,
    to_category: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = match Decision::from_form(&decision, &text, &days, &to_category) {
        Ok(d) => screening::decide(&r.ctx, &r.actor, id, &d).await,
        Err(fields) => Err(crate::error::DomainError::Invalid(fields)),
    };
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/admin/screening/{id}?decided=1"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "nominations/invite-co-owner")]
pub async fn invite_co_owner(id: i64, email: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = members::invite(&r.ctx, &r.actor, r.ip, id, &email).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/submissions/{id}?invited=1"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "nominations/remove-co-owner")]
pub async fn remove_co_owner(id: i64, account_id: i64) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = members::remove(&r.ctx, &r.actor, id, account_id).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/submissions/{id}"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "nominations/accept-invitation")]
pub async fn accept_invitation(token: String) -> Result<i64, AppError> {
    let r = crate::server_fn::request()?;
    let result = members::accept(&r.ctx, &r.actor, r.ip, &token).await;
    if let Ok(id) = &result {
        crate::server_fn::redirect_plain_post(&format!("/submissions/{id}"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "nominations/revoke-invitation")]
pub async fn revoke_invitation(id: i64, email: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = members::revoke(&r.ctx, &r.actor, id, &email).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/submissions/{id}?revoked=1"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "nominations/delete-draft")]
pub async fn delete_draft(id: i64) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = withdrawal::delete_draft(&r.ctx, &r.actor, id).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/submissions?deleted=1");
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "nominations/withdraw-submission")]
pub async fn withdraw_submission(id: i64, reason: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = withdrawal::withdraw(&r.ctx, &r.actor, id, &reason).await;
    if let Ok(by_owner) = result {
        crate::server_fn::redirect_plain_post(&if by_owner {
            format!("/submissions/{id}?withdrawn=1")
        } else {
            format!("/admin/screening/{id}?withdrawn=1")
        });
    }
    crate::server_fn::respond(result.map(|_| ()))
}

#[server(prefix = "/api", endpoint = "nominations/get-drafts-overview")]
pub async fn get_drafts_overview(organisation: String) -> Result<DraftsOverview, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(
        withdrawal::drafts(&r.ctx, &r.actor, &organisation, crate::i18n::use_locale()).await,
    )
}

#[server(prefix = "/api", endpoint = "nominations/import-past-winners")]
pub async fn import_past_winners(csv: String) -> Result<ImportReport, AppError> {
    let r = crate::server_fn::request()?;
    let result = registry::import_past_winners(&r.ctx, &r.actor, &csv).await;
    if let Ok(report) = &result {
        crate::server_fn::redirect_plain_post(&format!(
            "/admin/registry?imported={}&skipped={}&flagged={}",
            report.imported, report.skipped, report.flagged
        ));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "nominations/list-organisations")]
pub async fn list_organisations(query: String) -> Result<Vec<OrganisationRow>, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(registry::organisations(&r.ctx, &r.actor, &query).await)
}

#[server(prefix = "/api", endpoint = "nominations/merge-organisations")]
pub async fn merge_organisations(from: i64, into: i64, reason: String) -> Result<u64, AppError> {
    let r = crate::server_fn::request()?;
    let result = registry::merge(&r.ctx, &r.actor, from, into, &reason).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/admin/registry?merged=1");
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "nominations/dismiss-flag")]
pub async fn dismiss_flag(id: i64, flag: i64, reason: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = screening::dismiss_flag(&r.ctx, &r.actor, flag, &reason).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/admin/screening/{id}"));
    }
    crate::server_fn::respond(result)
}

/// Saves a draft; answers what is still missing before it can be sent. The form's fields are
/// those of [`SubmissionForm`], posted by name (`title`, `short_description`…), so that the
/// same form works as a plain HTML form.
#[server(prefix = "/api", endpoint = "nominations/save-submission")]
pub async fn save_submission(
    id: i64,
    #[server(flatten)] form: SubmissionForm,
) -> Result<Vec<FieldError>, AppError> {
    let r = crate::server_fn::request()?;
    let result = owners::save(&r.ctx, &r.actor, id, &form).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/submissions/{id}?saved=1"));
    }
    crate::server_fn::respond(result)
}
