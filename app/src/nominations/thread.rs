//! A submission's thread: the secretariat and the submission's owners write to each other
//! about it, in the page, and each message is mailed to the other side. The text goes as
//! written; only the mail's frame is in its reader's language. The secretariat's inbox lists
//! the threads, the owners' messages it has not read first.
//!
//! A thread belongs to a sent submission: drafts are their owners' own until they are sent
//! (the secretariat does not see them), and owners write to the contact address before.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::{InboxLine, InboxView, MessageView, ThreadView, queries};
use crate::{
    auth::{Actor, Role, Session},
    entity::{account, submission, submission_member, submission_message},
    error::DomainError,
    i18n::{Locale, dates::format_datetime},
    mail::{self, Letter, MailKind},
    nominations::SubmissionStatus,
    state::AppContext,
};

/// The most characters a message may hold.
pub const MAX_CHARS: usize = 4_000;

/// How many messages one owner may write in an hour, over all their submissions: the
/// secretariat's mailbox receives each one.
pub const OWNER_MESSAGES_PER_HOUR: u64 = 10;

/// The most threads the inbox lists at once (the unread first, then the latest).
pub const INBOX_LINES: u64 = 200;

/// Which side of a thread someone writes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Owners,
    Secretariat,
}

/// The side `session` takes in the thread of `s`: its owners' if they are one of them (even
/// a secretariat member may own an entry), else the secretariat's, else none.
async fn side_of(
    conn: &impl ConnectionTrait,
    session: &Session,
    s: &submission::Model,
) -> Result<Side, DomainError> {
    let member = submission_member::Entity::find_by_id((s.id, session.account_id))
        .one(conn)
        .await?;
    if member.is_some() {
        Ok(Side::Owners)
    } else if session.has(Role::Secretariat) && s.status != SubmissionStatus::Draft {
        Ok(Side::Secretariat)
    } else {
        // Anyone else is told it does not exist, so that ids cannot be probed.
        Err(DomainError::NotFound)
    }
}

