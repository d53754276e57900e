//! Who is in a group: read from what each feature stores, each person once, enabled accounts
//! only, and for the voters, not those who stopped contest messages.

use std::collections::{BTreeSet, HashMap, HashSet};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::{
    accounts::contest_mail,
    catalogue::EditionContent,
    codes::{MailingAudience, SubmissionStatus},
    entity::{account, round_expert, submission, submission_member, vote},
    error::DomainError,
    i18n::Locale,
};

/// How many ids one query names at most (SQLite binds at most 32,766 values).
const CHUNK: usize = 1_000;

/// What a group is drawn from: the edition, and the category or round it names.
pub struct Group<'a> {
    pub edition: &'a EditionContent,
    pub audience: MailingAudience,
    pub category_id: Option<i64>,
    pub round_id: Option<i64>,
}

/// The people of `group`, each once with their language, in account order.
///
/// # Errors
/// Database failures.
pub async fn members(
    conn: &impl ConnectionTrait,
    group: &Group<'_>,
) -> Result<Vec<(i64, Locale)>, DomainError> {
    let edition_id = group.edition.loaded.edition.id;
    let ids: BTreeSet<i64> = match group.audience {
        MailingAudience::Drafts => {
            let ids = submissions(conn, edition_id, |q| {
                q.filter(submission::Column::Status.eq(SubmissionStatus::Draft))
            })
            .await?;
            owners(conn, ids).await?
        }
        MailingAudience::Sent => {
            let category = group.category_id;
            let ids = submissions(conn, edition_id, |q| {
                let q = q.filter(
                    submission::Column::Status
                        .is_not_in([SubmissionStatus::Draft, SubmissionStatus::Withdrawn]),
                );
                match category {
                    Some(c) => q.filter(submission::Column::CategoryId.eq(c)),
                    None => q,
                }
            })
            .await?;
            owners(conn, ids).await?
        }
        MailingAudience::Nominees => {
            let ids: Vec<i64> = group
                .edition
                .ballot()
                .iter()
                .flat_map(|(code, _)| group.edition.nominees(code))
                .map(|n| n.submission_id)
                .collect();
            owners(conn, ids).await?
        }
        MailingAudience::Experts => round_expert::Entity::find()
            .select_only()
            .column(round_expert::Column::AccountId)
            .filter(round_expert::Column::RoundId.eq(group.round_id.unwrap_or_default()))
            .into_tuple::<i64>()
            .all(conn)
            .await?
            .into_iter()
            .collect(),
        MailingAudience::Voters => {
            let voters = incomplete_ballots(conn, group.edition).await?;
            let stopped = stopped(conn, &voters).await?;
            voters.difference(&stopped).copied().collect()
        }
    };
    enabled(conn, ids).await
}

/// The submissions of the edition that `filter` keeps.
async fn submissions(
    conn: &impl ConnectionTrait,
    edition_id: i64,
    filter: impl FnOnce(sea_orm::Select<submission::Entity>) -> sea_orm::Select<submission::Entity>,
) -> Result<Vec<i64>, DomainError> {
    Ok(filter(
        submission::Entity::find()
            .select_only()
            .column(submission::Column::Id)
            .filter(submission::Column::EditionId.eq(edition_id)),
    )
    .into_tuple::<i64>()
    .all(conn)
    .await?)
}

/// The owners and co-owners of the submissions `ids`.
async fn owners(conn: &impl ConnectionTrait, ids: Vec<i64>) -> Result<BTreeSet<i64>, DomainError> {
    let mut out = BTreeSet::new();
    for chunk in ids.chunks(CHUNK) {
        out.extend(
            submission_member::Entity::find()
                .select_only()
                .column(submission_member::Column::AccountId)
                .filter(submission_member::Column::SubmissionId.is_in(chunk.iter().copied()))
                .into_tuple::<i64>()
                .all(conn)
                .await?,
        );
    }
    Ok(out)
}

/// The voters of the edition's ballot who have not voted in every category (a vote made
/// void counts as cast until its voter votes again, as the vote's reminder counts it).
async fn incomplete_ballots(
    conn: &impl ConnectionTrait,
    edition: &EditionContent,
) -> Result<BTreeSet<i64>, DomainError> {
    let ballot: Vec<i64> = edition.ballot().iter().map(|(_, id)| *id).collect();
    if ballot.is_empty() {
        return Ok(BTreeSet::new());
    }
    let rows: Vec<(i64, i64)> = vote::Entity::find()
        .select_only()
        .columns([vote::Column::VoterId, vote::Column::CategoryId])
        .filter(vote::Column::CategoryId.is_in(ballot.iter().copied()))
        .into_tuple()
        .all(conn)
        .await?;
    let void = crate::voting::void::pairs(conn, ballot.iter().copied(), None).await?;
    let mut cast: HashMap<i64, HashSet<i64>> = HashMap::new();
    for (voter, category) in rows.into_iter().chain(void) {
        cast.entry(voter).or_default().insert(category);
    }
    Ok(cast
        .into_iter()
        .filter(|(_, mine)| mine.len() < ballot.len())
        .map(|(voter, _)| voter)
        .collect())
}

async fn stopped(
    conn: &impl ConnectionTrait,
    ids: &BTreeSet<i64>,
) -> Result<BTreeSet<i64>, DomainError> {
    let ids: Vec<i64> = ids.iter().copied().collect();
    let mut out = BTreeSet::new();
    for chunk in ids.chunks(CHUNK) {
        out.extend(contest_mail::stopped(conn, chunk.iter().copied()).await?);
    }
    Ok(out)
}

/// The enabled accounts among `ids`, with their language.
async fn enabled(
    conn: &impl ConnectionTrait,
    ids: BTreeSet<i64>,
) -> Result<Vec<(i64, Locale)>, DomainError> {
    let ids: Vec<i64> = ids.into_iter().collect();
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(CHUNK) {
        out.extend(
            account::Entity::find()
                .select_only()
                .columns([account::Column::Id, account::Column::Locale])
                .filter(account::Column::Id.is_in(chunk.iter().copied()))
                .filter(account::Column::DisabledAt.is_null())
                .into_tuple::<(i64, Locale)>()
                .all(conn)
                .await?,
        );
    }
    out.sort_unstable_by_key(|(id, _)| *id);
    Ok(out)
}
