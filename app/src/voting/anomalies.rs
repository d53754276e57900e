//! Anomaly review: the platform looks for groups of suspicious votes (a burst from one
//! network, accounts created in bulk, disposable mail domains, identical ballots), records
//! each group and holds its votes; the secretariat releases or invalidates a group, or holds
//! it again, with a reason, audited. A flag holds votes; it never invalidates them by itself.
//!
//! A vote's status follows from the groups it is in: invalid if one was invalidated, else
//! held if one waits for review, else valid. The sweep runs every minute (and before
//! "results final"); several instances may run it at once: the groups and their members
//! are unique rows.

use std::{
    collections::{HashMap, HashSet},
    sync::LazyLock,
};

use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter,
    QuerySelect, Set,
    sea_query::{Alias, Expr, Func},
};

use super::{
    FlagRow, Flags,
    rules::{self, VoteFacts, VoteStatus},
};
use crate::{
    audit::{self, Reason},
    auth::{Actor, Role},
    catalogue,
    codes::{FlagDecision, PhaseKind},
    entity::{disposable_domain, vote, vote_flag, vote_flag_member, vote_result},
    error::DomainError,
    i18n::{Locale, dates::format_datetime},
    state::AppContext,
};

/// The shipped list of disposable mail domains (`app/data/disposable_domains.txt`).
static SHIPPED: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/disposable_domains.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// The current edition's id and the voting phase's opening, while anomaly review is open
/// (the vote has opened and its results are not final).
async fn under_review(
    ctx: &AppContext,
    now: i64,
) -> Result<Option<(i64, i64, Vec<i64>, usize)>, DomainError> {
    // Before the vote, a cheap read of the calendar ends it: the job does not load the
    // editions into this instance's memory for nothing.
    let opened = catalogue::load::current_stored(&ctx.db, now)
        .await?
        .is_some_and(|l| l.has_opened(PhaseKind::Voting, now));
    if !opened {
        return Ok(None);
    }
    let editions = catalogue::read(ctx).await?;
    let Some(content) = editions.current(now) else {
        return Ok(None);
    };
    let Some(voting) = content
        .loaded
        .calendar
        .iter()
        .find(|w| w.kind == PhaseKind::Voting && w.opens_at <= now)
    else {
        return Ok(None);
    };
    let edition_id = content.loaded.edition.id;
    if vote_result::Entity::find()
        .filter(vote_result::Column::EditionId.eq(edition_id))
        .one(&ctx.db)
        .await?
        .is_some()
    {
        return Ok(None);
    }
    let ballot: Vec<i64> = content.ballot().into_iter().map(|(_, id)| id).collect();
    let size = ballot.len();
    Ok(Some((edition_id, voting.opens_at, ballot, size)))
}

/// The columns of a vote that anomaly review reads.
#[derive(sea_orm::FromQueryResult)]
struct FactRow {
    id: i64,
    voter_id: i64,
    category_id: i64,
    submission_id: i64,
    cast_at: i64,
    network: String,
    email_domain: String,
    account_created_at: i64,
}

