//! The demo edition: plausible submissions from many countries in every category, with
//! accounts, pictures and every screening state (drafts, sent, changes asked and lapsed, moved,
//! flagged, eligible, not eligible, withdrawn), so that a newcomer sees a living site and
//! benchmarks have data.
//!
//! Deterministic: generated from `app/data/demo/corpus.json` with a fixed seed, categories in
//! their fixed order, and every time written as an offset from the edition's opening of
//! submission, so that the same load gives the same database whatever the day it runs (only
//! the audit entry of the load says when it ran). Demo accounts use the reserved `.invalid`
//! domain and have no password; loading twice adds nothing. The edition is marked as holding
//! demonstration data, and the site says so.

use std::collections::{HashMap, HashSet};

use rand::{Rng, SeedableRng, rngs::StdRng, seq::IndexedRandom};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use serde::Deserialize;

use crate::{
    accounts::StakeholderType,
    audit, catalogue,
    codes::{DecisionKind, MemberRole, PhaseKind, ProjectStatus, SubmissionFlagKind},
    countries::country_name,
    entity::{
        account, category,
        columns::{Chosen, Json},
        edition, organisation, picture, screening_decision, submission, submission_member,
    },
    error::DomainError,
    i18n::Locale,
    nominations::{
        pictures,
        rules::{self, SubmissionStatus},
    },
    review::rounds::RoundSeeds,
};

const DAY: i64 = 86_400;

/// The screening state a demo submission is left in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DemoState {
    Draft,
    Sent,
    ChangesAsked,
    /// Changes were asked, the deadline passed, and it went back to screening as it was.
    ChangesLapsed,
    /// Moved to this category from another.
    Moved,
    Eligible,
    NotEligible,
    Withdrawn,
}

/// A screening decision: code, reason, deadline, from and to categories.
type DemoDecision = (
    DecisionKind,
    &'static str,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

const CHANGES_MESSAGE: &str =
    "Please give figures for the last twelve months in the quantitative impact.";

impl DemoState {
    fn status(self) -> SubmissionStatus {
        match self {
            DemoState::Draft => SubmissionStatus::Draft,
            DemoState::Sent | DemoState::ChangesLapsed | DemoState::Moved => {
                SubmissionStatus::Submitted
            }
            DemoState::ChangesAsked => SubmissionStatus::ChangesRequested,
            DemoState::Eligible => SubmissionStatus::Eligible,
            DemoState::NotEligible => SubmissionStatus::NotEligible,
            DemoState::Withdrawn => SubmissionStatus::Withdrawn,
        }
    }

    /// The decisions behind the state, in order (8 days apart).
    fn decisions(self, at: i64, moved_from: i64, category: i64) -> Vec<DemoDecision> {
        match self {
            DemoState::Draft | DemoState::Sent => vec![],
            DemoState::ChangesAsked => {
                vec![(
                    DecisionKind::ChangesRequested,
                    CHANGES_MESSAGE,
                    Some(at + 7 * DAY),
                    None,
                    None,
                )]
            }
            DemoState::ChangesLapsed => vec![
                (
                    DecisionKind::ChangesRequested,
                    CHANGES_MESSAGE,
                    Some(at + 7 * DAY),
                    None,
                    None,
                ),
                (
                    DecisionKind::ChangesLapsed,
                    "",
                    Some(at + 7 * DAY),
                    None,
                    None,
                ),
            ],
            DemoState::Moved => vec![(
                DecisionKind::Moved,
                "The project is about e-learning rather than the action line it was sent in.",
                None,
                Some(moved_from),
                Some(category),
            )],
            DemoState::Eligible => vec![(DecisionKind::Eligible, "", None, None, None)],
            DemoState::NotEligible => vec![(
                DecisionKind::NotEligible,
                "The project has not yet completed a major phase.",
                None,
                None,
                None,
            )],
            DemoState::Withdrawn => vec![(
                DecisionKind::Withdrawn,
                "The organisation withdrew the project.",
                None,
                None,
                None,
            )],
        }
    }
}

/// The domain of every demo account (reserved: it can never receive mail).
pub const DEMO_DOMAIN: &str = "demo.wsis-prizes.invalid";

static CORPUS: &str = include_str!("../data/demo/corpus.json");

#[derive(Deserialize)]
struct Corpus {
    categories: HashMap<String, CategoryCorpus>,
    organisation_patterns: HashMap<String, Vec<String>>,
    /// Names some organisations of a country give themselves in its own script.
    #[serde(default)]
    native_organisations: HashMap<String, Vec<String>>,
    places: HashMap<String, Vec<String>>,
    first_names: Vec<String>,
    last_names: Vec<String>,
}

#[derive(Deserialize)]
struct CategoryCorpus {
    project_names: Vec<String>,
    problems: Vec<String>,
    approaches: Vec<String>,
    results: Vec<String>,
    futures: Vec<String>,
    partners: Vec<String>,
    sdgs: Vec<u8>,
}

/// What a load did.
#[derive(Debug, Default, PartialEq, Eq)]
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

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    // The corpus is checked to have every list non-empty (see the tests).
    items.choose(rng).unwrap_or_else(|| &items[0])
}

