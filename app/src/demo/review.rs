//! The shortlisting round of a demo edition, as its people run it through the review's
//! services: the panel's experts declare their ties, the secretariat puts each in two
//! categories and runs the planner, the experts score their entries while the round is open
//! (one review in twenty is left missing), and the secretariat confirms each category's
//! nominees from its ranking, the published draw breaking ties, the day before voting opens.
//! The round's draw seed is fixed, so that the shortlist is the same on every machine.

use std::collections::{BTreeMap, BTreeSet};

use rand::{Rng, rngs::StdRng, seq::IndexedRandom};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

use super::{
    DAY, Stage,
    corpus::Corpus,
    people::{self, Person},
};
use crate::{
    entity::{category, organisation, submission},
    error::DomainError,
    nominations::rules::SubmissionStatus,
    review::{RoundKind, assign, experts, experts_wire::Ties, rounds, scoring, standings},
};

/// What the round made.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ReviewDemo {
    pub experts: u64,
    pub assignments: u64,
    pub reviews: u64,
    pub nominees: u64,
}

/// The fixed draw seed of a demo round.
fn seed(kind: RoundKind) -> String {
    let text: &[u8] = match kind {
        RoundKind::Shortlisting => b"WSIS Prizes demonstration edition",
        RoundKind::Selection => b"WSIS Prizes demonstration edition, selection",
    };
    hex::encode(Sha256::digest(text))
}

/// Runs the shortlisting round of `edition_id`, whose submission phase opened at `base`.
/// A round already worked in (by hand, before the demo was loaded) is left as it is.
///
/// # Errors
/// Database failures; a service refusing a step (a fault of the demo).
pub async fn shortlist(
    stage: &Stage,
    corpus: &Corpus,
    edition_id: i64,
    secretariat: &Person,
    base: i64,
    rng: &mut StdRng,
) -> Result<ReviewDemo, DomainError> {
    let db = &stage.ctx().db;
    let mut report = ReviewDemo::default();
    for kind in RoundKind::ALL.iter().copied() {
        let round = rounds::find(db, edition_id, kind)
            .await?
            .ok_or_else(|| DomainError::internal("the edition has no round"))?;
        if !rounds::reseed(db, &round, &seed(kind)).await? {
            return Ok(report);
        }
    }
    let mut categories = category::Entity::find()
        .filter(category::Column::EditionId.eq(edition_id))
        .all(db)
        .await?;
    categories.sort_by_key(|c| (c.number, c.code.clone()));
    let organisations = entry_organisations(stage, edition_id).await?;
    let panel = panel(
        stage,
        corpus,
        &categories,
        secretariat,
        base,
        &organisations,
        rng,
    )
    .await?;
    report.experts = panel.len() as u64;
    // The round opens with the screening phase, 90 days in.
    let admin = secretariat.actor();
    assign::run(
        stage.at(base + 90 * DAY + 3600),
        &admin,
        RoundKind::Shortlisting,
    )
    .await?;
    let reviews = score(stage, edition_id, &panel, base + 95 * DAY, rng).await?;
    report.assignments = reviews.0;
    report.reviews = reviews.1;
    for c in &categories {
        let confirmed =
            standings::confirm_nominees(stage.at(base + 119 * DAY), &admin, &c.code, "");
        match confirmed.await {
            Ok(n) => report.nominees += n as u64,
            // A category without entries has no nominees to confirm.
            Err(DomainError::Conflict(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(report)
}

/// The names of the organisations with an eligible entry, in order.
async fn entry_organisations(stage: &Stage, edition_id: i64) -> Result<Vec<String>, DomainError> {
    let db = &stage.ctx().db;
    let ids: BTreeSet<i64> = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Eligible))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|s| s.organisation_id)
        .collect();
    let mut names: Vec<String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.name)
        .collect();
    names.sort();
    Ok(names)
}

/// Two experts per category, each reviewing their own and one other: four per category.
/// Every expert declares a country; one in three also an organisation that has an entry,
/// which the planner must then keep away from them.
async fn panel(
    stage: &Stage,
    corpus: &Corpus,
    categories: &[category::Model],
    secretariat: &Person,
    base: i64,
    organisations: &[String],
    rng: &mut StdRng,
) -> Result<Vec<Person>, DomainError> {
    let n = categories.len();
    let admin = secretariat.actor();
    let mut panel = Vec::with_capacity(2 * n);
    for i in 0..2 * n {
        let at = base + i64::try_from(i).unwrap_or(0) * 60;
        let expert = people::expert(&stage.ctx().db, corpus, i, at, rng).await?;
        let organisation = if i.is_multiple_of(3) {
            organisations.choose(rng).cloned().unwrap_or_default()
        } else {
            String::new()
        };
        let ties = Ties {
            organisations: organisation,
            countries: expert.account.country.clone(),
            other: String::new(),
        };
        experts::save_ties(stage.at(at), &expert.actor(), &ties).await?;
        for c in [&categories[i % n], &categories[(i + 7) % n]] {
            let kind = RoundKind::Shortlisting;
            assign::add_expert(stage.at(at), &admin, kind, &expert.account.email, &c.code).await?;
        }
        panel.push(expert);
    }
    Ok(panel)
}

/// Each expert scores their entries from `from` on: each entry has a quality and each
/// expert a bias, and a score is both, plus noise, in whole and half points. Returns how
/// many assignments there were and how many reviews were sent.
async fn score(
    stage: &Stage,
    edition_id: i64,
    panel: &[Person],
    from: i64,
    rng: &mut StdRng,
) -> Result<(u64, u64), DomainError> {
    let db = &stage.ctx().db;
    let round = rounds::find(db, edition_id, RoundKind::Shortlisting)
        .await?
        .ok_or_else(|| DomainError::internal("the edition has no shortlisting round"))?;
    let criteria = rounds::criteria_of(db, round.id).await?;
    let mut assignments = assign::live_assignments(db, round.id).await?;
    assignments.sort_by_key(|a| a.id);
    let entries: BTreeSet<i64> = assignments.iter().map(|a| a.submission_id).collect();
    let quality: BTreeMap<i64, f64> = entries
        .iter()
        .map(|s| (*s, rng.random_range(3.0..9.5)))
        .collect();
    let by_id: BTreeMap<i64, &Person> = panel.iter().map(|p| (p.account.id, p)).collect();
    let bias: BTreeMap<i64, f64> = by_id
        .keys()
        .map(|x| (*x, rng.random_range(-1.5..1.5)))
        .collect();
    let mut sent = 0;
    for (k, a) in assignments.iter().enumerate() {
        // One review in twenty is not in yet.
        if rng.random_range(0..20) == 0 {
            continue;
        }
        let Some(expert) = by_id.get(&a.expert_id) else {
            continue;
        };
        let centre = quality.get(&a.submission_id).copied().unwrap_or(6.0)
            + bias.get(&a.expert_id).copied().unwrap_or(0.0);
        let typed: BTreeMap<String, String> = criteria
            .iter()
            .map(|c| {
                let score = (centre + rng.random_range(-1.5..1.5)).clamp(0.0, 10.0);
                let points = (score * 2.0).round() / 2.0 * f64::from(c.scale) / 10.0;
                (c.code.clone(), format!("{points:.1}"))
            })
            .collect();
        let at = from + i64::try_from(k).unwrap_or(0) * 97;
        scoring::submit(stage.at(at), &expert.actor(), a.id, &typed, "").await?;
        sent += 1;
    }
    Ok((assignments.len() as u64, sent))
}
