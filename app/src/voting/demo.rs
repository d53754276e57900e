//! The demo's past vote: voters cast their ballots over the voting phase of the demo's past
//! edition (most complete, some over two visits, some incomplete), and three groups of them
//! look suspicious in the ways the platform watches for: an office network voting all at
//! once, accounts made together shortly before the vote, and a campaign of identical
//! ballots. Then the vote is closed the way the secretariat closes one, through the same
//! services and at the time it would have happened: the anomaly sweep flags the groups, the
//! secretariat reviews each with a reason, fixes the results (champions and ledger), and
//! confirms each category's winner.
//!
//! Deterministic like the rest of the demo: the caller's seeded generator, and times as
//! offsets from the vote's opening.

use std::collections::BTreeMap;

use rand::{Rng, rngs::StdRng, seq::IndexedRandom};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::{anomalies, results, rules::FlagKind};
use crate::{
    auth::{Actor, Role, actor::Session, password::NO_PASSWORD},
    catalogue::{self, Loaded},
    clock::Clock,
    codes::{PhaseKind, StakeholderType},
    entity::{account, account_role, nominee, nominee_list, vote, vote_flag},
    error::DomainError,
    i18n::Locale,
    review::{RoundKind, rounds, winners},
    state::AppContext,
};

const DAY: i64 = 86_400;

