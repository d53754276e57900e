//! Expert review: the shortlisting round (eligible submissions become the nominees) and the
//! selection round (the champions of the public vote are scored and the winners chosen),
//! built once and used for both. A round has a rubric of weighted criteria; experts are
//! assigned entries, never one they are conflicted with; they score blind; the secretariat
//! ranks, breaks ties by a published draw and confirms the outcome.

#[cfg(feature = "ssr")]
pub mod assign;
#[cfg(feature = "ssr")]
pub mod discussion;
#[cfg(feature = "ssr")]
pub mod experts;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod rounds;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod scoring;
#[cfg(feature = "ssr")]
pub mod standings;
#[cfg(feature = "ssr")]
pub mod winners;

use std::collections::BTreeMap;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use rules::{Breakdown, Normalisation, RoundKind};

use crate::error::AppError;

/// What a run of the assignment did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignmentReport {
    pub added: usize,
    /// Entries still short of reviewers, with how many they lack.
    pub short: Vec<(i64, usize)>,
}

/// A line of the expert's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignedEntry {
    pub assignment_id: i64,
    pub title: String,
    pub category_code: String,
    /// How many times the expert sent their review of it (0: not yet).
    pub version: i32,
}

/// The expert's list in the round they work in now.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyReviews {
    /// `None` before any round has opened.
    pub round: Option<RoundKind>,
    pub open: bool,
    pub closes_at: Option<String>,
    pub entries: Vec<AssignedEntry>,
    pub done: usize,
}

/// A project as an expert reads it: what was submitted, without its owner's account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryForReview {
    pub title: String,
    pub organisation: String,
    pub country: String,
    pub category_code: String,
    pub category_title: String,
    pub short_description: String,
    pub action_lines: String,
    pub sdgs: String,
    pub impact_qualitative: String,
    pub impact_quantitative: String,
    pub partnerships: String,
    pub challenges: String,
    pub start_date: String,
    pub project_status: String,
    pub website: String,
}

/// A criterion of the rubric, with the expert's own score where they gave one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionView {
    pub code: String,
    pub title: String,
    pub weight: i32,
    pub scale: i32,
    /// The expert's score as typed ("7.5"), empty when none.
    pub value: String,
}

/// The score sheet of one assigned entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreSheet {
    pub assignment_id: i64,
    pub round: RoundKind,
    pub open: bool,
    pub entry: EntryForReview,
    pub criteria: Vec<CriterionView>,
    pub comment: String,
    /// How many times it was sent (0: not yet).
    pub version: i32,
    /// The weighted total (0-100) of the review as sent, written out; none before sending.
    pub total: Option<String>,
}

/// One line of a category's ranking, for the secretariat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RankRow {
    pub position: usize,
    pub submission_id: i64,
    pub title: String,
    pub organisation: String,
    pub reviews: usize,
    pub missing: usize,
    /// Numbers already written out: the raw mean (0-100), the mean z-score, the spread.
    pub raw_mean: String,
    pub z_mean: String,
    pub spread: String,
    pub disagreement: bool,
    /// Its place above the next entry was decided by the draw.
    pub decided_by_draw: bool,
    /// Within the category's cut.
    pub in_cut: bool,
    /// On the confirmed nominee list.
    pub nominee: bool,
}

/// A category's ranking in a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryRanking {
    pub round: RoundKind,
    pub category_code: String,
    pub category_title: String,
    pub normalisation: Normalisation,
    pub cut: usize,
    /// SHA-256 of the draw's seed, published before the round closes.
    pub seed_commitment: String,
    /// The seed itself, once the round has closed.
    pub seed: Option<String>,
    pub confirmed_at: Option<String>,
    pub can_confirm: bool,
    pub rows: Vec<RankRow>,
}

#[server(prefix = "/api", endpoint = "review/my-reviews")]
pub async fn get_my_reviews() -> Result<MyReviews, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(
        scoring::my_reviews(&r.ctx, &r.actor, crate::i18n::use_locale()).await,
    )
}

