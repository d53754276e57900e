//! The public vote: when the voting phase opens, each category's confirmed nominees are on
//! the ballot; a voter with a confirmed e-mail address casts one vote per category, for good,
//! over as many visits as they like, and gets a private receipt for each. The ballot is a
//! plain page of plain forms: it works without JavaScript.
//!
//! Every vote is committed before it is acknowledged, and the database holds one live vote
//! per voter and category, whatever the races, retries or instances. The one exception to
//! "for good": a nominee withdrawn while the vote runs makes its votes void, and their
//! voters may vote once more in its category ([`void`]). The vote path writes one
//! row and nothing else: no audit chain or other shared record serialises voters.

#[cfg(feature = "ssr")]
pub mod anomalies;
#[cfg(feature = "ssr")]
pub mod ledger;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod published;
#[cfg(feature = "ssr")]
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod results;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod told;
#[cfg(feature = "ssr")]
pub mod void;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Where the vote stands, as the ballot says it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VotingWindow {
    /// Not open yet; when it opens, if the calendar says.
    NotYet {
        opens: Option<String>,
    },
    Open {
        closes: String,
    },
    Closed,
}

/// A nominee as the voter sees it on the ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotNominee {
    pub submission_id: i64,
    pub title: String,
    pub short_description: String,
    pub organisation: String,
    /// The country's name in the voter's language.
    pub country: String,
    /// Address of the picture's thumbnail, when it has one.
    pub picture: Option<String>,
}

/// The voter's vote in a category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyVote {
    pub submission_id: i64,
    /// The nominee's title (empty if it has left the contest since).
    pub title: String,
    /// The private receipt, grouped for copying.
    pub receipt: String,
}

/// One category of the ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotCategory {
    pub code: String,
    pub title: String,
    /// In alphabetical order of title: the order says nothing about votes or scores.
    pub nominees: Vec<BallotNominee>,
    pub vote: Option<MyVote>,
    /// The voter's vote made void by its nominee's withdrawal, while they have not voted
    /// again in the category (they may, once).
    pub voided: Option<MyVote>,
}

/// The signed-in voter's ballot in the current edition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    pub edition_title: String,
    pub window: VotingWindow,
    /// Only a confirmed e-mail address votes.
    pub email_confirmed: bool,
    /// Only complete ballots count (the edition's rule).
    pub complete_ballots_only: bool,
    pub progress: rules::Progress,
    /// The categories with nominees, in order (none before the vote opens).
    pub categories: Vec<BallotCategory>,
}

#[server(prefix = "/api", endpoint = "voting/ballot")]
pub async fn get_ballot() -> Result<Ballot, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(service::ballot(&r.ctx, &r.actor, crate::i18n::use_locale()).await)
}

/// Where a vote is cast. The request middleware leaves the session read out for it (the vote's
/// insert checks the token itself) unless the request is a form posted without JavaScript,
/// whose answer is a page.
pub const CAST_PATH: &str = "/api/voting/cast";

/// Casts the signed-in voter's vote in `category` for the nominee `nominee` (a submission
/// id); answers its receipt.
#[server(prefix = "/api", endpoint = "voting/cast")]
pub async fn cast_vote(
    category: String,
    #[server(default)] nominee: String,
) -> Result<String, AppError> {
    let r = crate::server_fn::request()?;
    let headers = use_context::<http::request::Parts>()
        .map(|p| p.headers)
        .unwrap_or_default();
    let client = service::Client::new(r.ip, &headers);
    let result = service::cast(&r.ctx, r.claimant, &client, &category, &nominee).await;
    if result.is_ok() {
        let code = urlencoding::encode(category.trim()).into_owned();
        crate::server_fn::redirect_plain_post(&format!("/vote?voted={code}#{code}"));
    }
    crate::server_fn::respond(result)
}

/// One category's figures for the secretariat while the vote runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryFigures {
    pub code: String,
    pub title: String,
    pub votes: u64,
}

/// The vote as the secretariat follows it: live figures (no one else sees any count until
/// publication), what waits for review, and the results once final.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteOverview {
    pub window: VotingWindow,
    pub votes: u64,
    pub voters: u64,
    pub complete_ballots: u64,
    pub held: u64,
    pub invalid: u64,
    /// Votes made void by their nominee's withdrawal.
    pub void: u64,
    pub categories: Vec<CategoryFigures>,
    /// Votes per hour over the last two days (the hour as written in the edition's zone).
    pub per_hour: Vec<(String, u64)>,
    /// Votes per ITU region of the voter's organisation (region label keys).
    pub per_region: Vec<(String, u64)>,
    pub results: Option<FinalResults>,
}

/// What "results final" fixed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finalized {
    pub head: String,
    pub votes: u64,
    pub valid: u64,
    pub champions: usize,
}

/// The results fixed at "results final".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinalResults {
    pub finalized_at: String,
    pub head: String,
    pub votes: u64,
    pub valid: u64,
}

#[server(prefix = "/api", endpoint = "voting/overview")]
pub async fn get_vote_overview() -> Result<VoteOverview, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(service::overview(&r.ctx, &r.actor, crate::i18n::use_locale()).await)
}

