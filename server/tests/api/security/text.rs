//! What people type comes back as text: in textareas, every field, names, profiles.

use super::*;

#[tokio::test]
async fn text_that_closes_a_textarea_stays_text_on_every_page_that_shows_it() {
    let app = spawn_app().await;
    app.signed_in_account("breakout@example.org").await;
    let id = new_draft(&app, "C3").await;
    let payload = "</textarea><img src=x onerror=alert(1)><script>alert(2)</script>";
    let short = format!("{payload} {}", description("Library", 160));
    let mut fields = form(
        &id,
        "Open Library </title><script>alert(3)</script>",
        "Library Trust",
        &short,
    );
    fields[8] = ("impact_qualitative", payload);
    assert_eq!(
        app.call::<SaveSubmission>(&fields).await.status(),
        StatusCode::OK
    );
    let (status, page) = app.get_page(&format!("/submissions/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let html = Html::parse_document(&page);
    assert_no_injected_script(&html, "the submission form");
    let areas = select(&html, "textarea#field-short_description");
    assert_eq!(areas.len(), 1, "one textarea, not broken out of");
    assert_eq!(areas[0].text().collect::<String>(), short);
    let impact = select(&html, "textarea#field-impact_qualitative");
    assert_eq!(impact[0].text().collect::<String>(), payload);
    // The page title is plain text too.
    let title = select(&html, "title");
    assert_eq!(title.len(), 1);

    // The screener's read-only view of the same text.
    app.call::<SubmitSubmission>(&[("id", &id)]).await;
    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("screens@itu.example").await;
    let (_, page) = app.get_page(&format!("/admin/screening/{id}")).await;
    let html = Html::parse_document(&page);
    assert_no_injected_script(&html, "the screening page");
    assert!(
        select(&html, "dd")
            .iter()
            .any(|d| d.text().collect::<String>() == payload)
    );
}

#[tokio::test]
async fn every_naughty_string_typed_in_every_text_field_comes_back_exactly_as_text() {
    let app = spawn_app().await;
    app.signed_in_account("naughty@example.org").await;
    let id = new_draft(&app, "C8").await;
    let strings = naughty_strings();
    assert!(strings.len() > 400);
    let short_base = description("Heritage", 160);
    let mut refused = 0;
    for (n, s) in strings.iter().enumerate() {
        // Embedded in otherwise valid input for every text field of the form.
        let title = format!("Heritage {n} {s}");
        let organisation = format!("Heritage Trust {n} {s}");
        let short = format!("{short_base} {s}");
        let long = format!("Measured impact {s} in villages");
        let mut fields = form(&id, &title, &organisation, &short);
        for (k, v) in &mut fields {
            if [
                "impact_qualitative",
                "impact_quantitative",
                "partnerships",
                "challenges",
            ]
            .contains(k)
            {
                *v = &long;
            }
        }
        let res = app.call::<SaveSubmission>(&fields).await;
        let status = res.status();
        let body = res.text().await.expect("a response body");
        if !one_line(&title) || status == StatusCode::UNPROCESSABLE_ENTITY {
            // Refused cleanly, with a message for a field, never a server error.
            assert_eq!(
                status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{n} {s:?}: {body}"
            );
            assert!(body.contains("Invalid"), "{n}: {body}");
            refused += 1;
            continue;
        }
        assert_eq!(status, StatusCode::OK, "{n} {s:?}: {body}");
        let (status, page) = app.get_page(&format!("/submissions/{id}")).await;
        assert_eq!(status, StatusCode::OK, "{n}");
        let html = Html::parse_document(&page);
        assert_no_injected_script(&html, &format!("string {n} {s:?}"));
        let value = |css: &str| {
            select(&html, css)
                .first()
                .and_then(|e| e.value().attr("value"))
                .map(str::to_owned)
        };
        let text = |css: &str| {
            select(&html, css)
                .first()
                .map(|e| e.text().collect::<String>())
        };
        assert_eq!(
            value("input#field-title").as_deref(),
            Some(title.trim()),
            "{n}"
        );
        assert_eq!(
            value("input#field-organisation").as_deref(),
            Some(organisation.trim()),
            "{n}"
        );
        assert_eq!(
            text("textarea#field-short_description").as_deref(),
            Some(short.trim()),
            "{n}"
        );
        assert_eq!(
            text("textarea#field-challenges").as_deref(),
            Some(long.trim()),
            "{n}"
        );
        // The heading shows the title as text.
        assert_eq!(text("main h1").as_deref(), Some(title.trim()), "{n}");
        // "My submissions" lists it, as text.
        let (_, list) = app.get_page("/submissions").await;
        let list = Html::parse_document(&list);
        assert_no_injected_script(&list, &format!("my submissions, string {n}"));
        assert!(
            select(&list, "table.submissions a")
                .iter()
                .any(|a| a.text().collect::<String>() == title.trim()),
            "{n}"
        );
    }
    assert!(refused < strings.len() / 4, "{refused} refused");
}

#[tokio::test]
async fn a_name_with_markup_or_bidi_controls_is_text_in_the_header_profile_and_back_office() {
    let app = spawn_app().await;
    let res = app
        .call::<RegisterAccount>(&[
            ("email", "bidi@example.org"),
            ("password", PASSWORD),
            ("name", "Ivan <script>alert(1)</script> \u{202e}Petrov"),
            ("organisation", "Org \"><img src=x onerror=alert(2)>"),
            ("country", "RU"),
            ("stakeholder_type", "academia"),
            ("consent", "yes"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let token = app.token_from_mail("bidi@example.org").await;
    app.login("bidi@example.org", PASSWORD).await;
    app.call::<ConfirmEmail>(&[("token", &token)]).await;
    for page in ["/", "/account", "/submissions"] {
        let (_, body) = app.get_page(page).await;
        let html = Html::parse_document(&body);
        assert_no_injected_script(&html, page);
        assert!(
            select(&html, "[data-testid=me]")
                .iter()
                .any(|e| e.text().collect::<String>()
                    == "Ivan <script>alert(1)</script> \u{202e}Petrov"),
            "{page}"
        );
    }
    let (_, body) = app.get_page("/account").await;
    let html = Html::parse_document(&body);
    assert_eq!(
        select(&html, "input#field-organisation")[0]
            .value()
            .attr("value"),
        Some("Org \"><img src=x onerror=alert(2)>")
    );
    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("backoffice@itu.example").await;
    let (_, body) = app.get_page("/admin/accounts?q=bidi").await;
    let html = Html::parse_document(&body);
    assert_no_injected_script(&html, "accounts");
    assert!(body.contains("Ivan &lt;script&gt;alert(1)&lt;/script&gt; \u{202e}Petrov"));
}

#[tokio::test]
async fn every_naughty_string_in_a_profile_comes_back_as_text_in_the_header_and_the_form() {
    let app = spawn_app().await;
    app.signed_in_account("naughty-profile@example.org").await;
    let mut refused = 0;
    let strings = naughty_strings();
    for (n, s) in strings.iter().enumerate() {
        let name = format!("Ama {s}");
        let organisation = format!("Trust {n} {s}");
        let res = app
            .call::<UpdateProfile>(&[
                ("name", &name),
                ("organisation", &organisation),
                ("country", "GH"),
                ("stakeholder_type", "civil_society"),
                ("locale", "en"),
            ])
            .await;
        let status = res.status();
        if status != StatusCode::OK {
            // Refused cleanly (too long, control characters), never a server error.
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{n} {s:?}");
            refused += 1;
            continue;
        }
        let (status, page) = app.get_page("/account").await;
        assert_eq!(status, StatusCode::OK, "{n}");
        let html = Html::parse_document(&page);
        assert_no_injected_script(&html, &format!("profile string {n} {s:?}"));
        assert_eq!(
            select(&html, "[data-testid=me]")
                .first()
                .map(|e| e.text().collect::<String>())
                .as_deref(),
            Some(name.trim()),
            "{n}"
        );
        assert_eq!(
            select(&html, "input#field-organisation")
                .first()
                .and_then(|e| e.value().attr("value")),
            Some(organisation.trim()),
            "{n}"
        );
    }
    assert!(refused < strings.len() / 3, "{refused} refused");
}
