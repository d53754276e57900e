//! The owners' use cases: open a draft in a category, save it, send it, list one's
//! submissions and read one. One sent submission per organisation and category: the rule is
//! checked here for a clear message, and enforced by a unique index in the database.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{
    MySubmission, SubmissionView,
    outcomes::Outcomes,
    queries::{
        Notice, category_titles, edit_lock, ensure_editable, entity_conflict, entity_taken,
        expire_change_requests, find_for_member, form_of, limits_of, notify_members,
        organisation_of, view_of,
    },
    rules::{self, SubmissionForm, SubmissionStatus},
};
use crate::{
    audit,
    auth::Actor,
    catalogue,
    codes::{MemberRole, PhaseKind, ProjectStatus, StakeholderType},
    entity::{
        account, category,
        columns::{Chosen, Json},
        edition, organisation, submission, submission_member,
    },
    error::{DomainError, FieldError},
    i18n::{Locale, dates::format_datetime},
    phases::{self, PhaseWindow},
    state::AppContext,
};

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
    let loaded = catalogue::require_open(ctx, PhaseKind::Submission).await?;
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
        Some(account.stakeholder_type),
        now,
    )
    .await?;
    let draft = submission::ActiveModel {
        edition_id: Set(loaded.edition.id),
        category_id: Set(category.id),
        organisation_id: Set(Some(org.id)),
        owner_id: Set(session.account_id),
        status: Set(SubmissionStatus::Draft),
        title: Set(String::new()),
        short_description: Set(String::new()),
        action_lines: Set(Json(vec![category.code.clone()])),
        sdgs: Set(Json(Vec::new())),
        impact_qualitative: Set(String::new()),
        impact_quantitative: Set(String::new()),
        partnerships: Set(String::new()),
        challenges: Set(String::new()),
        start_date: Set(String::new()),
        project_status: Set(Chosen(None)),
        website: Set(String::new()),
        ..Default::default()
    };
    let id = insert_draft(&txn, draft, session.account_id, now).await?;
    txn.commit().await?;
    Ok(id)
}

/// Writes a new draft (its edition, category, organisation, owner and texts set by the
/// caller) with its owner as its first member, in the caller's transaction.
async fn insert_draft(
    conn: &impl ConnectionTrait,
    mut draft: submission::ActiveModel,
    owner: i64,
    now: i64,
) -> Result<i64, DomainError> {
    draft.status = Set(SubmissionStatus::Draft);
    draft.picture_id = Set(None);
    draft.changes_message = Set(None);
    draft.changes_deadline = Set(None);
    draft.created_at = Set(now);
    draft.updated_at = Set(now);
    draft.submitted_at = Set(None);
    let created = draft.insert(conn).await?;
    submission_member::ActiveModel {
        submission_id: Set(created.id),
        account_id: Set(owner),
        role: Set(MemberRole::Owner),
        added_at: Set(now),
    }
    .insert(conn)
    .await?;
    Ok(created.id)
}

