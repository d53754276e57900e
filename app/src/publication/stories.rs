//! The success stories' use cases: the secretariat invites the champions' and winners'
//! owners; the owners write, save and send; the secretariat edits, asks for changes and
//! approves. Authorization is checked here: a story is read and written by the members of
//! its project and by the secretariat, and by nobody else.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, Unchanged,
};

use super::{
    StoriesOverview, StoryForm, StoryRow, StoryStatus, StoryView,
    book::{Holder, holders},
    rules::{MAX_REQUEST_CHARS, draft_problems, sending_problems},
};
use crate::{
    audit::{self, Entry},
    auth::{Actor, Role},
    catalogue::{self, EditionContent},
    codes::PhaseKind,
    entity::{account, picture, story, submission_member},
    error::DomainError,
    i18n::{Locale, dates::format_datetime},
    mail,
    nominations::pictures::{self, Rendition, Served},
    phases,
    state::AppContext,
    voting::published::edition_asked,
};

/// How far ahead the invitation form suggests the deadline: four weeks.
const SUGGESTED_DAYS: i64 = 28;

/// The story of project `id`, with what its edition holds of the project, for a reader who
/// may see it: a member of the project or the secretariat. Anyone else is told it does not
/// exist, as for a project that is not a champion or has not been invited.
async fn readable(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
) -> Result<(story::Model, bool), DomainError> {
    let session = actor.session()?;
    let secretariat = session.has(Role::Secretariat);
    let found = story::Entity::find()
        .filter(story::Column::SubmissionId.eq(id))
        .one(conn)
        .await?
        .ok_or(DomainError::NotFound)?;
    if !secretariat
        && submission_member::Entity::find_by_id((id, session.account_id))
            .one(conn)
            .await?
            .is_none()
    {
        return Err(DomainError::NotFound);
    }
    Ok((found, secretariat))
}

/// The project `id` as its edition's award holders list it.
async fn holder_of<'a>(
    ctx: &AppContext,
    content: &'a EditionContent,
    id: i64,
) -> Result<Option<(String, String, String, String)>, DomainError> {
    Ok(holders(ctx, content)
        .await?
        .into_iter()
        .find(|h| h.nominee.submission_id == id)
        .map(|h: Holder<'a>| {
            (
                h.category_code.to_owned(),
                h.nominee.title.clone(),
                h.nominee.organisation.clone(),
                h.award.code().to_owned(),
            )
        }))
}

/// The story of the project `id`.
///
/// # Errors
/// Unauthenticated; not found (also for someone else's project); database failures.
#[tracing::instrument(skip(ctx, actor))]
pub async fn story(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
    id: i64,
) -> Result<StoryView, DomainError> {
    let (s, secretariat) = readable(&ctx.db, actor, id).await?;
    let editions = catalogue::read(ctx).await?;
    let content = editions
        .all()
        .iter()
        .find(|e| e.loaded.edition.id == s.edition_id)
        .ok_or(DomainError::NotFound)?;
    let (category_code, title, organisation, award) =
        holder_of(ctx, content, id).await?.unwrap_or_default();
    let status = s.status;
    let now = ctx.clock.now();
    // Before the results are published, the owners know from their invitation that the
    // project is a champion, and nothing more: the page does not say whether it won.
    let award = (secretariat || content.loaded.awards_public(now))
        .then_some(award)
        .filter(|a| !a.is_empty());
    let tz = content.loaded.tz()?;
    Ok(StoryView {
        submission_id: id,
        year: content.loaded.edition.year,
        category_code,
        title,
        organisation,
        award,
        status,
        deadline: format_datetime(s.deadline, &tz, locale),
        changes_asked: (status == StoryStatus::ChangesAsked)
            .then(|| s.changes_asked.clone())
            .flatten(),
        can_edit: secretariat || status.owners_may_edit(now, s.deadline),
        secretariat,
        picture_id: s.picture_id,
        picture_max_mb: ctx.config.picture_max_bytes / (1024 * 1024),
        form: StoryForm {
            challenge: s.challenge,
            solution: s.solution,
            results: s.results,
            partners: s.partners,
            lessons: s.lessons,
        },
    })
}

