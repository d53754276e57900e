//! The registry: earlier winners imported, organisations merged.

use super::*;

#[tokio::test]
async fn an_earlier_winner_imported_from_csv_flags_the_same_project_submitted_again() {
    let app = spawn_app().await;
    app.signed_in_account("again@example.org").await;
    let id = new_draft(&app, "C7.7").await;
    let good = description("Farm", 170);
    app.call::<SaveSubmission>(&form(
        &id,
        "FarmPrice SMS Service",
        "AgriConnect Kenya Ltd",
        &good,
    ))
    .await;
    app.call::<SubmitSubmission>(&[("id", &id)]).await;
    app.call::<Logout>(&[]).await;

    app.signed_in_secretariat("registry@itu.example").await;

    app.allow_screening_during_submission().await;
    let bad = app
        .call::<ImportPastWinners>(&[(
            "csv",
            "2024,C7.7,Title,Org,KE\n1990,C1,Old,Org,KE\n2023,C7.4,x,y,ZZ\n",
        )])
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = bad.text().await.expect("a response body");
    assert!(
        body.contains("line-2")
            && body.contains("past-winners-line-year")
            && body.contains("line-3"),
        "{body}"
    );
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        app::entity::past_winner::Entity::find()
            .count(&app.ctx.db)
            .await
            .unwrap_or(9),
        0,
        "all or nothing"
    );

    let csv = "year,category,title,organisation,country\n2023,C7.7,\"Farm Price SMS service\",\"AgriConnect Kenya\",KE\n2022,C3,Open Library Network,Libraries United,PE\n";
    let report: serde_json::Value = app
        .call::<ImportPastWinners>(&[("csv", csv)])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(
        (report["imported"].as_u64(), report["flagged"].as_u64()),
        (Some(2), Some(1))
    );
    let report: serde_json::Value = app
        .call::<ImportPastWinners>(&[("csv", csv)])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(
        (report["imported"].as_u64(), report["skipped"].as_u64()),
        (Some(0), Some(2))
    );

    let view = app.screened(&id).await;
    let flag = view
        .flags
        .iter()
        .find(|x| x.kind == "past_winner")
        .cloned()
        .expect("a flag for the earlier winner");
    assert!(flag.detail.contains("2023 C7.7"), "{flag:?}");
}

#[tokio::test]
async fn merging_two_names_of_one_entity_waits_for_double_entries_to_be_resolved_then_moves_submissions()
 {
    let app = spawn_app().await;
    app.signed_in_account("m1@example.org").await;
    let good = description("Data", 170);
    let a = sent_submission(
        &app,
        "C7.8",
        "Open Research Data",
        "National Research Network",
        &good,
    )
    .await;
    let other = other_person(&app, "m2@example.org").await;
    let b = new_draft(&other, "C7.8").await;
    other
        .call::<SaveSubmission>(&form(
            &b,
            "Science Cloud",
            "NREN of Senegal",
            &description("Cloud", 170),
        ))
        .await;
    other.call::<SubmitSubmission>(&[("id", &b)]).await;
    app.call::<Logout>(&[]).await;

    app.signed_in_secretariat("merge@itu.example").await;

    app.allow_screening_during_submission().await;
    let orgs: serde_json::Value = app
        .call::<ListOrganisations>(&[("query", "")])
        .await
        .json()
        .await
        .expect("a JSON response");
    let id_of = |name: &str| {
        orgs.as_array()
            .and_then(|o| o.iter().find(|x| x["name"] == name))
            .map(|x| x["id"].to_string())
            .expect("the organisation in the list")
    };
    let (from, into) = (id_of("NREN of Senegal"), id_of("National Research Network"));
    let no_reason = app
        .call::<MergeOrganisations>(&[("from", &from), ("into", &into), ("reason", "")])
        .await;
    assert!(
        no_reason
            .text()
            .await
            .expect("a response body")
            .contains("reason-required")
    );
    // Both hold a place in C7.8: the merge would leave two sent submissions of one entity in
    // one category. It is refused, with the pair to resolve first.
    let merge = || async {
        app.call::<MergeOrganisations>(&[
            ("from", &from),
            ("into", &into),
            ("reason", "NREN is the acronym of the same network"),
        ])
        .await
    };
    let refused = merge().await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = refused.text().await.expect("a response body");
    assert!(body.contains("merge-duplicates"), "{body}");
    assert!(body.contains(&format!("pair-{b}-{a}")), "{body}");
    assert_eq!(
        app.call::<DecideSubmission>(&[
            ("id", &b),
            ("decision", "not_eligible"),
            ("text", "Submitted twice by one network"),
            ("days", ""),
            ("to_category", ""),
        ],)
            .await
            .status(),
        StatusCode::OK
    );
    let res = merge().await;
    assert_eq!(res.status(), StatusCode::OK);

    for id in [&a, &b] {
        let view = app.screened(id).await;
        assert_eq!(view.form.organisation, "National Research Network");
        let kinds: Vec<&str> = view.flags.iter().map(|f| f.kind.as_str()).collect();
        assert!(kinds.contains(&"same_entity_category"), "{kinds:?}");
    }
    let orgs: serde_json::Value = app
        .call::<ListOrganisations>(&[("query", "NREN")])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(
        orgs,
        serde_json::json!([]),
        "a merged organisation is no longer listed"
    );
    let log = app.audit_log().await;
    assert_eq!(log.rows[0].action, "organisation.merge");
}
