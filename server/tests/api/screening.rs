//! The screener's queue and decisions: filters, a refusal with its reason, and the
//! secretariat's internal notes, which owners never see.

use app::{
    accounts::Logout,
    nominations::{
        AddNote, GetNotes, GetScreeningQueue, GetSubmission, NoteView, SaveSubmission,
        ScreeningQueue, SubmissionStatus,
    },
};
use reqwest::StatusCode;

use crate::support::{TestApp, description, form, new_draft, save_and_send, spawn_app};

async fn send_from(
    app: &TestApp,
    category: &str,
    title: &str,
    country: &str,
    kind: &str,
) -> String {
    let id = new_draft(app, category).await;
    let good = description(title, 170);
    let organisation = format!("{title} Foundation");
    let mut fields = form(&id, title, &organisation, &good);
    for (k, v) in &mut fields {
        match *k {
            "country" => *v = country,
            "stakeholder_type" => *v = kind,
            _ => {}
        }
    }
    save_and_send(app, &fields).await;
    id
}

async fn queue(app: &TestApp, filters: &[(&str, &str)]) -> ScreeningQueue {
    let mut q = vec![
        ("category", ""),
        ("status", ""),
        ("country", ""),
        ("region", ""),
        ("stakeholder_type", ""),
        ("flagged", ""),
    ];
    for (k, v) in filters {
        if let Some(slot) = q.iter_mut().find(|(key, _)| key == k) {
            slot.1 = v;
        }
    }
    app.call_ok::<GetScreeningQueue>(&q).await
}

fn titles(q: &ScreeningQueue) -> Vec<String> {
    let mut t: Vec<String> = q.rows.iter().map(|r| r.title.clone()).collect();
    t.sort();
    t
}

#[tokio::test]
async fn the_queue_filters_by_status_country_and_stakeholder_type_with_counts_to_match() {
    let app = spawn_app().await;
    app.signed_in_account("filters@example.org").await;
    let kenya = send_from(&app, "C1", "Kenya Gov", "KE", "government").await;
    send_from(&app, "C2", "Kenya Civil", "KE", "civil_society").await;
    send_from(&app, "C3", "Peru Academia", "PE", "academia").await;
    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("filter-screen@itu.example").await;
    app.allow_screening_during_submission().await;
    app.decide(&kenya, "eligible", "", "").await;

    let all = queue(&app, &[]).await;
    assert_eq!(titles(&all).len(), 3);
    let by_country = queue(&app, &[("country", "ke")]).await;
    assert_eq!(titles(&by_country), ["Kenya Civil", "Kenya Gov"]);
    assert_eq!(by_country.counts.submitted, 1);
    assert_eq!(by_country.counts.eligible, 1);
    let by_status = queue(&app, &[("status", "eligible")]).await;
    assert_eq!(titles(&by_status), ["Kenya Gov"]);
    let by_kind = queue(&app, &[("stakeholder_type", "academia")]).await;
    assert_eq!(titles(&by_kind), ["Peru Academia"]);
    let both = queue(
        &app,
        &[("country", "KE"), ("stakeholder_type", "civil_society")],
    )
    .await;
    assert_eq!(titles(&both), ["Kenya Civil"]);
    let region = queue(&app, &[("region", "americas")]).await;
    assert_eq!(titles(&region), ["Peru Academia"]);
    // The page itself, without JavaScript, filters the same way.
    let (status, page) = app.get_page("/admin/screening?country=PE").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Peru Academia") && !page.contains("Kenya Gov"));
}

#[tokio::test]
async fn not_eligible_needs_a_reason_which_the_owners_then_read() {
    let app = spawn_app().await;
    app.signed_in_account("refused@example.org").await;
    let id = send_from(&app, "C9", "Community Radio", "SN", "civil_society").await;
    let secretariat = app.secretariat_beside("refuses@itu.example").await;
    let res = secretariat.decide(&id, "not_eligible", "   ", "").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("reason-required")
    );
    let reason = "The project started this year: it is neither completed nor past a major phase.";
    assert_eq!(
        secretariat
            .decide(&id, "not_eligible", reason, "")
            .await
            .status(),
        StatusCode::OK
    );

    let view = app.submission(&id).await;
    assert_eq!(view.status, SubmissionStatus::NotEligible);
    assert_eq!(view.decisions[0].reason, reason);
    let (_, page) = app.get_page(&format!("/submissions/{id}")).await;
    assert!(page.contains(reason));
    let mail = app.last_mail_to("refused@example.org").await;
    assert!(mail.body_text.contains(reason), "{}", mail.body_text);
    let log = secretariat.audit_log().await;
    assert_eq!(log.rows[0].action, "screening.not_eligible");
    assert_eq!(log.rows[0].reason.as_deref(), Some(reason));
}