/// Mails every member of project `id`, each in their language, from the message keys
/// `subject` and `body` (arguments `name`, `title`, `link`, and those of `extra`).
async fn notify_owners(
    ctx: &AppContext,
    conn: &impl ConnectionTrait,
    id: i64,
    title: &str,
    (subject, body): (&str, &str),
    extra: &[(&'static str, String)],
    now: i64,
) -> Result<(), DomainError> {
    let members: Vec<i64> = submission_member::Entity::find()
        .filter(submission_member::Column::SubmissionId.eq(id))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.account_id)
        .collect();
    let accounts = account::Entity::find()
        .filter(account::Column::Id.is_in(members))
        .all(conn)
        .await?;
    let link = format!("{}/stories/{id}", ctx.config.public_url);
    for a in accounts {
        let locale = a.locale;
        let mut args = vec![
            ("name", a.name.clone()),
            ("title", title.to_owned()),
            ("link", link.clone()),
        ];
        args.extend(extra.iter().cloned());
        mail::enqueue(
            conn,
            ctx.config.delivery,
            mail::Outgoing {
                kind: mail::MailKind::Story,
                to: &a.email,
                subject: &locale.t_args(subject, &args),
                body: &locale.t_args(body, &args),
            },
            now,
        )
        .await?;
    }
    Ok(())
}

/// Invites the owners of every champion and winner of the edition `typed_edition` (a year;
/// empty for the current one) not invited yet to write their story by `typed_deadline`.
/// Returns how many projects were invited.
///
/// # Errors
/// Forbidden; not found (no current edition); invalid deadline (`deadline`), or no
/// champions yet (`story-no-champions`); database failures.
pub async fn invite(
    ctx: &AppContext,
    actor: &Actor,
    typed_edition: &str,
    typed_deadline: &str,
) -> Result<u64, DomainError> {
    invite_some(ctx, actor, typed_edition, typed_deadline, None).await
}

/// As [`invite`], only the projects in `only` when given (those of them that hold an award).
///
/// # Errors
/// As [`invite`].
#[tracing::instrument(skip(ctx, actor))]
pub async fn invite_some(
    ctx: &AppContext,
    actor: &Actor,
    typed_edition: &str,
    typed_deadline: &str,
    only: Option<&[i64]>,
) -> Result<u64, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let content = edition_asked(&editions, typed_edition, now)?;
    let loaded = &content.loaded;
    let tz = loaded.tz()?;
    let deadline = phases::parse_local(typed_deadline, &tz)
        .filter(|d| *d > now)
        .ok_or_else(|| DomainError::invalid("deadline", "story-deadline-invalid"))?;
    let holders = holders(ctx, content).await?;
    if holders.is_empty() {
        return Err(DomainError::invalid("deadline", "story-no-champions"));
    }
    let txn = crate::db::begin_write(&ctx.db).await?;
    let invited: Vec<i64> = story::Entity::find()
        .filter(story::Column::EditionId.eq(loaded.edition.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|s| s.submission_id)
        .collect();
    // The invitation is the one message that tells the owners before publication that
    // their project is a champion (never whether it won), and it says until when to keep it.
    let when = format_datetime(deadline, &tz, Locale::En);
    let published = loaded
        .calendar
        .iter()
        .find(|w| w.kind == PhaseKind::Publication)
        .map(|w| format_datetime(w.opens_at, &tz, Locale::En))
        .unwrap_or_default();
    let mut count = 0;
    for h in holders.iter().filter(|h| {
        let id = h.nominee.submission_id;
        !invited.contains(&id) && only.is_none_or(|only| only.contains(&id))
    }) {
        let id = h.nominee.submission_id;
        story::ActiveModel {
            submission_id: Set(id),
            edition_id: Set(loaded.edition.id),
            status: Set(StoryStatus::Invited),
            challenge: Set(String::new()),
            solution: Set(String::new()),
            results: Set(String::new()),
            partners: Set(String::new()),
            lessons: Set(String::new()),
            picture_id: Set(None),
            deadline: Set(deadline),
            invited_at: Set(now),
            updated_at: Set(now),
            submitted_at: Set(None),
            approved_at: Set(None),
            approved_by: Set(None),
            changes_asked: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        notify_owners(
            ctx,
            &txn,
            id,
            &h.nominee.title,
            ("story-mail-invited-subject", "story-mail-invited-body"),
            &[("extra", when.clone()), ("published", published.clone())],
            now,
        )
        .await?;
        count += 1;
    }
    audit::record(
        &txn,
        Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::StoriesInvited,
            target_type: audit::TargetType::Edition,
            target_id: loaded.edition.id.to_string(),
            reason: None,
            details: serde_json::json!({ "projects": count, "deadline": deadline }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(count)
}

/// Saves the text of the story of project `id`, and sends it for approval when `send`.
/// The owners write until the deadline (or, once changes are asked, until they send
/// again); the secretariat edits at any time, without changing where the story stands.
///
/// # Errors
/// Unauthenticated; not found; phase closed (`story-closed`) when the owners may no longer
/// edit; invalid sections; database failures.
#[tracing::instrument(skip(ctx, actor, form))]
pub async fn save(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    form: &StoryForm,
    send: bool,
) -> Result<(), DomainError> {
    actor.session()?;
    let form = form.tidied();
    let problems = if send {
        sending_problems(&form)
    } else {
        draft_problems(&form)
    };
    if !problems.is_empty() {
        return Err(DomainError::Invalid(problems));
    }
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let (s, secretariat) = readable(&txn, actor, id).await?;
    let status = s.status;
    ensure_editable(&s, secretariat, now)?;
    let owner = !secretariat;
    let next = match (owner, send, status) {
        (_, true, StoryStatus::Approved) => StoryStatus::Approved,
        (_, true, _) => StoryStatus::Sent,
        (true, false, StoryStatus::Invited) => StoryStatus::Draft,
        (_, false, s) => s,
    };
    let mut row = story::ActiveModel {
        id: Unchanged(s.id),
        status: Set(next),
        challenge: Set(form.challenge.clone()),
        solution: Set(form.solution.clone()),
        results: Set(form.results.clone()),
        partners: Set(form.partners.clone()),
        lessons: Set(form.lessons.clone()),
        updated_at: Set(now),
        ..Default::default()
    };
    if next == StoryStatus::Sent && status != StoryStatus::Sent {
        row.submitted_at = Set(Some(now));
    }
    row.update(&txn).await?;
    audit::record(
        &txn,
        Entry {
            actor_id: Some(actor.session()?.account_id),
            action: if next == StoryStatus::Sent && status != StoryStatus::Sent {
                audit::Action::StorySent
            } else {
                audit::Action::StorySaved
            },
            target_type: audit::TargetType::Submission,
            target_id: id.to_string(),
            reason: None,
            details: serde_json::json!({ "status": next.code() }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The secretariat asks the owners to change the story of project `id`, saying what; the
/// owners are mailed and may edit it again, past the deadline.
///
/// # Errors
/// Forbidden; not found; invalid message (`message`); conflict (`story-not-sent`) when the
/// story has not been sent; database failures.
#[tracing::instrument(skip(ctx, actor, message))]
pub async fn ask_changes(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    message: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let message = message.trim();
    if message.is_empty() {
        return Err(DomainError::invalid("message", "story-message-required"));
    }
    if message.chars().count() > MAX_REQUEST_CHARS {
        return Err(DomainError::invalid("message", "story-message-too-long"));
    }
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let (s, _) = readable(&txn, actor, id).await?;
    if !matches!(s.status, StoryStatus::Sent | StoryStatus::Approved) {
        return Err(DomainError::Conflict("story-not-sent"));
    }
    story::ActiveModel {
        id: Unchanged(s.id),
        status: Set(StoryStatus::ChangesAsked),
        changes_asked: Set(Some(message.to_owned())),
        approved_at: Set(None),
        approved_by: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let told = Told {
        mail: ("story-mail-changes-subject", "story-mail-changes-body"),
        extra: message,
        action: audit::Action::StoryChangesAsked,
        details: serde_json::json!({ "message": message }),
    };
    told.commit(ctx, txn, session.account_id, id, now).await
}

/// The end of a secretariat's decision on a story: the owners told by mail, the act
/// audited, both committed with the decision.
struct Told<'a> {
    /// The mail's subject and body keys.
    mail: (&'static str, &'static str),
    /// What the mail says besides (the secretariat's message).
    extra: &'a str,
    action: audit::Action,
    details: serde_json::Value,
}

impl Told<'_> {
    async fn commit(
        self,
        ctx: &AppContext,
        txn: sea_orm::DatabaseTransaction,
        actor_id: i64,
        id: i64,
        now: i64,
    ) -> Result<(), DomainError> {
        let title = title_of(ctx, id).await?;
        let extra = [("extra", self.extra.to_owned())];
        notify_owners(ctx, &txn, id, &title, self.mail, &extra, now).await?;
        audit::record(
            &txn,
            Entry {
                actor_id: Some(actor_id),
                action: self.action,
                target_type: audit::TargetType::Submission,
                target_id: id.to_string(),
                reason: None,
                details: self.details,
            },
            now,
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }
}

/// The project's title as its edition lists it.
async fn title_of(ctx: &AppContext, id: i64) -> Result<String, DomainError> {
    let editions = catalogue::read(ctx).await?;
    Ok(editions
        .nominee(id)
        .map(|(_, _, n)| n.title.clone())
        .unwrap_or_default())
}

/// The secretariat approves the story of project `id`: it goes into the book, and on the
/// project's page once the results are published. A story whose required sections are
/// empty cannot be approved.
///
/// # Errors
/// Forbidden; not found; invalid (the sections' problems); conflict (`story-approved`)
/// when it already is; database failures.
#[tracing::instrument(skip(ctx, actor))]
pub async fn approve(ctx: &AppContext, actor: &Actor, id: i64) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let (s, _) = readable(&txn, actor, id).await?;
    if s.status == StoryStatus::Approved {
        return Err(DomainError::Conflict("story-approved"));
    }
    let form = StoryForm {
        challenge: s.challenge.clone(),
        solution: s.solution.clone(),
        results: s.results.clone(),
        partners: s.partners.clone(),
        lessons: s.lessons.clone(),
    };
    let problems = sending_problems(&form);
    if !problems.is_empty() {
        return Err(DomainError::Invalid(problems));
    }
    story::ActiveModel {
        id: Unchanged(s.id),
        status: Set(StoryStatus::Approved),
        approved_at: Set(Some(now)),
        approved_by: Set(Some(session.account_id)),
        changes_asked: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let told = Told {
        mail: ("story-mail-approved-subject", "story-mail-approved-body"),
        extra: "",
        action: audit::Action::StoryApproved,
        details: serde_json::Value::Null,
    };
    told.commit(ctx, txn, session.account_id, id, now).await
}

/// Every champion and winner of the edition `typed_edition` (a year; empty for the current
/// one) with where its story stands.
///
/// # Errors
/// Forbidden; not found (no current edition); database failures.
#[tracing::instrument(skip(ctx, actor))]
pub async fn overview(
    ctx: &AppContext,
    actor: &Actor,
    typed_edition: &str,
) -> Result<StoriesOverview, DomainError> {
    actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let content = edition_asked(&editions, typed_edition, now)?;
    let loaded = &content.loaded;
    let tz = loaded.tz()?;
    let stories = story::Entity::find()
        .filter(story::Column::EditionId.eq(loaded.edition.id))
        .all(&ctx.db)
        .await?;
    let mut rows = Vec::new();
    for h in holders(ctx, content).await? {
        let status = stories
            .iter()
            .find(|s| s.submission_id == h.nominee.submission_id)
            .map(|s| s.status);
        rows.push(StoryRow {
            submission_id: h.nominee.submission_id,
            category_code: h.category_code.to_owned(),
            title: h.nominee.title.clone(),
            organisation: h.nominee.organisation.clone(),
            award: h.award.code().to_owned(),
            status,
        });
    }
    Ok(StoriesOverview {
        year: loaded.edition.year,
        missing: rows
            .iter()
            .filter(|r| r.status != Some(StoryStatus::Approved))
            .count(),
        rows,
        suggested_deadline: phases::format_local_input(now + SUGGESTED_DAYS * 86_400, &tz),
    })
}

/// The approved story of project `id` for its public page, once the publication phase of
/// `content` has opened; none before, whoever asks.
///
/// # Errors
/// Database failures.
pub async fn published(
    ctx: &AppContext,
    content: &EditionContent,
    id: i64,
) -> Result<Option<story::Model>, DomainError> {
    if super::book::readable(content, &Actor::default(), ctx.clock.now()).is_none() {
        return Ok(None);
    }
    Ok(story::Entity::find()
        .filter(story::Column::SubmissionId.eq(id))
        .filter(story::Column::Status.eq(StoryStatus::Approved))
        .one(&ctx.db)
        .await?)
}

/// Whether the reader may change the story now: the secretariat at any time, its owners
/// while [`StoryStatus::owners_may_edit`] says so.
fn ensure_editable(s: &story::Model, secretariat: bool, now: i64) -> Result<(), DomainError> {
    if secretariat || s.status.owners_may_edit(now, s.deadline) {
        Ok(())
    } else {
        Err(DomainError::PhaseClosed("story-closed"))
    }
}

/// Replaces the picture of the story of project `id` (checked and re-encoded as a
/// submission's picture is). Returns the picture's id.
///
/// # Errors
/// Unauthenticated; rate limited; not found; phase closed (`story-closed`); invalid
/// picture; database failures.
#[tracing::instrument(skip(ctx, actor, bytes))]
pub async fn upload_picture(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    bytes: Vec<u8>,
) -> Result<i64, DomainError> {
    let session = actor.session()?;
    ctx.limits.uploads.check(session.account_id)?;
    // A first look before decoding, so that a closed story costs no image work ...
    let (s, secretariat) = readable(&ctx.db, actor, id).await?;
    ensure_editable(&s, secretariat, ctx.clock.now())?;
    let processed = pictures::processed(ctx, bytes).await?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    // ... and the check that counts, inside the write transaction.
    let (s, secretariat) = readable(&txn, actor, id).await?;
    ensure_editable(&s, secretariat, now)?;
    let stored = pictures::stored(processed, session.account_id, now)
        .insert(&txn)
        .await?;
    story::ActiveModel {
        id: Unchanged(s.id),
        picture_id: Set(Some(stored.id)),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    // The replaced picture is no longer used by anything.
    if let Some(old) = s.picture_id {
        picture::Entity::delete_by_id(old).exec(&txn).await?;
    }
    txn.commit().await?;
    Ok(stored.id)
}

/// A story's picture, for whoever may see it: anyone once the story is approved and its
/// edition published, otherwise the project's members and the secretariat.
///
/// # Errors
/// Not found (also when the reader may not see it, or the picture is no story's).
pub async fn picture_of_story(
    ctx: &AppContext,
    actor: &Actor,
    picture_id: i64,
    copy: Rendition,
) -> Result<Served, DomainError> {
    let s = story::Entity::find()
        .filter(story::Column::PictureId.eq(picture_id))
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let editions = catalogue::read(ctx).await?;
    let published = s.status == StoryStatus::Approved
        && editions
            .all()
            .iter()
            .find(|e| e.loaded.edition.id == s.edition_id)
            .and_then(|e| super::book::readable(e, &Actor::default(), ctx.clock.now()))
            .is_some();
    if !published {
        readable(&ctx.db, actor, s.submission_id)
            .await
            .map_err(|_| DomainError::NotFound)?;
    }
    let pic = picture::Entity::find_by_id(picture_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let (content_type, bytes) = pictures::rendition(ctx, pic, copy).await?;
    Ok(Served {
        content_type,
        bytes,
        public: published,
    })
}
