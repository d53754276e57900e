//! What the owners' and the screeners' use cases share: finding a submission (as a member
//! or for the secretariat), its status and form as stored, whether it can still be edited,
//! the views built from it, and the notices its members are mailed.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, sea_query::Expr,
};

use super::{
    DecisionView, FlagView, SubmissionView,
    rules::{self, SubmissionForm, SubmissionLimits, SubmissionStatus},
};
use crate::{
    auth::Session,
    catalogue,
    codes::{DecisionKind, PhaseKind},
    entity::{
        account, category, edition, organisation, screening_decision, submission, submission_flag,
        submission_member,
    },
    error::DomainError,
    i18n::{Locale, dates::format_datetime},
    mail,
    phases::{self, PhaseWindow},
    state::AppContext,
};

/// The limits of an edition's form (defaults for what the edition does not set).
///
/// # Errors
/// Internal, with the parser's cause, when the stored limits cannot be read: never the
/// defaults in their place.
pub fn limits_of(edition: &edition::Model) -> Result<SubmissionLimits, DomainError> {
    serde_json::from_value(edition.submission_rules.0.clone()).map_err(|e| {
        DomainError::caused_by(
            format!("the form limits stored for edition {}", edition.id),
            e,
        )
    })
}

pub(crate) fn form_of(s: &submission::Model, org: Option<&organisation::Model>) -> SubmissionForm {
    SubmissionForm {
        title: s.title.clone(),
        organisation: org.map(|o| o.name.clone()).unwrap_or_default(),
        country: org.map(|o| o.country.clone()).unwrap_or_default(),
        stakeholder_type: org
            .and_then(|o| o.stakeholder_type.get())
            .map_or("", |t| t.code())
            .to_owned(),
        short_description: s.short_description.clone(),
        action_lines: s.action_lines.0.join(", "),
        sdgs: s
            .sdgs
            .0
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        impact_qualitative: s.impact_qualitative.clone(),
        impact_quantitative: s.impact_quantitative.clone(),
        partnerships: s.partnerships.clone(),
        challenges: s.challenges.clone(),
        start_date: s.start_date.clone(),
        project_status: s.project_status.get().map_or("", |p| p.code()).to_owned(),
        website: s.website.clone(),
    }
}

/// The submission, its row locked until the transaction ends (on PostgreSQL; SQLite's write
/// transactions hold the whole database), so that the checks made on it still hold when the
/// transaction writes.
pub(crate) async fn find(
    conn: &impl ConnectionTrait,
    id: i64,
) -> Result<submission::Model, DomainError> {
    submission::Entity::find_by_id(id)
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(DomainError::NotFound)
}

/// The submission, if `session` may edit it (owner or co-owner). Anyone else is told it
/// does not exist, so that ids cannot be probed.
pub(crate) async fn find_for_member(
    conn: &impl ConnectionTrait,
    id: i64,
    session: &Session,
) -> Result<submission::Model, DomainError> {
    let s = find(conn, id).await?;
    let member = submission_member::Entity::find_by_id((s.id, session.account_id))
        .one(conn)
        .await?;
    if member.is_some() {
        Ok(s)
    } else {
        Err(DomainError::NotFound)
    }
}

pub(crate) async fn organisation_of(
    conn: &impl ConnectionTrait,
    s: &submission::Model,
) -> Result<Option<organisation::Model>, DomainError> {
    match s.organisation_id {
        Some(id) => Ok(organisation::Entity::find_by_id(id).one(conn).await?),
        None => Ok(None),
    }
}

/// Why a submission cannot be edited now, if it cannot.
pub(crate) fn edit_lock(
    s: &submission::Model,
    calendar: &[PhaseWindow],
    now: i64,
) -> Option<DomainError> {
    match s.status {
        SubmissionStatus::Draft if phases::is_open(calendar, PhaseKind::Submission, now) => None,
        SubmissionStatus::Draft => Some(DomainError::PhaseClosed("submission-phase-closed")),
        SubmissionStatus::ChangesRequested if s.changes_deadline.is_some_and(|d| d > now) => None,
        SubmissionStatus::ChangesRequested => {
            Some(DomainError::PhaseClosed("submission-deadline-passed"))
        }
        _ => Some(DomainError::Forbidden("submission-locked")),
    }
}

/// Refuses when the submission cannot be edited now (phase closed, deadline passed, sent).
///
/// # Errors
/// Phase closed or forbidden, as for saving the form.
pub async fn ensure_editable(
    conn: &impl ConnectionTrait,
    s: &submission::Model,
    now: i64,
) -> Result<(), DomainError> {
    match edit_lock(
        s,
        &catalogue::load::calendar_of(conn, s.edition_id).await?,
        now,
    ) {
        Some(lock) => Err(lock),
        None => Ok(()),
    }
}

