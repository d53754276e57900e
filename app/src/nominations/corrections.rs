//! The secretariat corrects a sent submission: a typo in a nominee's title, an organisation's
//! name, a text, at any phase, with a reason. The change is audited with the fields before
//! and after, the owners are mailed which fields changed and why, and it is committed through
//! the catalogue, so that every public place that shows the entry (category and project
//! pages, the gallery and its search, the ballot, the open data, the book) follows at once.
//!
//! Owners keep their own form for drafts and asked changes; a correction is the secretariat's.

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};
use serde_json::{Map, Value, json};

use super::{
    SubmissionForm, SubmissionStatus,
    owners::find_or_create_organisation,
    queries::{self, entity_conflict, entity_taken, form_of, limits_of, organisation_of},
    rules::{self, ProjectStatus},
};
use crate::{
    audit,
    auth::{Actor, Role},
    catalogue,
    codes::StakeholderType,
    entity::{
        columns::{Chosen, Json},
        edition, organisation, submission,
    },
    error::DomainError,
    mail::{self, Letter, MailKind},
    state::AppContext,
};

/// Corrects the sent submission `id` to `form`, for `reason`. Returns the fields changed.
///
/// # Errors
/// Unauthenticated, forbidden unless secretariat; not found (drafts are their owners'); the
/// reason missing or too long (`reason-required`, `reason-too-long`); nothing changed; the form as the submission rules check it
/// (a sent entry stays complete); an organisation already holding this place.
#[tracing::instrument(skip(ctx, actor, form, reason))]
pub async fn correct(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    form: &SubmissionForm,
    reason: &str,
) -> Result<Vec<&'static str>, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let reason = audit::Reason::parse(reason, "reason")?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let s = queries::find(&txn, id).await?;
    if s.status == SubmissionStatus::Draft {
        return Err(DomainError::NotFound);
    }
    let edition = edition::Entity::find_by_id(s.edition_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    let problems = rules::missing_for_submission(form, &limits_of(&edition)?);
    if !problems.is_empty() {
        return Err(DomainError::Invalid(problems));
    }
    let old_org = organisation_of(&txn, &s).await?;
    let before = form_of(&s, old_org.as_ref());
    let changed = changed_fields(&before, form)?;
    if changed.is_empty() {
        return Err(DomainError::invalid("reason", "correction-unchanged"));
    }
    let org = find_or_create_organisation(
        &txn,
        &form.organisation,
        &form.country,
        StakeholderType::from_code(form.stakeholder_type.trim()),
        now,
    )
    .await?;
    // The same entity under a name written differently (its case, its accents): the entity's
    // own name is what was mistyped, for every entry it holds.
    if Some(org.id) == s.organisation_id && org.name != form.organisation.trim() {
        let mut row: organisation::ActiveModel = org.clone().into();
        row.name = Set(form.organisation.trim().to_owned());
        row.update(&txn).await?;
    }
    if s.status.holds_place()
        && Some(org.id) != s.organisation_id
        && entity_conflict(&txn, &s, org.id, s.category_id)
            .await?
            .is_some()
    {
        return Err(entity_taken("organisation"));
    }
    submission::ActiveModel {
        id: sea_orm::Unchanged(s.id),
        organisation_id: Set(Some(org.id)),
        title: Set(form.title.trim().to_owned()),
        short_description: Set(form.short_description.trim().to_owned()),
        action_lines: Set(Json(
            rules::parse_action_lines(&form.action_lines).unwrap_or_default(),
        )),
        sdgs: Set(Json(rules::parse_sdgs(&form.sdgs).unwrap_or_default())),
        impact_qualitative: Set(form.impact_qualitative.trim().to_owned()),
        impact_quantitative: Set(form.impact_quantitative.trim().to_owned()),
        partnerships: Set(form.partnerships.trim().to_owned()),
        challenges: Set(form.challenges.trim().to_owned()),
        start_date: Set(form.start_date.trim().to_owned()),
        project_status: Set(Chosen(ProjectStatus::from_code(form.project_status.trim()))),
        website: Set(form.website.trim().to_owned()),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let (old, new) = before_and_after(&before, form, &changed)?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::SubmissionCorrect,
            target_type: audit::TargetType::Submission,
            target_id: s.id.to_string(),
            reason: Some(reason.clone()),
            details: json!({ "old": old, "new": new }),
        },
        now,
    )
    .await?;
    tell_owners(
        ctx,
        &txn,
        &s,
        form.title.trim(),
        &changed,
        reason.as_str(),
        now,
    )
    .await?;
    commit(ctx, txn).await?;
    Ok(changed)
}

