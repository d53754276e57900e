use app::nominations::SubmissionStatus;
use reqwest::StatusCode;

use crate::helpers::{
    PASSWORD, TestApp, create, description, form, new_draft, other_person, sent_submission,
    spawn_app, status_of,
};

#[tokio::test]
async fn an_unconfirmed_account_cannot_start_a_submission() {
    let app = spawn_app().await;
    app.register_account("fresh@example.org").await;
    app.login("fresh@example.org", PASSWORD).await;
    let res = create(&app, "C7.4").await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("submission-confirm-email-first")
    );
}

#[tokio::test]
async fn an_owner_drafts_comes_back_and_submits_and_the_submission_is_then_locked() {
    let app = spawn_app().await;
    app.signed_in_account("owner@example.org").await;
    let id = new_draft(&app, "C7.4").await;

    // An incomplete draft saves, and says what is missing.
    let res = app
        .call(
            "nominations/save-submission",
            &form(&id, "Village Connect", "Agence Sénégalaise", "Too short"),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let missing: serde_json::Value = res.json().await.expect("a JSON response");
    assert_eq!(missing[0]["field"], "short_description");
    assert_eq!(missing[0]["message"], "short-description-too-short");
    let res = app
        .call("nominations/submit-submission", &[("id", &id)])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("short-description-too-short")
    );

    // Too many words is refused and nothing changes.
    let long = description("Village", 201);
    let res = app
        .call(
            "nominations/save-submission",
            &form(&id, "Changed title", "Agence Sénégalaise", &long),
        )
        .await;
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("short-description-too-long")
    );
    let view = app.submission(&id).await;
    assert_eq!(view.form.title, "Village Connect");

    let good = description("Village", 170);
    assert_eq!(
        app.call(
            "nominations/save-submission",
            &form(&id, "Village Connect", "Agence Sénégalaise", &good)
        )
        .await
        .status(),
        StatusCode::OK
    );
    let mine: serde_json::Value = app
        .call("nominations/list-my-submissions", &[])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(mine[0]["missing"], serde_json::json!([]));
    assert_eq!(mine[0]["category_code"], "C7.4");

    assert_eq!(
        app.call("nominations/submit-submission", &[("id", &id)])
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(status_of(&app, &id).await, SubmissionStatus::Submitted);
    let res = app
        .call(
            "nominations/save-submission",
            &form(&id, "Edited after", "Agence Sénégalaise", &good),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("submission-locked")
    );
    let mail = app.last_mail_to("owner@example.org").await;
    assert!(mail.subject.contains("Village Connect"), "{}", mail.subject);
}

