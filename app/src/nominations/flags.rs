//! Flags for the screener: the same title twice in an edition, two submissions of one
//! organisation in one category (after a merge), very similar projects, and projects that
//! match a winner of an earlier edition (imported from CSV, or recorded on this platform:
//! its champions are named too, as still eligible). Matching is on normalised text and
//! similarity, not on equal strings. The secretariat decides; a flag only points.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::rules::{self, SubmissionForm, SubmissionStatus};
use crate::{
    catalogue::Catalogue,
    codes::{AwardKind, SubmissionFlagKind},
    entity::{award, category, organisation, past_winner, submission, submission_flag},
    error::DomainError,
};

/// Titles at least this similar (normalised Levenshtein) are "the same project".
const TITLE_SIMILARITY: f64 = 0.85;
/// Descriptions sharing at least this share of their three-word sequences are "very similar".
const DESCRIPTION_SIMILARITY: f64 = 0.5;

/// A word's 64-bit FNV-1a hash: the sequences are compared as numbers, never as joined
/// strings (a send compares its text with every other sent one of the edition).
fn word_hash(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The text's three-word sequences, as sorted distinct hashes. Two distinct sequences share
/// a hash once in about 2^64 pairs, far below what moves a percentage.
fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<u64> = rules::normalise_name(text)
        .split(' ')
        .map(word_hash)
        .collect();
    let mut sequences: Vec<u64> = words
        .windows(3)
        .map(|w| {
            // Order matters ("a b c" is not "c b a"): each word's hash is rotated by its place.
            w[0] ^ w[1].rotate_left(21).wrapping_mul(3) ^ w[2].rotate_left(42).wrapping_mul(5)
        })
        .collect();
    sequences.sort_unstable();
    sequences.dedup();
    sequences
}

/// Jaccard similarity of two sets of three-word sequences (sorted, distinct).
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f64 / (a.len() + b.len() - shared) as f64
}

/// Jaccard similarity of the three-word sequences of two texts.
pub fn description_similarity(a: &str, b: &str) -> f64 {
    jaccard(&shingles(a), &shingles(b))
}

/// Similarity of two titles once normalised (1.0 = the same).
pub fn title_similarity(a: &str, b: &str) -> f64 {
    normalised_title_similarity(&rules::normalise_name(a), &rules::normalise_name(b))
}

/// [`title_similarity`] of two titles already normalised.
fn normalised_title_similarity(a: &str, b: &str) -> f64 {
    strsim::normalized_levenshtein(a, b)
}

