//! Searching the gallery. Only the confirmed nominees of an edition whose vote has opened are
//! ever read, and a project's award only once its edition's results are published: the
//! embargo holds in the query itself, so no filter, order or count can tell an award early.
//!
//! Words are matched as parts of words (a trigram index on both engines, see
//! [`super::index`]), lower-cased in Rust so that capitals in any script match; every word
//! must be found. Values typed by the visitor travel as bound parameters, never as SQL.

use std::{
    collections::{BTreeMap, BTreeSet},
    net::IpAddr,
};

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, JoinType, QueryFilter, QuerySelect,
    Statement, Value,
};

use super::{
    FilterChoices, ProjectCard, SearchForm, SearchResults,
    rules::{AwardFilter, PAGE_SIZE, Search, pages},
};
use crate::{
    catalogue::{self, EditionContent},
    codes::PhaseKind,
    countries::country_name,
    entity::{award, picture, review_round},
    error::DomainError,
    i18n::Locale,
    nominations::pictures::{THUMB_SIDE, thumb_size},
    review::rules::{AwardKind, RoundKind},
    state::AppContext,
};

/// A statement under construction: its text and the values bound to it, with each engine's
/// placeholders.
struct Sql {
    backend: DatabaseBackend,
    values: Vec<Value>,
}

impl Sql {
    /// The placeholder of `value`, bound.
    fn bind(&mut self, value: impl Into<Value>) -> String {
        self.values.push(value.into());
        match self.backend {
            DatabaseBackend::Postgres => format!("${}", self.values.len()),
            _ => "?".to_owned(),
        }
    }
}

