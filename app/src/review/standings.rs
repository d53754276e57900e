//! The secretariat's side of the outcome: a category's ranking (normalised beside raw, with
//! disagreement and missing reviews flagged and the published tie rule applied), the
//! confirmation of a category's nominees, and the export of rankings and reviews as CSV.

use std::collections::{BTreeMap, BTreeSet};

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::{
    CategoryRanking, RankRow,
    rounds::{self, Round, Window},
    rules::{
        self, Criterion, ReviewTotal, RoundKind, TieRule, rank, ranking::draw_key, weighted_total,
    },
};
use crate::{
    audit::{self, Reason},
    auth::{Actor, Role},
    catalogue,
    codes::PhaseKind,
    entity::{
        account, category, nominee, nominee_list, organisation, review, review_assignment,
        review_score, submission,
    },
    error::DomainError,
    i18n::Locale,
    spreadsheet::csv_of,
    state::AppContext,
};

/// A category's cut when its own setting is zero.
pub const DEFAULT_CUT: usize = 20;

/// Every counted review of a round with its scores: reviews of live assignments only (a
/// review whose expert later declared a conflict no longer counts).
pub struct Counted {
    pub review: review::Model,
    /// Tenths per criterion, in the rubric's order (0 where missing).
    pub tenths: Vec<u16>,
    pub total: f64,
}

/// The counted reviews of a round.
///
/// # Errors
/// Database failures.
pub async fn counted_reviews(
    conn: &impl ConnectionTrait,
    round: &Round,
) -> Result<Vec<Counted>, DomainError> {
    let live: BTreeSet<i64> = review_assignment::Entity::find()
        .filter(review_assignment::Column::RoundId.eq(round.model.id))
        .filter(review_assignment::Column::ReleasedAt.is_null())
        .all(conn)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let reviews: Vec<review::Model> = review::Entity::find()
        .filter(review::Column::RoundId.eq(round.model.id))
        .all(conn)
        .await?
        .into_iter()
        .filter(|r| live.contains(&r.assignment_id))
        .collect();
    let mut scores: BTreeMap<(i64, i64), i32> = BTreeMap::new();
    for s in review_score::Entity::find()
        .filter(review_score::Column::ReviewId.is_in(reviews.iter().map(|r| r.id)))
        .all(conn)
        .await?
    {
        scores.insert((s.review_id, s.criterion_id), s.tenths);
    }
    let rubric: Vec<Criterion> = round.rubric();
    Ok(reviews
        .into_iter()
        .map(|r| {
            let tenths: Vec<u16> = round
                .criteria
                .iter()
                .map(|c| {
                    let t = scores.get(&(r.id, c.id)).copied().unwrap_or(0);
                    u16::try_from(t).unwrap_or(0)
                })
                .collect();
            let total = weighted_total(&rubric, &tenths);
            Counted {
                review: r,
                tenths,
                total,
            }
        })
        .collect())
}

fn number(x: Option<f64>, decimals: usize) -> String {
    x.map(|v| format!("{v:.decimals$}")).unwrap_or_default()
}

/// A category's ranking in the current round of `kind`.
///
/// # Errors
/// Forbidden; not found (category).
#[tracing::instrument(skip_all, fields(kind = kind.code(), category = category_code))]
pub async fn category_ranking(
    ctx: &AppContext,
    actor: &Actor,
    kind: RoundKind,
    category_code: &str,
    locale: Locale,
) -> Result<CategoryRanking, DomainError> {
    actor.require(Role::Secretariat)?;
    let round = rounds::current(ctx, kind).await?;
    let cat = round
        .category(&ctx.db, category_code)
        .await?
        .ok_or(DomainError::NotFound)?;
    let ranked = ranked_category(&ctx.db, &round, &cat).await?;
    let subs: BTreeMap<i64, submission::Model> = submission::Entity::find()
        .filter(submission::Column::Id.is_in(ranked.iter().map(|r| r.standing.submission_id)))
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
    let list = confirmed_list(&ctx.db, round.model.id, cat.id).await?;
    let on_list: BTreeSet<i64> = match &list {
        Some(l) => nominee::Entity::find()
            .filter(nominee::Column::ListId.eq(l.id))
            .all(&ctx.db)
            .await?
            .into_iter()
            .map(|n| n.submission_id)
            .collect(),
        None => BTreeSet::new(),
    };
    let cut = cut_of(&cat);
    let texts = catalogue::load::category_texts(&ctx.db, [cat.id], locale).await?;
    let tz = catalogue::time_zone_of(&round.edition.edition)?;
    Ok(CategoryRanking {
        round: kind,
        category_code: cat.code.clone(),
        category_title: catalogue::localized(&texts, cat.id, locale, |t| &t.title),
        normalisation: round.normalisation(),
        cut,
        seed_commitment: round.model.seed_commitment.clone(),
        seed: (round.window == Window::Closed).then(|| round.model.seed.clone()),
        confirmed_at: list
            .as_ref()
            .map(|l| crate::i18n::dates::format_datetime(l.confirmed_at, &tz, locale)),
        can_confirm: round.window != Window::NotYetOpen && !ranked.is_empty(),
        rows: ranked
            .into_iter()
            .map(|r| {
                let s = subs.get(&r.standing.submission_id);
                RankRow {
                    position: r.position,
                    submission_id: r.standing.submission_id,
                    title: s.map(|s| s.title.clone()).unwrap_or_default(),
                    organisation: s
                        .and_then(|s| s.organisation_id)
                        .and_then(|o| orgs.get(&o).cloned())
                        .unwrap_or_default(),
                    reviews: r.standing.reviews,
                    missing: r.standing.missing,
                    raw_mean: number(r.standing.raw_mean, 2),
                    z_mean: number(r.standing.z_mean, 3),
                    spread: number(Some(r.standing.spread), 1),
                    disagreement: r.standing.disagreement,
                    decided_by_draw: r.above_next_by == Some(TieRule::Draw),
                    in_cut: r.position <= cut,
                    nominee: on_list.contains(&r.standing.submission_id),
                }
            })
            .collect(),
    })
}

