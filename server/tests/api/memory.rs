//! The editions, their calendars and categories are read from memory: an edit shows at once
//! on the instance that made it, and within the stated bound on another instance sharing the
//! database; a change made behind the platform's back is not read at all.

use app::{
    catalogue::GetCurrentEdition,
    editions::{CategoryAdmin, GetCategoriesAdmin, SaveCategory},
    entity::category_text,
    versioned::CHECK_EVERY,
};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait};

use crate::support::{Options, TestApp, spawn_app, spawn_app_with};

/// Saves a new English title for the category `code`, as the categories page posts it.
async fn retitle(app: &TestApp, code: &str, title: &str) -> StatusCode {
    let admin: CategoryAdmin = app.call_ok::<GetCategoriesAdmin>(&[]).await;
    let row = admin
        .rows
        .iter()
        .find(|r| r.input.code == code)
        .expect("the category");
    let (edition, id, i) = (admin.edition_id.to_string(), row.id.to_string(), &row.input);
    let mut form = vec![
        ("edition_id", edition.as_str()),
        ("category_id", id.as_str()),
        ("code", i.code.as_str()),
        ("number", i.number.as_str()),
        ("nominees", i.nominees.as_str()),
        ("champions", i.champions.as_str()),
        ("winners", i.winners.as_str()),
        ("title_en", title),
        ("description_en", i.description_en.as_str()),
        // The other languages are left out of the form: their stored texts stay.
        ("reason", "Council decision: a clearer title"),
    ];
    if i.is_special {
        form.push(("is_special", "on"));
    }
    app.call::<SaveCategory>(&form).await.status()
}

const NEW_TITLE: &str = "Farming with data, retitled";

#[tokio::test]
async fn a_retitled_category_shows_on_the_public_pages_at_once() {
    let app = spawn_app().await;
    app.signed_in_secretariat("prizes@itu.example").await;
    // Both pages have been read, so the editions are held in memory.
    for path in ["/", "/categories/C7.4"] {
        let (status, html) = app.get_page(path).await;
        assert_eq!(status, StatusCode::OK);
        assert!(!html.contains(NEW_TITLE), "{path}");
    }

    assert_eq!(retitle(&app, "C7.4", NEW_TITLE).await, StatusCode::OK);

    for path in ["/", "/categories/C7.4"] {
        let (_, html) = app.get_page(path).await;
        assert!(
            html.contains(NEW_TITLE),
            "{path} shows the new title at once"
        );
    }
}

#[tokio::test]
async fn another_instance_on_the_same_database_shows_the_edit_within_the_bound() {
    let first = spawn_app().await;
    first.signed_in_secretariat("prizes@itu.example").await;
    let second = spawn_app_with(Options {
        database_url: Some(first.database_url.clone()),
        ..Options::default()
    })
    .await;
    let (_, before) = second.get_page("/categories/C7.4").await;
    assert!(!before.contains(NEW_TITLE));

    assert_eq!(retitle(&first, "C7.4", NEW_TITLE).await, StatusCode::OK);
    let (_, on_first) = first.get_page("/categories/C7.4").await;
    assert!(on_first.contains(NEW_TITLE));

    // The stated bound: one version check period, and the time a reload takes.
    tokio::time::sleep(CHECK_EVERY + std::time::Duration::from_millis(500)).await;
    let (_, on_second) = second.get_page("/categories/C7.4").await;
    assert!(
        on_second.contains(NEW_TITLE),
        "the second instance reloaded"
    );
}

#[tokio::test]
async fn pages_read_the_editions_from_memory_not_from_the_database() {
    let app = spawn_app().await;
    let (_, before) = app.get_page("/categories/C7.4").await;
    assert!(!before.contains(NEW_TITLE));

    // A title changed in the database with the catalogue's version put back where it was (the
    // triggers move it with every such write): an instance that read the database on each
    // request would show it.
    let admin = app.beside();
    admin.signed_in_secretariat("prizes@itu.example").await;
    let rows: CategoryAdmin = admin.call_ok::<GetCategoriesAdmin>(&[]).await;
    let id = rows
        .rows
        .iter()
        .find(|r| r.input.code == "C7.4")
        .expect("the category")
        .id;
    let txn = app::db::begin_write(&app.ctx.db)
        .await
        .expect("a transaction");
    category_text::ActiveModel {
        category_id: sea_orm::Unchanged(id),
        locale: sea_orm::Unchanged(app::i18n::Locale::En),
        title: Set(NEW_TITLE.to_owned()),
        ..Default::default()
    }
    .update(&txn)
    .await
    .expect("the title changed");
    txn.execute_unprepared(
        "UPDATE content_versions SET version = version - 1 WHERE name = 'editions'",
    )
    .await
    .expect("the version put back");
    txn.commit().await.expect("committed");

    tokio::time::sleep(CHECK_EVERY + std::time::Duration::from_millis(200)).await;
    let (_, after) = app.get_page("/categories/C7.4").await;
    assert!(
        !after.contains(NEW_TITLE),
        "the page still shows the title held in memory"
    );
}

/// The home page's dates and standing are written out once per language and kept until the
/// next phase opens or closes: crossing that instant shows the new standing at once.
#[tokio::test]
async fn the_standing_changes_when_a_phase_closes_though_the_page_is_held() {
    let app = spawn_app().await;
    let overview: app::catalogue::EditionOverview = app
        .call_ok::<GetCurrentEdition>(&[])
        .await
        .expect("an edition");
    assert!(matches!(
        overview.standing.state,
        app::phases::PhaseState::Open {
            kind: app::codes::PhaseKind::Submission,
            ..
        }
    ));
    let (_, before) = app.get_page("/").await;
    assert!(before.contains("Submission of projects is open until"));

    let app::phases::PhaseState::Open { closes_at, .. } = overview.standing.state else {
        unreachable!("checked above")
    };
    app.ctx.clock.advance(closes_at - app.ctx.clock.now());
    let (_, after) = app.get_page("/").await;
    assert!(
        !after.contains("Submission of projects is open until"),
        "the submission phase has closed"
    );
    let (_, category) = app.get_page("/categories/C7.4").await;
    assert!(!category.contains("Submission of projects is open until"));
}