#[tokio::test]
async fn another_accounts_submission_does_not_exist_for_you() {
    let app = spawn_app().await;
    app.signed_in_account("alice@example.org").await;
    let id = new_draft(&app, "C3").await;
    let bob = other_person(&app, "bob@example.org").await;
    assert_eq!(
        bob.call("nominations/get-submission", &[("id", &id)])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let good = description("Library", 170);
    assert_eq!(
        bob.call(
            "nominations/save-submission",
            &form(&id, "Hijack", "Bob Org", &good)
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        bob.call("nominations/submit-submission", &[("id", &id)])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn one_organisation_has_one_sent_submission_per_category_whatever_the_spelling() {
    let app = spawn_app().await;
    app.signed_in_account("first@example.org").await;
    let first = new_draft(&app, "C7.4").await;
    let good = description("Clinic", 170);
    assert_eq!(
        app.call(
            "nominations/save-submission",
            &form(
                &first,
                "Clinic Link",
                "Agence Sénégalaise de l'Informatique S.A.",
                &good
            )
        )
        .await
        .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.call("nominations/submit-submission", &[("id", &first)])
            .await
            .status(),
        StatusCode::OK
    );

    // Another person may draft under the same name (a draft reserves nothing) ...
    let second_person = other_person(&app, "second@example.org").await;
    let second = new_draft(&second_person, "C7.4").await;
    let res = second_person
        .call(
            "nominations/save-submission",
            &form(
                &second,
                "Other project",
                "AGENCE SENEGALAISE DE L INFORMATIQUE",
                &good,
            ),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // ... but not send it: the place is taken. The refusal names neither the other
    // submission nor its owner, and says whom to write to.
    let res = second_person
        .call("nominations/submit-submission", &[("id", &second)])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("a response body");
    assert!(body.contains("submission-entity-taken"), "{body}");
    assert!(!body.contains("Clinic Link") && !body.contains("first@example.org"));
    let (_, html) = second_person
        .get_page(&format!("/submissions/{second}"))
        .await;
    assert!(
        html.contains("wsis-prizes@itu.example"),
        "the contact is shown"
    );

    // The same organisation in another category is fine.
    let third = new_draft(&second_person, "C4").await;
    let res = second_person
        .call(
            "nominations/save-submission",
            &form(
                &third,
                "Training nurses",
                "Agence Senegalaise de l'Informatique",
                &good,
            ),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        second_person
            .call("nominations/submit-submission", &[("id", &third)])
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn markup_typed_in_a_title_is_shown_as_text_to_the_screener() {
    let app = spawn_app().await;
    app.signed_in_account("markup@example.org").await;
    let id = new_draft(&app, "C9").await;
    let good = description("Radio", 170);
    let title = "<script>alert('x')</script> Radio \u{202e}Waves";
    app.call(
        "nominations/save-submission",
        &form(&id, title, "Radio Libre", &good),
    )
    .await;
    app.call("nominations/submit-submission", &[("id", &id)])
        .await;
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
    app.call("accounts/logout", &[]).await;
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
    app.call(
        "nominations/save-submission",
        &form(&id, "School Online", "Open Schools Trust", &good),
    )
    .await;
    app.call("nominations/submit-submission", &[("id", &id)])
        .await;
    let owner_cookie = app.client.clone();
    app.call("accounts/logout", &[]).await;

    app.signed_in_secretariat("screening@itu.example").await;

    app.allow_screening_during_submission().await;
    let queue: serde_json::Value = app
        .call(
            "nominations/get-screening-queue",
            &[
                ("category", ""),
                ("status", ""),
                ("country", ""),
                ("region", "africa"),
                ("stakeholder_type", ""),
                ("flagged", ""),
            ],
        )
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(queue["counts"]["submitted"], 1);
    assert_eq!(queue["rows"][0]["title"], "School Online");
    let none: serde_json::Value = app
        .call(
            "nominations/get-screening-queue",
            &[
                ("category", ""),
                ("status", ""),
                ("country", ""),
                ("region", "europe"),
                ("stakeholder_type", ""),
                ("flagged", ""),
            ],
        )
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(none["rows"], serde_json::json!([]));

    let no_message = app
        .call(
            "nominations/decide-submission",
            &[
                ("id", &id),
                ("decision", "request_changes"),
                ("text", " "),
                ("days", "3"),
                ("to_category", ""),
            ],
        )
        .await;
    assert!(
        no_message
            .text()
            .await
            .expect("a response body")
            .contains("reason-required")
    );
    let res = app
        .call(
            "nominations/decide-submission",
            &[
                ("id", &id),
                ("decision", "request_changes"),
                ("text", "Please give the number of pupils reached."),
                ("days", "3"),
                ("to_category", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let mail = app.last_mail_to("changes@example.org").await;
    assert!(
        mail.body_text
            .contains("Please give the number of pupils reached.")
    );
    app.call("accounts/logout", &[]).await;

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
        app.call("nominations/save-submission", &changed)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.call("nominations/submit-submission", &[("id", &id)])
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(status_of(&app, &id).await, SubmissionStatus::Submitted);
    let _ = owner_cookie;
    app.call("accounts/logout", &[]).await;

    app.login("screening@itu.example", PASSWORD).await;
    let res = app
        .call(
            "nominations/decide-submission",
            &[
                ("id", &id),
                ("decision", "eligible"),
                ("text", ""),
                ("days", ""),
                ("to_category", ""),
            ],
        )
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
    app.call(
        "nominations/save-submission",
        &form(&id, "Open Policy Lab", "Policy Lab", &good),
    )
    .await;
    app.call("nominations/submit-submission", &[("id", &id)])
        .await;
    app.call("accounts/logout", &[]).await;
    app.signed_in_secretariat("deadline@itu.example").await;
    app.allow_screening_during_submission().await;
    app.call(
        "nominations/decide-submission",
        &[
            ("id", &id),
            ("decision", "request_changes"),
            ("text", "Add partners."),
            ("days", "2"),
            ("to_category", ""),
        ],
    )
    .await;
    app.call("accounts/logout", &[]).await;

    app.ctx.clock.advance(2 * 86_400 + 1);
    app.login("late@example.org", PASSWORD).await;
    let res = app
        .call(
            "nominations/save-submission",
            &form(&id, "Open Policy Lab", "Policy Lab", &good),
        )
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
    app.call("accounts/logout", &[]).await;

    app.signed_in_secretariat("move@itu.example").await;

    app.allow_screening_during_submission().await;
    let res = app
        .call(
            "nominations/decide-submission",
            &[
                ("id", &a),
                ("decision", "move"),
                ("text", "Fits e-business"),
                ("days", ""),
                ("to_category", "C7.2"),
            ],
        )
        .await;
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("submission-entity-taken")
    );
    let res = app
        .call(
            "nominations/decide-submission",
            &[
                ("id", &a),
                ("decision", "move"),
                ("text", "Fits e-science better"),
                ("days", ""),
                ("to_category", "C7.8"),
            ],
        )
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
        .call(
            "nominations/save-submission",
            &form(&b, "Solar Schools Network!", "Bright Futures NGO", &edited),
        )
        .await;
    other
        .call("nominations/submit-submission", &[("id", &b)])
        .await;

    app.call("accounts/logout", &[]).await;
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
        .call(
            "nominations/get-screening-queue",
            &[
                ("category", "C2"),
                ("status", ""),
                ("country", ""),
                ("region", ""),
                ("stakeholder_type", ""),
                ("flagged", "1"),
            ],
        )
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
    app.call(
        "nominations/save-submission",
        &form(&id, "Open Government", "Ministry of Digital Affairs", &good),
    )
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
        .call(
            "nominations/save-submission",
            &form(&id, "Open Government", "Ministry of Digital Affairs", &good),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("submission-phase-closed")
    );
    assert_eq!(create(&app, "C2").await.status(), StatusCode::CONFLICT);
    app.call("accounts/logout", &[]).await;

    app.signed_in_secretariat("late-screen@itu.example").await;

    app.allow_screening_during_submission().await;
    assert_eq!(
        app.call(
            "nominations/decide-submission",
            &[
                ("id", &sent),
                ("decision", "eligible"),
                ("text", ""),
                ("days", ""),
                ("to_category", "")
            ]
        )
        .await
        .status(),
        StatusCode::OK
    );
    // Voting opens 30 days after screening: the list is frozen.
    app.ctx.clock.advance(31 * 86_400);
    app.login("late-screen@itu.example", PASSWORD).await;
    let res = app
        .call(
            "nominations/decide-submission",
            &[
                ("id", &sent),
                ("decision", "not_eligible"),
                ("text", "late"),
                ("days", ""),
                ("to_category", ""),
            ],
        )
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
        app.call("nominations/get-screening-queue", &q)
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.call(
            "nominations/decide-submission",
            &[
                ("id", &id),
                ("decision", "eligible"),
                ("text", ""),
                ("days", ""),
                ("to_category", "")
            ]
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    app.call("accounts/logout", &[]).await;
    app.signed_in_secretariat("queue@itu.example").await;
    app.allow_screening_during_submission().await;
    let queue: serde_json::Value = app
        .call("nominations/get-screening-queue", &q)
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(queue["rows"], serde_json::json!([]));
    assert_eq!(
        app.call("nominations/get-submission-for-screening", &[("id", &id)])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

fn png_bytes(width: u32, height: u32) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        width,
        height,
        image::Rgb([10, 120, 60]),
    ))
    .write_to(&mut out, image::ImageFormat::Png)
    .expect("a PNG");
    out.into_inner()
}

/// Uploads a picture like the form does: a success is a redirect to the form (its location
/// is returned); a failure is the form's page again, with its status and the message (the
/// page is returned, prefixed with the status).
pub(crate) async fn upload(app: &TestApp, id: &str, bytes: Vec<u8>, name: &str) -> String {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
    let res = app
        .client
        .post(app.url(&format!("/submissions/{id}/picture")))
        .header("accept", "text/html")
        .multipart(reqwest::multipart::Form::new().part("picture", part))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    if res.status() == StatusCode::SEE_OTHER {
        return res
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .expect("a Location header")
            .to_owned();
    }
    assert!(res.headers().get("location").is_none());
    let status = res.status();
    format!("{status} {}", res.text().await.expect("a response body"))
}

#[tokio::test]
async fn a_picture_is_checked_re_encoded_and_shown_only_to_those_who_may_see_it() {
    let app = spawn_app().await;
    app.signed_in_account("pics@example.org").await;
    let id = new_draft(&app, "C8").await;

    // A refused picture comes back as the form's page, 422, with the message in place.
    let page = upload(&app, &id, b"<svg onload=alert(1)>".to_vec(), "logo.png").await;
    assert!(page.starts_with("422"), "{page}");
    assert!(page.contains("This file is not a PNG, JPEG or WebP picture."));
    let page = upload(&app, &id, vec![0x89; 2 * 1024 * 1024 + 10], "huge.png").await;
    assert!(page.starts_with("422") && page.contains("This file is too large."));
    let page = upload(&app, &id, png_bytes(3000, 10), "wide.png").await;
    assert!(page.starts_with("422") && page.contains("too large in pixels"));
    let view = app.submission(&id).await;
    assert!(view.picture_id.is_none(), "nothing stored after refusals");

    let location = upload(&app, &id, png_bytes(800, 600), "photo.png").await;
    assert_eq!(location, format!("/submissions/{id}?picture=1"));
    let view = app.submission(&id).await;
    let picture = view.picture_id.expect("a number");
    let res = app
        .client
        .get(app.url(&format!("/pictures/{picture}")))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("image/jpeg")
    );
    assert_eq!(
        res.headers()
            .get("x-content-type-options")
            .and_then(|v| v.to_str().ok()),
        Some("nosniff")
    );
    let bytes = res.bytes().await.expect("the response bytes");
    assert_eq!(
        image::guess_format(&bytes).ok(),
        Some(image::ImageFormat::Jpeg)
    );
    let thumb = app
        .client
        .get(app.url(&format!("/pictures/{picture}/thumb")))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let thumb = image::load_from_memory(&thumb.bytes().await.expect("the response bytes"))
        .expect("a decodable thumbnail");
    assert_eq!((thumb.width(), thumb.height()), (480, 360));

    // A draft's picture is not public.
    let anonymous = crate::helpers::client()
        .get(app.url(&format!("/pictures/{picture}")))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(anonymous.status(), StatusCode::NOT_FOUND);
    let stranger = other_person(&app, "stranger@example.org").await;
    let res = stranger
        .client
        .get(app.url(&format!("/pictures/{picture}")))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let page = upload(&stranger, &id, png_bytes(100, 100), "x.png").await;
    assert!(page.starts_with("404"), "{page}");
}

#[tokio::test]
async fn the_owner_invites_a_newcomer_who_registers_accepts_and_edits_and_only_the_owner_manages_people()
 {
    let app = spawn_app().await;
    app.signed_in_account("lead@example.org").await;
    let id = new_draft(&app, "C4").await;
    let good = description("Skills", 170);
    app.call(
        "nominations/save-submission",
        &form(&id, "Digital Skills Caravan", "Skills Caravan", &good),
    )
    .await;

    assert_eq!(
        app.call(
            "nominations/invite-co-owner",
            &[("id", &id), ("email", "not an address")]
        )
        .await
        .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.call(
            "nominations/invite-co-owner",
            &[("id", &id), ("email", "Partner@Example.org")]
        )
        .await
        .status(),
        StatusCode::OK
    );
    let token = app.token_from_mail("partner@example.org").await;
    let view = app.submission(&id).await;
    assert_eq!(view.invited, ["partner@example.org"]);

    // Someone else signed in cannot use the invitation.
    let wrong = other_person(&app, "intruder@example.org").await;
    let res = wrong
        .call("nominations/accept-invitation", &[("token", &token)])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // The invited person registers with that address, confirms, accepts.
    let partner = other_person(&app, "partner@example.org").await;
    let res = partner
        .call("nominations/accept-invitation", &[("token", &token)])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.text().await.expect("a response body"), id);
    let again = partner
        .call("nominations/accept-invitation", &[("token", &token)])
        .await;
    assert!(
        again
            .text()
            .await
            .expect("a response body")
            .contains("link-used")
    );

    // The co-owner edits and sends; they may not manage people.
    let mut changed = form(&id, "Digital Skills Caravan", "Skills Caravan", &good);
    changed[11] = (
        "challenges",
        "Reaching nomadic communities; a second caravan in 2026.",
    );
    assert_eq!(
        partner
            .call("nominations/save-submission", &changed)
            .await
            .status(),
        StatusCode::OK
    );
    let res = partner
        .call(
            "nominations/invite-co-owner",
            &[("id", &id), ("email", "third@example.org")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let lead_id = crate::helpers::account_id(&app, "lead@example.org").await;
    let res = partner
        .call(
            "nominations/remove-co-owner",
            &[("id", &id), ("account_id", &lead_id.to_string())],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        partner
            .call("nominations/submit-submission", &[("id", &id)])
            .await
            .status(),
        StatusCode::OK
    );

    // The owner sees the change and removes the co-owner, who then no longer sees it.
    let view = app.submission(&id).await;
    assert_eq!(
        view.form.challenges,
        "Reaching nomadic communities; a second caravan in 2026."
    );
    assert_eq!(view.members.len(), 2);
    let partner_id = crate::helpers::account_id(&app, "partner@example.org").await;
    assert_eq!(
        app.call(
            "nominations/remove-co-owner",
            &[("id", &id), ("account_id", &partner_id.to_string())]
        )
        .await
        .status(),
        StatusCode::OK
    );
    assert_eq!(
        partner
            .call("nominations/get-submission", &[("id", &id)])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_earlier_winner_imported_from_csv_flags_the_same_project_submitted_again() {
    let app = spawn_app().await;
    app.signed_in_account("again@example.org").await;
    let id = new_draft(&app, "C7.7").await;
    let good = description("Farm", 170);
    app.call(
        "nominations/save-submission",
        &form(&id, "FarmPrice SMS Service", "AgriConnect Kenya Ltd", &good),
    )
    .await;
    app.call("nominations/submit-submission", &[("id", &id)])
        .await;
    app.call("accounts/logout", &[]).await;

    app.signed_in_secretariat("registry@itu.example").await;

    app.allow_screening_during_submission().await;
    let bad = app
        .call(
            "nominations/import-past-winners",
            &[(
                "csv",
                "2024,C7.7,Title,Org,KE\n1990,C1,Old,Org,KE\n2023,C7.4,x,y,ZZ\n",
            )],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = bad.text().await.expect("a response body");
    assert!(
        body.contains("line-2")
            && body.contains("past-winners-line-year")
            && body.contains("line-3"),
        "{body}"
    );
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        app::entity::past_winner::Entity::find()
            .count(&app.ctx.db)
            .await
            .unwrap_or(9),
        0,
        "all or nothing"
    );

    let csv = "year,category,title,organisation,country\n2023,C7.7,\"Farm Price SMS service\",\"AgriConnect Kenya\",KE\n2022,C3,Open Library Network,Libraries United,PE\n";
    let report: serde_json::Value = app
        .call("nominations/import-past-winners", &[("csv", csv)])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(
        (report["imported"].as_u64(), report["flagged"].as_u64()),
        (Some(2), Some(1))
    );
    let report: serde_json::Value = app
        .call("nominations/import-past-winners", &[("csv", csv)])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(
        (report["imported"].as_u64(), report["skipped"].as_u64()),
        (Some(0), Some(2))
    );

    let view = app.screened(&id).await;
    let flag = view
        .flags
        .iter()
        .find(|x| x.kind == "past_winner")
        .cloned()
        .expect("a flag for the earlier winner");
    assert!(flag.detail.contains("2023 C7.7"), "{flag:?}");
}

#[tokio::test]
async fn merging_two_names_of_one_entity_waits_for_double_entries_to_be_resolved_then_moves_submissions()
 {
    let app = spawn_app().await;
    app.signed_in_account("m1@example.org").await;
    let good = description("Data", 170);
    let a = sent_submission(
        &app,
        "C7.8",
        "Open Research Data",
        "National Research Network",
        &good,
    )
    .await;
    let other = other_person(&app, "m2@example.org").await;
    let b = new_draft(&other, "C7.8").await;
    other
        .call(
            "nominations/save-submission",
            &form(
                &b,
                "Science Cloud",
                "NREN of Senegal",
                &description("Cloud", 170),
            ),
        )
        .await;
    other
        .call("nominations/submit-submission", &[("id", &b)])
        .await;
    app.call("accounts/logout", &[]).await;

    app.signed_in_secretariat("merge@itu.example").await;

    app.allow_screening_during_submission().await;
    let orgs: serde_json::Value = app
        .call("nominations/list-organisations", &[("query", "")])
        .await
        .json()
        .await
        .expect("a JSON response");
    let id_of = |name: &str| {
        orgs.as_array()
            .and_then(|o| o.iter().find(|x| x["name"] == name))
            .map(|x| x["id"].to_string())
            .expect("the organisation in the list")
    };
    let (from, into) = (id_of("NREN of Senegal"), id_of("National Research Network"));
    let no_reason = app
        .call(
            "nominations/merge-organisations",
            &[("from", &from), ("into", &into), ("reason", "")],
        )
        .await;
    assert!(
        no_reason
            .text()
            .await
            .expect("a response body")
            .contains("reason-required")
    );
    // Both hold a place in C7.8: the merge would leave two sent submissions of one entity in
    // one category. It is refused, with the pair to resolve first.
    let merge = || async {
        app.call(
            "nominations/merge-organisations",
            &[
                ("from", &from),
                ("into", &into),
                ("reason", "NREN is the acronym of the same network"),
            ],
        )
        .await
    };
    let refused = merge().await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = refused.text().await.expect("a response body");
    assert!(body.contains("merge-duplicates"), "{body}");
    assert!(body.contains(&format!("pair-{b}-{a}")), "{body}");
    assert_eq!(
        app.call(
            "nominations/decide-submission",
            &[
                ("id", &b),
                ("decision", "not_eligible"),
                ("text", "Submitted twice by one network"),
                ("days", ""),
                ("to_category", ""),
            ],
        )
        .await
        .status(),
        StatusCode::OK
    );
    let res = merge().await;
    assert_eq!(res.status(), StatusCode::OK);

    for id in [&a, &b] {
        let view = app.screened(id).await;
        assert_eq!(view.form.organisation, "National Research Network");
        let kinds: Vec<&str> = view.flags.iter().map(|f| f.kind.as_str()).collect();
        assert!(kinds.contains(&"same_entity_category"), "{kinds:?}");
    }
    let orgs: serde_json::Value = app
        .call("nominations/list-organisations", &[("query", "NREN")])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(
        orgs,
        serde_json::json!([]),
        "a merged organisation is no longer listed"
    );
    let log = app.audit_log().await;
    assert_eq!(log.rows[0].action, "organisation.merge");
}

#[tokio::test]
async fn the_screener_dismisses_a_flag_with_a_reason_and_it_leaves_the_queue_count() {
    let app = spawn_app().await;
    app.signed_in_account("twin1@example.org").await;
    let text = description("Twin", 175);
    let a = sent_submission(&app, "C10", "Ethics Online", "Ethics Forum", &text).await;
    let other = other_person(&app, "twin2@example.org").await;
    sent_submission(&other, "C10", "Ethics Online", "Another Forum", &text).await;
    app.call("accounts/logout", &[]).await;
    app.signed_in_secretariat("dismiss@itu.example").await;
    app.allow_screening_during_submission().await;
    let view = app.screened(&a).await;
    let flags = view.flags.clone();
    assert!(!flags.is_empty());
    let first = flags[0].id.to_string();
    let no_reason = app
        .call(
            "nominations/dismiss-flag",
            &[("id", &a), ("flag", &first), ("reason", "")],
        )
        .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    for f in &flags {
        let res = app
            .call(
                "nominations/dismiss-flag",
                &[
                    ("id", &a),
                    ("flag", &f.id.to_string()),
                    ("reason", "Two partners of one consortium"),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let view = app.screened(&a).await;
    assert!(view.flags.is_empty());
    let again = app
        .call(
            "nominations/dismiss-flag",
            &[("id", &a), ("flag", &first), ("reason", "again")],
        )
        .await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
    let log = app.audit_log().await;
    assert_eq!(log.rows[0].action, "screening.dismiss_flag");
}
