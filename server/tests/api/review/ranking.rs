//! The ranking with its published draw and the nominees; the selection and the winners.

use super::*;

#[tokio::test]
async fn the_ranking_normalises_breaks_ties_by_the_published_draw_and_the_nominees_are_confirmed() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    let mut ids = Vec::new();
    for (i, org) in ["Alpha", "Bravo", "Charlie"].iter().enumerate() {
        let email = format!("owner{i}@o{i}.example");
        ids.push(eligible(&app, &email, "C7.4", &format!("=HYPERLINK(\"{org}\")"), org).await);
    }
    // The same entity under another name, in another category: merged once nominees are out.
    eligible(
        &app,
        "owner9@o9.example",
        "C1",
        "Delta programme",
        "Delta Holdings",
    )
    .await;
    let ana = expert(&app, "ana@panel.example").await;
    add_to_category(&app, "ana@panel.example", "C7.4").await;
    reviews_per_entry(&app, None, "1").await;
    let _: AssignmentReport = app
        .call_ok::<RunAssignment>(&[("round", "shortlisting")])
        .await;
    open_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    again(&ana, "ana@panel.example").await;
    // Ana gives 9, 6 and 6: the two sixes tie on every score, and the draw orders them.
    let mine = my_list(&ana).await;
    for (entry, value) in mine.entries.iter().zip(["9", "6", "6"]) {
        let res = send_review(
            &ana,
            entry.assignment_id,
            &scores(value),
            "=cmd|' /C calc'!A0",
        )
        .await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let ranking: CategoryRanking = app
        .call_ok::<GetCategoryRanking>(&[("round", "shortlisting"), ("category", "C7.4")])
        .await;
    assert_eq!(ranking.rows.len(), 3);
    assert_eq!(ranking.rows[0].raw_mean, "90.00");
    assert_eq!(ranking.rows[1].raw_mean, "60.00");
    assert!(ranking.rows[1].decided_by_draw);
    assert!(ranking.rows.iter().all(|r| r.missing == 0));
    assert!(ranking.seed.is_none(), "the seed is revealed only at close");

    // Confirm while the round runs: the first N (the category's cut) become nominees; a
    // change needs a reason.
    let n: usize = app
        .call_ok::<ConfirmNominees>(&[("category", "C7.4"), ("reason", "")])
        .await;
    assert_eq!(n, 3);
    let res = app
        .call::<ConfirmNominees>(&[("category", "C7.4"), ("reason", "")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .call::<ConfirmNominees>(&[("category", "C7.4"), ("reason", "A late review arrived.")])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let log = app.audit_log().await;
    assert_eq!(
        log.rows
            .iter()
            .filter(|e| e.action == "review.nominees_confirmed")
            .count(),
        2
    );
    let after: CategoryRanking = app
        .call_ok::<GetCategoryRanking>(&[("round", "shortlisting"), ("category", "C7.4")])
        .await;
    assert!(after.rows.iter().all(|r| r.nominee));
    assert!(after.confirmed_at.is_some());
    // Confirmed is not yet published: the category page lists nominees once voting opens.
    let (status, page) = app.beside().get_page("/categories/C7.4").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("data-testid=\"nominees\""), "{page}");

    // The round closes and voting opens: the seed is out, and anyone can replay the draw,
    // SHA-256(seed ‖ id); the nominees no longer change.
    close_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    again(&ana, "ana@panel.example").await;
    let closed: CategoryRanking = app
        .call_ok::<GetCategoryRanking>(&[("round", "shortlisting"), ("category", "C7.4")])
        .await;
    let seed = closed.seed.clone().expect("the seed after close");
    let (_, page) = app.beside().get_page("/categories/C7.4").await;
    let listed = page
        .split("data-testid=\"nominees\"")
        .nth(1)
        .and_then(|rest| rest.split("</ol>").next())
        .unwrap_or_else(|| panic!("the nominees are published: {page}"));
    assert_eq!(listed.matches("<li>").count(), 3);
    let places: Vec<usize> = closed
        .rows
        .iter()
        .map(|r| {
            listed
                .find(&r.organisation)
                .unwrap_or_else(|| panic!("{} listed", r.organisation))
        })
        .collect();
    assert!(places.is_sorted(), "in ranking order: {listed}");
    // A merge of organisations renames the published nominee at once.
    let org_id = |name: &'static str| {
        let db = app.ctx.db.clone();
        async move {
            app::entity::organisation::Entity::find()
                .filter(app::entity::organisation::Column::Name.eq(name))
                .one(&db)
                .await
                .ok()
                .flatten()
                .map(|o| o.id.to_string())
                .unwrap_or_else(|| panic!("{name}"))
        }
    };
    let (from, into) = (org_id("Alpha").await, org_id("Delta Holdings").await);
    let res = app
        .call::<MergeOrganisations>(&[
            ("from", &from),
            ("into", &into),
            ("reason", "One entity, two names."),
        ])
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let (_, page) = app.beside().get_page("/categories/C7.4").await;
    assert!(page.contains(" · Delta Holdings · "), "{page}");
    use sha2::{Digest, Sha256};
    assert_eq!(
        hex::encode(Sha256::digest(seed.as_bytes())),
        closed.seed_commitment
    );
    let tied: Vec<i64> = closed.rows[1..].iter().map(|r| r.submission_id).collect();
    let key = |id: i64| Sha256::digest(format!("{seed}{id}").as_bytes()).to_vec();
    assert!(
        key(tied[0]) < key(tied[1]),
        "the draw puts the lowest hash first"
    );
    let res = app
        .call::<ConfirmNominees>(&[("category", "C7.4"), ("reason", "One more change.")])
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("nominees-voting-opened")
    );

    // The exports neutralise what a spreadsheet would run.
    for what in ["ranking.csv", "reviews.csv"] {
        let res = app
            .client
            .get(app.url(&format!("/admin/review/shortlisting/export/{what}")))
            .send()
            .await
            .expect("the export");
        assert_eq!(res.status(), StatusCode::OK);
        assert!(
            res.headers()[reqwest::header::CONTENT_TYPE]
                .to_str()
                .unwrap_or_default()
                .starts_with("text/csv")
        );
        let text = res.text().await.unwrap_or_default();
        assert!(!text.contains(",=") && !text.contains("\n="), "{text}");
        assert!(text.contains("'="), "{text}");
    }
    let res = ana
        .client
        .get(ana.url("/admin/review/shortlisting/export/reviews.csv"))
        .send()
        .await
        .expect("the export");
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let _ = ids;
}

