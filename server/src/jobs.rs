//! Background jobs of one instance: delivering the mail outbox over SMTP, forgetting
//! rate-limit keys that have fully recovered, returning lapsed change requests to screening,
//! purging expired links, writing the gallery's search documents after a change made
//! elsewhere, the review reminders, and the outcomes told to owners and voters once public
//! (each sent once, whichever instance). Several instances may run them side by side: a message is
//! claimed with a conditional update before it is sent, so only one sends it; a claim left
//! by an instance that stopped mid-send runs out after a lease and the message is tried again.

use std::time::Duration;

use app::{entity::mail as outbox, mail, state::AppContext};
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor, message::Mailbox,
    transport::smtp::authentication::Credentials,
};
use sea_orm::{
    ColumnTrait, EntityTrait, ExprTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};
use secrecy::{ExposeSecret, SecretString};

use crate::config::Config;

/// How many times a message is tried before it is marked failed.
const MAX_ATTEMPTS: i32 = 5;
/// How long a claim on a message lasts: longer than an SMTP exchange can take (its timeout
/// is 20 s), so that a message still being sent is never sent twice.
pub const CLAIM_LEASE_SECS: i64 = 300;
/// How long used or expired links are kept before they are purged (for support questions
/// such as "my link says it was used").
pub const LINK_RETENTION_SECS: i64 = 7 * 86_400;

/// Starts the jobs on the current runtime.
pub fn spawn(ctx: AppContext, config: &Config) {
    let limits = ctx.limits.clone();
    let housekeeping = ctx.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            limits.retain_recent();
            // Change requests whose deadline passed go back to screening even if nobody
            // opens the submission (reads do it too, so the job is only a backstop).
            let now = housekeeping.clock.now();
            if let Err(e) =
                app::nominations::queries::expire_change_requests(&housekeeping.db, now).await
            {
                tracing::error!(error = %e, "expiring change requests failed");
            }
            if let Err(e) = purge_expired_links(&housekeeping, now).await {
                tracing::error!(error = %e, "purging expired links failed");
            }
            if let Err(e) = app::review::reminders::send_due(&housekeeping, now).await {
                tracing::error!(error = %e, "sending review reminders failed");
            }
            if let Err(e) = app::voting::reminders::send_due(&housekeeping, now).await {
                tracing::error!(error = %e, "sending vote reminders failed");
            }
            // Drafts not yet sent are reminded a week and two days before submission closes.
            if let Err(e) = app::nominations::reminders::send_due(&housekeeping, now).await {
                tracing::error!(error = %e, "reminding the owners of drafts failed");
            }
            // Confirmed group messages go out at the configured rate.
            if let Err(e) = app::mailings::service::send_due(&housekeeping, now).await {
                tracing::error!(error = %e, "sending group messages failed");
            }
            // Outcomes are told within a minute of becoming public, once each.
            if let Err(e) = app::nominations::outcomes::send_due(&housekeeping, now).await {
                tracing::error!(error = %e, "telling outcomes failed");
            }
            if let Err(e) = app::voting::told::send_due(&housekeeping, now).await {
                tracing::error!(error = %e, "telling voters the results failed");
            }
            // Voters whose nominee withdrew are told within a minute that they may vote again.
            if let Err(e) = app::voting::void::tell_due(&housekeeping, now).await {
                tracing::error!(error = %e, "telling voters of void votes failed");
            }
            // Suspicious groups of votes are held for review within a minute.
            if let Err(e) = app::voting::anomalies::sweep(&housekeeping, now).await {
                tracing::error!(error = %e, "the anomaly sweep failed");
            }
        }
    });
    let documents = ctx.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        loop {
            tick.tick().await;
            // A change to the catalogue committed without its search documents (by another
            // process, or a write the triggers caught) gets them within a second.
            if let Err(e) = app::catalogue::documents::catch_up(&documents.db).await {
                tracing::error!(error = %e, "writing the search documents failed");
            }
        }
    });
    if let Some(url) = &config.smtp_url {
        match SmtpSender::new(url, &config.mail_from) {
            Ok(sender) => {
                tokio::spawn(async move {
                    let mut tick = tokio::time::interval(Duration::from_millis(500));
                    loop {
                        tick.tick().await;
                        if let Err(e) = deliver_pending(&ctx, &sender).await {
                            tracing::error!(error = %e, "mail delivery round failed");
                        }
                    }
                });
            }
            Err(e) => {
                tracing::error!(error = %e, "WSIS_SMTP_URL is not usable; mail stays pending")
            }
        }
    }
}

