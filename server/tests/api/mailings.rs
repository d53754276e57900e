//! Group messages: the secretariat writes to a group in English and other languages, checks
//! each version with its count of recipients, confirms; the outbox sends at its rate, each
//! person their language's version (else English) once. Mail to voters carries a link that
//! stops contest messages, and a voter who followed it is left out of the next.

use std::sync::Arc;

use app::{
    accounts::StopContestMail,
    entity::account,
    i18n::Locale,
    mailings::{
        DiscardMailing, GetMailing, MailingStatus, MailingView, PrepareMailing, SendMailing,
        service,
    },
    state::{AppContext, DomainConfig},
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use crate::support::{Options, TestApp, cast, ok, open_vote, other_person};

async fn set_locale(app: &TestApp, email: &str, locale: Locale) {
    account::Entity::update_many()
        .col_expr(account::Column::Locale, Expr::value(locale))
        .filter(account::Column::Email.eq(email))
        .exec(&app.ctx.db)
        .await
        .expect("the language");
}

/// The application's context with the outbox's rate set to `per_minute`.
fn at_rate(app: &TestApp, per_minute: u32) -> AppContext {
    AppContext {
        config: Arc::new(DomainConfig {
            mailings_per_minute: per_minute,
            ..(*app.ctx.config).clone()
        }),
        ..app.ctx.clone()
    }
}

async fn prepare(app: &TestApp, fields: &[(&str, &str)]) -> i64 {
    let body = ok(app.call::<PrepareMailing>(fields).await, "a group message").await;
    body.trim().parse().expect("its id")
}

#[tokio::test]
async fn a_group_message_goes_to_its_group_once_each_in_their_language_after_its_confirmation() {
    let c = open_vote(Options::default()).await;
    let app = &c.app;
    set_locale(app, "alpha@owner.example", Locale::Fr).await;
    set_locale(app, "gamma@owner.example", Locale::Es).await;

    // Refused: a French subject without its body; no group; a round that is not one.
    let res = app
        .call::<PrepareMailing>(&[
            ("audience", "nominees"),
            ("subject_en", "Hello"),
            ("body_en", "Text"),
            ("subject_fr", "Bonjour"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("mailing-body-required")
    );
    let res = app
        .call::<PrepareMailing>(&[
            ("audience", "everyone"),
            ("subject_en", "x"),
            ("body_en", "y"),
        ])
        .await;
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("mailing-audience-invalid")
    );
    let res = app
        .call::<PrepareMailing>(&[
            ("audience", "experts"),
            ("round", "999999"),
            ("subject_en", "x"),
            ("body_en", "y"),
        ])
        .await;
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("mailing-round-invalid")
    );

    // To the nominees, in English and French: the page shows each version and its count.
    let id = prepare(
        app,
        &[
            ("audience", "nominees"),
            ("subject_en", "Your nominee's week"),
            ("body_en", "The vote is open: tell your community."),
            ("subject_fr", "La semaine de votre nominé"),
            ("body_fr", "Le vote est ouvert : dites-le autour de vous."),
        ],
    )
    .await;
    let view: MailingView = app.call_ok::<GetMailing>(&[("id", &id.to_string())]).await;
    assert_eq!((view.recipients, view.status), (3, MailingStatus::Prepared));
    let counts: Vec<(&str, u64)> = view
        .versions
        .iter()
        .map(|v| (v.locale.as_str(), v.recipients))
        .collect();
    assert_eq!(
        counts,
        [("en", 2), ("fr", 1)],
        "Spanish readers get English"
    );
    let (status, page) = app.get_page(&format!("/admin/mailings/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("La semaine de votre nominé"), "{page}");
    assert_eq!(page.matches("data-testid=\"mailing-version\"").count(), 2);

    // Nothing goes before the confirmation.
    assert_eq!(
        service::send_due(&at_rate(app, 600), app.ctx.clock.now())
            .await
            .expect("job"),
        0
    );
    assert!(
        app.mails_to("alpha@owner.example", "group_message")
            .await
            .is_empty()
    );

    // Confirmed without JavaScript, audited; a second confirmation is refused.
    let res = app
        .post_plain::<SendMailing>(&[("id", &id.to_string())], &format!("/admin/mailings/{id}"))
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/admin/mailings/{id}?confirmed=1").as_str())
    );
    let res = app.call::<SendMailing>(&[("id", &id.to_string())]).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let log = app.audit_log().await;
    let entry = log
        .rows
        .iter()
        .find(|e| e.action == "mailing.send")
        .expect("the sending audited");
    assert!(
        entry.details.contains("\"recipients\":3"),
        "{}",
        entry.details
    );
    assert!(entry.details.contains("nominees"), "{}", entry.details);

    // The outbox sends at its rate: two a minute here.
    let slow = at_rate(app, 2);
    let now = app.ctx.clock.now();
    let first = service::send_due(&slow, now).await.expect("job");
    let second = service::send_due(&slow, now + 60).await.expect("job");
    let third = service::send_due(&slow, now + 120).await.expect("job");
    assert!(first <= 2 && second <= 2, "{first} {second}");
    assert_eq!(first + second + third, 3);
    assert_eq!(service::send_due(&slow, now + 180).await.expect("job"), 0);
    let view: MailingView = app.call_ok::<GetMailing>(&[("id", &id.to_string())]).await;
    assert_eq!((view.sent, view.status), (3, MailingStatus::Sent));
    let fr = app.mails_to("alpha@owner.example", "group_message").await;
    let en = app.mails_to("zed@owner.example", "group_message").await;
    let es = app.mails_to("gamma@owner.example", "group_message").await;
    assert_eq!((fr.len(), en.len(), es.len()), (1, 1, 1), "once each");
    assert_eq!(fr[0].subject, "La semaine de votre nominé");
    assert_eq!(en[0].subject, "Your nominee's week");
    assert_eq!(es[0].subject, "Your nominee's week");
    assert!(
        !en[0].body_text.contains("/mail/stop"),
        "only voters get the stop link"
    );
    // A drafter is no nominee.
    assert!(
        app.mails_to("drafter@owner.example", "group_message")
            .await
            .is_empty()
    );

    // A prepared message may be discarded; a sent one may not.
    let draft_id = prepare(
        app,
        &[
            ("audience", "drafts"),
            ("subject_en", "Finish your entry"),
            ("body_en", "Soon."),
        ],
    )
    .await;
    let view: MailingView = app
        .call_ok::<GetMailing>(&[("id", &draft_id.to_string())])
        .await;
    assert_eq!(view.recipients, 1);
    ok(
        app.call::<DiscardMailing>(&[("id", &draft_id.to_string())])
            .await,
        "discarded",
    )
    .await;
    let res = app
        .call::<GetMailing>(&[("id", &draft_id.to_string())])
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app.call::<DiscardMailing>(&[("id", &id.to_string())]).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);

    // Nobody else may write one.
    let res = c
        .app
        .beside()
        .call::<PrepareMailing>(&[
            ("audience", "nominees"),
            ("subject_en", "x"),
            ("body_en", "y"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn voters_with_an_incomplete_ballot_are_written_to_with_a_link_that_stops_contest_messages() {
    let c = open_vote(Options::default()).await;
    let app = &c.app;
    // One voter leaves C1 empty; the other votes in both categories.
    let partial = other_person(app, "partial@voter.example").await;
    let (status, _) = cast(&partial, "C7.4", &c.c74[0]).await;
    assert_eq!(status, StatusCode::OK);
    let complete = other_person(app, "complete@voter.example").await;
    assert_eq!(cast(&complete, "C7.4", &c.c74[1]).await.0, StatusCode::OK);
    assert_eq!(cast(&complete, "C1", &c.c1).await.0, StatusCode::OK);

    let fields = [
        ("audience", "voters"),
        ("subject_en", "One category left"),
        ("body_en", "Your ballot counts once it is complete."),
    ];
    let id = prepare(app, &fields).await;
    let view: MailingView = app.call_ok::<GetMailing>(&[("id", &id.to_string())]).await;
    assert_eq!(view.recipients, 1);
    ok(
        app.call::<SendMailing>(&[("id", &id.to_string())]).await,
        "confirmed",
    )
    .await;
    service::send_due(&app.ctx, app.ctx.clock.now())
        .await
        .expect("job");
    let mails = app.mails_to("partial@voter.example", "group_message").await;
    assert_eq!(mails.len(), 1);
    assert!(
        app.mails_to("complete@voter.example", "group_message")
            .await
            .is_empty()
    );
    let body = &mails[0].body_text;
    let link = body
        .split_whitespace()
        .find(|w| w.contains("/mail/stop?key="))
        .expect("the stop link");
    let key = link.split("key=").nth(1).expect("its key").to_owned();

    // The link's page asks first (a link checker stops nothing); the button stops them, with
    // no sign-in.
    let stranger = app.beside();
    let (status, page) = stranger.get_page(&format!("/mail/stop?key={key}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("data-testid=\"mail-stopped\""), "{page}");
    let res = stranger
        .post_plain::<StopContestMail>(&[("key", &key)], &format!("/mail/stop?key={key}"))
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    let (_, page) = stranger
        .get_page(&format!("/mail/stop?key={key}&stopped=1"))
        .await;
    assert!(page.contains("data-testid=\"mail-stopped\""), "{page}");
    let res = stranger
        .call::<StopContestMail>(&[("key", &"0".repeat(48))])
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    // The next message to voters leaves them out: nobody is left in the group.
    let res = app.call::<PrepareMailing>(&fields).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("mailing-nobody")
    );
}
