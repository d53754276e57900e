//! Anomaly review: groups held until the secretariat decides, and the reminders of incomplete ballots.

use super::*;

#[tokio::test]
async fn suspicious_groups_are_held_until_the_secretariat_releases_or_invalidates_them() {
    let Contest { app, c74, c1, .. } = contest(Options {
        anomalies: app::limits::FlagThresholds {
            burst_votes: 3,
            bulk_accounts: 1_000,
            uniform_ballots: 1_000,
            // One window for the whole test: every vote from the loopback is one burst.
            window_secs: 100_000_000,
        },
        ..Options::default()
    })
    .await;
    move_to(&app, "voting", false).await;
    for email in [
        "v1@public.example",
        "v2@public.example",
        "v3@public.example",
        "throwaway@mailinator.com",
    ] {
        let voter = other_person(&app, email).await;
        assert_eq!(cast(&voter, "C7.4", &c74[0]).await.0, StatusCode::OK);
        assert_eq!(cast(&voter, "C1", &c1).await.0, StatusCode::OK);
    }
    again(&app, "secretariat@itu.example").await;
    let held: u64 = app.call_ok::<SweepNow>(&[]).await;
    assert_eq!(held, 8, "every vote is in the burst");
    let flags: app::voting::Flags = app.call_ok::<GetFlags>(&[]).await;
    let kinds: Vec<FlagKind> = flags.rows.iter().map(|f| f.kind).collect();
    assert_eq!(flags.rows.len(), 2, "{kinds:?}");
    let burst = flags
        .rows
        .iter()
        .find(|f| f.kind == FlagKind::Burst)
        .expect("the burst");
    let disposable = flags
        .rows
        .iter()
        .find(|f| f.kind == FlagKind::DisposableDomain)
        .expect("the disposable domain");
    assert_eq!((burst.votes, disposable.votes), (8, 2));
    assert_eq!(disposable.key, "mailinator.com");
    // A second sweep finds nothing new.
    assert_eq!(app.call_ok::<SweepNow>(&[]).await, 0);
    let live: app::voting::VoteOverview = app.call_ok::<GetVoteOverview>(&[]).await;
    assert_eq!(live.held, 8);

    // A decision needs a reason; the disposable group is invalidated, the burst released:
    // a vote in both stays invalid.
    let decide = |flag: i64, decision: &'static str, reason: &'static str| {
        let app = &app;
        async move {
            app.call::<DecideFlag>(&[
                ("flag_id", &flag.to_string()),
                ("decision", decision),
                ("reason", reason),
            ])
            .await
            .status()
        }
    };
    assert_eq!(
        decide(disposable.id, "invalidate", "").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        decide(disposable.id, "erase", "No such decision.").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        decide(disposable.id, "invalidate", "Throw-away mailboxes.").await,
        StatusCode::OK
    );
    assert_eq!(
        decide(burst.id, "release", "The ministry's own network, checked.").await,
        StatusCode::OK
    );
    let status_of = |email: &'static str| {
        let app = &app;
        async move {
            votes_of(app, email)
                .await
                .into_iter()
                .map(|v| v.status.code())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(status_of("v1@public.example").await, ["valid", "valid"]);
    assert_eq!(
        status_of("throwaway@mailinator.com").await,
        ["invalid", "invalid"]
    );
    let log = app.audit_log().await;
    assert_eq!(
        log.rows
            .iter()
            .filter(|e| e.action == "voting.flag_decided")
            .count(),
        2
    );

    // The secretariat extends the list of disposable domains; the next voter there is held,
    // though the burst their votes join was released.
    let res = app
        .call::<AddDisposableDomain>(&[("domain", "not a domain")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .call::<AddDisposableDomain>(&[("domain", "@Spam.Example")])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let spammer = other_person(&app, "someone@spam.example").await;
    assert_eq!(cast(&spammer, "C7.4", &c74[1]).await.0, StatusCode::OK);
    assert_eq!(cast(&spammer, "C1", &c1).await.0, StatusCode::OK);
    assert_eq!(app.call_ok::<SweepNow>(&[]).await, 2);
    assert_eq!(status_of("someone@spam.example").await, ["held", "held"]);

    // Results are not final while a vote is held.
    move_to(&app, "voting", true).await;
    again(&app, "secretariat@itu.example").await;
    let res = app.call::<ResultsFinal>(&[]).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("results-held-votes")
    );
    let flags: app::voting::Flags = app.call_ok::<GetFlags>(&[]).await;
    let spam = flags
        .rows
        .iter()
        .find(|f| f.key == "spam.example")
        .expect("the new group");
    assert!(spam.decision.is_none());
    assert_eq!(
        decide(spam.id, "invalidate", "A mailbox service.").await,
        StatusCode::OK
    );
    let fixed: app::voting::Finalized = app.call_ok::<ResultsFinal>(&[]).await;
    assert_eq!((fixed.votes, fixed.valid), (10, 6));
    // Once final, the review is closed.
    assert_eq!(
        decide(burst.id, "hold", "Too late.").await,
        StatusCode::CONFLICT
    );
}

#[tokio::test]
async fn voters_with_an_incomplete_ballot_are_reminded_once_before_the_close() {
    let Contest { app, c74, c1, .. } = open_vote(Options::default()).await;
    let partial = other_person(&app, "partial@public.example").await;
    assert_eq!(cast(&partial, "C7.4", &c74[0]).await.0, StatusCode::OK);
    let complete = other_person(&app, "complete@public.example").await;
    assert_eq!(cast(&complete, "C7.4", &c74[0]).await.0, StatusCode::OK);
    assert_eq!(cast(&complete, "C1", &c1).await.0, StatusCode::OK);
    // Early in the vote: nobody is reminded yet.
    let now = app.ctx.clock.now();
    assert_eq!(
        app::voting::reminders::send_due(&app.ctx, now)
            .await
            .expect("the reminders"),
        0
    );
    // Two days before the close.
    let voting = phase::Entity::find()
        .filter(phase::Column::Kind.eq("voting"))
        .one(&app.ctx.db)
        .await
        .expect("the phases")
        .expect("the voting phase");
    app.ctx
        .clock
        .advance(voting.closes_at - 2 * 86_400 - app.ctx.clock.now());
    let now = app.ctx.clock.now();
    let first = app::voting::reminders::send_due(&app.ctx, now)
        .await
        .expect("the reminders");
    let again_sent = app::voting::reminders::send_due(&app.ctx, now)
        .await
        .expect("the reminders");
    // The background job may have sent it first: once in all.
    assert!(first <= 1 && again_sent == 0, "{first} then {again_sent}");
    let mail = app.last_mail_to("partial@public.example").await;
    assert_eq!(mail.kind.code(), "vote_reminder");
    assert!(mail.body_text.contains("C1"), "{}", mail.body_text);
    assert!(!mail.body_text.contains("C7.4"), "{}", mail.body_text);
    assert!(mail.body_text.contains("http://wsis.test/vote"));
    // A contest message: it ends with the link that stops them.
    assert!(
        mail.body_text.contains("http://wsis.test/mail/stop?key="),
        "{}",
        mail.body_text
    );
    let to_complete = app::entity::mail::Entity::find()
        .filter(app::entity::mail::Column::ToAddress.eq("complete@public.example"))
        .filter(app::entity::mail::Column::Kind.eq("vote_reminder"))
        .count(&app.ctx.db)
        .await
        .expect("a count");
    assert_eq!(to_complete, 0);
}
