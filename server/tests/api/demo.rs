use app::{
    nominations::GetScreeningQueue,
    review::GetCategoryRanking,
    voting::{CheckReceipt, ReceiptCheck},
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::support::spawn_app;

#[tokio::test]
async fn the_demo_edition_loads_once_with_every_category_and_screening_state() {
    let app = spawn_app().await;
    let report = app::demo::load(&app.ctx, 180)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(report.submissions >= 170, "{report:?}");
    assert!(report.pictures >= 50);
    let again = app::demo::load(&app.ctx, 180)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(again.already_loaded && again.submissions == 0);

    use app::entity::submission;
    let all = submission::Entity::find()
        .all(&app.ctx.db)
        .await
        .expect("the rows");
    assert_eq!(all.len() as u64, report.submissions);
    let categories: std::collections::HashSet<i64> = all.iter().map(|s| s.category_id).collect();
    assert_eq!(categories.len(), 18);
    for status in [
        "draft",
        "submitted",
        "changes_requested",
        "eligible",
        "not_eligible",
        "withdrawn",
    ] {
        let n = submission::Entity::find()
            .filter(submission::Column::Status.eq(status))
            .count(&app.ctx.db)
            .await
            .unwrap_or(0);
        assert!(n > 0, "no {status} submission");
    }
    for s in &all {
        let words = app::nominations::rules::word_count(&s.short_description);
        assert!((150..=200).contains(&words), "{words} words in {}", s.title);
        assert!(!s.title.contains('{') && !s.short_description.contains('{'));
    }
    // Moved, lapsed and flagged submissions are there too.
    use app::entity::{screening_decision, submission_flag};
    for decision in [
        "moved",
        "changes_lapsed",
        "withdrawn",
        "eligible",
        "not_eligible",
    ] {
        let n = screening_decision::Entity::find()
            .filter(screening_decision::Column::Decision.eq(decision))
            .count(&app.ctx.db)
            .await
            .unwrap_or(0);
        assert!(n > 0, "no {decision} decision");
    }
    assert!(
        submission_flag::Entity::find()
            .count(&app.ctx.db)
            .await
            .unwrap_or(0)
            > 0,
        "no flagged submission"
    );
    // The site says plainly that the edition holds demonstration data. The demo was loaded
    // beside the instance, as the command line does: the instance would see it within a
    // second; the test makes it read the editions afresh rather than wait.
    app::catalogue::forget(&app.ctx);
    let (_, home) = app.get_page("/").await;
    assert!(home.contains("This edition holds demonstration data"));
    let (_, category) = app.get_page("/categories/C4").await;
    assert!(category.contains("This edition holds demonstration data"));
    // The one-entity-per-category rule holds in the demo data too.
    let mut seen = std::collections::HashSet::new();
    for s in &all {
        assert!(
            seen.insert((s.category_id, s.organisation_id)),
            "duplicate entity in a category"
        );
    }

    app.signed_in_secretariat("demo@itu.example").await;
    let q = [
        ("category", "C7.4"),
        ("status", ""),
        ("country", ""),
        ("region", ""),
        ("stakeholder_type", ""),
        ("flagged", ""),
    ];
    let queue: serde_json::Value = app
        .call::<GetScreeningQueue>(&q)
        .await
        .json()
        .await
        .expect("a JSON response");
    assert!(queue["counts"]["eligible"].as_u64().unwrap_or(0) > 0);
    // The whole queue is paged; the counts cover every page.
    let all_q = [
        ("category", ""),
        ("status", ""),
        ("country", ""),
        ("region", ""),
        ("stakeholder_type", ""),
        ("flagged", ""),
        ("page", "1"),
    ];
    let second: serde_json::Value = app
        .call::<GetScreeningQueue>(&all_q)
        .await
        .json()
        .await
        .expect("a JSON response");
    let counts = &second["counts"];
    let total: u64 = [
        "submitted",
        "changes_requested",
        "eligible",
        "not_eligible",
        "withdrawn",
    ]
    .iter()
    .map(|k| counts[*k].as_u64().unwrap_or(0))
    .sum();
    assert!(total > 100, "{total}");
    assert_eq!(
        (second["page"].as_u64(), second["pages"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(
        second["rows"].as_array().map(Vec::len),
        Some(total as usize - 100)
    );
    let eligible_with_picture = all
        .iter()
        .find(|s| s.status.code() == "eligible" && s.picture_id.is_some())
        .expect("an eligible submission with a picture in the demo");
    {
        let s = eligible_with_picture;
        let res = crate::support::client()
            .get(app.url(&format!(
                "/pictures/{}/thumb",
                s.picture_id.expect("a picture")
            )))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            res.status(),
            StatusCode::OK,
            "an eligible project's picture is public"
        );
    }
}

/// Everything a demo load writes, table by table, in id order (the audit entry that records
/// when the load ran aside).
async fn dump(db: &sea_orm::DatabaseConnection) -> String {
    use app::entity::*;
    macro_rules! rows {
        ($($entity:ident),*) => {{
            let mut out = String::new();
            $(
                // In the rows' own order: PostgreSQL returns them as they lie, which an
                // update may change.
                let mut rows: Vec<String> = $entity::Entity::find()
                    .all(db)
                    .await
                    .unwrap_or_else(|e| panic!("{e}"))
                    .iter()
                    .map(|r| format!("{r:?}"))
                    .collect();
                rows.sort();
                out.push_str(&format!("{}: {:?}\n", stringify!($entity), rows));
            )*
            out
        }};
    }
    rows!(
        edition,
        phase,
        category,
        account,
        organisation,
        picture,
        submission,
        submission_member,
        screening_decision,
        submission_flag,
        account_role,
        expert_tie,
        review_round,
        review_criterion,
        round_expert,
        review_assignment,
        review,
        review_score,
        review_revision,
        nominee_list,
        nominee
    )
}

#[tokio::test]
async fn the_demo_load_gives_the_same_database_whatever_the_day() {
    let t0 = jiff::Timestamp::now().as_second();
    let mut dumps = Vec::new();
    for days_later in [0, 3] {
        let (db, dir) = crate::support::fresh_database().await;
        app::editions::seed::ensure_seeded(&db, t0)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let ctx = server::startup::context(&crate::support::test_config(&dir.0), db.clone())
            .unwrap_or_else(|e| panic!("{e}"));
        ctx.clock.advance(days_later * 86_400);
        app::demo::load(&ctx, 120)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        dumps.push(dump(&db).await);
    }
    assert!(dumps[0].len() > 100_000, "the dump holds the data");
    if dumps[0] != dumps[1] {
        let first_difference = dumps[0]
            .chars()
            .zip(dumps[1].chars())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        let at = first_difference.saturating_sub(200);
        panic!(
            "the loads differ at {first_difference}:\n{}\n---\n{}",
            dumps[0].get(at..at + 400).unwrap_or(""),
            dumps[1].get(at..at + 400).unwrap_or("")
        );
    }
}

#[tokio::test]
async fn the_demo_review_has_a_panel_with_ties_conflict_free_assignments_reviews_and_nominees() {
    use app::{
        entity::{
            expert_tie, nominee, nominee_list, review, review_assignment, review_score, submission,
        },
        review::{RoundKind, assign, rounds},
    };
    use std::collections::{BTreeMap, BTreeSet};
    let app = spawn_app().await;
    let report = app::demo::load(&app.ctx, 180)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.experts, 36, "{report:?}");
    let db = &app.ctx.db;
    let ties = expert_tie::Entity::find().count(db).await.unwrap_or(0);
    assert!(
        ties >= 36 + 12,
        "every expert declares a country, one in three an organisation: {ties}"
    );

    let round = rounds::current(&app.ctx, RoundKind::Shortlisting)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let entries = assign::entries_of(db, &round).await.unwrap_or_default();
    let assignments = review_assignment::Entity::find()
        .all(db)
        .await
        .unwrap_or_default();
    assert_eq!(assignments.len() as u64, report.assignments);
    // Three reviewers per entry, never a conflicted one.
    let experts: BTreeSet<i64> = assignments.iter().map(|a| a.expert_id).collect();
    let facts = assign::facts(db, &round.model, &experts, &entries)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut per_entry: BTreeMap<i64, usize> = BTreeMap::new();
    for a in &assignments {
        assert_eq!(facts.conflict(a.expert_id, a.submission_id), None, "{a:?}");
        *per_entry.entry(a.submission_id).or_default() += 1;
    }
    assert!(per_entry.values().all(|n| *n <= 3));
    assert!(per_entry.values().filter(|n| **n == 3).count() * 10 >= entries.len() * 9);
    // Reviews: most assignments, each with a score for every criterion.
    let reviews = review::Entity::find().count(db).await.unwrap_or(0);
    assert_eq!(reviews, report.reviews);
    assert!(reviews * 100 >= report.assignments * 85 && reviews < report.assignments);
    assert_eq!(
        review_score::Entity::find().count(db).await.unwrap_or(0),
        reviews * round.criteria.len() as u64
    );
    // Every category with entries has its confirmed nominees: all of them up to the cut.
    let lists = nominee_list::Entity::find()
        .all(db)
        .await
        .unwrap_or_default();
    let categories: BTreeSet<i64> = entries.iter().map(|s| s.category_id).collect();
    assert_eq!(lists.len(), categories.len());
    let nominees = nominee::Entity::find().all(db).await.unwrap_or_default();
    assert_eq!(nominees.len() as u64, report.nominees);
    for list in &lists {
        let eligible = entries
            .iter()
            .filter(|s| s.category_id == list.category_id)
            .count();
        let on_list = nominees.iter().filter(|n| n.list_id == list.id).count();
        assert_eq!(on_list, eligible.min(20));
    }
    let eligible: BTreeSet<i64> = submission::Entity::find()
        .filter(submission::Column::Status.eq("eligible"))
        .all(db)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert!(nominees.iter().all(|n| eligible.contains(&n.submission_id)));
    // The secretariat's ranking reads the same data.
    app.signed_in_secretariat("secretariat@itu.example").await;
    let ranking: app::review::CategoryRanking = app
        .call_ok::<GetCategoryRanking>(&[("round", "shortlisting"), ("category", "C7.4")])
        .await;
    assert!(!ranking.rows.is_empty());
    assert!(ranking.rows.iter().all(|r| r.nominee == (r.position <= 20)));
}

#[tokio::test]
async fn the_demo_past_edition_has_a_vote_closed_reviewed_and_published_with_its_winners() {
    use app::entity::{award, vote, vote_flag};
    let app = spawn_app().await;
    let now = app.ctx.clock.now();
    app::demo::load(&app.ctx, 180)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let past = app::demo::load_past(&app.ctx, 180, 400)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .expect("a past edition");
    let current = app::catalogue::load::current_stored(&app.ctx.db, now)
        .await
        .expect("the editions")
        .expect("an edition");
    assert_eq!(past.year, current.edition.year - 1, "the year before");
    assert_ne!(
        current.edition.year, past.year,
        "the current edition stays current"
    );
    let db = &app.ctx.db;
    let votes = vote::Entity::find().count(db).await.unwrap_or(0);
    assert_eq!(votes, past.vote.votes);
    assert!(past.vote.voters >= 400 && votes > 5_000, "{past:?}");

    // Every flagged group was reviewed with a reason; one was invalidated, and its votes
    // do not count.
    let flags = vote_flag::Entity::find().all(db).await.unwrap_or_default();
    let kinds: std::collections::BTreeSet<&str> = flags.iter().map(|f| f.kind.code()).collect();
    assert_eq!(
        kinds,
        ["bulk_accounts", "burst", "uniform_ballots"].into(),
        "{flags:?}"
    );
    assert!(
        flags
            .iter()
            .all(|f| f.decision.is_some() && f.reason.is_some())
    );
    let invalid = vote::Entity::find()
        .filter(vote::Column::Status.eq("invalid"))
        .count(db)
        .await
        .unwrap_or(0);
    assert!(invalid > 0);
    assert!(past.vote.valid + invalid <= votes);

    // Champions from the count, one winner per category confirmed.
    let awards = award::Entity::find().all(db).await.unwrap_or_default();
    let champions = awards
        .iter()
        .filter(|a| a.kind.code() == "champion")
        .count();
    let winners = awards.iter().filter(|a| a.kind.code() == "winner").count();
    assert_eq!(champions, past.vote.champions);
    assert_eq!(winners as u64, past.vote.winners);
    assert_eq!(winners, 18, "{past:?}");

    // The ledger exports at once, and recounts to the same champions.
    let (text, tally) = app::voting::results::ledger_of(db, past.year)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(tally.head, past.vote.head);
    let recount = app::voting::ledger::verify(&text).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(recount.champions, tally.champions);

    // Published: anyone reads its results and downloads its ledger.
    let anyone = app.beside();
    let (status, page) = anyone
        .get_page(&format!("/vote/results?edition={}", past.year))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("data-testid=\"results-summary\""), "{page}");
    assert!(page.contains(&past.vote.head));
    assert!(page.contains("Winner"));
    let (status, ledger) = anyone
        .get_page(&format!("/vote/ledger/{}.jsonl", past.year))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ledger, text);

    // A receipt of that vote is checked against its own edition while the current one takes
    // submissions (it answered "not yet", reading the current edition only).
    let counted = vote::Entity::find()
        .filter(vote::Column::Status.eq("valid"))
        .order_by_asc(vote::Column::Id)
        .one(db)
        .await
        .expect("the votes")
        .expect("a valid vote");
    match anyone
        .call_ok::<CheckReceipt>(&[("receipt", &counted.receipt)])
        .await
    {
        ReceiptCheck::Found { receipt_hash, .. } => {
            assert_eq!(
                receipt_hash,
                app::voting::ledger::receipt_hash(&counted.receipt)
            );
            assert!(text.contains(&receipt_hash), "the ledger's line");
        }
        other => panic!("{other:?}"),
    }
    // A receipt found nowhere is still "not yet" until the current edition is published.
    assert_eq!(
        anyone
            .call_ok::<CheckReceipt>(&[("receipt", "0123-4567-89ab-cdef-0123-4567-89ab-cdef")])
            .await,
        ReceiptCheck::NotYet
    );

    // Loading again adds nothing.
    assert!(
        app::demo::load_past(&app.ctx, 180, 400)
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .is_none()
    );
}