/// What the past vote made.
#[derive(Debug, Default, PartialEq, Eq)]
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
/// choices (category, nominee, when).
struct Voter {
    created_at: i64,
    network: String,
    fingerprint: String,
    votes: Vec<(i64, i64, i64)>,
}

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
/// `names` are the first and last names voters are given, `countries` where they live, and
/// `domain` the reserved mail domain of the demo's accounts.
///
/// # Errors
/// Not found without a voting phase or nominees; conflict when the edition would not be
/// the current one at the time of its vote (another edition overlaps it); database failures.
pub async fn run(
    ctx: &AppContext,
    edition: &Loaded,
    voters: usize,
    names: (&[String], &[String]),
    countries: &[&String],
    domain: &str,
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
    let ballot = ballot_of(ctx, edition.edition.id, rng).await?;
    if ballot.is_empty() {
        return Err(DomainError::NotFound);
    }
    let t = ctx.config.anomalies;
    let slice = t.window_secs.max(60);

    // The ordinary voters, then the three groups.
    let mut crowd: Vec<Voter> = Vec::new();
    let aligned = |at: i64| at - at.rem_euclid(slice);
    let network = |rng: &mut StdRng| {
        format!(
            "{}.{}.{}.0/24",
            rng.random_range(1..224),
            rng.random_range(0..256),
            rng.random_range(0..256)
        )
    };
    let browsers = [
        "Mozilla/5.0 (Linux; Android 14) Chrome/131 Mobile|fr-FR|gzip, br",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1) Safari/605|en-GB|gzip, br",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133|es-ES|gzip, br, zstd",
        "Mozilla/5.0 (X11; Linux x86_64) Chrome/131|ar|gzip, br",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605|zh-CN|gzip, br",
        "Opera/9.80 (J2ME/MIDP; Opera Mini/8.0) Presto/2.12|ru|gzip",
    ];
    let burst = t.burst_votes.div_ceil(ballot.len().max(1)) + 2;
    let bulk = t.bulk_accounts + 5;
    let uniform = t.uniform_ballots + 5;
    let ordinary = voters.saturating_sub(burst + bulk + uniform).max(1);
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
                (*category, choose(rng, nominees), at.min(closes - 1))
            })
            .collect();
        crowd.push(Voter {
            created_at: opens - rng.random_range(30 * DAY..900 * DAY),
            network: network(rng),
            fingerprint: (*browsers.choose(rng).unwrap_or(&"")).to_owned(),
            votes,
        });
    }
    // An office network: its staff vote in every category within minutes.
    let office = aligned(opens + 9 * DAY + 10 * 3600);
    for i in 0..burst {
        let at = office + i64::try_from(i).unwrap_or(0) * 17;
        crowd.push(Voter {
            created_at: opens - rng.random_range(60 * DAY..700 * DAY),
            network: "196.200.64.0/24".to_owned(),
            fingerprint: browsers[2].to_owned(),
            votes: ballot
                .iter()
                .enumerate()
                .map(|(k, (category, nominees))| {
                    let t = at + i64::try_from(k).unwrap_or(0) * 2;
                    (*category, choose(rng, nominees), t.min(office + slice - 1))
                })
                .collect(),
        });
    }
    // Accounts made together three days before the vote (a class, it turns out).
    let class = aligned(opens - 3 * DAY);
    for i in 0..bulk {
        let visit = opens + rng.random_range(DAY..(closes - opens - DAY).max(DAY + 1));
        crowd.push(Voter {
            created_at: class + i64::try_from(i).unwrap_or(0) * 7,
            network: network(rng),
            fingerprint: browsers[0].to_owned(),
            votes: ballot
                .iter()
                .enumerate()
                .map(|(k, (category, nominees))| {
                    let at = visit + i64::try_from(k).unwrap_or(0) * 45;
                    (*category, choose(rng, nominees), at.min(closes - 1))
                })
                .collect(),
        });
    }
    // A campaign: the same ballot, the least favoured nominee everywhere, over weeks.
    let campaign: Vec<(i64, i64)> = ballot
        .iter()
        .map(|(category, nominees)| {
            let least = nominees
                .iter()
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map_or(0, |(id, _)| *id);
            (*category, least)
        })
        .collect();
    for _ in 0..uniform {
        let visit = opens + rng.random_range(0..(closes - opens - DAY).max(1));
        crowd.push(Voter {
            created_at: opens - rng.random_range(100 * DAY..800 * DAY),
            network: network(rng),
            fingerprint: (*browsers.choose(rng).unwrap_or(&"")).to_owned(),
            votes: campaign
                .iter()
                .enumerate()
                .map(|(k, (category, nominee))| {
                    (
                        *category,
                        *nominee,
                        visit + i64::try_from(k).unwrap_or(0) * 30,
                    )
                })
                .collect(),
        });
    }

    let mut report = PastVote::default();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let year = edition.edition.year;
    for (n, v) in crowd.iter().enumerate() {
        let first = names.0.choose(rng).cloned().unwrap_or_default();
        let last = names.1.choose(rng).cloned().unwrap_or_default();
        let a = account::ActiveModel {
            email: Set(format!("voter-{year}-{:05}@{domain}", n + 1)),
            email_confirmed_at: Set(Some(v.created_at + 300)),
            password_hash: Set(NO_PASSWORD.to_owned()),
            name: Set(format!("{first} {last}")),
            organisation: Set(String::new()),
            country: Set((*countries.choose(rng).copied().unwrap_or(&String::new())).clone()),
            stakeholder_type: Set(StakeholderType::CivilSociety),
            locale: Set(Locale::En),
            token_version: Set(0),
            disabled_at: Set(None),
            created_at: Set(v.created_at),
            updated_at: Set(v.created_at),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        report.voters += 1;
        let rows: Vec<vote::ActiveModel> = v
            .votes
            .iter()
            .map(|(category, nominee, at)| {
                let mut receipt = [0_u8; super::rules::RECEIPT_DIGITS / 2];
                rng.fill(&mut receipt[..]);
                vote::ActiveModel {
                    category_id: Set(*category),
                    voter_id: Set(a.id),
                    submission_id: Set(*nominee),
                    cast_at: Set(*at),
                    receipt: Set(hex::encode(receipt)),
                    network: Set(ctx.pseudonyms.of("network", &v.network)),
                    fingerprint: Set(ctx.pseudonyms.of("fingerprint", &v.fingerprint)),
                    email_domain: Set(domain.to_owned()),
                    account_created_at: Set(v.created_at),
                    status: Set(super::rules::VoteStatus::Valid),
                    ..Default::default()
                }
            })
            .collect();
        report.votes += rows.len() as u64;
        vote::Entity::insert_many(rows).exec(&txn).await?;
    }
    let secretariat = secretariat(&txn, domain, opens - 400 * DAY).await?;
    // The selection round's draw seed, fixed like the shortlisting one's.
    let round = rounds::find(&txn, edition.edition.id, RoundKind::Selection)
        .await?
        .ok_or_else(|| DomainError::internal("the past edition has no selection round"))?;
    let seed = {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(
            format!("WSIS Prizes demonstration edition {year}, selection").as_bytes(),
        ))
    };
    rounds::reseed(&txn, &round, &seed).await?;
    catalogue::commit(ctx, txn).await?;

    // The day after the vote closed, as the secretariat lived it.
    let then = AppContext {
        clock: Clock::default(),
        ..ctx.clone()
    };
    then.clock.advance(closes + DAY - then.clock.now());
    let at = then.clock.now();
    match catalogue::current(&then).await? {
        Some(l) if l.edition.id == edition.edition.id => {}
        _ => return Err(DomainError::Conflict("demo-past-overlaps")),
    }
    anomalies::sweep(&then, at).await?;
    let flags = vote_flag::Entity::find()
        .filter(vote_flag::Column::EditionId.eq(edition.edition.id))
        .order_by_asc(vote_flag::Column::Id)
        .all(&then.db)
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
        anomalies::decide(&then, &secretariat, f.id, decision, reason).await?;
        report.flags += 1;
    }
    let fixed = results::finalize(&then, &secretariat).await?;
    report.valid = fixed.valid;
    report.champions = fixed.champions;
    report.head = fixed.head;

    // The winners, confirmed in the selection phase.
    then.clock.advance((selection + 5 * DAY) - then.clock.now());
    let codes: Vec<String> = crate::entity::category::Entity::find()
        .filter(crate::entity::category::Column::EditionId.eq(edition.edition.id))
        .order_by_asc(crate::entity::category::Column::Number)
        .all(&then.db)
        .await?
        .into_iter()
        .map(|c| c.code)
        .collect();
    for code in codes {
        let ranking = winners::final_ranking(&then, &secretariat, &code).await?;
        let Some(first) = ranking.rows.first() else {
            continue;
        };
        winners::decide(
            &then,
            &secretariat,
            &code,
            first.breakdown.submission_id,
            "winner",
            "First of the category's champions by the published formula; the expert group agreed.",
        )
        .await?;
        report.winners += 1;
    }
    Ok(report)
}

