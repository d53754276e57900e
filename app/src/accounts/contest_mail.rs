//! Contest messages to voters (the secretariat's group messages, the vote's reminder) carry a
//! link that stops them, without signing in; what an account needs (a confirmation, a
//! password reset, a receipt) is never stopped. Each voter's link holds a random key of their
//! own, made with their first contest message; following it asks before stopping (a link
//! checker following every link of a mail stops nothing).

use std::collections::HashSet;

use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set, sea_query::Expr,
};

use crate::{entity::mail_stop, error::DomainError, i18n::Locale, state::AppContext};

/// The accounts among `ids` that stopped contest messages.
///
/// # Errors
/// Database failures.
pub async fn stopped(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashSet<i64>, DomainError> {
    Ok(mail_stop::Entity::find()
        .select_only()
        .column(mail_stop::Column::AccountId)
        .filter(mail_stop::Column::AccountId.is_in(ids))
        .filter(mail_stop::Column::StoppedAt.is_not_null())
        .into_tuple::<i64>()
        .all(conn)
        .await?
        .into_iter()
        .collect())
}

/// The lines that end a contest message to `account_id`, in `locale`: the link that stops
/// them (its key made on first use).
///
/// # Errors
/// Database failures.
pub async fn footer(
    conn: &impl ConnectionTrait,
    public_url: &str,
    account_id: i64,
    locale: Locale,
) -> Result<String, DomainError> {
    let key = match mail_stop::Entity::find_by_id(account_id).one(conn).await? {
        Some(row) => row.stop_key,
        None => {
            let key = hex::encode(rand::random::<[u8; 24]>());
            let row = mail_stop::ActiveModel {
                account_id: Set(account_id),
                stop_key: Set(key.clone()),
                stopped_at: Set(None),
            };
            if crate::db::insert_once(conn, row).await? {
                key
            } else {
                // Made by another writer in the meantime.
                mail_stop::Entity::find_by_id(account_id)
                    .one(conn)
                    .await?
                    .map(|r| r.stop_key)
                    .ok_or(DomainError::NotFound)?
            }
        }
    };
    Ok(locale.t_args(
        "contest-mail-footer",
        &[("link", format!("{public_url}/mail/stop?key={key}"))],
    ))
}

/// Whether `key` is a stop link's, and whether its contest messages are stopped already.
///
/// # Errors
/// Rate limited per network (a link followed from mail); not found for an unknown key.
pub async fn check(ctx: &AppContext, ip: std::net::IpAddr, key: &str) -> Result<bool, DomainError> {
    ctx.limits.links.check(ip, None)?;
    if key.len() != 48 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(DomainError::NotFound);
    }
    mail_stop::Entity::find()
        .filter(mail_stop::Column::StopKey.eq(key))
        .one(&ctx.db)
        .await?
        .map(|r| r.stopped_at.is_some())
        .ok_or(DomainError::NotFound)
}

/// Stops contest messages to the account whose stop link holds `key`.
///
/// # Errors
/// As [`check`].
pub async fn stop(ctx: &AppContext, ip: std::net::IpAddr, key: &str) -> Result<(), DomainError> {
    check(ctx, ip, key).await?;
    mail_stop::Entity::update_many()
        .col_expr(mail_stop::Column::StoppedAt, Expr::value(ctx.clock.now()))
        .filter(mail_stop::Column::StopKey.eq(key))
        .filter(mail_stop::Column::StoppedAt.is_null())
        .exec(&ctx.db)
        .await?;
    Ok(())
}
