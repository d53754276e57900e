//! Back-office use cases. Each one requires the secretariat role.

use std::collections::HashMap;

use jiff::tz::TimeZone;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, ExprTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, sea_query::Expr,
};

use super::{
    AccountList, AccountRow, AuditLog, AuditRow, MailRow, PAGE_SIZE, UNMAILABLE_SHOWN, Unmailable,
};
use crate::{
    audit,
    auth::{Actor, Role},
    entity::{account, account_role, audit_entry, mail},
    error::DomainError,
    i18n::{Locale, dates::format_datetime},
    phases::DEFAULT_TIME_ZONE,
    state::AppContext,
};

fn secretariat_tz() -> TimeZone {
    TimeZone::get(DEFAULT_TIME_ZONE).unwrap_or(TimeZone::UTC)
}

/// Lists accounts, newest first, filtered by e-mail, name or organisation.
///
/// # Errors
/// Unauthenticated, forbidden.
pub async fn list_accounts(
    ctx: &AppContext,
    actor: &Actor,
    query: &str,
    page: u64,
) -> Result<AccountList, DomainError> {
    actor.require(Role::Secretariat)?;
    let mut select = account::Entity::find().order_by_desc(account::Column::Id);
    let q = query.trim().to_lowercase();
    if !q.is_empty() {
        let q: String = q.chars().take(100).collect();
        // LIKE wildcards typed by the user are matched literally.
        let pattern = format!(
            "%{}%",
            q.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let like = |col: account::Column| {
            Expr::expr(sea_orm::sea_query::Func::lower(Expr::col(col)))
                .like(sea_orm::sea_query::LikeExpr::new(pattern.clone()).escape('\\'))
        };
        select = select.filter(
            Condition::any()
                .add(like(account::Column::Email))
                .add(like(account::Column::Name))
                .add(like(account::Column::Organisation)),
        );
    }
    let total = select.clone().count(&ctx.db).await?;
    let accounts = select
        .offset(page * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .all(&ctx.db)
        .await?;
    let ids: Vec<i64> = accounts.iter().map(|a| a.id).collect();
    let mut roles: HashMap<i64, Vec<Role>> = HashMap::new();
    for r in account_role::Entity::find()
        .filter(account_role::Column::AccountId.is_in(ids))
        .all(&ctx.db)
        .await?
    {
        let role = r.role;
        roles.entry(r.account_id).or_default().push(role);
    }
    let refused = ctx.refused.lock().await.refresh(&ctx.db).await?;
    let unmailable = account::Entity::find()
        .filter(account::Column::Id.is_in(refused.iter().copied().take(UNMAILABLE_SHOWN)))
        .order_by_asc(account::Column::Id)
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|a| Unmailable {
            id: a.id,
            email: a.email,
            name: a.name,
        })
        .collect();
    let tz = secretariat_tz();
    let locale = crate::i18n::use_locale();
    Ok(AccountList {
        unmailable,
        unmailable_total: refused.len(),
        rows: accounts
            .into_iter()
            .map(|a| AccountRow {
                id: a.id,
                roles: roles.remove(&a.id).unwrap_or_default(),
                email: a.email,
                name: a.name,
                organisation: a.organisation,
                country: a.country,
                email_confirmed: a.email_confirmed_at.is_some(),
                disabled: a.disabled_at.is_some(),
                created: format_datetime(a.created_at, &tz, locale),
            })
            .collect(),
        total,
        page,
    })
}

/// Disables or re-enables an account. Disabling signs it out everywhere at once.
///
/// # Errors
/// Unauthenticated, forbidden (also for one's own account), not found, reason missing.
#[tracing::instrument(skip_all)]
pub async fn set_disabled(
    ctx: &AppContext,
    actor: &Actor,
    account_id: i64,
    disabled: bool,
    reason: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    if session.account_id == account_id {
        return Err(DomainError::Forbidden("admin-not-yourself"));
    }
    let reason = audit::Reason::parse(reason, "reason")?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let target = account::Entity::find_by_id(account_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    let mut update = account::Entity::update_many()
        .col_expr(
            account::Column::DisabledAt,
            Expr::value(disabled.then_some(now)),
        )
        .col_expr(account::Column::UpdatedAt, Expr::value(now))
        .filter(account::Column::Id.eq(account_id));
    if disabled {
        update = update.col_expr(
            account::Column::TokenVersion,
            Expr::col(account::Column::TokenVersion).add(1),
        );
    }
    update.exec(&txn).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: if disabled {
                audit::Action::AccountDisable
            } else {
                audit::Action::AccountEnable
            },
            target_type: audit::TargetType::Account,
            target_id: account_id.to_string(),
            reason: Some(reason),
            details: serde_json::json!({ "email": target.email }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Grants or revokes a role.
///
/// # Errors
/// Unauthenticated, forbidden (revoking one's own secretariat role), not found, reason missing.
#[tracing::instrument(skip_all)]
pub async fn set_role(
    ctx: &AppContext,
    actor: &Actor,
    account_id: i64,
    role: Role,
    grant: bool,
    reason: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    if session.account_id == account_id && role == Role::Secretariat && !grant {
        return Err(DomainError::Forbidden("admin-not-yourself"));
    }
    let reason = audit::Reason::parse(reason, "reason")?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let target = account::Entity::find_by_id(account_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    let existing = account_role::Entity::find_by_id((account_id, role))
        .one(&txn)
        .await?;
    match (grant, existing) {
        (true, None) => {
            account_role::ActiveModel {
                account_id: Set(account_id),
                role: Set(role),
                granted_at: Set(now),
                granted_by: Set(Some(session.account_id)),
            }
            .insert(&txn)
            .await?;
        }
        (false, Some(row)) => {
            account_role::Entity::delete_by_id((row.account_id, row.role))
                .exec(&txn)
                .await?;
        }
        // Nothing to change: say so rather than write a misleading audit entry.
        _ => {
            return Err(DomainError::Conflict(if grant {
                "role-already-granted"
            } else {
                "role-not-granted"
            }));
        }
    }
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: if grant {
                audit::Action::RoleGrant
            } else {
                audit::Action::RoleRevoke
            },
            target_type: audit::TargetType::Account,
            target_id: account_id.to_string(),
            reason: Some(reason),
            details: serde_json::json!({ "role": role.code(), "email": target.email }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The most recent messages of the outbox (captured and delivered), newest first.
///
/// # Errors
/// Unauthenticated, forbidden.
pub async fn list_captured_mail(
    ctx: &AppContext,
    actor: &Actor,
) -> Result<Vec<MailRow>, DomainError> {
    actor.require(Role::Secretariat)?;
    // The page is for a local install and the tests, where mail is not delivered. Once mail
    // goes out over SMTP, its links belong to their recipients alone.
    if ctx.config.delivery == crate::mail::Delivery::Smtp {
        return Err(DomainError::NotFound);
    }
    let tz = secretariat_tz();
    let locale = crate::i18n::use_locale();
    Ok(mail::Entity::find()
        .order_by_desc(mail::Column::Id)
        .limit(200)
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|m| MailRow {
            id: m.id,
            to: m.to_address,
            subject: m.subject,
            body: m.body_text,
            status: m.status.code().to_owned(),
            created: format_datetime(m.created_at, &tz, locale),
        })
        .collect())
}

/// The most recent audit entries, newest first, with the state of the hash chain.
///
/// # Errors
/// Unauthenticated, forbidden.
pub async fn get_audit_log(ctx: &AppContext, actor: &Actor) -> Result<AuditLog, DomainError> {
    actor.require(Role::Secretariat)?;
    let entries = audit_entry::Entity::find()
        .order_by_desc(audit_entry::Column::Id)
        .limit(500)
        .all(&ctx.db)
        .await?;
    let actor_ids: Vec<i64> = entries.iter().filter_map(|e| e.actor_id).collect();
    let emails: HashMap<i64, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(actor_ids))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.email))
        .collect();
    let tz = secretariat_tz();
    let locale: Locale = crate::i18n::use_locale();
    Ok(AuditLog {
        broken_at: audit::verify_chain(&ctx.db).await?,
        rows: entries
            .into_iter()
            .map(|e| AuditRow {
                id: e.id,
                at: format_datetime(e.at, &tz, locale),
                actor: e.actor_id.and_then(|id| emails.get(&id).cloned()),
                action: e.action.code().to_owned(),
                target: format!("{} {}", e.target_type, e.target_id),
                reason: e.reason,
                details: e.details.as_str().to_owned(),
            })
            .collect(),
    })
}