/// Looks for anomalies in the current edition's votes, records the groups found and holds
/// their votes. Returns how many votes changed status.
///
/// # Errors
/// Database failures.
#[tracing::instrument(skip(ctx))]
pub async fn sweep(ctx: &AppContext, now: i64) -> Result<u64, DomainError> {
    let Some((edition_id, opens_at, ballot, size)) = under_review(ctx, now).await? else {
        return Ok(0);
    };
    let added: HashSet<String> = disposable_domain::Entity::find()
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|d| d.domain)
        .collect();
    let is_disposable = |d: &str| SHIPPED.contains(d) || added.contains(d);
    let t = ctx.config.anomalies;
    let facts = candidates(&ctx.db, &ballot, opens_at, size, t, &is_disposable).await?;
    let groups = rules::flagged_groups(&facts, is_disposable, opens_at, size, t);
    let txn = crate::db::begin_write(&ctx.db).await?;
    for g in groups {
        let existing = vote_flag::Entity::find()
            .filter(vote_flag::Column::EditionId.eq(edition_id))
            .filter(vote_flag::Column::Kind.eq(g.kind))
            .filter(vote_flag::Column::GroupKey.eq(&g.key))
            .one(&txn)
            .await?;
        let flag = match existing {
            Some(f) => f,
            None => {
                vote_flag::ActiveModel {
                    edition_id: Set(edition_id),
                    kind: Set(g.kind),
                    group_key: Set(g.key.clone()),
                    votes: Set(0),
                    first_seen_at: Set(now),
                    ..Default::default()
                }
                .insert(&txn)
                .await?
            }
        };
        let known: HashSet<i64> = vote_flag_member::Entity::find()
            .select_only()
            .column(vote_flag_member::Column::VoteId)
            .filter(vote_flag_member::Column::FlagId.eq(flag.id))
            .into_tuple::<i64>()
            .all(&txn)
            .await?
            .into_iter()
            .collect();
        let new: Vec<vote_flag_member::ActiveModel> = g
            .votes
            .iter()
            .filter(|v| !known.contains(v))
            .map(|v| vote_flag_member::ActiveModel {
                flag_id: Set(flag.id),
                vote_id: Set(*v),
            })
            .collect();
        for chunk in new.chunks(500) {
            vote_flag_member::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
        if flag.votes != i64::try_from(g.votes.len()).unwrap_or(i64::MAX) {
            vote_flag::ActiveModel {
                id: sea_orm::Unchanged(flag.id),
                votes: Set(i64::try_from(g.votes.len()).unwrap_or(i64::MAX)),
                ..Default::default()
            }
            .update(&txn)
            .await?;
        }
    }
    let changed = apply_statuses(&txn, edition_id).await?;
    txn.commit().await?;
    Ok(changed)
}

/// The votes that may belong to a group: those of each network and time window, each window
/// of account creation, each disposable domain and each choice of complete ballot that the
/// database counts at or over its threshold. A group found among all votes is found among
/// these with the same votes (they are all here), and no other (a count here is never more
/// than among all votes): [`rules::flagged_groups`] stays the one statement of the rules,
/// while the sweep reads the few votes in question instead of the whole vote every minute.
async fn candidates(
    conn: &impl ConnectionTrait,
    ballot: &[i64],
    opens_at: i64,
    size: usize,
    t: crate::limits::FlagThresholds,
    is_disposable: &impl Fn(&str) -> bool,
) -> Result<Vec<VoteFacts>, DomainError> {
    let scope = Scope {
        ballot,
        // (`Ord::max` by name: the expression builder's trait has a `max` too.)
        window: std::cmp::Ord::max(t.window_secs, 1),
    };
    let mut groups = bursts(conn, &scope, t.burst_votes).await?;
    groups.extend(bulk_creations(conn, &scope, opens_at, t.bulk_accounts).await?);
    groups.extend(disposable_domains(conn, &scope, is_disposable).await?);
    if size > 0 {
        groups.extend(alike_ballots(conn, &scope, size, t.uniform_ballots).await?);
    }
    let mut found: std::collections::BTreeMap<i64, VoteFacts> = std::collections::BTreeMap::new();
    for group in groups {
        for r in facts_where(conn, group.add(scope.in_ballot())).await? {
            found.entry(r.id).or_insert_with(|| r.into());
        }
    }
    Ok(found.into_values().collect())
}

/// What the candidate groups are counted over: the ballot's categories, in windows of time.
struct Scope<'a> {
    ballot: &'a [i64],
    window: i64,
}

impl Scope<'_> {
    fn in_ballot(&self) -> sea_orm::sea_query::SimpleExpr {
        vote::Column::CategoryId.is_in(self.ballot.iter().copied())
    }

    /// The `[start, end)` of the window `slice` of a time column.
    fn within(&self, column: vote::Column, slice: i64) -> Condition {
        Condition::all()
            .add(column.gte(slice * self.window))
            .add(column.lt((slice + 1) * self.window))
    }
}

/// A threshold as the database compares counts with it (at least one).
fn at_least(n: usize) -> i64 {
    i64::try_from(std::cmp::Ord::max(n, 1)).unwrap_or(i64::MAX)
}

