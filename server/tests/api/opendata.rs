//! The open data (`/api/v1`) through the real server, on both engines: what it lists, the
//! embargo, CSV safe for spreadsheets, and what lets anyone keep and share it (CORS, ETag,
//! caching, the licence), limited per network.

use app::gallery::SearchGallery;
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::Value;

use crate::support::{Options, TestApp, spawn_app_with, spawn_with_past_edition};

async fn get(visitor: &TestApp, path: &str) -> reqwest::Response {
    visitor
        .client
        .get(visitor.url(path))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

async fn json(visitor: &TestApp, path: &str) -> Value {
    let res = get(visitor, path).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    res.json().await.expect("JSON")
}

fn header<'a>(res: &'a reqwest::Response, name: &str) -> &'a str {
    res.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

#[tokio::test]
async fn the_open_data_lists_what_is_public_keeps_the_embargo_and_can_be_kept_and_shared() {
    let (app, past) = spawn_with_past_edition().await;
    let db = &app.ctx.db;
    let visitor = app.beside();
    let year = past.year;

    // A nominee's title a spreadsheet would run, corrected through the catalogue's commit.
    let winner = app::entity::award::Entity::find()
        .filter(app::entity::award::Column::Kind.eq("winner"))
        .one(db)
        .await
        .expect("the awards")
        .expect("a winner");
    let s = app::entity::submission::Entity::find_by_id(winner.submission_id)
        .one(db)
        .await
        .expect("the submissions")
        .expect("the winner's submission");
    let mut s: app::entity::submission::ActiveModel = s.into();
    s.title = Set("=HYPERLINK(\"http://evil.example\",\"Click\")".to_owned());
    let txn = app::db::begin_write(db).await.expect("a transaction");
    s.update(&txn).await.expect("retitled");
    app::catalogue::commit(&app.ctx, txn)
        .await
        .expect("committed");

    // The editions: anyone, anywhere, the licence stated, kept for a while.
    let res = get(&visitor, "/api/v1/editions").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header(&res, "access-control-allow-origin"), "*");
    assert!(header(&res, "cache-control").starts_with("public"));
    assert!(header(&res, "link").contains("creativecommons.org/licenses/by/4.0"));
    let etag = header(&res, "etag").to_owned();
    assert!(etag.starts_with('"') && etag.len() > 10, "{etag}");
    let body: Value = res.json().await.expect("JSON");
    assert_eq!(body["licence"]["name"], "CC BY 4.0");
    let listed: Vec<(i64, bool)> = body["data"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|e| {
            (
                e["year"].as_i64().unwrap_or(0),
                e["published"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    assert_eq!(
        listed,
        vec![(i64::from(year) + 1, false), (i64::from(year), true)]
    );
    assert_eq!(body["data"][1]["phases"].as_array().map(Vec::len), Some(5));
    // The same answer again, asked with its ETag: not sent again.
    let again = visitor
        .client
        .get(visitor.url("/api/v1/editions"))
        .header("if-none-match", &etag)
        .send()
        .await
        .expect("the editions again");
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(header(&again, "access-control-allow-origin"), "*");

    // Categories, and the published edition's lists.
    let categories = json(&visitor, &format!("/api/v1/editions/{year}/categories")).await;
    assert_eq!(categories["data"].as_array().map(Vec::len), Some(18));
    let nominees = json(&visitor, &format!("/api/v1/editions/{year}/nominees")).await;
    let nominees = nominees["data"].as_array().expect("nominees").clone();
    let gallery: app::gallery::SearchResults = visitor
        .call_ok::<SearchGallery>(&[("edition", &year.to_string())])
        .await;
    assert_eq!(nominees.len() as u64, gallery.total);
    let awarded = |list: &[Value], kind: &str| list.iter().filter(|p| p["award"] == kind).count();
    assert_eq!(awarded(&nominees, "winner") as u64, past.vote.winners);
    let winners = json(&visitor, &format!("/api/v1/editions/{year}/winners")).await;
    let winners = winners["data"].as_array().expect("winners").clone();
    assert_eq!(winners.len() as u64, past.vote.winners);
    assert_eq!(awarded(&winners, "winner"), winners.len());
    let champions = json(&visitor, &format!("/api/v1/editions/{year}/champions")).await;
    assert_eq!(
        champions["data"].as_array().map(Vec::len),
        Some(past.vote.champions)
    );
    let first = &nominees[0];
    for field in [
        "id",
        "category",
        "title",
        "organisation",
        "country",
        "region",
        "sdgs",
        "url",
    ] {
        assert!(!first[field].is_null(), "{field}");
    }
    assert!(
        first["url"]
            .as_str()
            .is_some_and(|u| u.starts_with("http://wsis.test/projects/"))
    );
    // JSON carries the title as typed; CSV makes it text a spreadsheet will not run.
    assert!(
        winners
            .iter()
            .any(|p| p["title"] == "=HYPERLINK(\"http://evil.example\",\"Click\")")
    );
    let res = get(
        &visitor,
        &format!("/api/v1/editions/{year}/winners?format=csv"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(header(&res, "content-type").starts_with("text/csv"));
    assert!(
        header(&res, "content-disposition").contains(&format!("wsis-prizes-{year}-winners.csv"))
    );
    assert_eq!(header(&res, "access-control-allow-origin"), "*");
    let text = res.text().await.expect("CSV");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,year,category,title,organisation,country,region,stakeholder_type,sdgs,summary,url,picture,award"
        )
    );
    assert!(text.contains("\"'=HYPERLINK("), "{text}");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.records().count() as u64, past.vote.winners);
    let res = get(&visitor, "/api/v1/editions?format=csv").await;
    assert!(
        res.text()
            .await
            .expect("CSV")
            .starts_with("year,title,published,phase,opens_at,closes_at")
    );

    // The current edition: its vote has not opened, nothing of it is listed.
    let current = year + 1;
    for list in ["nominees", "champions", "winners"] {
        let res = get(&visitor, &format!("/api/v1/editions/{current}/{list}")).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{list}");
        assert_eq!(header(&res, "access-control-allow-origin"), "*");
    }
    // What is no edition, list or format.
    for (path, status) in [
        ("/api/v1/editions/1999/nominees", StatusCode::NOT_FOUND),
        ("/api/v1/editions/abc/nominees", StatusCode::NOT_FOUND),
        (
            "/api/v1/editions/99999999999/categories",
            StatusCode::NOT_FOUND,
        ),
        (
            &*format!("/api/v1/editions/{year}/losers"),
            StatusCode::NOT_FOUND,
        ),
        (
            &*format!("/api/v1/editions/{year}/nominees?format=xml"),
            StatusCode::BAD_REQUEST,
        ),
    ] {
        let res = get(&visitor, path).await;
        assert_eq!(res.status(), status, "{path}");
        let problem: Value = res.json().await.expect("a problem in JSON");
        assert!(problem["error"].is_string(), "{path}");
    }

    // Back in the past edition's selection: its awards are decided, not published.
    let e = app::entity::edition::Entity::find()
        .filter(app::entity::edition::Column::Year.eq(year))
        .one(db)
        .await
        .expect("the editions")
        .expect("the edition");
    let selection = app::entity::phase::Entity::find()
        .filter(app::entity::phase::Column::EditionId.eq(e.id))
        .filter(app::entity::phase::Column::Kind.eq("selection"))
        .one(db)
        .await
        .expect("the phases")
        .expect("the selection phase");
    app.ctx
        .clock
        .advance(selection.opens_at + 60 - app.ctx.clock.now());
    for list in ["champions", "winners"] {
        let res = get(&visitor, &format!("/api/v1/editions/{year}/{list}")).await;
        assert_eq!(
            res.status(),
            StatusCode::NOT_FOUND,
            "{list} before publication"
        );
    }
    let embargoed = json(&visitor, &format!("/api/v1/editions/{year}/nominees")).await;
    let embargoed = embargoed["data"].as_array().expect("nominees").clone();
    assert_eq!(embargoed.len(), nominees.len());
    assert!(embargoed.iter().all(|p| p["award"].is_null()));
    let res = get(
        &visitor,
        &format!("/api/v1/editions/{year}/nominees?format=csv"),
    )
    .await;
    let text = res.text().await.expect("CSV");
    assert!(!text.contains(",winner") && !text.contains(",champion"));
    let editions = json(&visitor, "/api/v1/editions").await;
    assert_eq!(editions["data"][1]["published"], false);

    // The description of it all.
    let doc = json(&visitor, "/api/v1/openapi.json").await;
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    for path in [
        "/api/v1/editions",
        "/api/v1/editions/{year}/categories",
        "/api/v1/editions/{year}/{list}",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path}");
    }
    assert!(doc["components"]["schemas"]["Project"]["properties"]["award"].is_object());
    assert_eq!(doc["info"]["license"]["name"], "CC BY 4.0");
}

#[tokio::test]
async fn the_open_data_is_limited_per_network() {
    let app = spawn_app_with(Options {
        quotas: app::limits::Quotas {
            open_data_per_minute: 2,
            ..Options::default().quotas
        },
        ..Options::default()
    })
    .await;
    let visitor = app.beside();
    for _ in 0..2 {
        assert_eq!(
            get(&visitor, "/api/v1/editions").await.status(),
            StatusCode::OK
        );
    }
    let res = get(&visitor, "/api/v1/editions").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(header(&res, "retry-after").parse::<u64>().is_ok());
    assert_eq!(header(&res, "access-control-allow-origin"), "*");
}
