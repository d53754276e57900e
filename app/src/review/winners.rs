//! The selection round's outcome: each category's champions ranked by the one published
//! formula (expert scores and the public vote), how every score was made, and the
//! secretariat's decisions (the winners, as many as the category has, and any special
//! recognition), each with its reason and audited.
//!
//! Champions come from the public vote: an award of kind `champion` in the selection round.
//! Until the vote's results are final, every champion has zero votes.

use std::collections::BTreeMap;

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::{
    FinalRanking, FinalRow,
    rounds::{self, Round, Window},
    rules::{
        AwardKind, Champion, FormulaWeights, RoundKind, final_ranking as rank_champions,
        ranking::draw_key,
    },
    standings::counted_reviews,
};
use crate::{
    audit::{self, Reason},
    auth::{Actor, Role},
    entity::{award, category, organisation, submission, vote_result},
    error::DomainError,
    state::AppContext,
};

/// Valid votes per champion of a category, and all valid votes cast in it: the vote's
/// count as fixed at "results final" (before it, none). The counts are read as stored, so
/// that review does not build on the voting feature (which builds on review).
async fn votes_of(
    conn: &impl ConnectionTrait,
    category_id: i64,
) -> Result<(BTreeMap<i64, u64>, u64), DomainError> {
    let Some(cat) = category::Entity::find_by_id(category_id).one(conn).await? else {
        return Ok(Default::default());
    };
    let Some(fixed) = vote_result::Entity::find()
        .filter(vote_result::Column::EditionId.eq(cat.edition_id))
        .one(conn)
        .await?
    else {
        return Ok(Default::default());
    };
    let mut all = fixed.counts.0;
    let mine = all.remove(&cat.code).unwrap_or_default();
    let total = mine.values().sum();
    Ok((mine, total))
}

async fn awards_of(
    conn: &impl ConnectionTrait,
    round_id: i64,
    category_id: i64,
) -> Result<Vec<award::Model>, DomainError> {
    Ok(award::Entity::find()
        .filter(award::Column::RoundId.eq(round_id))
        .filter(award::Column::CategoryId.eq(category_id))
        .all(conn)
        .await?)
}

