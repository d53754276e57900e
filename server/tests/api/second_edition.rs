//! A whole second edition after the first, through the paths its people use: the secretariat
//! starts it from the first, owners send entries, the secretariat screens them, the experts
//! asked back review them and the nominees are confirmed, the public votes, the results are
//! fixed, the panel picks the winner, the champions write their stories, and the results are
//! published. Every page and open-data address that names the first edition's year reads the
//! same before and after: the `<main>` element of a page (its header, footer and language
//! links are the frame, not the edition) and the body of every download, byte for byte, in
//! two languages.

use std::collections::BTreeMap;

use app::{
    catalogue::GetCategoryDetail,
    editions::{EditionsAdmin, GetEditionsAdmin, InviteReturningExperts, StartNextEdition},
    entity::{category, edition},
    gallery::GetProject,
    publication::GetBook,
    review::{
        ConfirmNominees, DecideAward, FinalRanking, GetFinalRanking, GetMyReviews, MyReviews,
        RunAssignment,
    },
    statistics::GetStatistics,
    voting::{CheckReceipt, GetResults, ResultsFinal},
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::support::{
    TestApp, again, description, expert, ok, other_person, path_of, phase_of, scores,
    selection_scores, send_review, sent_submission, spawn_app,
};

const SECRETARIAT: &str = "secretariat@itu.example";
const EXPERT: &str = "ana@panel.example";

/// What one edition's run leaves behind to read again.
struct Run {
    /// The entries, in the order they were sent: two in C7.4, one in C1.
    entries: Vec<String>,
    receipts: Vec<String>,
}

/// Moves the clock into the phase `kind` of `year` (or just past it), and signs `people`
/// in again: no session outlives such a move.
async fn to_phase(app: &TestApp, year: i32, kind: &str, past: bool, people: &[(&TestApp, &str)]) {
    let p = phase_of(&app.ctx.db, year, kind).await;
    let to = if past { p.closes_at } else { p.opens_at };
    let now = app.ctx.clock.now();
    assert!(
        now < p.closes_at,
        "{year} {kind}: the clock only moves forward"
    );
    // Already there (the first edition's submission phase is open when it starts).
    if to + 60 > now {
        app.ctx.clock.advance(to - now + 60);
    }
    for (who, email) in people {
        again(who, email).await;
    }
}

/// Runs the current edition, `year`, from its submission phase to its publication: every
/// step through the same server functions as the pages use. The expert is already on both
/// rounds' panels in C7.4 and C1.
async fn run_edition(app: &TestApp, year: i32, ana: &TestApp) -> Run {
    let staff = [(app, SECRETARIAT), (ana, EXPERT)];
    to_phase(app, year, "submission", false, &staff).await;
    app.allow_screening_during_submission().await;
    let mut owners = Vec::new();
    let mut entries = Vec::new();
    for (i, (category, title, organisation)) in [
        ("C7.4", "Alpine schools online", "Alpha"),
        ("C7.4", "Zinc mesh villages", "Zed"),
        ("C1", "Open budgets", "Gamma"),
    ]
    .into_iter()
    .enumerate()
    {
        let email = format!("owner{i}-{year}@owner.example");
        let owner = other_person(app, &email).await;
        let title = format!("{title} {year}");
        let id = sent_submission(
            &owner,
            category,
            &title,
            &format!("{organisation} {year}"),
            &description(&title, 170),
        )
        .await;
        ok(
            app.decide(&id, "eligible", "", "").await,
            "screened eligible",
        )
        .await;
        owners.push((owner, email));
        entries.push(id);
    }

    // Shortlisting: every entry reviewed, the nominees confirmed.
    ok(
        app.call::<RunAssignment>(&[("round", "shortlisting")])
            .await,
        "the shortlisting draw",
    )
    .await;
    to_phase(app, year, "screening", false, &staff).await;
    let mine: MyReviews = ana.call_ok::<GetMyReviews>(&[]).await;
    assert_eq!(
        mine.entries.len(),
        3,
        "{year}: the expert reviews every entry"
    );
    for (entry, value) in mine.entries.iter().zip(["8", "6", "7"]) {
        let res = send_review(ana, entry.assignment_id, &scores(value), "Sound work.").await;
        ok(res, "a review").await;
    }
    for category in ["C7.4", "C1"] {
        let n: usize = app
            .call_ok::<ConfirmNominees>(&[("category", category), ("reason", "")])
            .await;
        assert!(n >= 1, "{year} {category}: nominees confirmed");
    }

    // The vote: three complete ballots.
    to_phase(app, year, "voting", false, &staff).await;
    let mut receipts = Vec::new();
    for (i, pick) in [0, 0, 1].into_iter().enumerate() {
        let voter = other_person(app, &format!("voter{i}-{year}@public.example")).await;
        for (category, nominee) in [("C7.4", &entries[pick]), ("C1", &entries[2])] {
            let body = ok(
                voter
                    .call::<app::voting::CastVote>(&[("category", category), ("nominee", nominee)])
                    .await,
                "a vote",
            )
            .await;
            receipts.push(serde_json::from_str::<String>(&body).expect("a receipt"));
        }
    }
    to_phase(app, year, "voting", true, &staff).await;
    let fixed: app::voting::Finalized = app.call_ok::<ResultsFinal>(&[]).await;
    assert_eq!((fixed.votes, fixed.valid), (6, 6), "{year}: the count");

    // The selection: the panel scores the champions, the secretariat names the winner.
    ok(
        app.call::<RunAssignment>(&[("round", "selection")]).await,
        "the selection draw",
    )
    .await;
    to_phase(app, year, "selection", false, &staff).await;
    let mine: MyReviews = ana.call_ok::<GetMyReviews>(&[]).await;
    assert_eq!(mine.entries.len(), 3, "{year}: every nominee is a champion");
    for (entry, value) in mine.entries.iter().zip(["9", "7", "8"]) {
        let res = send_review(ana, entry.assignment_id, &selection_scores(value), "").await;
        ok(res, "a selection review").await;
    }
    let ranking: FinalRanking = app
        .call_ok::<GetFinalRanking>(&[("category", "C7.4")])
        .await;
    let top = ranking.rows[0].breakdown.submission_id.to_string();
    ok(
        app.call::<DecideAward>(&[
            ("category", "C7.4"),
            ("submission_id", &top),
            ("kind", "winner"),
            ("reason", "The panel's highest score."),
        ])
        .await,
        "the winner",
    )
    .await;

    // Stories: the champions' owners write them before publication; the secretariat approves.
    let tz = edition_of(app, year).await.time_zone;
    let tz = jiff::tz::TimeZone::get(&tz).expect("the edition's time zone");
    let deadline = app::phases::format_local_input(app.ctx.clock.now() + 5 * 86_400, &tz);
    let invited: u64 = app
        .call_ok::<app::publication::InviteStories>(&[
            ("edition", &year.to_string()),
            ("deadline", &deadline),
        ])
        .await;
    assert_eq!(invited, 3, "{year}: every champion is invited");
    for ((owner, email), id) in owners.iter().zip(&entries) {
        again(owner, email).await;
        let results = format!("Visits rose by 40 % in two years ({year}).");
        let res = owner
            .call::<app::publication::SaveStory>(&[
                ("id", id.as_str()),
                ("challenge", "Rural clinics had no records."),
                ("solution", "A mobile record that works offline."),
                ("results", &results),
                ("partners", ""),
                ("lessons", "Start with the nurses."),
                ("send", "1"),
            ])
            .await;
        ok(res, "a story sent").await;
        ok(
            app.call::<app::publication::ApproveStory>(&[("id", id)])
                .await,
            "a story approved",
        )
        .await;
    }
    to_phase(app, year, "publication", false, &staff).await;
    Run { entries, receipts }
}

async fn edition_of(app: &TestApp, year: i32) -> edition::Model {
    edition::Entity::find()
        .filter(edition::Column::Year.eq(year))
        .one(&app.ctx.db)
        .await
        .expect("the editions")
        .expect("the edition")
}

/// Every address that names the edition of `year` (or one of its entries or receipts): the
/// pages and downloads, and the server functions' answers (JSON) that the pages are made of.
struct Addresses {
    pages: Vec<String>,
    calls: Vec<(&'static str, Vec<(&'static str, String)>)>,
}