#[tokio::test]
async fn the_selection_ranks_champions_by_the_published_formula_and_the_winner_is_decided_with_a_reason()
 {
    use app::review::{FinalRanking, RoundKind, rounds, winners};
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    let mut ids = Vec::new();
    for (i, org) in ["Alpha", "Bravo", "Charlie", "Delta"].iter().enumerate() {
        let email = format!("owner{i}@o{i}.example");
        ids.push(eligible(&app, &email, "C7.4", &format!("Project {org}"), org).await);
    }
    // The vote made the first three champions (what the vote count will do).
    let round = rounds::current(&app.ctx, RoundKind::Selection)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let category = app::entity::category::Entity::find()
        .filter(app::entity::category::Column::Code.eq("C7.4"))
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .expect("the category");
    for id in &ids[..3] {
        winners::make_champion(&app.ctx.db, &round, category.id, id.parse().unwrap_or(0), 0)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let ana = expert(&app, "ana@panel.example").await;
    let res = app
        .call::<AddRoundExpert>(&[
            ("round", "selection"),
            ("email", "ana@panel.example"),
            ("category", "C7.4"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let report: AssignmentReport = app
        .call_ok::<RunAssignment>(&[("round", "selection")])
        .await;
    assert_eq!(
        report.added, 3,
        "only champions are entries of the selection"
    );

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
    again(&ana, "ana@panel.example").await;
    let mine = my_list(&ana).await;
    assert_eq!(mine.round, Some(RoundKind::Selection));
    for (entry, value) in mine.entries.iter().zip(["9", "7", "7"]) {
        let res = send_review(&ana, entry.assignment_id, &selection_scores(value), "").await;
        assert_eq!(
            res.status(),
            StatusCode::OK,
            "{}",
            res.text().await.unwrap_or_default()
        );
    }
    let ranking: FinalRanking = app
        .call_ok::<GetFinalRanking>(&[("category", "C7.4")])
        .await;
    assert_eq!((ranking.formula_experts, ranking.formula_votes), (100, 0));
    assert_eq!(ranking.rows.len(), 3);
    let top = &ranking.rows[0].breakdown;
    assert_eq!(top.expert_mean, Some(90.0));
    assert!((top.expert_part - 90.0).abs() < 1e-9 && top.vote_part == 0.0);
    assert!((top.score - 90.0).abs() < 1e-9);
    // The two sevens tie on every count: the draw orders them, and says so.
    assert_eq!(
        ranking.rows[1].breakdown.above_next_by,
        Some(app::review::rules::TieRule::Draw)
    );

    let top_id = top.submission_id.to_string();
    let decide = |id: &str, kind: &str, reason: &str| {
        let (id, kind, reason) = (id.to_owned(), kind.to_owned(), reason.to_owned());
        let app = &app;
        async move {
            app.call::<DecideAward>(&[
                ("category", "C7.4"),
                ("submission_id", &id),
                ("kind", &kind),
                ("reason", &reason),
            ])
            .await
        }
    };
    let res = decide(&ids[3], "winner", "Best of all").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("award-not-a-champion")
    );
    let res = decide(&top_id, "winner", "").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = decide(&top_id, "champion", "Why not").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = decide(
        &top_id,
        "winner",
        "Highest merit and impact, by the panel's scores.",
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let second = ranking.rows[1].breakdown.submission_id.to_string();
    let res = decide(&second, "winner", "A second winner").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("award-winners-full")
    );
    let res = decide(
        &second,
        "special_recognition",
        "Original use of radio in schools.",
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let after: FinalRanking = app
        .call_ok::<GetFinalRanking>(&[("category", "C7.4")])
        .await;
    assert!(after.rows[0].winner.is_some() && after.rows[1].special.is_some());
    let log = app.audit_log().await;
    assert_eq!(
        log.rows
            .iter()
            .filter(|e| e.action == "review.award_decided")
            .count(),
        2
    );
}