/// The thread of the submission `id`, oldest first. Opening it marks the other side's
/// messages as read.
///
/// # Errors
/// Unauthenticated; not found unless an owner or co-owner, or the secretariat for a sent
/// submission.
pub async fn list(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    locale: Locale,
) -> Result<ThreadView, DomainError> {
    let session = actor.session()?;
    let s = submission::Entity::find_by_id(id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let side = side_of(&ctx.db, session, &s).await?;
    let messages = submission_message::Entity::find()
        .filter(submission_message::Column::SubmissionId.eq(s.id))
        .order_by_asc(submission_message::Column::Id)
        .all(&ctx.db)
        .await?;
    let theirs = side == Side::Owners;
    let unread: Vec<i64> = messages
        .iter()
        .filter(|m| m.from_secretariat == theirs && m.read_at.is_none())
        .map(|m| m.id)
        .collect();
    if !unread.is_empty() {
        submission_message::Entity::update_many()
            .col_expr(
                submission_message::Column::ReadAt,
                sea_orm::sea_query::Expr::value(ctx.clock.now()),
            )
            .filter(submission_message::Column::Id.is_in(unread.iter().copied()))
            .filter(submission_message::Column::ReadAt.is_null())
            .exec(&ctx.db)
            .await?;
    }
    let names: std::collections::HashMap<i64, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(messages.iter().filter_map(|m| m.author_id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let tz = super::notes::zone_of(ctx, &s).await?;
    let secretariat = locale.t("thread-secretariat");
    let messages = messages
        .into_iter()
        .map(|m| {
            let name = m.author_id.and_then(|a| names.get(&a).cloned());
            // Owners read the secretariat as one voice; the secretariat sees which of its
            // members wrote.
            let author = match (m.from_secretariat, side, name) {
                (true, Side::Owners, _) => secretariat.clone(),
                (true, Side::Secretariat, Some(n)) => format!("{n} ({secretariat})"),
                (true, Side::Secretariat, None) => secretariat.clone(),
                (false, _, Some(n)) => n,
                (false, _, None) => locale.t("thread-former-owner"),
            };
            MessageView {
                from_secretariat: m.from_secretariat,
                author,
                at: format_datetime(m.created_at, &tz, locale),
                new: unread.contains(&m.id),
                body: m.body,
            }
        })
        .collect();
    Ok(ThreadView {
        title: s.title,
        open: s.status != SubmissionStatus::Draft,
        messages,
    })
}

/// Writes `body` in the thread of the submission `id`, and mails it to the other side: to
/// each enabled owner and co-owner in their language, or to the secretariat's address.
/// Returns whether it was written from the secretariat's side (where to send the writer
/// back).
///
/// # Errors
/// Unauthenticated; not found as for [`list`]; invalid when empty or longer than
/// [`MAX_CHARS`]; a draft's owners are told to send it first; rate limited past
/// [`OWNER_MESSAGES_PER_HOUR`].
#[tracing::instrument(skip(ctx, actor, body))]
pub async fn post(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    body: &str,
) -> Result<bool, DomainError> {
    let session = actor.session()?;
    let body = body.trim();
    if body.is_empty() {
        return Err(DomainError::invalid("body", "thread-empty"));
    }
    if body.chars().count() > MAX_CHARS {
        return Err(DomainError::invalid("body", "thread-too-long"));
    }
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let s = queries::find(&txn, id).await?;
    let side = side_of(&txn, session, &s).await?;
    if s.status == SubmissionStatus::Draft {
        return Err(DomainError::invalid("body", "thread-draft"));
    }
    if side == Side::Owners {
        let written = submission_message::Entity::find()
            .filter(submission_message::Column::AuthorId.eq(session.account_id))
            .filter(submission_message::Column::CreatedAt.gt(now - 3_600))
            .count(&txn)
            .await?;
        if written >= OWNER_MESSAGES_PER_HOUR {
            return Err(DomainError::RateLimited(std::time::Duration::from_secs(
                3_600,
            )));
        }
    }
    submission_message::ActiveModel {
        submission_id: Set(s.id),
        author_id: Set(Some(session.account_id)),
        from_secretariat: Set(side == Side::Secretariat),
        body: Set(body.to_owned()),
        created_at: Set(now),
        read_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let base = &ctx.config.public_url;
    match side {
        Side::Secretariat => {
            let link = format!("{base}/submissions/{}#thread", s.id);
            for a in queries::enabled_members(&txn, s.id).await? {
                let args = [
                    ("name", a.name.clone()),
                    ("title", s.title.clone()),
                    ("message", body.to_owned()),
                    ("link", link.clone()),
                ];
                mail::tell(
                    &txn,
                    ctx.config.delivery,
                    Letter {
                        kind: MailKind::Message,
                        to: &a.email,
                        locale: a.locale,
                        key: "thread-mail-owners",
                        args: &args,
                    },
                    now,
                )
                .await?;
            }
        }
        Side::Owners => {
            // The secretariat's mailbox is read in English, the platform's working language.
            let args = [
                ("author", session.name.clone()),
                ("email", session.email.clone()),
                ("title", s.title.clone()),
                ("message", body.to_owned()),
                ("link", format!("{base}/admin/screening/{}#thread", s.id)),
            ];
            mail::tell(
                &txn,
                ctx.config.delivery,
                Letter {
                    kind: MailKind::Message,
                    to: &ctx.config.contact_email,
                    locale: Locale::En,
                    key: "thread-mail-secretariat",
                    args: &args,
                },
                now,
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(side == Side::Secretariat)
}

/// The owners' messages the secretariat has not read, over every submission.
async fn unread_count(conn: &impl ConnectionTrait) -> Result<u64, DomainError> {
    Ok(submission_message::Entity::find()
        .filter(submission_message::Column::FromSecretariat.eq(false))
        .filter(submission_message::Column::ReadAt.is_null())
        .count(conn)
        .await?)
}

/// The secretariat's inbox: every thread with its unread count and latest message, those
/// with unread messages first, then the latest.
///
/// # Errors
/// Unauthenticated, forbidden unless secretariat.
pub async fn inbox(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
) -> Result<InboxView, DomainError> {
    actor.require(Role::Secretariat)?;
    use sea_orm::{FromQueryResult, sea_query::Expr};
    #[derive(FromQueryResult)]
    struct Thread {
        submission_id: i64,
        last_id: i64,
        messages: i64,
        unread: i64,
    }
    let unread_case =
        Expr::cust("SUM(CASE WHEN from_secretariat = FALSE AND read_at IS NULL THEN 1 ELSE 0 END)");
    let threads = submission_message::Entity::find()
        .select_only()
        .column(submission_message::Column::SubmissionId)
        .column_as(submission_message::Column::Id.max(), "last_id")
        .column_as(submission_message::Column::Id.count(), "messages")
        .column_as(unread_case.clone(), "unread")
        .group_by(submission_message::Column::SubmissionId)
        .order_by_desc(unread_case)
        .order_by_desc(submission_message::Column::Id.max())
        .limit(INBOX_LINES)
        .into_model::<Thread>()
        .all(&ctx.db)
        .await?;
    let last: std::collections::HashMap<i64, submission_message::Model> =
        submission_message::Entity::find()
            .filter(submission_message::Column::Id.is_in(threads.iter().map(|t| t.last_id)))
            .all(&ctx.db)
            .await?
            .into_iter()
            .map(|m| (m.id, m))
            .collect();
    let submissions: std::collections::HashMap<i64, submission::Model> = submission::Entity::find()
        .filter(submission::Column::Id.is_in(threads.iter().map(|t| t.submission_id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let editions = crate::catalogue::read(ctx).await?;
    let mut lines = Vec::with_capacity(threads.len());
    for t in threads {
        let (Some(s), Some(m)) = (submissions.get(&t.submission_id), last.get(&t.last_id)) else {
            continue;
        };
        let edition = editions.by_id(s.edition_id);
        let tz = edition
            .map(|c| c.loaded.tz())
            .transpose()?
            .unwrap_or(jiff::tz::TimeZone::UTC);
        lines.push(InboxLine {
            submission_id: s.id,
            year: edition.map(|c| c.loaded.edition.year).unwrap_or_default(),
            title: s.title.clone(),
            messages: u64::try_from(t.messages).unwrap_or_default(),
            unread: u64::try_from(t.unread).unwrap_or_default(),
            last_at: format_datetime(m.created_at, &tz, locale),
            last_from_secretariat: m.from_secretariat,
            // The first line of the latest message, as a preview.
            preview: m
                .body
                .lines()
                .next()
                .unwrap_or_default()
                .chars()
                .take(140)
                .collect(),
        });
    }
    Ok(InboxView {
        unread: unread_count(&ctx.db).await?,
        threads: lines,
    })
}
