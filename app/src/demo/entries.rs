//! An edition's submissions, as their owners write and send them and the secretariat screens
//! them: every step through the owners' and the screener's services, on the stage's clock at
//! the step's time. About one in twelve stays a draft, the rest are sent two days after they
//! are started, and screened three days later into every state: eligible, not eligible,
//! changes asked (still open, or lapsed back to screening), moved to another category,
//! withdrawn.

use std::collections::HashSet;

use rand::{Rng, rngs::StdRng, seq::IndexedRandom};

use super::{
    DAY, Stage,
    corpus::{CategoryCorpus, Corpus, artwork, fill, pick, short_description},
    people::Person,
};
use crate::{
    codes::StakeholderType,
    countries::country_name,
    entity::category,
    error::DomainError,
    i18n::Locale,
    nominations::{
        Decision, owners, pictures, queries::expire_change_requests, rules, screening, withdrawal,
    },
};

/// The screening state a demo submission is left in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
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

impl State {
    fn drawn(rng: &mut StdRng) -> Self {
        match rng.random_range(0..100) {
            0..=7 => State::Draft,
            8..=37 => State::Sent,
            38..=43 => State::ChangesAsked,
            44..=46 => State::ChangesLapsed,
            47..=49 => State::Moved,
            50..=89 => State::Eligible,
            90..=96 => State::NotEligible,
            _ => State::Withdrawn,
        }
    }
}

const CHANGES_MESSAGE: &str =
    "Please give figures for the last twelve months in the quantitative impact.";

/// What the entries of an edition made.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Entries {
    pub submissions: u64,
    pub pictures: u64,
}

/// One submission to write: where, by whom, when, and how it ends.
struct Planned {
    id: i64,
    owner: usize,
    /// Where its entity sits in the end (a moved one starts in the next category).
    category: String,
    state: State,
    decided_at: i64,
}

/// About `count` submissions in the edition of `categories`, started over `span` seconds
/// from `base` by `owners`, screened by `secretariat`.
///
/// # Errors
/// Database failures; a service refusing a step (a fault of the demo).
pub async fn fill_edition(
    stage: &Stage,
    corpus: &Corpus,
    categories: &[category::Model],
    (owners, secretariat): (&[Person], &Person),
    (base, span): (i64, i64),
    count: usize,
    rng: &mut StdRng,
) -> Result<Entries, DomainError> {
    let mut report = Entries::default();
    let mut taken: HashSet<(String, String, String)> = HashSet::new();
    let mut planned = Vec::new();
    let count_i64 = i64::try_from(count).unwrap_or(i64::MAX).max(1);
    for i in 0..count {
        // Spread over the first weeks of submission; sent two days later; screened three
        // days after that.
        let created = base + i64::try_from(i).unwrap_or(0) * span / count_i64;
        let cat = &categories[i % categories.len()];
        let Some(c) = corpus.categories.get(&cat.code) else {
            continue;
        };
        let state = State::drawn(rng);
        // A moved submission starts in the next category of the list.
        let starts_in = if state == State::Moved {
            &categories[(i + 1) % categories.len()].code
        } else {
            &cat.code
        };
        let places = [cat.code.as_str(), starts_in.as_str()];
        let Some(written) = write(corpus, c, i, &places, &mut taken, rng) else {
            continue;
        };
        let owner = rng.random_range(0..owners.len());
        let actor = owners[owner].actor();
        let ctx = stage.at(created);
        let id = owners::create(ctx, &actor, starts_in).await?;
        owners::save(ctx, &actor, id, &written).await?;
        if i.is_multiple_of(3) {
            pictures::upload(ctx, &actor, id, artwork(rng)).await?;
            report.pictures += 1;
        }
        if state != State::Draft {
            owners::submit(stage.at(created + 2 * DAY), &actor, id).await?;
        }
        planned.push(Planned {
            id,
            owner,
            category: cat.code.clone(),
            state,
            decided_at: created + 5 * DAY,
        });
        report.submissions += 1;
    }
    screen(stage, &planned, (owners, secretariat)).await?;
    Ok(report)
}

