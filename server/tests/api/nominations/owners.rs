//! Owners: drafts, sending, one place per organisation and category, pictures, co-owners.

use super::*;

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
        .call::<SaveSubmission>(&form(
            &id,
            "Village Connect",
            "Agence Sénégalaise",
            "Too short",
        ))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let missing: serde_json::Value = res.json().await.expect("a JSON response");
    assert_eq!(missing[0]["field"], "short_description");
    assert_eq!(missing[0]["message"], "short-description-too-short");
    let res = app.call::<SubmitSubmission>(&[("id", &id)]).await;
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
        .call::<SaveSubmission>(&form(&id, "Changed title", "Agence Sénégalaise", &long))
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
        app.call::<SaveSubmission>(&form(&id, "Village Connect", "Agence Sénégalaise", &good))
            .await
            .status(),
        StatusCode::OK
    );
    let mine: serde_json::Value = app
        .call::<ListMySubmissions>(&[])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(mine[0]["missing"], serde_json::json!([]));
    assert_eq!(mine[0]["category_code"], "C7.4");

    assert_eq!(
        app.call::<SubmitSubmission>(&[("id", &id)]).await.status(),
        StatusCode::OK
    );
    assert_eq!(status_of(&app, &id).await, SubmissionStatus::Submitted);
    let res = app
        .call::<SaveSubmission>(&form(&id, "Edited after", "Agence Sénégalaise", &good))
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
        bob.call::<GetSubmission>(&[("id", &id)]).await.status(),
        StatusCode::NOT_FOUND
    );
    let good = description("Library", 170);
    assert_eq!(
        bob.call::<SaveSubmission>(&form(&id, "Hijack", "Bob Org", &good))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        bob.call::<SubmitSubmission>(&[("id", &id)]).await.status(),
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
        app.call::<SaveSubmission>(&form(
            &first,
            "Clinic Link",
            "Agence Sénégalaise de l'Informatique S.A.",
            &good
        ))
        .await
        .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.call::<SubmitSubmission>(&[("id", &first)])
            .await
            .status(),
        StatusCode::OK
    );

    // Another person may draft under the same name (a draft reserves nothing) ...
    let second_person = other_person(&app, "second@example.org").await;
    let second = new_draft(&second_person, "C7.4").await;
    let res = second_person
        .call::<SaveSubmission>(&form(
            &second,
            "Other project",
            "AGENCE SENEGALAISE DE L INFORMATIQUE",
            &good,
        ))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // ... but not send it: the place is taken. The refusal names neither the other
    // submission nor its owner, and says whom to write to.
    let res = second_person
        .call::<SubmitSubmission>(&[("id", &second)])
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
        .call::<SaveSubmission>(&form(
            &third,
            "Training nurses",
            "Agence Senegalaise de l'Informatique",
            &good,
        ))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        second_person
            .call::<SubmitSubmission>(&[("id", &third)])
            .await
            .status(),
        StatusCode::OK
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
    let anonymous = crate::support::client()
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
    app.call::<SaveSubmission>(&form(
        &id,
        "Digital Skills Caravan",
        "Skills Caravan",
        &good,
    ))
    .await;

    assert_eq!(
        app.call::<InviteCoOwner>(&[("id", &id), ("email", "not an address")])
            .await
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.call::<InviteCoOwner>(&[("id", &id), ("email", "Partner@Example.org")])
            .await
            .status(),
        StatusCode::OK
    );
    let token = app.token_from_mail("partner@example.org").await;
    let view = app.submission(&id).await;
    assert_eq!(view.invited, ["partner@example.org"]);

    // Someone else signed in cannot use the invitation.
    let wrong = other_person(&app, "intruder@example.org").await;
    let res = wrong.call::<AcceptInvitation>(&[("token", &token)]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // The invited person registers with that address, confirms, accepts.
    let partner = other_person(&app, "partner@example.org").await;
    let res = partner.call::<AcceptInvitation>(&[("token", &token)]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.text().await.expect("a response body"), id);
    let again = partner.call::<AcceptInvitation>(&[("token", &token)]).await;
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
        partner.call::<SaveSubmission>(&changed).await.status(),
        StatusCode::OK
    );
    let res = partner
        .call::<InviteCoOwner>(&[("id", &id), ("email", "third@example.org")])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let lead_id = crate::support::account_id(&app, "lead@example.org").await;
    let res = partner
        .call::<RemoveCoOwner>(&[("id", &id), ("account_id", &lead_id.to_string())])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        partner
            .call::<SubmitSubmission>(&[("id", &id)])
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
    let partner_id = crate::support::account_id(&app, "partner@example.org").await;
    assert_eq!(
        app.call::<RemoveCoOwner>(&[("id", &id), ("account_id", &partner_id.to_string())])
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        partner.call::<GetSubmission>(&[("id", &id)]).await.status(),
        StatusCode::NOT_FOUND
    );
}
