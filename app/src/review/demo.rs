//! The demo edition's expert review: a panel of experts with declared ties, the eligible
//! submissions spread over them by the same planner and conflict rules as a real round,
//! three reviews per entry (a few left missing, some far apart), and each category's
//! nominees confirmed from the ranking, draw included.
//!
//! Deterministic like the rest of the demo: the caller's seeded generator, a fixed draw
//! seed, and times as offsets from the opening of submission.

use std::collections::{BTreeMap, BTreeSet};

use rand::{Rng, rngs::StdRng, seq::IndexedRandom};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::{
    assign::{experts_of, facts},
    rounds,
    rules::{
        ExpertSlot, Normalisation, OpenEntry, ReviewTotal, RoundKind, plan_assignments, rank,
        ranking::draw_key, standings, weighted_total,
    },
};
use crate::{
    auth::Role,
    codes::{StakeholderType, TieKind},
    entity::{
        account, account_role, category, columns::Json, expert_tie, nominee, nominee_list,
        organisation, review, review_assignment, review_revision, review_score, round_expert,
        submission,
    },
    error::DomainError,
    i18n::Locale,
    nominations::rules::SubmissionStatus,
};

const DAY: i64 = 86_400;

/// Demo experts write from this domain: not the owners' (which would be a tie to all of
/// them), and reserved like theirs.
pub const PANEL_DOMAIN: &str = "panel.wsis-prizes.invalid";

/// The demo round's draw seed: the hex SHA-256 of a fixed phrase, the same on every machine.
fn demo_seed() -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(b"WSIS Prizes demonstration edition"))
}

/// What the review part of a demo load made.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ReviewDemo {
    pub experts: u64,
    pub assignments: u64,
    pub reviews: u64,
    pub nominees: u64,
}