/// A list of ids for `IN (…)`: integers from memory, never typed by anyone.
fn id_list(ids: &[i64]) -> String {
    ids.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// `term` as a part of a `LIKE` pattern: its wildcards and the escape character taken
/// literally (PostgreSQL escapes with a backslash by default).
fn like_escaped(term: &str) -> String {
    let mut out = String::with_capacity(term.len() + 2);
    for c in term.chars() {
        if matches!(c, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// FTS5's trigram index finds a part of a word of three characters or more.
const TRIGRAM: usize = 3;

/// The winners and champions of the published editions, as read for one search.
#[derive(Default)]
struct Awarded {
    winners: Vec<i64>,
    /// Champions that are not winners.
    champions: Vec<i64>,
}

impl Awarded {
    /// The winners and champions of the selection rounds of `published` (editions whose
    /// results are published: no other award is ever read), in one query.
    async fn of(ctx: &AppContext, published: &[i64]) -> Result<Self, DomainError> {
        if published.is_empty() {
            return Ok(Self::default());
        }
        let rows: Vec<(i64, AwardKind)> = award::Entity::find()
            .select_only()
            .column(award::Column::SubmissionId)
            .column(award::Column::Kind)
            .join(JoinType::InnerJoin, award_round())
            .filter(review_round::Column::EditionId.is_in(published.iter().copied()))
            .filter(review_round::Column::Kind.eq(RoundKind::Selection))
            .filter(award::Column::Kind.is_in([AwardKind::Winner, AwardKind::Champion]))
            .into_tuple()
            .all(&ctx.db)
            .await?;
        let winners: BTreeSet<i64> = rows
            .iter()
            .filter(|(_, k)| *k == AwardKind::Winner)
            .map(|(id, _)| *id)
            .collect();
        let champions: BTreeSet<i64> = rows
            .iter()
            .map(|(id, _)| *id)
            .filter(|id| !winners.contains(id))
            .collect();
        Ok(Self {
            winners: winners.into_iter().collect(),
            champions: champions.into_iter().collect(),
        })
    }

    /// The award's rank of a document (0 winner, 1 champion, NULL otherwise) as SQL: two
    /// lists of ids from memory, never typed by anyone.
    fn rank(&self) -> String {
        let mut cases = String::new();
        for (rank, ids) in [(0, &self.winners), (1, &self.champions)] {
            if !ids.is_empty() {
                cases.push_str(&format!(
                    " WHEN d.submission_id IN ({}) THEN {rank}",
                    id_list(ids)
                ));
            }
        }
        if cases.is_empty() {
            "CAST(NULL AS INTEGER)".to_owned()
        } else {
            format!("CASE{cases} END")
        }
    }
}

fn award_round() -> sea_orm::RelationDef {
    award::Entity::belongs_to(review_round::Entity)
        .from(award::Column::RoundId)
        .to(review_round::Column::Id)
        .into()
}

/// The inner query: the documents of the visible editions that match, with their award's
/// rank (0 winner, 1 champion) where the edition is published.
fn matching(sql: &mut Sql, search: &Search, visible: &[i64], awarded: &Awarded) -> String {
    let rank = awarded.rank();
    let mut conditions = vec![format!("d.edition_id IN ({})", id_list(visible))];
    match sql.backend {
        DatabaseBackend::Sqlite => {
            let (long, short): (Vec<&String>, Vec<&String>) = search
                .terms
                .iter()
                .partition(|t| t.chars().count() >= TRIGRAM);
            if !long.is_empty() {
                // Each word a quoted string (quotes doubled): nothing typed is FTS syntax.
                let expression = long
                    .iter()
                    .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
                    .collect::<Vec<_>>()
                    .join(" AND ");
                conditions.push(format!(
                    "d.submission_id IN (SELECT rowid FROM gallery_text WHERE gallery_text MATCH {})",
                    sql.bind(expression)
                ));
            }
            for t in short {
                conditions.push(format!("instr(d.search_text, {}) > 0", sql.bind(t.clone())));
            }
        }
        _ => {
            for t in &search.terms {
                conditions.push(format!(
                    "d.search_text LIKE {}",
                    sql.bind(format!("%{}%", like_escaped(t)))
                ));
            }
        }
    }
    if let Some(year) = search.edition {
        conditions.push(format!("d.year = {}", sql.bind(year)));
    }
    if let Some(code) = &search.category {
        conditions.push(format!("d.category_code = {}", sql.bind(code.clone())));
    }
    if let Some(region) = search.region {
        conditions.push(format!("d.region = {}", sql.bind(region.code())));
    }
    if let Some(country) = search.country {
        conditions.push(format!("d.country = {}", sql.bind(country)));
    }
    if let Some(s) = search.stakeholder {
        conditions.push(format!("d.stakeholder = {}", sql.bind(s.code())));
    }
    if let Some(goal) = search.sdg {
        conditions.push(format!("d.sdgs LIKE {}", sql.bind(format!("%,{goal},%"))));
    }
    format!(
        "SELECT d.submission_id, d.year, d.category_code, d.category_number, d.title, d.title_key, \
         d.organisation, d.country, d.short_description, d.picture_id, {rank} AS award_rank \
         FROM gallery_documents d WHERE {}",
        conditions.join(" AND ")
    )
}

/// The condition on the award's rank.
fn award_condition(award: Option<AwardFilter>) -> &'static str {
    match award {
        None => "1 = 1",
        Some(AwardFilter::Winner) => "g.award_rank = 0",
        Some(AwardFilter::Champion) => "g.award_rank = 1",
        Some(AwardFilter::Either) => "g.award_rank IS NOT NULL",
    }
}

/// One page of the gallery search `form`, in `locale`, for the client at `ip`.
///
/// # Errors
/// Rate limited (per network: a search costs the server work); invalid for a field that is
/// not a valid choice, or an edition the gallery does not show; database failures.
#[tracing::instrument(skip(ctx))]
pub async fn search(
    ctx: &AppContext,
    ip: IpAddr,
    locale: Locale,
    form: &SearchForm,
) -> Result<SearchResults, DomainError> {
    ctx.limits.search.check(ip, None)?;
    let search = Search::parse(form).map_err(DomainError::Invalid)?;
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let visible: Vec<&EditionContent> = editions
        .all()
        .iter()
        .filter(|e| e.loaded.has_opened(PhaseKind::Voting, now))
        .collect();
    if let Some(year) = search.edition
        && !visible.iter().any(|e| e.loaded.edition.year == year)
    {
        // An edition whose vote has not opened is answered like one that does not exist.
        return Err(DomainError::invalid("edition", "gallery-edition-unknown"));
    }
    let choices = choices(locale, &visible);
    if visible.is_empty() {
        return Ok(SearchResults {
            total: 0,
            page: 1,
            pages: 1,
            projects: Vec::new(),
            choices,
        });
    }
    let visible_ids: Vec<i64> = visible.iter().map(|e| e.loaded.edition.id).collect();
    let published: Vec<i64> = visible
        .iter()
        .filter(|e| e.loaded.has_opened(PhaseKind::Publication, now))
        .map(|e| e.loaded.edition.id)
        .collect();

    let backend = ctx.db.get_database_backend();
    let mut sql = Sql {
        backend,
        values: Vec::new(),
    };
    let awarded = Awarded::of(ctx, &published).await?;
    let inner = matching(&mut sql, &search, &visible_ids, &awarded);
    let award = award_condition(search.award);
    let page_rows = Statement::from_sql_and_values(
        backend,
        format!(
            "SELECT g.submission_id, g.year, g.category_code, g.title, g.organisation, \
             g.country, g.short_description, g.picture_id, g.award_rank, \
             COUNT(*) OVER () AS found FROM ({inner}) g WHERE {award} ORDER BY g.year DESC, COALESCE(g.award_rank, 2), \
             g.category_number, g.title_key, g.submission_id LIMIT {PAGE_SIZE} OFFSET {}",
            search.offset()
        ),
        sql.values.clone(),
    );
    let rows = ctx.db.query_all_raw(page_rows).await?;
    // The total comes with the page (one pass over what matches); only a page past the
    // end needs a count of its own.
    let offset = search.offset();
    let total = if let Some(first) = rows.first() {
        u64::try_from(first.try_get::<i64>("", "found")?).unwrap_or(0)
    } else if offset == 0 {
        0
    } else {
        let count = Statement::from_sql_and_values(
            backend,
            format!("SELECT COUNT(*) AS n FROM ({inner}) g WHERE {award}"),
            sql.values,
        );
        let n: i64 = match ctx.db.query_one_raw(count).await? {
            Some(row) => row.try_get("", "n")?,
            None => 0,
        };
        u64::try_from(n).unwrap_or(0)
    };
    let found = rows
        .iter()
        .map(|row| card_of(row, locale))
        .collect::<Result<Vec<_>, _>>()?;
    let projects = with_thumbs(ctx, found).await?;
    Ok(SearchResults {
        total,
        page: search.page,
        pages: pages(total),
        projects,
        choices,
    })
}

/// A project's card from a row of the search, with its picture's id.
fn card_of(
    row: &sea_orm::QueryResult,
    locale: Locale,
) -> Result<(ProjectCard, Option<i64>), DomainError> {
    let rank: Option<i32> = row.try_get("", "award_rank")?;
    Ok((
        ProjectCard {
            submission_id: row.try_get("", "submission_id")?,
            year: row.try_get("", "year")?,
            category_code: row.try_get("", "category_code")?,
            title: row.try_get("", "title")?,
            organisation: row.try_get("", "organisation")?,
            country: country_name(&row.try_get::<String>("", "country")?, locale),
            short_description: row.try_get("", "short_description")?,
            thumb: None,
            award: rank.map(|r| {
                if r == 0 {
                    AwardKind::Winner
                } else {
                    AwardKind::Champion
                }
                .code()
                .to_owned()
            }),
        },
        row.try_get::<Option<i64>>("", "picture_id")?,
    ))
}

/// The cards with their pictures' thumbnails (address and size).
async fn with_thumbs(
    ctx: &AppContext,
    found: Vec<(ProjectCard, Option<i64>)>,
) -> Result<Vec<ProjectCard>, DomainError> {
    let sizes = picture_sizes(ctx, found.iter().filter_map(|(_, p)| *p)).await?;
    Ok(found
        .into_iter()
        .map(|(mut card, picture)| {
            card.thumb = picture.and_then(|p| {
                let (w, h) = sizes.get(&p)?;
                let (w, h) = thumb_size(*w, *h, THUMB_SIDE);
                Some((format!("/pictures/{p}/thumb"), w, h))
            });
            card
        })
        .collect())
}

/// The stored size of each picture of `ids`.
async fn picture_sizes(
    ctx: &AppContext,
    ids: impl Iterator<Item = i64>,
) -> Result<BTreeMap<i64, (u32, u32)>, DomainError> {
    let ids: Vec<i64> = ids.collect();
    if ids.is_empty() {
        return Ok(BTreeMap::new());
    }
    let rows: Vec<(i64, i32, i32)> = picture::Entity::find()
        .select_only()
        .columns([
            picture::Column::Id,
            picture::Column::Width,
            picture::Column::Height,
        ])
        .filter(picture::Column::Id.is_in(ids))
        .into_tuple()
        .all(&ctx.db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, w, h)| {
            (
                id,
                (u32::try_from(w).unwrap_or(1), u32::try_from(h).unwrap_or(1)),
            )
        })
        .collect())
}

/// What the filters offer: the visible editions, their categories (the most recent
/// edition's titles), and the countries of their projects, all from memory (the documents
/// are written from the same nominee lists).
fn choices(locale: Locale, visible: &[&EditionContent]) -> FilterChoices {
    let mut categories: Vec<(String, String)> = Vec::new();
    let mut codes: BTreeSet<&str> = BTreeSet::new();
    for e in visible {
        for c in e.categories(locale) {
            if !categories.iter().any(|(code, _)| *code == c.code) {
                categories.push((c.code, c.title));
            }
        }
        for code in e.category_codes() {
            codes.extend(
                e.nominees(code)
                    .iter()
                    .map(|n| n.country.as_str())
                    .filter(|c| !c.is_empty()),
            );
        }
    }
    let mut countries: Vec<(String, String)> = codes
        .into_iter()
        .map(|c| (c.to_owned(), country_name(c, locale)))
        .collect();
    locale.sort_by_name(&mut countries, |c| &c.1);
    FilterChoices {
        editions: visible.iter().map(|e| e.loaded.edition.year).collect(),
        categories,
        countries,
    }
}