#[server(prefix = "/api", endpoint = "review/score-sheet")]
pub async fn get_score_sheet(assignment_id: i64) -> Result<ScoreSheet, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(
        scoring::sheet(&r.ctx, &r.actor, assignment_id, crate::i18n::use_locale()).await,
    )
}

/// Sends or revises a review. Scores come as `scores[<criterion code>]`.
#[server(prefix = "/api", endpoint = "review/submit-review")]
pub async fn submit_review(
    assignment_id: i64,
    #[server(default)] scores: BTreeMap<String, String>,
    #[server(default)] comment: String,
) -> Result<i32, AppError> {
    let r = crate::server_fn::request()?;
    let result = scoring::submit(&r.ctx, &r.actor, assignment_id, &scores, &comment).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/review/{assignment_id}?saved=1"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "review/declare-conflict")]
pub async fn declare_conflict(
    assignment_id: i64,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = scoring::declare_conflict(&r.ctx, &r.actor, assignment_id, &note).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/review?conflict=1");
    }
    crate::server_fn::respond(result)
}

/// The experts' discussion of an entry, as one of them reads it after sending their review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscussionView {
    /// How the reader appears to the others ("Expert 2").
    pub me: String,
    /// Messages may be written (the round is open).
    pub open: bool,
    /// The other experts' reviews as sent.
    pub others: Vec<PeerReview>,
    pub messages: Vec<PeerMessage>,
}

/// Another expert's review, under their number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeerReview {
    pub expert: String,
    pub total: String,
    /// Each criterion's title and score.
    pub scores: Vec<(String, String)>,
    pub comment: String,
}

/// A message of the discussion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeerMessage {
    pub expert: String,
    pub mine: bool,
    pub at: String,
    pub body: String,
}

#[server(prefix = "/api", endpoint = "review/get-discussion")]
pub async fn get_discussion(assignment_id: i64) -> Result<DiscussionView, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(
        discussion::view(&r.ctx, &r.actor, assignment_id, crate::i18n::use_locale()).await,
    )
}

#[server(prefix = "/api", endpoint = "review/post-discussion")]
pub async fn post_discussion(assignment_id: i64, body: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = discussion::post(&r.ctx, &r.actor, assignment_id, &body).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!(
            "/review/{assignment_id}?discussed=1#discussion"
        ));
    }
    crate::server_fn::respond(result)
}

/// Turns a round's discussion on (`on` = `1`) or off.
#[server(prefix = "/api", endpoint = "review/set-discussion")]
pub async fn set_discussion(round: String, #[server(default)] on: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let kind = kind_of(&round)?;
    let result = discussion::set(&r.ctx, &r.actor, kind, on == "1").await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/admin/review/{round}?saved=1"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "review/my-ties")]
pub async fn get_my_ties() -> Result<experts_wire::Ties, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(experts::my_ties(&r.ctx, &r.actor).await)
}

#[server(prefix = "/api", endpoint = "review/save-ties")]
pub async fn save_ties(
    #[server(default)] organisations: String,
    #[server(default)] countries: String,
    #[server(default)] other: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let ties = experts_wire::Ties {
        organisations,
        countries,
        other,
    };
    let result = experts::save_ties(&r.ctx, &r.actor, &ties).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/review/ties?saved=1");
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "review/accept-invitation")]
pub async fn accept_expert_invitation(token: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = experts::accept(&r.ctx, &r.actor, r.ip, &token).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/review/ties?joined=1");
    }
    crate::server_fn::respond(result)
}

