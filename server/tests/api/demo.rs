use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_demo_edition_loads_once_with_every_category_and_screening_state() {
    let app = spawn_app().await;
    let now = app.ctx.clock.now();
    let report = app::demo::load(&app.ctx.db, now, 180)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(report.submissions >= 170, "{report:?}");
    assert!(report.pictures >= 50);
    let again = app::demo::load(&app.ctx.db, now, 180)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(again.already_loaded && again.submissions == 0);

    use app::entity::submission;
    let all = submission::Entity::find()
        .all(&app.ctx.db)
        .await
        .unwrap_or_default();
    assert_eq!(all.len() as u64, report.submissions);
    let categories: std::collections::HashSet<i64> = all.iter().map(|s| s.category_id).collect();
    assert_eq!(categories.len(), 18);
    for status in [
        "draft",
        "submitted",
        "changes_requested",
        "eligible",
        "not_eligible",
    ] {
        let n = submission::Entity::find()
            .filter(submission::Column::Status.eq(status))
            .count(&app.ctx.db)
            .await
            .unwrap_or(0);
        assert!(n > 0, "no {status} submission");
    }
    for s in &all {
        let words = app::nominations::rules::word_count(&s.short_description);
        assert!((150..=200).contains(&words), "{words} words in {}", s.title);
        assert!(!s.title.contains('{') && !s.short_description.contains('{'));
    }
    // The one-entity-per-category rule holds in the demo data too.
    let mut seen = std::collections::HashSet::new();
    for s in &all {
        assert!(
            seen.insert((s.category_id, s.organisation_id)),
            "duplicate entity in a category"
        );
    }

    app.signed_in_secretariat("demo@itu.example").await;
    let q = [
        ("category", "C7.4"),
        ("status", ""),
        ("country", ""),
        ("region", ""),
        ("stakeholder_type", ""),
        ("flagged", ""),
    ];
    let queue: serde_json::Value = app
        .call("screening/queue", &q)
        .await
        .json()
        .await
        .unwrap_or_default();
    assert!(queue["counts"]["eligible"].as_u64().unwrap_or(0) > 0);
    // The whole queue is paged; the counts cover every page.
    let all_q = [
        ("category", ""),
        ("status", ""),
        ("country", ""),
        ("region", ""),
        ("stakeholder_type", ""),
        ("flagged", ""),
        ("page", "1"),
    ];
    let second: serde_json::Value = app
        .call("screening/queue", &all_q)
        .await
        .json()
        .await
        .unwrap_or_default();
    let counts = &second["counts"];
    let total: u64 = ["submitted", "changes_requested", "eligible", "not_eligible"]
        .iter()
        .map(|k| counts[*k].as_u64().unwrap_or(0))
        .sum();
    assert!(total > 100, "{total}");
    assert_eq!(
        (second["page"].as_u64(), second["pages"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(
        second["rows"].as_array().map(Vec::len),
        Some(total as usize - 100)
    );
    let eligible_with_picture = all
        .iter()
        .find(|s| s.status == "eligible" && s.picture_id.is_some());
    if let Some(s) = eligible_with_picture {
        let res = reqwest::Client::new()
            .get(app.url(&format!(
                "/pictures/{}/thumb",
                s.picture_id.unwrap_or_default()
            )))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            res.status(),
            StatusCode::OK,
            "an eligible project's picture is public"
        );
    }
}
