//! The round's experts: invitations, ties and conflicts, assignment.

use super::*;

#[tokio::test]
async fn an_invitation_creates_the_expert_account_or_is_accepted_by_the_account_of_its_address() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    let invite = |email: &'static str| {
        let app = &app;
        async move {
            let res = app.call::<InviteExpert>(&[("email", email)]).await;
            assert_eq!(res.status(), StatusCode::OK);
            app.token_from_mail(email).await
        }
    };

    // No account yet: the link creates it, confirmed, with the expert role, signed in.
    let token = invite("nadia@institute.example").await;
    let visitor = app.beside();
    let made_up = join_new(&visitor, &newcomer(&"ab".repeat(32), PASSWORD)).await;
    assert_eq!(made_up.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        made_up
            .text()
            .await
            .unwrap_or_default()
            .contains("link-invalid")
    );
    let weak = join_new(&visitor, &newcomer(&token, "nadia")).await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let mut blank = newcomer(&token, PASSWORD);
    blank.retain(|(k, _)| *k != "country");
    blank.push(("country", String::new()));
    let refused = join_new(&visitor, &blank).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await.unwrap_or_default().contains("country"));
    assert_eq!(accounts_named(&app, "nadia@institute.example").await, 0);

    let res = join_new(&visitor, &newcomer(&token, PASSWORD)).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let me = visitor
        .get_me()
        .await
        .unwrap_or_else(|| panic!("signed in"));
    assert_eq!(me.email, "nadia@institute.example");
    assert!(me.email_confirmed);
    assert!(me.roles.contains(&app::auth::Role::Expert));
    let ties = visitor
        .call::<SaveTies>(&[
            ("organisations", "Institute of Rural Networks"),
            ("countries", "SN"),
            ("other", ""),
        ])
        .await;
    assert_eq!(ties.status(), StatusCode::OK);
    // The link is spent, for a second account as for the first.
    let again = join_new(&app.beside(), &newcomer(&token, PASSWORD)).await;
    assert!(again.text().await.unwrap_or_default().contains("link-used"));
    assert_eq!(accounts_named(&app, "nadia@institute.example").await, 1);

    // An address with an account: the link sets no password; the account signs in and accepts.
    let owner = other_person(&app, "omar@ministry.example").await;
    let token = invite("omar@ministry.example").await;
    let taken = join_new(
        &app.beside(),
        &newcomer(&token, "another strong phrase 4471"),
    )
    .await;
    assert_eq!(taken.status(), StatusCode::FORBIDDEN);
    assert!(
        taken
            .text()
            .await
            .unwrap_or_default()
            .contains("invitation-has-account")
    );
    assert_eq!(
        app.beside()
            .login("omar@ministry.example", PASSWORD)
            .await
            .status(),
        StatusCode::OK,
        "the password is the owner's still"
    );
    let stranger = other_person(&app, "someone@else.example").await;
    let other = stranger
        .call::<AcceptExpertInvitation>(&[("token", &token)])
        .await;
    assert_eq!(other.status(), StatusCode::FORBIDDEN);
    assert!(
        other
            .text()
            .await
            .unwrap_or_default()
            .contains("invitation-other-address")
    );
    assert!(stranger.call::<GetMyTies>(&[]).await.status() == StatusCode::FORBIDDEN);
    let res = owner
        .call::<AcceptExpertInvitation>(&[("token", &token)])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(owner.call::<GetMyTies>(&[]).await.status() == StatusCode::OK);
}

