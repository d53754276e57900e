//! The audit log: who did what, when and why. Append-only; each entry carries the hash of
//! the one before it, so that a removed or altered entry breaks the chain for anyone who
//! checks it ([`verify_chain`]).

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, QueryOrder, QuerySelect, Set};
use sha2::{Digest, Sha256};

pub use crate::codes::{Action, TargetType};
use crate::{
    entity::{audit_entry, columns::Details},
    error::DomainError,
};

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Why an audited act was done, as typed by the person doing it: trimmed, never empty, at most
/// [`Reason::MAX_CHARS`] characters. One type and one limit for every audited act.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason(String);

impl Reason {
    /// The longest reason kept.
    pub const MAX_CHARS: usize = 2000;

    /// Reads a required reason typed in form field `field`.
    ///
    /// # Errors
    /// Invalid (`reason-required`, `reason-too-long`) on `field`.
    pub fn parse(text: &str, field: &str) -> Result<Self, DomainError> {
        match Self::optional(text, field)? {
            Some(r) => Ok(r),
            None => Err(DomainError::invalid(field, "reason-required")),
        }
    }

    /// Reads a reason that may be left empty.
    ///
    /// # Errors
    /// Invalid (`reason-too-long`) on `field`.
    pub fn optional(text: &str, field: &str) -> Result<Option<Self>, DomainError> {
        let t = text.trim();
        if t.chars().count() > Self::MAX_CHARS {
            return Err(DomainError::invalid(field, "reason-too-long"));
        }
        Ok((!t.is_empty()).then(|| Reason(t.to_owned())))
    }

    /// A reason the platform itself gives (the command line, the demo), not typed by anyone.
    pub fn by_platform(text: &'static str) -> Self {
        Reason(text.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// An act to record.
pub struct Entry {
    pub actor_id: Option<i64>,
    pub action: Action,
    pub target_type: TargetType,
    pub target_id: String,
    /// Why, for the acts that need one; always through [`Reason`] and its one limit.
    pub reason: Option<Reason>,
    pub details: serde_json::Value,
}

/// The fields an entry's hash covers, besides the previous hash.
struct Hashed<'a> {
    at: i64,
    actor: Option<i64>,
    action: &'a str,
    target_type: &'a str,
    target_id: &'a str,
    reason: Option<&'a str>,
    details: &'a str,
}

fn entry_hash(prev: &str, e: &Hashed<'_>) -> String {
    let mut h = Sha256::new();
    // Length-prefixed fields, so that no two different entries hash the same input.
    for field in [
        prev,
        &e.at.to_string(),
        &e.actor.map(|a| a.to_string()).unwrap_or_default(),
        e.action,
        e.target_type,
        e.target_id,
        e.reason.unwrap_or_default(),
        e.details,
    ] {
        h.update((field.len() as u64).to_be_bytes());
        h.update(field.as_bytes());
    }
    hex::encode(h.finalize())
}

/// The PostgreSQL advisory lock that serialises appends to the chain.
const CHAIN_LOCK: i64 = 0x5753_4953_0002;

/// Appends an entry, in the caller's transaction so that the act and its record commit
/// together.
///
/// Appends are serialised: on PostgreSQL by a transaction-scoped advisory lock taken before
/// the tail is read (two audited acts committing at once would otherwise both read the same
/// tail, and one would fail on the unique `prev_hash`); on SQLite the write transaction
/// already holds the database. The unique `prev_hash` stays as the last guard.
///
/// # Errors
/// Database failures.
pub async fn record(
    conn: &impl ConnectionTrait,
    entry: Entry,
    now: i64,
) -> Result<(), DomainError> {
    if conn.get_database_backend() == sea_orm::DbBackend::Postgres {
        conn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({CHAIN_LOCK})"))
            .await?;
    }
    let prev = audit_entry::Entity::find()
        .order_by_desc(audit_entry::Column::Id)
        .limit(1)
        .one(conn)
        .await?
        .map_or_else(|| GENESIS.to_owned(), |e| e.hash);
    let details = Details::from(entry.details);
    let hash = entry_hash(
        &prev,
        &Hashed {
            at: now,
            actor: entry.actor_id,
            action: entry.action.code(),
            target_type: entry.target_type.code(),
            target_id: &entry.target_id,
            reason: entry.reason.as_ref().map(Reason::as_str),
            details: details.as_str(),
        },
    );
    audit_entry::ActiveModel {
        at: Set(now),
        actor_id: Set(entry.actor_id),
        action: Set(entry.action),
        target_type: Set(entry.target_type),
        target_id: Set(entry.target_id),
        reason: Set(entry.reason.map(Reason::into_inner)),
        details: Set(details),
        prev_hash: Set(prev),
        hash: Set(hash),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Checks the whole chain; returns the id of the first entry that does not fit, if any.
///
/// # Errors
/// Database failures.
pub async fn verify_chain(conn: &impl ConnectionTrait) -> Result<Option<i64>, DomainError> {
    let entries = audit_entry::Entity::find()
        .order_by_asc(audit_entry::Column::Id)
        .all(conn)
        .await?;
    let mut prev = GENESIS.to_owned();
    for e in entries {
        let expected = entry_hash(
            &prev,
            &Hashed {
                at: e.at,
                actor: e.actor_id,
                action: e.action.code(),
                target_type: e.target_type.code(),
                target_id: &e.target_id,
                reason: e.reason.as_deref(),
                // As stored, to the byte: the hash covers the text, not its meaning.
                details: e.details.as_str(),
            },
        );
        if e.prev_hash != prev || e.hash != expected {
            return Ok(Some(e.id));
        }
        prev = e.hash;
    }
    Ok(None)
}