fn cut_of(cat: &category::Model) -> usize {
    usize::try_from(cat.nominees)
        .ok()
        .filter(|n| *n > 0)
        .unwrap_or(DEFAULT_CUT)
}

/// The ranking of one category's entries by the round's published rules.
async fn ranked_category(
    conn: &impl ConnectionTrait,
    round: &Round,
    cat: &category::Model,
) -> Result<Vec<rules::Ranked>, DomainError> {
    let entries: Vec<i64> = super::assign::entries_of(conn, round)
        .await?
        .into_iter()
        .filter(|s| s.category_id == cat.id)
        .map(|s| s.id)
        .collect();
    // Normalisation reads each expert across everything they scored in the round.
    let totals: Vec<ReviewTotal> = counted_reviews(conn, round)
        .await?
        .iter()
        .map(|c| ReviewTotal {
            expert_id: c.review.expert_id,
            submission_id: c.review.submission_id,
            total: c.total,
        })
        .collect();
    let standings = rules::standings(&totals, &entries, round.reviews_per_entry());
    let seed = round.model.seed.clone();
    Ok(rank(standings, round.normalisation(), |id| {
        draw_key(&seed, id)
    }))
}

async fn confirmed_list(
    conn: &impl ConnectionTrait,
    round_id: i64,
    category_id: i64,
) -> Result<Option<nominee_list::Model>, DomainError> {
    Ok(nominee_list::Entity::find()
        .filter(nominee_list::Column::RoundId.eq(round_id))
        .filter(nominee_list::Column::CategoryId.eq(category_id))
        .one(conn)
        .await?)
}

/// Confirms a category's nominees: the top of its shortlisting ranking, as many as its cut.
/// Confirming again (after a change) replaces the list and needs a reason. Both are audited.
/// Possible once the round has opened, until voting opens.
///
/// # Errors
/// Forbidden; not found; phase closed before the round opened or once voting opened;
/// invalid without a reason for a change; conflict with nothing to confirm.
#[tracing::instrument(skip_all, fields(category = category_code))]
pub async fn confirm_nominees(
    ctx: &AppContext,
    actor: &Actor,
    category_code: &str,
    reason: &str,
) -> Result<usize, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let round = rounds::current(ctx, RoundKind::Shortlisting).await?;
    let now = ctx.clock.now();
    if round.window == Window::NotYetOpen {
        return Err(DomainError::PhaseClosed("round-not-open"));
    }
    if round.edition.has_opened(PhaseKind::Voting, now) {
        return Err(DomainError::PhaseClosed("nominees-voting-opened"));
    }
    let txn = crate::db::begin_write(&ctx.db).await?;
    let cat = round
        .category(&txn, category_code)
        .await?
        .ok_or(DomainError::NotFound)?;
    let ranked = ranked_category(&txn, &round, &cat).await?;
    if ranked.is_empty() {
        return Err(DomainError::Conflict("nominees-none"));
    }
    let previous = confirmed_list(&txn, round.model.id, cat.id).await?;
    let reason = match &previous {
        Some(_) => Some(Reason::parse(reason, "reason")?),
        None => Reason::optional(reason, "reason")?,
    };
    if let Some(old) = previous {
        nominee_list::Entity::delete_by_id(old.id)
            .exec(&txn)
            .await?;
    }
    let list = nominee_list::ActiveModel {
        round_id: Set(round.model.id),
        category_id: Set(cat.id),
        confirmed_at: Set(now),
        confirmed_by: Set(Some(session.account_id)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let chosen: Vec<&rules::Ranked> = ranked.iter().take(cut_of(&cat)).collect();
    for r in &chosen {
        nominee::ActiveModel {
            list_id: Set(list.id),
            submission_id: Set(r.standing.submission_id),
            position: Set(i32::try_from(r.position).unwrap_or(i32::MAX)),
        }
        .insert(&txn)
        .await?;
    }
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::NomineesConfirmed,
            target_type: audit::TargetType::Category,
            target_id: cat.code.clone(),
            reason,
            details: serde_json::json!({
                "nominees": chosen.iter().map(|r| r.standing.submission_id).collect::<Vec<_>>(),
                "seed_commitment": round.model.seed_commitment,
            }),
        },
        now,
    )
    .await?;
    // The category pages publish the list when voting opens.
    catalogue::commit(ctx, txn).await?;
    Ok(chosen.len())
}

