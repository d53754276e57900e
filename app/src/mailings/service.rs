//! Group messages: prepared (versions checked, recipients fixed and counted), confirmed
//! (audited), sent by the minute's job at the configured rate, each recipient once: their
//! row is claimed in the transaction that writes their mail.

use std::collections::{BTreeMap, HashMap};

use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, sea_query::Expr,
};
use serde_json::json;

use super::{
    MailingForm, MailingLine, MailingView, MailingsOverview, VersionView,
    audience::{self, Group},
};
use crate::{
    accounts::contest_mail,
    audit,
    auth::{Actor, Role},
    catalogue::{self, EditionContent},
    codes::{MailingAudience, MailingStatus},
    entity::{account, mailing, mailing_recipient, mailing_version, review_round},
    error::{DomainError, FieldError},
    i18n::{Locale, dates::format_datetime},
    mail,
    state::AppContext,
};

/// The longest subject, in characters.
pub const SUBJECT_MAX_CHARS: usize = 200;
/// The longest body, in characters.
pub const BODY_MAX_CHARS: usize = 20_000;
/// Recipients written by one insert.
const INSERT_BATCH: usize = 500;

/// The group's name, as the secretariat's pages say it.
fn audience_label(m: &mailing::Model, content: Option<&EditionContent>, locale: Locale) -> String {
    let base = locale.t(&m.audience.label_key());
    match (m.audience, m.category_id) {
        (MailingAudience::Sent, Some(c)) => {
            let code = content
                .and_then(|e| e.category_code(c))
                .unwrap_or_default()
                .to_owned();
            format!("{base} · {code}")
        }
        _ => base,
    }
}

/// The current edition's groups and its group messages, newest first.
///
/// # Errors
/// Unauthenticated, forbidden, no edition.
pub async fn overview(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
) -> Result<MailingsOverview, DomainError> {
    actor.require(Role::Secretariat)?;
    let editions = catalogue::read(ctx).await?;
    let content = editions
        .current(ctx.clock.now())
        .ok_or(DomainError::NotFound)?;
    let edition = &content.loaded.edition;
    let rounds = review_round::Entity::find()
        .filter(review_round::Column::EditionId.eq(edition.id))
        .order_by_asc(review_round::Column::Id)
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|r| (r.id, locale.t(&r.kind.label_key())))
        .collect();
    let mailings = mailing::Entity::find()
        .filter(mailing::Column::EditionId.eq(edition.id))
        .order_by_desc(mailing::Column::Id)
        .all(&ctx.db)
        .await?;
    let subjects: BTreeMap<i64, String> = mailing_version::Entity::find()
        .filter(mailing_version::Column::MailingId.is_in(mailings.iter().map(|m| m.id)))
        .filter(mailing_version::Column::Locale.eq(Locale::En))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|v| (v.mailing_id, v.subject))
        .collect();
    // Each message's sent recipients, counted in one query.
    let sent: HashMap<i64, i64> = mailing_recipient::Entity::find()
        .select_only()
        .column(mailing_recipient::Column::MailingId)
        .column_as(mailing_recipient::Column::Id.count(), "n")
        .filter(mailing_recipient::Column::MailingId.is_in(mailings.iter().map(|m| m.id)))
        .filter(mailing_recipient::Column::SentAt.is_not_null())
        .group_by(mailing_recipient::Column::MailingId)
        .into_tuple::<(i64, i64)>()
        .all(&ctx.db)
        .await?
        .into_iter()
        .collect();
    let tz = content.loaded.tz()?;
    let lines = mailings
        .iter()
        .map(|m| MailingLine {
            id: m.id,
            audience: audience_label(m, Some(content), locale),
            subject: subjects.get(&m.id).cloned().unwrap_or_default(),
            status: m.status,
            recipients: u64::try_from(m.recipients).unwrap_or_default(),
            sent: sent
                .get(&m.id)
                .map_or(0, |n| u64::try_from(*n).unwrap_or_default()),
            at: format_datetime(m.created_at, &tz, locale),
        })
        .collect();
    Ok(MailingsOverview {
        year: edition.year,
        categories: content
            .categories(locale)
            .into_iter()
            .map(|c| (c.code, c.title))
            .collect(),
        rounds,
        mailings: lines,
    })
}

