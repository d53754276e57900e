//! The public vote of the demo's past edition, as its people lived it, through the vote's
//! services: ordinary voters (one in seven leaves the ballot incomplete, some come back a
//! few days later), and the three kinds of group anomaly review looks for: an office network
//! voting all at once, accounts made together three days before the vote, and a campaign of
//! identical ballots. Each vote is cast at its time from its network and browser. The day
//! after the vote closes, the sweep flags the groups and the secretariat releases the first
//! two and invalidates the campaign, with reasons; it fixes the results (champions and
//! ledger), and in the selection phase confirms one winner per category.

use std::{collections::BTreeMap, net::IpAddr};

use rand::{Rng, rngs::StdRng, seq::IndexedRandom};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{
    DAY, Stage,
    corpus::Corpus,
    people::{self, Person},
};
use crate::{
    catalogue::Loaded,
    codes::{FlagKind, PhaseKind, RoundKind},
    entity::{category, nominee, nominee_list, vote_flag},
    error::DomainError,
    review::{rounds, winners},
    voting::{
        anomalies, results,
        service::{self, Client},
    },
};

/// What the past vote made.
#[derive(Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct PastVote {
    pub voters: u64,
    pub votes: u64,
    pub flags: u64,
    pub valid: u64,
    pub champions: usize,
    pub winners: u64,
    /// The ledger's last hash.
    pub head: String,
}

/// A voter of the demo: when their account was made, where they vote from, and their
/// choices (category code, nominee, when).
struct Voter {
    created_at: i64,
    /// An address of the voter's `/24` network (or the office's).
    ip: IpAddr,
    fingerprint: String,
    votes: Vec<(String, i64, i64)>,
}

/// The browsers voters come with (what a fingerprint is made of).
const BROWSERS: [&str; 6] = [
    "Mozilla/5.0 (Linux; Android 14) Chrome/131 Mobile|fr-FR|gzip, br",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1) Safari/605|en-GB|gzip, br",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133|es-ES|gzip, br, zstd",
    "Mozilla/5.0 (X11; Linux x86_64) Chrome/131|ar|gzip, br",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605|zh-CN|gzip, br",
    "Opera/9.80 (J2ME/MIDP; Opera Mini/8.0) Presto/2.12|ru|gzip",
];

/// A ballot: each category (by code) with its nominees and how popular each will be.
type Ballot = Vec<(String, Vec<(i64, f64)>)>;

/// Draws a nominee of a category, the popular ones more often.
fn choose(rng: &mut StdRng, nominees: &[(i64, f64)]) -> i64 {
    let total: f64 = nominees.iter().map(|(_, w)| w).sum();
    let mut at = rng.random_range(0.0..total.max(f64::MIN_POSITIVE));
    for (id, w) in nominees {
        if at < *w {
            return *id;
        }
        at -= w;
    }
    nominees.last().map_or(0, |(id, _)| *id)
}

/// Runs the past vote of `edition` (its nominees confirmed) with about `voters` voters.
///
/// # Errors
/// Not found without a voting phase or nominees; conflict when the edition would not be
/// the current one at the time of its vote (another edition overlaps it); database failures.
pub async fn run(
    stage: &Stage,
    corpus: &Corpus,
    edition: &Loaded,
    (voters, secretariat): (usize, &Person),
    rng: &mut StdRng,
) -> Result<PastVote, DomainError> {
    let window = |kind| {
        edition
            .calendar
            .iter()
            .find(|w| w.kind == kind)
            .map(|w| (w.opens_at, w.closes_at))
            .ok_or(DomainError::NotFound)
    };
    let (opens, closes) = window(PhaseKind::Voting)?;
    let (selection, _) = window(PhaseKind::Selection)?;
    let ballot = ballot_of(stage, edition.edition.id, rng).await?;
    if ballot.is_empty() {
        return Err(DomainError::NotFound);
    }
    let crowd = crowd(stage, &ballot, (opens, closes), voters, rng);
    let mut report = PastVote::default();
    let year = edition.edition.year;
    for (n, v) in crowd.iter().enumerate() {
        let voter = people::voter(&stage.ctx().db, corpus, year, n + 1, v.created_at, rng).await?;
        let client = Client {
            ip: v.ip,
            fingerprint: v.fingerprint.clone(),
        };
        for (category, nominee, at) in &v.votes {
            let ctx = stage.at(*at);
            service::cast(
                ctx,
                Some(voter.claimant()),
                &client,
                category,
                &nominee.to_string(),
            )
            .await?;
            report.votes += 1;
        }
        report.voters += 1;
    }
    close(
        stage,
        edition,
        secretariat,
        (closes, selection),
        &mut report,
    )
    .await?;
    Ok(report)
}

