//! What the statistics page counts. Every count is one grouped query or comes from what
//! "results final" fixed, so a reader costs a few small reads however large the edition.

use std::collections::BTreeMap;

use sea_orm::{
    ColumnTrait, EntityTrait, JoinType, QueryFilter, QuerySelect,
    sea_query::{Expr, Func},
};
use strum::VariantArray;

use super::{Count, EditionStatistics, VoteFigures};
use crate::{
    accounts::StakeholderType,
    auth::Actor,
    catalogue::{self, EditionContent},
    countries::{ItuRegion, REGION_UNKNOWN, region_key},
    entity::{organisation, submission, vote_result},
    error::DomainError,
    i18n::Locale,
    nominations::SubmissionStatus,
    state::AppContext,
    voting::{VoteResults, published},
};

/// The figures of the edition `typed` (a year; empty for the current one) in `locale`.
///
/// # Errors
/// Invalid (`results-edition-invalid`) for what is not a year; not found for an unknown
/// edition; database failures.
#[tracing::instrument(skip(ctx, actor))]
pub async fn edition(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
    typed: &str,
) -> Result<EditionStatistics, DomainError> {
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let content = published::edition_asked(&editions, typed, now)?;
    let edition_id = content.loaded.edition.id;
    let sent = [
        SubmissionStatus::Submitted,
        SubmissionStatus::ChangesRequested,
        SubmissionStatus::Eligible,
        SubmissionStatus::NotEligible,
    ]
    .map(|s| s.code());
    // (category, country, stakeholder type) with their count: a few hundred rows at most.
    let groups: Vec<(i64, Option<String>, Option<String>, i64)> = submission::Entity::find()
        .select_only()
        .column(submission::Column::CategoryId)
        .column(organisation::Column::Country)
        .column(organisation::Column::StakeholderType)
        .column_as(
            Expr::expr(Func::count(Expr::col((
                submission::Entity,
                submission::Column::Id,
            )))),
            "n",
        )
        .join(JoinType::LeftJoin, to_organisation())
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::Status.is_in(sent))
        .group_by(submission::Column::CategoryId)
        .group_by(organisation::Column::Country)
        .group_by(organisation::Column::StakeholderType)
        .into_tuple()
        .all(&ctx.db)
        .await?;
    let mut by_category: BTreeMap<i64, u64> = BTreeMap::new();
    let mut by_region: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_stakeholder: BTreeMap<String, u64> = BTreeMap::new();
    let mut submissions = 0;
    for (category, country, stakeholder, n) in groups {
        let n = u64::try_from(n).unwrap_or(0);
        submissions += n;
        *by_category.entry(category).or_default() += n;
        *by_region
            .entry(region_key(country.as_deref().unwrap_or_default()))
            .or_default() += n;
        let stakeholder = stakeholder
            .as_deref()
            .and_then(StakeholderType::from_code)
            .unwrap_or(StakeholderType::Other);
        *by_stakeholder.entry(stakeholder.label_key()).or_default() += n;
    }
    let categories = content.categories(locale);
    Ok(EditionStatistics {
        year: content.loaded.edition.year,
        edition_title: content.loaded.edition.title.clone(),
        submissions,
        by_category: categories
            .iter()
            .map(|c| {
                let id = content.category_id(&c.code).unwrap_or_default();
                (c.code.clone(), by_category.get(&id).copied().unwrap_or(0))
            })
            .collect(),
        by_region: in_region_order(&by_region),
        by_stakeholder: StakeholderType::VARIANTS
            .iter()
            .map(|s| {
                let key = s.label_key();
                let n = by_stakeholder.get(&key).copied().unwrap_or(0);
                (key, n)
            })
            .collect(),
        vote: vote_figures(ctx, actor, locale, content, typed).await?,
    })
}

/// The published vote in figures; `None` before publication (the secretariat's preview
/// follows the results page's rule).
async fn vote_figures(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
    content: &EditionContent,
    typed: &str,
) -> Result<Option<VoteFigures>, DomainError> {
    let VoteResults::Published(results) = published::results(ctx, actor, locale, typed).await?
    else {
        return Ok(None);
    };
    let mut champions: BTreeMap<String, u64> = BTreeMap::new();
    let mut winners: BTreeMap<String, u64> = BTreeMap::new();
    for category in &results.categories {
        for n in &category.nominees {
            let country = content
                .nominees(&category.code)
                .iter()
                .find(|m| m.submission_id == n.submission_id)
                .map_or("", |m| m.country.as_str());
            if n.champion {
                *champions.entry(region_key(country)).or_default() += 1;
            }
            if n.winner {
                *winners.entry(region_key(country)).or_default() += 1;
            }
        }
    }
    // Counted once, when the results were fixed.
    let per_day: Vec<(i64, u64)> = vote_result::Entity::find()
        .filter(vote_result::Column::EditionId.eq(content.loaded.edition.id))
        .one(&ctx.db)
        .await?
        .map(|r| r.per_day.0)
        .unwrap_or_default();
    Ok(Some(VoteFigures {
        cast_by_day: per_day
            .into_iter()
            .map(|(day, n)| {
                let date = jiff::Timestamp::from_second(day)
                    .map(|t| t.strftime("%Y-%m-%d").to_string())
                    .unwrap_or_default();
                (date, n)
            })
            .collect(),
        preview: results.preview,
        valid_by_category: results
            .categories
            .iter()
            .map(|c| (c.code.clone(), c.valid))
            .collect(),
        champions_by_region: in_region_order(&champions),
        winners_by_region: in_region_order(&winners),
    }))
}

fn to_organisation() -> sea_orm::RelationDef {
    submission::Entity::belongs_to(organisation::Entity)
        .from(submission::Column::OrganisationId)
        .to(organisation::Column::Id)
        .into()
}

/// Every region in its order (zeros included, so that editions compare), then the unknown
/// region when anything is in it.
fn in_region_order(counts: &BTreeMap<String, u64>) -> Vec<Count> {
    let mut out: Vec<Count> = ItuRegion::VARIANTS
        .iter()
        .map(|r| {
            let key = r.label_key();
            let n = counts.get(&key).copied().unwrap_or(0);
            (key, n)
        })
        .collect();
    if let Some(&n) = counts.get(REGION_UNKNOWN) {
        out.push((REGION_UNKNOWN.to_owned(), n));
    }
    out
}
