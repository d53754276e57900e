//! The single-use tokens of accounts: e-mail confirmation and password reset links, kept in
//! `account_token` by purpose (see [`crate::tokens`] for how a link is made and checked).

pub use crate::codes::Purpose;
use crate::{entity::account_token, error::DomainError, tokens};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// How long an e-mail confirmation link stays valid.
pub const CONFIRM_TTL_SECS: i64 = 48 * 3600;
/// How long a password reset link stays valid.
pub const RESET_TTL_SECS: i64 = 3600;

/// Creates a single-use token for `purpose`, stores its hash, and returns the token itself.
///
/// # Errors
/// Database failures.
pub async fn issue(
    conn: &impl ConnectionTrait,
    account_id: i64,
    purpose: Purpose,
    now: i64,
    ttl: i64,
) -> Result<String, DomainError> {
    let minted = tokens::mint();
    account_token::ActiveModel {
        account_id: Set(account_id),
        purpose: Set(purpose),
        token_hash: Set(minted.hash),
        expires_at: Set(now + ttl),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(minted.token)
}

/// Finds an unused, unexpired token: one hash and one indexed read, before any costly work.
///
/// # Errors
/// Invalid `token`: unknown, used or expired.
pub async fn find(
    conn: &impl ConnectionTrait,
    token: &str,
    purpose: Purpose,
    now: i64,
) -> Result<account_token::Model, DomainError> {
    let hash = tokens::lookup_hash(token)?;
    let found = account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(hash))
        .filter(account_token::Column::Purpose.eq(purpose))
        .one(conn)
        .await?
        .ok_or_else(|| DomainError::invalid("token", "link-invalid"))?;
    tokens::check_usable(found.used_at, found.expires_at, now)?;
    Ok(found)
}

/// Finds an unused, unexpired token and marks it used, in the caller's transaction.
///
/// # Errors
/// Invalid `token`: unknown, used (also by a request that won a race) or expired.
pub async fn consume(
    conn: &impl ConnectionTrait,
    token: &str,
    purpose: Purpose,
    now: i64,
) -> Result<i64, DomainError> {
    let found = find(conn, token, purpose, now).await?;
    // Marking it used only if it still is unused makes a double click safe: the second
    // request updates nothing and is told the link was used.
    let updated = account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(now))
        .filter(account_token::Column::Id.eq(found.id))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(DomainError::invalid("token", "link-used"));
    }
    Ok(found.account_id)
}