/// The ordinary voters, then the three groups.
fn crowd(
    stage: &Stage,
    ballot: &Ballot,
    (opens, closes): (i64, i64),
    voters: usize,
    rng: &mut StdRng,
) -> Vec<Voter> {
    let t = stage.ctx().config.anomalies;
    let slice = t.window_secs.max(60);
    let aligned = |at: i64| at - at.rem_euclid(slice);
    let somewhere = |rng: &mut StdRng| {
        IpAddr::from([
            rng.random_range(1..224),
            rng.random_range(0..=255),
            rng.random_range(0..=255),
            rng.random_range(1..255),
        ])
    };
    let browser = |rng: &mut StdRng| (*BROWSERS.choose(rng).unwrap_or(&"")).to_owned();
    let burst = t.burst_votes.div_ceil(ballot.len().max(1)) + 2;
    let bulk = t.bulk_accounts + 5;
    let uniform = t.uniform_ballots + 5;
    let ordinary = voters.saturating_sub(burst + bulk + uniform).max(1);
    let mut crowd: Vec<Voter> = Vec::new();
    for _ in 0..ordinary {
        let first_visit = opens + rng.random_range(0..(closes - opens - DAY).max(1));
        let second_visit = if rng.random_bool(0.3) {
            (first_visit + rng.random_range(DAY..5 * DAY)).min(closes - 3600)
        } else {
            first_visit
        };
        // One in seven leaves the ballot incomplete.
        let cast = if rng.random_bool(1.0 / 7.0) {
            rng.random_range(1..ballot.len().max(2))
        } else {
            ballot.len()
        };
        let votes = ballot
            .iter()
            .take(cast)
            .enumerate()
            .map(|(k, (category, nominees))| {
                let visit = if k < cast / 2 {
                    first_visit
                } else {
                    second_visit
                };
                let at = visit + i64::try_from(k).unwrap_or(0) * rng.random_range(20..90);
                (category.clone(), choose(rng, nominees), at.min(closes - 1))
            })
            .collect();
        crowd.push(Voter {
            created_at: opens - rng.random_range(30 * DAY..900 * DAY),
            ip: somewhere(rng),
            fingerprint: browser(rng),
            votes,
        });
    }
    // An office network: its staff vote in every category within minutes.
    let office = aligned(opens + 9 * DAY + 10 * 3600);
    for i in 0..burst {
        let at = office + i64::try_from(i).unwrap_or(0) * 17;
        let votes = ballot
            .iter()
            .enumerate()
            .map(|(k, (category, nominees))| {
                let t = at + i64::try_from(k).unwrap_or(0) * 2;
                (
                    category.clone(),
                    choose(rng, nominees),
                    t.min(office + slice - 1),
                )
            })
            .collect();
        crowd.push(Voter {
            created_at: opens - rng.random_range(60 * DAY..700 * DAY),
            ip: IpAddr::from([196, 200, 64, u8::try_from(i % 250).unwrap_or(0) + 2]),
            fingerprint: BROWSERS[2].to_owned(),
            votes,
        });
    }
    // Accounts made together three days before the vote (a class, it turns out).
    let class = aligned(opens - 3 * DAY);
    for i in 0..bulk {
        let visit = opens + rng.random_range(DAY..(closes - opens - DAY).max(DAY + 1));
        let votes = ballot
            .iter()
            .enumerate()
            .map(|(k, (category, nominees))| {
                let at = visit + i64::try_from(k).unwrap_or(0) * 45;
                (category.clone(), choose(rng, nominees), at.min(closes - 1))
            })
            .collect();
        crowd.push(Voter {
            created_at: class + i64::try_from(i).unwrap_or(0) * 7,
            ip: somewhere(rng),
            fingerprint: BROWSERS[0].to_owned(),
            votes,
        });
    }
    // A campaign: the same ballot, the least favoured nominee everywhere, over weeks.
    let campaign: Vec<(String, i64)> = ballot
        .iter()
        .map(|(category, nominees)| {
            let least = nominees
                .iter()
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map_or(0, |(id, _)| *id);
            (category.clone(), least)
        })
        .collect();
    for _ in 0..uniform {
        let visit = opens + rng.random_range(0..(closes - opens - DAY).max(1));
        let votes = campaign
            .iter()
            .enumerate()
            .map(|(k, (category, nominee))| {
                (
                    category.clone(),
                    *nominee,
                    visit + i64::try_from(k).unwrap_or(0) * 30,
                )
            })
            .collect();
        crowd.push(Voter {
            created_at: opens - rng.random_range(100 * DAY..800 * DAY),
            ip: somewhere(rng),
            fingerprint: browser(rng),
            votes,
        });
    }
    crowd
}

