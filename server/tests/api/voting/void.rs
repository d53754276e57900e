//! A nominee withdrawn while the vote runs: the votes for it become void in the withdrawal's
//! transaction, their voters are told by mail (once) and may vote once more in its category,
//! a void vote completes its voter's ballot until they do, the ledger keeps it as a line that
//! is not valid (both verifiers pass), and its receipt answers that the nominee withdrew.

use app::{
    entity::{audit_entry, void_vote},
    nominations::WithdrawSubmission,
    voting::{VoteOverview, void},
};
use sea_orm::{ActiveModelTrait, QueryOrder, Set};

use super::{results::both_verifiers, *};

async fn receipt_of(voter: &TestApp, category: &str, nominee: &str) -> String {
    let (status, body) = cast(voter, category, nominee).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).expect("a receipt")
}

async fn void_rows(app: &TestApp) -> Vec<void_vote::Model> {
    void_vote::Entity::find()
        .order_by_asc(void_vote::Column::Id)
        .all(&app.ctx.db)
        .await
        .expect("the void votes")
}

#[tokio::test]
async fn a_nominee_withdrawn_during_the_vote_voids_its_votes_and_their_voters_vote_once_more() {
    let Contest { app, c74, c1, .. } = open_vote(Options::default()).await;
    let [alpha, zed] = c74;
    // v1 and v3 vote for Zed; v2 for Alpha; each also in C1 (complete ballots).
    let v1 = other_person(&app, "v1@public.example").await;
    let first = receipt_of(&v1, "C7.4", &zed).await;
    receipt_of(&v1, "C1", &c1).await;
    let v2 = other_person(&app, "v2@public.example").await;
    receipt_of(&v2, "C7.4", &alpha).await;
    receipt_of(&v2, "C1", &c1).await;
    let v3 = other_person(&app, "v3@public.example").await;
    let v3_void = receipt_of(&v3, "C7.4", &zed).await;
    let v3_c1 = receipt_of(&v3, "C1", &c1).await;
    let v4 = other_person(&app, "v4@public.example").await;
    // v5 votes for Zed only, and never again.
    let v5 = other_person(&app, "v5@public.example").await;
    receipt_of(&v5, "C7.4", &zed).await;

    // The secretariat withdraws Zed, with a reason: its three votes move aside at once.
    let res = app
        .call::<WithdrawSubmission>(&[("id", &zed), ("reason", "The project was sold.")])
        .await;
    crate::support::ok(res, "the withdrawal").await;
    let zed_id: i64 = zed.parse().expect("an id");
    let live_for_zed = vote::Entity::find()
        .filter(vote::Column::SubmissionId.eq(zed_id))
        .count(&app.ctx.db)
        .await
        .expect("the votes");
    assert_eq!(live_for_zed, 0, "no live vote for a withdrawn nominee");
    let moved = void_rows(&app).await;
    assert_eq!(moved.len(), 3);
    assert!(
        moved
            .iter()
            .all(|v| v.submission_id == zed_id && v.told_at.is_none())
    );
    let stored: Vec<&str> = moved.iter().map(|v| v.receipt.as_str()).collect();
    for receipt in [&first, &v3_void] {
        assert!(
            stored.contains(&receipt.replace('-', "").as_str()),
            "{receipt}"
        );
    }
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("screening.withdraw"))
        .one(&app.ctx.db)
        .await
        .expect("the audit log")
        .expect("the withdrawal audited");
    assert_eq!(
        audited.details.value()["void_votes"],
        3,
        "{:?}",
        audited.details
    );

    // v1's ballot: the void vote shows, with its receipt; it still completes the ballot.
    let ballot: Ballot = v1.call_ok::<GetBallot>(&[]).await;
    let c74 = ballot
        .categories
        .iter()
        .find(|c| c.code == "C7.4")
        .expect("C7.4 on the ballot");
    assert!(c74.vote.is_none());
    let voided = c74.voided.as_ref().expect("the void vote shown");
    assert_eq!(voided.title, "Zinc mesh villages");
    assert_eq!(voided.receipt, first);
    assert!(c74.nominees.iter().all(|n| n.submission_id != zed_id));
    assert!(ballot.progress.is_complete(), "{:?}", ballot.progress);
    let (_, page) = v1.get_page("/vote").await;
    assert!(page.contains("data-testid=\"vote-void\""), "{page}");
    assert!(page.contains("no longer counts"), "{page}");

    // Once more, and only once; never for the withdrawn nominee.
    let (status, body) = cast(&v1, "C7.4", &zed).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("vote-not-a-nominee"), "{body}");
    let second = receipt_of(&v1, "C7.4", &alpha).await;
    let (status, body) = cast(&v1, "C7.4", &alpha).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    let ballot: Ballot = v1.call_ok::<GetBallot>(&[]).await;
    let c74 = &ballot
        .categories
        .iter()
        .find(|c| c.code == "C7.4")
        .expect("C7.4");
    assert!(c74.voided.is_none() && c74.vote.is_some());
    // v2 voted for a nominee still in the contest: nothing changed for them.
    let (status, _) = cast(&v2, "C7.4", &alpha).await;
    assert_eq!(status, StatusCode::CONFLICT);

    // A vote written for Zed after the withdrawal (checked against the shortlist an instant
    // before it changed) is moved aside by the minute job, which tells each voter once.
    vote::ActiveModel {
        category_id: Set(moved[0].category_id),
        voter_id: Set(account_id(&app, "v4@public.example").await),
        submission_id: Set(zed_id),
        cast_at: Set(app.ctx.clock.now()),
        receipt: Set("0123456789abcdef0123456789abcdef".to_owned()),
        network: Set("n".to_owned()),
        fingerprint: Set("f".to_owned()),
        email_domain: Set("public.example".to_owned()),
        account_created_at: Set(app.ctx.clock.now()),
        status: Set(app::codes::VoteStatus::Valid),
        ..Default::default()
    }
    .insert(&app.ctx.db)
    .await
    .expect("a late vote");
    let now = app.ctx.clock.now();
    let told = void::tell_due(&app.ctx, now).await.expect("the job");
    assert_eq!(told, 4, "v1, v3, v5 and the late v4");
    assert_eq!(void::tell_due(&app.ctx, now).await.expect("the job"), 0);
    assert_eq!(void_rows(&app).await.len(), 4);
    for email in [
        "v1@public.example",
        "v3@public.example",
        "v4@public.example",
        "v5@public.example",
    ] {
        let mails = app.mails_to(email, "vote_void").await;
        assert_eq!(mails.len(), 1, "{email} is told once");
        assert!(
            mails[0].body_text.contains("Zinc mesh villages"),
            "{}",
            mails[0].body_text
        );
        assert!(
            mails[0].body_text.contains("/vote"),
            "{}",
            mails[0].body_text
        );
    }
    assert!(
        app.mails_to("v2@public.example", "vote_void")
            .await
            .is_empty()
    );
    let (status, _) = cast(&v4, "C7.4", &alpha).await;
    assert_eq!(status, StatusCode::OK, "v4 votes once more too");

    // The live figures count void votes apart; complete ballots count categories.
    again(&app, "secretariat@itu.example").await;
    let live: VoteOverview = app.call_ok::<GetVoteOverview>(&[]).await;
    assert_eq!(live.void, 4);
    assert_eq!(live.votes, 6 + 4, "six live votes and four void");
    assert_eq!((live.voters, live.complete_ballots), (5, 3));

    // The ledger keeps every void vote as a line that is not valid.
    move_to(&app, "voting", true).await;
    again(&app, "secretariat@itu.example").await;
    let fixed: app::voting::Finalized = app.call_ok::<ResultsFinal>(&[]).await;
    // Valid: v1 (2), v2 (2), v3's C1 (its void vote completes its ballot); v4's and v5's
    // ballots are incomplete.
    assert_eq!((fixed.votes, fixed.valid), (10, 5));
    move_to(&app, "publication", false).await;
    let year = app::entity::edition::Entity::find()
        .one(&app.ctx.db)
        .await
        .expect("the edition")
        .expect("an edition")
        .year;
    let (status, text) = app
        .beside()
        .get_page(&format!("/vote/ledger/{year}.jsonl"))
        .await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let digits = |r: &str| r.chars().filter(|c| *c != '-').collect::<String>();
    let line = text
        .lines()
        .find(|l| l.contains(&app::voting::ledger::receipt_hash(&digits(&first))))
        .expect("the void vote's line");
    assert!(line.contains("\"valid\":false"), "{line}");
    let dir = crate::support::tempdir::TempDir::new();
    let tally = both_verifiers(&dir.0, "void.jsonl", &text).expect("a ledger that holds");
    assert_eq!(tally["head"], fixed.head.as_str());
    assert_eq!(
        (tally["votes"].clone(), tally["valid"].clone()),
        (10.into(), 5.into())
    );

    // Every voter is told the results, v5 too, whose only vote went void.
    let now = app.ctx.clock.now();
    let told = app::voting::told::send_due(&app.ctx, now)
        .await
        .expect("the job");
    assert_eq!(told, 5);
    assert_eq!(app.mails_to("v5@public.example", "results").await.len(), 1);

    // Receipts: the void one says why it is not valid; the second vote counted.
    let anyone = app.beside();
    let check = |receipt: String| {
        let anyone = &anyone;
        async move {
            anyone
                .call_ok::<CheckReceipt>(&[("receipt", &receipt)])
                .await
        }
    };
    match check(first.clone()).await {
        ReceiptCheck::Withdrawn {
            category, nominee, ..
        } => {
            assert_eq!(
                (category.as_str(), nominee.as_str()),
                ("C7.4", "Zinc mesh villages")
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        check(v3_void).await,
        ReceiptCheck::Withdrawn { .. }
    ));
    for counted in [second, v3_c1] {
        match check(counted).await {
            ReceiptCheck::Found { counted, .. } => assert!(counted),
            other => panic!("{other:?}"),
        }
    }
    let (_, page) = anyone
        .get_page(&format!("/vote/receipt?receipt={first}"))
        .await;
    assert!(
        page.contains("Not valid: the nominee withdrew from the contest."),
        "{page}"
    );
}
