//! The demonstration editions: plausible submissions from many countries in every category,
//! in every screening state, reviewed by a panel, with nominees; and the year before, a past
//! edition whose whole life has run (its vote, its anomalies reviewed, its results, winners
//! and success stories). A newcomer sees a living site, and benchmarks have data.
//!
//! The demo acts as the contest's people would, through the same services a request goes
//! through: owners start, write and send their submissions, the secretariat screens them,
//! experts score, the secretariat confirms nominees; voters vote, the secretariat reviews
//! the anomalies, fixes the results and confirms the winners; owners write their stories.
//! It runs on a stage of its own ([`Stage`]): the platform's context with a clock standing at
//! each step's time, no rate limit on the demo's own calls, and no mail written for them.
//! What it writes beside the
//! services is only what no service writes: its people's accounts (they have no password,
//! see [`people`]), the fixed draw seeds of its rounds, and the edition's marks ("holds
//! demonstration data", "screens from submission on").
//!
//! Deterministic: generated from `app/data/demo/corpus.json` with fixed seeds, categories in
//! their fixed order, and every step timed as an offset from the edition's opening of
//! submission, so that the same load gives the same database whatever the day it runs (only
//! the audit entry of the load says when it ran). Demo accounts use the reserved `.invalid`
//! domain: never written to over SMTP, though a message a person's act sends them later
//! (a password reset) is captured for the secretariat when mail is; loading twice adds
//! nothing.

mod corpus;
mod entries;
mod people;
mod review;
mod stories;
mod vote;

use std::sync::Arc;

use rand::{SeedableRng, rngs::StdRng};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};

pub use people::{DEMO_DOMAIN, PANEL_DOMAIN};
pub use stories::write_stories;
pub use vote::PastVote;

use self::{corpus::Corpus, people::Person};
use crate::{
    audit, catalogue,
    clock::Clock,
    codes::PhaseKind,
    entity::{account, category, edition},
    error::DomainError,
    limits::{Quotas, RateLimits},
    review::rounds::RoundSeeds,
    state::AppContext,
};

const DAY: i64 = 86_400;

/// The demo's own context: the platform's, with a clock that stands at each step's time, no
/// rate limit on the demo's own calls and no mail written for them.
pub struct Stage {
    ctx: AppContext,
}

impl Stage {
    fn new(ctx: &AppContext, at: i64) -> Self {
        Self {
            ctx: AppContext {
                clock: Clock::stopped(at),
                limits: Arc::new(RateLimits::new(Quotas::lifted())),
                // The demo's people do not exist: its own acts write them no mail.
                config: Arc::new(crate::state::DomainConfig {
                    delivery: crate::mail::Delivery::Silenced,
                    ..(*ctx.config).clone()
                }),
                ..ctx.clone()
            },
        }
    }

    /// The context, its clock stopped at `at`.
    fn at(&self, at: i64) -> &AppContext {
        self.ctx.clock.stop_at(at);
        &self.ctx
    }

    fn ctx(&self) -> &AppContext {
        &self.ctx
    }
}

/// What a load did.
#[derive(Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct DemoReport {
    pub accounts: u64,
    pub submissions: u64,
    pub pictures: u64,
    pub experts: u64,
    pub assignments: u64,
    pub reviews: u64,
    pub nominees: u64,
    pub already_loaded: bool,
}

/// What the load of the past edition made.
#[derive(Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct PastReport {
    pub year: i32,
    pub submissions: u64,
    pub nominees: u64,
    pub vote: PastVote,
}