/// Bursts: networks and windows of time with many votes.
async fn bursts(
    conn: &impl ConnectionTrait,
    scope: &Scope<'_>,
    votes: usize,
) -> Result<Vec<Condition>, DomainError> {
    let slice = Expr::col(vote::Column::CastAt).div(scope.window);
    let rows: Vec<(String, i64)> = vote::Entity::find()
        .select_only()
        .column(vote::Column::Network)
        .column_as(slice, "slice")
        .filter(scope.in_ballot())
        .group_by(vote::Column::Network)
        // By the output's name: the window is a bound parameter, and PostgreSQL does not see
        // two parameters as one expression.
        .group_by(Expr::col(Alias::new("slice")))
        .having(Expr::expr(Func::count(Expr::col(vote::Column::Id))).gte(at_least(votes)))
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(network, slice)| {
            scope
                .within(vote::Column::CastAt, slice)
                .add(vote::Column::Network.eq(network))
        })
        .collect())
}

/// Accounts made together shortly before the vote or during it.
async fn bulk_creations(
    conn: &impl ConnectionTrait,
    scope: &Scope<'_>,
    opens_at: i64,
    accounts: usize,
) -> Result<Vec<Condition>, DomainError> {
    let slice = Expr::col(vote::Column::AccountCreatedAt).div(scope.window);
    let slices: Vec<i64> = vote::Entity::find()
        .select_only()
        .column_as(slice, "slice")
        .filter(scope.in_ballot())
        .filter(vote::Column::AccountCreatedAt.gte(opens_at - rules::BULK_LEAD_SECS))
        .group_by(Expr::col(Alias::new("slice")))
        .having(
            Expr::expr(Func::count_distinct(Expr::col(vote::Column::VoterId)))
                .gte(at_least(accounts)),
        )
        .into_tuple()
        .all(conn)
        .await?;
    Ok(slices
        .into_iter()
        .map(|slice| scope.within(vote::Column::AccountCreatedAt, slice))
        .collect())
}

/// The votes from disposable mail domains.
async fn disposable_domains(
    conn: &impl ConnectionTrait,
    scope: &Scope<'_>,
    is_disposable: &impl Fn(&str) -> bool,
) -> Result<Vec<Condition>, DomainError> {
    let domains: Vec<String> = vote::Entity::find()
        .select_only()
        .column(vote::Column::EmailDomain)
        .distinct()
        .filter(scope.in_ballot())
        .into_tuple::<String>()
        .all(conn)
        .await?
        .into_iter()
        .filter(|d| is_disposable(d))
        .collect();
    Ok(domains
        .chunks(100)
        .map(|chunk| Condition::all().add(vote::Column::EmailDomain.is_in(chunk.iter().cloned())))
        .collect())
}

/// Identical complete ballots: two sums tell choices apart (the rules then compare them
/// exactly); only the voters whose sums many others share are read.
async fn alike_ballots(
    conn: &impl ConnectionTrait,
    scope: &Scope<'_>,
    size: usize,
    voters: usize,
) -> Result<Vec<Condition>, DomainError> {
    let sum = |e: Expr| Expr::from(Func::cast_as(Func::sum(e), Alias::new("BIGINT")));
    let signatures: Vec<(i64, i64, i64)> = vote::Entity::find()
        .select_only()
        .column(vote::Column::VoterId)
        .column_as(sum(Expr::col(vote::Column::SubmissionId)), "s1")
        .column_as(
            sum(Expr::col(vote::Column::SubmissionId).mul(Expr::col(vote::Column::CategoryId))),
            "s2",
        )
        .filter(scope.in_ballot())
        .group_by(vote::Column::VoterId)
        .having(Expr::expr(Func::count(Expr::col(vote::Column::Id))).gte(at_least(size)))
        .into_tuple()
        .all(conn)
        .await?;
    let mut alike: HashMap<(i64, i64), Vec<i64>> = HashMap::new();
    for (voter, s1, s2) in signatures {
        alike.entry((s1, s2)).or_default().push(voter);
    }
    let many: Vec<i64> = alike
        .into_values()
        .filter(|v| v.len() >= std::cmp::Ord::max(voters, 1))
        .flatten()
        .collect();
    Ok(many
        .chunks(500)
        .map(|chunk| Condition::all().add(vote::Column::VoterId.is_in(chunk.iter().copied())))
        .collect())
}