/// A category's champions ranked by the formula, with each score's making.
///
/// # Errors
/// Forbidden; not found (category).
#[tracing::instrument(skip_all, fields(category = category_code))]
pub async fn final_ranking(
    ctx: &AppContext,
    actor: &Actor,
    category_code: &str,
) -> Result<FinalRanking, DomainError> {
    actor.require(Role::Secretariat)?;
    let round = rounds::current(ctx, RoundKind::Selection).await?;
    let cat = round
        .category(&ctx.db, category_code)
        .await?
        .ok_or(DomainError::NotFound)?;
    let awards = awards_of(&ctx.db, round.model.id, cat.id).await?;
    let champions: Vec<i64> = awards
        .iter()
        .filter(|a| a.kind == AwardKind::Champion)
        .map(|a| a.submission_id)
        .collect();
    let mut totals: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
    for c in counted_reviews(&ctx.db, &round).await? {
        totals
            .entry(c.review.submission_id)
            .or_default()
            .push(c.total);
    }
    let (votes, category_votes) = votes_of(&ctx.db, cat.id).await?;
    let entries: Vec<Champion> = champions
        .iter()
        .map(|id| Champion {
            submission_id: *id,
            expert_mean: totals
                .get(id)
                .filter(|t| !t.is_empty())
                .map(|t| t.iter().sum::<f64>() / t.len() as f64),
            votes: votes.get(id).copied().unwrap_or(0),
        })
        .collect();
    let weights = FormulaWeights::new(
        u8::try_from(round.model.formula_experts).unwrap_or(100),
        u8::try_from(round.model.formula_votes).unwrap_or(0),
    )
    .unwrap_or_default();
    let seed = round.model.seed.clone();
    let ranked = rank_champions(&entries, category_votes, weights, |id| draw_key(&seed, id));
    let subs: BTreeMap<i64, submission::Model> = submission::Entity::find()
        .filter(submission::Column::Id.is_in(champions.clone()))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let orgs: BTreeMap<i64, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(subs.values().filter_map(|s| s.organisation_id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let decided = |id: i64, kind: AwardKind| {
        awards
            .iter()
            .find(|a| a.submission_id == id && a.kind == kind)
            .map(|a| a.reason.clone())
    };
    Ok(FinalRanking {
        category_code: cat.code.clone(),
        formula_experts: weights.experts,
        formula_votes: weights.votes,
        winners_allowed: usize::try_from(cat.winners).unwrap_or(1),
        can_decide: round.window != Window::NotYetOpen,
        rows: ranked
            .into_iter()
            .map(|b| {
                let s = subs.get(&b.submission_id);
                FinalRow {
                    title: s.map(|s| s.title.clone()).unwrap_or_default(),
                    organisation: s
                        .and_then(|s| s.organisation_id)
                        .and_then(|o| orgs.get(&o).cloned())
                        .unwrap_or_default(),
                    winner: decided(b.submission_id, AwardKind::Winner),
                    special: decided(b.submission_id, AwardKind::SpecialRecognition),
                    breakdown: b,
                }
            })
            .collect(),
    })
}

/// Records a winner or a special recognition among a category's champions, with its
/// reason; audited. A category has at most as many winners as it says.
///
/// # Errors
/// Forbidden; not found; invalid (not a champion, a champion award asked by hand, no reason,
/// more winners than the category has); phase closed before the round opens; conflict when
/// already decided.
#[tracing::instrument(skip_all, fields(category = category_code, submission_id))]
pub async fn decide(
    ctx: &AppContext,
    actor: &Actor,
    category_code: &str,
    submission_id: i64,
    kind: &str,
    reason: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let kind = match AwardKind::from_code(kind) {
        Some(k @ (AwardKind::Winner | AwardKind::SpecialRecognition)) => k,
        _ => return Err(DomainError::invalid("kind", "award-kind-unknown")),
    };
    let reason = Reason::parse(reason, "reason")?;
    let round = rounds::current(ctx, RoundKind::Selection).await?;
    if round.window == Window::NotYetOpen {
        return Err(DomainError::PhaseClosed("round-not-open"));
    }
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let cat = round
        .category(&txn, category_code)
        .await?
        .ok_or(DomainError::NotFound)?;
    let awards = awards_of(&txn, round.model.id, cat.id).await?;
    let is = |k: AwardKind| move |a: &&award::Model| a.kind == k;
    if !awards
        .iter()
        .filter(is(AwardKind::Champion))
        .any(|a| a.submission_id == submission_id)
    {
        return Err(DomainError::invalid(
            "submission_id",
            "award-not-a-champion",
        ));
    }
    if kind == AwardKind::Winner
        && awards.iter().filter(is(AwardKind::Winner)).count()
            >= usize::try_from(cat.winners).unwrap_or(1)
    {
        return Err(DomainError::invalid("submission_id", "award-winners-full"));
    }
    award::ActiveModel {
        round_id: Set(round.model.id),
        category_id: Set(cat.id),
        submission_id: Set(submission_id),
        kind: Set(kind),
        reason: Set(reason.as_str().to_owned()),
        decided_by: Set(Some(session.account_id)),
        decided_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| match DomainError::from(e) {
        DomainError::Conflict(_) => DomainError::Conflict("award-already"),
        other => other,
    })?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::AwardDecided,
            target_type: audit::TargetType::Submission,
            target_id: submission_id.to_string(),
            reason: Some(reason),
            details: serde_json::json!({ "kind": kind.code(), "category": cat.code }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The awards of `edition_id`'s selection round as (submission, kind), of one submission
/// when `submission` says which; none before the round exists. Whether they may be shown
/// (the embargo) is the caller's to decide.
///
/// # Errors
/// Database failures; an unknown stored kind.
pub async fn awards_in_edition(
    conn: &impl ConnectionTrait,
    edition_id: i64,
    submission: Option<i64>,
) -> Result<Vec<(i64, AwardKind)>, DomainError> {
    let Some(round) = rounds::find(conn, edition_id, RoundKind::Selection).await? else {
        return Ok(Vec::new());
    };
    let mut query = award::Entity::find().filter(award::Column::RoundId.eq(round.id));
    if let Some(id) = submission {
        query = query.filter(award::Column::SubmissionId.eq(id));
    }
    query
        .all(conn)
        .await?
        .into_iter()
        .map(|a| Ok((a.submission_id, a.kind)))
        .collect()
}

/// Makes a submission a champion of the current selection round: what the vote count does
/// for the five most voted nominees of each category.
///
/// # Errors
/// Database failures; conflict when it already is one.
pub async fn make_champion(
    conn: &impl ConnectionTrait,
    round: &Round,
    category_id: i64,
    submission_id: i64,
    now: i64,
) -> Result<(), DomainError> {
    award::ActiveModel {
        round_id: Set(round.model.id),
        category_id: Set(category_id),
        submission_id: Set(submission_id),
        kind: Set(AwardKind::Champion),
        reason: Set("among the most voted nominees of the category".to_owned()),
        decided_by: Set(None),
        decided_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}
