//! Casting: who may vote, on what, once per category; receipts, plain forms, bursts and limits.

use super::*;

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
    let before: Ballot = voter.call_ok::<GetBallot>(&[]).await;
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
    let ballot: Ballot = voter.call_ok::<GetBallot>(&[]).await;
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
    let ballot: Ballot = voter.call_ok::<GetBallot>(&[]).await;
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
    let Contest { app, c74, .. } = open_vote(Options::default()).await;
    let voter = other_person(&app, "plain@public.example").await;
    let (status, page) = voter.get_page("/vote").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("name=\"nominee\""), "{page}");
    // No choice made: the page comes back with the message, nothing recorded.
    let res = voter
        .post_plain::<CastVote>(&[("category", "C7.4")], "/vote")
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
        .post_plain::<CastVote>(&[("category", "C7.4"), ("nominee", &c74[0])], "/vote")
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
    let Contest { app, c74, .. } = open_vote(Options::default()).await;
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
    let Contest { app, c74, c1, .. } = open_vote(Options::default()).await;

    // The same voter in two browsers; the password changed in one signs the other out.
    let here = other_person(&app, "two-places@public.example").await;
    let there = app.beside();
    again(&there, "two-places@public.example").await;
    let (status, body) = cast(&there, "C7.4", &c74[0]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let res = here
        .call::<ChangePassword>(&[
            ("current_password", PASSWORD),
            ("new_password", "emerald kettle sonata 42"),
        ])
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
        .call::<ManageAccount>(&[
            ("account_id", &id),
            ("op", "disable"),
            ("reason", "spam"),
            ("back", "/"),
        ])
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
        .call::<CastVote>(&[("category", "C7.4"), ("nominee", &c74[0])])
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
    let res = anyone.call::<GetProject>(&[("id", &c74[0])]).await;
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
    let project: app::gallery::ProjectView = anyone.call_ok::<GetProject>(&[("id", &c74[0])]).await;
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
