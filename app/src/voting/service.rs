//! The voter's use cases: reading their ballot and casting a vote.

use std::{
    collections::{HashMap, HashSet},
    net::IpAddr,
};

use http::HeaderMap;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{
    Ballot, BallotCategory, BallotNominee, CategoryFigures, FinalResults, MyVote, VoteOverview,
    VotingWindow,
    rules::{self, Progress, VoteStatus},
};
use crate::{
    auth::{Actor, Claimant, Role},
    catalogue::{self, EditionContent},
    codes::PhaseKind,
    committer::{NewVote, Written},
    countries::country_name,
    entity::{submission, void_vote, vote, vote_result},
    error::DomainError,
    i18n::{Locale, dates::format_datetime},
    state::AppContext,
};

/// What a vote records of the client that cast it, for anomaly review.
pub struct Client {
    pub ip: IpAddr,
    /// The request headers that describe the client (not its address), joined.
    pub fingerprint: String,
}

/// The headers a fingerprint is made of: what a browser sends the same way on every request.
const FINGERPRINT_HEADERS: [http::HeaderName; 4] = [
    http::header::USER_AGENT,
    http::header::ACCEPT_LANGUAGE,
    http::header::ACCEPT_ENCODING,
    http::header::ACCEPT,
];

impl Client {
    pub fn new(ip: IpAddr, headers: &HeaderMap) -> Self {
        let fingerprint = FINGERPRINT_HEADERS
            .iter()
            .map(|h| {
                let v = headers.get(h).map(|v| v.as_bytes()).unwrap_or_default();
                // Bounded: a client cannot make the hash input as long as it likes.
                String::from_utf8_lossy(&v[..v.len().min(512)]).into_owned()
            })
            .collect::<Vec<_>>()
            .join("\n");
        Self { ip, fingerprint }
    }
}

/// The voting window of `content` at `now`, written out in `locale`.
fn window(content: &EditionContent, now: i64, locale: Locale) -> Result<VotingWindow, DomainError> {
    let loaded = &content.loaded;
    let Some(w) = loaded.calendar.iter().find(|w| w.kind == PhaseKind::Voting) else {
        return Ok(VotingWindow::NotYet { opens: None });
    };
    let tz = loaded.tz()?;
    Ok(if w.contains(now) {
        VotingWindow::Open {
            closes: format_datetime(w.closes_at, &tz, locale),
        }
    } else if now < w.opens_at {
        VotingWindow::NotYet {
            opens: Some(format_datetime(w.opens_at, &tz, locale)),
        }
    } else {
        VotingWindow::Closed
    })
}

