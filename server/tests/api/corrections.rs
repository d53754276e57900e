//! The secretariat corrects a sent submission at any phase, with a reason: the change is
//! audited with its fields before and after, the owners are mailed which fields changed and
//! why, and every place that shows the entry follows at once: the ballot, the category and
//! project pages, the gallery's search, the open data and the book.

use app::{
    gallery::{SearchGallery, SearchResults},
    nominations::{CorrectSubmission, GetSubmissionForScreening, SubmissionForm, SubmissionView},
    voting::{Ballot, GetBallot},
};
use reqwest::StatusCode;
use sea_orm::{EntityTrait, QueryOrder};
use serde_json::Value;

use crate::support::{
    Options, TestApp, again, ok, open_vote, other_person, pdf_text, spawn_with_past_edition, upload,
};

/// The submission form as the secretariat reads it.
async fn form_of(app: &TestApp, id: &str) -> SubmissionForm {
    let v: SubmissionView = app
        .call_ok::<GetSubmissionForScreening>(&[("id", id)])
        .await;
    v.form
}

/// The correction's fields: the form as it stands, with `changes`, and a reason.
fn correction(
    id: &str,
    form: &SubmissionForm,
    changes: &[(&str, &str)],
    reason: &str,
) -> Vec<(String, String)> {
    let Value::Object(fields) = serde_json::to_value(form).expect("a form") else {
        panic!("a form is an object");
    };
    let mut out = vec![("id".to_owned(), id.to_owned())];
    for (k, v) in fields {
        let v = changes.iter().find(|(c, _)| *c == k).map_or_else(
            || v.as_str().unwrap_or_default().to_owned(),
            |(_, c)| (*c).to_owned(),
        );
        out.push((k, v));
    }
    out.push(("reason".to_owned(), reason.to_owned()));
    out
}

async fn correct(app: &TestApp, fields: &[(String, String)]) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.call::<CorrectSubmission>(&pairs).await
}

#[tokio::test]
async fn a_nominees_correction_reaches_the_ballot_at_once_is_audited_and_told_to_its_owners() {
    let c = open_vote(Options::default()).await;
    let app = &c.app;
    let id = c.c1.clone();
    let before = form_of(app, &id).await;
    let voter = other_person(app, "voter@public.example").await;
    let ballot: Ballot = voter.call_ok::<GetBallot>(&[]).await;
    assert!(
        ballot
            .categories
            .iter()
            .flat_map(|c| &c.nominees)
            .any(|n| n.title == "Open budgets")
    );

    // Refused: the owners (a correction is the secretariat's), no reason, nothing changed,
    // a form the rules refuse, a draft.
    let owner = app.beside();
    again(&owner, "gamma@owner.example").await;
    let fields = correction(&id, &before, &[("title", "Open budget")], "Typo");
    let res = correct(&owner, &fields).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = correct(
        app,
        &correction(&id, &before, &[("title", "Open budget")], "  "),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("reason-required")
    );
    let res = correct(app, &correction(&id, &before, &[], "Nothing")).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("correction-unchanged")
    );
    let res = correct(app, &correction(&id, &before, &[("title", "")], "Empty")).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap_or_default().contains("title"));
    let res = correct(
        app,
        &correction(&c.draft, &before, &[("title", "Mine now")], "Draft"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        form_of(app, &id).await,
        before,
        "nothing written by a refusal"
    );

    // Without JavaScript: back to the screening page.
    let fields = correction(
        &id,
        &before,
        &[
            ("title", "Open Budgets for All"),
            ("organisation", "Gamma Foundation"),
        ],
        "The title and the organisation were mistyped at submission.",
    );
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = app
        .post_plain::<CorrectSubmission>(&pairs, &format!("/admin/screening/{id}"))
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/admin/screening/{id}?corrected=1").as_str())
    );
    let after = form_of(app, &id).await;
    assert_eq!(
        (after.title.as_str(), after.organisation.as_str()),
        ("Open Budgets for All", "Gamma Foundation")
    );
    assert_eq!(after.short_description, before.short_description);

    // The ballot shows it at once.
    let ballot: Ballot = voter.call_ok::<GetBallot>(&[]).await;
    let shown = ballot
        .categories
        .iter()
        .flat_map(|c| &c.nominees)
        .find(|n| n.submission_id.to_string() == id)
        .expect("the nominee");
    assert_eq!(
        (shown.title.as_str(), shown.organisation.as_str()),
        ("Open Budgets for All", "Gamma Foundation")
    );

    // Audited with the changed fields before and after, and the reason.
    let log = app.audit_log().await;
    let entry = log
        .rows
        .iter()
        .find(|e| e.action == "submission.correct")
        .expect("the correction audited");
    assert!(entry.target.contains(&id), "{}", entry.target);
    assert_eq!(
        entry.reason.as_deref(),
        Some("The title and the organisation were mistyped at submission.")
    );
    let details: Value = serde_json::from_str(&entry.details).expect("JSON details");
    assert_eq!(details["old"]["title"], "Open budgets");
    assert_eq!(details["new"]["title"], "Open Budgets for All");
    assert_eq!(details["old"]["organisation"], "Gamma");
    assert_eq!(details["new"]["organisation"], "Gamma Foundation");
    assert!(
        details["old"].get("short_description").is_none(),
        "{details}"
    );

    // The owner is told which fields and why.
    let mails = app.mails_to("gamma@owner.example", "submission").await;
    let told = mails.last().expect("a mail to the owner");
    assert!(
        told.body_text
            .contains("Project title, Organisation (entity)"),
        "{}",
        told.body_text
    );
    assert!(
        told.body_text.contains("mistyped at submission"),
        "{}",
        told.body_text
    );
    assert!(
        told.subject.contains("Open Budgets for All"),
        "{}",
        told.subject
    );

    // The picture, from its own plain form, with a reason; without one it is refused and the
    // page says so.
    let bytes = crate::pictures::encoded(image::ImageFormat::Png);
    let part = reqwest::multipart::Part::bytes(bytes.clone()).file_name("logo.png");
    let res = app
        .client
        .post(app.url(&format!("/admin/screening/{id}/picture")))
        .header("accept", "text/html")
        .multipart(
            reqwest::multipart::Form::new()
                .part("picture", part)
                .text("reason", "The logo was cropped."),
        )
        .send()
        .await
        .expect("the upload");
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/admin/screening/{id}?corrected=1#correction").as_str())
    );
    let part = reqwest::multipart::Part::bytes(bytes).file_name("logo.png");
    let res = app
        .client
        .post(app.url(&format!("/admin/screening/{id}/picture")))
        .header("accept", "text/html")
        .multipart(reqwest::multipart::Form::new().part("picture", part))
        .send()
        .await
        .expect("the upload");
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = res.text().await.unwrap_or_default();
    assert!(page.contains("Give a reason"), "{page}");
    let ballot: Ballot = voter.call_ok::<GetBallot>(&[]).await;
    let shown = ballot
        .categories
        .iter()
        .flat_map(|c| &c.nominees)
        .find(|n| n.submission_id.to_string() == id)
        .expect("the nominee");
    assert!(shown.picture.is_some());
    let log = app.audit_log().await;
    assert_eq!(
        log.rows
            .iter()
            .filter(|e| e.action == "submission.correct")
            .count(),
        2
    );
    // The owners' own picture form is still theirs alone.
    assert!(
        upload(
            &owner,
            &id,
            crate::pictures::encoded(image::ImageFormat::Png),
            "mine.png"
        )
        .await
        .starts_with("403")
    );
}