pub(crate) async fn category_titles(
    conn: &impl ConnectionTrait,
    ids: Vec<i64>,
    locale: Locale,
) -> Result<HashMap<i64, (String, String)>, DomainError> {
    let cats = category::Entity::find()
        .filter(category::Column::Id.is_in(ids.clone()))
        .all(conn)
        .await?;
    let texts = catalogue::load::category_texts(conn, ids, locale).await?;
    Ok(cats
        .into_iter()
        .map(|c| {
            let title = catalogue::localized(&texts, c.id, locale, |t| &t.title);
            (c.id, (c.code, title))
        })
        .collect())
}

pub(crate) async fn decisions_of(
    conn: &impl ConnectionTrait,
    s: &submission::Model,
    tz: &jiff::tz::TimeZone,
    locale: Locale,
) -> Result<Vec<DecisionView>, DomainError> {
    let rows = screening_decision::Entity::find()
        .filter(screening_decision::Column::SubmissionId.eq(s.id))
        .order_by_desc(screening_decision::Column::Id)
        .all(conn)
        .await?;
    let ids: Vec<i64> = rows
        .iter()
        .flat_map(|d| [d.from_category_id, d.to_category_id])
        .flatten()
        .collect();
    let titles = category_titles(conn, ids, locale).await?;
    Ok(rows
        .into_iter()
        .map(|d| DecisionView {
            decision: d.decision.code().to_owned(),
            reason: d.reason,
            at: format_datetime(d.created_at, tz, locale),
            deadline: d.deadline.map(|x| format_datetime(x, tz, locale)),
            to_category: d
                .to_category_id
                .and_then(|c| titles.get(&c))
                .map(|(code, title)| format!("{code} {title}")),
        })
        .collect())
}

pub(crate) async fn view_of(
    ctx: &AppContext,
    s: submission::Model,
    locale: Locale,
    editable: bool,
    viewer: Option<i64>,
) -> Result<SubmissionView, DomainError> {
    let (members, invited) = super::members::list(ctx, s.id, locale).await?;
    let viewer_is_owner = members
        .iter()
        .any(|m| m.is_owner && Some(m.account_id) == viewer);
    let edition = edition::Entity::find_by_id(s.edition_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let tz = catalogue::time_zone_of(&edition)?;
    let limits = limits_of(&edition)?;
    let org = organisation_of(&ctx.db, &s).await?;
    let form = form_of(&s, org.as_ref());
    let titles = category_titles(&ctx.db, vec![s.category_id], locale).await?;
    let (code, title) = titles.get(&s.category_id).cloned().unwrap_or_default();
    let flags = submission_flag::Entity::find()
        .filter(submission_flag::Column::SubmissionId.eq(s.id))
        .filter(submission_flag::Column::ResolvedAt.is_null())
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|f| FlagView {
            id: f.id,
            kind: f.kind.code().to_owned(),
            detail: f.detail,
            other_submission_id: f.other_submission_id,
        })
        .collect();
    let status = s.status;
    Ok(SubmissionView {
        id: s.id,
        status,
        category_code: code,
        category_title: title,
        region: crate::countries::region_of(&form.country),
        missing: rules::missing_for_submission(&form, &limits),
        limits,
        editable,
        changes_message: s
            .changes_message
            .clone()
            .filter(|_| status == SubmissionStatus::ChangesRequested),
        changes_deadline: s.changes_deadline.map(|d| format_datetime(d, &tz, locale)),
        decisions: decisions_of(&ctx.db, &s, &tz, locale).await?,
        flags,
        picture_id: s.picture_id,
        picture_max_mb: ctx.config.picture_max_bytes / (1024 * 1024),
        members,
        invited,
        viewer_is_owner,
        can_delete: false,
        can_withdraw: false,
        form,
    })
}

/// A message to the people of a submission.
pub(crate) struct Notice<'a> {
    pub subject_key: &'a str,
    pub body_key: &'a str,
    pub title: &'a str,
    pub message: String,
    /// A deadline to state after the message, in each reader's language and the edition's zone.
    pub deadline: Option<(i64, jiff::tz::TimeZone)>,
}