#[tokio::test]
async fn a_long_text_over_a_thousand_words_is_refused_and_the_draft_keeps_the_last_good_save() {
    let app = spawn_app().await;
    app.signed_in_account("wordy@example.org").await;
    let id = new_draft(&app, "C4").await;
    let good = description("Skills", 170);
    let thousand = description("Skills", 1000);
    let mut fields = form(&id, "Skills for all", "Skills Trust", &good);
    fields[11] = ("challenges", &thousand);
    assert_eq!(
        app.call::<SaveSubmission>(&fields).await.status(),
        StatusCode::OK
    );
    let over = description("Skills", 1001);
    fields[11] = ("challenges", &over);
    let res = app.call::<SaveSubmission>(&fields).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("a response body");
    assert!(
        body.contains("challenges") && body.contains("long-text-too-long"),
        "{body}"
    );
    let view = app.submission(&id).await;
    assert_eq!(
        Some(&view.form.challenges).map(|t| t.split_whitespace().count()),
        Some(1000)
    );
}

#[tokio::test]
async fn the_secretariats_internal_notes_are_kept_with_a_submission_and_never_shown_to_its_owners()
{
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    let owner = crate::support::other_person(&app, "owner@notes.example").await;
    let id = crate::support::sent_submission(
        &owner,
        "C1",
        "Open budgets",
        "Gamma",
        &description("Open budgets", 170),
    )
    .await;
    let secret = "Called the ministry <script>alert(1)</script>: the budget figures check out.";
    let res = app.call::<AddNote>(&[("id", &id), ("body", secret)]).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    // Without JavaScript: back to the submission's notes.
    let res = app
        .post_plain::<AddNote>(
            &[("id", &id), ("body", "Second reading done.")],
            &format!("/admin/screening/{id}"),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/admin/screening/{id}?noted=1#notes").as_str())
    );
    for (body, why) in [
        ("   ", "note-empty"),
        (&"x".repeat(4_001)[..], "note-too-long"),
    ] {
        let res = app.call::<AddNote>(&[("id", &id), ("body", body)]).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text().await.unwrap_or_default().contains(why), "{why}");
    }
    let res = app
        .call::<AddNote>(&[("id", "999999"), ("body", "x")])
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    let notes: Vec<NoteView> = app.call_ok::<GetNotes>(&[("id", &id)]).await;
    assert_eq!(
        notes.iter().map(|n| n.body.as_str()).collect::<Vec<_>>(),
        [secret, "Second reading done."]
    );
    assert!(
        notes
            .iter()
            .all(|n| !n.author.is_empty() && !n.at.is_empty())
    );
    let (status, page) = app.get_page(&format!("/admin/screening/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("data-testid=\"note\""), "{page}");
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "escaped: {page}"
    );
    assert!(!page.contains("<script>alert(1)"), "{page}");

    // The owners: not by the notes' own functions, nor anywhere on their submission.
    let res = owner.call::<GetNotes>(&[("id", &id)]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = owner
        .call::<AddNote>(&[("id", &id), ("body", "Let me in")])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = owner.call::<GetSubmission>(&[("id", &id)]).await;
    let body = res.text().await.unwrap_or_default();
    assert!(body.contains("Open budgets"), "{body}");
    for (_, page) in [
        owner.get_page(&format!("/submissions/{id}")).await,
        owner.get_page("/submissions").await,
        owner.get_page(&format!("/admin/screening/{id}")).await,
    ] {
        assert!(!page.contains("the budget figures check out"), "{page}");
        assert!(!page.contains("Second reading done"), "{page}");
    }
    assert!(!body.contains("the budget figures check out"), "{body}");
    let mails = app.mails_to("owner@notes.example", "submission").await;
    assert!(
        mails
            .iter()
            .all(|m| !m.body_text.contains("the budget figures")),
        "no mail carries a note"
    );
}
