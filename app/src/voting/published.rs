//! The vote in public: once the edition's publication phase opens, each category's nominees
//! with their valid votes, its champions and winners, the totals, the ledger's last hash and
//! the ledger itself. Before that, nobody but the secretariat sees any of it (a preview):
//! every other reader is told when the results will be published, whatever they ask.
//!
//! Everything here reads what "results final" fixed (the counts and the champions' awards),
//! never the live votes, so a reader costs a few small reads, however large the vote.

use std::collections::{HashMap, HashSet};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::{
    PublishedResults, ResultCategory, ResultNominee, VoteResults,
    ledger::{Header, tie_key},
};
use crate::{
    auth::{Actor, Role},
    catalogue::{self, EditionContent},
    codes::PhaseKind,
    countries::country_name,
    entity::vote_result,
    error::DomainError,
    i18n::{Locale, dates::format_datetime},
    review::{rules::AwardKind, winners::awards_in_edition},
    state::AppContext,
};

/// Whether `actor` may see the results of `content` at `now`: anyone once publication has
/// opened, the secretariat before (as a preview).
fn visible(content: &EditionContent, actor: &Actor, now: i64) -> Option<bool> {
    if content.loaded.has_opened(PhaseKind::Publication, now) {
        Some(false)
    } else if actor.require(Role::Secretariat).is_ok() {
        Some(true)
    } else {
        None
    }
}

/// The edition a reader asks for: a year, or the current edition when nothing is typed (the
/// results and statistics pages read it the same way).
pub fn edition_asked<'a>(
    editions: &'a catalogue::Catalogue,
    typed: &str,
    now: i64,
) -> Result<&'a EditionContent, DomainError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return editions.current(now).ok_or(DomainError::NotFound);
    }
    let year: i32 = typed
        .parse()
        .map_err(|_| DomainError::invalid("edition", "results-edition-invalid"))?;
    editions.by_year(year).ok_or(DomainError::NotFound)
}

/// The fixed results of an edition, if "results final" has been done.
async fn fixed_of(
    conn: &impl ConnectionTrait,
    edition_id: i64,
) -> Result<Option<vote_result::Model>, DomainError> {
    Ok(vote_result::Entity::find()
        .filter(vote_result::Column::EditionId.eq(edition_id))
        .one(conn)
        .await?)
}

/// The results of the vote of the edition `typed` (a year, or the current one) in `locale`.
///
/// # Errors
/// Invalid (`results-edition-invalid`) for what is not a year; not found for an unknown
/// edition; database failures.
#[tracing::instrument(skip_all)]
pub async fn results(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
    typed: &str,
) -> Result<VoteResults, DomainError> {
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let content = edition_asked(&editions, typed, now)?;
    let loaded = &content.loaded;
    let tz = loaded.tz()?;
    let not_yet = || VoteResults::NotYet {
        edition_title: loaded.edition.title.clone(),
        opens: loaded
            .calendar
            .iter()
            .find(|w| w.kind == PhaseKind::Publication && w.opens_at > now)
            .map(|w| format_datetime(w.opens_at, &tz, locale)),
    };
    let Some(preview) = visible(content, actor, now) else {
        return Ok(not_yet());
    };
    let Some(fixed) = fixed_of(&ctx.db, loaded.edition.id).await? else {
        return Ok(not_yet());
    };
    let header: Header = serde_json::from_value(fixed.header.0).map_err(DomainError::internal)?;
    let counts = fixed.counts.0;
    // The awards of the selection round: the champions, and the winners once confirmed.
    let awarded: HashSet<(i64, AwardKind)> = awards_in_edition(&ctx.db, loaded.edition.id, None)
        .await?
        .into_iter()
        .collect();
    let is = |kind: AwardKind, id: i64| awarded.contains(&(id, kind));
    let titles: HashMap<String, String> = content
        .categories(locale)
        .into_iter()
        .map(|c| (c.code, c.title))
        .collect();
    let categories = header
        .categories
        .iter()
        .map(|c| {
            let mine = counts.get(&c.code);
            let mut nominees: Vec<ResultNominee> = content
                .nominees(&c.code)
                .iter()
                .map(|n| ResultNominee {
                    submission_id: n.submission_id,
                    title: n.title.clone(),
                    organisation: n.organisation.clone(),
                    country: country_name(&n.country, locale),
                    votes: mine
                        .and_then(|m| m.get(&n.submission_id))
                        .copied()
                        .unwrap_or(0),
                    champion: is(AwardKind::Champion, n.submission_id),
                    winner: is(AwardKind::Winner, n.submission_id),
                })
                .collect();
            // By votes, ties in the order of the published rule (as the champions were drawn).
            nominees.sort_by_cached_key(|n| {
                (
                    std::cmp::Reverse(n.votes),
                    tie_key(&header.seed, n.submission_id),
                )
            });
            ResultCategory {
                code: c.code.clone(),
                title: titles.get(&c.code).cloned().unwrap_or_default(),
                valid: mine.map(|m| m.values().sum()).unwrap_or(0),
                nominees,
            }
        })
        .collect();
    Ok(VoteResults::Published(PublishedResults {
        year: loaded.edition.year,
        edition_title: loaded.edition.title.clone(),
        preview,
        finalized_at: format_datetime(fixed.finalized_at, &tz, locale),
        votes: u64::try_from(fixed.votes).unwrap_or(0),
        valid: u64::try_from(fixed.valid).unwrap_or(0),
        head: fixed.head,
        categories,
    }))
}

/// What a reader may download of the ledger of `year`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LedgerAccess {
    /// The ledger's last hash: it names the ledger, which never changes once fixed.
    pub head: String,
    /// Only the secretariat reads it, before publication.
    pub preview: bool,
}

/// Whether the ledger of `year` may be downloaded by `actor`: once published, by anyone;
/// before, by the secretariat only. Limited per network first, since building a large
/// ledger the first time is costly.
///
/// # Errors
/// Rate limited; not found for an unknown edition, before "results final", and for anyone
/// but the secretariat before publication (the ledger does not exist for them yet);
/// database failures.
pub async fn ledger_access(
    ctx: &AppContext,
    actor: &Actor,
    ip: std::net::IpAddr,
    year: i32,
) -> Result<LedgerAccess, DomainError> {
    ctx.limits.links.check(ip, None)?;
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let content = editions.by_year(year).ok_or(DomainError::NotFound)?;
    let preview = visible(content, actor, now).ok_or(DomainError::NotFound)?;
    let fixed = fixed_of(&ctx.db, content.loaded.edition.id)
        .await?
        .ok_or(DomainError::NotFound)?;
    Ok(LedgerAccess {
        head: fixed.head,
        preview,
    })
}
