//! Scoring: blind reviews and their versions, the rubric, reminders.

use super::*;

#[tokio::test]
async fn experts_score_blind_and_revise_until_the_round_closes_with_every_version_kept() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    let mut entries = Vec::new();
    for (i, org) in ["Clinic Trust", "School Net", "Farm Data"]
        .iter()
        .enumerate()
    {
        let email = format!("owner{i}@owners{i}.example");
        entries.push(eligible(&app, &email, "C7.4", &format!("Project {org}"), org).await);
    }
    let ana = expert(&app, "ana@experts.example").await;
    let ben = expert(&app, "ben@panel.example").await;
    add_to_category(&app, "ana@experts.example", "C7.4").await;
    add_to_category(&app, "ben@panel.example", "C7.4").await;
    reviews_per_entry(&app, None, "2").await;

    // Before the round opens, the list is there but nothing can be sent.
    let report: AssignmentReport = app
        .call_ok::<RunAssignment>(&[("round", "shortlisting")])
        .await;
    assert_eq!(report.added, 6);
    assert!(report.short.is_empty());
    let mine = my_list(&ana).await;
    assert_eq!(mine.entries.len(), 3);
    let first = mine.entries[0].assignment_id;
    let res = send_review(&ana, first, &scores("7"), "").await;
    assert_eq!(res.status(), StatusCode::CONFLICT);

    open_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    again(&ana, "ana@experts.example").await;
    again(&ben, "ben@panel.example").await;
    // The sheet shows the project, never its owner's account.
    let res = ana
        .call::<GetScoreSheet>(&[("assignment_id", &first.to_string())])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap_or_default();
    assert!(body.contains("Project "), "{body}");
    assert!(
        !body.contains("@owners"),
        "the owner's address leaked: {body}"
    );
    assert!(
        !body.contains("Amina Diallo"),
        "the owner's name leaked: {body}"
    );

    // Bad scores: a clear message per field, nothing recorded.
    let mut bad = scores("7");
    bad[0].1 = "11".into();
    bad[1].1 = "7.25".into();
    bad[2].1 = "seven".into();
    bad.pop();
    let res = send_review(&ana, first, &bad, "").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let text = res.text().await.unwrap_or_default();
    for key in [
        "review-score-range",
        "review-score-decimals",
        "review-score-number",
        "review-score-missing",
    ] {
        assert!(text.contains(key), "{key} missing from {text}");
    }
    assert_eq!(
        review::Entity::find().count(&app.ctx.db).await.unwrap_or(9),
        0
    );

    // Sent, then revised: the latest counts, both versions are kept.
    let res = send_review(&ana, first, &scores("7"), "Solid results.").await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let res = send_review(&ana, first, &scores("8.5"), "Better on a second reading.").await;
    assert_eq!(res.status(), StatusCode::OK);
    let sheet: ScoreSheet = ana
        .call_ok::<GetScoreSheet>(&[("assignment_id", &first.to_string())])
        .await;
    assert_eq!(sheet.version, 2);
    assert!(sheet.criteria.iter().all(|c| c.value == "8.5"));
    assert_eq!(
        sheet.total.as_deref(),
        Some("85.0"),
        "the rubric's weighted sum"
    );
    assert_eq!(sheet.comment, "Better on a second reading.");
    let versions = review_revision::Entity::find()
        .count(&app.ctx.db)
        .await
        .unwrap_or(0);
    assert_eq!(versions, 2);

    // Ben cannot read or write Ana's review, nor see her scores on his own sheet of it.
    for endpoint in [path_of::<GetScoreSheet>(), path_of::<DeclareConflict>()] {
        let res = ben
            .call_path(endpoint, &[("assignment_id", &first.to_string())])
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{endpoint}");
    }
    let res = send_review(&ben, first, &scores("1"), "").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let bens = my_list(&ben).await;
    let same_entry = bens
        .entries
        .iter()
        .find(|e| e.title == mine.entries[0].title)
        .expect("both experts review every entry");
    let res = ben
        .call::<GetScoreSheet>(&[("assignment_id", &same_entry.assignment_id.to_string())])
        .await;
    let body = res.text().await.unwrap_or_default();
    assert!(
        !body.contains("second reading") && !body.contains("8.5"),
        "{body}"
    );
    let bens_sheet: ScoreSheet = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(bens_sheet.total, None, "nothing sent by Ben yet");
    // An expert reads no ranking.
    let res = ben
        .call::<GetCategoryRanking>(&[("round", "shortlisting"), ("category", "C7.4")])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // Once the round closes, nothing more is sent.
    close_shortlisting(&app).await;
    again(&ana, "ana@experts.example").await;
    let res = send_review(&ana, first, &scores("9"), "").await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("round-closed")
    );
    let stored = review::Entity::find().one(&app.ctx.db).await.ok().flatten();
    assert_eq!(stored.map(|r| r.version), Some(2));
    // Nor is the record of who was to review what changed by hand.
    again(&app, "secretariat@itu.example").await;
    let res = app
        .call::<RemoveAssignment>(&[
            ("round", "shortlisting"),
            ("assignment_id", &same_entry.assignment_id.to_string()),
            ("reason", "Late change of heart"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let live = review_assignment::Entity::find_by_id(same_entry.assignment_id)
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .and_then(|a| a.released_at);
    assert_eq!(live, None);
}

#[tokio::test]
async fn a_rubric_whose_weights_do_not_add_up_is_refused_and_once_open_its_shape_is_locked() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    let base = [
        ("round", "selection"),
        ("reviews_per_entry", "3"),
        ("normalisation", "raw"),
        ("formula_experts", "70"),
        ("formula_votes", "30"),
        ("code[0]", "merit"),
        ("title[0]", "Merit"),
        ("weight[0]", "50"),
        ("scale[0]", "10"),
        ("code[1]", ""),
        ("title[1]", "Originality"),
        ("weight[1]", "40"),
        ("scale[1]", "5"),
    ];
    let res = app.call::<SaveRound>(&base).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("rubric-weights-sum")
    );
    let mut ok = base.to_vec();
    ok[11] = ("weight[1]", "50");
    let res = app.call::<SaveRound>(&ok).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let round: RoundOverview = app.call_ok::<GetRound>(&[("round", "selection")]).await;
    assert_eq!(round.criteria.len(), 2);
    assert_eq!(round.criteria[1].scale, 5);
    assert_eq!((round.formula_experts, round.formula_votes), (70, 30));

    // Into the selection phase: the rubric's shape is locked, reweighting needs a reason.
    let selection = phase::Entity::find()
        .filter(phase::Column::Kind.eq("selection"))
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .expect("a selection phase");
    app.ctx
        .clock
        .advance(selection.opens_at - app.ctx.clock.now() + 60);
    again(&app, "secretariat@itu.example").await;
    let codes: Vec<String> = round.criteria.iter().map(|c| c.code.clone()).collect();
    let mut reweighted: Vec<(&str, &str)> = ok.clone();
    reweighted[5] = ("code[0]", &codes[0]);
    reweighted[9] = ("code[1]", &codes[1]);
    reweighted[7] = ("weight[0]", "60");
    reweighted[11] = ("weight[1]", "40");
    let res = app.call::<SaveRound>(&reweighted).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    reweighted.push(("reason", "The panel asked for more weight on merit."));
    let res = app.call::<SaveRound>(&reweighted).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let mut rescaled = reweighted.clone();
    rescaled[12] = ("scale[1]", "10");
    let res = app.call::<SaveRound>(&rescaled).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("rubric-shape-locked")
    );
    let log = app.audit_log().await;
    assert!(log.rows.iter().any(|e| e.action == "review.round_saved"
        && e.reason.as_deref() == Some("The panel asked for more weight on merit.")));
}