/// The day after the vote closed, as the secretariat lived it: the sweep, the groups
/// decided, the results fixed; then, in the selection phase, the winners.
async fn close(
    stage: &Stage,
    edition: &Loaded,
    secretariat: &Person,
    (closes, selection): (i64, i64),
    report: &mut PastVote,
) -> Result<(), DomainError> {
    let admin = secretariat.actor();
    let ctx = stage.at(closes + DAY);
    match crate::catalogue::current(ctx).await? {
        Some(l) if l.edition.id == edition.edition.id => {}
        _ => return Err(DomainError::Conflict("demo-past-overlaps")),
    }
    anomalies::sweep(ctx, closes + DAY).await?;
    let flags = vote_flag::Entity::find()
        .filter(vote_flag::Column::EditionId.eq(edition.edition.id))
        .order_by_asc(vote_flag::Column::Id)
        .all(&ctx.db)
        .await?;
    for f in &flags {
        let (decision, reason) = match f.kind {
            FlagKind::Burst => (
                anomalies::Decision::Release,
                "One ministry's office network: its staff voted together after a briefing, each from their own account; the ministry confirmed it.",
            ),
            FlagKind::BulkAccounts => (
                anomalies::Decision::Release,
                "A university's students registered during a class on the WSIS action lines; their ballots differ and the teacher confirmed it.",
            ),
            FlagKind::UniformBallots | FlagKind::DisposableDomain => (
                anomalies::Decision::Invalidate,
                "The same ballot, choice for choice, from accounts that voted nothing else: a scripted campaign.",
            ),
        };
        anomalies::decide(ctx, &admin, f.id, decision, reason).await?;
        report.flags += 1;
    }
    let fixed = results::finalize(ctx, &admin).await?;
    report.valid = fixed.valid;
    report.champions = fixed.champions;
    report.head = fixed.head;
    // The winners, confirmed in the selection phase.
    let ctx = stage.at(selection + 5 * DAY);
    let codes: Vec<String> = category::Entity::find()
        .filter(category::Column::EditionId.eq(edition.edition.id))
        .order_by_asc(category::Column::Number)
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|c| c.code)
        .collect();
    for code in codes {
        let ranking = winners::final_ranking(ctx, &admin, &code).await?;
        let Some(first) = ranking.rows.first() else {
            continue;
        };
        winners::decide(
            ctx,
            &admin,
            &code,
            first.breakdown.submission_id,
            "winner",
            "First of the category's champions by the published formula; the expert group agreed.",
        )
        .await?;
        report.winners += 1;
    }
    Ok(())
}

/// Each category's confirmed nominees (by code, in the categories' order), with how popular
/// each will be with voters.
async fn ballot_of(
    stage: &Stage,
    edition_id: i64,
    rng: &mut StdRng,
) -> Result<Ballot, DomainError> {
    let db = &stage.ctx().db;
    let Some(round) = rounds::find(db, edition_id, RoundKind::Shortlisting).await? else {
        return Ok(Vec::new());
    };
    let codes: BTreeMap<i64, (i32, String)> = category::Entity::find()
        .filter(category::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, (c.number, c.code)))
        .collect();
    let lists = nominee_list::Entity::find()
        .filter(nominee_list::Column::RoundId.eq(round.id))
        .all(db)
        .await?;
    let mut by_category: BTreeMap<(i32, String), Vec<(i64, f64)>> = BTreeMap::new();
    for list in lists {
        let Some(code) = codes.get(&list.category_id) else {
            continue;
        };
        let chosen = nominee::Entity::find()
            .filter(nominee::Column::ListId.eq(list.id))
            .order_by_asc(nominee::Column::Position)
            .all(db)
            .await?;
        by_category.insert(
            code.clone(),
            chosen
                .into_iter()
                // A few favourites, a long tail.
                .map(|n| (n.submission_id, rng.random_range(0.0_f64..3.5).exp()))
                .collect(),
        );
    }
    Ok(by_category
        .into_iter()
        .filter(|(_, n)| !n.is_empty())
        .map(|((_, code), n)| (code, n))
        .collect())
}