fn fill(template: &str, place: &str, country: &str, rng: &mut StdRng) -> String {
    let n1 = rng.random_range(3..400) * 100;
    let n2 = rng.random_range(12..75);
    template
        .replace("{place}", place)
        .replace("{country}", country)
        .replace("{n1}", &Locale::En.format_count(n1))
        .replace("{n2}", &n2.to_string())
}

/// A short description of 150 to 200 words: the problem, what was done, the results, the
/// partners and what comes next.
fn short_description(c: &CategoryCorpus, place: &str, country: &str, rng: &mut StdRng) -> String {
    let mut approaches: Vec<&String> = c.approaches.iter().collect();
    approaches.sort_by_key(|_| rng.random::<u32>());
    let mut sentences = vec![fill(pick(rng, &c.problems).as_str(), place, country, rng)];
    sentences.push(fill(approaches[0].as_str(), place, country, rng));
    sentences.push(fill(
        approaches[1 % approaches.len()].as_str(),
        place,
        country,
        rng,
    ));
    sentences.push(fill(pick(rng, &c.results).as_str(), place, country, rng));
    let (p1, p2) = (
        pick(rng, &c.partners).clone(),
        pick(rng, &c.partners).clone(),
    );
    let partners = if p1 == p2 {
        p1
    } else {
        format!("{p1} and {p2}")
    };
    sentences.push(format!("The work is carried out with {partners}."));
    sentences.push(fill(pick(rng, &c.futures).as_str(), place, country, rng));
    let mut extra = 2;
    while rules::word_count(&sentences.join(" ")) < 150 && extra < approaches.len() {
        sentences.insert(3, fill(approaches[extra].as_str(), place, country, rng));
        extra += 1;
    }
    while rules::word_count(&sentences.join(" ")) > 200 && sentences.len() > 4 {
        sentences.pop();
    }
    sentences.join(" ")
}

/// A picture made of soft bands of colour, different for every project.
fn artwork(rng: &mut StdRng) -> Vec<u8> {
    let (w, h) = (640u32, 400u32);
    let base = [
        rng.random_range(0..200u8),
        rng.random_range(60..200u8),
        rng.random_range(90..230u8),
    ];
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let band = ((x + y * 2) / 80) as u8;
        image::Rgb([
            base[0].saturating_add(band * 9),
            base[1].saturating_add(band * 5),
            base[2].saturating_sub(band * 7),
        ])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    let _ = image::DynamicImage::ImageRgb8(img).write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}

