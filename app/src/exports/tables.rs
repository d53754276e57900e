//! What each export holds, read a page at a time in key order (`page` after the last key), so
//! that a writer streams it without ever holding it whole.

use std::collections::{BTreeMap, HashMap};

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;

use super::{Cell, ExportFormat, ExportKind, ExportRequest};
use crate::{
    audit,
    auth::{Actor, Role},
    catalogue::{self, EditionContent},
    codes::{MemberRole, RoundKind, SubmissionStatus},
    entity::{
        account, account_role, organisation, screening_decision, submission, submission_member,
        void_vote, vote,
    },
    error::DomainError,
    state::AppContext,
};

/// Rows read per page.
pub const PAGE: u64 = 500;

/// An export asked for and allowed: what, of which edition, how.
#[derive(Clone, Debug)]
pub struct Spec {
    pub kind: ExportKind,
    pub format: ExportFormat,
    pub year: Option<i32>,
    pub edition_id: i64,
    pub addresses: bool,
    tz: jiff::tz::TimeZone,
}

impl Spec {
    /// The file's name.
    pub fn file_name(&self) -> String {
        match self.year {
            Some(y) => format!(
                "wsis-prizes-{y}-{}.{}",
                self.kind.code(),
                self.format.code()
            ),
            None => format!("wsis-prizes-{}.{}", self.kind.code(), self.format.code()),
        }
    }
}

/// The years of the editions, newest first.
///
/// # Errors
/// Unauthenticated, forbidden.
pub async fn years(ctx: &AppContext, actor: &Actor) -> Result<Vec<i32>, DomainError> {
    actor.require(Role::Secretariat)?;
    let mut years: Vec<i32> = catalogue::read(ctx)
        .await?
        .all()
        .iter()
        .map(|e| e.loaded.edition.year)
        .collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    Ok(years)
}

/// Checks an export request and records who takes it, before a byte is written.
///
/// # Errors
/// Unauthenticated, forbidden; invalid kind, format or year; the accounts without a reason.
pub async fn begin(
    ctx: &AppContext,
    actor: &Actor,
    request: &ExportRequest,
) -> Result<Spec, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let kind = ExportKind::from_code(request.what.trim())
        .ok_or_else(|| DomainError::invalid("what", "export-kind-invalid"))?;
    let format = ExportFormat::from_code(request.format.trim())
        .ok_or_else(|| DomainError::invalid("format", "export-format-invalid"))?;
    let addresses = kind == ExportKind::Accounts && request.addresses == "on";
    let reason = if kind == ExportKind::Accounts {
        Some(audit::Reason::parse(&request.reason, "reason")?)
    } else {
        audit::Reason::optional(&request.reason, "reason")?
    };
    let editions = catalogue::read(ctx).await?;
    let (year, edition_id, tz) = if kind.by_edition() {
        let content: &EditionContent = match request.year.trim() {
            "" => editions.current(ctx.clock.now()),
            y => y.parse::<i32>().ok().and_then(|y| editions.by_year(y)),
        }
        .ok_or_else(|| DomainError::invalid("year", "export-year-invalid"))?;
        (
            Some(content.loaded.edition.year),
            content.loaded.edition.id,
            content.loaded.tz()?,
        )
    } else {
        (None, 0, jiff::tz::TimeZone::UTC)
    };
    let txn = crate::db::begin_write(&ctx.db).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::ExportDownload,
            target_type: if kind.by_edition() {
                audit::TargetType::Edition
            } else {
                audit::TargetType::Account
            },
            target_id: year.map_or_else(|| "all".to_owned(), |y| y.to_string()),
            reason,
            details: json!({ "export": kind.code(), "format": format.code(), "addresses": addresses }),
        },
        ctx.clock.now(),
    )
    .await?;
    txn.commit().await?;
    Ok(Spec {
        kind,
        format,
        year,
        edition_id,
        addresses,
        tz,
    })
}

