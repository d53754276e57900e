//! The public vote through the real server: who may vote, on what, once per category, the
//! receipts, the ballot's progress, plain forms without JavaScript, races and rate limits.

use app::{
    entity::{award, phase, vote, vote_result},
    voting::{Ballot, ReceiptCheck, VotingWindow, rules::FlagKind},
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    helpers::{Options, PASSWORD, TestApp, account_id, new_draft, other_person, spawn_app_with},
    review::{again, eligible, open_shortlisting},
};

/// An edition whose shortlisting round confirmed nominees in two categories: C7.4 (two) and
/// C1 (one). The clock stands in the screening phase: voting has not opened.
struct Contest {
    app: TestApp,
    c74: [String; 2],
    c1: String,
    /// A draft left in C7.4: a submission that is no nominee.
    draft: String,
}

async fn contest(options: Options) -> Contest {
    let app = spawn_app_with(options).await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    // Titles out of alphabetical order: the ballot sorts them.
    let zed = eligible(
        &app,
        "zed@owner.example",
        "C7.4",
        "Zinc mesh villages",
        "Zed Org",
    )
    .await;
    let alpha = eligible(
        &app,
        "alpha@owner.example",
        "C7.4",
        "Alpine schools online",
        "Alpha",
    )
    .await;
    let c1 = eligible(&app, "gamma@owner.example", "C1", "Open budgets", "Gamma").await;
    let drafter = other_person(&app, "drafter@owner.example").await;
    let draft = new_draft(&drafter, "C7.4").await;
    open_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    for category in ["C7.4", "C1"] {
        let n: usize = app
            .call_ok(
                "review/confirm-nominees",
                &[("category", category), ("reason", "")],
            )
            .await;
        assert!(n >= 1);
    }
    Contest {
        app,
        c74: [alpha, zed],
        c1,
        draft,
    }
}

/// Moves the clock into the voting phase (or past it).
async fn move_to(app: &TestApp, kind: &str, past: bool) {
    let p = phase::Entity::find()
        .filter(phase::Column::Kind.eq(kind))
        .one(&app.ctx.db)
        .await
        .expect("the phases")
        .expect("the phase");
    let to = if past { p.closes_at } else { p.opens_at };
    app.ctx.clock.advance(to - app.ctx.clock.now() + 60);
}

async fn cast(voter: &TestApp, category: &str, nominee: &str) -> (StatusCode, String) {
    let res = voter
        .call(
            "voting/cast",
            &[("category", category), ("nominee", nominee)],
        )
        .await;
    let status = res.status();
    (status, res.text().await.unwrap_or_default())
}

async fn votes_of(app: &TestApp, email: &str) -> Vec<vote::Model> {
    let id = account_id(app, email).await;
    vote::Entity::find()
        .filter(vote::Column::VoterId.eq(id))
        .all(&app.ctx.db)
        .await
        .expect("the votes")
}