async fn sent_count(ctx: &AppContext, id: i64) -> Result<u64, DomainError> {
    Ok(mailing_recipient::Entity::find()
        .filter(mailing_recipient::Column::MailingId.eq(id))
        .filter(mailing_recipient::Column::SentAt.is_not_null())
        .count(&ctx.db)
        .await?)
}

/// The versions typed: English required, another language's subject and body both or
/// neither, each within bounds.
fn versions_of(form: &MailingForm) -> Result<Vec<(Locale, String, String)>, DomainError> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for l in Locale::ALL {
        let (subject, body) = form.version(l);
        let (subject, body) = (subject.trim(), body.trim());
        let code = l.code();
        if subject.is_empty() && body.is_empty() && l != Locale::En {
            continue;
        }
        if subject.is_empty() {
            errors.push(FieldError::new(
                &format!("subject_{code}"),
                "mailing-subject-required",
            ));
        } else if subject.chars().count() > SUBJECT_MAX_CHARS || subject.contains(['\r', '\n']) {
            errors.push(FieldError::new(
                &format!("subject_{code}"),
                "mailing-subject-invalid",
            ));
        }
        if body.is_empty() {
            errors.push(FieldError::new(
                &format!("body_{code}"),
                "mailing-body-required",
            ));
        } else if body.chars().count() > BODY_MAX_CHARS {
            errors.push(FieldError::new(
                &format!("body_{code}"),
                "mailing-body-too-long",
            ));
        }
        out.push((l, subject.to_owned(), body.to_owned()));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(DomainError::Invalid(errors))
    }
}