/// Starts a draft in the current edition as a copy of an entry of an earlier one that the
/// signed-in account owns or co-owns: the same category (by its code) and organisation, and
/// the same texts, to update before sending. The picture is not copied: a year on, the owners
/// choose it again.
///
/// # Errors
/// Unauthenticated; forbidden until the e-mail is confirmed; phase closed; not found (not
/// one of theirs); invalid when the entry is of the current edition
/// (`submission-copy-same-edition`) or its category is gone (`submission-copy-category-gone`).
#[tracing::instrument(skip(ctx, actor))]
pub async fn copy_from_earlier(
    ctx: &AppContext,
    actor: &Actor,
    from_id: i64,
) -> Result<i64, DomainError> {
    let session = actor.session()?;
    if !session.email_confirmed {
        return Err(DomainError::Forbidden("submission-confirm-email-first"));
    }
    let now = ctx.clock.now();
    let loaded = catalogue::require_open(ctx, PhaseKind::Submission).await?;
    let from = find_for_member(&ctx.db, from_id, session).await?;
    if from.edition_id == loaded.edition.id {
        return Err(DomainError::invalid("id", "submission-copy-same-edition"));
    }
    let code = category::Entity::find_by_id(from.category_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?
        .code;
    let category = category::Entity::find()
        .filter(category::Column::EditionId.eq(loaded.edition.id))
        .filter(category::Column::Code.eq(code))
        .one(&ctx.db)
        .await?
        .ok_or_else(|| DomainError::invalid("id", "submission-copy-category-gone"))?;
    let txn = crate::db::begin_write(&ctx.db).await?;
    let draft = submission::ActiveModel {
        edition_id: Set(loaded.edition.id),
        category_id: Set(category.id),
        organisation_id: Set(from.organisation_id),
        owner_id: Set(session.account_id),
        title: Set(from.title),
        short_description: Set(from.short_description),
        action_lines: Set(from.action_lines),
        sdgs: Set(from.sdgs),
        impact_qualitative: Set(from.impact_qualitative),
        impact_quantitative: Set(from.impact_quantitative),
        partnerships: Set(from.partnerships),
        challenges: Set(from.challenges),
        start_date: Set(from.start_date),
        project_status: Set(from.project_status),
        website: Set(from.website),
        ..Default::default()
    };
    let id = insert_draft(&txn, draft, session.account_id, now).await?;
    txn.commit().await?;
    Ok(id)
}

/// The entity for a name and country: an existing one when the normalised names match
/// (following merges), else a new one.
pub(crate) async fn find_or_create_organisation(
    conn: &impl ConnectionTrait,
    name: &str,
    country: &str,
    stakeholder_type: Option<StakeholderType>,
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
        stakeholder_type: Set(Chosen(stakeholder_type)),
        merged_into: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?)
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
    let limits = limits_of(&edition)?;
    ensure_editable(&txn, &s, now).await?;
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
            StakeholderType::from_code(form.stakeholder_type.trim()),
            now,
        )
        .await?;
        // A draft may name any organisation; a sent submission being changed may not move
        // onto a place another one holds.
        if s.status.holds_place()
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
        action_lines: Set(Json(lines)),
        sdgs: Set(Json(sdgs)),
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
    let editions = catalogue::read(ctx).await?;
    let txn = crate::db::begin_write(&ctx.db).await?;
    let s = find_for_member(&txn, id, session).await?;
    let edition = edition::Entity::find_by_id(s.edition_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    ensure_editable(&txn, &s, now).await?;
    let org = organisation_of(&txn, &s).await?;
    let form = form_of(&s, org.as_ref());
    let missing = rules::missing_for_submission(&form, &limits_of(&edition)?);
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
    let resubmission = s.status == SubmissionStatus::ChangesRequested;
    submission::ActiveModel {
        id: sea_orm::Unchanged(s.id),
        status: Set(SubmissionStatus::Submitted),
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
    let earlier = super::flags::published_before(&editions, s.edition_id, now);
    super::flags::refresh(&txn, &s, &form, &earlier, now).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: if resubmission {
                audit::Action::SubmissionResubmit
            } else {
                audit::Action::SubmissionSubmit
            },
            target_type: audit::TargetType::Submission,
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
    let mut loaded: HashMap<i64, (edition::Model, Vec<PhaseWindow>)> = HashMap::new();
    let editions = catalogue::read(ctx).await?;
    // An entry of an earlier edition can be copied into the current one while it takes
    // submissions.
    let open_edition = editions
        .current(now)
        .filter(|c| c.loaded.is_open(PhaseKind::Submission, now))
        .map(|c| c.loaded.edition.id);
    let mut outcomes: HashMap<i64, Outcomes> = HashMap::new();
    let mut out = Vec::new();
    for s in subs {
        if let (std::collections::hash_map::Entry::Vacant(slot), Some(content)) =
            (outcomes.entry(s.edition_id), editions.by_id(s.edition_id))
        {
            slot.insert(Outcomes::public(&ctx.db, content, now).await?);
        }
        if let std::collections::hash_map::Entry::Vacant(slot) = loaded.entry(s.edition_id) {
            let edition = edition::Entity::find_by_id(s.edition_id)
                .one(&ctx.db)
                .await?
                .ok_or(DomainError::NotFound)?;
            let calendar = catalogue::load::calendar_of(&ctx.db, edition.id).await?;
            slot.insert((edition, calendar));
        }
        let Some((edition, calendar)) = loaded.get(&s.edition_id) else {
            continue;
        };
        let tz = catalogue::time_zone_of(edition)?;
        let org = organisation_of(&ctx.db, &s).await?;
        let form = form_of(&s, org.as_ref());
        let (code, title) = titles.get(&s.category_id).cloned().unwrap_or_default();
        out.push(MySubmission {
            id: s.id,
            year: edition.year,
            outcome: outcomes.get(&s.edition_id).and_then(|o| o.of(&s)),
            copyable: open_edition.is_some_and(|open| open != s.edition_id),
            title: s.title.clone(),
            category_code: code,
            category_title: title,
            status: s.status,
            missing: rules::missing_for_submission(&form, &limits_of(edition)?)
                .into_iter()
                .map(|e| e.field)
                .collect(),
            editable: edit_lock(&s, calendar, now).is_none(),
            changes_deadline: s.changes_deadline.map(|d| format_datetime(d, &tz, locale)),
        });
    }
    Ok(out)
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
    let calendar = catalogue::load::calendar_of(&ctx.db, s.edition_id).await?;
    let editable = edit_lock(&s, &calendar, now).is_none();
    let status = s.status;
    let nominees_confirmed = phases::has_opened(&calendar, PhaseKind::Voting, now);
    let mut view = view_of(ctx, s, locale, editable, Some(session.account_id)).await?;
    view.can_delete = view.viewer_is_owner && status == SubmissionStatus::Draft;
    view.can_withdraw = view.viewer_is_owner && status.holds_place() && !nominees_confirmed;
    // Flags are for the screener.
    view.flags.clear();
    Ok(view)
}