#[tokio::test]
async fn a_confirmed_voter_votes_once_per_category_for_a_nominee_and_keeps_receipts() {
    let Contest {
        app,
        c74,
        c1,
        draft,
    } = contest(Options::default()).await;
    let voter = other_person(&app, "voter@public.example").await;

    // Before the vote opens: nothing to vote on, and a vote is refused.
    let before: Ballot = voter.call_ok("voting/ballot", &[]).await;
    assert!(matches!(
        before.window,
        VotingWindow::NotYet { opens: Some(_) }
    ));
    assert!(
        before.categories.is_empty(),
        "nominees are published with the vote"
    );
    let (status, body) = cast(&voter, "C7.4", &c74[0]).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert!(body.contains("vote-closed"), "{body}");

    move_to(&app, "voting", false).await;
    again(&voter, "voter@public.example").await;

    // Signed out: no vote, and the ballot page sends the visitor to sign in.
    let anonymous = app.beside();
    assert_eq!(
        cast(&anonymous, "C7.4", &c74[0]).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (status, _) = anonymous.get_page("/vote").await;
    assert_eq!(status, StatusCode::FOUND);

    // An account whose address is not confirmed does not vote.
    let unconfirmed = app.beside();
    assert_eq!(
        unconfirmed
            .register_account("unconfirmed@public.example")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        unconfirmed
            .login("unconfirmed@public.example", PASSWORD)
            .await
            .status(),
        StatusCode::OK
    );
    let (status, body) = cast(&unconfirmed, "C7.4", &c74[0]).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(body.contains("vote-unconfirmed"), "{body}");
    assert!(
        votes_of(&app, "unconfirmed@public.example")
            .await
            .is_empty()
    );

    // The ballot: both categories, nominees in alphabetical order, nothing cast.
    let ballot: Ballot = voter.call_ok("voting/ballot", &[]).await;
    assert!(matches!(ballot.window, VotingWindow::Open { .. }));
    let codes: Vec<&str> = ballot.categories.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["C1", "C7.4"]);
    let c74_titles: Vec<&str> = ballot.categories[1]
        .nominees
        .iter()
        .map(|n| n.title.as_str())
        .collect();
    assert_eq!(c74_titles, ["Alpine schools online", "Zinc mesh villages"]);
    assert_eq!((ballot.progress.cast, ballot.progress.total), (0, 2));

    // Bad input: a clear refusal each time, and nothing recorded.
    for (category, nominee, key) in [
        ("C7.4", c1.as_str(), "vote-not-a-nominee"),
        ("C7.4", draft.as_str(), "vote-not-a-nominee"),
        ("C7.4", "12abc", "vote-not-a-nominee"),
        ("C7.4", "99999999999999999999999", "vote-not-a-nominee"),
        ("C7.4", "", "vote-choose"),
        ("C99", c74[0].as_str(), "vote-unknown-category"),
        ("<script>", c74[0].as_str(), "vote-unknown-category"),
    ] {
        let (status, body) = cast(&voter, category, nominee).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{category} {nominee}: {body}"
        );
        assert!(body.contains(key), "{category} {nominee}: {body}");
    }
    assert!(votes_of(&app, "voter@public.example").await.is_empty());

    // A vote: recorded at once, with a receipt; a second one in the category is refused.
    let (status, receipt) = cast(&voter, "C7.4", &c74[1]).await;
    assert_eq!(status, StatusCode::OK, "{receipt}");
    let receipt: String = serde_json::from_str(&receipt).expect("the receipt");
    assert_eq!(receipt.len(), 39, "32 digits in groups of four: {receipt}");
    let (status, body) = cast(&voter, "C7.4", &c74[0]).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert!(body.contains("vote-already-cast"), "{body}");
    let mine = votes_of(&app, "voter@public.example").await;
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].submission_id.to_string(), c74[1]);
    assert_eq!(mine[0].status.code(), "valid");
    assert_eq!(mine[0].email_domain, "public.example");
    // What review needs, kept as keyed hashes: never the address itself.
    for hashed in [&mine[0].network, &mine[0].fingerprint] {
        assert_eq!(hashed.len(), 64);
        assert!(hashed.chars().all(|c| c.is_ascii_hexdigit()));
    }
    assert!(!mine[0].network.contains("127.0.0"));

    // The ballot shows the vote and its receipt, and what is left.
    let ballot: Ballot = voter.call_ok("voting/ballot", &[]).await;
    let voted = ballot.categories[1]
        .vote
        .as_ref()
        .expect("the vote in C7.4");
    assert_eq!(voted.title, "Zinc mesh villages");
    assert_eq!(voted.receipt, receipt);
    assert_eq!((ballot.progress.cast, ballot.progress.total), (1, 2));
    let (status, page) = voter.get_page("/vote").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("data-testid=\"vote-progress\""), "{page}");
    assert!(page.contains(&receipt), "the receipt on the page");
    assert!(!page.contains("data-testid=\"vote-complete\""));

    // The last category, and the ballot is complete.
    let (status, body) = cast(&voter, "C1", &c1).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, page) = voter.get_page("/vote").await;
    assert!(page.contains("data-testid=\"vote-complete\""), "{page}");

    // Once the vote closes, nothing more is cast.
    move_to(&app, "voting", true).await;
    let late = other_person(&app, "late@public.example").await;
    let (status, body) = cast(&late, "C1", &c1).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert!(votes_of(&app, "late@public.example").await.is_empty());
}

#[tokio::test]
async fn the_ballot_works_without_javascript() {
    let Contest { app, c74, .. } = contest(Options::default()).await;
    move_to(&app, "voting", false).await;
    let voter = other_person(&app, "plain@public.example").await;
    let (status, page) = voter.get_page("/vote").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("name=\"nominee\""), "{page}");
    // No choice made: the page comes back with the message, nothing recorded.
    let res = voter
        .post_plain("voting/cast", &[("category", "C7.4")], "/vote")
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = res.text().await.unwrap_or_default();
    assert!(
        page.contains("Choose a nominee before voting."),
        "the message on the page: {page}"
    );
    assert!(votes_of(&app, "plain@public.example").await.is_empty());
    // A choice: the post is answered with the ballot, at the category voted in.
    let res = voter
        .post_plain(
            "voting/cast",
            &[("category", "C7.4"), ("nominee", &c74[0])],
            "/vote",
        )
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/vote?voted=C7.4#C7.4")
    );
    let (_, page) = voter.get_page("/vote?voted=C7.4").await;
    assert!(page.contains("data-testid=\"vote-cast\""), "{page}");
    assert_eq!(votes_of(&app, "plain@public.example").await.len(), 1);
}

