//! The experts' discussion of an entry: after sending their own review, an expert reads the
//! others' scores and comments and writes to them, each under a number, never a name; before
//! sending, nothing; a withdrawn or conflicted assignment sees nothing; owners never; the
//! secretariat turns it off per round.

use app::review::{DiscussionView, GetDiscussion, PostDiscussion, SetDiscussion};

use super::*;
use crate::support::reviewed_round;

async fn discussion(x: &TestApp, assignment: i64) -> reqwest::Response {
    x.call::<GetDiscussion>(&[("assignment_id", &assignment.to_string())])
        .await
}

#[tokio::test]
async fn experts_discuss_an_entry_under_numbers_once_they_sent_their_own_review() {
    let r = reviewed_round(
        "owner@discussion.example",
        "Solid figures, <i>thin</i> partners",
    )
    .await;
    let [ana, ben] = &r.experts;
    let ben_assignment = my_list(ben).await.entries[0].assignment_id;

    // Ben has not sent his review: he sees nothing of the others yet.
    let res = discussion(ben, ben_assignment).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let body = res.text().await.unwrap_or_default();
    assert!(body.contains("discussion-after-review"), "{body}");
    assert!(!body.contains("Solid figures"), "{body}");
    let (_, page) = ben.get_page(&format!("/review/{ben_assignment}")).await;
    assert!(page.contains("data-testid=\"discussion-later\""), "{page}");
    assert!(!page.contains("Solid figures"), "{page}");

    // Ana has: nobody else's review yet; she writes, without JavaScript.
    let d: DiscussionView = ana
        .call_ok::<GetDiscussion>(&[("assignment_id", &r.assignment.to_string())])
        .await;
    assert!(d.others.is_empty());
    let ana_label = d.me.clone();
    let res = ana
        .post_plain::<PostDiscussion>(
            &[
                ("assignment_id", &r.assignment.to_string()),
                ("body", "Do the impact figures hold <b>up</b>?"),
            ],
            &format!("/review/{}", r.assignment),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/review/{}?discussed=1#discussion", r.assignment).as_str())
    );

    // Ben sends his: now he reads Ana's scores, comment and message under her number.
    let res = send_review(ben, ben_assignment, &scores("6"), "Budget looks thin").await;
    assert_eq!(res.status(), StatusCode::OK);
    let d: DiscussionView = ben
        .call_ok::<GetDiscussion>(&[("assignment_id", &ben_assignment.to_string())])
        .await;
    assert_ne!(d.me, ana_label);
    assert_eq!(d.others.len(), 1);
    assert_eq!(d.others[0].expert, ana_label);
    assert_eq!(d.others[0].comment, "Solid figures, <i>thin</i> partners");
    assert!(!d.others[0].scores.is_empty());
    assert_eq!(d.messages.len(), 1);
    assert_eq!(d.messages[0].expert, ana_label);
    assert!(!d.messages[0].mine);
    let whole = serde_json::to_string(&d).unwrap_or_default();
    assert!(
        !whole.contains("ana@") && !whole.contains("Ana"),
        "nobody named: {whole}"
    );
    let (_, page) = ben.get_page(&format!("/review/{ben_assignment}")).await;
    assert!(page.contains("data-testid=\"peer-review\""), "{page}");
    assert!(page.contains("&lt;b&gt;up&lt;/b&gt;"), "{page}");
    // And Ana reads Ben's.
    let d: DiscussionView = ana
        .call_ok::<GetDiscussion>(&[("assignment_id", &r.assignment.to_string())])
        .await;
    assert_eq!(d.others.len(), 1);
    assert_eq!(d.others[0].comment, "Budget looks thin");
    assert!(d.messages[0].mine);

    // The entry's owner never reaches it, nor the expert through another's assignment.
    let owner = r.app.beside();
    again(&owner, "owner@discussion.example").await;
    let res = discussion(&owner, r.assignment).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = discussion(ben, r.assignment).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = ana
        .call::<PostDiscussion>(&[("assignment_id", &r.assignment.to_string()), ("body", "  ")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The secretariat turns it off for the round, then on again.
    ok_call(&r.app, &[("round", "shortlisting"), ("on", "0")]).await;
    let res = discussion(ana, r.assignment).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("discussion-off")
    );
    let round: RoundOverview = r
        .app
        .call_ok::<GetRound>(&[("round", "shortlisting")])
        .await;
    assert!(!round.discussion);
    ok_call(&r.app, &[("round", "shortlisting"), ("on", "1")]).await;
    assert_eq!(discussion(ana, r.assignment).await.status(), StatusCode::OK);
    let log = r.app.audit_log().await;
    assert!(log.rows.iter().any(|e| e.action == "review.round_saved" && e.details.contains("\"discussion\":false")));

    // Ben declares a conflict: he sees nothing more of the entry, and his review leaves
    // Ana's view.
    let res = ben
        .call::<DeclareConflict>(&[
            ("assignment_id", &ben_assignment.to_string()),
            ("note", "My brother-in-law runs it"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = discussion(ben, ben_assignment).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        !res.text()
            .await
            .unwrap_or_default()
            .contains("Solid figures")
    );
    let d: DiscussionView = ana
        .call_ok::<GetDiscussion>(&[("assignment_id", &r.assignment.to_string())])
        .await;
    assert!(d.others.is_empty(), "{:?}", d.others);
}

async fn ok_call(app: &TestApp, fields: &[(&str, &str)]) {
    let res = app.call::<SetDiscussion>(fields).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
}
