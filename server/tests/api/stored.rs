//! What is read back from the database is a value the code knows, or a fault to see in the
//! log: never a silent default (a draft, the default limits, UTC) that would let the contest
//! run on wrong rules.

use app::{
    catalogue::GetCurrentEdition,
    nominations::{GetSubmission, SubmitSubmission},
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use crate::support::{TestApp, new_draft, spawn_app};

/// Writes `value` into the editions' `column` behind the services' back, and makes the
/// instance read the catalogue afresh at once (it would within a second).
async fn set_edition(app: &TestApp, column: app::entity::edition::Column, value: &str) {
    app::entity::edition::Entity::update_many()
        .col_expr(column, Expr::value(value))
        .exec(&app.ctx.db)
        .await
        .expect("the edition updated");
    app::catalogue::forget(&app.ctx);
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
    let res = app.call::<GetSubmission>(&[("id", &id)]).await;
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(res.text().await.expect("a response body"), "\"Internal\"");
    // Nor can it be sent, as a draft could be.
    let res = app.call::<SubmitSubmission>(&[("id", &id)]).await;
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
    let res = app.call::<GetSubmission>(&[("id", &id)]).await;
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
    let res = app.call::<GetCurrentEdition>(&[]).await;
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

/// The raw texts of a column, sorted (`None` for NULL).
async fn raw(db: &sea_orm::DatabaseConnection, table: &str, column: &str) -> Vec<Option<String>> {
    use sea_orm::ConnectionTrait;
    let sql = format!("SELECT {column} AS v FROM {table}");
    let rows = db
        .query_all_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            sql,
        ))
        .await
        .unwrap_or_else(|e| panic!("{table}.{column}: {e}"));
    let mut texts: Vec<Option<String>> = rows
        .iter()
        .map(|r| r.try_get::<Option<String>>("", "v").expect("a text column"))
        .collect();
    texts.sort();
    texts
}

/// Every typed column, read through its entity, is the text the database holds: each row's
/// code (or JSON, or the empty string for a choice not made) as the column stores it. The
/// demo's two editions with their stories and a registration write them through the
/// services; the test reads every row back both ways.
#[tokio::test]
async fn every_typed_column_reads_back_the_text_it_is_stored_as() {
    use app::entity::*;
    let (app, past) = crate::support::spawn_with_past_edition().await;
    app::demo::write_stories(&app.ctx, past.year)
        .await
        .expect("stories written");
    app.signed_in_account("typed-columns@example.org").await;
    let db = &app.ctx.db;

    macro_rules! same {
        ($entity:ident, $table:literal, $column:literal, |$m:ident| $text:expr) => {{
            let mut typed: Vec<Option<String>> = $entity::Entity::find()
                .all(db)
                .await
                .unwrap_or_else(|e| panic!("{}.{}: {e}", $table, $column))
                .into_iter()
                .map(|$m| $text)
                .collect();
            typed.sort();
            let stored = raw(db, $table, $column).await;
            assert!(!stored.is_empty(), "{}.{} holds rows", $table, $column);
            assert_eq!(typed, stored, "{}.{}", $table, $column);
        }};
    }
    let code = |c: &str| Some(c.to_owned());
    same!(account, "accounts", "stakeholder_type", |m| code(
        m.stakeholder_type.code()
    ));
    same!(account, "accounts", "locale", |m| code(m.locale.code()));
    same!(account_role, "account_roles", "role", |m| code(
        m.role.code()
    ));
    same!(account_token, "account_tokens", "purpose", |m| code(
        m.purpose.code()
    ));
    same!(audit_entry, "audit_entries", "action", |m| code(
        m.action.code()
    ));
    same!(audit_entry, "audit_entries", "target_type", |m| code(
        m.target_type.code()
    ));
    same!(audit_entry, "audit_entries", "details", |m| code(
        m.details.as_str()
    ));
    same!(award, "awards", "kind", |m| code(m.kind.code()));
    same!(category_text, "category_texts", "locale", |m| code(
        m.locale.code()
    ));
    same!(expert_tie, "expert_ties", "kind", |m| code(m.kind.code()));
    same!(mail, "mail_outbox", "kind", |m| code(m.kind.code()));
    same!(mail, "mail_outbox", "status", |m| code(m.status.code()));
    same!(phase, "phases", "kind", |m| code(m.kind.code()));
    same!(picture, "pictures", "content_type", |m| code(
        m.content_type.code()
    ));
    same!(picture, "pictures", "thumb_content_type", |m| code(
        m.thumb_content_type.code()
    ));
    same!(picture, "pictures", "display_content_type", |m| m
        .display_content_type
        .map(|t| t.code().to_owned()));
    same!(review_round, "review_rounds", "kind", |m| code(
        m.kind.code()
    ));
    same!(review_round, "review_rounds", "normalisation", |m| code(
        m.normalisation.code()
    ));
    same!(screening_decision, "screening_decisions", "decision", |m| {
        code(m.decision.code())
    });
    same!(story, "stories", "status", |m| code(m.status.code()));
    same!(submission, "submissions", "status", |m| code(
        m.status.code()
    ));
    same!(submission, "submissions", "project_status", |m| code(
        m.project_status.get().map_or("", |p| p.code())
    ));
    same!(submission_flag, "submission_flags", "kind", |m| code(
        m.kind.code()
    ));
    same!(submission_member, "submission_members", "role", |m| code(
        m.role.code()
    ));
    same!(vote, "votes", "status", |m| code(m.status.code()));
    same!(vote_flag, "vote_flags", "kind", |m| code(m.kind.code()));
    same!(vote_flag, "vote_flags", "decision", |m| m
        .decision
        .map(|d| d.code().to_owned()));
    same!(organisation, "organisations", "stakeholder_type", |m| code(
        m.stakeholder_type.get().map_or("", |t| t.code())
    ));
    same!(gallery_document, "gallery_documents", "region", |m| code(
        m.region.get().map_or("", |r| r.code())
    ));
    same!(gallery_document, "gallery_documents", "stakeholder", |m| {
        code(m.stakeholder.get().map_or("", |t| t.code()))
    });

    // JSON columns: the same JSON (the text's spacing is the writer's).
    macro_rules! same_json {
        ($entity:ident, $table:literal, $column:literal, |$m:ident| $value:expr) => {{
            let mut typed: Vec<String> = $entity::Entity::find()
                .all(db)
                .await
                .unwrap_or_else(|e| panic!("{}.{}: {e}", $table, $column))
                .into_iter()
                .map(|$m| serde_json::to_value($value).expect("JSON").to_string())
                .collect();
            typed.sort();
            let mut stored: Vec<String> = raw(db, $table, $column)
                .await
                .into_iter()
                .map(|t| {
                    serde_json::from_str::<serde_json::Value>(&t.unwrap_or_default())
                        .expect("stored JSON")
                        .to_string()
                })
                .collect();
            stored.sort();
            assert!(!stored.is_empty(), "{}.{} holds rows", $table, $column);
            assert_eq!(typed, stored, "{}.{}", $table, $column);
        }};
    }
    same_json!(submission, "submissions", "sdgs", |m| m.sdgs.0);
    same_json!(submission, "submissions", "action_lines", |m| m
        .action_lines
        .0);
    same_json!(edition, "editions", "submission_rules", |m| m
        .submission_rules
        .0);
    same_json!(review_revision, "review_revisions", "scores", |m| m
        .scores
        .0);
    same_json!(vote_result, "vote_results", "header", |m| m.header.0);
    same_json!(vote_result, "vote_results", "counts", |m| m.counts.0);
    same_json!(vote_result, "vote_results", "per_day", |m| m.per_day.0);
}
