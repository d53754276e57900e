//! Screening: decisions, change requests and their deadlines, moves, flags, and when screening may run.

use super::*;

#[tokio::test]
async fn markup_typed_in_a_title_is_shown_as_text_to_the_screener() {
    let app = spawn_app().await;
    app.signed_in_account("markup@example.org").await;
    let id = new_draft(&app, "C9").await;
    let good = description("Radio", 170);
    let title = "<script>alert('x')</script> Radio \u{202e}Waves";
    app.call::<SaveSubmission>(&form(&id, title, "Radio Libre", &good))
        .await;
    app.call::<SubmitSubmission>(&[("id", &id)]).await;
    // Every page that shows the title shows it as text, the bidi control kept as typed.
    let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Radio \u{202e}Waves";
    for page in ["/submissions".to_owned(), format!("/submissions/{id}")] {
        let (status, html) = app.get_page(&page).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            html.contains(escaped)
                || html.contains("&lt;script&gt;alert('x')&lt;/script&gt; Radio \u{202e}Waves"),
            "{page}"
        );
        assert!(!html.contains("<script>alert('x')"), "{page}: never raw");
    }
    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("screen@itu.example").await;
    app.allow_screening_during_submission().await;
    for page in [
        format!("/admin/screening/{id}"),
        "/admin/screening".to_owned(),
    ] {
        let (status, html) = app.get_page(&page).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("&lt;script&gt;alert("), "{page}: escaped");
        assert!(html.contains("Radio \u{202e}Waves"), "{page}");
        assert!(!html.contains("<script>alert('x')"), "{page}: never raw");
    }
}

