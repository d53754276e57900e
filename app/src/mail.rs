//! The outbox: every message the platform sends is first a row here, written in the same
//! transaction as the act that caused it. A background job delivers pending rows over SMTP;
//! without SMTP the rows are kept as "captured" and shown to the secretariat.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

pub use crate::codes::{MailKind, MailStatus};
use crate::{
    entity::{account, mail},
    error::DomainError,
    i18n::Locale,
};

/// A message to send.
pub struct Outgoing<'a> {
    pub kind: MailKind,
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
}

/// How an instance's mail leaves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// Over SMTP, by the delivery job; never to an address under `.invalid`.
    Smtp,
    /// Kept in the outbox for the secretariat to read (no SMTP configured).
    Captured,
    /// Not written at all: the demo's own acts, among people who do not exist.
    Silenced,
}

/// A message written in its reader's language from the translations `{key}-subject` and
/// `{key}-body`, with `args` in both.
pub struct Letter<'a> {
    pub kind: MailKind,
    pub to: &'a str,
    pub locale: Locale,
    pub key: &'a str,
    pub args: &'a [(&'static str, String)],
}

/// Writes `letter` in its reader's language and adds it to the outbox.
///
/// # Errors
/// Database failures.
pub async fn tell(
    conn: &impl ConnectionTrait,
    delivery: Delivery,
    letter: Letter<'_>,
    now: i64,
) -> Result<(), DomainError> {
    let Letter {
        kind,
        to,
        locale,
        key,
        args,
    } = letter;
    let subject = locale.t_args(&format!("{key}-subject"), args);
    let body = locale.t_args(&format!("{key}-body"), args);
    enqueue(
        conn,
        delivery,
        Outgoing {
            kind,
            to,
            subject: &subject,
            body: &body,
        },
        now,
    )
    .await
}

