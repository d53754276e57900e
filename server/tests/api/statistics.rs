//! The statistics page through the real server: an edition's figures for anyone, the vote's
//! figures only once its results are published, and clear answers to what is not an edition.

use app::{
    entity::{edition, submission},
    statistics::{EditionStatistics, GetStatistics},
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::support::spawn_with_past_edition;

/// Submissions sent to the contest in the edition of `year`, as the database counts them.
async fn sent_in(db: &sea_orm::DatabaseConnection, year: i32) -> u64 {
    let id = edition::Entity::find()
        .filter(edition::Column::Year.eq(year))
        .one(db)
        .await
        .expect("the editions")
        .expect("the edition")
        .id;
    submission::Entity::find()
        .filter(submission::Column::EditionId.eq(id))
        .filter(submission::Column::Status.is_in([
            "submitted",
            "changes_requested",
            "eligible",
            "not_eligible",
        ]))
        .count(db)
        .await
        .expect("a count")
}

fn total(counts: &[(String, u64)]) -> u64 {
    counts.iter().map(|(_, n)| n).sum()
}

#[tokio::test]
async fn an_edition_in_figures_shows_the_vote_only_once_its_results_are_published() {
    let (app, past) = spawn_with_past_edition().await;
    let db = &app.ctx.db;
    let visitor = app.beside();

    // The past edition, published: its submissions three ways, and the vote.
    let year = past.year.to_string();
    let stats: EditionStatistics = visitor
        .call_ok::<GetStatistics>(&[("edition", &year)])
        .await;
    assert_eq!(stats.year, past.year);
    assert_eq!(stats.submissions, sent_in(db, past.year).await);
    assert!(stats.submissions > 0);
    assert_eq!(stats.by_category.len(), 18);
    for counts in [&stats.by_category, &stats.by_region, &stats.by_stakeholder] {
        assert_eq!(total(counts), stats.submissions, "{counts:?}");
    }
    assert!(
        stats.by_region.iter().filter(|(_, n)| *n > 0).count() >= 3,
        "{:?}",
        stats.by_region
    );
    let vote = stats.vote.expect("the published vote");
    assert_eq!(total(&vote.valid_by_category), past.vote.valid);
    // Every vote cast, day by day, in order.
    assert_eq!(total(&vote.cast_by_day), past.vote.votes);
    assert!(vote.cast_by_day.len() >= 2, "{:?}", vote.cast_by_day);
    assert!(vote.cast_by_day.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(vote.cast_by_day.iter().all(|(d, _)| d.len() == 10));
    assert_eq!(total(&vote.winners_by_region), past.vote.winners);
    assert_eq!(
        total(&vote.champions_by_region),
        u64::try_from(past.vote.champions).unwrap_or(0)
    );

    // Its page: the charts drawn on the server, no script.
    let (status, page) = visitor
        .get_page(&format!("/statistics?edition={year}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    for chart in [
        "stats-categories",
        "stats-regions",
        "stats-stakeholders",
        "stats-votes",
        "stats-winners",
        "stats-champions",
        "stats-days",
    ] {
        assert!(
            page.contains(&format!("data-testid=\"{chart}\"")),
            "{chart}"
        );
    }
    assert!(page.contains("<svg"));
    assert!(!page.contains(".wasm"), "a light page loads no wasm");

    // The current edition, not published: its submissions, and no vote, award or count of
    // it, to anyone but the secretariat.
    let current: EditionStatistics = visitor.call_ok::<GetStatistics>(&[("edition", "")]).await;
    assert_ne!(current.year, past.year);
    assert_eq!(current.submissions, sent_in(db, current.year).await);
    assert!(current.vote.is_none());
    let (status, page) = visitor.get_page("/statistics").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("data-testid=\"stats-vote-later\""));
    for hidden in ["stats-votes", "stats-winners", "stats-champions"] {
        assert!(!page.contains(hidden), "{hidden} before publication");
    }
    // The home page links to the figures.
    let (_, home) = visitor.get_page("/").await;
    assert!(home.contains("href=\"/statistics\""));

    // What is not an edition: a message, or not found; never a 500.
    let (status, page) = visitor.get_page("/statistics?edition=next").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("class=\"form-error\""), "{page}");
    let (status, _) = visitor.get_page("/statistics?edition=1999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let res = visitor
        .call::<GetStatistics>(&[("edition", "<script>")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