#[tokio::test]
async fn the_secretariat_asks_for_changes_the_owner_resubmits_and_the_project_is_found_eligible() {
    let app = spawn_app().await;
    app.signed_in_account("changes@example.org").await;
    let id = new_draft(&app, "C7.3").await;
    let good = description("School", 170);
    app.call::<SaveSubmission>(&form(&id, "School Online", "Open Schools Trust", &good))
        .await;
    app.call::<SubmitSubmission>(&[("id", &id)]).await;
    let owner_cookie = app.client.clone();
    app.call::<Logout>(&[]).await;

    app.signed_in_secretariat("screening@itu.example").await;

    app.allow_screening_during_submission().await;
    let queue: serde_json::Value = app
        .call::<GetScreeningQueue>(&[
            ("category", ""),
            ("status", ""),
            ("country", ""),
            ("region", "africa"),
            ("stakeholder_type", ""),
            ("flagged", ""),
        ])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(queue["counts"]["submitted"], 1);
    assert_eq!(queue["rows"][0]["title"], "School Online");
    let none: serde_json::Value = app
        .call::<GetScreeningQueue>(&[
            ("category", ""),
            ("status", ""),
            ("country", ""),
            ("region", "europe"),
            ("stakeholder_type", ""),
            ("flagged", ""),
        ])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(none["rows"], serde_json::json!([]));

    let no_message = app
        .call::<DecideSubmission>(&[
            ("id", &id),
            ("decision", "request_changes"),
            ("text", " "),
            ("days", "3"),
            ("to_category", ""),
        ])
        .await;
    assert!(
        no_message
            .text()
            .await
            .expect("a response body")
            .contains("reason-required")
    );
    let res = app
        .call::<DecideSubmission>(&[
            ("id", &id),
            ("decision", "request_changes"),
            ("text", "Please give the number of pupils reached."),
            ("days", "3"),
            ("to_category", ""),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let mail = app.last_mail_to("changes@example.org").await;
    assert!(
        mail.body_text
            .contains("Please give the number of pupils reached.")
    );
    app.call::<Logout>(&[]).await;

    // The owner sees the message, edits and sends again.
    assert_eq!(
        app.login("changes@example.org", PASSWORD).await.status(),
        StatusCode::OK
    );
    let view = app.submission(&id).await;
    assert_eq!(view.status, SubmissionStatus::ChangesRequested);
    assert_eq!(
        view.changes_message.as_deref(),
        Some("Please give the number of pupils reached.")
    );
    assert!(view.editable);
    let mut changed = form(&id, "School Online", "Open Schools Trust", &good);
    changed[9] = ("impact_quantitative", "120 schools, 48,000 pupils.");
    assert_eq!(
        app.call::<SaveSubmission>(&changed).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.call::<SubmitSubmission>(&[("id", &id)]).await.status(),
        StatusCode::OK
    );
    assert_eq!(status_of(&app, &id).await, SubmissionStatus::Submitted);
    let _ = owner_cookie;
    app.call::<Logout>(&[]).await;

    app.login("screening@itu.example", PASSWORD).await;
    let res = app
        .call::<DecideSubmission>(&[
            ("id", &id),
            ("decision", "eligible"),
            ("text", ""),
            ("days", ""),
            ("to_category", ""),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let view = app.screened(&id).await;
    assert_eq!(view.status, SubmissionStatus::Eligible);
    let log = app.audit_log().await;
    let actions: Vec<&str> = log.rows.iter().map(|r| r.action.as_str()).collect();
    assert!(
        actions.starts_with(&[
            "screening.eligible",
            "submission.resubmit",
            "screening.request_changes"
        ]),
        "{actions:?}"
    );
    assert!(actions.contains(&"submission.submit"), "{actions:?}");
}

#[tokio::test]
async fn when_the_deadline_for_changes_lapses_the_submission_returns_to_screening_as_it_is() {
    let app = spawn_app().await;
    app.signed_in_account("late@example.org").await;
    let id = new_draft(&app, "C6").await;
    let good = description("Policy", 170);
    app.call::<SaveSubmission>(&form(&id, "Open Policy Lab", "Policy Lab", &good))
        .await;
    app.call::<SubmitSubmission>(&[("id", &id)]).await;
    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("deadline@itu.example").await;
    app.allow_screening_during_submission().await;
    app.call::<DecideSubmission>(&[
        ("id", &id),
        ("decision", "request_changes"),
        ("text", "Add partners."),
        ("days", "2"),
        ("to_category", ""),
    ])
    .await;
    app.call::<Logout>(&[]).await;

    app.ctx.clock.advance(2 * 86_400 + 1);
    app.login("late@example.org", PASSWORD).await;
    let res = app
        .call::<SaveSubmission>(&form(&id, "Open Policy Lab", "Policy Lab", &good))
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("submission-deadline-passed")
    );
    let view = app.submission(&id).await;
    assert_eq!(view.status, SubmissionStatus::Submitted);
    assert_eq!(view.decisions[0].decision, "changes_lapsed");
}

#[tokio::test]
async fn the_secretariat_moves_a_submission_with_a_reason_unless_the_entity_is_already_there() {
    let app = spawn_app().await;
    app.signed_in_account("mover@example.org").await;
    let good = description("Farm", 170);
    let a = sent_submission(&app, "C7.7", "Farm Prices by SMS", "AgriNet", &good).await;
    sent_submission(
        &app,
        "C7.2",
        "Market Access",
        "AgriNet",
        &description("Market", 170),
    )
    .await;
    app.call::<Logout>(&[]).await;

    app.signed_in_secretariat("move@itu.example").await;

    app.allow_screening_during_submission().await;
    let res = app
        .call::<DecideSubmission>(&[
            ("id", &a),
            ("decision", "move"),
            ("text", "Fits e-business"),
            ("days", ""),
            ("to_category", "C7.2"),
        ])
        .await;
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("submission-entity-taken")
    );
    let res = app
        .call::<DecideSubmission>(&[
            ("id", &a),
            ("decision", "move"),
            ("text", "Fits e-science better"),
            ("days", ""),
            ("to_category", "C7.8"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let view = app.screened(&a).await;
    assert_eq!(view.category_code, "C7.8");
    assert_eq!(view.decisions[0].reason, "Fits e-science better");
}

#[tokio::test]
async fn near_duplicate_projects_from_two_organisations_are_flagged_on_both() {
    let app = spawn_app().await;
    app.signed_in_account("dup1@example.org").await;
    let text = description("Solar", 180);
    let a = sent_submission(&app, "C2", "Solar Schools Network", "Sun For All", &text).await;
    let other = other_person(&app, "dup2@example.org").await;
    let b = new_draft(&other, "C2").await;
    let edited = text.replacen("affordable", "cheap", 1);
    other
        .call::<SaveSubmission>(&form(
            &b,
            "Solar Schools Network!",
            "Bright Futures NGO",
            &edited,
        ))
        .await;
    other.call::<SubmitSubmission>(&[("id", &b)]).await;

    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("flags@itu.example").await;
    app.allow_screening_during_submission().await;
    for (id, partner) in [(&a, &b), (&b, &a)] {
        let view = app.screened(id).await;
        let kinds: Vec<&str> = view.flags.iter().map(|f| f.kind.as_str()).collect();
        assert!(
            kinds.contains(&"similar_title") && kinds.contains(&"similar_description"),
            "{kinds:?}"
        );
        assert_eq!(
            view.flags[0]
                .other_submission_id
                .map(|id| id.to_string())
                .expect("the other submission"),
            *partner
        );
    }
    let flagged: serde_json::Value = app
        .call::<GetScreeningQueue>(&[
            ("category", "C2"),
            ("status", ""),
            ("country", ""),
            ("region", ""),
            ("stakeholder_type", ""),
            ("flagged", "1"),
        ])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(flagged["counts"]["submitted"], 2);
}

#[tokio::test]
async fn after_the_submission_phase_drafts_are_frozen_and_screening_stops_when_voting_opens() {
    let app = spawn_app().await;
    app.signed_in_account("frozen@example.org").await;
    let id = new_draft(&app, "C1").await;
    let good = description("Gov", 170);
    app.call::<SaveSubmission>(&form(
        &id,
        "Open Government",
        "Ministry of Digital Affairs",
        &good,
    ))
    .await;
    let sent = sent_submission(
        &app,
        "C5",
        "Safe Online",
        "Ministry of Digital Affairs",
        &good,
    )
    .await;

    // The seeded submission phase lasts 90 days; then screening opens. (Sign in again: a
    // sign-in token lives an hour.)
    app.ctx.clock.advance(91 * 86_400);
    app.login("frozen@example.org", PASSWORD).await;
    let res = app
        .call::<SaveSubmission>(&form(
            &id,
            "Open Government",
            "Ministry of Digital Affairs",
            &good,
        ))
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("submission-phase-closed")
    );
    assert_eq!(create(&app, "C2").await.status(), StatusCode::CONFLICT);
    app.call::<Logout>(&[]).await;

    app.signed_in_secretariat("late-screen@itu.example").await;

    app.allow_screening_during_submission().await;
    assert_eq!(
        app.call::<DecideSubmission>(&[
            ("id", &sent),
            ("decision", "eligible"),
            ("text", ""),
            ("days", ""),
            ("to_category", "")
        ])
        .await
        .status(),
        StatusCode::OK
    );
    // Voting opens 30 days after screening: the list is frozen.
    app.ctx.clock.advance(31 * 86_400);
    app.login("late-screen@itu.example", PASSWORD).await;
    let res = app
        .call::<DecideSubmission>(&[
            ("id", &sent),
            ("decision", "not_eligible"),
            ("text", "late"),
            ("days", ""),
            ("to_category", ""),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("screening-closed")
    );
}

#[tokio::test]
async fn only_the_secretariat_screens_and_drafts_are_not_in_the_queue() {
    let app = spawn_app().await;
    app.signed_in_account("nosy@example.org").await;
    let id = new_draft(&app, "C8").await;
    let q = [
        ("category", ""),
        ("status", ""),
        ("country", ""),
        ("region", ""),
        ("stakeholder_type", ""),
        ("flagged", ""),
    ];
    assert_eq!(
        app.call::<GetScreeningQueue>(&q).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.call::<DecideSubmission>(&[
            ("id", &id),
            ("decision", "eligible"),
            ("text", ""),
            ("days", ""),
            ("to_category", "")
        ])
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("queue@itu.example").await;
    app.allow_screening_during_submission().await;
    let queue: serde_json::Value = app
        .call::<GetScreeningQueue>(&q)
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(queue["rows"], serde_json::json!([]));
    assert_eq!(
        app.call::<GetSubmissionForScreening>(&[("id", &id)])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_screener_dismisses_a_flag_with_a_reason_and_it_leaves_the_queue_count() {
    let app = spawn_app().await;
    app.signed_in_account("twin1@example.org").await;
    let text = description("Twin", 175);
    let a = sent_submission(&app, "C10", "Ethics Online", "Ethics Forum", &text).await;
    let other = other_person(&app, "twin2@example.org").await;
    sent_submission(&other, "C10", "Ethics Online", "Another Forum", &text).await;
    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("dismiss@itu.example").await;
    app.allow_screening_during_submission().await;
    let view = app.screened(&a).await;
    let flags = view.flags.clone();
    assert!(!flags.is_empty());
    let first = flags[0].id.to_string();
    let no_reason = app
        .call::<DismissFlag>(&[("id", &a), ("flag", &first), ("reason", "")])
        .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    for f in &flags {
        let res = app
            .call::<DismissFlag>(&[
                ("id", &a),
                ("flag", &f.id.to_string()),
                ("reason", "Two partners of one consortium"),
            ])
            .await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let view = app.screened(&a).await;
    assert!(view.flags.is_empty());
    let again = app
        .call::<DismissFlag>(&[("id", &a), ("flag", &first), ("reason", "again")])
        .await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
    let log = app.audit_log().await;
    assert_eq!(log.rows[0].action, "screening.dismiss_flag");
}