#[tokio::test]
async fn a_burst_of_the_same_vote_records_it_once() {
    let Contest { app, c74, .. } = contest(Options::default()).await;
    move_to(&app, "voting", false).await;
    let voter = other_person(&app, "eager@public.example").await;
    let tries = (0..16).map(|i| {
        let voter = &voter;
        let nominee = c74[i % 2].clone();
        async move { cast(voter, "C7.4", &nominee).await.0 }
    });
    let statuses = futures::future::join_all(tries).await;
    let ok = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    assert_eq!(ok, 1, "{statuses:?}");
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::OK || *s == StatusCode::CONFLICT),
        "{statuses:?}"
    );
    assert_eq!(
        vote::Entity::find()
            .filter(vote::Column::VoterId.eq(account_id(&app, "eager@public.example").await))
            .count(&app.ctx.db)
            .await
            .expect("a count"),
        1
    );
}

/// The vote path reads no session before its write: the write checks the token. A token
/// revoked elsewhere, a disabled account or an unconfirmed address writes nothing, even in a
/// batch with votes that are written.
#[tokio::test]
async fn a_vote_is_written_only_while_the_token_it_came_with_still_holds() {
    let Contest { app, c74, c1, .. } = contest(Options::default()).await;
    move_to(&app, "voting", false).await;
    again(&app, "secretariat@itu.example").await;

    // The same voter in two browsers; the password changed in one signs the other out.
    let here = other_person(&app, "two-places@public.example").await;
    let there = app.beside();
    again(&there, "two-places@public.example").await;
    let (status, body) = cast(&there, "C7.4", &c74[0]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let res = here
        .call(
            "accounts/change-password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "emerald kettle sonata 42"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let (status, body) = cast(&there, "C1", &c1).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert_eq!(votes_of(&app, "two-places@public.example").await.len(), 1);
    // The browser that changed it votes on.
    let (status, body) = cast(&here, "C1", &c1).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(votes_of(&app, "two-places@public.example").await.len(), 2);

    // A disabled account casts nothing.
    let disabled = other_person(&app, "disabled@public.example").await;
    let id = account_id(&app, "disabled@public.example")
        .await
        .to_string();
    let res = app
        .call(
            "admin/manage-account",
            &[
                ("account_id", &id),
                ("op", "disable"),
                ("reason", "spam"),
                ("back", "/"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let (status, body) = cast(&disabled, "C7.4", &c74[1]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert!(votes_of(&app, "disabled@public.example").await.is_empty());

    // All at once, so that they share batches: voters who may vote, each once per category
    // with a second try; an unconfirmed address; a revoked token. Each gets its own answer.
    let mut voters = Vec::new();
    for i in 0..6 {
        voters.push(other_person(&app, &format!("batch-{i}@public.example")).await);
    }
    let unconfirmed = app.beside();
    unconfirmed
        .register_account("batch-unconfirmed@public.example")
        .await;
    again(&unconfirmed, "batch-unconfirmed@public.example").await;
    let mut tries: Vec<(&TestApp, &str, &str)> = Vec::new();
    for (i, voter) in voters.iter().enumerate() {
        tries.push((voter, "C7.4", &c74[i % 2]));
        tries.push((voter, "C1", &c1));
        tries.push((voter, "C7.4", &c74[(i + 1) % 2]));
    }
    tries.push((&unconfirmed, "C7.4", &c74[0]));
    tries.push((&there, "C7.4", &c74[1]));
    let answers = futures::future::join_all(
        tries
            .iter()
            .map(|(voter, category, nominee)| cast(voter, category, nominee)),
    )
    .await;
    let (unconfirmed_answer, revoked_answer) = (&answers[18], &answers[19]);
    assert_eq!(unconfirmed_answer.0, StatusCode::FORBIDDEN, "{answers:?}");
    assert!(unconfirmed_answer.1.contains("vote-unconfirmed"));
    assert_eq!(revoked_answer.0, StatusCode::UNAUTHORIZED, "{answers:?}");
    for (i, per_voter) in answers[..18].chunks(3).enumerate() {
        let c74_statuses = [per_voter[0].0, per_voter[2].0];
        assert!(
            c74_statuses.contains(&StatusCode::OK) && c74_statuses.contains(&StatusCode::CONFLICT),
            "voter {i}: {per_voter:?}"
        );
        assert_eq!(per_voter[1].0, StatusCode::OK, "voter {i}: {per_voter:?}");
        let email = format!("batch-{i}@public.example");
        let written = votes_of(&app, &email).await;
        assert_eq!(written.len(), 2, "{email}");
        let created = app::entity::account::Entity::find_by_id(account_id(&app, &email).await)
            .one(&app.ctx.db)
            .await
            .expect("the account")
            .expect("an account")
            .created_at;
        for v in &written {
            // What anomaly review keeps of the account, copied by the write.
            assert_eq!(v.email_domain, "public.example");
            assert_eq!(v.account_created_at, created);
            assert_eq!(v.status.code(), "valid");
        }
    }
    assert!(
        votes_of(&app, "batch-unconfirmed@public.example")
            .await
            .is_empty()
    );
    assert_eq!(votes_of(&app, "two-places@public.example").await.len(), 2);
}

#[tokio::test]
async fn a_voter_casting_too_fast_is_held_with_retry_after_while_others_vote() {
    let Contest { app, c74, c1, .. } = contest(Options {
        quotas: app::limits::Quotas {
            votes_per_minute_account: 2,
            ..Options::default().quotas
        },
        ..Options::default()
    })
    .await;
    move_to(&app, "voting", false).await;
    let fast = other_person(&app, "fast@public.example").await;
    for _ in 0..2 {
        let (status, _) = cast(&fast, "C7.4", "not-a-number").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let res = fast
        .call("voting/cast", &[("category", "C7.4"), ("nominee", &c74[0])])
        .await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = res
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("a Retry-After header");
    assert!((1..=60).contains(&retry), "retry-after {retry}");
    assert!(votes_of(&app, "fast@public.example").await.is_empty());
    // Another voter on the same address is served normally.
    let other = other_person(&app, "patient@public.example").await;
    assert_eq!(cast(&other, "C1", &c1).await.0, StatusCode::OK);
}

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
fn both_verifiers(
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
    let Contest { app, c74, c1, .. } = contest(Options::default()).await;
    move_to(&app, "voting", false).await;
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
    let live: app::voting::VoteOverview = app.call_ok("voting/overview", &[]).await;
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
    let res = app.call("voting/results-final", &[]).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("results-vote-running")
    );

    move_to(&app, "voting", true).await;
    again(&app, "secretariat@itu.example").await;
    let fixed: app::voting::Finalized = app.call_ok("voting/results-final", &[]).await;
    assert_eq!((fixed.votes, fixed.valid), (7, 6));
    // Five champions per category at most: both C7.4 nominees and the C1 one.
    assert_eq!(fixed.champions, 3);
    let res = app.call("voting/results-final", &[]).await;
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
                .call_ok::<ReceiptCheck>("voting/check-receipt", &[("receipt", &receipt)])
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
        .call("voting/check-receipt", &[("receipt", "forged<script>")])
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
    let dir = crate::helpers::tempdir::TempDir::new();
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
    let Contest { app, c74, c1, .. } = contest(Options::default()).await;
    move_to(&app, "voting", false).await;
    let voter = other_person(&app, "v1@public.example").await;
    for (category, nominee) in [("C7.4", &c74[0]), ("C1", &c1)] {
        let (status, body) = cast(&voter, category, nominee).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    move_to(&app, "voting", true).await;
    again(&app, "secretariat@itu.example").await;

    crate::catalogue::freeze_versions(&app.ctx.db).await;
    let res = app.call("voting/results-final", &[]).await;
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

    crate::catalogue::thaw_versions(&app.ctx.db).await;
    let fixed: app::voting::Finalized = app.call_ok("voting/results-final", &[]).await;
    let champions = award::Entity::find()
        .count(&app.ctx.db)
        .await
        .expect("the awards");
    assert!(fixed.champions > 0);
    assert_eq!(champions, fixed.champions as u64);
}

#[tokio::test]
async fn suspicious_groups_are_held_until_the_secretariat_releases_or_invalidates_them() {
    let Contest { app, c74, c1, .. } = contest(Options {
        anomalies: app::limits::FlagThresholds {
            burst_votes: 3,
            bulk_accounts: 1_000,
            uniform_ballots: 1_000,
            // One window for the whole test: every vote from the loopback is one burst.
            window_secs: 100_000_000,
        },
        ..Options::default()
    })
    .await;
    move_to(&app, "voting", false).await;
    for email in [
        "v1@public.example",
        "v2@public.example",
        "v3@public.example",
        "throwaway@mailinator.com",
    ] {
        let voter = other_person(&app, email).await;
        assert_eq!(cast(&voter, "C7.4", &c74[0]).await.0, StatusCode::OK);
        assert_eq!(cast(&voter, "C1", &c1).await.0, StatusCode::OK);
    }
    again(&app, "secretariat@itu.example").await;
    let held: u64 = app.call_ok("voting/sweep", &[]).await;
    assert_eq!(held, 8, "every vote is in the burst");
    let flags: app::voting::Flags = app.call_ok("voting/flags", &[]).await;
    let kinds: Vec<FlagKind> = flags.rows.iter().map(|f| f.kind).collect();
    assert_eq!(flags.rows.len(), 2, "{kinds:?}");
    let burst = flags
        .rows
        .iter()
        .find(|f| f.kind == FlagKind::Burst)
        .expect("the burst");
    let disposable = flags
        .rows
        .iter()
        .find(|f| f.kind == FlagKind::DisposableDomain)
        .expect("the disposable domain");
    assert_eq!((burst.votes, disposable.votes), (8, 2));
    assert_eq!(disposable.key, "mailinator.com");
    // A second sweep finds nothing new.
    assert_eq!(app.call_ok::<u64>("voting/sweep", &[]).await, 0);
    let live: app::voting::VoteOverview = app.call_ok("voting/overview", &[]).await;
    assert_eq!(live.held, 8);

    // A decision needs a reason; the disposable group is invalidated, the burst released:
    // a vote in both stays invalid.
    let decide = |flag: i64, decision: &'static str, reason: &'static str| {
        let app = &app;
        async move {
            app.call(
                "voting/decide-flag",
                &[
                    ("flag_id", &flag.to_string()),
                    ("decision", decision),
                    ("reason", reason),
                ],
            )
            .await
            .status()
        }
    };
    assert_eq!(
        decide(disposable.id, "invalidate", "").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        decide(disposable.id, "erase", "No such decision.").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        decide(disposable.id, "invalidate", "Throw-away mailboxes.").await,
        StatusCode::OK
    );
    assert_eq!(
        decide(burst.id, "release", "The ministry's own network, checked.").await,
        StatusCode::OK
    );
    let status_of = |email: &'static str| {
        let app = &app;
        async move {
            votes_of(app, email)
                .await
                .into_iter()
                .map(|v| v.status.code())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(status_of("v1@public.example").await, ["valid", "valid"]);
    assert_eq!(
        status_of("throwaway@mailinator.com").await,
        ["invalid", "invalid"]
    );
    let log = app.audit_log().await;
    assert_eq!(
        log.rows
            .iter()
            .filter(|e| e.action == "voting.flag_decided")
            .count(),
        2
    );

    // The secretariat extends the list of disposable domains; the next voter there is held,
    // though the burst their votes join was released.
    let res = app
        .call(
            "voting/add-disposable-domain",
            &[("domain", "not a domain")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .call(
            "voting/add-disposable-domain",
            &[("domain", "@Spam.Example")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let spammer = other_person(&app, "someone@spam.example").await;
    assert_eq!(cast(&spammer, "C7.4", &c74[1]).await.0, StatusCode::OK);
    assert_eq!(cast(&spammer, "C1", &c1).await.0, StatusCode::OK);
    assert_eq!(app.call_ok::<u64>("voting/sweep", &[]).await, 2);
    assert_eq!(status_of("someone@spam.example").await, ["held", "held"]);

    // Results are not final while a vote is held.
    move_to(&app, "voting", true).await;
    again(&app, "secretariat@itu.example").await;
    let res = app.call("voting/results-final", &[]).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("results-held-votes")
    );
    let flags: app::voting::Flags = app.call_ok("voting/flags", &[]).await;
    let spam = flags
        .rows
        .iter()
        .find(|f| f.key == "spam.example")
        .expect("the new group");
    assert!(spam.decision.is_none());
    assert_eq!(
        decide(spam.id, "invalidate", "A mailbox service.").await,
        StatusCode::OK
    );
    let fixed: app::voting::Finalized = app.call_ok("voting/results-final", &[]).await;
    assert_eq!((fixed.votes, fixed.valid), (10, 6));
    // Once final, the review is closed.
    assert_eq!(
        decide(burst.id, "hold", "Too late.").await,
        StatusCode::CONFLICT
    );
}

#[tokio::test]
async fn voters_with_an_incomplete_ballot_are_reminded_once_before_the_close() {
    let Contest { app, c74, c1, .. } = contest(Options::default()).await;
    move_to(&app, "voting", false).await;
    let partial = other_person(&app, "partial@public.example").await;
    assert_eq!(cast(&partial, "C7.4", &c74[0]).await.0, StatusCode::OK);
    let complete = other_person(&app, "complete@public.example").await;
    assert_eq!(cast(&complete, "C7.4", &c74[0]).await.0, StatusCode::OK);
    assert_eq!(cast(&complete, "C1", &c1).await.0, StatusCode::OK);
    // Early in the vote: nobody is reminded yet.
    let now = app.ctx.clock.now();
    assert_eq!(
        app::voting::reminders::send_due(&app.ctx, now)
            .await
            .expect("the reminders"),
        0
    );
    // Two days before the close.
    let voting = phase::Entity::find()
        .filter(phase::Column::Kind.eq("voting"))
        .one(&app.ctx.db)
        .await
        .expect("the phases")
        .expect("the voting phase");
    app.ctx
        .clock
        .advance(voting.closes_at - 2 * 86_400 - app.ctx.clock.now());
    let now = app.ctx.clock.now();
    let first = app::voting::reminders::send_due(&app.ctx, now)
        .await
        .expect("the reminders");
    let again_sent = app::voting::reminders::send_due(&app.ctx, now)
        .await
        .expect("the reminders");
    // The background job may have sent it first: once in all.
    assert!(first <= 1 && again_sent == 0, "{first} then {again_sent}");
    let mail = app.last_mail_to("partial@public.example").await;
    assert_eq!(mail.kind.code(), "vote_reminder");
    assert!(mail.body_text.contains("C1"), "{}", mail.body_text);
    assert!(!mail.body_text.contains("C7.4"), "{}", mail.body_text);
    assert!(mail.body_text.contains("http://wsis.test/vote"));
    let to_complete = app::entity::mail::Entity::find()
        .filter(app::entity::mail::Column::ToAddress.eq("complete@public.example"))
        .filter(app::entity::mail::Column::Kind.eq("vote_reminder"))
        .count(&app.ctx.db)
        .await
        .expect("a count");
    assert_eq!(to_complete, 0);
}

/// Puts the calendar so that voting is open by the real clock, and this instance's clock
/// back to it, so that an instance running as a process of its own agrees on what is open.
async fn voting_in_real_time(app: &TestApp) {
    use sea_orm::sea_query::Expr;
    let real = jiff::Timestamp::now().as_second();
    app.ctx.clock.advance(real - app.ctx.clock.now());
    let day = 86_400;
    for (kind, opens, closes) in [
        ("submission", real - 3 * day, real - 2 * day),
        ("screening", real - 2 * day, real - 60),
        ("voting", real - 60, real + day),
        ("selection", real + day, real + 2 * day),
        ("publication", real + 2 * day, real + 300 * day),
    ] {
        phase::Entity::update_many()
            .col_expr(phase::Column::OpensAt, Expr::value(opens))
            .col_expr(phase::Column::ClosesAt, Expr::value(closes))
            .filter(phase::Column::Kind.eq(kind))
            .exec(&app.ctx.db)
            .await
            .expect("the calendar moved");
    }
    // This instance reads the new calendar at once (another within a second).
    app::catalogue::forget(&app.ctx);
}

/// Another instance of the application, as a process of its own on the same database: the
/// release of a crash test, and the second of two instances. Killed when dropped.
struct Instance {
    child: std::process::Child,
    url: String,
    _dir: crate::helpers::tempdir::TempDir,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn instance(app: &TestApp) -> Instance {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let dir = crate::helpers::tempdir::TempDir::new();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_wsis-prizes"));
    cmd.arg("serve").env_clear();
    if let Ok(path) = std::env::var("PATH") {
        cmd.env("PATH", path);
    }
    let child = cmd
        .env("DATABASE_URL", &app.database_url)
        .env("WSIS_DATA_DIR", &dir.0)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", dir.0.join("site"))
        // The same signing secret as the test's own instance: its sessions hold here too.
        .env(
            "WSIS_JWT_SECRET",
            "a test signing secret that is long enough",
        )
        .env("WSIS_PUBLIC_URL", "http://wsis.test")
        .env("RUST_LOG", "error")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the second instance");
    let url = format!("http://127.0.0.1:{port}");
    let mut server = Instance {
        child,
        url,
        _dir: dir,
    };
    let client = reqwest::Client::new();
    for _ in 0..600 {
        if client
            .get(format!("{}/health", server.url))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return server;
        }
        if let Ok(Some(status)) = server.child.try_wait() {
            panic!("the second instance exited: {status}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the second instance did not answer within 30 s");
}

/// Casts a vote at the instance at `base`, with `voter`'s session.
async fn cast_at(
    voter: &TestApp,
    base: &str,
    category: &str,
    nominee: &str,
) -> Result<(StatusCode, String), reqwest::Error> {
    let res = voter
        .client
        .post(format!("{base}/api/voting/cast"))
        .form(&[("category", category), ("nominee", nominee)])
        .send()
        .await?;
    let status = res.status();
    Ok((status, res.text().await.unwrap_or_default()))
}

/// Every vote row, as (voter, category, receipt).
async fn all_votes(app: &TestApp) -> Vec<(i64, i64, String)> {
    vote::Entity::find()
        .all(&app.ctx.db)
        .await
        .expect("the votes")
        .into_iter()
        .map(|v| (v.voter_id, v.category_id, v.receipt))
        .collect()
}

#[tokio::test]
async fn every_vote_acknowledged_before_a_crash_is_there_after_restart_and_none_is_twice() {
    let Contest { app, c74, c1, .. } = contest(Options::default()).await;
    voting_in_real_time(&app).await;
    let mut voters = Vec::new();
    for i in 0..20 {
        voters.push(other_person(&app, &format!("crash{i}@public.example")).await);
    }
    let server = instance(&app).await;
    // The flood, paced so that the crash falls in its middle.
    let acked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let ballots: Vec<(usize, &str, &str)> = (0..voters.len())
        .flat_map(|i| [(i, "C7.4", c74[i % 2].as_str()), (i, "C1", c1.as_str())])
        .collect();
    let url = server.url.clone();
    let flood = ballots
        .iter()
        .enumerate()
        .map(|(n, (i, category, nominee))| {
            let (voter, base, acked) = (&voters[*i], url.clone(), acked.clone());
            async move {
                tokio::time::sleep(std::time::Duration::from_millis(n as u64 * 20)).await;
                if let Ok((StatusCode::OK, body)) = cast_at(voter, &base, category, nominee).await {
                    let receipt: String = serde_json::from_str(&body).expect("a receipt");
                    acked
                        .lock()
                        .expect("the list")
                        .push(receipt.replace('-', ""));
                }
            }
        });
    let seen = acked.clone();
    let crash = async move {
        // SIGKILL once a dozen votes are acknowledged: no shutdown, no flush.
        for _ in 0..400 {
            if seen.lock().expect("the list").len() >= 12 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        drop(server);
    };
    tokio::join!(futures::future::join_all(flood), crash);
    let acked = acked.lock().expect("the list").clone();
    assert!(
        acked.len() >= 12 && acked.len() < ballots.len(),
        "the crash fell in the middle of the flood: {} of {}",
        acked.len(),
        ballots.len()
    );

    // After a restart, every acknowledged vote is there, and no voter has two in a category.
    let restarted = instance(&app).await;
    let stored = all_votes(&app).await;
    for receipt in &acked {
        assert!(
            stored.iter().any(|(_, _, r)| r == receipt),
            "acknowledged vote {receipt} lost"
        );
    }
    let pairs: std::collections::BTreeSet<(i64, i64)> =
        stored.iter().map(|(v, c, _)| (*v, *c)).collect();
    assert_eq!(pairs.len(), stored.len(), "a duplicate vote");
    // The voters try again: what was committed is refused, the rest is recorded.
    for (i, category, nominee) in &ballots {
        let (status, body) = cast_at(&voters[*i], &restarted.url, category, nominee)
            .await
            .expect("the restarted instance answers");
        assert!(
            status == StatusCode::OK || status == StatusCode::CONFLICT,
            "{status}: {body}"
        );
    }
    assert_eq!(all_votes(&app).await.len(), ballots.len());
}

#[tokio::test]
async fn two_instances_on_one_database_record_each_vote_once() {
    let Contest { app, c74, c1, .. } = contest(Options::default()).await;
    voting_in_real_time(&app).await;
    let mut voters = Vec::new();
    for i in 0..12 {
        voters.push(other_person(&app, &format!("twice{i}@public.example")).await);
    }
    let second = instance(&app).await;
    // Every voter sends the same vote to both instances at once.
    let (first, other) = (app.address.as_str(), second.url.as_str());
    let tries = voters.iter().enumerate().flat_map(|(i, voter)| {
        [("C7.4", c74[i % 2].clone()), ("C1", c1.clone())]
            .into_iter()
            .map(move |(category, nominee)| async move {
                {
                    let (a, b) = tokio::join!(
                        cast_at(voter, first, category, &nominee),
                        cast_at(voter, other, category, &nominee)
                    );
                    [
                        a.expect("the first instance").0,
                        b.expect("the second instance").0,
                    ]
                }
            })
    });
    let answers = futures::future::join_all(tries).await;
    for pair in &answers {
        let ok = pair.iter().filter(|s| **s == StatusCode::OK).count();
        assert_eq!(
            ok, 1,
            "one instance records it, the other refuses: {pair:?}"
        );
        assert!(pair.contains(&StatusCode::CONFLICT), "{pair:?}");
    }
    let stored = all_votes(&app).await;
    assert_eq!(stored.len(), voters.len() * 2);
    drop(second);
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
            let form = crate::phases::calendar(app, &changes).await;
            let pairs: Vec<(&str, &str)> =
                form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let res = app.call("editions/update-calendar", &pairs).await;
            let status = res.status();
            (status, res.text().await.unwrap_or_default())
        }
    };
    let form: serde_json::Value = app.call_ok("editions/get-calendar-form", &[]).await;
    assert_eq!(
        form["complete_ballots_only"], true,
        "complete ballots only by default"
    );
    assert_eq!(
        post(&[("ballot_rule", "sometimes")]).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let (status, body) = post(&[("ballot_rule", "every")]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let form: serde_json::Value = app.call_ok("editions/get-calendar-form", &[]).await;
    assert_eq!(form["complete_ballots_only"], false);

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
    let fixed: app::voting::Finalized = app.call_ok("voting/results-final", &[]).await;
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
        ("voting/results", vec![("edition", "")]),
        ("voting/check-receipt", vec![("receipt", receipt)]),
        ("voting/ballot", vec![]),
        ("stories/book", vec![("edition", "")]),
    ] {
        let res = reader.call(endpoint, &args).await;
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
            let fixed: app::voting::Finalized =
                secretariat.call_ok("voting/results-final", &[]).await;
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
        .call_ok("voting/results", &[("edition", &year.to_string())])
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
    let res = anyone.call("voting/results", &[("edition", "1999")]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_nominee_has_a_public_page_once_the_vote_opens_linked_from_the_ballot() {
    let Contest {
        app, c74, draft, ..
    } = contest(Options::default()).await;
    let anyone = app.beside();
    let page_of = |id: &str| format!("/projects/{id}");
    // Before the vote, nominees are not public yet.
    let (status, _) = anyone.get_page(&page_of(&c74[0])).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let res = anyone.call("gallery/project", &[("id", &c74[0])]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    move_to(&app, "voting", false).await;
    let (status, page) = anyone.get_page(&page_of(&c74[0])).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    for shown in [
        "Alpine schools online",
        "Alpha",
        "Sustainable Development Goals",
    ] {
        assert!(page.contains(shown), "{shown}: {page}");
    }
    assert!(!page.contains("data-testid=\"project-award\""));
    assert!(!page.contains(".wasm"), "a plain page: no wasm to load");
    let project: app::gallery::ProjectView =
        anyone.call_ok("gallery/project", &[("id", &c74[0])]).await;
    assert_eq!(project.category_code, "C7.4");
    assert!(!project.sdgs.is_empty());
    // The ballot and the category page lead to it.
    let voter = other_person(&app, "reader@public.example").await;
    let (_, ballot) = voter.get_page("/vote").await;
    assert!(
        ballot.contains(&format!("href=\"/projects/{}\"", c74[0])),
        "{ballot}"
    );
    let (_, category) = anyone.get_page("/categories/C7.4").await;
    assert!(category.contains(&format!("href=\"/projects/{}\"", c74[1])));
    // Anything but a nominee is not found, without an error.
    for id in [draft.as_str(), "abc", "99999999", "-1", "1e3"] {
        let (status, _) = anyone.get_page(&page_of(id)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{id}");
    }
}