/// The signed-in voter's ballot in the current edition: its categories with their nominees
/// once the vote has opened, the voter's votes and receipts, and how far they are.
///
/// # Errors
/// Unauthenticated; not found without a current edition; database failures.
#[tracing::instrument(skip(ctx, actor))]
pub async fn ballot(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
) -> Result<Ballot, DomainError> {
    let session = actor.session()?;
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let content = editions.current(now).ok_or(DomainError::NotFound)?;
    let window = window(content, now, locale)?;
    let published = !matches!(window, VotingWindow::NotYet { .. });
    let ids: Vec<i64> = content
        .categories(locale)
        .iter()
        .filter_map(|c| content.category_id(&c.code))
        .collect();
    let mine_ids = ids.clone();
    let mine: HashMap<i64, vote::Model> = vote::Entity::find()
        .filter(vote::Column::VoterId.eq(session.account_id))
        .filter(vote::Column::CategoryId.is_in(ids))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|v| (v.category_id, v))
        .collect();
    // A void vote shows until its voter votes again in its category (the newest, should a
    // second choice have withdrawn too).
    let void: HashMap<i64, void_vote::Model> = void_vote::Entity::find()
        .filter(void_vote::Column::VoterId.eq(session.account_id))
        .filter(void_vote::Column::CategoryId.is_in(mine_ids.iter().copied()))
        .order_by_asc(void_vote::Column::Id)
        .all(&ctx.db)
        .await?
        .into_iter()
        .filter(|v| !mine.contains_key(&v.category_id))
        .map(|v| (v.category_id, v))
        .collect();
    let withdrawn: HashMap<i64, String> = if void.is_empty() {
        HashMap::new()
    } else {
        submission::Entity::find()
            .select_only()
            .columns([submission::Column::Id, submission::Column::Title])
            .filter(submission::Column::Id.is_in(void.values().map(|v| v.submission_id)))
            .into_tuple::<(i64, String)>()
            .all(&ctx.db)
            .await?
            .into_iter()
            .collect()
    };
    let mut categories = Vec::new();
    for c in content.categories(locale) {
        let listed = content.nominees(&c.code);
        if listed.is_empty() || !published {
            continue;
        }
        let vote = content
            .category_id(&c.code)
            .and_then(|id| mine.get(&id))
            .map(|v| MyVote {
                submission_id: v.submission_id,
                title: listed
                    .iter()
                    .find(|n| n.submission_id == v.submission_id)
                    .map(|n| n.title.clone())
                    .unwrap_or_default(),
                receipt: rules::grouped(&v.receipt),
            });
        let voided = content
            .category_id(&c.code)
            .and_then(|id| void.get(&id))
            .map(|v| MyVote {
                submission_id: v.submission_id,
                title: withdrawn.get(&v.submission_id).cloned().unwrap_or_default(),
                receipt: rules::grouped(&v.receipt),
            });
        let mut nominees: Vec<BallotNominee> = listed
            .iter()
            .map(|n| BallotNominee {
                submission_id: n.submission_id,
                title: n.title.clone(),
                short_description: n.short_description.clone(),
                organisation: n.organisation.clone(),
                country: country_name(&n.country, locale),
                picture: n.picture_id.map(|p| format!("/pictures/{p}/thumb")),
            })
            .collect();
        // By title, as the reader's language sorts (the same titles by when they came).
        nominees.sort_by_key(|n| n.submission_id);
        locale.sort_by_name(&mut nominees, |n| &n.title);
        categories.push(BallotCategory {
            code: c.code,
            title: c.title,
            nominees,
            vote,
            voided,
        });
    }
    // A void vote completes the ballot until its voter votes again.
    let progress = Progress {
        cast: categories
            .iter()
            .filter(|c| c.vote.is_some() || c.voided.is_some())
            .count(),
        total: categories.len(),
    };
    Ok(Ballot {
        edition_title: content.loaded.edition.title.clone(),
        window,
        email_confirmed: session.email_confirmed,
        complete_ballots_only: content.loaded.edition.complete_ballots_only,
        progress,
        categories,
    })
}