/// "Results final": fixes the valid votes, the champions and the ledger.
#[server(prefix = "/api", endpoint = "voting/results-final")]
pub async fn results_final() -> Result<Finalized, AppError> {
    let r = crate::server_fn::request()?;
    let result = results::finalize(&r.ctx, &r.actor).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/admin/vote?final=1");
    }
    crate::server_fn::respond(result)
}

/// What the check of a receipt found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReceiptCheck {
    /// The results are not published yet: receipts can be checked from then on.
    NotYet,
    /// No vote has this receipt.
    Unknown,
    /// The vote is in the ledger, in this category, counted or not.
    Found {
        category: String,
        nominee: String,
        receipt_hash: String,
        counted: bool,
    },
    /// The vote is in the ledger and is not valid: its nominee withdrew from the contest.
    Withdrawn {
        category: String,
        nominee: String,
        receipt_hash: String,
    },
}

/// Checks that a receipt's vote is in the published ledger. Anyone may ask (a receipt is
/// the proof); rate limited per network.
#[server(prefix = "/api", endpoint = "voting/check-receipt")]
pub async fn check_receipt(receipt: String) -> Result<ReceiptCheck, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(results::check_receipt(&r.ctx, r.ip, &receipt).await)
}

/// A nominee in the published results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultNominee {
    pub submission_id: i64,
    pub title: String,
    pub organisation: String,
    /// The country's name in the reader's language.
    pub country: String,
    /// Valid votes.
    pub votes: u64,
    pub champion: bool,
    /// Confirmed a winner by the selection round.
    pub winner: bool,
}

/// A category's published results: its nominees by valid votes, ties in the order of the
/// published tie rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultCategory {
    pub code: String,
    pub title: String,
    pub valid: u64,
    pub nominees: Vec<ResultNominee>,
}

/// An edition's vote, as published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedResults {
    pub year: i32,
    pub edition_title: String,
    /// Seen by the secretariat before publication: nobody else sees it yet.
    pub preview: bool,
    pub finalized_at: String,
    pub votes: u64,
    pub valid: u64,
    /// The ledger's last hash, fixed at "results final".
    pub head: String,
    pub categories: Vec<ResultCategory>,
}

/// The results of an edition's vote, or why they cannot be seen yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteResults {
    /// Not published (or not final) yet; when publication opens, if the calendar says.
    NotYet {
        edition_title: String,
        opens: Option<String>,
    },
    Published(PublishedResults),
}

/// The results of the vote of `edition` (a year; the current edition when empty). Nobody but
/// the secretariat sees any count before the edition's publication phase opens.
#[server(prefix = "/api", endpoint = "voting/results")]
pub async fn get_results(#[server(default)] edition: String) -> Result<VoteResults, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(
        published::results(&r.ctx, &r.actor, crate::i18n::use_locale(), &edition).await,
    )
}

/// A flagged group of votes, for the secretariat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagRow {
    pub id: i64,
    pub kind: rules::FlagKind,
    /// The start of what the group shares.
    pub key: String,
    pub votes: u64,
    pub first_seen: String,
    /// `released` or `invalidated`; none while held.
    pub decision: Option<String>,
    pub reason: Option<String>,
}

/// The anomaly review page's data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flags {
    /// Groups waiting for review first, then the decided ones.
    pub rows: Vec<FlagRow>,
    /// Disposable domains the secretariat added to the shipped list.
    pub added_domains: Vec<String>,
}

#[server(prefix = "/api", endpoint = "voting/flags")]
pub async fn get_flags() -> Result<Flags, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(anomalies::flags(&r.ctx, &r.actor, crate::i18n::use_locale()).await)
}

/// Looks for anomalies now (the background job does it every minute).
#[server(prefix = "/api", endpoint = "voting/sweep")]
pub async fn sweep_now() -> Result<u64, AppError> {
    let r = crate::server_fn::request()?;
    let result = match r.actor.require(crate::auth::Role::Secretariat) {
        Ok(_) => anomalies::sweep(&r.ctx, r.ctx.clock.now()).await,
        Err(e) => Err(e),
    };
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/admin/vote");
    }
    crate::server_fn::respond(result)
}

/// Releases (`release`), invalidates (`invalidate`) or holds again (`hold`) a flagged group.
#[server(prefix = "/api", endpoint = "voting/decide-flag")]
pub async fn decide_flag(
    flag_id: i64,
    #[server(default)] decision: String,
    #[server(default)] reason: String,
) -> Result<u64, AppError> {
    let r = crate::server_fn::request()?;
    let result = match anomalies::Decision::parse(&decision) {
        Ok(d) => anomalies::decide(&r.ctx, &r.actor, flag_id, d, &reason).await,
        Err(e) => Err(e),
    };
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/admin/vote?decided=1");
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "voting/add-disposable-domain")]
pub async fn add_disposable_domain(#[server(default)] domain: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = anomalies::add_disposable_domain(&r.ctx, &r.actor, &domain).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/admin/vote");
    }
    crate::server_fn::respond(result)
}