/// Accepts an invitation by creating the account, for an address that has none; signs in.
#[server(prefix = "/api", endpoint = "review/join-new-expert")]
pub async fn join_new_expert(
    token: String,
    password: String,
    #[server(flatten)] profile: crate::accounts::rules::ProfileInput,
    #[server(default)] consent: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let newcomer = experts::Newcomer {
        password,
        profile,
        locale: crate::i18n::use_locale(),
        consent: !consent.trim().is_empty(),
    };
    let result = experts::join(&r.ctx, r.ip, &token, newcomer)
        .await
        .map(|signed| {
            crate::accounts::start_session(&r.ctx, &signed);
            crate::server_fn::redirect_plain_post("/review/ties?joined=1");
        });
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "review/invite-expert")]
pub async fn invite_expert(email: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = experts::invite(&r.ctx, &r.actor, r.ip, &email).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/admin/review?invited=1");
    }
    crate::server_fn::respond(result)
}

/// Reads a round kind from a form.
#[cfg(feature = "ssr")]
fn kind_of(code: &str) -> Result<RoundKind, AppError> {
    RoundKind::from_code(code).ok_or(AppError::NotFound)
}

#[server(prefix = "/api", endpoint = "review/add-round-expert")]
pub async fn add_round_expert(
    round: String,
    email: String,
    category: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let kind = kind_of(&round)?;
    let result = assign::add_expert(&r.ctx, &r.actor, kind, &email, &category).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/admin/review/{round}?expert=1"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "review/run-assignment")]
pub async fn run_assignment(round: String) -> Result<AssignmentReport, AppError> {
    let r = crate::server_fn::request()?;
    let kind = kind_of(&round)?;
    let result = assign::run(&r.ctx, &r.actor, kind).await;
    if let Ok(report) = &result {
        crate::server_fn::redirect_plain_post(&format!(
            "/admin/review/{round}?assigned={}",
            report.added
        ));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "review/assign-by-hand")]
pub async fn assign_by_hand(
    round: String,
    submission_id: i64,
    expert_id: i64,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let kind = kind_of(&round)?;
    let result =
        assign::assign_by_hand(&r.ctx, &r.actor, kind, submission_id, expert_id, &reason).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/admin/review/{round}?assigned=1"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "review/remove-assignment")]
pub async fn remove_assignment(
    round: String,
    assignment_id: i64,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    kind_of(&round)?;
    let result = assign::remove_by_hand(&r.ctx, &r.actor, assignment_id, &reason).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!("/admin/review/{round}?removed=1"));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "review/category-ranking")]
pub async fn get_category_ranking(
    round: String,
    category: String,
) -> Result<CategoryRanking, AppError> {
    let r = crate::server_fn::request()?;
    let kind = kind_of(&round)?;
    crate::server_fn::respond(
        standings::category_ranking(&r.ctx, &r.actor, kind, &category, crate::i18n::use_locale())
            .await,
    )
}

#[server(prefix = "/api", endpoint = "review/confirm-nominees")]
pub async fn confirm_nominees(
    category: String,
    #[server(default)] reason: String,
) -> Result<usize, AppError> {
    let r = crate::server_fn::request()?;
    let result = standings::confirm_nominees(&r.ctx, &r.actor, &category, &reason).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!(
            "/admin/review/shortlisting/{category}?confirmed=1"
        ));
    }
    crate::server_fn::respond(result)
}

/// The wire form of an expert's ties (the service's own type, shared by both builds).
pub mod experts_wire {
    use serde::{Deserialize, Serialize};

    /// An expert's declared ties, one per line.
    #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Ties {
        pub organisations: String,
        pub countries: String,
        pub other: String,
    }
}

/// An expert's progress in a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpertProgress {
    pub account_id: i64,
    pub name: String,
    pub email: String,
    pub categories: Vec<String>,
    pub assigned: usize,
    pub done: usize,
}

/// A category's progress in a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryProgress {
    pub code: String,
    pub entries: usize,
    pub reviews_done: usize,
    pub reviews_needed: usize,
    pub nominees_confirmed: bool,
}

/// An entry still short of reviewers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShortEntry {
    pub submission_id: i64,
    pub title: String,
    pub category_code: String,
    pub missing: usize,
}