async fn add(
    conn: &impl ConnectionTrait,
    submission_id: i64,
    kind: SubmissionFlagKind,
    other: Option<i64>,
    past: Option<i64>,
    detail: String,
    now: i64,
) -> Result<(), DomainError> {
    submission_flag::ActiveModel {
        submission_id: Set(submission_id),
        kind: Set(kind),
        other_submission_id: Set(other),
        past_winner_id: Set(past),
        detail: Set(detail),
        created_at: Set(now),
        resolved_at: Set(None),
        resolved_by: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Flags two submissions, each pointing at the other.
///
/// # Errors
/// Database failures.
#[tracing::instrument(skip_all)]
pub async fn add_pair(
    conn: &impl ConnectionTrait,
    a: i64,
    b: i64,
    kind: SubmissionFlagKind,
    detail: &str,
    now: i64,
) -> Result<(), DomainError> {
    add(conn, a, kind, Some(b), None, detail.to_owned(), now).await?;
    add(conn, b, kind, Some(a), None, detail.to_owned(), now).await
}

/// Whether a project (title, organisation) is the same as an earlier winner: a very close
/// title, or the same organisation with a fairly close title.
pub fn matches_past_winner(title: &str, organisation: &str, w: &past_winner::Model) -> bool {
    matches_earlier(title, organisation, &w.title, &w.normalised_organisation)
}

/// The rule of [`matches_past_winner`], for any earlier project.
fn matches_earlier(title: &str, organisation: &str, their_title: &str, their_org: &str) -> bool {
    let similarity = title_similarity(title, their_title);
    let org = rules::normalise_name(organisation);
    let same_org = !org.is_empty() && org == their_org;
    similarity >= TITLE_SIMILARITY || (same_org && similarity >= 0.6)
}

/// An award of an earlier edition recorded on this platform, once public, with what the
/// past-winner check compares.
struct EarlierAward {
    year: i32,
    category_code: String,
    title: String,
    organisation: String,
    normalised_organisation: String,
    kind: AwardKind,
}

/// The editions before `edition_id` whose awards are public at `now` (the one rule,
/// `Loaded::awards_public`), as (id, year): those the past-winner check reads.
pub fn published_before(editions: &Catalogue, edition_id: i64, now: i64) -> Vec<(i64, i32)> {
    let Some(own) = editions.by_id(edition_id) else {
        return Vec::new();
    };
    let year = own.loaded.edition.year;
    editions
        .all()
        .iter()
        .map(|c| &c.loaded)
        .filter(|l| l.edition.year < year && l.awards_public(now))
        .map(|l| (l.edition.id, l.edition.year))
        .collect()
}

/// The awards of the editions `earlier` (id, year), the best per project (a winner is also a
/// champion).
async fn earlier_awards(
    conn: &impl ConnectionTrait,
    earlier: &[(i64, i32)],
) -> Result<Vec<EarlierAward>, DomainError> {
    if earlier.is_empty() {
        return Ok(Vec::new());
    }
    let categories = category::Entity::find()
        .filter(category::Column::EditionId.is_in(earlier.iter().map(|(id, _)| *id)))
        .all(conn)
        .await?;
    let awards = award::Entity::find()
        .filter(award::Column::CategoryId.is_in(categories.iter().map(|c| c.id)))
        .all(conn)
        .await?;
    let best = super::outcomes::best_awards(awards.iter().map(|a| (a.submission_id, a.kind)));
    let projects = submission::Entity::find()
        .filter(submission::Column::Id.is_in(best.keys().copied()))
        .order_by_asc(submission::Column::Id)
        .all(conn)
        .await?;
    let organisations = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(projects.iter().filter_map(|p| p.organisation_id)))
        .all(conn)
        .await?;
    Ok(projects
        .into_iter()
        .filter_map(|p| {
            let kind = *best.get(&p.id)?;
            let category = categories.iter().find(|c| c.id == p.category_id)?;
            let (_, year) = *earlier.iter().find(|(id, _)| *id == category.edition_id)?;
            let org = organisations
                .iter()
                .find(|o| Some(o.id) == p.organisation_id);
            Some(EarlierAward {
                year,
                category_code: category.code.clone(),
                title: p.title,
                organisation: org.map(|o| o.name.clone()).unwrap_or_default(),
                normalised_organisation: org.map(|o| o.normalised_name.clone()).unwrap_or_default(),
                kind,
            })
        })
        .collect())
}

/// Flags a submission as matching an earlier winner.
///
/// # Errors
/// Database failures.
#[tracing::instrument(skip_all)]
pub async fn add_past_winner(
    conn: &impl ConnectionTrait,
    submission_id: i64,
    w: &past_winner::Model,
    now: i64,
) -> Result<(), DomainError> {
    let detail = format!(
        "{} {} — {} ({})",
        w.year, w.category_code, w.title, w.organisation
    );
    add(
        conn,
        submission_id,
        SubmissionFlagKind::PastWinner,
        None,
        Some(w.id),
        detail,
        now,
    )
    .await
}

/// Recomputes the open flags of a submission that has just been sent, and flags the other
/// submission of each pair too, so that the screener sees it from both sides. `earlier` are
/// the editions whose published awards it is compared with ([`published_before`]).
///
/// # Errors
/// Database failures.
#[tracing::instrument(skip_all)]
pub async fn refresh(
    conn: &impl ConnectionTrait,
    s: &submission::Model,
    form: &SubmissionForm,
    earlier: &[(i64, i32)],
    now: i64,
) -> Result<(), DomainError> {
    submission_flag::Entity::delete_many()
        .filter(submission_flag::Column::SubmissionId.eq(s.id))
        .filter(submission_flag::Column::ResolvedAt.is_null())
        .exec(conn)
        .await?;
    submission_flag::Entity::delete_many()
        .filter(submission_flag::Column::OtherSubmissionId.eq(s.id))
        .filter(submission_flag::Column::ResolvedAt.is_null())
        .exec(conn)
        .await?;
    // Only what is compared, and this submission's side once: a send reads every sent
    // submission of the edition (the whole rows made the demo's 2,000 sends take minutes).
    let others: Vec<(i64, i64, Option<i64>, String, String)> = submission::Entity::find()
        .select_only()
        .columns([
            submission::Column::Id,
            submission::Column::CategoryId,
            submission::Column::OrganisationId,
            submission::Column::Title,
            submission::Column::ShortDescription,
        ])
        .filter(submission::Column::EditionId.eq(s.edition_id))
        .filter(submission::Column::Id.ne(s.id))
        .filter(submission::Column::Status.ne(SubmissionStatus::Draft))
        // In a fixed order, so that the flags are numbered alike on every engine.
        .order_by_asc(submission::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    let own_title = rules::normalise_name(&form.title);
    let own_words = shingles(&form.short_description);
    for (other_id, category_id, organisation_id, other_title, other_description) in others {
        let mut found = Vec::new();
        let title = normalised_title_similarity(&own_title, &rules::normalise_name(&other_title));
        if title >= TITLE_SIMILARITY {
            found.push((
                SubmissionFlagKind::SimilarTitle,
                format!("{:.0}%", title * 100.0),
            ));
        }
        if s.organisation_id.is_some()
            && s.organisation_id == organisation_id
            && s.category_id == category_id
        {
            found.push((SubmissionFlagKind::SameEntityCategory, String::new()));
        }
        let description = jaccard(&own_words, &shingles(&other_description));
        if description >= DESCRIPTION_SIMILARITY {
            found.push((
                SubmissionFlagKind::SimilarDescription,
                format!("{:.0}%", description * 100.0),
            ));
        }
        for (kind, detail) in found {
            add_pair(conn, s.id, other_id, kind, &detail, now).await?;
        }
    }
    for w in past_winner::Entity::find()
        .order_by_asc(past_winner::Column::Id)
        .all(conn)
        .await?
    {
        if matches_past_winner(&form.title, &form.organisation, &w) {
            add_past_winner(conn, s.id, &w, now).await?;
        }
    }
    for a in earlier_awards(conn, earlier).await? {
        if !matches_earlier(
            &form.title,
            &form.organisation,
            &a.title,
            &a.normalised_organisation,
        ) {
            continue;
        }
        // A champion stays eligible: the screener is told, as for a winner, and decides.
        let kind = match a.kind {
            AwardKind::Champion => SubmissionFlagKind::PastChampion,
            _ => SubmissionFlagKind::PastWinner,
        };
        let detail = format!(
            "{} {} — {} ({}) · {}",
            a.year,
            a.category_code,
            a.title,
            a.organisation,
            a.kind.code()
        );
        add(conn, s.id, kind, None, None, detail, now).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_that_differ_by_case_punctuation_or_a_typo_are_similar() {
        assert!(
            title_similarity(
                "Village Connect: Schools Online!",
                "village connect - schools online"
            ) > 0.99
        );
        assert!(
            title_similarity(
                "Village Connect Schools Online",
                "Vilage Connect Schools Onlne"
            ) >= TITLE_SIMILARITY
        );
        assert!(title_similarity("Village Connect", "Ocean Data Commons") < 0.5);
    }

    #[test]
    fn a_description_copied_with_small_edits_is_very_similar_and_an_unrelated_one_is_not() {
        let a = "The project connects rural schools to the internet with solar powered community networks run by local cooperatives and trains teachers to use open learning resources in three languages.";
        let b = "The project connects rural schools to the internet with solar powered community networks run by local cooperatives, and trains teachers to use open learning resources in four languages.";
        let c = "A national platform lets farmers check market prices by text message and sell their harvest directly to buyers in the capital.";
        assert!(
            description_similarity(a, b) >= DESCRIPTION_SIMILARITY,
            "{}",
            description_similarity(a, b)
        );
        assert!(description_similarity(a, c) < 0.1);
    }

    #[test]
    fn the_hashed_sequences_give_the_share_of_the_sequences_as_words() {
        // The same measure computed on joined words, as the screener would by hand.
        fn by_words(a: &str, b: &str) -> f64 {
            let sequences = |t: &str| -> std::collections::HashSet<String> {
                let words: Vec<String> = rules::normalise_name(t)
                    .split(' ')
                    .map(str::to_owned)
                    .collect();
                words.windows(3).map(|w| w.join(" ")).collect()
            };
            let (a, b) = (sequences(a), sequences(b));
            let shared = a.intersection(&b).count();
            shared as f64 / (a.len() + b.len() - shared) as f64
        }
        let texts = [
            "open data for open cities, open data for open schools, open data for all",
            "Open data for open cities and open schools; open data for all!",
            "all for data open schools open for data open cities open for data open",
            "Des données ouvertes pour des villes ouvertes et des écoles ouvertes",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(description_similarity(a, b), by_words(a, b), "{a} / {b}");
            }
        }
        // The same words in another order are other sequences.
        assert_eq!(
            description_similarity("one two three", "three two one"),
            0.0
        );
    }
}
