//! Reading the catalogue from the database: once per change, into memory ([`catalogue`]),
//! and, for the search documents, in the transaction that writes them ([`nominees_of`]).

use std::{collections::HashMap, sync::Mutex};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::held::{Catalogue, EditionContent, Loaded, Nominee};
use crate::{
    codes::{RoundKind, SubmissionStatus},
    entity::{
        category, category_text, edition, nominee, nominee_list, organisation, phase, review_round,
        submission,
    },
    error::DomainError,
    phases::PhaseWindow,
};

/// The phase calendar of an edition, as stored.
///
/// # Errors
/// Database failures.
pub async fn calendar_of(
    conn: &impl ConnectionTrait,
    edition_id: i64,
) -> Result<Vec<PhaseWindow>, DomainError> {
    phase::Entity::find()
        .filter(phase::Column::EditionId.eq(edition_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| {
            Ok(PhaseWindow {
                kind: p.kind,
                opens_at: p.opens_at,
                closes_at: p.closes_at,
            })
        })
        .collect()
}

/// Every edition with its calendar, the most recent first, as stored. (Services read them
/// from memory; a job that must see another process's change at once reads them here.)
///
/// # Errors
/// Database failures.
pub async fn all_editions(conn: &impl ConnectionTrait) -> Result<Vec<Loaded>, DomainError> {
    let editions = edition::Entity::find()
        .order_by_desc(edition::Column::Year)
        .all(conn)
        .await?;
    let mut all = Vec::with_capacity(editions.len());
    for e in editions {
        let calendar = calendar_of(conn, e.id).await?;
        all.push(Loaded {
            edition: e,
            calendar,
        });
    }
    Ok(all)
}

/// The current edition at `now` as stored (see [`all_editions`]).
///
/// # Errors
/// Database failures.
pub async fn current_stored(
    conn: &impl ConnectionTrait,
    now: i64,
) -> Result<Option<Loaded>, DomainError> {
    let mut all = all_editions(conn).await?;
    Ok(super::held::current_index(&all, now).map(|i| all.swap_remove(i)))
}

/// The whole catalogue, as it is held in memory.
///
/// # Errors
/// Database failures.
pub async fn catalogue(conn: &impl ConnectionTrait) -> Result<Catalogue, DomainError> {
    let mut all = Vec::new();
    for loaded in all_editions(conn).await? {
        let categories = category::Entity::find()
            .filter(category::Column::EditionId.eq(loaded.edition.id))
            .order_by_asc(category::Column::Number)
            .all(conn)
            .await?;
        let texts = category_text::Entity::find()
            .filter(category_text::Column::CategoryId.is_in(categories.iter().map(|c| c.id)))
            .all(conn)
            .await?;
        let nominees = nominees_of(conn, loaded.edition.id).await?;
        all.push(EditionContent {
            loaded,
            categories,
            texts,
            nominees,
        });
    }
    Ok(Catalogue {
        all,
        overviews: Mutex::default(),
    })
}

/// Each category's confirmed nominees in `edition_id`, still in the contest (a nominee
/// withdrawn since is left out).
///
/// # Errors
/// Database failures.
pub async fn nominees_of(
    conn: &impl ConnectionTrait,
    edition_id: i64,
) -> Result<HashMap<i64, Vec<Nominee>>, DomainError> {
    let Some(round) = review_round::Entity::find()
        .filter(review_round::Column::EditionId.eq(edition_id))
        .filter(review_round::Column::Kind.eq(RoundKind::Shortlisting))
        .one(conn)
        .await?
    else {
        return Ok(HashMap::new());
    };
    let lists: HashMap<i64, i64> = nominee_list::Entity::find()
        .filter(nominee_list::Column::RoundId.eq(round.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| (l.id, l.category_id))
        .collect();
    let chosen = nominee::Entity::find()
        .filter(nominee::Column::ListId.is_in(lists.keys().copied()))
        .order_by_asc(nominee::Column::Position)
        .all(conn)
        .await?;
    let submissions: HashMap<i64, submission::Model> = submission::Entity::find()
        .filter(submission::Column::Id.is_in(chosen.iter().map(|n| n.submission_id)))
        .filter(submission::Column::Status.ne(SubmissionStatus::Withdrawn))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let organisations: HashMap<i64, organisation::Model> = organisation::Entity::find()
        .filter(
            organisation::Column::Id.is_in(submissions.values().filter_map(|s| s.organisation_id)),
        )
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut out: HashMap<i64, Vec<Nominee>> = HashMap::new();
    for n in chosen {
        let (Some(category), Some(s)) = (lists.get(&n.list_id), submissions.get(&n.submission_id))
        else {
            continue;
        };
        let org = s.organisation_id.and_then(|id| organisations.get(&id));
        out.entry(*category).or_default().push(Nominee {
            submission_id: s.id,
            title: s.title.clone(),
            short_description: s.short_description.clone(),
            picture_id: s.picture_id,
            organisation: org.map(|o| o.name.clone()).unwrap_or_default(),
            country: org.map(|o| o.country.clone()).unwrap_or_default(),
            stakeholder: org.and_then(|o| o.stakeholder_type.get()),
            sdgs: s.sdgs.0.clone(),
        });
    }
    Ok(out)
}

/// The texts of some categories in `locale` and in English (its fallback), for
/// [`super::localized`].
///
/// # Errors
/// Database failures.
pub async fn category_texts(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
    locale: crate::i18n::Locale,
) -> Result<Vec<category_text::Model>, DomainError> {
    use crate::i18n::Locale;
    Ok(category_text::Entity::find()
        .filter(category_text::Column::CategoryId.is_in(ids))
        .filter(category_text::Column::Locale.is_in([locale, Locale::En]))
        .all(conn)
        .await?)
}