#[tokio::test]
async fn a_published_winners_correction_shows_at_once_on_its_pages_in_the_search_the_open_data_and_the_book()
 {
    let (app, past) = spawn_with_past_edition().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    let holder = app::entity::award::Entity::find()
        .order_by_asc(app::entity::award::Column::Id)
        .one(&app.ctx.db)
        .await
        .expect("the awards")
        .expect("an award")
        .submission_id
        .to_string();
    let before = form_of(&app, &holder).await;
    let year = past.year;
    // A warm book, drawn before the correction: it must be drawn again.
    let book = |app: &TestApp| {
        let url = app.url(&format!("/book/{year}.pdf"));
        let client = app.client.clone();
        async move {
            let res = client.get(url).send().await.expect("the book");
            assert_eq!(res.status(), StatusCode::OK);
            pdf_text(&res.bytes().await.expect("the PDF"), None)
        }
    };
    let _ = book(&app).await;

    let title = "Zyzzogeton mesh for island schools";
    ok(
        correct(
            &app,
            &correction(
                &holder,
                &before,
                &[("title", title)],
                "The winner's title was misspelt.",
            ),
        )
        .await,
        "the correction",
    )
    .await;

    let visitor = app.beside();
    let code = app
        .call_ok::<GetSubmissionForScreening>(&[("id", &holder)])
        .await
        .category_code;
    let (status, page) = visitor
        .get_page(&format!("/editions/{year}/categories/{code}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(title), "the category page");
    let (status, page) = visitor.get_page(&format!("/projects/{holder}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(title), "the project page");
    assert!(!page.contains(&before.title), "the project page");
    let results: SearchResults = visitor
        .call_ok::<SearchGallery>(&[("q", "zyzzogeton")])
        .await;
    assert_eq!(results.total, 1);
    assert_eq!(results.projects[0].title, title);
    let winners = visitor
        .client
        .get(visitor.url(&format!("/api/v1/editions/{year}/winners")))
        .send()
        .await
        .expect("the open data");
    let winners = winners.text().await.unwrap_or_default();
    let awarded_elsewhere = !winners.contains(title);
    let listed = visitor
        .client
        .get(visitor.url(&format!("/api/v1/editions/{year}/champions")))
        .send()
        .await
        .expect("the open data")
        .text()
        .await
        .unwrap_or_default();
    assert!(
        winners.contains(title) || (awarded_elsewhere && listed.contains(title)),
        "the open data: {winners} {listed}"
    );
    assert!(!winners.contains(&before.title) && !listed.contains(&before.title));
    let text = book(&visitor).await;
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Zyzzogeton"), "the book: {flat}");
}
