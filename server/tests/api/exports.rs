//! The secretariat's exports, read back: every export in CSV (read with a CSV parser, formula
//! cells neutralised) and XLSX (read with an XLSX reader, cells typed, text never a formula),
//! each download audited; the accounts' asks for a reason and holds addresses only when
//! asked, and never a secret.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use reqwest::StatusCode;

use sea_orm::{EntityTrait, sea_query::Expr};

use crate::support::{Options, TestApp, open_vote, other_person, reviewed_round};

/// The answer to the download form.
async fn download(app: &TestApp, fields: &[(&str, &str)]) -> reqwest::Response {
    app.client
        .post(app.url("/admin/exports"))
        .header("accept", "text/html")
        .form(fields)
        .send()
        .await
        .expect("the export")
}

async fn csv_of(app: &TestApp, what: &str, extra: &[(&str, &str)]) -> Vec<Vec<String>> {
    let mut fields = vec![("what", what), ("format", "csv")];
    fields.extend_from_slice(extra);
    let res = download(app, &fields).await;
    assert_eq!(res.status(), StatusCode::OK, "{what}");
    let h = res.headers();
    assert_eq!(
        h.get("content-type").and_then(|v| v.to_str().ok()),
        Some("text/csv; charset=utf-8")
    );
    assert!(
        h.get("content-disposition")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains(&format!("-{what}.csv"))),
        "{h:?}"
    );
    let bytes = res.bytes().await.expect("the file");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_ref())
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect()
}

async fn xlsx_of(app: &TestApp, what: &str, extra: &[(&str, &str)]) -> Vec<Vec<Data>> {
    let mut fields = vec![("what", what), ("format", "xlsx")];
    fields.extend_from_slice(extra);
    let res = download(app, &fields).await;
    assert_eq!(res.status(), StatusCode::OK, "{what}");
    let bytes = res.bytes().await.expect("the file").to_vec();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("an XLSX");
    let sheet = book.worksheet_range(what).expect("the sheet");
    // No cell is a formula.
    let formulas = book.worksheet_formula(what).expect("the formulas");
    assert!(formulas.used_cells().next().is_none(), "{what}: a formula");
    sheet.rows().map(<[Data]>::to_vec).collect()
}

fn column(rows: &[Vec<String>], name: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}: {:?}", rows[0]))
}

