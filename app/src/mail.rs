//! The outbox: every message the platform sends is first a row here, written in the same
//! transaction as the act that caused it. A background job delivers pending rows over SMTP;
//! without SMTP the rows are kept as "captured" and shown to the secretariat.

use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

use crate::{entity::mail, error::DomainError};

/// A message to send.
pub struct Outgoing<'a> {
    pub kind: &'static str,
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
}

/// Status of a row waiting for SMTP delivery.
pub const PENDING: &str = "pending";
/// Status of a row claimed by one instance's delivery job.
pub const SENDING: &str = "sending";
pub const SENT: &str = "sent";
pub const FAILED: &str = "failed";
/// Status of a row kept for the secretariat because no SMTP server is configured.
pub const CAPTURED: &str = "captured";

/// Adds a message to the outbox.
///
/// # Errors
/// Database failures.
pub async fn enqueue(
    conn: &impl ConnectionTrait,
    smtp_enabled: bool,
    msg: Outgoing<'_>,
    now: i64,
) -> Result<(), DomainError> {
    mail::ActiveModel {
        kind: Set(msg.kind.to_owned()),
        to_address: Set(msg.to.to_owned()),
        subject: Set(msg.subject.chars().take(300).collect()),
        body_text: Set(msg.body.to_owned()),
        status: Set(if smtp_enabled { PENDING } else { CAPTURED }.to_owned()),
        attempts: Set(0),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}