/// The header row.
pub fn headers(spec: &Spec) -> Vec<&'static str> {
    match spec.kind {
        ExportKind::Submissions => vec![
            "id",
            "category",
            "status",
            "title",
            "organisation",
            "country",
            "stakeholder_type",
            "short_description",
            "action_lines",
            "sdgs",
            "impact_qualitative",
            "impact_quantitative",
            "partnerships",
            "challenges",
            "start_date",
            "project_status",
            "website",
            "picture",
            "owner",
            "co_owners",
            "sent_at",
            "updated_at",
        ],
        ExportKind::Screening => vec![
            "decision_id",
            "submission",
            "title",
            "decision",
            "reason",
            "from_category",
            "to_category",
            "deadline",
            "by",
            "at",
        ],
        ExportKind::Reviews => vec![
            "round",
            "submission",
            "expert",
            "version",
            "total",
            "scores",
            "comment",
        ],
        ExportKind::Votes => vec!["category", "day", "votes", "void"],
        ExportKind::Accounts => {
            let mut h = vec![
                "id",
                "name",
                "organisation",
                "country",
                "stakeholder_type",
                "language",
                "roles",
                "confirmed",
                "disabled",
                "privacy_version",
                "created_at",
            ];
            // The address, only when asked, beside the id (as the rows hold it).
            if spec.addresses {
                h.insert(1, "email");
            }
            h
        }
    }
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn when(at: Option<i64>, tz: &jiff::tz::TimeZone) -> Cell {
    at.and_then(|at| jiff::Timestamp::from_second(at).ok())
        .map_or(Cell::Empty, |t| {
            text(
                t.to_zoned_datetime(tz.clone())
                    .strftime("%Y-%m-%d %H:%M")
                    .to_string(),
            )
        })
}

/// The rows after the key `after`, at most [`PAGE`], each with its key; empty at the end.
///
/// # Errors
/// Database failures.
pub async fn page(
    ctx: &AppContext,
    spec: &Spec,
    after: i64,
) -> Result<Vec<(i64, Vec<Cell>)>, DomainError> {
    match spec.kind {
        ExportKind::Submissions => submissions(ctx, spec, after).await,
        ExportKind::Screening => decisions(ctx, spec, after).await,
        ExportKind::Accounts => accounts(ctx, spec, after).await,
        // Small (an edition's reviews; its days and categories): one page.
        ExportKind::Reviews if after == 0 => reviews(ctx, spec).await,
        ExportKind::Votes if after == 0 => votes(ctx, spec).await,
        ExportKind::Reviews | ExportKind::Votes => Ok(Vec::new()),
    }
}

async fn names(ctx: &AppContext, ids: Vec<i64>) -> Result<HashMap<i64, String>, DomainError> {
    Ok(account::Entity::find()
        .select_only()
        .columns([account::Column::Id, account::Column::Name])
        .filter(account::Column::Id.is_in(ids))
        .into_tuple::<(i64, String)>()
        .all(&ctx.db)
        .await?
        .into_iter()
        .collect())
}

