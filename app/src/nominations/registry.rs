//! The secretariat's registry work: importing the winners of earlier editions (so that new
//! submissions can be matched against them) and merging two organisations that are the same
//! entity. Both are audited; both bring the screener's flags up to date.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::{
    ImportReport, OrganisationRow,
    rules::{self, SubmissionStatus},
};
use crate::{
    audit,
    auth::{Actor, Role},
    catalogue,
    codes::SubmissionFlagKind,
    entity::{organisation, past_winner, submission, submission_flag},
    error::{DomainError, FieldError},
    state::AppContext,
};

/// Longest CSV accepted, in bytes.
pub const CSV_MAX_BYTES: usize = 512 * 1024;

struct Row {
    year: i32,
    category: String,
    title: String,
    organisation: String,
    country: &'static str,
}

/// Reads `year,category,title,organisation,country` lines (a header line is allowed).
fn parse_csv(text: &str, current_year: i32) -> Result<Vec<Row>, Vec<(usize, &'static str)>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 1;
        let Ok(record) = record else {
            errors.push((line, "past-winners-line-unreadable"));
            continue;
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        if line == 1
            && record
                .get(0)
                .is_some_and(|y| y.eq_ignore_ascii_case("year"))
        {
            continue;
        }
        if record.len() != 5 {
            errors.push((line, "past-winners-line-columns"));
            continue;
        }
        let year = record[0]
            .parse::<i32>()
            .ok()
            .filter(|y| (2000..current_year).contains(y));
        let text_ok = |s: &str, max: usize| {
            !s.is_empty() && s.chars().count() <= max && !s.chars().any(char::is_control)
        };
        let country = crate::countries::known_code(&record[4]);
        match (year, country) {
            (Some(year), Some(country))
                if text_ok(&record[1], 20)
                    && text_ok(&record[2], 300)
                    && text_ok(&record[3], 300) =>
            {
                rows.push(Row {
                    year,
                    category: record[1].to_owned(),
                    title: record[2].to_owned(),
                    organisation: record[3].to_owned(),
                    country,
                });
            }
            (None, _) => errors.push((line, "past-winners-line-year")),
            (_, None) => errors.push((line, "past-winners-line-country")),
            _ => errors.push((line, "past-winners-line-text")),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// Imports earlier winners from CSV, all or nothing; rows already known are skipped. Sent
/// submissions of the current edition are checked against the new list.
///
/// # Errors
/// Unauthenticated, forbidden; invalid (with the line numbers and what is wrong).
#[tracing::instrument(skip(ctx, actor, text))]
pub async fn import_past_winners(
    ctx: &AppContext,
    actor: &Actor,
    text: &str,
) -> Result<ImportReport, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    if text.len() > CSV_MAX_BYTES {
        return Err(DomainError::invalid("csv", "past-winners-too-long"));
    }
    let now = ctx.clock.now();
    let current_year = jiff::Timestamp::from_second(now)
        .map(|t| i32::from(t.to_zoned_datetime(jiff::tz::TimeZone::UTC).year()))
        .unwrap_or(2100);
    let rows = parse_csv(text, current_year + 1).map_err(|errors| {
        DomainError::Invalid(
            errors
                .into_iter()
                .take(50)
                .map(|(line, key)| FieldError::new(&format!("line-{line}"), key))
                .collect(),
        )
    })?;
    if rows.is_empty() {
        return Err(DomainError::invalid("csv", "past-winners-empty"));
    }
    let txn = crate::db::begin_write(&ctx.db).await?;
    let mut imported = 0;
    let mut skipped = 0;
    for r in rows {
        let normalised_title = rules::normalise_name(&r.title);
        let normalised_organisation = rules::normalise_name(&r.organisation);
        let exists = past_winner::Entity::find()
            .filter(past_winner::Column::Year.eq(r.year))
            .filter(past_winner::Column::NormalisedTitle.eq(&normalised_title))
            .filter(past_winner::Column::NormalisedOrganisation.eq(&normalised_organisation))
            .count(&txn)
            .await?
            > 0;
        if exists {
            skipped += 1;
            continue;
        }
        past_winner::ActiveModel {
            year: Set(r.year),
            category_code: Set(r.category),
            title: Set(r.title),
            organisation: Set(r.organisation),
            country: Set(r.country.to_owned()),
            normalised_title: Set(normalised_title),
            normalised_organisation: Set(normalised_organisation),
            imported_at: Set(now),
            imported_by: Set(Some(session.account_id)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        imported += 1;
    }
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::PastWinnersImport,
            target_type: audit::TargetType::PastWinners,
            target_id: String::new(),
            reason: None,
            details: serde_json::json!({ "imported": imported, "skipped": skipped }),
        },
        now,
    )
    .await?;
    let flagged = match catalogue::current(ctx).await? {
        Some(current) => recheck_past_winners(&txn, current.edition.id, now).await?,
        None => 0,
    };
    txn.commit().await?;
    Ok(ImportReport {
        imported,
        skipped,
        flagged,
    })
}

/// Re-runs the past-winner match for every sent submission of the edition `edition_id`.
/// Returns how many submissions are flagged.
async fn recheck_past_winners(
    conn: &impl ConnectionTrait,
    edition_id: i64,
    now: i64,
) -> Result<u64, DomainError> {
    let subs = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::Status.ne(SubmissionStatus::Draft))
        .all(conn)
        .await?;
    let orgs: HashMap<i64, organisation::Model> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(subs.iter().filter_map(|s| s.organisation_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let winners = past_winner::Entity::find().all(conn).await?;
    let mut flagged = 0;
    for s in subs {
        submission_flag::Entity::delete_many()
            .filter(submission_flag::Column::SubmissionId.eq(s.id))
            .filter(submission_flag::Column::Kind.eq(SubmissionFlagKind::PastWinner))
            .filter(submission_flag::Column::ResolvedAt.is_null())
            .exec(conn)
            .await?;
        let org = s
            .organisation_id
            .and_then(|id| orgs.get(&id))
            .map(|o| o.name.as_str())
            .unwrap_or_default();
        let mut any = false;
        for w in &winners {
            if super::flags::matches_past_winner(&s.title, org, w) {
                super::flags::add_past_winner(conn, s.id, w, now).await?;
                any = true;
            }
        }
        flagged += u64::from(any);
    }
    Ok(flagged)
}

/// Organisations, those with most submissions first, filtered by name.
///
/// # Errors
/// Unauthenticated, forbidden.
pub async fn organisations(
    ctx: &AppContext,
    actor: &Actor,
    query: &str,
) -> Result<Vec<OrganisationRow>, DomainError> {
    actor.require(Role::Secretariat)?;
    let q = rules::normalise_name(query);
    let mut select =
        organisation::Entity::find().filter(organisation::Column::MergedInto.is_null());
    if !q.is_empty() {
        select = select.filter(organisation::Column::NormalisedName.contains(&q));
    }
    let orgs = select
        .order_by_asc(organisation::Column::NormalisedName)
        .limit(200)
        .all(&ctx.db)
        .await?;
    let mut counts: HashMap<i64, u64> = HashMap::new();
    for s in submission::Entity::find()
        .filter(submission::Column::OrganisationId.is_in(orgs.iter().map(|o| o.id)))
        .all(&ctx.db)
        .await?
    {
        if let Some(o) = s.organisation_id {
            *counts.entry(o).or_default() += 1;
        }
    }
    Ok(orgs
        .into_iter()
        .map(|o| OrganisationRow {
            submissions: counts.get(&o.id).copied().unwrap_or(0),
            id: o.id,
            name: o.name,
            country: o.country,
            stakeholder_type: o.stakeholder_type.get().map_or("", |t| t.code()).to_owned(),
        })
        .collect())
}

/// Merges organisation `from` into `into` (the same entity under two names): its
/// submissions move to `into`, and where that leaves two submissions of one entity in one
/// category of an edition, both are flagged for the screener.
///
/// # Errors
/// Unauthenticated, forbidden, not found, invalid (same organisation, reason missing).
#[tracing::instrument(skip(ctx, actor))]
pub async fn merge(
    ctx: &AppContext,
    actor: &Actor,
    from: i64,
    into: i64,
    reason: &str,
) -> Result<u64, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let reason = crate::audit::Reason::parse(reason, "reason")?;
    if from == into {
        return Err(DomainError::invalid("into", "merge-same-organisation"));
    }
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let source = organisation::Entity::find_by_id(from)
        .one(&txn)
        .await?
        .filter(|o| o.merged_into.is_none())
        .ok_or(DomainError::NotFound)?;
    let target = organisation::Entity::find_by_id(into)
        .one(&txn)
        .await?
        .filter(|o| o.merged_into.is_none())
        .ok_or(DomainError::NotFound)?;
    // One sent submission per entity and category: a merge that would leave two is refused,
    // with the pairs the screener must resolve first (find one not eligible, or move it).
    let held = |org: i64| {
        submission::Entity::find()
            .filter(submission::Column::OrganisationId.eq(org))
            .filter(
                submission::Column::Status
                    .is_in(SubmissionStatus::HOLDS_PLACE.map(SubmissionStatus::code)),
            )
            .all(&txn)
    };
    let (from_held, into_held) = (held(source.id).await?, held(target.id).await?);
    let pairs: Vec<FieldError> = from_held
        .iter()
        .flat_map(|a| {
            into_held
                .iter()
                .filter(move |b| a.edition_id == b.edition_id && a.category_id == b.category_id)
                .map(move |b| FieldError::new(&format!("pair-{}-{}", a.id, b.id), "merge-pair"))
        })
        .collect();
    if !pairs.is_empty() {
        let mut fields = vec![FieldError::new("into", "merge-duplicates")];
        fields.extend(pairs);
        return Err(DomainError::Invalid(fields));
    }
    organisation::ActiveModel {
        id: sea_orm::Unchanged(source.id),
        merged_into: Set(Some(target.id)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    submission::Entity::update_many()
        .col_expr(
            submission::Column::OrganisationId,
            sea_orm::sea_query::Expr::value(target.id),
        )
        .filter(submission::Column::OrganisationId.eq(source.id))
        .exec(&txn)
        .await?;
    // Two submissions of the merged entity in one category: flag both.
    let subs = submission::Entity::find()
        .filter(submission::Column::OrganisationId.eq(target.id))
        .all(&txn)
        .await?;
    let mut flagged = 0;
    for (i, a) in subs.iter().enumerate() {
        for b in subs.iter().skip(i + 1) {
            if a.edition_id == b.edition_id && a.category_id == b.category_id {
                let detail = format!("{} / {}", source.name, target.name);
                super::flags::add_pair(
                    &txn,
                    a.id,
                    b.id,
                    SubmissionFlagKind::SameEntityCategory,
                    &detail,
                    now,
                )
                .await?;
                flagged += 2;
            }
        }
    }
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::OrganisationMerge,
            target_type: audit::TargetType::Organisation,
            target_id: target.id.to_string(),
            reason: Some(reason),
            details: serde_json::json!({ "from": { "id": source.id, "name": source.name }, "into": { "id": target.id, "name": target.name } }),
        },
        now,
    )
    .await?;
    // Published nominees name their organisation.
    catalogue::commit(ctx, txn).await?;
    Ok(flagged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_with_a_header_and_quoted_commas_is_read() {
        let rows = parse_csv("year,category,title,organisation,country\n2024,C7.4,\"Health, everywhere\",Clinic Trust,KE\n\n", 2027).unwrap_or_default();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].title, "Health, everywhere");
        assert_eq!(rows[0].country, "KE");
    }

    #[test]
    fn every_bad_line_is_reported_with_its_number() {
        let errors = parse_csv(
            "2024,C1,Title,Org,KE\n1999,C1,Old,Org,KE\n2024,C1,Title,Org,ZZ\n2024,C1,Only four\n",
            2027,
        )
        .err()
        .unwrap_or_default();
        assert_eq!(
            errors,
            vec![
                (2, "past-winners-line-year"),
                (3, "past-winners-line-country"),
                (4, "past-winners-line-columns")
            ]
        );
    }
}