/// Loads about `count` demo submissions into the current edition (idempotent).
///
/// # Errors
/// No current edition, a broken corpus, or database failures.
#[tracing::instrument(skip(db))]
pub async fn load(
    db: &DatabaseConnection,
    now: i64,
    count: usize,
) -> Result<DemoReport, DomainError> {
    let marker = format!("demo-0001@{DEMO_DOMAIN}");
    if account::Entity::find()
        .filter(account::Column::Email.eq(&marker))
        .count(db)
        .await?
        > 0
    {
        return Ok(DemoReport {
            already_loaded: true,
            ..DemoReport::default()
        });
    }
    let corpus: Corpus = serde_json::from_str(CORPUS).map_err(DomainError::internal)?;
    let loaded = catalogue::load::current_stored(db, now)
        .await?
        .ok_or(DomainError::NotFound)?;
    let categories = category::Entity::find()
        .filter(category::Column::EditionId.eq(loaded.edition.id))
        .order_by_asc(category::Column::Number)
        .order_by_asc(category::Column::Code)
        .all(db)
        .await?;
    if categories.is_empty() {
        return Err(DomainError::NotFound);
    }
    // Every time is an offset from the opening of submission.
    let (base, closes) = loaded
        .calendar
        .iter()
        .find(|w| w.kind == PhaseKind::Submission)
        .map(|w| (w.opens_at, w.closes_at))
        .ok_or(DomainError::NotFound)?;
    let span = (closes - base).clamp(DAY, 60 * DAY);
    let mut rng = StdRng::seed_from_u64(2027);
    let mut countries: Vec<&String> = corpus.places.keys().collect();
    countries.sort();
    // Demo accounts have no password: they cannot sign in.
    let unusable = crate::auth::password::NO_PASSWORD.to_owned();

    let txn = crate::db::begin_write(db).await?;
    let mut report = DemoReport::default();
    let accounts_wanted = (count * 3 / 5).max(1);
    let mut account_ids = Vec::new();
    for n in 1..=accounts_wanted {
        let first = pick(&mut rng, &corpus.first_names).clone();
        let last = pick(&mut rng, &corpus.last_names).clone();
        let country = (*pick(&mut rng, &countries)).clone();
        let stakeholder = *pick(&mut rng, StakeholderType::ALL);
        let a = account::ActiveModel {
            email: Set(format!("demo-{n:04}@{DEMO_DOMAIN}")),
            email_confirmed_at: Set(Some(base + i64::try_from(n).unwrap_or(0) * 60)),
            password_hash: Set(unusable.clone()),
            name: Set(format!("{first} {last}")),
            organisation: Set(format!(
                "{last} {}",
                if stakeholder == StakeholderType::Academia {
                    "Institute"
                } else {
                    "Associates"
                }
            )),
            country: Set(country),
            stakeholder_type: Set(stakeholder),
            locale: Set(Locale::En),
            token_version: Set(0),
            disabled_at: Set(None),
            created_at: Set(base + i64::try_from(n).unwrap_or(0) * 60),
            updated_at: Set(base + i64::try_from(n).unwrap_or(0) * 60),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        account_ids.push(a.id);
        report.accounts += 1;
    }

    let demo = Demo {
        corpus: &corpus,
        countries: &countries,
        owners: &account_ids,
    };
    let filled = demo
        .fill_edition(
            &txn,
            loaded.edition.id,
            &categories,
            (base, span),
            count,
            &mut rng,
        )
        .await?;
    report = DemoReport {
        accounts: report.accounts,
        ..filled
    };
    edition::ActiveModel {
        id: sea_orm::Unchanged(loaded.edition.id),
        holds_demo_data: Set(true),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    crate::audit::record(
        &txn,
        crate::audit::Entry {
            actor_id: None,
            action: audit::Action::DemoLoad,
            target_type: audit::TargetType::Edition,
            target_id: loaded.edition.year.to_string(),
            reason: Some(crate::audit::Reason::by_platform(
                "demonstration data loaded from the command line",
            )),
            details: serde_json::json!({
                "accounts": report.accounts,
                "submissions": report.submissions,
                "experts": report.experts,
                "reviews": report.reviews,
                "nominees": report.nominees,
            }),
        },
        now,
    )
    .await?;
    // The edition now says it holds demonstration data.
    catalogue::commit_unheld(txn).await?;
    Ok(report)
}

/// What the load of the past edition made.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct PastReport {
    pub year: i32,
    pub submissions: u64,
    pub nominees: u64,
    pub vote: crate::voting::demo::PastVote,
}

/// Loads the demo's past edition: the year before the current (demo) edition, with the same
/// calendar a year earlier, about `count` submissions, its nominees, and a vote of about
/// `voters` voters closed, reviewed and fixed, its winners confirmed and published
/// (see [`crate::voting::demo`]). Nothing is added when that year already exists.
///
/// # Errors
/// Conflict when the current edition holds no demo data (`demo-not-loaded`: load it
/// first) or the past year would overlap it; database failures.
#[tracing::instrument(skip(ctx))]
pub async fn load_past(
    ctx: &crate::state::AppContext,
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
    ctx: &crate::state::AppContext,
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
    ctx: &crate::state::AppContext,
    next: &catalogue::Loaded,
    count: usize,
    voters: usize,
) -> Result<PastReport, DomainError> {
    let now = ctx.clock.now();
    let current = next;
    let year = current.edition.year - 1;
    // The same calendar a year earlier, over before the next edition begins.
    let begins = current
        .calendar
        .iter()
        .map(|w| w.opens_at)
        .min()
        .ok_or(DomainError::NotFound)?;
    let calendar: Vec<(PhaseKind, i64, i64)> = PhaseKind::ALL
        .iter()
        .filter_map(|kind| {
            current.calendar.iter().find(|w| w.kind == *kind).map(|w| {
                (
                    *kind,
                    w.opens_at - 365 * DAY,
                    (w.closes_at - 365 * DAY).min(begins),
                )
            })
        })
        .collect();
    let (base, closes) = calendar
        .iter()
        .find(|(kind, ..)| *kind == PhaseKind::Submission)
        .map(|(_, o, c)| (*o, *c))
        .ok_or(DomainError::NotFound)?;
    let corpus: Corpus = serde_json::from_str(CORPUS).map_err(DomainError::internal)?;
    let mut countries: Vec<&String> = corpus.places.keys().collect();
    countries.sort();
    let owners: Vec<i64> = account::Entity::find()
        .filter(account::Column::Email.like(format!("demo-%@{DEMO_DOMAIN}")))
        .order_by_asc(account::Column::Id)
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    if owners.is_empty() {
        return Err(DomainError::Conflict("demo-not-loaded"));
    }
    let mut rng = StdRng::seed_from_u64(u64::try_from(year).unwrap_or(2026));
    let txn = crate::db::begin_write(&ctx.db).await?;
    let e = crate::editions::seed::create(&txn, year, &calendar, &RoundSeeds::fresh(), now).await?;
    let categories = category::Entity::find()
        .filter(category::Column::EditionId.eq(e.id))
        .order_by_asc(category::Column::Number)
        .order_by_asc(category::Column::Code)
        .all(&txn)
        .await?;
    let demo = Demo {
        corpus: &corpus,
        countries: &countries,
        owners: &owners,
    };
    let filled = demo
        .fill_edition(
            &txn,
            e.id,
            &categories,
            (base, (closes - base).clamp(DAY, 60 * DAY)),
            count,
            &mut rng,
        )
        .await?;
    edition::ActiveModel {
        id: sea_orm::Unchanged(e.id),
        holds_demo_data: Set(true),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    catalogue::commit(ctx, txn).await?;
    let voting_opens = calendar
        .iter()
        .find(|(kind, ..)| *kind == PhaseKind::Voting)
        .map_or(base, |(_, o, _)| *o);
    let loaded = catalogue::load::current_stored(&ctx.db, voting_opens + 60)
        .await?
        .filter(|l| l.edition.id == e.id)
        .ok_or(DomainError::Conflict("demo-past-overlaps"))?;
    let vote = crate::voting::demo::run(
        ctx,
        &loaded,
        voters,
        (&corpus.first_names, &corpus.last_names),
        &countries,
        DEMO_DOMAIN,
        &mut rng,
    )
    .await?;
    let txn = crate::db::begin_write(&ctx.db).await?;
    crate::audit::record(
        &txn,
        crate::audit::Entry {
            actor_id: None,
            action: audit::Action::DemoLoadPast,
            target_type: audit::TargetType::Edition,
            target_id: year.to_string(),
            reason: Some(crate::audit::Reason::by_platform(
                "demonstration data loaded from the command line",
            )),
            details: serde_json::json!({
                "submissions": filled.submissions,
                "nominees": filled.nominees,
                "voters": vote.voters,
                "votes": vote.votes,
                "valid": vote.valid,
                "flags": vote.flags,
                "winners": vote.winners,
            }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(PastReport {
        year,
        submissions: filled.submissions,
        nominees: filled.nominees,
        vote,
    })
}

/// What the demo draws on: the corpus, the countries it has places in, and the accounts
/// that own its submissions.
struct Demo<'a> {
    corpus: &'a Corpus,
    countries: &'a [&'a String],
    owners: &'a [i64],
}

impl Demo<'_> {
    /// About `count` submissions in `edition_id`, in every category and screening state,
    /// created over `span` seconds from `base`, and its shortlisting round with nominees.
    async fn fill_edition(
        &self,
        txn: &impl ConnectionTrait,
        edition_id: i64,
        categories: &[category::Model],
        (base, span): (i64, i64),
        count: usize,
        rng: &mut StdRng,
    ) -> Result<DemoReport, DomainError> {
        let mut report = DemoReport::default();
        let mut taken: HashSet<(String, String, i64)> = HashSet::new();
        let mut org_ids: HashMap<(String, String), i64> = HashMap::new();
        let mut sent_by_category: HashMap<i64, Vec<i64>> = HashMap::new();
        let count_i64 = i64::try_from(count).unwrap_or(i64::MAX).max(1);
        for i in 0..count {
            // Spread over the first weeks of submission; sent two days later; screened three
            // days after that.
            let created = base + i64::try_from(i).unwrap_or(0) * span / count_i64;
            let sent_at = created + 2 * DAY;
            let decided_at = sent_at + 3 * DAY;
            let cat = &categories[i % categories.len()];
            let Some(c) = self.corpus.categories.get(&cat.code) else {
                continue;
            };
            // The same entity never twice in one category: try a few names, then give up on this one.
            let mut chosen = None;
            for _ in 0..6 {
                let code = (*pick(rng, self.countries)).clone();
                let place = pick(rng, &self.corpus.places[&code]).clone();
                let country = country_name(&code, Locale::En);
                let stakeholder = *pick(rng, StakeholderType::ALL);
                let patterns = &self.corpus.organisation_patterns[stakeholder.code()];
                let name = fill(pick(rng, patterns).as_str(), &place, &country, rng);
                // One organisation in three from a country that writes in its own script is
                // named in it: the search and the book must handle names in every script.
                let name = match self.corpus.native_organisations.get(&code) {
                    Some(native) if i % 3 == 0 && !native.is_empty() => {
                        native[(i / 3) % native.len()].clone()
                    }
                    _ => name,
                };
                let key = (rules::normalise_name(&name), code.clone(), cat.id);
                if taken.insert(key) {
                    chosen = Some((code, place, country, stakeholder, name));
                    break;
                }
            }
            let Some((code, place, country, stakeholder, org_name)) = chosen else {
                continue;
            };
            let known = match org_ids.get(&(rules::normalise_name(&org_name), code.clone())) {
                Some(id) => Some(*id),
                // An organisation of an earlier edition enters again.
                None => organisation::Entity::find()
                    .filter(
                        organisation::Column::NormalisedName.eq(rules::normalise_name(&org_name)),
                    )
                    .filter(organisation::Column::Country.eq(&code))
                    .one(txn)
                    .await?
                    .map(|o| o.id),
            };
            let org_id = match known {
                Some(id) => id,
                None => {
                    let o = organisation::ActiveModel {
                        name: Set(org_name.clone()),
                        normalised_name: Set(rules::normalise_name(&org_name)),
                        country: Set(code.clone()),
                        stakeholder_type: Set(Chosen(Some(stakeholder))),
                        merged_into: Set(None),
                        created_at: Set(created),
                        ..Default::default()
                    }
                    .insert(txn)
                    .await?;
                    org_ids.insert((rules::normalise_name(&org_name), code.clone()), o.id);
                    o.id
                }
            };
            let title = fill(pick(rng, &c.project_names).as_str(), &place, &country, rng);
            let state = match rng.random_range(0..100) {
                0..=7 => DemoState::Draft,
                8..=37 => DemoState::Sent,
                38..=43 => DemoState::ChangesAsked,
                44..=46 => DemoState::ChangesLapsed,
                47..=49 => DemoState::Moved,
                50..=89 => DemoState::Eligible,
                90..=96 => DemoState::NotEligible,
                _ => DemoState::Withdrawn,
            };
            let status = state.status();
            let picture_id = if i % 3 == 0 {
                let processed = pictures::process(&artwork(rng), usize::MAX, 4096)
                    .map_err(DomainError::internal)?;
                let p = picture::ActiveModel {
                    content_type: Set(processed.content_type),
                    byte_size: Set(i32::try_from(processed.data.len()).unwrap_or(0)),
                    data: Set(processed.data),
                    thumb_content_type: Set(processed.thumb_content_type),
                    thumb_data: Set(processed.thumb),
                    display_content_type: Set(processed.display.as_ref().map(|(t, _)| *t)),
                    display_data: Set(processed.display.map(|(_, d)| d)),
                    width: Set(i32::try_from(processed.width).unwrap_or(0)),
                    height: Set(i32::try_from(processed.height).unwrap_or(0)),
                    uploaded_by: Set(None),
                    created_at: Set(created),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
                report.pictures += 1;
                Some(p.id)
            } else {
                None
            };
            let sentences = |list: &Vec<String>, n: usize, rng: &mut StdRng| {
                // Distinct sentences: the same one twice would read as a mistake.
                let chosen: Vec<&String> = list.choose_multiple(rng, n).collect();
                chosen
                    .into_iter()
                    .map(|t| fill(t.as_str(), &place, &country, rng))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let impact_qualitative = sentences(&c.approaches, 2, rng);
            let impact_quantitative = sentences(&c.results, 2, rng);
            let challenges = sentences(&c.futures, 2, rng);
            let partnerships = format!(
                "The project relies on {}, {} and {}.",
                pick(rng, &c.partners),
                pick(rng, &c.partners),
                pick(rng, &c.partners)
            );
            let slug: String = rules::normalise_name(&title)
                .replace(' ', "-")
                .chars()
                .take(40)
                .collect();
            let owner = *pick(rng, self.owners);
            let changes_deadline =
                (status == SubmissionStatus::ChangesRequested).then_some(decided_at + 7 * DAY);
            let s = submission::ActiveModel {
                edition_id: Set(edition_id),
                category_id: Set(cat.id),
                organisation_id: Set(Some(org_id)),
                owner_id: Set(owner),
                status: Set(status),
                short_description: Set(short_description(c, &place, &country, rng)),
                title: Set(title),
                action_lines: Set(Json(vec![cat.code.clone()])),
                sdgs: Set(Json(c.sdgs.clone())),
                impact_qualitative: Set(impact_qualitative),
                impact_quantitative: Set(impact_quantitative),
                partnerships: Set(partnerships),
                challenges: Set(challenges),
                start_date: Set(format!(
                    "{}-{:02}",
                    rng.random_range(2015..2025),
                    rng.random_range(1..13)
                )),
                project_status: Set(Chosen(Some(if rng.random_bool(0.7) {
                    ProjectStatus::Completed
                } else {
                    ProjectStatus::MajorPhaseCompleted
                }))),
                website: Set(format!("https://{slug}.example.org")),
                picture_id: Set(picture_id),
                changes_message: Set(changes_deadline.map(|_| {
                    "Please give figures for the last twelve months in the quantitative impact."
                        .to_owned()
                })),
                changes_deadline: Set(changes_deadline),
                created_at: Set(created),
                updated_at: Set(created),
                submitted_at: Set((status != SubmissionStatus::Draft).then_some(sent_at)),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            submission_member::ActiveModel {
                submission_id: Set(s.id),
                account_id: Set(owner),
                role: Set(MemberRole::Owner),
                added_at: Set(created),
            }
            .insert(txn)
            .await?;
            // A moved submission came from the next category in the list.
            let moved_from = categories[(i + 1) % categories.len()].id;
            for (n, (decision, reason, deadline, from, to)) in state
                .decisions(decided_at, moved_from, cat.id)
                .into_iter()
                .enumerate()
            {
                screening_decision::ActiveModel {
                    submission_id: Set(s.id),
                    actor_id: Set(None),
                    decision: Set(decision),
                    reason: Set(reason.to_owned()),
                    from_category_id: Set(from),
                    to_category_id: Set(to),
                    deadline: Set(deadline),
                    created_at: Set(decided_at + i64::try_from(n).unwrap_or(0) * 8 * DAY),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
            }
            if status != SubmissionStatus::Draft {
                sent_by_category.entry(cat.id).or_default().push(s.id);
            }
            report.submissions += 1;
        }
        // Some sent projects look alike: the screener's flags point to them (one pair in twenty).
        let mut flagged = 0;
        for cat in categories {
            let Some(ids) = sent_by_category.get(&cat.id) else {
                continue;
            };
            for pair in ids.chunks(2).step_by(10) {
                if let [a, b] = pair {
                    crate::nominations::flags::add_pair(
                        txn,
                        *a,
                        *b,
                        SubmissionFlagKind::SimilarDescription,
                        "0.62",
                        base + 10 * DAY,
                    )
                    .await?;
                    flagged += 1;
                }
            }
        }
        tracing::info!(flagged, "demo flags added");
        let review = crate::review::demo::load(
            txn,
            edition_id,
            base,
            (&self.corpus.first_names, &self.corpus.last_names),
            self.countries,
            rng,
        )
        .await?;
        report.experts = review.experts;
        report.assignments = review.assignments;
        report.reviews = review.reviews;
        report.nominees = review.nominees;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corpus_covers_every_category_with_every_list_filled() {
        let corpus: Corpus = serde_json::from_str(CORPUS).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(corpus.categories.len(), 18);
        for (code, c) in &corpus.categories {
            for (name, len) in [
                ("project_names", c.project_names.len()),
                ("problems", c.problems.len()),
                ("approaches", c.approaches.len()),
                ("results", c.results.len()),
                ("futures", c.futures.len()),
                ("partners", c.partners.len()),
            ] {
                assert!(len >= 3, "{code}.{name}");
            }
        }
        for stakeholder in StakeholderType::ALL.iter().copied() {
            assert!(!corpus.organisation_patterns[stakeholder.code()].is_empty());
        }
        for code in corpus.places.keys() {
            assert!(crate::countries::known_code(code).is_some(), "{code}");
        }
        // Native names are used only for countries the demo draws from.
        for (code, names) in &corpus.native_organisations {
            assert!(corpus.places.contains_key(code), "{code}");
            assert!(!names.is_empty(), "{code}");
        }
    }

    #[test]
    fn generated_descriptions_fit_the_word_limits_and_leave_no_placeholder() {
        let corpus: Corpus = serde_json::from_str(CORPUS).unwrap_or_else(|e| panic!("{e}"));
        let mut rng = StdRng::seed_from_u64(7);
        for c in corpus.categories.values() {
            for _ in 0..20 {
                let d = short_description(c, "Kisumu", "Kenya", &mut rng);
                let n = rules::word_count(&d);
                assert!((150..=200).contains(&n), "{n} words: {d}");
                assert!(!d.contains('{'), "{d}");
            }
        }
    }
}