/// The form of submission `i`, of the action line `places[0]`: a project of an entity that
/// has no place in any of `places` yet (one entity per category: a few names are tried), or
/// none when every name tried is taken.
fn write(
    corpus: &Corpus,
    c: &CategoryCorpus,
    i: usize,
    places: &[&str],
    taken: &mut HashSet<(String, String, String)>,
    rng: &mut StdRng,
) -> Option<rules::SubmissionForm> {
    let countries = corpus.countries();
    let mut chosen = None;
    for _ in 0..6 {
        let code = (*pick(rng, &countries)).clone();
        let place = pick(rng, &corpus.places[&code]).clone();
        let country = country_name(&code, Locale::En);
        let stakeholder = *pick(rng, StakeholderType::ALL);
        let patterns = &corpus.organisation_patterns[stakeholder.code()];
        let name = fill(pick(rng, patterns).as_str(), &place, &country, rng);
        // One organisation in three from a country that writes in its own script is named in
        // it: the search and the book must handle names in every script.
        let name = match corpus.native_organisations.get(&code) {
            Some(native) if i.is_multiple_of(3) && !native.is_empty() => {
                native[(i / 3) % native.len()].clone()
            }
            _ => name,
        };
        let keys: Vec<_> = places
            .iter()
            .map(|p| (rules::normalise_name(&name), code.clone(), (*p).to_owned()))
            .collect();
        if keys.iter().all(|k| !taken.contains(k)) {
            taken.extend(keys);
            chosen = Some((code, place, country, stakeholder, name));
            break;
        }
    }
    let (code, place, country, stakeholder, organisation) = chosen?;
    let sentences = |list: &Vec<String>, n: usize, rng: &mut StdRng| {
        // Distinct sentences: the same one twice would read as a mistake.
        let chosen: Vec<&String> = list.choose_multiple(rng, n).collect();
        chosen
            .into_iter()
            .map(|t| fill(t.as_str(), &place, &country, rng))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let title = fill(pick(rng, &c.project_names).as_str(), &place, &country, rng);
    let short = short_description(c, &place, &country, rng);
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
    let start_date = format!(
        "{}-{:02}",
        rng.random_range(2015..2025),
        rng.random_range(1..13)
    );
    let project_status = if rng.random_bool(0.7) {
        "completed"
    } else {
        "major_phase_completed"
    };
    Some(rules::SubmissionForm {
        title,
        organisation,
        country: code,
        stakeholder_type: stakeholder.code().to_owned(),
        short_description: short,
        action_lines: places[0].to_owned(),
        sdgs: c
            .sdgs
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        impact_qualitative,
        impact_quantitative,
        partnerships,
        challenges,
        start_date,
        project_status: project_status.to_owned(),
        website: format!("https://{slug}.example.org"),
    })
}

/// The secretariat screens the sent submissions, each at its time: the decisions first,
/// the lapses at their deadlines, and, last of all, the change requests still open when
/// the demo ends (so that no lapse reaches them).
async fn screen(
    stage: &Stage,
    planned: &[Planned],
    (owners, secretariat): (&[Person], &Person),
) -> Result<(), DomainError> {
    let screener = secretariat.actor();
    let mut last = 0;
    let mut lapses = Vec::new();
    for p in planned {
        let ctx = stage.at(p.decided_at);
        last = last.max(p.decided_at);
        let decision = match p.state {
            State::Draft | State::Sent | State::ChangesAsked => continue,
            State::Eligible => Decision::Eligible {
                note: String::new(),
            },
            State::NotEligible => Decision::NotEligible {
                reason: "The project has not yet completed a major phase.".to_owned(),
            },
            State::Moved => Decision::Move {
                to_category: p.category.clone(),
                reason:
                    "The project is about e-learning rather than the action line it was sent in."
                        .to_owned(),
            },
            State::ChangesLapsed => {
                lapses.push(p.decided_at + 7 * DAY + 60);
                Decision::RequestChanges {
                    message: CHANGES_MESSAGE.to_owned(),
                    days: Some(7),
                }
            }
            State::Withdrawn => {
                withdrawal::withdraw(
                    ctx,
                    &owners[p.owner].actor(),
                    p.id,
                    "The organisation withdrew the project.",
                )
                .await?;
                continue;
            }
        };
        screening::decide(ctx, &screener, p.id, &decision).await?;
    }
    lapses.sort_unstable();
    for at in lapses {
        expire_change_requests(&stage.at(at).db, at).await?;
        last = last.max(at);
    }
    for p in planned.iter().filter(|p| p.state == State::ChangesAsked) {
        let ctx = stage.at(last + 3600);
        let decision = Decision::RequestChanges {
            message: CHANGES_MESSAGE.to_owned(),
            days: Some(14),
        };
        screening::decide(ctx, &screener, p.id, &decision).await?;
    }
    Ok(())
}