async fn submissions(
    ctx: &AppContext,
    spec: &Spec,
    after: i64,
) -> Result<Vec<(i64, Vec<Cell>)>, DomainError> {
    let rows = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(spec.edition_id))
        .filter(submission::Column::Status.ne(SubmissionStatus::Draft))
        .filter(submission::Column::Id.gt(after))
        .order_by_asc(submission::Column::Id)
        .limit(PAGE)
        .all(&ctx.db)
        .await?;
    let orgs: HashMap<i64, organisation::Model> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(rows.iter().filter_map(|s| s.organisation_id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let members = submission_member::Entity::find()
        .filter(submission_member::Column::SubmissionId.is_in(rows.iter().map(|s| s.id)))
        .all(&ctx.db)
        .await?;
    let owners = names(ctx, rows.iter().map(|s| s.owner_id).collect()).await?;
    let editions = catalogue::read(ctx).await?;
    let content = editions.by_id(spec.edition_id);
    Ok(rows
        .into_iter()
        .map(|s| {
            let org = s.organisation_id.and_then(|o| orgs.get(&o));
            let co_owners = members
                .iter()
                .filter(|m| m.submission_id == s.id && m.role != MemberRole::Owner)
                .count();
            let row = vec![
                Cell::Int(s.id),
                text(
                    content
                        .and_then(|c| c.category_code(s.category_id))
                        .unwrap_or_default(),
                ),
                text(s.status.code()),
                text(s.title),
                text(org.map(|o| o.name.clone()).unwrap_or_default()),
                text(org.map(|o| o.country.clone()).unwrap_or_default()),
                text(
                    org.and_then(|o| o.stakeholder_type.0)
                        .map(|t| t.code())
                        .unwrap_or_default(),
                ),
                text(s.short_description),
                text(s.action_lines.0.join(", ")),
                text(
                    s.sdgs
                        .0
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                text(s.impact_qualitative),
                text(s.impact_quantitative),
                text(s.partnerships),
                text(s.challenges),
                text(s.start_date),
                text(s.project_status.0.map(|p| p.code()).unwrap_or_default()),
                text(s.website),
                Cell::Bool(s.picture_id.is_some()),
                text(owners.get(&s.owner_id).cloned().unwrap_or_default()),
                Cell::Int(i64::try_from(co_owners).unwrap_or_default()),
                when(s.submitted_at, &spec.tz),
                when(Some(s.updated_at), &spec.tz),
            ];
            (s.id, row)
        })
        .collect())
}

async fn decisions(
    ctx: &AppContext,
    spec: &Spec,
    after: i64,
) -> Result<Vec<(i64, Vec<Cell>)>, DomainError> {
    let subs: Vec<(i64, String)> = submission::Entity::find()
        .select_only()
        .columns([submission::Column::Id, submission::Column::Title])
        .filter(submission::Column::EditionId.eq(spec.edition_id))
        .into_tuple()
        .all(&ctx.db)
        .await?;
    let titles: HashMap<i64, String> = subs.into_iter().collect();
    let rows = screening_decision::Entity::find()
        .filter(screening_decision::Column::SubmissionId.is_in(titles.keys().copied()))
        .filter(screening_decision::Column::Id.gt(after))
        .order_by_asc(screening_decision::Column::Id)
        .limit(PAGE)
        .all(&ctx.db)
        .await?;
    let by = names(ctx, rows.iter().filter_map(|d| d.actor_id).collect()).await?;
    let editions = catalogue::read(ctx).await?;
    let content = editions.by_id(spec.edition_id);
    let code = |id: Option<i64>| {
        text(
            id.and_then(|c| content.and_then(|e| e.category_code(c)))
                .unwrap_or_default(),
        )
    };
    Ok(rows
        .into_iter()
        .map(|d| {
            let row = vec![
                Cell::Int(d.id),
                Cell::Int(d.submission_id),
                text(titles.get(&d.submission_id).cloned().unwrap_or_default()),
                text(d.decision.code()),
                text(d.reason),
                code(d.from_category_id),
                code(d.to_category_id),
                when(d.deadline, &spec.tz),
                text(
                    d.actor_id
                        .and_then(|a| by.get(&a).cloned())
                        .unwrap_or_default(),
                ),
                when(Some(d.created_at), &spec.tz),
            ];
            (d.id, row)
        })
        .collect())
}

async fn accounts(
    ctx: &AppContext,
    spec: &Spec,
    after: i64,
) -> Result<Vec<(i64, Vec<Cell>)>, DomainError> {
    let rows = account::Entity::find()
        .filter(account::Column::Id.gt(after))
        .order_by_asc(account::Column::Id)
        .limit(PAGE)
        .all(&ctx.db)
        .await?;
    let mut roles: BTreeMap<i64, Vec<&'static str>> = BTreeMap::new();
    for r in account_role::Entity::find()
        .filter(account_role::Column::AccountId.is_in(rows.iter().map(|a| a.id)))
        .all(&ctx.db)
        .await?
    {
        roles.entry(r.account_id).or_default().push(r.role.code());
    }
    Ok(rows
        .into_iter()
        .map(|a| {
            // Never a secret: no password hash, no token version.
            let mut row = vec![Cell::Int(a.id)];
            if spec.addresses {
                row.push(text(a.email));
            }
            row.extend([
                text(a.name),
                text(a.organisation),
                text(a.country),
                text(a.stakeholder_type.code()),
                text(a.locale.code()),
                text(roles.get(&a.id).map(|r| r.join(", ")).unwrap_or_default()),
                Cell::Bool(a.email_confirmed_at.is_some()),
                Cell::Bool(a.disabled_at.is_some()),
                text(a.privacy_version.unwrap_or_default()),
                when(Some(a.created_at), &spec.tz),
            ]);
            (a.id, row)
        })
        .collect())
}

async fn reviews(ctx: &AppContext, spec: &Spec) -> Result<Vec<(i64, Vec<Cell>)>, DomainError> {
    let mut out = Vec::new();
    for kind in RoundKind::ALL {
        let Ok(round) = crate::review::rounds::of_year(ctx, *kind, spec.year).await else {
            continue;
        };
        let counted = crate::review::standings::counted_reviews(&ctx.db, &round).await?;
        let experts = names(ctx, counted.iter().map(|c| c.review.expert_id).collect()).await?;
        for c in counted {
            let scores = round
                .criteria
                .iter()
                .zip(&c.tenths)
                .map(|(k, t)| {
                    format!(
                        "{}={}",
                        k.code,
                        crate::review::scoring::show_tenths(i32::from(*t))
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            let key = i64::try_from(out.len()).unwrap_or_default() + 1;
            out.push((
                key,
                vec![
                    text(kind.code()),
                    Cell::Int(c.review.submission_id),
                    text(
                        experts
                            .get(&c.review.expert_id)
                            .cloned()
                            .unwrap_or_default(),
                    ),
                    Cell::Int(i64::from(c.review.version)),
                    Cell::Num((c.total * 10_000.0).round() / 10_000.0),
                    text(scores),
                    text(c.review.comment.clone()),
                ],
            ));
        }
    }
    Ok(out)
}

async fn votes(ctx: &AppContext, spec: &Spec) -> Result<Vec<(i64, Vec<Cell>)>, DomainError> {
    let editions = catalogue::read(ctx).await?;
    let Some(content) = editions.by_id(spec.edition_id) else {
        return Ok(Vec::new());
    };
    let ballot = content.ballot();
    let ids: Vec<i64> = ballot.iter().map(|(_, id)| *id).collect();
    let day = |at: i64| {
        jiff::Timestamp::from_second(at)
            .map(|t| {
                t.to_zoned_datetime(spec.tz.clone())
                    .strftime("%Y-%m-%d")
                    .to_string()
            })
            .unwrap_or_default()
    };
    // Counted as read, a page of votes at a time: the figures are small, the votes are not.
    let mut counts: BTreeMap<(i64, String), (i64, i64)> = BTreeMap::new();
    let mut last = 0;
    loop {
        let page: Vec<(i64, i64, i64)> = vote::Entity::find()
            .select_only()
            .columns([
                vote::Column::Id,
                vote::Column::CategoryId,
                vote::Column::CastAt,
            ])
            .filter(vote::Column::CategoryId.is_in(ids.iter().copied()))
            .filter(vote::Column::Id.gt(last))
            .order_by_asc(vote::Column::Id)
            .limit(10_000)
            .into_tuple()
            .all(&ctx.db)
            .await?;
        let Some(&(id, _, _)) = page.last() else {
            break;
        };
        last = id;
        for (_, category, at) in page {
            counts.entry((category, day(at))).or_default().0 += 1;
        }
    }
    let void: Vec<(i64, i64)> = void_vote::Entity::find()
        .select_only()
        .columns([void_vote::Column::CategoryId, void_vote::Column::CastAt])
        .filter(void_vote::Column::CategoryId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(&ctx.db)
        .await?;
    for (category, at) in void {
        counts.entry((category, day(at))).or_default().1 += 1;
    }
    let order: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|((a, da), _), ((b, db), _)| (order.get(a), da).cmp(&(order.get(b), db)));
    Ok(rows
        .into_iter()
        .enumerate()
        .map(|(i, ((category, d), (n, v)))| {
            (
                i64::try_from(i).unwrap_or_default() + 1,
                vec![
                    text(content.category_code(category).unwrap_or_default()),
                    text(d),
                    Cell::Int(n),
                    Cell::Int(v),
                ],
            )
        })
        .collect())
}
