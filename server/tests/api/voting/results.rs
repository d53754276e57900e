//! Results final: the champions, the ledger and its two verifiers, the counting rule, and the embargo until publication.

use super::*;

/// Runs a verifier on a ledger: the line where it found the ledger broken, or its recount.
fn run_verifier(program: &str, args: &[&str]) -> Result<serde_json::Value, usize> {
    let out = std::process::Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.status.success() {
        return Ok(serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("{e}: {text}")));
    }
    let line = text
        .split("line ")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{program} said no line: {text}"));
    Err(line)
}

/// Both verifiers on one ledger text: they must agree.
pub(super) fn both_verifiers(
    dir: &std::path::Path,
    name: &str,
    text: &str,
) -> Result<serde_json::Value, usize> {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("a ledger file");
    let file = path.display().to_string();
    let ours = run_verifier(
        env!("CARGO_BIN_EXE_wsis-prizes"),
        &["ledger", "verify", &file],
    );
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/verify-ledger.py");
    let theirs = run_verifier("python3", &[script, &file]);
    assert_eq!(ours, theirs, "the two verifiers disagree on {name}");
    ours
}

#[tokio::test]
async fn results_final_fixes_the_champions_and_a_ledger_both_verifiers_recount() {
    let Contest { app, c74, c1, .. } = open_vote(Options::default()).await;
    let mut receipts = Vec::new();
    // Three complete ballots; one incomplete, which counts for nothing.
    for (email, pick) in [
        ("v1@public.example", 1),
        ("v2@public.example", 1),
        ("v3@public.example", 0),
    ] {
        let voter = other_person(&app, email).await;
        for (category, nominee) in [("C7.4", &c74[pick]), ("C1", &c1)] {
            let (status, body) = cast(&voter, category, nominee).await;
            assert_eq!(status, StatusCode::OK, "{body}");
            receipts.push(serde_json::from_str::<String>(&body).expect("a receipt"));
        }
    }
    let partial = other_person(&app, "v4@public.example").await;
    let (status, partial_receipt) = cast(&partial, "C7.4", &c74[0]).await;
    assert_eq!(status, StatusCode::OK);
    let partial_receipt: String = serde_json::from_str(&partial_receipt).expect("a receipt");

    // While the vote runs the secretariat follows it, and cannot fix the results.
    again(&app, "secretariat@itu.example").await;
    let live: app::voting::VoteOverview = app.call_ok::<GetVoteOverview>(&[]).await;
    assert_eq!((live.votes, live.voters, live.complete_ballots), (7, 4, 3));
    // The charts' figures: every vote in the last hours, and under its voter's region.
    assert_eq!(live.per_hour.len(), 48);
    assert_eq!(live.per_hour.iter().map(|(_, n)| n).sum::<u64>(), 7);
    assert_eq!(live.per_region.iter().map(|(_, n)| n).sum::<u64>(), 7);
    let (status, page) = app.get_page("/admin/vote").await;
    assert_eq!(status, StatusCode::OK);
    for chart in ["chart-hours", "chart-categories", "chart-regions"] {
        assert!(
            page.contains(&format!("data-testid=\"{chart}\"")),
            "{chart}"
        );
    }
    assert!(page.contains("<svg"), "the charts are drawn on the server");
    // Nobody else sees any count while the vote runs.
    let (status, page) = partial.get_page("/admin/vote").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{page}");
    let (_, category) = partial.get_page("/categories/C7.4").await;
    assert!(!category.contains("chart-"), "no figure on public pages");
    let res = app.call::<ResultsFinal>(&[]).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("results-vote-running")
    );

    move_to(&app, "voting", true).await;
    again(&app, "secretariat@itu.example").await;
    let fixed: app::voting::Finalized = app.call_ok::<ResultsFinal>(&[]).await;
    assert_eq!((fixed.votes, fixed.valid), (7, 6));
    // Five champions per category at most: both C7.4 nominees and the C1 one.
    assert_eq!(fixed.champions, 3);
    let res = app.call::<ResultsFinal>(&[]).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("results-already-final")
    );
    let log = app.audit_log().await;
    assert!(log.rows.iter().any(|e| e.action == "voting.results_final"));
    let champions = app::entity::award::Entity::find()
        .filter(app::entity::award::Column::Kind.eq("champion"))
        .all(&app.ctx.db)
        .await
        .expect("the awards");
    let mut ids: Vec<String> = champions
        .iter()
        .map(|a| a.submission_id.to_string())
        .collect();
    ids.sort();
    let mut expected = vec![c74[0].clone(), c74[1].clone(), c1.clone()];
    expected.sort();
    assert_eq!(ids, expected);

    // Receipts are checked once the results are published, by anyone.
    let anyone = app.beside();
    let check = |receipt: String| {
        let anyone = &anyone;
        async move {
            anyone
                .call_ok::<CheckReceipt>(&[("receipt", &receipt)])
                .await
        }
    };
    assert_eq!(check(receipts[0].clone()).await, ReceiptCheck::NotYet);
    move_to(&app, "publication", false).await;
    match check(receipts[0].to_uppercase()).await {
        ReceiptCheck::Found {
            category, counted, ..
        } => {
            assert_eq!(category, "C7.4");
            assert!(counted);
        }
        other => panic!("{other:?}"),
    }
    match check(partial_receipt.clone()).await {
        ReceiptCheck::Found { counted, .. } => assert!(!counted, "an incomplete ballot"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        check("0123-4567-89ab-cdef-0123-4567-89ab-cdef".into()).await,
        ReceiptCheck::Unknown
    );
    let res = anyone
        .call::<CheckReceipt>(&[("receipt", "forged<script>")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // The page says what is wrong with what was typed, not only that something is.
    let (_, page) = anyone.get_page("/vote/receipt?receipt=forged").await;
    assert!(
        page.contains("This is not a receipt: a receipt is 32 letters and digits"),
        "{page}"
    );
    let (status, page) = anyone
        .get_page(&format!("/vote/receipt?receipt={}", receipts[1]))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("data-testid=\"receipt-result\""), "{page}");

    // The ledger, exported from the command line on the same database.
    let dir = crate::support::tempdir::TempDir::new();
    let out = dir.0.join("ledger.jsonl");
    let year = app::entity::edition::Entity::find()
        .one(&app.ctx.db)
        .await
        .expect("the edition")
        .expect("an edition")
        .year
        .to_string();
    let export = std::process::Command::new(env!("CARGO_BIN_EXE_wsis-prizes"))
        .args(["ledger", "export", "--edition", &year, "--out"])
        .arg(&out)
        .env("DATABASE_URL", &app.database_url)
        .env("WSIS_DATA_DIR", &dir.0)
        .env(
            "WSIS_JWT_SECRET",
            "a-secret-for-the-command-line-only-0123456789",
        )
        .output()
        .expect("the export");
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    let text = std::fs::read_to_string(&out).expect("the ledger");
    assert_eq!(text.lines().count(), 1 + 7 + 1);
    // No line says who voted; every receipt is there, by its hash only.
    assert!(!text.contains("public.example"));
    for r in &receipts {
        let digits: String = r.chars().filter(|c| *c != '-').collect();
        assert!(!text.contains(&digits));
        assert!(text.contains(&app::voting::ledger::receipt_hash(&digits)));
    }
    let tally = both_verifiers(&dir.0, "intact.jsonl", &text).expect("an intact ledger");
    assert_eq!(tally["head"], fixed.head.as_str());
    assert_eq!(tally["valid"], 6);
    assert_eq!(tally["champions"]["C7.4"][0]["nominee"].to_string(), c74[1]);
    assert_eq!(tally["champions"]["C7.4"][0]["votes"], 2);

    // Tampered copies: both verifiers refuse them, at the same line.
    let lines: Vec<&str> = text.lines().collect();
    let flipped = text.replacen("\"valid\":false", "\"valid\":true", 1);
    let at = both_verifiers(&dir.0, "flipped.jsonl", &flipped).expect_err("a flipped vote");
    assert!(lines[at - 1].contains("\"valid\":false"), "line {at}");
    let moved = lines
        .iter()
        .map(|l| {
            if l.contains(&format!("\"nominee\":{}", c74[0])) {
                l.replace(
                    &format!("\"nominee\":{}", c74[0]),
                    &format!("\"nominee\":{}", c74[1]),
                )
            } else {
                (*l).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(both_verifiers(&dir.0, "moved.jsonl", &moved).is_err());
    let mut dropped = lines.clone();
    dropped.remove(3);
    assert_eq!(
        both_verifiers(&dir.0, "dropped.jsonl", &dropped.join("\n")),
        Err(4)
    );
    let cut = lines[..lines.len() - 1].join("\n");
    assert_eq!(both_verifiers(&dir.0, "cut.jsonl", &cut), Err(lines.len()));
}

/// Results final and the move of the catalogue's version are one act: when the version
/// cannot move, nothing of the results is stored. (The version used to move after the
/// commit: a failure there left the results fixed and the instances never told.)
#[tokio::test]
async fn results_final_is_stored_only_with_the_catalogues_version_moved() {
    let Contest { app, c74, c1, .. } = open_vote(Options::default()).await;
    let voter = other_person(&app, "v1@public.example").await;
    for (category, nominee) in [("C7.4", &c74[0]), ("C1", &c1)] {
        let (status, body) = cast(&voter, category, nominee).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    move_to(&app, "voting", true).await;
    again(&app, "secretariat@itu.example").await;

    crate::support::freeze_versions(&app.ctx.db).await;
    let res = app.call::<ResultsFinal>(&[]).await;
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let stored = vote_result::Entity::find()
        .count(&app.ctx.db)
        .await
        .expect("the results");
    let champions = award::Entity::find()
        .count(&app.ctx.db)
        .await
        .expect("the awards");
    assert_eq!(
        (stored, champions),
        (0, 0),
        "nothing of results final is stored"
    );

    crate::support::thaw_versions(&app.ctx.db).await;
    let fixed: app::voting::Finalized = app.call_ok::<ResultsFinal>(&[]).await;
    let champions = award::Entity::find()
        .count(&app.ctx.db)
        .await
        .expect("the awards");
    assert!(fixed.champions > 0);
    assert_eq!(champions, fixed.champions as u64);
}

#[tokio::test]
async fn the_edition_says_whether_incomplete_ballots_count_and_the_rule_is_fixed_once_voting_opens()
{
    let Contest { app, c74, c1, .. } = contest(Options::default()).await;
    let post = |changes: &'static [(&'static str, &'static str)]| {
        let app = &app;
        async move {
            let mut changes = changes.to_vec();
            changes.push(("reason", "The counting rule of this edition."));
            let form = crate::support::calendar(app, &changes).await;
            let pairs: Vec<(&str, &str)> =
                form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let res = app.call::<UpdateCalendar>(&pairs).await;
            let status = res.status();
            (status, res.text().await.unwrap_or_default())
        }
    };
    let form = app.call_ok::<GetCalendarForm>(&[]).await;
    assert!(
        form.complete_ballots_only,
        "complete ballots only by default"
    );
    assert_eq!(
        post(&[("ballot_rule", "sometimes")]).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let (status, body) = post(&[("ballot_rule", "every")]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let form = app.call_ok::<GetCalendarForm>(&[]).await;
    assert!(!form.complete_ballots_only);

    // Once the vote has opened, the rule stays as it is.
    move_to(&app, "voting", false).await;
    again(&app, "secretariat@itu.example").await;
    let (status, body) = post(&[("ballot_rule", "complete")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("calendar-ballot-rule-locked"), "{body}");

    // Every vote counts: an incomplete ballot too.
    let voter = other_person(&app, "one-category@public.example").await;
    assert_eq!(cast(&voter, "C7.4", &c74[0]).await.0, StatusCode::OK);
    let full = other_person(&app, "both@public.example").await;
    assert_eq!(cast(&full, "C7.4", &c74[1]).await.0, StatusCode::OK);
    assert_eq!(cast(&full, "C1", &c1).await.0, StatusCode::OK);
    move_to(&app, "voting", true).await;
    again(&app, "secretariat@itu.example").await;
    let fixed: app::voting::Finalized = app.call_ok::<ResultsFinal>(&[]).await;
    assert_eq!((fixed.votes, fixed.valid), (3, 3));
}

/// What a reader gets from every page and endpoint that could show a result: the bodies,
/// with the statuses, in one text to search.
async fn everything_seen_by(reader: &TestApp, year: i32, receipt: &str) -> String {
    let mut seen = String::new();
    for path in [
        "/".to_owned(),
        "/categories/C7.4".to_owned(),
        "/categories/C1".to_owned(),
        "/vote".to_owned(),
        "/vote/results".to_owned(),
        format!("/vote/results?edition={year}"),
        format!("/vote/receipt?receipt={receipt}"),
        format!("/vote/ledger/{year}.jsonl"),
        "/book".to_owned(),
        format!("/book?edition={year}"),
        format!("/book/{year}.pdf"),
        format!("/api/v1/editions/{year}/stories"),
        format!("/api/v1/editions/{year}/champions"),
        format!("/gallery?award=awarded&edition={year}"),
        "/statistics".to_owned(),
    ] {
        let (status, body) = reader.get_page(&path).await;
        seen.push_str(&format!("\n== GET {path} {status}\n{body}"));
    }
    for (endpoint, args) in [
        (path_of::<GetResults>(), vec![("edition", "")]),
        (path_of::<CheckReceipt>(), vec![("receipt", receipt)]),
        (path_of::<GetBallot>(), vec![]),
        (path_of::<GetBook>(), vec![("edition", "")]),
    ] {
        let res = reader.call_path(endpoint, &args).await;
        let status = res.status();
        seen.push_str(&format!(
            "\n== POST {endpoint} {status}\n{}",
            res.text().await.unwrap_or_default()
        ));
    }
    seen
}

/// The C7.4 nominees' titles in the order a page lists them.
fn order_in(page: &str) -> Vec<&'static str> {
    let mut titles = ["Alpine schools online", "Zinc mesh villages"];
    titles.sort_by_key(|t| page.find(t).unwrap_or(usize::MAX));
    titles.to_vec()
}

#[tokio::test]
async fn no_count_champion_or_ledger_is_seen_before_publication_but_by_the_secretariat() {
    let Contest { app, c74, c1, .. } = contest(Options::default()).await;
    let year = app::entity::edition::Entity::find()
        .one(&app.ctx.db)
        .await
        .expect("the edition")
        .expect("an edition")
        .year;
    move_to(&app, "voting", false).await;
    let anyone = app.beside();
    let (_, before) = anyone.get_page("/categories/C7.4").await;
    let listed = order_in(&before);
    // The nominee listed second gets two votes, the first one: an order by votes would
    // swap them.
    let second = usize::from(listed[1] == "Zinc mesh villages");
    let mut receipts = Vec::new();
    for (email, pick) in [
        ("w1@public.example", second),
        ("w2@public.example", second),
        ("w3@public.example", 1 - second),
    ] {
        let voter = other_person(&app, email).await;
        for (category, nominee) in [("C7.4", &c74[pick]), ("C1", &c1)] {
            let (status, body) = cast(&voter, category, nominee).await;
            assert_eq!(status, StatusCode::OK, "{body}");
            receipts.push(serde_json::from_str::<String>(&body).expect("a receipt"));
        }
    }
    let voter = other_person(&app, "w4@public.example").await;
    let owner = app.beside();
    again(&owner, "zed@owner.example").await;
    let secretariat = app.beside();
    again(&secretariat, "secretariat@itu.example").await;
    let readers = [
        ("anyone", &anyone),
        ("a voter", &voter),
        ("a nominee's owner", &owner),
    ];

    // While the vote runs, and once it is closed and its results are final, nobody but the
    // secretariat sees a count, a champion, an order by votes or the ledger.
    for stage in ["voting", "final"] {
        if stage == "final" {
            move_to(&app, "voting", true).await;
            again(&voter, "w4@public.example").await;
            again(&owner, "zed@owner.example").await;
            again(&secretariat, "secretariat@itu.example").await;
            let fixed: app::voting::Finalized = secretariat.call_ok::<ResultsFinal>(&[]).await;
            assert_eq!(fixed.valid, 6);
        }
        let head = app::entity::vote_result::Entity::find()
            .one(&app.ctx.db)
            .await
            .expect("the results")
            .map(|r| r.head);
        for (who, reader) in readers {
            let seen = everything_seen_by(reader, year, &receipts[0]).await;
            for hidden in [
                "result-votes",
                "results-preview",
                "ledger-download",
                "\"Published\"",
                "result-award",
                "class=\"champion\"",
                "results-cta",
            ] {
                assert!(
                    !seen.contains(hidden),
                    "{who} sees {hidden:?} at stage {stage}:\n{seen}"
                );
            }
            if let Some(head) = &head {
                assert!(
                    !seen.contains(head.as_str()),
                    "{who} sees the ledger's hash"
                );
            }
            assert!(
                seen.contains(&format!("== GET /vote/ledger/{year}.jsonl 404 Not Found")),
                "{who} finds no ledger at stage {stage}"
            );
            for path in [
                format!("/book/{year}.pdf"),
                format!("/api/v1/editions/{year}/stories"),
                format!("/api/v1/editions/{year}/champions"),
            ] {
                assert!(
                    seen.contains(&format!("== GET {path} 404 Not Found")),
                    "{who} finds no {path} at stage {stage}"
                );
            }
            assert!(!seen.contains("book-entry"), "{who} reads the book");
            assert!(seen.contains("data-testid=\"results-not-yet\""), "{who}");
            assert!(seen.contains("\"NotYet\""), "{who}: {seen}");
            let (_, category) = reader.get_page("/categories/C7.4").await;
            assert_eq!(
                order_in(&category),
                listed,
                "{who}: the nominees' order moved"
            );
        }
    }
    // The secretariat previews the results and the ledger.
    let (_, page) = secretariat.get_page("/vote/results").await;
    assert!(page.contains("data-testid=\"results-preview\""), "{page}");
    let res = secretariat
        .client
        .get(secretariat.url(&format!("/vote/ledger/{year}.jsonl")))
        .send()
        .await
        .expect("the ledger");
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("private, no-store"),
        "a preview is kept by no cache"
    );

    // Published: anyone reads the counts, the champions and the ledger.
    move_to(&app, "publication", false).await;
    let (_, home) = anyone.get_page("/").await;
    assert!(
        home.contains("href=\"/vote/results\""),
        "the home page leads to them"
    );
    let (status, page) = anyone.get_page("/vote/results").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("results-preview"));
    let document = scraper::Html::parse_document(&page);
    let rows = scraper::Selector::parse("[id=\"C7.4\"] [data-testid=result-row]").expect("rows");
    let cells: Vec<Vec<String>> = document
        .select(&rows)
        .map(|r| {
            r.text()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .collect();
    assert_eq!(cells.len(), 2, "{cells:?}");
    assert_eq!(cells[0][0], listed[1], "the most voted first");
    assert!(
        page.contains(&format!("href=\"/projects/{}\"", c74[second])),
        "each nominee leads to its page"
    );
    assert!(cells[0].contains(&"2".to_owned()), "{cells:?}");
    assert!(cells[0].contains(&"Champion".to_owned()), "{cells:?}");
    assert!(cells[1].contains(&"1".to_owned()), "{cells:?}");
    let results: app::voting::VoteResults = anyone
        .call_ok::<GetResults>(&[("edition", &year.to_string())])
        .await;
    let app::voting::VoteResults::Published(results) = results else {
        panic!("{results:?}")
    };
    assert_eq!((results.votes, results.valid), (6, 6));
    assert!(!results.preview);
    let (expected, _) = app::voting::results::ledger_of(&app.ctx.db, year)
        .await
        .expect("the ledger");
    assert_eq!(results.head.len(), 64);
    assert!(expected.contains(&results.head));
    // The download is the ledger itself, cached by anyone (it never changes), compressed
    // for a browser that asks.
    let res = anyone
        .client
        .get(anyone.url(&format!("/vote/ledger/{year}.jsonl")))
        .send()
        .await
        .expect("the ledger");
    assert_eq!(res.status(), StatusCode::OK);
    let cache = res
        .headers()
        .get("cache-control")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(cache.starts_with("public"), "{cache}");
    assert_eq!(res.text().await.expect("the text"), expected);
    let res = anyone
        .client
        .get(anyone.url(&format!("/vote/ledger/{year}.jsonl")))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("the ledger");
    assert_eq!(
        res.headers()
            .get("content-encoding")
            .and_then(|v| v.to_str().ok()),
        Some("gzip")
    );
    let body = res.bytes().await.expect("the body");
    assert_eq!(&body[..2], &[0x1f, 0x8b], "a gzip stream");
    // Unknown editions and files: not found; what is not a year: said so.
    for path in [
        "/vote/ledger/1999.jsonl".to_owned(),
        format!("/vote/ledger/{year}.csv"),
        "/vote/ledger/..%2Fwsis.db".to_owned(),
    ] {
        let (status, _) = anyone.get_page(&path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let (status, page) = anyone.get_page("/vote/results?edition=next").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("An edition is named by its year"), "{page}");
    let res = anyone.call::<GetResults>(&[("edition", "1999")]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}
