//! Who is asking: the signed-in account behind a request ([`Session`]), or an anonymous
//! visitor ([`Actor`]), as checked against the database on every request (the vote checks
//! it in its own write: [`Claimant`]).

use sea_orm::{ConnectionTrait, EntityTrait, JoinType, QuerySelect};

use super::{Me, Role};
use crate::{
    entity::{account, account_role},
    error::DomainError,
};

/// The signed-in account behind a request, as checked against the database.
#[derive(Clone, Debug)]
pub struct Session {
    pub account_id: i64,
    pub email: String,
    pub name: String,
    pub email_confirmed: bool,
    pub roles: Vec<Role>,
    pub token_version: i32,
}

impl Session {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// # Errors
    /// [`DomainError::Forbidden`] unless the account holds `role`.
    pub fn require(&self, role: Role) -> Result<(), DomainError> {
        if self.has(role) {
            Ok(())
        } else {
            Err(DomainError::Forbidden("error-forbidden"))
        }
    }
}

/// Who is making the request: a session, or an anonymous visitor.
#[derive(Clone, Debug, Default)]
pub struct Actor(pub Option<Session>);

impl Actor {
    /// # Errors
    /// [`DomainError::Unauthenticated`] for anonymous visitors.
    pub fn session(&self) -> Result<&Session, DomainError> {
        self.0.as_ref().ok_or(DomainError::Unauthenticated)
    }

    /// # Errors
    /// Unauthenticated, or forbidden without `role`.
    pub fn require(&self, role: Role) -> Result<&Session, DomainError> {
        let session = self.session()?;
        session.require(role)?;
        Ok(session)
    }
}

/// The account a sign-in token names, once its signature and expiry are checked but before
/// the database is asked whether it still holds (same token version, account enabled). The
/// vote asks in its own insert (see `committer`), so that a vote costs no read before its
/// write; everything else goes through a [`Session`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claimant {
    pub account_id: i64,
    pub token_version: i32,
}

/// Loads the session a token claims, if the account still exists, is enabled and the token
/// version still matches.
///
/// # Errors
/// Database failures only.
pub async fn load_session(
    conn: &impl ConnectionTrait,
    account_id: i64,
    version: i32,
) -> Result<Option<Session>, DomainError> {
    // The account and its roles in one query: every signed-in request makes it.
    let via_role = account_role::Entity::belongs_to(account::Entity)
        .from(account_role::Column::AccountId)
        .to(account::Column::Id)
        .into();
    let rows = account::Entity::find_by_id(account_id)
        .join_rev(JoinType::LeftJoin, via_role)
        .select_also(account_role::Entity)
        .all(conn)
        .await?;
    let Some(account) = rows.first().map(|(a, _)| a.clone()) else {
        return Ok(None);
    };
    if account.disabled_at.is_some() || account.token_version != version {
        return Ok(None);
    }
    let roles = rows
        .iter()
        .filter_map(|(_, r)| r.as_ref())
        .map(|r| r.role)
        .collect();
    Ok(Some(Session {
        account_id: account.id,
        email: account.email,
        name: account.name,
        email_confirmed: account.email_confirmed_at.is_some(),
        roles,
        token_version: account.token_version,
    }))
}

/// Who the visitor is, for the page header.
pub fn me(actor: &Actor) -> Option<Me> {
    actor.0.as_ref().map(|s| Me {
        name: s.name.clone(),
        email: s.email.clone(),
        email_confirmed: s.email_confirmed,
        roles: s.roles.clone(),
    })
}