/// The facts of the votes that meet `condition`.
async fn facts_where(
    conn: &impl ConnectionTrait,
    condition: Condition,
) -> Result<Vec<FactRow>, DomainError> {
    Ok(vote::Entity::find()
        .select_only()
        .columns([
            vote::Column::Id,
            vote::Column::VoterId,
            vote::Column::CategoryId,
            vote::Column::SubmissionId,
            vote::Column::CastAt,
            vote::Column::Network,
            vote::Column::EmailDomain,
            vote::Column::AccountCreatedAt,
        ])
        .filter(condition)
        .into_model::<FactRow>()
        .all(conn)
        .await?)
}

impl From<FactRow> for VoteFacts {
    fn from(r: FactRow) -> Self {
        VoteFacts {
            id: r.id,
            voter: r.voter_id,
            category: r.category_id,
            nominee: r.submission_id,
            cast_at: r.cast_at,
            network: r.network,
            email_domain: r.email_domain,
            account_created_at: r.account_created_at,
        }
    }
}

/// Sets every flagged vote's status from its groups' decisions; returns how many changed.
async fn apply_statuses(conn: &impl ConnectionTrait, edition_id: i64) -> Result<u64, DomainError> {
    let flags: HashMap<i64, Option<FlagDecision>> = vote_flag::Entity::find()
        .filter(vote_flag::Column::EditionId.eq(edition_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|f| (f.id, f.decision))
        .collect();
    let members: Vec<(i64, i64)> = vote_flag_member::Entity::find()
        .select_only()
        .columns([
            vote_flag_member::Column::FlagId,
            vote_flag_member::Column::VoteId,
        ])
        .filter(vote_flag_member::Column::FlagId.is_in(flags.keys().copied()))
        .into_tuple()
        .all(conn)
        .await?;
    let mut wanted: HashMap<i64, VoteStatus> = HashMap::new();
    for (flag, vote_id) in members {
        let from_flag = match flags.get(&flag).copied().flatten() {
            Some(FlagDecision::Invalidated) => VoteStatus::Invalid,
            Some(FlagDecision::Released) => VoteStatus::Valid,
            None => VoteStatus::Held,
        };
        let rank = |s: VoteStatus| match s {
            VoteStatus::Valid => 0,
            VoteStatus::Held => 1,
            VoteStatus::Invalid => 2,
        };
        let entry = wanted.entry(vote_id).or_insert(from_flag);
        if rank(from_flag) > rank(*entry) {
            *entry = from_flag;
        }
    }
    let mut by_status: HashMap<VoteStatus, Vec<i64>> = HashMap::new();
    let ids: Vec<i64> = wanted.keys().copied().collect();
    for chunk in ids.chunks(500) {
        let current: Vec<(i64, VoteStatus)> = vote::Entity::find()
            .select_only()
            .columns([vote::Column::Id, vote::Column::Status])
            .filter(vote::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(conn)
            .await?;
        for (id, status) in current {
            let want = wanted.get(&id).copied().unwrap_or(VoteStatus::Valid);
            if status != want {
                by_status.entry(want).or_default().push(id);
            }
        }
    }
    let mut changed = 0;
    for (status, ids) in by_status {
        for chunk in ids.chunks(500) {
            changed += vote::Entity::update_many()
                .col_expr(vote::Column::Status, Expr::value(status))
                .filter(vote::Column::Id.is_in(chunk.iter().copied()))
                .exec(conn)
                .await?
                .rows_affected;
        }
    }
    Ok(changed)
}

/// The flagged groups of the current edition, newest first, for the secretariat.
///
/// # Errors
/// Forbidden unless secretariat; database failures.
pub async fn flags(ctx: &AppContext, actor: &Actor, locale: Locale) -> Result<Flags, DomainError> {
    actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let Some(content) = editions.current(now) else {
        return Ok(Flags::default());
    };
    let tz = content.loaded.tz()?;
    let mut rows: Vec<vote_flag::Model> = vote_flag::Entity::find()
        .filter(vote_flag::Column::EditionId.eq(content.loaded.edition.id))
        .all(&ctx.db)
        .await?;
    rows.sort_by_key(|f| {
        (
            f.decision.is_some(),
            std::cmp::Reverse(f.first_seen_at),
            f.id,
        )
    });
    let rows = rows
        .into_iter()
        .map(|f| {
            Ok(FlagRow {
                id: f.id,
                kind: f.kind,
                // A network or ballot key is a hash or a long list: its start is enough to
                // tell groups apart on screen.
                key: f.group_key.chars().take(40).collect(),
                votes: u64::try_from(f.votes).unwrap_or(0),
                first_seen: format_datetime(f.first_seen_at, &tz, locale),
                decision: f.decision.map(|d| d.code().to_owned()),
                reason: f.reason,
            })
        })
        .collect::<Result<_, DomainError>>()?;
    let mut added: Vec<String> = disposable_domain::Entity::find()
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|d| d.domain)
        .collect();
    added.sort();
    Ok(Flags {
        rows,
        added_domains: added,
    })
}

/// What the secretariat does with a flagged group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Release,
    Invalidate,
    Hold,
}