/// Casts the voter's vote in the category `category` (a code) for the nominee `nominee` (a
/// submission id as typed). The voter is the account the sign-in token names: the write
/// itself checks that the token still holds and the address is confirmed (no read before
/// it). The reply comes after the commit; the database refuses a second vote in the
/// category, whatever the race.
///
/// # Errors
/// Unauthenticated without a token, or when it no longer holds; rate limited; phase closed
/// outside the vote (`vote-closed`); invalid for no choice (`vote-choose`), an unknown
/// category (`vote-unknown-category`) or a submission that is not a nominee of the category
/// (`vote-not-a-nominee`); forbidden without a confirmed e-mail address
/// (`vote-unconfirmed`); conflict for a second vote in the category (`vote-already-cast`);
/// database failures.
#[tracing::instrument(skip(ctx, client))]
pub async fn cast(
    ctx: &AppContext,
    voter: Option<Claimant>,
    client: &Client,
    category: &str,
    nominee: &str,
) -> Result<String, DomainError> {
    let voter = voter.ok_or(DomainError::Unauthenticated)?;
    ctx.limits.votes.check(client.ip, voter.account_id)?;
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let content = editions
        .current(now)
        .ok_or(DomainError::PhaseClosed("vote-closed"))?;
    if !content.loaded.is_open(PhaseKind::Voting, now) {
        return Err(DomainError::PhaseClosed("vote-closed"));
    }
    let code = category.trim();
    let category_id = content
        .category_id(code)
        .ok_or_else(|| DomainError::invalid("category", "vote-unknown-category"))?;
    let nominee = nominee.trim();
    if nominee.is_empty() {
        return Err(DomainError::invalid("nominee", "vote-choose"));
    }
    let submission_id = nominee
        .parse::<i64>()
        .ok()
        .filter(|id| {
            content
                .nominees(code)
                .iter()
                .any(|n| n.submission_id == *id)
        })
        .ok_or_else(|| DomainError::invalid("nominee", "vote-not-a-nominee"))?;
    let receipt = hex::encode(rand::random::<[u8; rules::RECEIPT_DIGITS / 2]>());
    let vote = NewVote {
        category_id,
        voter_id: voter.account_id,
        token_version: voter.token_version,
        submission_id,
        cast_at: now,
        receipt,
        network: ctx
            .pseudonyms
            .of("network", &rules::review_network(client.ip)),
        fingerprint: ctx.pseudonyms.of("fingerprint", &client.fingerprint),
        status: VoteStatus::Valid,
    };
    let receipt = rules::grouped(&vote.receipt);
    // Written with the votes cast at the same moment, in one commit; answered after it.
    match ctx.votes().write(vote).await? {
        Written::Yes => Ok(receipt),
        Written::AlreadyCast => Err(DomainError::Conflict("vote-already-cast")),
        Written::Unconfirmed => Err(DomainError::Forbidden("vote-unconfirmed")),
        Written::SignedOut => Err(DomainError::Unauthenticated),
    }
}

/// The vote as the secretariat follows it: how many votes and voters, complete ballots, what
/// is held or invalid, votes per category, and the results once final.
///
/// # Errors
/// Forbidden unless secretariat; not found without a current edition; database failures.
#[tracing::instrument(skip(ctx, actor))]
pub async fn overview(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
) -> Result<VoteOverview, DomainError> {
    actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let content = editions.current(now).ok_or(DomainError::NotFound)?;
    let window = window(content, now, locale)?;
    let summaries = content.categories(locale);
    let ids: HashMap<i64, usize> = summaries
        .iter()
        .enumerate()
        .filter_map(|(i, c)| content.category_id(&c.code).map(|id| (id, i)))
        .collect();
    // One pass over (category, voter, status, time): the live figures of a whole edition.
    let rows: Vec<(i64, i64, VoteStatus, i64)> = vote::Entity::find()
        .select_only()
        .columns([
            vote::Column::CategoryId,
            vote::Column::VoterId,
            vote::Column::Status,
            vote::Column::CastAt,
        ])
        .filter(vote::Column::CategoryId.is_in(ids.keys().copied()))
        .into_tuple()
        .all(&ctx.db)
        .await?;
    let void = super::void::pairs(&ctx.db, ids.keys().copied(), None).await?;
    let void_votes = void_vote::Entity::find()
        .filter(void_vote::Column::CategoryId.is_in(ids.keys().copied()))
        .count(&ctx.db)
        .await?;
    let tally = Tally::of(&rows, void, &ids, summaries.len(), now);
    let ballots = &tally.ballots;
    let on_ballot = content.ballot().len();
    let complete_ballots = ballots
        .values()
        .filter(|cast| {
            Progress {
                cast: **cast,
                total: on_ballot,
            }
            .is_complete()
        })
        .count() as u64;
    let tz = content.loaded.tz()?;
    let per_hour = tally.hours(&tz);
    let regions = regions_of(ctx, ballots).await?;
    let results = vote_result::Entity::find()
        .filter(vote_result::Column::EditionId.eq(content.loaded.edition.id))
        .one(&ctx.db)
        .await?
        .map(|r| FinalResults {
            finalized_at: format_datetime(r.finalized_at, &tz, locale),
            head: r.head,
            votes: u64::try_from(r.votes).unwrap_or(0),
            valid: u64::try_from(r.valid).unwrap_or(0),
        });
    Ok(VoteOverview {
        window,
        votes: rows.len() as u64 + void_votes,
        voters: ballots.len() as u64,
        complete_ballots,
        held: tally.held,
        invalid: tally.invalid,
        void: void_votes,
        categories: summaries
            .into_iter()
            .zip(tally.per_category)
            .filter(|(c, _)| !content.nominees(&c.code).is_empty())
            .map(|(c, votes)| CategoryFigures {
                code: c.code,
                title: c.title,
                votes,
            })
            .collect(),
        per_hour,
        per_region: regions.into_iter().collect(),
        results,
    })
}