/// The categories of the current edition without a confirmed nominee list: voting must not
/// open while this is not empty.
///
/// # Errors
/// Database failures.
pub async fn categories_without_nominees(ctx: &AppContext) -> Result<Vec<String>, DomainError> {
    let round = rounds::current(ctx, RoundKind::Shortlisting).await?;
    let confirmed: BTreeSet<i64> = nominee_list::Entity::find()
        .filter(nominee_list::Column::RoundId.eq(round.model.id))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|l| l.category_id)
        .collect();
    Ok(category::Entity::find()
        .filter(category::Column::EditionId.eq(round.edition.edition.id))
        .all(&ctx.db)
        .await?
        .into_iter()
        .filter(|c| !confirmed.contains(&c.id))
        .map(|c| c.code)
        .collect())
}

/// The published draws of the current edition's rounds: public, and read-only (a round not
/// made yet is simply not listed).
///
/// # Errors
/// Database failures.
pub async fn draws(ctx: &AppContext) -> Result<Vec<super::DrawRound>, DomainError> {
    let now = ctx.clock.now();
    let Some(edition) = catalogue::current(ctx).await? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for kind in RoundKind::ALL {
        if let Some(round) = rounds::find(&ctx.db, edition.edition.id, *kind).await? {
            let closed = rounds::window(&edition.calendar, *kind, now) == Window::Closed;
            out.push(super::DrawRound {
                round: *kind,
                commitment: round.seed_commitment,
                seed: closed.then_some(round.seed),
            });
        }
    }
    Ok(out)
}

/// Every category's ranking in the current round of `kind`, as CSV.
///
/// # Errors
/// Forbidden.
pub async fn export_ranking(
    ctx: &AppContext,
    actor: &Actor,
    kind: RoundKind,
) -> Result<String, DomainError> {
    actor.require(Role::Secretariat)?;
    let round = rounds::current(ctx, kind).await?;
    let mut rows = vec![
        [
            "category",
            "position",
            "submission",
            "title",
            "reviews",
            "missing",
            "raw_mean",
            "z_mean",
            "spread",
            "disagreement",
            "decided_by_draw",
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    let cats = category::Entity::find()
        .filter(category::Column::EditionId.eq(round.edition.edition.id))
        .all(&ctx.db)
        .await?;
    let titles: BTreeMap<i64, String> = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(round.edition.edition.id))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.title))
        .collect();
    for cat in &cats {
        for r in ranked_category(&ctx.db, &round, cat).await? {
            let s = &r.standing;
            rows.push(vec![
                cat.code.clone(),
                r.position.to_string(),
                s.submission_id.to_string(),
                titles.get(&s.submission_id).cloned().unwrap_or_default(),
                s.reviews.to_string(),
                s.missing.to_string(),
                number(s.raw_mean, 4),
                number(s.z_mean, 4),
                number(Some(s.spread), 2),
                s.disagreement.to_string(),
                (r.above_next_by == Some(TieRule::Draw)).to_string(),
            ]);
        }
    }
    csv_of(rows)
}

/// Every counted review of the current round of `kind`, as CSV: one row per review with a
/// column per criterion.
///
/// # Errors
/// Forbidden.
pub async fn export_reviews(
    ctx: &AppContext,
    actor: &Actor,
    kind: RoundKind,
) -> Result<String, DomainError> {
    actor.require(Role::Secretariat)?;
    let round = rounds::current(ctx, kind).await?;
    let counted = counted_reviews(&ctx.db, &round).await?;
    let experts: BTreeMap<i64, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(counted.iter().map(|c| c.review.expert_id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let mut header: Vec<String> = ["submission", "expert", "version", "total"]
        .map(str::to_owned)
        .to_vec();
    header.extend(round.criteria.iter().map(|c| c.code.clone()));
    header.push("comment".to_owned());
    let mut rows = vec![header];
    for c in &counted {
        let mut row = vec![
            c.review.submission_id.to_string(),
            experts
                .get(&c.review.expert_id)
                .cloned()
                .unwrap_or_default(),
            c.review.version.to_string(),
            format!("{:.4}", c.total),
        ];
        row.extend(
            c.tenths
                .iter()
                .map(|t| super::scoring::show_tenths(i32::from(*t))),
        );
        row.push(c.review.comment.clone());
        rows.push(row);
    }
    csv_of(rows)
}