async fn addresses(app: &TestApp, year: i32, run: &Run) -> Addresses {
    let e = edition_of(app, year).await;
    let codes: Vec<String> = category::Entity::find()
        .filter(category::Column::EditionId.eq(e.id))
        .order_by_asc(category::Column::Number)
        .all(&app.ctx.db)
        .await
        .expect("the categories")
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert!(codes.len() >= 18, "every action line");
    let mut paths: Vec<String> = codes
        .iter()
        .map(|c| format!("/editions/{year}/categories/{c}"))
        .collect();
    paths.extend([
        format!("/vote/results?edition={year}"),
        format!("/book?edition={year}"),
        format!("/statistics?edition={year}"),
        format!("/gallery?edition={year}"),
        format!("/gallery?edition={year}&award=awarded"),
        format!("/gallery?edition={year}&q=budgets"),
        format!("/vote/ledger/{year}.jsonl"),
        format!("/book/{year}.pdf"),
    ]);
    for list in ["categories", "stories", "nominees", "champions", "winners"] {
        paths.push(format!("/api/v1/editions/{year}/{list}"));
        paths.push(format!("/api/v1/editions/{year}/{list}?format=csv"));
    }
    paths.extend(run.entries.iter().map(|id| format!("/projects/{id}")));
    paths.extend(
        run.receipts
            .iter()
            .map(|r| format!("/vote/receipt?receipt={r}")),
    );
    let edition = || ("edition", year.to_string());
    let mut calls = vec![
        (path_of::<GetResults>(), vec![edition()]),
        (path_of::<GetBook>(), vec![edition()]),
        (path_of::<GetStatistics>(), vec![edition()]),
    ];
    for code in &codes {
        calls.push((
            path_of::<GetCategoryDetail>(),
            vec![("code", code.clone()), edition()],
        ));
    }
    for id in &run.entries {
        calls.push((path_of::<GetProject>(), vec![("id", id.clone())]));
    }
    for r in &run.receipts {
        calls.push((path_of::<CheckReceipt>(), vec![("receipt", r.clone())]));
    }
    Addresses {
        pages: paths,
        calls,
    }
}