/// Loads about `count` demo submissions into the current edition (idempotent), with its
/// shortlisting round and nominees.
///
/// # Errors
/// No current edition, a broken corpus, database failures, or a service refusing a step.
#[tracing::instrument(skip(ctx))]
pub async fn load(ctx: &AppContext, count: usize) -> Result<DemoReport, DomainError> {
    let now = ctx.clock.now();
    let marker = format!("demo-0001@{DEMO_DOMAIN}");
    if account::Entity::find()
        .filter(account::Column::Email.eq(&marker))
        .count(&ctx.db)
        .await?
        > 0
    {
        return Ok(DemoReport {
            already_loaded: true,
            ..DemoReport::default()
        });
    }
    let corpus = Corpus::load()?;
    let current = catalogue::load::current_stored(&ctx.db, now)
        .await?
        .ok_or(DomainError::NotFound)?;
    let (base, closes) = window(&current, PhaseKind::Submission)?;
    let mut rng = StdRng::seed_from_u64(2027);
    let stage = Stage::new(ctx, base);
    let owners = people::owners(&ctx.db, &corpus, (count * 3 / 5).max(1), base, &mut rng).await?;
    let secretariat = people::secretariat(&ctx.db, base - 400 * DAY).await?;
    let span = (closes - base).clamp(DAY, 60 * DAY);
    let filled = fill(
        &stage,
        &corpus,
        &current.edition,
        (&owners, &secretariat),
        (base, span),
        count,
        &mut rng,
    )
    .await?;
    let report = DemoReport {
        accounts: owners.len() as u64,
        ..filled
    };
    record(
        ctx,
        audit::Action::DemoLoad,
        current.edition.year,
        &report,
        now,
    )
    .await?;
    Ok(report)
}