/// A round as the secretariat runs it: settings, rubric, experts and progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundOverview {
    /// The year of the round's edition.
    pub year: i32,
    /// Of the current edition: its experts, assignment and progress are run here; another
    /// edition's round shows its settings and rubric only.
    pub current: bool,
    pub round: RoundKind,
    /// `not_yet_open`, `open` or `closed`.
    pub window: String,
    pub reviews_per_entry: i32,
    pub normalisation: Normalisation,
    pub country_conflicts: bool,
    /// Whether its experts discuss an entry after sending their review.
    pub discussion: bool,
    pub formula_experts: i32,
    pub formula_votes: i32,
    pub criteria: Vec<CriterionView>,
    pub seed_commitment: String,
    /// When public voting opens, written out (shortlisting only): nominees must be
    /// confirmed by then.
    pub voting_opens: Option<String>,
    pub experts: Vec<ExpertProgress>,
    pub categories: Vec<CategoryProgress>,
    pub short: Vec<ShortEntry>,
}

/// A round of the edition of `edition` (a year; the current edition by default).
#[server(prefix = "/api", endpoint = "review/round")]
pub async fn get_round(
    round: String,
    #[server(default)] edition: Option<i32>,
) -> Result<RoundOverview, AppError> {
    let r = crate::server_fn::request()?;
    let kind = kind_of(&round)?;
    let locale = crate::i18n::use_locale();
    crate::server_fn::respond(assign::overview(&r.ctx, &r.actor, kind, locale, edition).await)
}

/// Saves a round's settings and rubric (of the edition of `edition`, a year; the current
/// edition by default). The rubric comes as parallel lists, one entry per criterion:
/// `code[]`, `title[]`, `weight[]`, `scale[]`.
#[server(prefix = "/api", endpoint = "review/save-round")]
pub async fn save_round(
    round: String,
    #[server(flatten)] form: rules::rubric::RoundForm,
    #[server(default)] reason: String,
    #[server(default)] edition: Option<i32>,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let kind = kind_of(&round)?;
    let result = rounds::save(&r.ctx, &r.actor, kind, &form, &reason, edition).await;
    if result.is_ok() {
        let year = edition.map(|y| format!("edition={y}&")).unwrap_or_default();
        crate::server_fn::redirect_plain_post(&format!("/admin/review/{round}?{year}saved=1"));
    }
    crate::server_fn::respond(result)
}

/// A champion in the final ranking: how its score was made, and what was decided.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FinalRow {
    pub title: String,
    pub organisation: String,
    pub breakdown: Breakdown,
    /// The reason, if it was made a winner.
    pub winner: Option<String>,
    /// The reason, if it was given a special recognition.
    pub special: Option<String>,
}

/// A category's champions ranked by the selection formula.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FinalRanking {
    pub category_code: String,
    pub formula_experts: u8,
    pub formula_votes: u8,
    pub winners_allowed: usize,
    pub can_decide: bool,
    pub rows: Vec<FinalRow>,
}

#[server(prefix = "/api", endpoint = "review/final-ranking")]
pub async fn get_final_ranking(category: String) -> Result<FinalRanking, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(winners::final_ranking(&r.ctx, &r.actor, &category).await)
}

/// Records a winner or a special recognition (`kind`: `winner`, `special_recognition`).
#[server(prefix = "/api", endpoint = "review/decide-award")]
pub async fn decide_award(
    category: String,
    submission_id: i64,
    kind: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = winners::decide(&r.ctx, &r.actor, &category, submission_id, &kind, &reason).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!(
            "/admin/review/selection/{category}?decided=1"
        ));
    }
    crate::server_fn::respond(result)
}

/// A round's draw as the public sees it: the seed's SHA-256 from the start, the seed itself
/// once the round has closed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrawRound {
    pub round: RoundKind,
    pub commitment: String,
    pub seed: Option<String>,
}

/// The published draws of the current edition's rounds.
#[server(prefix = "/api", endpoint = "review/draws")]
pub async fn get_draws() -> Result<Vec<DrawRound>, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(standings::draws(&r.ctx).await)
}