/// Loads the shortlisting round of the demo edition (see the module header).
///
/// # Errors
/// Database failures.
pub async fn load(
    conn: &impl ConnectionTrait,
    edition_id: i64,
    base: i64,
    names: (&[String], &[String]),
    countries: &[&String],
    rng: &mut StdRng,
) -> Result<ReviewDemo, DomainError> {
    let mut report = ReviewDemo::default();
    // Its draw seed is fixed, so that the shortlist is the same on every machine; a round
    // already worked in before the demo was loaded is left as it is.
    let round = rounds::find(conn, edition_id, RoundKind::Shortlisting)
        .await?
        .ok_or_else(|| DomainError::internal("the edition has no shortlisting round"))?;
    if !rounds::reseed(conn, &round, &demo_seed()).await? {
        return Ok(report);
    }
    let selection = rounds::find(conn, edition_id, RoundKind::Selection)
        .await?
        .ok_or_else(|| DomainError::internal("the edition has no selection round"))?;
    let seed = {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(
            b"WSIS Prizes demonstration edition, selection",
        ))
    };
    rounds::reseed(conn, &selection, &seed).await?;
    let criteria = rounds::criteria_of(conn, round.id).await?;
    let mut categories = category::Entity::find()
        .filter(category::Column::EditionId.eq(edition_id))
        .all(conn)
        .await?;
    categories.sort_by_key(|c| (c.number, c.code.clone()));
    let entries = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Eligible))
        .all(conn)
        .await?;
    let org_names: Vec<String> = {
        let ids: BTreeSet<i64> = entries.iter().filter_map(|s| s.organisation_id).collect();
        let mut names: Vec<String> = organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(ids))
            .all(conn)
            .await?
            .into_iter()
            .map(|o| o.name)
            .collect();
        names.sort();
        names
    };

    // Two experts per category, each reviewing their own and one other: four per category.
    let n = categories.len();
    let screening = base + 95 * DAY;
    for i in 0..2 * n {
        let first = names.0.choose(rng).cloned().unwrap_or_default();
        let last = names.1.choose(rng).cloned().unwrap_or_default();
        let at = base + i64::try_from(i).unwrap_or(0) * 60;
        let email = format!("expert-{:02}@{PANEL_DOMAIN}", i + 1);
        // The same panel serves every demo edition: an expert of an earlier load keeps
        // their account, role and declared ties.
        if let Some(a) = account::Entity::find()
            .filter(account::Column::Email.eq(&email))
            .one(conn)
            .await?
        {
            for c in [&categories[i % n], &categories[(i + 7) % n]] {
                round_expert::ActiveModel {
                    round_id: Set(round.id),
                    account_id: Set(a.id),
                    category_id: Set(c.id),
                    created_at: Set(at),
                    ..Default::default()
                }
                .insert(conn)
                .await?;
            }
            report.experts += 1;
            continue;
        }
        let a = account::ActiveModel {
            email: Set(email),
            email_confirmed_at: Set(Some(at)),
            password_hash: Set(crate::auth::password::NO_PASSWORD.to_owned()),
            name: Set(format!("{first} {last}")),
            organisation: Set("WSIS Prizes expert group".to_owned()),
            country: Set((*countries.choose(rng).copied().unwrap_or(&String::new())).clone()),
            stakeholder_type: Set(StakeholderType::Academia),
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
            role: Set(Role::Expert),
            granted_at: Set(at),
            granted_by: Set(None),
        }
        .insert(conn)
        .await?;
        // Every expert declares a country; one in three also an organisation that has an
        // entry, which the planner must then keep away from them.
        let mut ties = vec![(TieKind::Country, a.country.clone(), a.country.clone())];
        if i % 3 == 0
            && let Some(org) = org_names.choose(rng)
        {
            ties.push((
                TieKind::Organisation,
                org.clone(),
                crate::nominations::rules::normalise_name(org),
            ));
        }
        for (kind, value, normalised) in ties {
            expert_tie::ActiveModel {
                account_id: Set(a.id),
                kind: Set(kind),
                value: Set(value),
                normalised: Set(normalised),
                created_at: Set(at),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        }
        for c in [&categories[i % n], &categories[(i + 7) % n]] {
            round_expert::ActiveModel {
                round_id: Set(round.id),
                account_id: Set(a.id),
                category_id: Set(c.id),
                created_at: Set(at),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        }
        report.experts += 1;
    }

    // The same planner and conflict rules as a real round.
    let experts = experts_of(conn, round.id).await?;
    let ids: BTreeSet<i64> = experts.keys().copied().collect();
    let facts = facts(conn, &round, &ids, &entries).await?;
    let open: Vec<OpenEntry> = entries
        .iter()
        .map(|s| OpenEntry {
            submission_id: s.id,
            category_id: s.category_id,
            assigned: BTreeSet::new(),
        })
        .collect();
    let slots: Vec<ExpertSlot> = experts
        .iter()
        .map(|(id, categories)| ExpertSlot {
            expert_id: *id,
            categories: categories.clone(),
            load: 0,
        })
        .collect();
    let per_entry = usize::try_from(round.reviews_per_entry).unwrap_or(3);
    let plan = plan_assignments(&open, &slots, per_entry, |x, s| {
        facts.conflict(x, s).is_some()
    });

    // Each entry has a quality and each expert a bias; scores are both, plus noise.
    let quality: BTreeMap<i64, f64> = entries
        .iter()
        .map(|s| (s.id, rng.random_range(3.0..9.5)))
        .collect();
    let bias: BTreeMap<i64, f64> = ids
        .iter()
        .map(|x| (*x, rng.random_range(-1.5..1.5)))
        .collect();
    let rubric = rounds::rubric_of(&criteria);
    let mut totals = Vec::new();
    for (k, (submission_id, expert_id)) in plan.added.iter().enumerate() {
        let at = screening + i64::try_from(k).unwrap_or(0) * 97;
        let a = review_assignment::ActiveModel {
            round_id: Set(round.id),
            submission_id: Set(*submission_id),
            expert_id: Set(*expert_id),
            assigned_by: Set(None),
            override_reason: Set(None),
            created_at: Set(screening),
            released_at: Set(None),
            release_reason: Set(None),
            ..Default::default()
        }
        .insert(conn)
        .await?;
        report.assignments += 1;
        // One review in twenty is not in yet.
        if rng.random_range(0..20) == 0 {
            continue;
        }
        let centre = quality.get(submission_id).copied().unwrap_or(6.0)
            + bias.get(expert_id).copied().unwrap_or(0.0);
        let tenths: Vec<u16> = criteria
            .iter()
            .map(|_| {
                let score = (centre + rng.random_range(-1.5..1.5)).clamp(0.0, 10.0);
                // Whole and half points, as experts write them.
                ((score * 2.0).round() * 5.0) as u16
            })
            .collect();
        let r = review::ActiveModel {
            assignment_id: Set(a.id),
            round_id: Set(round.id),
            submission_id: Set(*submission_id),
            expert_id: Set(*expert_id),
            comment: Set(String::new()),
            version: Set(1),
            submitted_at: Set(at),
            revised_at: Set(at),
            ..Default::default()
        }
        .insert(conn)
        .await?;
        review_score::Entity::insert_many(criteria.iter().zip(&tenths).map(|(c, t)| {
            review_score::ActiveModel {
                review_id: Set(r.id),
                criterion_id: Set(c.id),
                tenths: Set(i32::from(*t)),
            }
        }))
        .exec(conn)
        .await?;
        let sheet: BTreeMap<String, u16> = criteria
            .iter()
            .map(|c| c.code.clone())
            .zip(tenths.iter().copied())
            .collect();
        review_revision::ActiveModel {
            review_id: Set(r.id),
            version: Set(1),
            scores: Set(Json(sheet)),
            comment: Set(String::new()),
            submitted_at: Set(at),
            ..Default::default()
        }
        .insert(conn)
        .await?;
        totals.push(ReviewTotal {
            expert_id: *expert_id,
            submission_id: *submission_id,
            total: weighted_total(&rubric, &tenths),
        });
        report.reviews += 1;
    }

    // Each category's nominees, confirmed from its ranking.
    let seed = round.seed.clone();
    for c in &categories {
        let ids: Vec<i64> = entries
            .iter()
            .filter(|s| s.category_id == c.id)
            .map(|s| s.id)
            .collect();
        if ids.is_empty() {
            continue;
        }
        let ranked = rank(
            standings(&totals, &ids, per_entry),
            Normalisation::ZScore,
            |id| draw_key(&seed, id),
        );
        let list = nominee_list::ActiveModel {
            round_id: Set(round.id),
            category_id: Set(c.id),
            confirmed_at: Set(base + 120 * DAY),
            confirmed_by: Set(None),
            ..Default::default()
        }
        .insert(conn)
        .await?;
        let cut = usize::try_from(c.nominees)
            .ok()
            .filter(|n| *n > 0)
            .unwrap_or(20);
        for r in ranked.iter().take(cut) {
            nominee::ActiveModel {
                list_id: Set(list.id),
                submission_id: Set(r.standing.submission_id),
                position: Set(i32::try_from(r.position).unwrap_or(i32::MAX)),
            }
            .insert(conn)
            .await?;
            report.nominees += 1;
        }
    }
    Ok(report)
}
