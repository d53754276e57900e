//! Acts that run at the same time: a save racing the act that locks the submission, many
//! audited acts committing at once, two instances starting on one empty database.

use std::time::Duration;

use app::nominations::{DecideSubmission, SaveSubmission};
use futures::future::join_all;
use reqwest::StatusCode;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, TransactionTrait,
    sea_query::Expr,
};

use crate::support::{Options, description, form, new_draft, spawn_app, spawn_app_with};

#[tokio::test]
async fn a_save_that_waits_behind_a_submit_sees_the_lock_and_changes_nothing() {
    let app = spawn_app().await;
    app.signed_in_account("racer@example.org").await;
    let id = new_draft(&app, "C5").await;
    let good = description("Secure", 170);
    app.call::<SaveSubmission>(&form(&id, "Safe Schools", "Cyber Trust", &good))
        .await;
    let sid: i64 = id.parse().expect("a number");

    // Another writer holds the submission (as the sending of it would) ...
    let txn = app
        .ctx
        .db
        .begin_with_options(sea_orm::TransactionOptions {
            sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    app::entity::submission::Entity::find_by_id(sid)
        .lock_exclusive()
        .one(&txn)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    // ... while the owner saves a change.
    let save = {
        let app_client = app.client.clone();
        let url = app.url_of::<SaveSubmission>();
        let changed = form(&id, "Changed behind the lock", "Cyber Trust", &good)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect::<Vec<_>>();
        tokio::spawn(async move { app_client.post(url).form(&changed).send().await })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    // The other writer sends it and lets go.
    app::entity::submission::Entity::update_many()
        .col_expr(
            app::entity::submission::Column::Status,
            Expr::value("submitted"),
        )
        .filter(app::entity::submission::Column::Id.eq(sid))
        .exec(&txn)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    txn.commit().await.unwrap_or_else(|e| panic!("{e}"));

    let res = save
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "the save saw the lock");
    let stored = app::entity::submission::Entity::find_by_id(sid)
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .map(|s| s.title)
        .expect("the submission");
    assert_eq!(stored, "Safe Schools", "nothing was written after the lock");
}

#[tokio::test]
async fn fifty_decisions_posted_at_once_are_all_recorded_and_the_chain_holds() {
    let app = spawn_app().await;
    app::demo::load(&app.ctx, 160)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let submitted: Vec<i64> = app::entity::submission::Entity::find()
        .filter(app::entity::submission::Column::Status.eq("submitted"))
        .all(&app.ctx.db)
        .await
        .expect("the rows")
        .into_iter()
        .map(|s| s.id)
        .take(50)
        .collect();
    assert_eq!(submitted.len(), 50);
    app.signed_in_secretariat("fifty@itu.example").await;
    app.allow_screening_during_submission().await;
    let before = app::entity::audit_entry::Entity::find()
        .all(&app.ctx.db)
        .await
        .expect("the rows")
        .len();
    // As plain form posts, the way the screening page posts without JavaScript.
    let app = &app;
    let posts = submitted.iter().map(|id| async move {
        let id = id.to_string();
        app.post_plain::<DecideSubmission>(
            &[
                ("id", id.as_str()),
                ("decision", "eligible"),
                ("text", ""),
                ("days", ""),
                ("to_category", ""),
            ],
            &format!("/admin/screening/{id}"),
        )
        .await
    });
    let answers = join_all(posts).await;
    for (id, res) in submitted.iter().zip(&answers) {
        assert_eq!(res.status(), StatusCode::FOUND, "decision on {id}");
        let location = res
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .expect("a Location header");
        assert_eq!(location, format!("/admin/screening/{id}?decided=1"));
    }
    let eligible = app::entity::submission::Entity::find()
        .filter(app::entity::submission::Column::Id.is_in(submitted.clone()))
        .filter(app::entity::submission::Column::Status.eq("eligible"))
        .all(&app.ctx.db)
        .await
        .expect("the rows");
    assert_eq!(eligible.len(), 50);
    let after = app::entity::audit_entry::Entity::find()
        .all(&app.ctx.db)
        .await
        .expect("the rows")
        .len();
    assert_eq!(after - before, 50);
    assert_eq!(
        app::audit::verify_chain(&app.ctx.db)
            .await
            .unwrap_or(Some(-1)),
        None,
        "the chain is whole"
    );
}

#[tokio::test]
async fn two_instances_starting_together_on_one_empty_database_both_come_up() {
    let first = spawn_app().await;
    // A second, empty database for the pair (PostgreSQL), or a fresh SQLite file.
    let url = match std::env::var("WSIS_TEST_DB").as_deref() {
        Ok("postgres") => {
            let base = std::env::var("WSIS_TEST_POSTGRES")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
            let name = format!("wsis_test_{}", crate::support::tempdir::hex_id());
            first
                .ctx
                .db
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            format!("{base}/{name}")
        }
        _ => {
            let dir = first
                ._dir
                .as_ref()
                .map(|d| d.0.clone())
                .expect("the test directory");
            format!("sqlite://{}?mode=rwc", dir.join("pair.db").display())
        }
    };
    let (a, b) = tokio::join!(
        spawn_app_with(Options {
            database_url: Some(url.clone()),
            ..Options::default()
        }),
        spawn_app_with(Options {
            database_url: Some(url.clone()),
            ..Options::default()
        }),
    );
    for app in [&a, &b] {
        let (status, html) = app.get_page("/").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("WSIS Prizes"));
    }
    let editions = app::entity::edition::Entity::find()
        .all(&a.ctx.db)
        .await
        .expect("the rows");
    assert_eq!(editions.len(), 1, "seeded once");
    let categories = app::entity::category::Entity::find()
        .all(&a.ctx.db)
        .await
        .expect("the rows");
    assert_eq!(categories.len(), 18);
}

/// Listing the routes runs the whole application once with resource loading suspended,
/// process-wide (a flag in Leptos): a page whose data starts loading at that moment waits
/// forever. Several instances started in one process, as the tests start them, must not list
/// their routes while another renders.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_keep_rendering_while_other_instances_start_in_the_same_process() {
    let app = std::sync::Arc::new(spawn_app().await);
    let renders = {
        let app = app.clone();
        tokio::spawn(async move {
            for i in 0..200 {
                let page = if i % 2 == 0 { "/" } else { "/categories/C7.4" };
                let answer =
                    tokio::time::timeout(Duration::from_secs(10), app.get_page(page)).await;
                let (status, _) = answer.unwrap_or_else(|_| panic!("request {i} ({page}) hung"));
                assert_eq!(status, StatusCode::OK);
            }
        })
    };
    for _ in 0..12 {
        let _other = spawn_app().await;
    }
    renders.await.unwrap_or_else(|e| panic!("{e}"));
}