/// Replaces the picture of the sent submission `id`, for `reason`. The picture it replaces
/// is kept: the audit log names both.
///
/// # Errors
/// As [`correct`]; the upload limit; an invalid picture.
#[tracing::instrument(skip(ctx, actor, bytes, reason))]
pub async fn correct_picture(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    bytes: Vec<u8>,
    reason: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let reason = audit::Reason::parse(reason, "reason")?;
    ctx.limits.uploads.check(session.account_id)?;
    // A first look before decoding, so that a draft costs no image work.
    let s = submission::Entity::find_by_id(id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    if s.status == SubmissionStatus::Draft {
        return Err(DomainError::NotFound);
    }
    let processed = super::pictures::processed(ctx, bytes).await?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let s = queries::find(&txn, id).await?;
    let stored = super::pictures::stored(processed, session.account_id, now)
        .insert(&txn)
        .await?;
    submission::ActiveModel {
        id: sea_orm::Unchanged(s.id),
        picture_id: Set(Some(stored.id)),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::SubmissionCorrect,
            target_type: audit::TargetType::Submission,
            target_id: s.id.to_string(),
            reason: Some(reason.clone()),
            details: json!({ "old": { "picture": s.picture_id }, "new": { "picture": stored.id } }),
        },
        now,
    )
    .await?;
    tell_owners(ctx, &txn, &s, &s.title, &["picture"], reason.as_str(), now).await?;
    commit(ctx, txn).await
}

/// Commits a correction through the catalogue, its version moved whatever the fields: the
/// database's triggers watch the fields that lists and the ballot show, and a project's page
/// shows all of them.
async fn commit(ctx: &AppContext, txn: sea_orm::DatabaseTransaction) -> Result<(), DomainError> {
    txn.execute_unprepared(&format!(
        "UPDATE content_versions SET version = version + 1 WHERE name = '{}'",
        catalogue::CATALOGUE
    ))
    .await?;
    catalogue::commit(ctx, txn).await
}

/// A form's fields by name, as JSON values.
type Fields = Map<String, Value>;

/// The form's fields, by name, as a correction compares them (trimmed).
fn fields_of(form: &SubmissionForm) -> Result<Fields, DomainError> {
    match serde_json::to_value(form).map_err(DomainError::internal)? {
        Value::Object(map) => Ok(map
            .into_iter()
            .map(|(k, v)| match v {
                Value::String(s) => (k, Value::String(s.trim().to_owned())),
                other => (k, other),
            })
            .collect()),
        _ => Err(DomainError::internal("a form is an object")),
    }
}

/// The names of the fields whose value differs, in the form's order.
fn changed_fields(
    before: &SubmissionForm,
    after: &SubmissionForm,
) -> Result<Vec<&'static str>, DomainError> {
    let (b, a) = (fields_of(before)?, fields_of(after)?);
    Ok(FIELDS
        .iter()
        .copied()
        .filter(|f| b.get(*f) != a.get(*f))
        .collect())
}

/// The changed fields' values before and after, for the audit log.
fn before_and_after(
    before: &SubmissionForm,
    after: &SubmissionForm,
    changed: &[&str],
) -> Result<(Fields, Fields), DomainError> {
    let (b, a) = (fields_of(before)?, fields_of(after)?);
    let pick = |m: &Fields| {
        changed
            .iter()
            .map(|f| ((*f).to_owned(), m.get(*f).cloned().unwrap_or(Value::Null)))
            .collect()
    };
    Ok((pick(&b), pick(&a)))
}

/// The fields of the submission form, in its order.
pub const FIELDS: [&str; 15] = [
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
];

/// Mails every enabled owner and co-owner which fields the secretariat corrected, and why,
/// each in their language.
pub(crate) async fn tell_owners(
    ctx: &AppContext,
    conn: &impl ConnectionTrait,
    s: &submission::Model,
    title: &str,
    changed: &[&str],
    reason: &str,
    now: i64,
) -> Result<(), DomainError> {
    let link = format!("{}/submissions/{}", ctx.config.public_url, s.id);
    for a in queries::enabled_members(conn, s.id).await? {
        let fields = changed
            .iter()
            .map(|f| {
                a.locale
                    .t(&format!("submission-field-{}", f.replace('_', "-")))
            })
            .collect::<Vec<_>>()
            .join(", ");
        let args = [
            ("name", a.name.clone()),
            ("title", title.to_owned()),
            ("fields", fields),
            ("reason", reason.to_owned()),
            ("link", link.clone()),
        ];
        mail::tell(
            conn,
            ctx.config.delivery,
            Letter {
                kind: MailKind::Submission,
                to: &a.email,
                locale: a.locale,
                key: "correction-mail",
                args: &args,
            },
            now,
        )
        .await?;
    }
    Ok(())
}