#[tokio::test]
async fn every_export_reads_back_as_csv_and_xlsx_and_each_download_is_audited() {
    let c = open_vote(Options::default()).await;
    let app = &c.app;
    // A screening decision whose reason reads as a spreadsheet formula.
    app::entity::screening_decision::Entity::update_many()
        .col_expr(
            app::entity::screening_decision::Column::Reason,
            Expr::value("=SUM(A1) no proof of results"),
        )
        .exec(&app.ctx.db)
        .await
        .expect("the reasons");
    let voter = other_person(app, "voter@public.example").await;
    assert_eq!(
        crate::support::cast(&voter, "C7.4", &c.c74[0]).await.0,
        StatusCode::OK
    );

    // Submissions: the sent ones, every field; the draft is its owner's.
    let rows = csv_of(app, "submissions", &[]).await;
    assert_eq!(rows.len(), 1 + 3, "{rows:?}");
    let title = column(&rows, "title");
    let titles: Vec<&str> = rows[1..].iter().map(|r| r[title].as_str()).collect();
    assert!(
        titles.contains(&"Open budgets") && titles.contains(&"Zinc mesh villages"),
        "{titles:?}"
    );
    assert!(
        !rows.iter().flatten().any(|cell| cell.contains('@')),
        "no address"
    );
    let status = column(&rows, "status");
    assert!(rows[1..].iter().all(|r| r[status] == "eligible"));
    let sheet = xlsx_of(app, "submissions", &[]).await;
    assert_eq!(sheet.len(), 4);
    assert!(
        matches!(sheet[1][0], Data::Float(_) | Data::Int(_)),
        "the id is a number: {:?}",
        sheet[1][0]
    );
    assert!(
        sheet[1..].iter().all(|r| matches!(r[17], Data::Bool(_))),
        "picture: yes or no"
    );

    // Screening decisions: the formula is neutralised in CSV, plain text in XLSX.
    let rows = csv_of(app, "screening", &[]).await;
    let reason = column(&rows, "reason");
    assert!(
        rows.iter()
            .any(|r| r[reason] == "'=SUM(A1) no proof of results"),
        "{rows:?}"
    );
    let sheet = xlsx_of(app, "screening", &[]).await;
    assert!(
        sheet
            .iter()
            .any(|r| r[4] == Data::String("=SUM(A1) no proof of results".into()))
    );

    // The vote's figures: one vote in C7.4 today.
    let rows = csv_of(app, "votes", &[]).await;
    assert_eq!(rows[0], ["category", "day", "votes", "void"]);
    assert!(
        rows.iter().any(|r| r[0] == "C7.4" && r[2] == "1"),
        "{rows:?}"
    );
    let sheet = xlsx_of(app, "votes", &[]).await;
    assert!(
        sheet
            .iter()
            .any(|r| r[0] == Data::String("C7.4".into()) && r[2] == Data::Float(1.0))
    );

    // Accounts: a reason first; addresses only when asked; never a secret.
    let res = download(app, &[("what", "accounts"), ("format", "csv")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("Give a reason")
    );
    let rows = csv_of(app, "accounts", &[("reason", "Annual report")]).await;
    assert!(
        !rows[0]
            .iter()
            .any(|h| h == "email" || h.contains("password"))
    );
    assert!(
        !rows
            .iter()
            .flatten()
            .any(|cell| cell.contains('@') || cell.starts_with("$argon2"))
    );
    assert!(rows.len() > 5);
    let rows = csv_of(
        app,
        "accounts",
        &[("reason", "Mailing the nominees"), ("addresses", "on")],
    )
    .await;
    let email = column(&rows, "email");
    assert!(rows[1..].iter().any(|r| r[email] == "voter@public.example"));
    assert!(
        !rows
            .iter()
            .flatten()
            .any(|cell| cell.starts_with("$argon2"))
    );
    let sheet = xlsx_of(app, "accounts", &[("reason", "Annual report")]).await;
    assert!(sheet.len() > 5);

    // Each download audited, with who took it; the accounts' with its reason.
    let log = app.audit_log().await;
    let exports: Vec<_> = log
        .rows
        .iter()
        .filter(|r| r.action == "export.download")
        .collect();
    assert_eq!(exports.len(), 9, "{exports:?}");
    assert!(exports.iter().all(|r| r.actor.is_some()));
    assert!(
        exports
            .iter()
            .any(|r| r.reason.as_deref() == Some("Mailing the nominees")
                && r.details.contains("\"addresses\":true"))
    );

    // Nobody else downloads anything.
    let res = download(&voter, &[("what", "submissions"), ("format", "csv")]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = download(&app.beside(), &[("what", "submissions"), ("format", "csv")]).await;
    assert!(res.status().is_redirection() || res.status() == StatusCode::UNAUTHORIZED);
    // A bad request is refused with the page's message.
    let res = download(app, &[("what", "everything"), ("format", "csv")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_experts_assignments_and_scores_read_back_with_their_comments() {
    let r = reviewed_round(
        "owner@exports.example",
        "Strong community uptake, =modest costs",
    )
    .await;
    let rows = csv_of(&r.app, "reviews", &[]).await;
    assert_eq!(
        rows[0][..5],
        ["round", "submission", "expert", "version", "total"]
    );
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[1][0], "shortlisting");
    assert_eq!(rows[1][1], r.entry);
    assert!(rows[1][6].contains("Strong community uptake"));
    let sheet = xlsx_of(&r.app, "reviews", &[]).await;
    assert!(
        matches!(sheet[1][4], Data::Float(_)),
        "the total is a number"
    );
}
