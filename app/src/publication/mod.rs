//! Publication's written part: the champions' and winners' success stories and the book they
//! make.
//!
//! When the champions are known, the secretariat invites their owners (by mail) to write the
//! extended story in sections by a deadline; the owners save and send it; the secretariat
//! edits it, asks for changes or approves it (`stories`). Once the publication phase opens,
//! approved stories show on the projects' pages and form the edition's book: a web edition
//! with a table of contents by category (the winner first, then the champions) and a PDF
//! (`book`, `pdf`). Every winner and champion is in the book: where no story was approved,
//! its short description stands in, marked as such, and the secretariat's stories page lists
//! what is missing. Before publication only the secretariat sees the book, as a preview.

#[cfg(feature = "ssr")]
pub mod book;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod pdf;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod stories;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use rules::{Section, StoryForm, StoryStatus};

use crate::error::AppError;

/// A story as its owners and the secretariat see it on its page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryView {
    pub submission_id: i64,
    pub year: i32,
    pub category_code: String,
    pub title: String,
    pub organisation: String,
    /// `AwardKind` code (`winner` or `champion`), once the results are published; the
    /// secretariat sees it before.
    pub award: Option<String>,
    pub status: StoryStatus,
    pub form: StoryForm,
    /// The deadline, written out in the edition's time zone.
    pub deadline: String,
    /// What the secretariat asked to change, while it waits for it.
    pub changes_asked: Option<String>,
    /// Whether the reader may change the text now.
    pub can_edit: bool,
    /// Whether the reader is the secretariat (who edits, asks for changes and approves).
    pub secretariat: bool,
    /// The story's own picture, if one was uploaded.
    pub picture_id: Option<i64>,
    /// The largest picture accepted, in megabytes.
    pub picture_max_mb: usize,
}

/// A champion or winner on the secretariat's list of stories.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryRow {
    pub submission_id: i64,
    pub category_code: String,
    pub title: String,
    pub organisation: String,
    pub award: String,
    /// None while its owners have not been invited.
    pub status: Option<StoryStatus>,
}

/// The secretariat's list of stories of the current edition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoriesOverview {
    pub year: i32,
    /// Every champion and winner, by category, the winners first.
    pub rows: Vec<StoryRow>,
    /// What the book will print a short description for: no story approved.
    pub missing: usize,
    /// A suggested deadline for the invitation form (`datetime-local`), four weeks ahead.
    pub suggested_deadline: String,
}

/// One project in the book.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookEntry {
    pub submission_id: i64,
    /// `winner` or `champion`.
    pub award: String,
    pub title: String,
    pub organisation: String,
    pub country: String,
    /// The approved story's sections (code, paragraphs); empty where none was approved.
    pub sections: Vec<(Section, Vec<String>)>,
    /// The short description that stands in where no story was approved.
    pub stand_in: Option<String>,
    pub picture_id: Option<i64>,
}

/// A category's chapter: its winners, then its champions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chapter {
    pub category_code: String,
    pub category_title: String,
    pub entries: Vec<BookEntry>,
}

/// The book of an edition's success stories.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Book {
    pub year: i32,
    pub edition_title: String,
    /// Seen by the secretariat before publication: nobody else sees it yet.
    pub preview: bool,
    pub chapters: Vec<Chapter>,
    /// The hash the public vote's ledger ends on, once the results are fixed: printed in the
    /// book, mailed to every voter, so that nobody can quietly change the ledger.
    pub ledger_head: Option<String>,
}

/// The story of the project `id`, for its owners and the secretariat.
#[server(prefix = "/api", endpoint = "stories/story")]
pub async fn get_story(id: i64) -> Result<StoryView, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(stories::story(&r.ctx, &r.actor, crate::i18n::use_locale(), id).await)
}

/// Saves the story of the project `id`; `send` (any value) also sends it for approval.
#[server(prefix = "/api", endpoint = "stories/save")]
pub async fn save_story(
    id: i64,
    #[server(flatten)] form: StoryForm,
    #[server(default)] send: Option<String>,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let send = send.is_some();
    let result = stories::save(&r.ctx, &r.actor, id, &form, send).await;
    if result.is_ok() {
        let done = if send { "sent" } else { "saved" };
        crate::server_fn::redirect_plain_post(&format!("/stories/{id}?{done}=1"));
    }
    crate::server_fn::respond(result)
}

/// The secretariat asks the owners of project `id` to change their story.
#[server(prefix = "/api", endpoint = "stories/ask-changes")]
pub async fn ask_story_changes(id: i64, message: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = stories::ask_changes(&r.ctx, &r.actor, id, &message).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/stories/{id}?asked=1"));
    }
    crate::server_fn::respond(result)
}

/// The secretariat approves the story of project `id`.
#[server(prefix = "/api", endpoint = "stories/approve")]
pub async fn approve_story(id: i64) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = stories::approve(&r.ctx, &r.actor, id).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/stories/{id}?approved=1"));
    }
    crate::server_fn::respond(result)
}

/// The secretariat's list of the stories of the edition `edition` (a year; empty for the
/// current one).
#[server(prefix = "/api", endpoint = "stories/overview")]
pub async fn get_stories(#[server(default)] edition: String) -> Result<StoriesOverview, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(stories::overview(&r.ctx, &r.actor, &edition).await)
}

/// Invites the owners of every champion and winner of the edition `edition` (a year; empty
/// for the current one) not invited yet to write their story by `deadline`
/// (`YYYY-MM-DDTHH:MM` in the edition's time zone).
#[server(prefix = "/api", endpoint = "stories/invite")]
pub async fn invite_stories(
    #[server(default)] edition: String,
    deadline: String,
) -> Result<u64, AppError> {
    let r = crate::server_fn::request()?;
    let result = stories::invite(&r.ctx, &r.actor, &edition, &deadline).await;
    if let Ok(n) = &result {
        crate::server_fn::redirect_plain_post(&format!(
            "/admin/stories?edition={}&invited={n}",
            edition.trim()
        ));
    }
    crate::server_fn::respond(result)
}

/// The book of the edition `edition` (a year; empty for the current one).
#[server(prefix = "/api", endpoint = "stories/book")]
pub async fn get_book(#[server(default)] edition: String) -> Result<Book, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(
        book::book(&r.ctx, &r.actor, crate::i18n::use_locale(), &edition).await,
    )
}