#[tokio::test]
async fn conflicted_pairs_are_never_assigned_and_a_declared_conflict_is_reassigned() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    // Owned from the clinic's own domain.
    let clinic = eligible(
        &app,
        "lead@clinic.example",
        "C7.4",
        "Clinic network",
        "Open Clinic Trust",
    )
    .await;
    let school = eligible(
        &app,
        "head@school.example",
        "C7.4",
        "School network",
        "School Net",
    )
    .await;
    // Cleo works at the clinic; Dan declared a tie to the school's organisation; Eve is free.
    let cleo = expert(&app, "cleo@clinic.example").await;
    let dan = expert(&app, "dan@panel.example").await;
    let _eve = expert(&app, "eve@panel.example").await;
    let res = dan
        .call::<SaveTies>(&[
            ("organisations", "School Net"),
            ("countries", "ke"),
            ("other", ""),
        ])
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let res = dan
        .call::<SaveTies>(&[
            ("organisations", ""),
            ("countries", "Atlantis"),
            ("other", ""),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = dan
        .call::<SaveTies>(&[
            ("organisations", "School Net"),
            ("countries", "KE"),
            ("other", ""),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    for email in [
        "cleo@clinic.example",
        "dan@panel.example",
        "eve@panel.example",
    ] {
        add_to_category(&app, email, "C7.4").await;
    }
    reviews_per_entry(&app, None, "2").await;
    let report: AssignmentReport = app
        .call_ok::<RunAssignment>(&[("round", "shortlisting")])
        .await;
    assert_eq!(report.added, 4);
    let pairs: Vec<(i64, i64)> = review_assignment::Entity::find()
        .all(&app.ctx.db)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|a| (a.submission_id, a.expert_id))
        .collect();
    let cleo_id = account_id(&app, "cleo@clinic.example").await;
    let dan_id = account_id(&app, "dan@panel.example").await;
    let clinic_id: i64 = clinic.parse().unwrap_or_default();
    let school_id: i64 = school.parse().unwrap_or_default();
    assert!(
        !pairs.contains(&(clinic_id, cleo_id)),
        "same mail domain assigned: {pairs:?}"
    );
    assert!(
        !pairs.contains(&(school_id, dan_id)),
        "declared tie assigned: {pairs:?}"
    );

    // A hand assignment past a detected conflict needs a reason, and is audited.
    let res = app
        .call::<AssignByHand>(&[
            ("round", "shortlisting"),
            ("submission_id", &clinic),
            ("expert_id", &cleo_id.to_string()),
            ("reason", ""),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Cleo declares a conflict on the school entry: it leaves her list, and a rerun gives it
    // to nobody (Dan and Eve are conflicted or already on it), so it shows as short.
    open_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    again(&cleo, "cleo@clinic.example").await;
    let mine = my_list(&cleo).await;
    let school_assignment = mine
        .entries
        .iter()
        .find(|e| e.title == "School network")
        .map(|e| e.assignment_id)
        .expect("Cleo reviews the school entry");
    let res = cleo
        .call::<DeclareConflict>(&[
            ("assignment_id", &school_assignment.to_string()),
            ("note", "I advise its board."),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        my_list(&cleo)
            .await
            .entries
            .iter()
            .all(|e| e.title != "School network")
    );
    let res = send_review(&cleo, school_assignment, &scores("5"), "").await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("review-conflicted")
    );
    let report: AssignmentReport = app
        .call_ok::<RunAssignment>(&[("round", "shortlisting")])
        .await;
    assert_eq!(report.added, 0);
    assert_eq!(report.short, vec![(school_id, 1)]);
    let log = app.audit_log().await;
    assert!(
        log.rows
            .iter()
            .any(|e| e.action == "review.conflict_declared")
    );
}

/// The expert's account names `organisation` as theirs.
async fn works_for(x: &TestApp, organisation: &str) {
    let res = x
        .call::<UpdateProfile>(&[
            ("name", "Eve Panel"),
            ("organisation", organisation),
            ("country", "SN"),
            ("stakeholder_type", "academia"),
            ("locale", "en"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
}

/// The assignment of `entry` to `expert`, if it is live.
async fn live_pair(app: &TestApp, entry: &str, expert: i64) -> Option<review_assignment::Model> {
    review_assignment::Entity::find()
        .filter(review_assignment::Column::SubmissionId.eq(entry.parse::<i64>().unwrap_or(0)))
        .filter(review_assignment::Column::ExpertId.eq(expert))
        .filter(review_assignment::Column::ReleasedAt.is_null())
        .one(&app.ctx.db)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn no_expert_judges_their_own_entry_or_their_organisations_not_even_by_hand() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    // Every test account names "Agence de l'informatique de l'État" as its organisation.
    let own_org = "Agence de l'informatique de l'État";
    let olga = expert(&app, "olga@panel.example").await;
    let eve = expert(&app, "eve@panel.example").await;
    let _cleo = expert(&app, "cleo@clinic.example").await;
    let olga_id = account_id(&app, "olga@panel.example").await;
    let eve_id = account_id(&app, "eve@panel.example").await;
    let cleo_id = account_id(&app, "cleo@clinic.example").await;
    // Olga's own entry, an entry of her organisation, and the clinic's entry, whose owner
    // will make Olga a co-owner once she reviews it.
    let own = sent_submission(
        &olga,
        "C7.4",
        "Olga's own network",
        "Rural Links",
        &description("Olga", 170),
    )
    .await;
    let res = app.decide(&own, "eligible", "", "").await;
    assert_eq!(res.status(), StatusCode::OK);
    let agency = eligible(
        &app,
        "head@agency.example",
        "C7.4",
        "Agency network",
        own_org,
    )
    .await;
    let clinic_owner = other_person(&app, "lead@clinic.example").await;
    let clinic = sent_submission(
        &clinic_owner,
        "C7.4",
        "Clinic network",
        "Open Clinic Trust",
        &description("Clinic", 170),
    )
    .await;
    let res = app.decide(&clinic, "eligible", "", "").await;
    assert_eq!(res.status(), StatusCode::OK);
    // Eve's account names another organisation, so that she is free to review them all.
    works_for(&eve, "Panel Institute").await;
    for email in [
        "olga@panel.example",
        "eve@panel.example",
        "cleo@clinic.example",
    ] {
        add_to_category(&app, email, "C7.4").await;
    }
    reviews_per_entry(&app, None, "3").await;
    let _: AssignmentReport = app
        .call_ok::<RunAssignment>(&[("round", "shortlisting")])
        .await;
    assert!(
        live_pair(&app, &own, olga_id).await.is_none(),
        "Olga got her own entry"
    );
    assert!(
        live_pair(&app, &agency, olga_id).await.is_none(),
        "Olga got her organisation's entry"
    );
    assert!(live_pair(&app, &clinic, olga_id).await.is_some());
    assert!(live_pair(&app, &agency, eve_id).await.is_some());

    // Not by hand either, whatever the reason; each refusal says why.
    for (entry, key) in [
        (&own, "round-conflict-own-entry"),
        (&agency, "round-conflict-own-organisation"),
    ] {
        let res = app
            .call::<AssignByHand>(&[
                ("round", "shortlisting"),
                ("submission_id", entry),
                ("expert_id", &olga_id.to_string()),
                ("reason", "The panel is short of reviewers this year."),
            ])
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text().await.unwrap_or_default().contains(key), "{key}");
    }
    assert!(live_pair(&app, &own, olga_id).await.is_none());

    // A conflict the platform inferred (Cleo shares the clinic's mail domain) is set aside by
    // hand with a reason, and the log keeps the reason and the conflict.
    assert!(live_pair(&app, &clinic, cleo_id).await.is_none());
    let res = app
        .call::<AssignByHand>(&[
            ("round", "shortlisting"),
            ("submission_id", &clinic),
            ("expert_id", &cleo_id.to_string()),
            ("reason", "Cleo left the clinic in 2019."),
        ])
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    assert!(live_pair(&app, &clinic, cleo_id).await.is_some());
    let log = app.audit_log().await;
    assert!(
        log.rows
            .iter()
            .any(|r| r.action == "review.assigned_by_hand"
                && r.reason.as_deref() == Some("Cleo left the clinic in 2019.")
                && r.details.contains("same_mail_domain"))
    );

    // The clinic's owner makes Olga a co-owner: her assignment to it is taken back at once.
    let res = clinic_owner
        .call::<InviteCoOwner>(&[("id", &clinic), ("email", "olga@panel.example")])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let token = olga.token_from_mail("olga@panel.example").await;
    let olga_assignment = live_pair(&app, &clinic, olga_id)
        .await
        .expect("Olga reviews the clinic")
        .id;
    let res = olga.call::<AcceptInvitation>(&[("token", &token)]).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    assert!(
        live_pair(&app, &clinic, olga_id).await.is_none(),
        "still assigned to her own entry"
    );
    let log = app.audit_log().await;
    assert!(
        log.rows
            .iter()
            .any(|r| r.action == "review.assignment_released" && r.target.contains(&clinic))
    );
    // A rerun does not give it back.
    let _: AssignmentReport = app
        .call_ok::<RunAssignment>(&[("round", "shortlisting")])
        .await;
    assert!(live_pair(&app, &clinic, olga_id).await.is_none());

    // Eve names the agency as her organisation after she was assigned its entry: the score
    // sheet and the sending of a review refuse her.
    works_for(&eve, own_org).await;
    let eve_agency = live_pair(&app, &agency, eve_id)
        .await
        .expect("Eve reviews the agency")
        .id;
    open_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    again(&eve, "eve@panel.example").await;
    again(&olga, "olga@panel.example").await;
    let res = eve
        .call::<GetScoreSheet>(&[("assignment_id", &eve_agency.to_string())])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("review-own-entry")
    );
    let res = send_review(&eve, eve_agency, &scores("5"), "").await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("review-own-entry")
    );
    let sent = review::Entity::find()
        .filter(review::Column::AssignmentId.eq(eve_agency))
        .count(&app.ctx.db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(sent, 0);
    // Olga's released assignment says why it was taken back.
    let res = send_review(&olga, olga_assignment, &scores("5"), "").await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("review-own-entry")
    );
    // Eve's other entries are hers to review as before.
    let eve_clinic = live_pair(&app, &clinic, eve_id)
        .await
        .expect("Eve reviews the clinic")
        .id;
    let res = send_review(&eve, eve_clinic, &scores("5"), "").await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
}
