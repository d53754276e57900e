//! Mail over SMTP, against a real SMTP listener started by the test itself.

use std::time::Duration;

use app::{
    accounts::{ConfirmEmail, Logout},
    admin::ListCapturedMail,
};
use reqwest::StatusCode;
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
    sync::mpsc,
};

use crate::support::{Options, PASSWORD, spawn_app_with, token_in};

/// A minimal SMTP server: accepts every message and hands its DATA to the test.
async fn smtp_listener() -> (u16, mpsc::UnboundedReceiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let port = listener
        .local_addr()
        .map(|a| a.port())
        .expect("a local address");
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 test ESMTP\r\n").await;
                let mut in_data = false;
                let mut data = String::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            let _ = tx.send(std::mem::take(&mut data));
                            let _ = write.write_all(b"250 OK queued\r\n").await;
                        } else {
                            data.push_str(&line);
                            data.push('\n');
                        }
                        continue;
                    }
                    let verb = line
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 test\r\n",
                        "DATA" => {
                            in_data = true;
                            b"354 go ahead\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            break;
                        }
                        _ => b"250 OK\r\n",
                    };
                    let _ = write.write_all(reply).await;
                }
            });
        }
    });
    (port, rx)
}

#[tokio::test]
async fn with_smtp_configured_the_confirmation_mail_is_delivered_and_marked_sent() {
    let (port, mut inbox) = smtp_listener().await;
    let app = spawn_app_with(Options {
        smtp_url: Some(format!("smtp://127.0.0.1:{port}")),
        ..Options::default()
    })
    .await;
    assert_eq!(
        app.register_account("smtp@example.org").await.status(),
        StatusCode::OK
    );

    let message = tokio::time::timeout(Duration::from_secs(15), inbox.recv())
        .await
        .unwrap_or_else(|_| panic!("no mail arrived"))
        .expect("a mail in the inbox");
    assert!(message.contains("To: smtp@example.org"), "{message}");
    assert!(
        message.contains("Subject: Confirm your e-mail address"),
        "{message}"
    );
    // The link in the delivered message confirms the account.
    let unfolded = message.replace("=\n", "").replace("=3D", "=");
    let token = token_in(&unfolded);
    app.login("smtp@example.org", PASSWORD).await;
    assert_eq!(
        app.call::<ConfirmEmail>(&[("token", &token)])
            .await
            .status(),
        StatusCode::OK
    );

    let mut status = String::new();
    for _ in 0..50 {
        status = app
            .last_mail_to("smtp@example.org")
            .await
            .status
            .code()
            .to_owned();
        if status == "sent" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(status, "sent");
    // Once delivered, the outbox keeps no usable link.
    let kept = app.last_mail_to("smtp@example.org").await.body_text;
    assert!(!kept.contains(&token), "{kept}");
    assert!(kept.contains("token=[removed once sent]"), "{kept}");
    // And the captured-mail page, meant for installs without SMTP, is not there.
    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("postmaster@itu.example").await;
    assert_eq!(
        app.call::<ListCapturedMail>(&[]).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_message_left_sending_by_a_stopped_instance_is_sent_once_its_claim_runs_out() {
    use sea_orm::{ActiveModelTrait, Set};
    let (port, mut inbox) = smtp_listener().await;
    let app = spawn_app_with(Options {
        smtp_url: Some(format!("smtp://127.0.0.1:{port}")),
        ..Options::default()
    })
    .await;
    let now = app.ctx.clock.now();
    let stuck = |to: &str, claimed_at: i64| app::entity::mail::ActiveModel {
        kind: Set(app::codes::MailKind::Review),
        to_address: Set(to.into()),
        subject: Set("Stuck".into()),
        body_text: Set("A message".into()),
        status: Set(app::codes::MailStatus::Sending),
        attempts: Set(1),
        last_error: Set(None),
        created_at: Set(now - 3600),
        sent_at: Set(None),
        claimed_at: Set(Some(claimed_at)),
        ..Default::default()
    };
    // One claimed long ago (its instance stopped), one claimed just now (still being sent).
    stuck("lapsed@example.org", now - 3600)
        .insert(&app.ctx.db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    stuck("busy@example.org", now)
        .insert(&app.ctx.db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let message = tokio::time::timeout(Duration::from_secs(15), inbox.recv())
        .await
        .unwrap_or_else(|_| panic!("the lapsed message was not retried"))
        .expect("a mail in the inbox");
    assert!(message.contains("To: lapsed@example.org"), "{message}");
    let mut status = String::new();
    for _ in 0..50 {
        status = app
            .last_mail_to("lapsed@example.org")
            .await
            .status
            .code()
            .to_owned();
        if status == "sent" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(status, "sent");
    // The message still within its claim is left to the instance sending it.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        app.last_mail_to("busy@example.org").await.status.code(),
        "sending"
    );
}
