//! One sent submission per organisation and category, without letting anyone squat a name:
//! drafts reserve nothing, not eligible or withdrawn frees the place, owners delete drafts and
//! withdraw, the secretariat sees who holds drafts, and the database itself keeps the rule.

use app::{
    accounts::Logout,
    nominations::{
        AcceptInvitation, DeleteDraft, GetDraftsOverview, GetSubmission, InviteCoOwner,
        SaveSubmission, SubmissionStatus, SubmitSubmission, WithdrawSubmission,
    },
};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::support::{TestApp, description, form, new_draft, other_person, spawn_app, status_of};

/// Saves a complete form under `organisation` and sends it.
async fn send(app: &TestApp, id: &str, title: &str, organisation: &str) -> reqwest::Response {
    let good = description(title, 170);
    let res = app
        .call::<SaveSubmission>(&form(id, title, organisation, &good))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    app.call::<SubmitSubmission>(&[("id", id)]).await
}

#[tokio::test]
async fn drafts_in_every_category_under_a_real_organisations_name_do_not_stop_it() {
    let app = spawn_app().await;
    // A squatter opens drafts under the ministry's name in all 18 categories.
    app.signed_in_account("squatter@example.org").await;
    let categories = [
        "C1", "C2", "C3", "C4", "C5", "C6", "C7.1", "C7.2", "C7.3", "C7.4", "C7.5", "C7.6", "C7.7",
        "C7.8", "C8", "C9", "C10", "C11",
    ];
    for code in categories {
        let id = new_draft(&app, code).await;
        let good = description("Squat", 170);
        app.call::<SaveSubmission>(&form(
            &id,
            "Placeholder",
            "Ministry of ICT of Senegal",
            &good,
        ))
        .await;
    }
    // The ministry sends in C7.4 all the same.
    let ministry = other_person(&app, "ministry@example.org").await;
    let real = new_draft(&ministry, "C7.4").await;
    let res = send(
        &ministry,
        &real,
        "e-Health Senegal",
        "Ministry of ICT of Senegal",
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        status_of(&ministry, &real).await,
        SubmissionStatus::Submitted
    );

    // The secretariat sees the drafts counted per category, and who holds them.
    app.call::<Logout>(&[]).await;
    app.signed_in_secretariat("drafts@itu.example").await;
    let overview: serde_json::Value = app
        .call::<GetDraftsOverview>(&[("organisation", "ministry of ict of SENEGAL")])
        .await
        .json()
        .await
        .expect("a JSON response");
    let per_category = overview["per_category"]
        .as_array()
        .cloned()
        .expect("an array");
    assert_eq!(per_category.len(), 18);
    assert!(per_category.iter().all(|c| c[1] == 1), "{per_category:?}");
    let holders = overview["holders"].as_array().cloned().expect("an array");
    assert_eq!(holders.len(), 18);
    assert!(
        holders
            .iter()
            .all(|h| h["owner_email"] == "squatter@example.org")
    );
    let (status, page) = app
        .get_page("/admin/screening?drafts_of=Ministry+of+ICT+of+Senegal")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("squatter@example.org"));
    // Drafts stay out of the queue, and only the secretariat sees this.
    app.call::<Logout>(&[]).await;
    app.login("squatter@example.org", crate::support::PASSWORD)
        .await;
    assert_eq!(
        app.call::<GetDraftsOverview>(&[("organisation", "")])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_place_is_freed_when_the_submission_is_found_not_eligible_or_withdrawn() {
    let app = spawn_app().await;
    app.signed_in_account("first-owner@example.org").await;
    let first = new_draft(&app, "C2").await;
    assert_eq!(
        send(&app, &first, "Fibre for all", "Rural Networks Cooperative")
            .await
            .status(),
        StatusCode::OK
    );
    let second_owner = other_person(&app, "second-owner@example.org").await;
    let second = new_draft(&second_owner, "C2").await;
    let refused = send(
        &second_owner,
        &second,
        "Mesh villages",
        "Rural Networks Cooperative",
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The owner withdraws: the place is free.
    let res = app
        .call::<WithdrawSubmission>(&[("id", &first), ("reason", "")])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(status_of(&app, &first).await, SubmissionStatus::Withdrawn);
    assert_eq!(
        second_owner
            .call::<SubmitSubmission>(&[("id", &second)])
            .await
            .status(),
        StatusCode::OK
    );
    // Withdrawn is final for the owner: no second withdrawal, no edits.
    assert_eq!(
        app.call::<WithdrawSubmission>(&[("id", &first), ("reason", "")])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );

    // Found not eligible also frees the place.
    let third_owner = other_person(&app, "third-owner@example.org").await;
    let third = new_draft(&third_owner, "C2").await;
    assert_eq!(
        send(&third_owner, &third, "Towers", "Rural Networks Cooperative")
            .await
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let secretariat = app.secretariat_beside("frees@itu.example").await;
    assert_eq!(
        secretariat
            .decide(
                &second,
                "not_eligible",
                "The project has not started yet.",
                ""
            )
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        third_owner
            .call::<SubmitSubmission>(&[("id", &third)])
            .await
            .status(),
        StatusCode::OK
    );
    let log = secretariat.audit_log().await;
    let actions: Vec<&str> = log.rows.iter().map(|r| r.action.as_str()).collect();
    assert!(actions.contains(&"submission.withdraw"), "{actions:?}");
}

#[tokio::test]
async fn only_the_owner_deletes_a_draft_and_the_act_is_audited() {
    let app = spawn_app().await;
    app.signed_in_account("drafter@example.org").await;
    let id = new_draft(&app, "C6").await;
    app.call::<InviteCoOwner>(&[("id", &id), ("email", "helper@example.org")])
        .await;
    let token = app.token_from_mail("helper@example.org").await;
    let helper = other_person(&app, "helper@example.org").await;
    assert_eq!(
        helper
            .call::<AcceptInvitation>(&[("token", &token)])
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        helper.call::<DeleteDraft>(&[("id", &id)]).await.status(),
        StatusCode::FORBIDDEN
    );
    let stranger = other_person(&app, "stranger2@example.org").await;
    assert_eq!(
        stranger.call::<DeleteDraft>(&[("id", &id)]).await.status(),
        StatusCode::NOT_FOUND
    );
    // Without JavaScript: a redirect to "My submissions", which says so.
    let res = app
        .post_plain::<DeleteDraft>(&[("id", &id)], &format!("/submissions/{id}"))
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    let (_, page) = app.get_page("/submissions?deleted=1").await;
    assert!(page.contains("The draft has been deleted."));
    assert_eq!(
        app.call::<GetSubmission>(&[("id", &id)]).await.status(),
        StatusCode::NOT_FOUND
    );
    let entries = app::entity::audit_entry::Entity::find()
        .filter(app::entity::audit_entry::Column::Action.eq("submission.delete_draft"))
        .all(&app.ctx.db)
        .await
        .expect("the rows");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].target_id, id);
    // A sent submission is withdrawn, not deleted.
    let sent = new_draft(&app, "C6").await;
    send(&app, &sent, "Open rules", "Policy Lab").await;
    assert_eq!(
        app.call::<DeleteDraft>(&[("id", &sent)]).await.status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn once_voting_opens_only_the_secretariat_withdraws_and_only_with_a_reason() {
    let app = spawn_app().await;
    app.signed_in_account("late-owner@example.org").await;
    let id = new_draft(&app, "C9").await;
    send(&app, &id, "Community Radio", "Radio Network").await;
    let secretariat = app.secretariat_beside("withdraws@itu.example").await;
    // Voting opens after 90 days of submission and 30 of screening.
    app.ctx.clock.advance(121 * 86_400);
    app.login("late-owner@example.org", crate::support::PASSWORD)
        .await;
    secretariat
        .login("withdraws@itu.example", crate::support::PASSWORD)
        .await;
    let res = app
        .call::<WithdrawSubmission>(&[("id", &id), ("reason", "")])
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("withdraw-closed")
    );
    let view = app.submission(&id).await;
    assert!(!view.can_withdraw);

    let res = secretariat
        .call::<WithdrawSubmission>(&[("id", &id), ("reason", "  ")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("reason-required")
    );
    let res = secretariat
        .call::<WithdrawSubmission>(&[
            ("id", &id),
            ("reason", "The organisation asked to leave the contest."),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(status_of(&app, &id).await, SubmissionStatus::Withdrawn);
    let log = secretariat.audit_log().await;
    assert_eq!(log.rows[0].action, "screening.withdraw");
    assert_eq!(
        log.rows[0].reason.as_deref(),
        Some("The organisation asked to leave the contest.")
    );
    let mail = app.last_mail_to("late-owner@example.org").await;
    assert!(
        mail.body_text
            .contains("The organisation asked to leave the contest.")
    );
}

#[tokio::test]
async fn the_database_refuses_a_second_sent_submission_of_one_entity_in_one_category() {
    let app = spawn_app().await;
    app.signed_in_account("constraint@example.org").await;
    let first = new_draft(&app, "C11").await;
    send(&app, &first, "Regional exchange", "Cooperation Council").await;
    let second = new_draft(&app, "C11").await;
    let good = description("Other", 170);
    app.call::<SaveSubmission>(&form(&second, "Another", "Another body", &good))
        .await;
    let a = app::entity::submission::Entity::find_by_id(first.parse::<i64>().expect("a number"))
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no submission"));
    // Written behind the service's back, as a second instance racing it would: the partial
    // unique index refuses it.
    let sneak = app::entity::submission::ActiveModel {
        id: sea_orm::Unchanged(second.parse::<i64>().expect("a number")),
        organisation_id: Set(a.organisation_id),
        status: Set(app::codes::SubmissionStatus::Submitted),
        ..Default::default()
    }
    .update(&app.ctx.db)
    .await;
    let err = sneak
        .err()
        .map(|e| e.to_string())
        .expect("the database refuses the second sent submission");
    assert!(
        err.to_lowercase().contains("unique"),
        "the index must refuse it: {err}"
    );
    // A draft under the same organisation is fine (drafts reserve nothing).
    let draft = app::entity::submission::ActiveModel {
        id: sea_orm::Unchanged(second.parse::<i64>().expect("a number")),
        organisation_id: Set(a.organisation_id),
        ..Default::default()
    }
    .update(&app.ctx.db)
    .await;
    assert!(draft.is_ok(), "{draft:?}");
}