impl Decision {
    /// # Errors
    /// Invalid (`flag-decision-unknown`) for anything else.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        match s.trim() {
            "release" => Ok(Self::Release),
            "invalidate" => Ok(Self::Invalidate),
            "hold" => Ok(Self::Hold),
            _ => Err(DomainError::invalid("decision", "flag-decision-unknown")),
        }
    }
}

/// Releases, invalidates or holds again every vote of a flagged group, with a reason.
///
/// # Errors
/// Forbidden unless secretariat; invalid reason or decision; not found (flag of another
/// edition, or none); conflict once the results are final (`results-already-final`);
/// database failures.
#[tracing::instrument(skip(ctx, actor, reason))]
pub async fn decide(
    ctx: &AppContext,
    actor: &Actor,
    flag_id: i64,
    decision: Decision,
    reason: &str,
) -> Result<u64, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let reason = Reason::parse(reason, "reason")?;
    let now = ctx.clock.now();
    let Some((edition_id, ..)) = under_review(ctx, now).await? else {
        return Err(DomainError::Conflict("results-already-final"));
    };
    let txn = crate::db::begin_write(&ctx.db).await?;
    let flag = vote_flag::Entity::find_by_id(flag_id)
        .one(&txn)
        .await?
        .filter(|f| f.edition_id == edition_id)
        .ok_or(DomainError::NotFound)?;
    let stored = match decision {
        Decision::Release => Some(FlagDecision::Released),
        Decision::Invalidate => Some(FlagDecision::Invalidated),
        Decision::Hold => None,
    };
    vote_flag::ActiveModel {
        id: sea_orm::Unchanged(flag.id),
        decision: Set(stored),
        decided_by: Set(Some(session.account_id)),
        decided_at: Set(Some(now)),
        reason: Set(Some(reason.as_str().to_owned())),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let changed = apply_statuses(&txn, edition_id).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::FlagDecided,
            target_type: audit::TargetType::VoteFlag,
            target_id: flag.id.to_string(),
            reason: Some(reason),
            details: serde_json::json!({
                "kind": flag.kind.code(),
                "votes": flag.votes,
                "decision": stored.map_or("held", FlagDecision::code),
                "changed": changed,
            }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(changed)
}

/// Adds a domain to the disposable ones (votes from it are held at the next sweep).
///
/// # Errors
/// Forbidden unless secretariat; invalid domain (`domain-invalid`); database failures.
pub async fn add_disposable_domain(
    ctx: &AppContext,
    actor: &Actor,
    domain: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let domain = domain.trim().trim_start_matches('@').to_lowercase();
    let valid = !domain.is_empty()
        && domain.len() <= 253
        && domain.contains('.')
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if !valid {
        return Err(DomainError::invalid("domain", "domain-invalid"));
    }
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    if disposable_domain::Entity::find_by_id(domain.clone())
        .one(&txn)
        .await?
        .is_some()
    {
        return Ok(());
    }
    disposable_domain::ActiveModel {
        domain: Set(domain.clone()),
        added_by: Set(Some(session.account_id)),
        added_at: Set(now),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::DisposableDomainAdded,
            target_type: audit::TargetType::Domain,
            target_id: domain,
            reason: None,
            details: serde_json::Value::Null,
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
