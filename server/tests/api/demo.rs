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
        .expect("the rows");
    assert_eq!(all.len() as u64, report.submissions);
    let categories: std::collections::HashSet<i64> = all.iter().map(|s| s.category_id).collect();
    assert_eq!(categories.len(), 18);
    for status in [
        "draft",
        "submitted",
        "changes_requested",
        "eligible",
        "not_eligible",
        "withdrawn",
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
    // Moved, lapsed and flagged submissions are there too.
    use app::entity::{screening_decision, submission_flag};
    for decision in [
        "moved",
        "changes_lapsed",
        "withdrawn",
        "eligible",
        "not_eligible",
    ] {
        let n = screening_decision::Entity::find()
            .filter(screening_decision::Column::Decision.eq(decision))
            .count(&app.ctx.db)
            .await
            .unwrap_or(0);
        assert!(n > 0, "no {decision} decision");
    }
    assert!(
        submission_flag::Entity::find()
            .count(&app.ctx.db)
            .await
            .unwrap_or(0)
            > 0,
        "no flagged submission"
    );
    // The site says plainly that the edition holds demonstration data.
    let (_, home) = app.get_page("/").await;
    assert!(home.contains("This edition holds demonstration data"));
    let (_, category) = app.get_page("/categories/C4").await;
    assert!(category.contains("This edition holds demonstration data"));
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
        .call("nominations/get-screening-queue", &q)
        .await
        .json()
        .await
        .expect("a JSON response");
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
        .call("nominations/get-screening-queue", &all_q)
        .await
        .json()
        .await
        .expect("a JSON response");
    let counts = &second["counts"];
    let total: u64 = [
        "submitted",
        "changes_requested",
        "eligible",
        "not_eligible",
        "withdrawn",
    ]
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
        .find(|s| s.status == "eligible" && s.picture_id.is_some())
        .expect("an eligible submission with a picture in the demo");
    {
        let s = eligible_with_picture;
        let res = crate::helpers::client()
            .get(app.url(&format!(
                "/pictures/{}/thumb",
                s.picture_id.expect("a picture")
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

/// Everything a demo load writes, table by table, in id order (the audit entry that records
/// when the load ran aside).
async fn dump(db: &sea_orm::DatabaseConnection) -> String {
    use app::entity::*;
    macro_rules! rows {
        ($($entity:ident),*) => {{
            let mut out = String::new();
            $(
                let rows = $entity::Entity::find().all(db).await.unwrap_or_else(|e| panic!("{e}"));
                out.push_str(&format!("{}: {:?}\n", stringify!($entity), rows));
            )*
            out
        }};
    }
    rows!(
        edition,
        phase,
        category,
        account,
        organisation,
        picture,
        submission,
        submission_member,
        screening_decision,
        submission_flag
    )
}

#[tokio::test]
async fn the_demo_load_gives_the_same_database_whatever_the_day() {
    let t0 = jiff::Timestamp::now().as_second();
    let mut dumps = Vec::new();
    for days_later in [0, 3] {
        let (db, _dir) = crate::helpers::fresh_database().await;
        app::editions::seed::ensure_seeded(&db, t0)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        app::demo::load(&db, t0 + days_later * 86_400, 120)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        dumps.push(dump(&db).await);
    }
    assert!(dumps[0].len() > 100_000, "the dump holds the data");
    if dumps[0] != dumps[1] {
        let first_difference = dumps[0]
            .chars()
            .zip(dumps[1].chars())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        let at = first_difference.saturating_sub(200);
        panic!(
            "the loads differ at {first_difference}:\n{}\n---\n{}",
            dumps[0].get(at..at + 400).unwrap_or(""),
            dumps[1].get(at..at + 400).unwrap_or("")
        );
    }
}