/// Marks `e` as the demo's, and fills it: its submissions through the owners' and the
/// screener's services, then its shortlisting round through the review's.
async fn fill(
    stage: &Stage,
    corpus: &Corpus,
    e: &edition::Model,
    people: (&[Person], &Person),
    (base, span): (i64, i64),
    count: usize,
    rng: &mut StdRng,
) -> Result<DemoReport, DomainError> {
    // The demo's secretariat screens the entries as they arrive, from submission on.
    let txn = crate::db::begin_write(&stage.ctx().db).await?;
    edition::ActiveModel {
        id: sea_orm::Unchanged(e.id),
        holds_demo_data: Set(true),
        screening_during_submission: Set(true),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    catalogue::commit(stage.ctx(), txn).await?;
    let categories = category::Entity::find()
        .filter(category::Column::EditionId.eq(e.id))
        .order_by_asc(category::Column::Number)
        .order_by_asc(category::Column::Code)
        .all(&stage.ctx().db)
        .await?;
    if categories.is_empty() {
        return Err(DomainError::NotFound);
    }
    let entries =
        entries::fill_edition(stage, corpus, &categories, people, (base, span), count, rng).await?;
    let round = review::shortlist(stage, corpus, e.id, people.1, base, rng).await?;
    Ok(DemoReport {
        accounts: 0,
        submissions: entries.submissions,
        pictures: entries.pictures,
        experts: round.experts,
        assignments: round.assignments,
        reviews: round.reviews,
        nominees: round.nominees,
        already_loaded: false,
    })
}

/// Loads the demo's past edition: the year before the current (demo) edition, with the same
/// calendar a year earlier, about `count` submissions, its nominees, and a vote of about
/// `voters` voters closed, reviewed and fixed, its winners confirmed (see [`vote`]). Nothing
/// is added when that year already exists.
///
/// # Errors
/// Conflict when the current edition holds no demo data (`demo-not-loaded`: load it
/// first) or the past year would overlap it; database failures.
#[tracing::instrument(skip(ctx))]
pub async fn load_past(
    ctx: &AppContext,
    count: usize,
    voters: usize,
) -> Result<Option<PastReport>, DomainError> {
    let now = ctx.clock.now();
    // Read as stored: the demo was loaded by the command line a moment ago, beside any
    // instance's memory.
    let current = catalogue::load::current_stored(&ctx.db, now)
        .await?
        .ok_or(DomainError::NotFound)?;
    if !current.edition.holds_demo_data {
        return Err(DomainError::Conflict("demo-not-loaded"));
    }
    if edition::Entity::find()
        .filter(edition::Column::Year.eq(current.edition.year - 1))
        .one(&ctx.db)
        .await?
        .is_some()
    {
        return Ok(None);
    }
    load_before(ctx, &current, count, voters).await.map(Some)
}

/// Loads one more past edition, the year before the earliest there is, as
/// [`load_past`] does: what a benchmark of many editions stands on.
///
/// # Errors
/// As [`load_past`].
#[tracing::instrument(skip(ctx))]
pub async fn load_earlier(
    ctx: &AppContext,
    count: usize,
    voters: usize,
) -> Result<PastReport, DomainError> {
    let earliest = catalogue::load::all_editions(&ctx.db)
        .await?
        .pop()
        .ok_or(DomainError::Conflict("demo-not-loaded"))?;
    if !earliest.edition.holds_demo_data {
        return Err(DomainError::Conflict("demo-not-loaded"));
    }
    load_before(ctx, &earliest, count, voters).await
}

/// Loads the edition the year before `next`, with `next`'s calendar a year earlier.
async fn load_before(
    ctx: &AppContext,
    next: &catalogue::Loaded,
    count: usize,
    voters: usize,
) -> Result<PastReport, DomainError> {
    let now = ctx.clock.now();
    let year = next.edition.year - 1;
    let calendar = year_before(next)?;
    let past = |kind| {
        calendar
            .iter()
            .find(|(k, ..)| *k == kind)
            .map(|(_, o, c)| (*o, *c))
            .ok_or(DomainError::NotFound)
    };
    let (base, closes) = past(PhaseKind::Submission)?;
    let corpus = Corpus::load()?;
    let owners = past_owners(ctx).await?;
    let secretariat = people::secretariat(&ctx.db, base - 400 * DAY).await?;
    let mut rng = StdRng::seed_from_u64(u64::try_from(year).unwrap_or(2026));
    let txn = crate::db::begin_write(&ctx.db).await?;
    let e =
        crate::editions::seed::create(&txn, year, &calendar, &RoundSeeds::fresh(), base).await?;
    catalogue::commit(ctx, txn).await?;
    let stage = Stage::new(ctx, base);
    let span = (closes - base).clamp(DAY, 60 * DAY);
    let filled = fill(
        &stage,
        &corpus,
        &e,
        (&owners, &secretariat),
        (base, span),
        count,
        &mut rng,
    )
    .await?;
    let (voting_opens, _) = past(PhaseKind::Voting)?;
    let loaded = catalogue::load::current_stored(&ctx.db, voting_opens + 60)
        .await?
        .filter(|l| l.edition.id == e.id)
        .ok_or(DomainError::Conflict("demo-past-overlaps"))?;
    let vote = vote::run(&stage, &corpus, &loaded, (voters, &secretariat), &mut rng).await?;
    let report = PastReport {
        year,
        submissions: filled.submissions,
        nominees: filled.nominees,
        vote,
    };
    record(ctx, audit::Action::DemoLoadPast, year, &report, now).await?;
    Ok(report)
}

/// `next`'s calendar a year earlier, over before `next` begins.
fn year_before(next: &catalogue::Loaded) -> Result<Vec<(PhaseKind, i64, i64)>, DomainError> {
    let begins = next
        .calendar
        .iter()
        .map(|w| w.opens_at)
        .min()
        .ok_or(DomainError::NotFound)?;
    Ok(PhaseKind::ALL
        .iter()
        .filter_map(|kind| {
            next.calendar.iter().find(|w| w.kind == *kind).map(|w| {
                (
                    *kind,
                    w.opens_at - 365 * DAY,
                    (w.closes_at - 365 * DAY).min(begins),
                )
            })
        })
        .collect())
}

/// The demo's owners, who enter the past edition too.
async fn past_owners(ctx: &AppContext) -> Result<Vec<Person>, DomainError> {
    let owners: Vec<Person> = account::Entity::find()
        .filter(account::Column::Email.like(format!("demo-%@{DEMO_DOMAIN}")))
        .order_by_asc(account::Column::Id)
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|account| Person {
            account,
            roles: Vec::new(),
        })
        .collect();
    if owners.is_empty() {
        return Err(DomainError::Conflict("demo-not-loaded"));
    }
    Ok(owners)
}

/// The start and end of `kind`'s phase in `loaded`.
fn window(loaded: &catalogue::Loaded, kind: PhaseKind) -> Result<(i64, i64), DomainError> {
    loaded
        .calendar
        .iter()
        .find(|w| w.kind == kind)
        .map(|w| (w.opens_at, w.closes_at))
        .ok_or(DomainError::NotFound)
}

/// The audit entry of a load: what it made, and when it ran.
async fn record(
    ctx: &AppContext,
    action: audit::Action,
    year: i32,
    report: &impl serde::Serialize,
    now: i64,
) -> Result<(), DomainError> {
    let txn = crate::db::begin_write(&ctx.db).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: None,
            action,
            target_type: audit::TargetType::Edition,
            target_id: year.to_string(),
            reason: Some(audit::Reason::by_platform(
                "demonstration data loaded from the command line",
            )),
            details: serde_json::to_value(report).map_err(DomainError::internal)?,
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
