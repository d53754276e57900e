//! What is read back from the database is a value the code knows, or a fault to see in the
//! log: never a silent default (a draft, the default limits, UTC) that would let the contest
//! run on wrong rules.

use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use crate::helpers::{TestApp, new_draft, spawn_app};

async fn set_edition(app: &TestApp, column: app::entity::edition::Column, value: &str) {
    app::entity::edition::Entity::update_many()
        .col_expr(column, Expr::value(value))
        .exec(&app.ctx.db)
        .await
        .expect("the edition updated");
}

#[tokio::test]
async fn a_submission_with_an_unknown_stored_status_is_a_fault_not_a_draft() {
    let app = spawn_app().await;
    app.signed_in_account("stored-status@example.org").await;
    let id = new_draft(&app, "C1").await;
    app::entity::submission::Entity::update_many()
        .col_expr(
            app::entity::submission::Column::Status,
            Expr::value("archived"),
        )
        .filter(app::entity::submission::Column::Id.eq(id.parse::<i64>().expect("an id")))
        .exec(&app.ctx.db)
        .await
        .expect("the submission updated");
    let res = app.call("nominations/get-submission", &[("id", &id)]).await;
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(res.text().await.expect("a response body"), "\"Internal\"");
    // Nor can it be sent, as a draft could be.
    let res = app
        .call("nominations/submit-submission", &[("id", &id)])
        .await;
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

#[tokio::test]
async fn an_edition_whose_stored_form_limits_cannot_be_read_is_a_fault_not_the_defaults() {
    let app = spawn_app().await;
    app.signed_in_account("stored-limits@example.org").await;
    let id = new_draft(&app, "C2").await;
    set_edition(
        &app,
        app::entity::edition::Column::SubmissionRules,
        "{\"short_min_words\": \"many\"}",
    )
    .await;
    let res = app.call("nominations/get-submission", &[("id", &id)]).await;
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

#[tokio::test]
async fn an_edition_whose_stored_time_zone_is_unknown_is_a_fault_not_utc() {
    let app = spawn_app().await;
    set_edition(
        &app,
        app::entity::edition::Column::TimeZone,
        "Mars/Olympus_Mons",
    )
    .await;
    let res = app.call("editions/get-current-edition", &[]).await;
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
}