/// An SMTP connection recipe.
pub struct SmtpSender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpSender {
    /// Reads `smtp://[user:pass@]host[:port]`.
    ///
    /// # Errors
    /// A URL or sender address that does not parse.
    pub fn new(url: &SecretString, from: &str) -> Result<Self, String> {
        let url = url.expose_secret();
        let rest = url
            .strip_prefix("smtp://")
            .ok_or("only smtp:// URLs are supported")?;
        let (userinfo, hostport) = match rest.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, rest),
        };
        let hostport = hostport.trim_end_matches('/');
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) => (h, p.parse::<u16>().map_err(|e| format!("port: {e}"))?),
            None => (hostport, 25),
        };
        // Plain SMTP, for a relay on the same host or network (the usual set-up behind a
        // mail relay); TLS to a remote provider is left to that relay.
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host).port(port);
        if let Some(userinfo) = userinfo {
            let (user, pass) = userinfo.split_once(':').unwrap_or((userinfo, ""));
            let decode = |s: &str| {
                urlencoding::decode(s)
                    .map(|c| c.into_owned())
                    .unwrap_or_else(|_| s.to_owned())
            };
            builder = builder.credentials(Credentials::new(decode(user), decode(pass)));
        }
        let from = from
            .parse::<Mailbox>()
            .map_err(|e| format!("WSIS_MAIL_FROM: {e}"))?;
        Ok(Self {
            transport: builder.timeout(Some(Duration::from_secs(20))).build(),
            from,
        })
    }
}

/// Sends what is pending, oldest first.
///
/// # Errors
/// Database failures (a failed send is recorded on the message instead).
pub async fn deliver_pending(
    ctx: &AppContext,
    sender: &SmtpSender,
) -> Result<usize, sea_orm::DbErr> {
    let now = ctx.clock.now();
    let stale = now - CLAIM_LEASE_SECS;
    // Pending messages, and messages whose claim ran out (the instance sending them stopped).
    let waiting = || {
        sea_orm::Condition::any()
            .add(outbox::Column::Status.eq(mail::MailStatus::Pending))
            .add(
                sea_orm::Condition::all()
                    .add(outbox::Column::Status.eq(mail::MailStatus::Sending))
                    .add(
                        sea_orm::Condition::any()
                            .add(outbox::Column::ClaimedAt.is_null())
                            .add(outbox::Column::ClaimedAt.lt(stale)),
                    ),
            )
    };
    let batch = outbox::Entity::find()
        .filter(waiting())
        .order_by_asc(outbox::Column::Id)
        .limit(20)
        .all(&ctx.db)
        .await?;
    let mut sent = 0;
    for m in batch {
        // Claim it: only the instance whose update changes the row sends it.
        let claimed = outbox::Entity::update_many()
            .col_expr(
                outbox::Column::Status,
                Expr::value(mail::MailStatus::Sending),
            )
            .col_expr(outbox::Column::ClaimedAt, Expr::value(now))
            .col_expr(
                outbox::Column::Attempts,
                Expr::col(outbox::Column::Attempts).add(1),
            )
            .filter(outbox::Column::Id.eq(m.id))
            .filter(outbox::Column::Attempts.eq(m.attempts))
            .filter(waiting())
            .exec(&ctx.db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let result = send(sender, &m).await;
        let (status, error, sent_at) = match result {
            Ok(()) => (mail::MailStatus::Sent, None, Some(ctx.clock.now())),
            Err(e) if m.attempts + 1 >= MAX_ATTEMPTS => (mail::MailStatus::Failed, Some(e), None),
            Err(e) => (mail::MailStatus::Pending, Some(e), None),
        };
        if status == mail::MailStatus::Sent {
            sent += 1;
        } else {
            tracing::warn!(mail_id = m.id, error = ?error, "mail not delivered");
        }
        // Delivered mail keeps no usable link: the links are the recipient's alone.
        let body = if status == mail::MailStatus::Sent {
            mail::redact_links(&m.body_text)
        } else {
            m.body_text.clone()
        };
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Status, Expr::value(status))
            .col_expr(outbox::Column::LastError, Expr::value(error))
            .col_expr(outbox::Column::SentAt, Expr::value(sent_at))
            .col_expr(outbox::Column::BodyText, Expr::value(body))
            .filter(outbox::Column::Id.eq(m.id))
            .exec(&ctx.db)
            .await?;
    }
    Ok(sent)
}

/// Deletes sign-in links (confirmation, reset) and co-owner invitations that expired, and
/// links used, once they are older than [`LINK_RETENTION_SECS`].
///
/// # Errors
/// Database failures.
pub async fn purge_expired_links(ctx: &AppContext, now: i64) -> Result<u64, sea_orm::DbErr> {
    use app::entity::{account_token, submission_invitation};
    let before = now - LINK_RETENTION_SECS;
    let tokens = account_token::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(account_token::Column::ExpiresAt.lt(before))
                .add(account_token::Column::UsedAt.lt(before)),
        )
        .exec(&ctx.db)
        .await?;
    let invitations = submission_invitation::Entity::delete_many()
        .filter(submission_invitation::Column::AcceptedAt.is_null())
        .filter(submission_invitation::Column::ExpiresAt.lt(before))
        .exec(&ctx.db)
        .await?;
    Ok(tokens.rows_affected + invitations.rows_affected)
}

async fn send(sender: &SmtpSender, m: &outbox::Model) -> Result<(), String> {
    let to = m.to_address.parse::<Mailbox>().map_err(|e| e.to_string())?;
    let message = Message::builder()
        .from(sender.from.clone())
        .to(to)
        .subject(m.subject.clone())
        .header(lettre::message::header::ContentType::TEXT_PLAIN)
        .body(m.body_text.clone())
        .map_err(|e| e.to_string())?;
    sender
        .transport
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}
