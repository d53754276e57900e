//! What the public reads is one catalogue, held in memory: every write the public can see
//! moves its version in the write's own transaction (even a write that bypasses the
//! services), a draft saved moves nothing, a search never writes, and an edition has both of
//! its expert rounds from the day it is made.

use std::time::Duration;

use app::{
    entity::{content_version, gallery_document, organisation, review_round, submission},
    gallery::SearchGallery,
    nominations::SaveSubmission,
    review::{GetRound, RoundKind},
};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use crate::support::{TestApp, form, new_draft, other_person, spawn_app, spawn_with_past_edition};

/// A version of `content_versions`.
async fn version(app: &TestApp, name: &str) -> i64 {
    content_version::Entity::find_by_id(name.to_owned())
        .one(&app.ctx.db)
        .await
        .expect("the versions")
        .map_or(0, |v| v.version)
}

/// The catalogue's version.
async fn catalogue_version(app: &TestApp) -> i64 {
    version(app, app::catalogue::CATALOGUE).await
}

#[tokio::test]
async fn a_draft_saved_moves_no_version() {
    let app = spawn_app().await;
    let owner = other_person(&app, "owner@example.org").await;
    let id = new_draft(&owner, "C7.4").await;
    let before = catalogue_version(&app).await;
    let res = owner
        .call::<SaveSubmission>(&form(&id, "A title", "An organisation", "A summary"))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        catalogue_version(&app).await,
        before,
        "a draft is nothing the public reads"
    );
}

/// A nominee's organisation renamed straight in the database, as no service does: the
/// triggers move the version all the same, so every instance shows it within the bound, and
/// the server's job writes the search documents behind it. Searching meanwhile writes
/// nothing.
#[tokio::test]
async fn a_write_behind_the_services_back_is_still_seen_and_a_search_writes_nothing() {
    let (app, past) = spawn_with_past_edition().await;
    let db = &app.ctx.db;
    let document = gallery_document::Entity::find()
        .filter(gallery_document::Column::Year.eq(past.year))
        .one(db)
        .await
        .expect("the documents")
        .expect("a document of the published edition");
    let nominee = submission::Entity::find_by_id(document.submission_id)
        .one(db)
        .await
        .expect("the submissions")
        .expect("the nominee");
    let org = organisation::Entity::find_by_id(nominee.organisation_id.expect("organisation"))
        .one(db)
        .await
        .expect("the organisations")
        .expect("the organisation");
    let before = catalogue_version(&app).await;
    let mut renamed: organisation::ActiveModel = org.into();
    renamed.name = Set("Observatoire quetzalcoatl".to_owned());
    renamed.update(db).await.expect("renamed");
    assert!(
        catalogue_version(&app).await > before,
        "the rename moved the version"
    );

    // A search reads the documents as they are, and writes nothing.
    let written_at = version(&app, "gallery").await;
    let visitor = app.beside();
    let _: app::gallery::SearchResults = visitor
        .call_ok::<SearchGallery>(&[("q", "quetzalcoatl")])
        .await;
    assert_eq!(version(&app, "gallery").await, written_at);

    // Within a second or two, the job has written them and the instance has read the
    // catalogue again: the search finds the new name, the project's page shows it.
    let path = format!("/projects/{}", nominee.id);
    let mut seen = (0, false);
    for _ in 0..50 {
        let results: app::gallery::SearchResults = visitor
            .call_ok::<SearchGallery>(&[("q", "quetzalcoatl")])
            .await;
        let (_, page) = visitor.get_page(&path).await;
        seen = (results.total, page.contains("Observatoire quetzalcoatl"));
        if seen == (1, true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        seen,
        (1, true),
        "the documents written, the page read afresh"
    );
}

/// The seeds of the rounds of the current edition.
async fn round_seeds(app: &TestApp) -> Vec<(String, String)> {
    review_round::Entity::find()
        .all(&app.ctx.db)
        .await
        .expect("the rounds")
        .into_iter()
        .map(|r| (r.kind.code().to_owned(), r.seed))
        .collect()
}

#[tokio::test]
async fn an_edition_has_both_rounds_from_the_start_and_start_up_makes_missing_ones() {
    let app = spawn_app().await;
    let seeds = round_seeds(&app).await;
    let kinds: Vec<&str> = seeds.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(kinds.len(), 2);
    for kind in RoundKind::ALL {
        assert!(kinds.contains(&kind.code()), "{kind:?}");
    }
    assert_ne!(seeds[0].1, seeds[1].1, "each round has a seed of its own");

    // Reading the rounds makes none: with the rounds gone, the secretariat's round page fails
    // and no round appears.
    review_round::Entity::delete_many()
        .exec(&app.ctx.db)
        .await
        .expect("the rounds removed");
    let secretariat = app.beside();
    secretariat
        .signed_in_secretariat("prizes@itu.example")
        .await;
    let res = secretariat
        .call::<GetRound>(&[("round", "shortlisting")])
        .await;
    assert!(!res.status().is_success());
    assert_eq!(
        review_round::Entity::find()
            .count(&app.ctx.db)
            .await
            .expect("the rounds"),
        0
    );

    // The next start makes them, with fresh seeds.
    let second = crate::support::spawn_app_with(crate::support::Options {
        database_url: Some(app.database_url.clone()),
        ..crate::support::Options::default()
    })
    .await;
    let again = round_seeds(&second).await;
    assert_eq!(again.len(), 2);
    assert!(
        again
            .iter()
            .all(|(_, seed)| seeds.iter().all(|(_, s)| s != seed))
    );
}