/// The part of an answer that belongs to the edition: a page's `<main>` element (without
/// the nonce of its scripts, if any), any other body whole.
fn edition_part(path: &str, body: Vec<u8>) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(&body) else {
        return body;
    };
    if !text.starts_with("<!DOCTYPE html>") {
        return body;
    }
    let start = text
        .find("<main")
        .unwrap_or_else(|| panic!("{path}: no <main>"));
    let end = text
        .rfind("</main>")
        .unwrap_or_else(|| panic!("{path}: no </main>"));
    assert_eq!(text.matches("<main").count(), 1, "{path}: one <main>");
    let mut main = text[start..end].to_owned();
    // The gallery's search form offers every edition: navigation, like the header.
    while let Some(at) = main.find("<form method=\"get\" action=\"/gallery\" role=\"search\"") {
        let close = main[at..]
            .find("</form>")
            .map_or(main.len(), |e| at + e + "</form>".len());
        main.replace_range(at..close, "");
    }
    let mut out = String::with_capacity(main.len());
    let mut rest = main.as_str();
    while let Some(at) = rest.find(" nonce=\"") {
        out.push_str(&rest[..at]);
        let after = &rest[at + " nonce=\"".len()..];
        rest = after.find('"').map_or("", |q| &after[q + 1..]);
    }
    out.push_str(rest);
    out.into_bytes()
}

/// What a visitor reads at each address, in English and in Arabic.
async fn read_all(app: &TestApp, addresses: &Addresses) -> BTreeMap<String, Vec<u8>> {
    let paths = &addresses.pages;
    let mut seen = BTreeMap::new();
    for lang in ["en", "ar"] {
        let visitor = app.beside();
        let res = visitor
            .client
            .get(visitor.url(&format!("/lang/{lang}?next=/")))
            .send()
            .await
            .expect("the language");
        assert!(res.status().is_redirection(), "{lang}: {}", res.status());
        for path in paths {
            let res = visitor
                .client
                .get(visitor.url(path))
                .send()
                .await
                .unwrap_or_else(|e| panic!("{path}: {e}"));
            let status = res.status();
            let body = res.bytes().await.expect("a body").to_vec();
            assert_eq!(
                status,
                StatusCode::OK,
                "{lang} {path}: {}",
                String::from_utf8_lossy(&body)
            );
            seen.insert(format!("{lang} {path}"), edition_part(path, body));
        }
        for (endpoint, args) in &addresses.calls {
            let form: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let res = visitor.call_path(endpoint, &form).await;
            let status = res.status();
            let body = res.bytes().await.expect("a body").to_vec();
            assert_eq!(
                status,
                StatusCode::OK,
                "{lang} {endpoint} {args:?}: {}",
                String::from_utf8_lossy(&body)
            );
            seen.insert(format!("{lang} POST {endpoint} {args:?}"), body);
        }
    }
    seen
}