/// One pass over the votes of an edition (category, voter, status, time): the live figures.
struct Tally {
    per_category: Vec<u64>,
    /// The categories each voter has cast a vote in (a void vote among them until its voter
    /// votes again).
    ballots: HashMap<i64, usize>,
    held: u64,
    invalid: u64,
    /// Votes in each of the last 48 hours, the oldest first, and the hour it ends with.
    per_hour: [u64; 48],
    this_hour: i64,
}

const HOUR: i64 = 3_600;

impl Tally {
    fn of(
        rows: &[(i64, i64, VoteStatus, i64)],
        void: HashSet<(i64, i64)>,
        ids: &HashMap<i64, usize>,
        categories: usize,
        now: i64,
    ) -> Self {
        let mut t = Tally {
            per_category: vec![0; categories],
            ballots: super::void::categories_cast(rows.iter().map(|(c, v, ..)| (*v, *c)), void),
            held: 0,
            invalid: 0,
            per_hour: [0; 48],
            this_hour: now.div_euclid(HOUR),
        };
        for (category_id, _, status, cast_at) in rows {
            let age = t.this_hour - cast_at.div_euclid(HOUR);
            if let Ok(slot) = usize::try_from(age)
                && slot < t.per_hour.len()
            {
                t.per_hour[t.per_hour.len() - 1 - slot] += 1;
            }
            if let Some(i) = ids.get(category_id) {
                t.per_category[*i] += 1;
            }
            match status {
                VoteStatus::Held => t.held += 1,
                VoteStatus::Invalid => t.invalid += 1,
                VoteStatus::Valid => {}
            }
        }
        t
    }

    /// The votes per hour, each labelled with the hour's local start.
    fn hours(&self, tz: &jiff::tz::TimeZone) -> Vec<(String, u64)> {
        self.per_hour
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let start = (self.this_hour - 47 + i64::try_from(i).unwrap_or(0)) * HOUR;
                let label = jiff::Timestamp::from_second(start)
                    .map(|t| {
                        t.to_zoned_datetime(tz.clone())
                            .strftime("%d.%m %H:00")
                            .to_string()
                    })
                    .unwrap_or_default();
                (label, *n)
            })
            .collect()
    }
}

/// The votes under the ITU region of each voter's country, from the accounts that voted.
async fn regions_of(
    ctx: &AppContext,
    ballots: &HashMap<i64, usize>,
) -> Result<std::collections::BTreeMap<String, u64>, DomainError> {
    let voters: Vec<i64> = ballots.keys().copied().collect();
    let mut regions: std::collections::BTreeMap<String, u64> = std::collections::BTreeMap::new();
    for chunk in voters.chunks(500) {
        let countries: Vec<(i64, String)> = crate::entity::account::Entity::find()
            .select_only()
            .columns([
                crate::entity::account::Column::Id,
                crate::entity::account::Column::Country,
            ])
            .filter(crate::entity::account::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(&ctx.db)
            .await?;
        for (id, country) in countries {
            let key = crate::countries::region_key(&country);
            *regions.entry(key).or_default() += ballots.get(&id).copied().unwrap_or(0) as u64;
        }
    }
    Ok(regions)
}