/// Adds a message to the outbox.
///
/// # Errors
/// Database failures.
pub async fn enqueue(
    conn: &impl ConnectionTrait,
    delivery: Delivery,
    msg: Outgoing<'_>,
    now: i64,
) -> Result<(), DomainError> {
    match delivery {
        Delivery::Silenced => return Ok(()),
        Delivery::Smtp if undeliverable(msg.to) => return Ok(()),
        Delivery::Smtp | Delivery::Captured => {}
    }
    mail::ActiveModel {
        kind: Set(msg.kind),
        to_address: Set(msg.to.to_owned()),
        subject: Set(msg.subject.chars().take(300).collect()),
        body_text: Set(msg.body.to_owned()),
        status: Set(if delivery == Delivery::Smtp {
            MailStatus::Pending
        } else {
            MailStatus::Captured
        }),
        attempts: Set(0),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        claimed_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Whether an address is under `.invalid`, the top-level domain reserved never to exist (RFC
/// 6761): the demo's people and the benchmarks' voters have such addresses, and are never
/// written to over SMTP (a captured message to them is read on the secretariat's mail page).
pub fn undeliverable(address: &str) -> bool {
    address.rsplit_once('@').is_some_and(|(_, domain)| {
        domain
            .trim_end_matches('.')
            .to_ascii_lowercase()
            .ends_with(".invalid")
    })
}

/// Whether the delivery job can write to `address`. It reads addresses with lettre's
/// `Mailbox`, and an address lettre refuses would fail at every attempt, unseen: every
/// address the platform takes (registration, invitations, `user create`) is checked with
/// this, on the server, besides the form's own grammar.
pub fn sendable(address: &str) -> bool {
    address
        .parse::<lettre::message::Mailbox>()
        .is_ok_and(|m| m.name.is_none())
}

/// The accounts whose address the sender refuses (made before addresses were checked with
/// it), as far as this instance has looked: the secretariat's accounts page lists them.
#[derive(Debug, Default)]
pub struct Refused {
    /// The last account looked at: the ones after it are looked at next time.
    checked_up_to: i64,
    ids: Vec<i64>,
}

/// Rows read at a time.
const SCAN_CHUNK: u64 = 5_000;

impl Refused {
    /// Looks at the accounts made since the last look, and again at those found before (an
    /// address corrected, or an account erased, leaves the list). Returns their ids, oldest
    /// first. The first look reads every address once; later ones read the new accounts.
    ///
    /// # Errors
    /// Database failures.
    pub async fn refresh(&mut self, db: &DatabaseConnection) -> Result<Vec<i64>, DomainError> {
        loop {
            let rows: Vec<(i64, String)> = account::Entity::find()
                .select_only()
                .column(account::Column::Id)
                .column(account::Column::Email)
                .filter(account::Column::Id.gt(self.checked_up_to))
                .order_by_asc(account::Column::Id)
                .limit(SCAN_CHUNK)
                .into_tuple()
                .all(db)
                .await?;
            let Some((last, _)) = rows.last() else {
                break;
            };
            self.checked_up_to = *last;
            self.ids
                .extend(rows.iter().filter(|(_, e)| !sendable(e)).map(|(id, _)| *id));
            if rows.len() < SCAN_CHUNK as usize {
                break;
            }
        }
        let mut still = Vec::new();
        for chunk in self.ids.chunks(1_000) {
            let rows: Vec<(i64, String)> = account::Entity::find()
                .select_only()
                .column(account::Column::Id)
                .column(account::Column::Email)
                .filter(account::Column::Id.is_in(chunk.iter().copied()))
                .into_tuple()
                .all(db)
                .await?;
            still.extend(
                rows.into_iter()
                    .filter(|(_, e)| !sendable(e))
                    .map(|(id, _)| id),
            );
        }
        still.sort_unstable();
        self.ids = still;
        Ok(self.ids.clone())
    }
}

/// What is left of a message's body once it is delivered: every single-use link (`token=…`)
/// is cut, so that the outbox never holds a link someone could still use.
pub fn redact_links(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find("token=") {
        let (before, after) = rest.split_at(at + "token=".len());
        out.push_str(before);
        let end = after
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_')
            .unwrap_or(after.len());
        if end > 0 {
            out.push_str(REDACTED);
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// What stands in for a link's token once the message is delivered.
pub const REDACTED: &str = "[removed once sent]";

#[cfg(test)]
mod tests {

    #[test]
    fn an_address_under_the_reserved_invalid_domain_is_never_written_to() {
        assert!(super::undeliverable("demo-0001@demo.wsis-prizes.invalid"));
        assert!(super::undeliverable("x@Host.INVALID."));
    }

    #[test]
    fn the_sender_refuses_what_it_cannot_address() {
        for ok in [
            "ada@example.org",
            "a.b+c@sub.example.org",
            "zoë@exämple.org",
        ] {
            assert!(super::sendable(ok), "{ok}");
        }
        for bad in [
            "a..b@example.org",
            ".a@example.org",
            "a.@example.org",
            "a@-example.org",
            "Ada <ada@example.org>",
        ] {
            assert!(!super::sendable(bad), "{bad}");
        }
        assert!(!super::undeliverable("amina@example.org"));
        assert!(!super::undeliverable("someone@invalid.example"));
    }

    use super::*;

    #[test]
    fn a_delivered_message_keeps_no_usable_link() {
        let body =
            "Hello,\nhttps://x.org/confirm?token=ab12cd\nand https://x.org/reset?token=ff00.\nBye";
        let redacted = redact_links(body);
        assert!(
            !redacted.contains("ab12cd") && !redacted.contains("ff00"),
            "{redacted}"
        );
        assert!(redacted.contains("https://x.org/confirm?token=[removed once sent]\n"));
        assert!(redacted.ends_with("token=[removed once sent].\nBye"));
        assert_eq!(redact_links("no links here"), "no links here");
    }
}