/// Writes a group message of the current edition and fixes its recipients, each with the
/// version they will get. Returns its id.
///
/// # Errors
/// Unauthenticated, forbidden; invalid group, category, round or versions; nobody in the
/// group (`mailing-nobody`).
#[tracing::instrument(skip(ctx, actor, form))]
pub async fn prepare(
    ctx: &AppContext,
    actor: &Actor,
    form: &MailingForm,
) -> Result<i64, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let audience = MailingAudience::from_code(form.audience.trim())
        .ok_or_else(|| DomainError::invalid("audience", "mailing-audience-invalid"))?;
    let editions = catalogue::read(ctx).await?;
    let content = editions.current(now).ok_or(DomainError::NotFound)?;
    let edition_id = content.loaded.edition.id;
    let category_id = match (audience, form.category.trim()) {
        (MailingAudience::Sent, code) if !code.is_empty() => Some(
            content
                .category_id(code)
                .ok_or_else(|| DomainError::invalid("category", "mailing-category-invalid"))?,
        ),
        _ => None,
    };
    let round_id = match audience {
        MailingAudience::Experts => {
            let id: i64 = form
                .round
                .trim()
                .parse()
                .map_err(|_| DomainError::invalid("round", "mailing-round-invalid"))?;
            review_round::Entity::find_by_id(id)
                .one(&ctx.db)
                .await?
                .filter(|r| r.edition_id == edition_id)
                .ok_or_else(|| DomainError::invalid("round", "mailing-round-invalid"))?;
            Some(id)
        }
        _ => None,
    };
    let versions = versions_of(form)?;
    let group = Group {
        edition: content,
        audience,
        category_id,
        round_id,
    };
    let people = audience::members(&ctx.db, &group).await?;
    if people.is_empty() {
        return Err(DomainError::invalid("audience", "mailing-nobody"));
    }
    let languages: Vec<Locale> = versions.iter().map(|(l, _, _)| *l).collect();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let m = mailing::ActiveModel {
        edition_id: Set(edition_id),
        audience: Set(audience),
        category_id: Set(category_id),
        round_id: Set(round_id),
        author_id: Set(Some(session.account_id)),
        status: Set(MailingStatus::Prepared),
        recipients: Set(i64::try_from(people.len()).unwrap_or(i64::MAX)),
        created_at: Set(now),
        confirmed_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for (locale, subject, body) in versions {
        mailing_version::ActiveModel {
            mailing_id: Set(m.id),
            locale: Set(locale),
            subject: Set(subject),
            body: Set(body),
        }
        .insert(&txn)
        .await?;
    }
    for batch in people.chunks(INSERT_BATCH) {
        mailing_recipient::Entity::insert_many(batch.iter().map(|(id, l)| {
            mailing_recipient::ActiveModel {
                mailing_id: Set(m.id),
                account_id: Set(*id),
                // Their language's version, else the English one.
                locale: Set(if languages.contains(l) {
                    *l
                } else {
                    Locale::En
                }),
                sent_at: Set(None),
                ..Default::default()
            }
        }))
        .exec(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(m.id)
}

/// A group message with each version and how many receive it.
///
/// # Errors
/// Unauthenticated, forbidden, not found.
pub async fn view(
    ctx: &AppContext,
    actor: &Actor,
    id: i64,
    locale: Locale,
) -> Result<MailingView, DomainError> {
    actor.require(Role::Secretariat)?;
    let m = mailing::Entity::find_by_id(id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let versions = mailing_version::Entity::find()
        .filter(mailing_version::Column::MailingId.eq(id))
        .all(&ctx.db)
        .await?;
    let counts: HashMap<Locale, i64> = mailing_recipient::Entity::find()
        .select_only()
        .column(mailing_recipient::Column::Locale)
        .column_as(mailing_recipient::Column::Id.count(), "n")
        .filter(mailing_recipient::Column::MailingId.eq(id))
        .group_by(mailing_recipient::Column::Locale)
        .into_tuple::<(Locale, i64)>()
        .all(&ctx.db)
        .await?
        .into_iter()
        .collect();
    let editions = catalogue::read(ctx).await?;
    let content = editions.by_id(m.edition_id);
    let tz = content
        .map(|c| c.loaded.tz())
        .transpose()?
        .unwrap_or(jiff::tz::TimeZone::UTC);
    let mut versions: Vec<VersionView> = versions
        .into_iter()
        .map(|v| VersionView {
            locale: v.locale.code().to_owned(),
            language: v.locale.native_name().to_owned(),
            recipients: counts
                .get(&v.locale)
                .map_or(0, |n| u64::try_from(*n).unwrap_or_default()),
            subject: v.subject,
            body: v.body,
        })
        .collect();
    // English first, then the languages in the platform's order.
    versions.sort_by_key(|v| Locale::english_first().position(|l| l.code() == v.locale));
    Ok(MailingView {
        id: m.id,
        audience: audience_label(&m, content, locale),
        status: m.status,
        recipients: u64::try_from(m.recipients).unwrap_or_default(),
        sent: sent_count(ctx, m.id).await?,
        versions,
        confirmed_at: m.confirmed_at.map(|at| format_datetime(at, &tz, locale)),
    })
}

/// Confirms a prepared group message, audited: the outbox sends it from the next minute.
///
/// # Errors
/// Unauthenticated, forbidden, not found; a message already confirmed (`mailing-confirmed`).
#[tracing::instrument(skip(ctx, actor))]
pub async fn confirm(ctx: &AppContext, actor: &Actor, id: i64) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let m = mailing::Entity::find_by_id(id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    if m.status != MailingStatus::Prepared {
        return Err(DomainError::Conflict("mailing-confirmed"));
    }
    let versions: Vec<String> = mailing_version::Entity::find()
        .filter(mailing_version::Column::MailingId.eq(id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|v| v.locale.code().to_owned())
        .collect();
    let year = catalogue::load::all_editions(&txn)
        .await?
        .into_iter()
        .find(|e| e.edition.id == m.edition_id)
        .map(|e| e.edition.year)
        .unwrap_or_default();
    let mut row: mailing::ActiveModel = m.clone().into();
    row.status = Set(MailingStatus::Sending);
    row.confirmed_at = Set(Some(now));
    row.update(&txn).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::MailingSend,
            target_type: audit::TargetType::Mailing,
            target_id: m.id.to_string(),
            reason: None,
            details: json!({
                "year": year,
                "audience": m.audience.code(),
                "category_id": m.category_id,
                "round_id": m.round_id,
                "recipients": m.recipients,
                "versions": versions,
            }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Discards a group message not yet confirmed.
///
/// # Errors
/// Unauthenticated, forbidden, not found; confirmed already (`mailing-confirmed`).
pub async fn discard(ctx: &AppContext, actor: &Actor, id: i64) -> Result<(), DomainError> {
    actor.require(Role::Secretariat)?;
    let gone = mailing::Entity::delete_many()
        .filter(mailing::Column::Id.eq(id))
        .filter(mailing::Column::Status.eq(MailingStatus::Prepared))
        .exec(&ctx.db)
        .await?
        .rows_affected;
    if gone == 1 {
        return Ok(());
    }
    match mailing::Entity::find_by_id(id).one(&ctx.db).await? {
        Some(_) => Err(DomainError::Conflict("mailing-confirmed")),
        None => Err(DomainError::NotFound),
    }
}

/// Writes the mails of confirmed group messages, at most `ctx.config.mailings_per_minute`
/// in one call (the job calls it every minute); a message whose every recipient is written
/// is sent. Returns how many mails were written.
///
/// # Errors
/// Database failures.
#[tracing::instrument(skip_all)]
pub async fn send_due(ctx: &AppContext, now: i64) -> Result<u64, DomainError> {
    let sending = mailing::Entity::find()
        .filter(mailing::Column::Status.eq(MailingStatus::Sending))
        .order_by_asc(mailing::Column::Id)
        .all(&ctx.db)
        .await?;
    let mut budget = u64::from(ctx.config.mailings_per_minute);
    let mut written = 0;
    for m in sending {
        if budget == 0 {
            break;
        }
        let versions: HashMap<Locale, mailing_version::Model> = mailing_version::Entity::find()
            .filter(mailing_version::Column::MailingId.eq(m.id))
            .all(&ctx.db)
            .await?
            .into_iter()
            .map(|v| (v.locale, v))
            .collect();
        let batch = mailing_recipient::Entity::find()
            .filter(mailing_recipient::Column::MailingId.eq(m.id))
            .filter(mailing_recipient::Column::SentAt.is_null())
            .order_by_asc(mailing_recipient::Column::Id)
            .limit(budget)
            .all(&ctx.db)
            .await?;
        for r in &batch {
            budget = budget.saturating_sub(1);
            if send_one(ctx, &m, r, &versions, now).await? {
                written += 1;
            }
        }
        let left = mailing_recipient::Entity::find()
            .filter(mailing_recipient::Column::MailingId.eq(m.id))
            .filter(mailing_recipient::Column::SentAt.is_null())
            .count(&ctx.db)
            .await?;
        if left == 0 {
            mailing::Entity::update_many()
                .col_expr(mailing::Column::Status, Expr::value(MailingStatus::Sent))
                .filter(mailing::Column::Id.eq(m.id))
                .filter(mailing::Column::Status.eq(MailingStatus::Sending))
                .exec(&ctx.db)
                .await?;
        }
    }
    Ok(written)
}

/// Writes one recipient's mail, in the transaction that claims their row: another instance
/// that claimed it first makes this one write nothing. A recipient disabled, or a voter who
/// stopped contest messages, since the message was prepared is passed over (claimed, no
/// mail). Returns whether a mail was written.
async fn send_one(
    ctx: &AppContext,
    m: &mailing::Model,
    r: &mailing_recipient::Model,
    versions: &HashMap<Locale, mailing_version::Model>,
    now: i64,
) -> Result<bool, DomainError> {
    let txn = crate::db::begin_write(&ctx.db).await?;
    let claimed = mailing_recipient::Entity::update_many()
        .col_expr(mailing_recipient::Column::SentAt, Expr::value(now))
        .filter(mailing_recipient::Column::Id.eq(r.id))
        .filter(mailing_recipient::Column::SentAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected;
    if claimed == 0 {
        return Ok(false);
    }
    let a = account::Entity::find_by_id(r.account_id).one(&txn).await?;
    let voters = m.audience == MailingAudience::Voters;
    let Some(a) = a.filter(|a| a.disabled_at.is_none()) else {
        txn.commit().await?;
        return Ok(false);
    };
    if voters && !contest_mail::stopped(&txn, [a.id]).await?.is_empty() {
        txn.commit().await?;
        return Ok(false);
    }
    let Some(v) = versions
        .get(&r.locale)
        .or_else(|| versions.get(&Locale::En))
    else {
        txn.commit().await?;
        return Ok(false);
    };
    let mut body = v.body.clone();
    // Mail to voters carries the link that stops contest messages.
    if voters {
        let footer = contest_mail::footer(&txn, &ctx.config.public_url, a.id, r.locale).await?;
        body = format!("{body}\n\n-- \n{footer}");
    }
    mail::enqueue(
        &txn,
        ctx.config.delivery,
        mail::Outgoing {
            kind: mail::MailKind::GroupMessage,
            to: &a.email,
            subject: &v.subject,
            body: &body,
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}
