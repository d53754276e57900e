//! The phase on every action: screening happens in the screening phase (or earlier when the
//! edition says so), a change request never runs past the opening of voting, and the people
//! of a submission change only while submission is open.

use app::{
    accounts::Logout,
    editions::{GetCalendarForm, UpdateCalendar},
    nominations::{
        AcceptInvitation, GetSubmission, InviteCoOwner, RemoveCoOwner, RevokeInvitation,
    },
};
use reqwest::StatusCode;
use sea_orm::EntityTrait;

use crate::support::{
    PASSWORD, TestApp, calendar, description, new_draft, other_person, spawn_app,
};

const DAY: i64 = 86_400;

/// A sent submission of an organisation named after its title.
async fn sent_submission(app: &TestApp, category: &str, title: &str) -> String {
    let organisation = format!("{title} Org");
    crate::support::sent_submission(
        app,
        category,
        title,
        &organisation,
        &description(title, 170),
    )
    .await
}

#[tokio::test]
async fn screening_waits_for_its_phase_unless_the_edition_allows_it_from_submission_on() {
    let app = spawn_app().await;
    app.signed_in_account("early@example.org").await;
    let id = sent_submission(&app, "C3", "Open Archive").await;
    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("early-screen@itu.example").await;

    let res = app.decide(&id, "eligible", "", "").await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("screening-closed")
    );

    // The rule is frozen once submission has opened: changing it needs a reason.
    let form = calendar(&app, &[("screening_during_submission", "on")]).await;
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = app.call::<UpdateCalendar>(&pairs).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("calendar-reason-required")
    );
    let form = calendar(
        &app,
        &[
            ("screening_during_submission", "on"),
            (
                "reason",
                "Screen as submissions arrive, to answer owners sooner.",
            ),
        ],
    )
    .await;
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        app.call::<UpdateCalendar>(&pairs).await.status(),
        StatusCode::OK
    );
    let current: serde_json::Value = app
        .call::<GetCalendarForm>(&[])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(current["screening_during_submission"], true);

    assert_eq!(
        app.decide(&id, "eligible", "", "").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_change_request_runs_seven_days_by_default_and_never_past_the_opening_of_voting() {
    let app = spawn_app().await;
    app.signed_in_account("changes@example.org").await;
    let a = sent_submission(&app, "C4", "Teachers Online").await;
    let b = sent_submission(&app, "C5", "Safe Browsing").await;
    let c = sent_submission(&app, "C6", "Open Rules").await;
    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("deadlines@itu.example").await;
    // Screening phase: from day 90 to day 120 of the seeded calendar; voting opens then.
    let voting_opens = app::entity::phase::Entity::find()
        .all(&app.ctx.db)
        .await
        .expect("the rows")
        .into_iter()
        .find(|p| p.kind.code() == "voting")
        .map(|p| p.opens_at)
        .expect("a voting phase");
    app.ctx.clock.advance(95 * DAY);
    app.login("deadlines@itu.example", PASSWORD).await;

    let deadline_of = |id: String| {
        let db = app.ctx.db.clone();
        async move {
            app::entity::submission::Entity::find_by_id(id.parse::<i64>().expect("a number"))
                .one(&db)
                .await
                .ok()
                .flatten()
                .and_then(|s| s.changes_deadline)
                .expect("a changes deadline")
        }
    };
    // No number of days: the edition's default, seven days.
    let now = app.ctx.clock.now();
    assert_eq!(
        app.decide(&a, "request_changes", "Add the number of schools.", "")
            .await
            .status(),
        StatusCode::OK
    );
    // (The server's clock may have moved on by a second or two since `now` was read.)
    let deadline = deadline_of(a.clone()).await;
    assert!(
        (now + 7 * DAY..=now + 7 * DAY + 5).contains(&deadline),
        "{deadline} is not seven days after {now}"
    );

    // Three days before voting opens, a seven-day request ends when voting opens.
    app.ctx
        .clock
        .advance(voting_opens - app.ctx.clock.now() - 3 * DAY);
    app.login("deadlines@itu.example", PASSWORD).await;
    assert_eq!(
        app.decide(&b, "request_changes", "Say who the partners are.", "7")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(deadline_of(b.clone()).await, voting_opens);
    let mail = app.last_mail_to("changes@example.org").await;
    assert!(mail.body_text.contains("Say who the partners are."));

    // With less than an hour left, there is no time to ask.
    app.ctx.clock.advance(3 * DAY - 1800);
    app.login("deadlines@itu.example", PASSWORD).await;
    let res = app
        .decide(&c, "request_changes", "Too late to ask.", "")
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("changes-too-late")
    );
}

#[tokio::test]
async fn people_change_only_while_submission_is_open_and_acceptance_while_changes_are_asked() {
    let app = spawn_app().await;
    app.signed_in_account("team-lead@example.org").await;
    let id = sent_submission(&app, "C7.3", "Learning Radio").await;
    let member = other_person(&app, "member@example.org").await;
    let invite = |email: &'static str| async {
        app.call::<InviteCoOwner>(&[("id", id.as_str()), ("email", email)])
            .await
    };
    assert_eq!(invite("member@example.org").await.status(), StatusCode::OK);
    let token = app.token_from_mail("member@example.org").await;
    assert_eq!(
        member
            .call::<AcceptInvitation>(&[("token", &token)])
            .await
            .status(),
        StatusCode::OK
    );
    // Late in the submission phase, a second invitation goes out.
    app.ctx.clock.advance(85 * DAY);
    app.login("team-lead@example.org", PASSWORD).await;
    member.login("member@example.org", PASSWORD).await;
    assert_eq!(invite("late@example.org").await.status(), StatusCode::OK);
    let late_token = app.token_from_mail("late@example.org").await;
    let late = other_person(&app, "late@example.org").await;

    // Submission closes.
    app.ctx.clock.advance(6 * DAY);
    app.login("team-lead@example.org", PASSWORD).await;
    member.login("member@example.org", PASSWORD).await;
    late.login("late@example.org", PASSWORD).await;
    let res = invite("third@example.org").await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("invitation-phase-closed")
    );
    let member_id = crate::support::account_id(&app, "member@example.org")
        .await
        .to_string();
    assert_eq!(
        app.call::<RemoveCoOwner>(&[("id", &id), ("account_id", &member_id)])
            .await
            .status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        late.call::<AcceptInvitation>(&[("token", &late_token)])
            .await
            .status(),
        StatusCode::CONFLICT
    );

    // While the secretariat's request for changes runs, the invitation can be accepted.
    let secretariat = app.secretariat_beside("asks@itu.example").await;
    assert_eq!(
        secretariat
            .decide(&id, "request_changes", "Add a partner.", "")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        late.call::<AcceptInvitation>(&[("token", &late_token)])
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn owners_revoke_pending_invitations_and_removing_a_co_owner_voids_theirs() {
    let app = spawn_app().await;
    app.signed_in_account("revoker@example.org").await;
    let id = new_draft(&app, "C8").await;
    app.call::<InviteCoOwner>(&[("id", &id), ("email", "maybe@example.org")])
        .await;
    let token = app.token_from_mail("maybe@example.org").await;
    let view = app.submission(&id).await;
    assert_eq!(view.invited, ["maybe@example.org"]);
    assert_eq!(
        app.call::<RevokeInvitation>(&[("id", &id), ("email", "maybe@example.org")])
            .await
            .status(),
        StatusCode::OK
    );
    let maybe = other_person(&app, "maybe@example.org").await;
    let res = maybe.call::<AcceptInvitation>(&[("token", &token)]).await;
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("link-invalid")
    );

    // A co-owner invited twice: once removed, the second link no longer works.
    app.call::<InviteCoOwner>(&[("id", &id), ("email", "twice@example.org")])
        .await;
    let first = app.token_from_mail("twice@example.org").await;
    app.call::<InviteCoOwner>(&[("id", &id), ("email", "twice@example.org")])
        .await;
    let second = app.token_from_mail("twice@example.org").await;
    let twice = other_person(&app, "twice@example.org").await;
    assert_eq!(
        twice
            .call::<AcceptInvitation>(&[("token", &first)])
            .await
            .status(),
        StatusCode::OK
    );
    let twice_id = crate::support::account_id(&app, "twice@example.org")
        .await
        .to_string();
    assert_eq!(
        app.call::<RemoveCoOwner>(&[("id", &id), ("account_id", &twice_id)])
            .await
            .status(),
        StatusCode::OK
    );
    let res = twice.call::<AcceptInvitation>(&[("token", &second)]).await;
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("link-invalid")
    );
    assert_eq!(
        twice.call::<GetSubmission>(&[("id", &id)]).await.status(),
        StatusCode::NOT_FOUND
    );
}