/// The enabled accounts of the owners and co-owners of the submission `id`: whom the jobs
/// that tell a submission's people (outcomes, draft reminders) write to.
pub(crate) async fn enabled_members(
    conn: &impl ConnectionTrait,
    id: i64,
) -> Result<Vec<account::Model>, DomainError> {
    let members: Vec<i64> = submission_member::Entity::find()
        .filter(submission_member::Column::SubmissionId.eq(id))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.account_id)
        .collect();
    Ok(account::Entity::find()
        .filter(account::Column::Id.is_in(members))
        .filter(account::Column::DisabledAt.is_null())
        .all(conn)
        .await?)
}

/// Mails every owner and co-owner of a submission, each in their language.
pub(crate) async fn notify_members(
    ctx: &AppContext,
    conn: &impl ConnectionTrait,
    s: &submission::Model,
    notice: Notice<'_>,
    now: i64,
) -> Result<(), DomainError> {
    let members = submission_member::Entity::find()
        .filter(submission_member::Column::SubmissionId.eq(s.id))
        .all(conn)
        .await?;
    let accounts = account::Entity::find()
        .filter(account::Column::Id.is_in(members.iter().map(|m| m.account_id)))
        .all(conn)
        .await?;
    let link = format!("{}/submissions/{}", ctx.config.public_url, s.id);
    for a in accounts {
        let locale = a.locale;
        let mut message = notice.message.clone();
        if let Some((at, tz)) = &notice.deadline {
            let when = format_datetime(*at, tz, locale);
            message = format!(
                "{message}\n\n{}",
                locale.t_args("submission-until", &[("when", when)])
            );
        }
        let args = [
            ("name", a.name.clone()),
            ("title", notice.title.to_owned()),
            ("message", message),
            ("link", link.clone()),
        ];
        mail::enqueue(
            conn,
            ctx.config.delivery,
            mail::Outgoing {
                kind: mail::MailKind::Submission,
                to: &a.email,
                subject: &locale.t_args(notice.subject_key, &args),
                body: &locale.t_args(notice.body_key, &args),
            },
            now,
        )
        .await?;
    }
    Ok(())
}

/// Change requests whose deadline has passed go back to screening as they are.
///
/// # Errors
/// Database failures.
#[tracing::instrument(skip_all)]
pub async fn expire_change_requests(
    conn: &impl ConnectionTrait,
    now: i64,
) -> Result<u64, DomainError> {
    let lapsed = submission::Entity::find()
        .filter(submission::Column::Status.eq(SubmissionStatus::ChangesRequested))
        .filter(submission::Column::ChangesDeadline.lte(now))
        .all(conn)
        .await?;
    let mut count = 0;
    for s in lapsed {
        let updated = submission::Entity::update_many()
            .col_expr(
                submission::Column::Status,
                Expr::value(SubmissionStatus::Submitted),
            )
            .col_expr(
                submission::Column::ChangesDeadline,
                Expr::value(Option::<i64>::None),
            )
            .filter(submission::Column::Id.eq(s.id))
            .filter(submission::Column::Status.eq(SubmissionStatus::ChangesRequested))
            .exec(conn)
            .await?;
        if updated.rows_affected == 1 {
            screening_decision::ActiveModel {
                submission_id: Set(s.id),
                actor_id: Set(None),
                decision: Set(DecisionKind::ChangesLapsed),
                reason: Set(String::new()),
                from_category_id: Set(None),
                to_category_id: Set(None),
                deadline: Set(s.changes_deadline),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(conn)
            .await?;
            count += 1;
        }
    }
    Ok(count)
}

/// Another sent submission of the same entity in the same category of the edition, if any.
/// Drafts reserve nothing (anyone can type any organisation's name), and a submission found
/// not eligible or withdrawn frees the place. The database enforces the same rule with a
/// partial unique index; this check gives the sender a clear message first.
pub(crate) async fn entity_conflict(
    conn: &impl ConnectionTrait,
    s: &submission::Model,
    organisation_id: i64,
    category_id: i64,
) -> Result<Option<submission::Model>, DomainError> {
    Ok(submission::Entity::find()
        .filter(submission::Column::EditionId.eq(s.edition_id))
        .filter(submission::Column::CategoryId.eq(category_id))
        .filter(submission::Column::OrganisationId.eq(organisation_id))
        .filter(submission::Column::Id.ne(s.id))
        .filter(
            submission::Column::Status
                .is_in(SubmissionStatus::HOLDS_PLACE.map(SubmissionStatus::code)),
        )
        .one(conn)
        .await?)
}

/// The refusal when the organisation already holds its place in the category. It never
/// names the other submission or its owner: the sender is told to write to the secretariat.
pub(crate) fn entity_taken(field: &str) -> DomainError {
    DomainError::invalid(field, "submission-entity-taken")
}