/// Each category's confirmed nominees, with how popular each will be with voters.
async fn ballot_of(
    ctx: &AppContext,
    edition_id: i64,
    rng: &mut StdRng,
) -> Result<Vec<(i64, Vec<(i64, f64)>)>, DomainError> {
    let Some(round) = rounds::find(&ctx.db, edition_id, RoundKind::Shortlisting).await? else {
        return Ok(Vec::new());
    };
    let lists = nominee_list::Entity::find()
        .filter(nominee_list::Column::RoundId.eq(round.id))
        .all(&ctx.db)
        .await?;
    let mut by_category: BTreeMap<i64, Vec<(i64, f64)>> = BTreeMap::new();
    for list in lists {
        let chosen = nominee::Entity::find()
            .filter(nominee::Column::ListId.eq(list.id))
            .order_by_asc(nominee::Column::Position)
            .all(&ctx.db)
            .await?;
        by_category.insert(
            list.category_id,
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
        .collect())
}

/// The demo's secretariat: who reviewed the past vote's anomalies and fixed its results.
/// It has no password: nobody signs in as it.
async fn secretariat(
    conn: &impl sea_orm::ConnectionTrait,
    domain: &str,
    at: i64,
) -> Result<Actor, DomainError> {
    let email = format!("secretariat@{domain}");
    let a = match account::Entity::find()
        .filter(account::Column::Email.eq(&email))
        .one(conn)
        .await?
    {
        Some(a) => a,
        None => {
            let a = account::ActiveModel {
                email: Set(email),
                email_confirmed_at: Set(Some(at)),
                password_hash: Set(NO_PASSWORD.to_owned()),
                name: Set("WSIS Prizes secretariat (demonstration)".to_owned()),
                organisation: Set("ITU".to_owned()),
                country: Set("CH".to_owned()),
                stakeholder_type: Set(StakeholderType::InternationalOrganisation),
                locale: Set(Locale::En),
                token_version: Set(0),
                disabled_at: Set(None),
                created_at: Set(at),
                updated_at: Set(at),
                ..Default::default()
            }
            .insert(conn)
            .await?;
            account_role::ActiveModel {
                account_id: Set(a.id),
                role: Set(Role::Secretariat),
                granted_at: Set(at),
                granted_by: Set(None),
            }
            .insert(conn)
            .await?;
            a
        }
    };
    Ok(Actor(Some(Session {
        account_id: a.id,
        email: a.email,
        name: a.name,
        email_confirmed: true,
        roles: vec![Role::Secretariat],
        token_version: a.token_version,
    })))
}