#[tokio::test]
async fn a_whole_second_edition_leaves_every_address_of_the_first_as_it_was() {
    let app = spawn_app().await;
    app.signed_in_secretariat(SECRETARIAT).await;
    let first = app.call_ok::<GetEditionsAdmin>(&[]).await;
    let first: EditionsAdmin = first;
    let year = first.editions[0].year;
    let ana = expert(&app, EXPERT).await;
    for round in ["shortlisting", "selection"] {
        for category in ["C7.4", "C1"] {
            ok(
                app.call::<app::review::AddRoundExpert>(&[
                    ("round", round),
                    ("email", EXPERT),
                    ("category", category),
                ])
                .await,
                "an expert on the panel",
            )
            .await;
        }
    }
    let run = run_edition(&app, year, &ana).await;
    // The first edition is over: what it shows from now on is what it shows for good.
    to_phase(
        &app,
        year,
        "publication",
        true,
        &[(&app, SECRETARIAT), (&ana, EXPERT)],
    )
    .await;
    let addresses = addresses(&app, year, &run).await;
    assert!(
        addresses.pages.len() + addresses.calls.len() > 60,
        "every address"
    );
    let before = read_all(&app, &addresses).await;
    // What the comparison reads is the edition itself, not an empty page.
    let results =
        String::from_utf8_lossy(&before[&format!("en /vote/results?edition={year}")]).into_owned();
    assert!(
        results.contains(&format!("Zinc mesh villages {year}")),
        "{results}"
    );
    let receipt = &before[&format!(
        "en POST {} {:?}",
        path_of::<CheckReceipt>(),
        [("receipt", run.receipts[0].clone())]
    )];
    assert!(
        String::from_utf8_lossy(receipt).contains("\"counted\":true"),
        "a receipt of the first year is found and counted"
    );
    let ledger = &before[&format!("en /vote/ledger/{year}.jsonl")];
    assert_eq!(ledger.iter().filter(|b| **b == b'\n').count(), 1 + 6 + 1);

    // The second year, started from the first, with the experts of the first asked back.
    let admin: EditionsAdmin = app.call_ok::<GetEditionsAdmin>(&[]).await;
    let next = admin.next.expect("a start form");
    assert_eq!(next.year, year + 1);
    let mut form: Vec<(String, String)> = vec![
        ("from_year".into(), next.from_year.to_string()),
        ("title".into(), next.title.clone()),
        ("time_zone".into(), next.time_zone.clone()),
    ];
    for p in &next.phases {
        form.push((format!("{}_opens", p.kind.code()), p.opens_local.clone()));
        form.push((format!("{}_closes", p.kind.code()), p.closes_local.clone()));
    }
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let started: i32 = app.call_ok::<StartNextEdition>(&pairs).await;
    assert_eq!(started, year + 1);
    let asked: usize = app
        .call_ok::<InviteReturningExperts>(&[("year", &started.to_string())])
        .await;
    assert_eq!(asked, 1, "the expert of the first year is asked back");
    let second = run_edition(&app, started, &ana).await;
    assert_ne!(second.entries, run.entries);

    let after = read_all(&app, &addresses).await;
    let changed: Vec<&String> = before
        .iter()
        .filter(|(address, was)| after.get(*address) != Some(*was))
        .map(|(address, _)| address)
        .collect();
    if let Some(first) = changed.first() {
        panic!(
            "{} of {} addresses changed: {changed:?}\n{first} before:\n{}\n{first} after:\n{}",
            changed.len(),
            before.len(),
            String::from_utf8_lossy(&before[*first]),
            String::from_utf8_lossy(&after[*first])
        );
    }
    // And the second year reads as its own.
    let (status, page) = app
        .beside()
        .get_page(&format!("/vote/results?edition={started}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(&format!("Zinc mesh villages {started}")),
        "{page}"
    );
    assert!(
        !page.contains(&format!("Zinc mesh villages {year}")),
        "{page}"
    );
}