#[tokio::test]
async fn experts_with_reviews_to_send_are_reminded_once_and_the_secretariat_is_warned_of_missing_nominees()
 {
    use app::entity::mail;
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    eligible(&app, "owner0@o0.example", "C7.4", "Project Alpha", "Alpha").await;
    eligible(&app, "owner1@o1.example", "C7.4", "Project Bravo", "Bravo").await;
    let ana = expert(&app, "ana@panel.example").await;
    let _ben = expert(&app, "ben@panel.example").await;
    add_to_category(&app, "ana@panel.example", "C7.4").await;
    add_to_category(&app, "ben@panel.example", "C7.4").await;
    reviews_per_entry(&app, None, "1").await;
    let _: AssignmentReport = app
        .call_ok::<RunAssignment>(&[("round", "shortlisting")])
        .await;
    open_shortlisting(&app).await;
    again(&ana, "ana@panel.example").await;
    let mine = my_list(&ana).await;
    let res = send_review(&ana, mine.entries[0].assignment_id, &scores("7"), "").await;
    assert_eq!(res.status(), StatusCode::OK);

    // Nothing is due while the round has weeks to run.
    let now = app.ctx.clock.now();
    assert_eq!(
        app::review::reminders::send_due(&app.ctx, now).await.ok(),
        Some(0)
    );
    // Two days before it closes (and voting opens): Ben, who has not scored, is reminded;
    // the secretariat hears that no category has confirmed nominees. Once each.
    let screening = phase::Entity::find()
        .filter(phase::Column::Kind.eq("screening"))
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .expect("a screening phase");
    app.ctx
        .clock
        .advance(screening.closes_at - 2 * 86_400 - app.ctx.clock.now());
    let now = app.ctx.clock.now();
    let sent = app::review::reminders::send_due(&app.ctx, now).await;
    assert!(matches!(sent, Ok(2)), "{sent:?}");
    assert_eq!(
        app::review::reminders::send_due(&app.ctx, now).await.ok(),
        Some(0)
    );
    let reminders = mail::Entity::find()
        .filter(mail::Column::Kind.eq("review_reminder"))
        .all(&app.ctx.db)
        .await
        .unwrap_or_default();
    let to: Vec<&str> = reminders.iter().map(|m| m.to_address.as_str()).collect();
    assert_eq!(to.len(), 2, "{to:?}");
    assert!(to.contains(&"ben@panel.example") && to.contains(&"secretariat@itu.example"));
    let ben_mail = reminders
        .iter()
        .find(|m| m.to_address == "ben@panel.example")
        .expect("Ben's reminder");
    assert!(
        ben_mail
            .body_text
            .contains("One entry assigned to you has no review yet.")
    );
    let warning = reminders
        .iter()
        .find(|m| m.to_address == "secretariat@itu.example")
        .expect("the secretariat's warning");
    assert!(warning.body_text.contains("C7.4"));
}
