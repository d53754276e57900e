//! Submission and screening use cases. Authorization, the phase, the edit locks and the
//! one-submission-per-entity rule are all checked here.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, sea_query::Expr,
};

use super::{
    Decision, DecisionView, FlagView, MySubmission, QueueCounts, QueueFilter, QueueRow,
    ScreeningQueue, SubmissionView,
    rules::{self, SubmissionForm, SubmissionLimits, SubmissionStatus},
};
use crate::{
    accounts::Role,
    audit,
    context::{Actor, AppContext, Session},
    editions::{PhaseKind, rules as phase_rules, service as editions},
    entity::{
        account, category, edition, organisation, screening_decision, submission, submission_flag,
        submission_member,
    },
    error::{DomainError, FieldError},
    i18n::{Locale, dates::format_datetime},
    mail,
};

const DAY: i64 = 86_400;

/// The limits of an edition's form (defaults for what the edition does not set).
pub fn limits_of(edition: &edition::Model) -> SubmissionLimits {
    serde_json::from_str(&edition.submission_rules).unwrap_or_default()
}

fn status_of(s: &submission::Model) -> SubmissionStatus {
    SubmissionStatus::from_code(&s.status).unwrap_or(SubmissionStatus::Draft)
}

fn form_of(s: &submission::Model, org: Option<&organisation::Model>) -> SubmissionForm {
    let list = |json: &str| -> String {
        serde_json::from_str::<Vec<serde_json::Value>>(json)
            .unwrap_or_default()
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join(", ")
    };
    SubmissionForm {
        title: s.title.clone(),
        organisation: org.map(|o| o.name.clone()).unwrap_or_default(),
        country: org.map(|o| o.country.clone()).unwrap_or_default(),
        stakeholder_type: org.map(|o| o.stakeholder_type.clone()).unwrap_or_default(),
        short_description: s.short_description.clone(),
        action_lines: list(&s.action_lines),
        sdgs: list(&s.sdgs),
        impact_qualitative: s.impact_qualitative.clone(),
        impact_quantitative: s.impact_quantitative.clone(),
        partnerships: s.partnerships.clone(),
        challenges: s.challenges.clone(),
        start_date: s.start_date.clone(),
        project_status: s.project_status.clone(),
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

async fn organisation_of(
    conn: &impl ConnectionTrait,
    s: &submission::Model,
) -> Result<Option<organisation::Model>, DomainError> {
    match s.organisation_id {
        Some(id) => Ok(organisation::Entity::find_by_id(id).one(conn).await?),
        None => Ok(None),
    }
}

/// Why a submission cannot be edited now, if it cannot.
fn edit_lock(
    s: &submission::Model,
    calendar: &[phase_rules::PhaseWindow],
    now: i64,
) -> Option<DomainError> {
    match status_of(s) {
        SubmissionStatus::Draft if phase_rules::is_open(calendar, PhaseKind::Submission, now) => {
            None
        }
        SubmissionStatus::Draft => Some(DomainError::PhaseClosed("submission-phase-closed")),
        SubmissionStatus::ChangesRequested if s.changes_deadline.is_some_and(|d| d > now) => None,
        SubmissionStatus::ChangesRequested => {
            Some(DomainError::PhaseClosed("submission-deadline-passed"))
        }
        _ => Some(DomainError::Forbidden("submission-locked")),
    }
}

/// Screening decisions are taken while the screening phase is open, or from the opening of
/// submission when the edition says so.
fn require_screening_open(
    edition: &edition::Model,
    calendar: &[phase_rules::PhaseWindow],
    now: i64,
) -> Result<(), DomainError> {
    let open = phase_rules::is_open(calendar, PhaseKind::Screening, now)
        || (edition.screening_during_submission
            && phase_rules::is_open(calendar, PhaseKind::Submission, now));
    if open {
        Ok(())
    } else {
        Err(DomainError::PhaseClosed("screening-closed"))
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
    match edit_lock(s, &editions::calendar_of(conn, s.edition_id).await?, now) {
        Some(lock) => Err(lock),
        None => Ok(()),
    }
}

/// Starts a draft in a category of the current edition, with the organisation of the
/// submitter's profile filled in.
///
/// # Errors
/// Unauthenticated; forbidden until the e-mail is confirmed; phase closed; unknown category.
#[tracing::instrument(skip(ctx, actor))]
pub async fn create(
    ctx: &AppContext,
    actor: &Actor,
    category_code: &str,
) -> Result<i64, DomainError> {
    let session = actor.session()?;
    if !session.email_confirmed {
        return Err(DomainError::Forbidden("submission-confirm-email-first"));
    }
    let now = ctx.clock.now();
    let loaded = editions::require_open(&ctx.db, now, PhaseKind::Submission).await?;
    let category = category::Entity::find()
        .filter(category::Column::EditionId.eq(loaded.edition.id))
        .filter(category::Column::Code.eq(category_code.trim()))
        .one(&ctx.db)
        .await?
        .ok_or_else(|| DomainError::invalid("category", "category-required"))?;
    let account = account::Entity::find_by_id(session.account_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::Unauthenticated)?;
    let txn = crate::db::begin_write(&ctx.db).await?;
    let org = find_or_create_organisation(
        &txn,
        &account.organisation,
        &account.country,
        &account.stakeholder_type,
        now,
    )
    .await?;
    let created = submission::ActiveModel {
        edition_id: Set(loaded.edition.id),
        category_id: Set(category.id),
        organisation_id: Set(Some(org.id)),
        owner_id: Set(session.account_id),
        status: Set(SubmissionStatus::Draft.code().to_owned()),
        title: Set(String::new()),
        short_description: Set(String::new()),
        action_lines: Set(serde_json::json!([category.code]).to_string()),
        sdgs: Set("[]".to_owned()),
        impact_qualitative: Set(String::new()),
        impact_quantitative: Set(String::new()),
        partnerships: Set(String::new()),
        challenges: Set(String::new()),
        start_date: Set(String::new()),
        project_status: Set(String::new()),
        website: Set(String::new()),
        picture_id: Set(None),
        changes_message: Set(None),
        changes_deadline: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    submission_member::ActiveModel {
        submission_id: Set(created.id),
        account_id: Set(session.account_id),
        role: Set("owner".to_owned()),
        added_at: Set(now),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(created.id)
}

/// The entity for a name and country: an existing one when the normalised names match
/// (following merges), else a new one.
async fn find_or_create_organisation(
    conn: &impl ConnectionTrait,
    name: &str,
    country: &str,
    stakeholder_type: &str,
    now: i64,
) -> Result<organisation::Model, DomainError> {
    let normalised = rules::normalise_name(name);
    let country = crate::countries::known_code(country)
        .unwrap_or("")
        .to_owned();
    let mut found = organisation::Entity::find()
        .filter(organisation::Column::NormalisedName.eq(&normalised))
        .filter(organisation::Column::Country.eq(&country))
        .one(conn)
        .await?;
    // A merged entity stands for the one it was merged into.
    for _ in 0..8 {
        match found.as_ref().and_then(|o| o.merged_into) {
            Some(target) => found = organisation::Entity::find_by_id(target).one(conn).await?,
            None => break,
        }
    }
    if let Some(org) = found {
        return Ok(org);
    }
    Ok(organisation::ActiveModel {
        name: Set(name.trim().to_owned()),
        normalised_name: Set(normalised),
        country: Set(country),
        stakeholder_type: Set(stakeholder_type.to_owned()),
        merged_into: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// Another sent submission of the same entity in the same category of the edition, if any.
/// Drafts reserve nothing (anyone can type any organisation's name), and a submission found
/// not eligible or withdrawn frees the place. The database enforces the same rule with a
/// partial unique index; this check gives the sender a clear message first.
async fn entity_conflict(
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
fn entity_taken(field: &str) -> DomainError {
    DomainError::invalid(field, "submission-entity-taken")
}

/// Saves the form of a draft (or of a submission the secretariat asked to change). The
/// draft may be incomplete; what is still missing is returned.
///
/// # Errors
/// Not found (also for someone else's submission); locked; phase closed; invalid fields;
/// another submission of the same organisation in this category.
#[tracing::instrument(skip(ctx, actor, form))]
pub async fn save(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    form: &SubmissionForm,
) -> Result<Vec<FieldError>, DomainError> {
    let session = actor.session()?;
    let now = ctx.clock.now();
    // The lock (sent, decided, deadline passed, phase closed) is checked inside the write
    // transaction, on the locked row: a save racing a submit or a decision cannot slip in.
    let txn = crate::db::begin_write(&ctx.db).await?;
    let s = find_for_member(&txn, id, session).await?;
    let edition = edition::Entity::find_by_id(s.edition_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    let limits = limits_of(&edition);
    if let Some(lock) = edit_lock(&s, &editions::calendar_of(&txn, edition.id).await?, now) {
        return Err(lock);
    }
    let problems = rules::draft_problems(form, &limits);
    if !problems.is_empty() {
        return Err(DomainError::Invalid(problems));
    }
    let organisation_id = if form.organisation.trim().is_empty() || form.country.trim().is_empty() {
        None
    } else {
        let org = find_or_create_organisation(
            &txn,
            &form.organisation,
            &form.country,
            &form.stakeholder_type,
            now,
        )
        .await?;
        // A draft may name any organisation; a sent submission being changed may not move
        // onto a place another one holds.
        if status_of(&s).holds_place()
            && entity_conflict(&txn, &s, org.id, s.category_id)
                .await?
                .is_some()
        {
            return Err(entity_taken("organisation"));
        }
        Some(org.id)
    };
    let sdgs = rules::parse_sdgs(&form.sdgs).unwrap_or_default();
    let lines = rules::parse_action_lines(&form.action_lines).unwrap_or_default();
    submission::ActiveModel {
        id: sea_orm::Unchanged(s.id),
        organisation_id: Set(organisation_id),
        title: Set(form.title.trim().to_owned()),
        short_description: Set(form.short_description.trim().to_owned()),
        action_lines: Set(serde_json::json!(lines).to_string()),
        sdgs: Set(serde_json::json!(sdgs).to_string()),
        impact_qualitative: Set(form.impact_qualitative.trim().to_owned()),
        impact_quantitative: Set(form.impact_quantitative.trim().to_owned()),
        partnerships: Set(form.partnerships.trim().to_owned()),
        challenges: Set(form.challenges.trim().to_owned()),
        start_date: Set(form.start_date.trim().to_owned()),
        project_status: Set(form.project_status.trim().to_owned()),
        website: Set(form.website.trim().to_owned()),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    txn.commit().await?;
    Ok(rules::missing_for_submission(form, &limits))
}

/// Sends a complete draft (or a changed submission) to the secretariat. The screener is
/// flagged about duplicates and similar projects of the edition.
///
/// # Errors
/// Not found; locked; phase closed; what is missing, as invalid fields.
#[tracing::instrument(skip(ctx, actor))]
pub async fn submit(ctx: &AppContext, actor: &Actor, id: i64) -> Result<(), DomainError> {
    let session = actor.session()?;
    if !session.email_confirmed {
        return Err(DomainError::Forbidden("submission-confirm-email-first"));
    }
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let s = find_for_member(&txn, id, session).await?;
    let edition = edition::Entity::find_by_id(s.edition_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    if let Some(lock) = edit_lock(&s, &editions::calendar_of(&txn, edition.id).await?, now) {
        return Err(lock);
    }
    let org = organisation_of(&txn, &s).await?;
    let form = form_of(&s, org.as_ref());
    let missing = rules::missing_for_submission(&form, &limits_of(&edition));
    if !missing.is_empty() {
        return Err(DomainError::Invalid(missing));
    }
    if let Some(org) = &org
        && entity_conflict(&txn, &s, org.id, s.category_id)
            .await?
            .is_some()
    {
        return Err(entity_taken("organisation"));
    }
    let resubmission = status_of(&s) == SubmissionStatus::ChangesRequested;
    submission::ActiveModel {
        id: sea_orm::Unchanged(s.id),
        status: Set(SubmissionStatus::Submitted.code().to_owned()),
        submitted_at: Set(Some(now)),
        changes_deadline: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await
    // Another instance sent the same entity's submission in between: the partial unique
    // index refused this one.
    .map_err(|e| match DomainError::from(e) {
        DomainError::Conflict(_) => entity_taken("organisation"),
        other => other,
    })?;
    super::flags::refresh(&txn, &s, &form, now).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: if resubmission {
                "submission.resubmit"
            } else {
                "submission.submit"
            },
            target_type: "submission",
            target_id: s.id.to_string(),
            reason: None,
            details: serde_json::json!({ "title": form.title }),
        },
        now,
    )
    .await?;
    let notice = Notice {
        subject_key: "mail-submitted-subject",
        body_key: "mail-submitted-body",
        title: &form.title,
        message: String::new(),
        deadline: None,
    };
    notify_members(ctx, &txn, &s, notice, now).await?;
    txn.commit().await?;
    Ok(())
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
        let locale = Locale::from_code(&a.locale).unwrap_or_default();
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
            ctx.config.smtp_enabled,
            mail::Outgoing {
                kind: "submission",
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
pub async fn expire_change_requests(
    conn: &impl ConnectionTrait,
    now: i64,
) -> Result<u64, DomainError> {
    let lapsed = submission::Entity::find()
        .filter(submission::Column::Status.eq(SubmissionStatus::ChangesRequested.code()))
        .filter(submission::Column::ChangesDeadline.lte(now))
        .all(conn)
        .await?;
    let mut count = 0;
    for s in lapsed {
        let updated = submission::Entity::update_many()
            .col_expr(
                submission::Column::Status,
                Expr::value(SubmissionStatus::Submitted.code()),
            )
            .col_expr(
                submission::Column::ChangesDeadline,
                Expr::value(Option::<i64>::None),
            )
            .filter(submission::Column::Id.eq(s.id))
            .filter(submission::Column::Status.eq(SubmissionStatus::ChangesRequested.code()))
            .exec(conn)
            .await?;
        if updated.rows_affected == 1 {
            screening_decision::ActiveModel {
                submission_id: Set(s.id),
                actor_id: Set(None),
                decision: Set("changes_lapsed".to_owned()),
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

async fn category_titles(
    conn: &impl ConnectionTrait,
    ids: Vec<i64>,
    locale: Locale,
) -> Result<HashMap<i64, (String, String)>, DomainError> {
    let cats = category::Entity::find()
        .filter(category::Column::Id.is_in(ids.clone()))
        .all(conn)
        .await?;
    let texts = editions::category_texts(conn, ids, locale).await?;
    Ok(cats
        .into_iter()
        .map(|c| {
            let title = editions::localized(&texts, c.id, locale, |t| &t.title);
            (c.id, (c.code, title))
        })
        .collect())
}

/// The signed-in account's submissions, newest first, with what each still needs.
///
/// # Errors
/// Unauthenticated.
pub async fn mine(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
) -> Result<Vec<MySubmission>, DomainError> {
    let session = actor.session()?;
    let now = ctx.clock.now();
    expire_change_requests(&ctx.db, now).await?;
    let ids: Vec<i64> = submission_member::Entity::find()
        .filter(submission_member::Column::AccountId.eq(session.account_id))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|m| m.submission_id)
        .collect();
    let subs = submission::Entity::find()
        .filter(submission::Column::Id.is_in(ids))
        .order_by_desc(submission::Column::Id)
        .all(&ctx.db)
        .await?;
    let titles = category_titles(
        &ctx.db,
        subs.iter().map(|s| s.category_id).collect(),
        locale,
    )
    .await?;
    // Most accounts submit in one edition: load each edition and its calendar once.
    let mut loaded: HashMap<i64, (edition::Model, Vec<phase_rules::PhaseWindow>)> = HashMap::new();
    let mut out = Vec::new();
    for s in subs {
        if let std::collections::hash_map::Entry::Vacant(slot) = loaded.entry(s.edition_id) {
            let edition = edition::Entity::find_by_id(s.edition_id)
                .one(&ctx.db)
                .await?
                .ok_or(DomainError::NotFound)?;
            let calendar = editions::calendar_of(&ctx.db, edition.id).await?;
            slot.insert((edition, calendar));
        }
        let Some((edition, calendar)) = loaded.get(&s.edition_id) else {
            continue;
        };
        let tz = phase_rules::time_zone(&edition.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
        let org = organisation_of(&ctx.db, &s).await?;
        let form = form_of(&s, org.as_ref());
        let (code, title) = titles.get(&s.category_id).cloned().unwrap_or_default();
        out.push(MySubmission {
            id: s.id,
            title: s.title.clone(),
            category_code: code,
            category_title: title,
            status: status_of(&s),
            missing: rules::missing_for_submission(&form, &limits_of(edition))
                .into_iter()
                .map(|e| e.field)
                .collect(),
            editable: edit_lock(&s, calendar, now).is_none(),
            changes_deadline: s.changes_deadline.map(|d| format_datetime(d, &tz, locale)),
        });
    }
    Ok(out)
}

async fn decisions_of(
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
            decision: d.decision,
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

async fn view_of(
    ctx: &AppContext,
    s: submission::Model,
    locale: Locale,
    editable: bool,
    viewer: Option<i64>,
) -> Result<SubmissionView, DomainError> {
    let (members, invited) = super::members::list(ctx, s.id).await?;
    let viewer_is_owner = members
        .iter()
        .any(|m| m.is_owner && Some(m.account_id) == viewer);
    let edition = edition::Entity::find_by_id(s.edition_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let tz = phase_rules::time_zone(&edition.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let limits = limits_of(&edition);
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
            kind: f.kind,
            detail: f.detail,
            other_submission_id: f.other_submission_id,
        })
        .collect();
    Ok(SubmissionView {
        id: s.id,
        status: status_of(&s),
        category_code: code,
        category_title: title,
        region: crate::countries::region_of(&form.country),
        missing: rules::missing_for_submission(&form, &limits),
        limits,
        editable,
        changes_message: s
            .changes_message
            .clone()
            .filter(|_| status_of(&s) == SubmissionStatus::ChangesRequested),
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

/// One submission, for its owner or co-owners.
///
/// # Errors
/// Unauthenticated; not found (also for someone else's submission).
pub async fn get(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    locale: Locale,
) -> Result<SubmissionView, DomainError> {
    let session = actor.session()?;
    let now = ctx.clock.now();
    expire_change_requests(&ctx.db, now).await?;
    let s = find_for_member(&ctx.db, id, session).await?;
    let calendar = editions::calendar_of(&ctx.db, s.edition_id).await?;
    let editable = edit_lock(&s, &calendar, now).is_none();
    let status = status_of(&s);
    let nominees_confirmed = phase_rules::has_opened(&calendar, PhaseKind::Voting, now);
    let mut view = view_of(ctx, s, locale, editable, Some(session.account_id)).await?;
    view.can_delete = view.viewer_is_owner && status == SubmissionStatus::Draft;
    view.can_withdraw = view.viewer_is_owner && status.holds_place() && !nominees_confirmed;
    // Flags are for the screener.
    view.flags.clear();
    Ok(view)
}

/// One submission, for the secretariat.
///
/// # Errors
/// Unauthenticated, forbidden, not found.
pub async fn get_for_screening(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    locale: Locale,
) -> Result<SubmissionView, DomainError> {
    actor.require(Role::Secretariat)?;
    expire_change_requests(&ctx.db, ctx.clock.now()).await?;
    let s = submission::Entity::find_by_id(id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    if status_of(&s) == SubmissionStatus::Draft {
        // Drafts belong to their owners until they are sent.
        return Err(DomainError::NotFound);
    }
    view_of(ctx, s, locale, false, None).await
}

/// The screening queue of the current edition: sent submissions with filters, and counts by
/// status. Drafts are not shown.
///
/// # Errors
/// Unauthenticated, forbidden.
pub async fn queue(
    ctx: &AppContext,
    actor: &Actor,
    filter: &QueueFilter,
    locale: Locale,
) -> Result<ScreeningQueue, DomainError> {
    actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    expire_change_requests(&ctx.db, now).await?;
    let loaded = editions::current(&ctx.db, now)
        .await?
        .ok_or(DomainError::NotFound)?;
    let subs = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(loaded.edition.id))
        .filter(submission::Column::Status.ne(SubmissionStatus::Draft.code()))
        .order_by_asc(submission::Column::Id)
        .all(&ctx.db)
        .await?;
    let orgs: HashMap<i64, organisation::Model> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(subs.iter().filter_map(|s| s.organisation_id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let flagged: HashMap<i64, usize> = submission_flag::Entity::find()
        .filter(submission_flag::Column::SubmissionId.is_in(subs.iter().map(|s| s.id)))
        .filter(submission_flag::Column::ResolvedAt.is_null())
        .all(&ctx.db)
        .await?
        .into_iter()
        .fold(HashMap::new(), |mut acc, f| {
            *acc.entry(f.submission_id).or_default() += 1;
            acc
        });
    let titles = category_titles(
        &ctx.db,
        subs.iter().map(|s| s.category_id).collect(),
        locale,
    )
    .await?;
    let mut counts = QueueCounts::default();
    let mut rows = Vec::new();
    for s in &subs {
        let org = s.organisation_id.and_then(|id| orgs.get(&id));
        let country = org.map(|o| o.country.clone()).unwrap_or_default();
        let region = crate::countries::region_of(&country);
        let (code, _) = titles.get(&s.category_id).cloned().unwrap_or_default();
        let status = status_of(s);
        let flags = flagged.get(&s.id).copied().unwrap_or(0);
        let keep = filter
            .category
            .as_ref()
            .is_none_or(|c| c.is_empty() || *c == code)
            && filter.status.is_none_or(|st| st == status)
            && filter
                .country
                .as_ref()
                .is_none_or(|c| c.is_empty() || c.eq_ignore_ascii_case(&country))
            && filter.region.is_none_or(|r| Some(r) == region)
            && filter
                .stakeholder_type
                .as_ref()
                .is_none_or(|t| t.is_empty() || org.is_some_and(|o| o.stakeholder_type == *t))
            && (!filter.flagged_only || flags > 0);
        if !keep {
            continue;
        }
        counts.add(status);
        rows.push(QueueRow {
            id: s.id,
            title: s.title.clone(),
            organisation: org.map(|o| o.name.clone()).unwrap_or_default(),
            country,
            category_code: code,
            status,
            flags,
        });
    }
    let pages = rows.len().div_ceil(super::QUEUE_PAGE_SIZE).max(1);
    let page = filter.page.min(pages - 1);
    let rows = rows
        .into_iter()
        .skip(page * super::QUEUE_PAGE_SIZE)
        .take(super::QUEUE_PAGE_SIZE)
        .collect();
    Ok(ScreeningQueue {
        rows,
        counts,
        page,
        pages,
    })
}

/// Records a screening decision, tells the owners, and writes the audit log.
///
/// # Errors
/// Unauthenticated, forbidden, not found, invalid (missing reason, unknown category, an
/// entity that already has a submission in the target category), or too late (voting has
/// opened: the nominee list is frozen).
#[tracing::instrument(skip(ctx, actor))]
pub async fn decide(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    decision: &Decision,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let s = find(&txn, id).await?;
    if matches!(
        status_of(&s),
        SubmissionStatus::Draft | SubmissionStatus::Withdrawn
    ) {
        return Err(DomainError::NotFound);
    }
    let edition = edition::Entity::find_by_id(s.edition_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    let calendar = editions::calendar_of(&txn, edition.id).await?;
    require_screening_open(&edition, &calendar, now)?;
    let reason = |text: &str| -> Result<String, DomainError> {
        audit::Reason::parse(text, "reason").map(audit::Reason::into_inner)
    };
    let mut update = submission::ActiveModel {
        id: sea_orm::Unchanged(s.id),
        updated_at: Set(now),
        ..Default::default()
    };
    let (code, text, deadline, to_category, body_key) = match decision {
        Decision::Eligible { note } => {
            update.status = Set(SubmissionStatus::Eligible.code().to_owned());
            (
                "eligible",
                audit::Reason::optional(note, "reason")?
                    .map(audit::Reason::into_inner)
                    .unwrap_or_default(),
                None,
                None,
                "mail-decision-eligible-body",
            )
        }
        Decision::NotEligible { reason: r } => {
            update.status = Set(SubmissionStatus::NotEligible.code().to_owned());
            (
                "not_eligible",
                reason(r)?,
                None,
                None,
                "mail-decision-not-eligible-body",
            )
        }
        Decision::RequestChanges { message, days } => {
            let days = days.unwrap_or(limits_of(&edition).changes_days);
            if !(1..=60).contains(&days) {
                return Err(DomainError::invalid("days", "changes-days-invalid"));
            }
            // The nominee list freezes when voting opens: a change request never runs past it.
            let voting_opens = calendar
                .iter()
                .find(|w| w.kind == PhaseKind::Voting)
                .map_or(i64::MAX, |w| w.opens_at);
            let deadline = (now + days * DAY).min(voting_opens);
            if deadline <= now + 3600 {
                return Err(DomainError::invalid("days", "changes-too-late"));
            }
            let message = reason(message)?;
            update.status = Set(SubmissionStatus::ChangesRequested.code().to_owned());
            update.changes_message = Set(Some(message.clone()));
            update.changes_deadline = Set(Some(deadline));
            (
                "changes_requested",
                message,
                Some(deadline),
                None,
                "mail-decision-changes-body",
            )
        }
        Decision::Move {
            to_category,
            reason: r,
        } => {
            let r = reason(r)?;
            let target = category::Entity::find()
                .filter(category::Column::EditionId.eq(edition.id))
                .filter(category::Column::Code.eq(to_category.trim()))
                .one(&txn)
                .await?
                .filter(|c| c.id != s.category_id)
                .ok_or_else(|| DomainError::invalid("to_category", "category-required"))?;
            if let Some(org) = s.organisation_id
                && entity_conflict(&txn, &s, org, target.id).await?.is_some()
            {
                return Err(DomainError::invalid(
                    "to_category",
                    "submission-entity-taken",
                ));
            }
            update.category_id = Set(target.id);
            (
                "moved",
                r,
                None,
                Some(target.id),
                "mail-decision-moved-body",
            )
        }
    };
    update.update(&txn).await?;
    screening_decision::ActiveModel {
        submission_id: Set(s.id),
        actor_id: Set(Some(session.account_id)),
        decision: Set(code.to_owned()),
        reason: Set(text.clone()),
        from_category_id: Set(to_category.map(|_| s.category_id)),
        to_category_id: Set(to_category),
        deadline: Set(deadline),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: match code {
                "eligible" => "screening.eligible",
                "not_eligible" => "screening.not_eligible",
                "changes_requested" => "screening.request_changes",
                _ => "screening.move",
            },
            target_type: "submission",
            target_id: s.id.to_string(),
            reason: (!text.is_empty()).then(|| text.clone()),
            details: serde_json::json!({ "deadline": deadline, "from_category": s.category_id, "to_category": to_category }),
        },
        now,
    )
    .await?;
    let tz = phase_rules::time_zone(&edition.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let notice = Notice {
        subject_key: "mail-decision-subject",
        body_key,
        title: &s.title,
        message: text,
        deadline: deadline.map(|d| (d, tz)),
    };
    notify_members(ctx, &txn, &s, notice, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Dismisses a flag the screener has looked into: it stays in the record, resolved, with
/// who did it and why.
///
/// # Errors
/// Unauthenticated, forbidden, not found, reason missing.
pub async fn dismiss_flag(
    ctx: &AppContext,
    actor: &Actor,
    flag_id: i64,
    reason: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let reason = audit::Reason::parse(reason, "reason")?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let flag = submission_flag::Entity::find_by_id(flag_id)
        .one(&txn)
        .await?
        .filter(|f| f.resolved_at.is_none())
        .ok_or(DomainError::NotFound)?;
    submission_flag::ActiveModel {
        id: sea_orm::Unchanged(flag.id),
        resolved_at: Set(Some(now)),
        resolved_by: Set(Some(session.account_id)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: "screening.dismiss_flag",
            target_type: "submission",
            target_id: flag.submission_id.to_string(),
            reason: Some(reason.into_inner()),
            details: serde_json::json!({ "flag": flag.kind, "detail": flag.detail, "other": flag.other_submission_id }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
