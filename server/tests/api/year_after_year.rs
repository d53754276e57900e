//! The contest year after year, for the people in it. Outcomes told when they are public:
//! the owners of an entry learn that it is a nominee (or not) once the vote has opened and its
//! award once the results are published, each once, by mail and on "My submissions"; every
//! voter with a confirmed address is told the results are out, with the ledger's head hash,
//! which the book prints too. The archive reads every edition by its year; the platform's own
//! winners and champions are flagged when they enter again; an owner starts this year's entry
//! as a copy of last year's.

use std::collections::{BTreeMap, BTreeSet};

use app::{
    catalogue::{ArchivedEdition, CategoryDetail, GetArchive, GetCategoryDetail},
    codes::{AwardKind, Outcome, OutcomeStage},
    entity::{
        account, award, mail, outcome_notice, phase, submission, submission_flag,
        submission_member, vote,
    },
    nominations::{CopySubmission, ListMySubmissions, MySubmission, rules::SubmissionStatus},
    publication::{Book, GetBook},
};
use reqwest::StatusCode;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Set,
};

use crate::support::{
    TestApp, account_id, description, other_person, phase_of, sent_submission,
    spawn_with_past_edition,
};

async fn move_phase(app: &TestApp, p: &phase::Model, opens_at: i64, closes_at: i64) {
    let mut row: phase::ActiveModel = p.clone().into();
    row.opens_at = Set(opens_at);
    row.closes_at = Set(closes_at);
    row.update(&app.ctx.db).await.expect("the phase moved");
    app::catalogue::forget(&app.ctx);
}

async fn edition_id(app: &TestApp, year: i32) -> i64 {
    app::entity::edition::Entity::find()
        .filter(app::entity::edition::Column::Year.eq(year))
        .one(&app.ctx.db)
        .await
        .expect("the editions")
        .expect("the edition")
        .id
}

/// A new account at `email`, signed in, made a co-owner of `submission_id`.
async fn co_owner(app: &TestApp, email: &str, submission_id: i64) -> TestApp {
    let person = other_person(app, email).await;
    submission_member::ActiveModel {
        submission_id: Set(submission_id),
        account_id: Set(account_id(app, email).await),
        role: Set(app::codes::MemberRole::CoOwner),
        added_at: Set(app.ctx.clock.now()),
    }
    .insert(&app.ctx.db)
    .await
    .expect("a co-owner");
    person
}

async fn notices(app: &TestApp) -> Vec<outcome_notice::Model> {
    outcome_notice::Entity::find()
        .all(&app.ctx.db)
        .await
        .expect("the notices")
}

async fn mine(owner: &TestApp, year: i32) -> MySubmission {
    let rows: Vec<MySubmission> = owner.call_ok::<ListMySubmissions>(&[]).await;
    rows.into_iter()
        .find(|r| r.year == year)
        .expect("the entry of that year")
}

#[tokio::test]
async fn owners_and_voters_are_told_each_outcome_once_when_it_is_public() {
    let (app, past) = spawn_with_past_edition().await;
    let db = &app.ctx.db;
    let now = app.ctx.clock.now();
    let day = 86_400;
    // The past edition's vote is over and its publication opens tomorrow.
    let publication = phase_of(db, past.year, "publication").await;
    move_phase(&app, &publication, now + day, now + 30 * day).await;
    let awards = award::Entity::find().all(db).await.expect("the awards");
    let winner = awards
        .iter()
        .find(|a| a.kind == AwardKind::Winner)
        .expect("a winner")
        .submission_id;
    let holders: BTreeSet<i64> = awards.iter().map(|a| a.submission_id).collect();
    let owner = co_owner(&app, "owner@clinic.example", winner).await;
    let winners_edition = submission::Entity::find_by_id(winner)
        .one(db)
        .await
        .expect("the winner")
        .expect("the winner")
        .edition_id;
    // An eligible entry the experts did not shortlist.
    let passed_over = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(winners_edition))
        .filter(submission::Column::Status.ne(SubmissionStatus::Eligible))
        .one(db)
        .await
        .expect("the entries")
        .expect("an entry that was not shortlisted");
    let mut row: submission::ActiveModel = passed_over.clone().into();
    row.status = Set(SubmissionStatus::Eligible);
    row.update(db).await.expect("made eligible");
    let eligible = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(winners_edition))
        .filter(submission::Column::Status.eq(SubmissionStatus::Eligible))
        .count(db)
        .await
        .expect("the eligible entries");

    // Before publication: every eligible entry is told whether it is a nominee, and nobody
    // anything of an award, by mail or on "My submissions".
    app::nominations::outcomes::send_due(&app.ctx, now)
        .await
        .expect("the outcomes told");
    let told = notices(&app).await;
    assert_eq!(told.len() as u64, eligible);
    assert!(told.iter().all(|n| n.stage == OutcomeStage::Shortlist));
    let nominees = told
        .iter()
        .filter(|n| n.outcome == Outcome::Nominee)
        .count();
    assert_eq!(nominees as u64, past.nominees);
    assert!(
        told.iter()
            .any(|n| n.submission_id == passed_over.id && n.outcome == Outcome::NotNominee)
    );
    assert_eq!(
        mine(&owner, past.year).await.outcome,
        Some(Outcome::Nominee)
    );
    let mails = app.mails_to("owner@clinic.example", "outcome").await;
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].subject.contains("is a nominee"),
        "{}",
        mails[0].subject
    );
    for m in &mails {
        let text = m.body_text.to_lowercase();
        assert!(
            !text.contains("winner") && !text.contains("champion"),
            "{text}"
        );
    }
    let results_mails = app::voting::told::send_due(&app.ctx, now)
        .await
        .expect("the voters");
    assert_eq!(results_mails, 0, "no results before publication");
    // Telling again tells nobody twice.
    app::nominations::outcomes::send_due(&app.ctx, now)
        .await
        .expect("the outcomes told");
    assert_eq!(notices(&app).await.len() as u64, eligible);
    assert_eq!(
        app.mails_to("owner@clinic.example", "outcome").await.len(),
        1
    );

    // Publication opens: each award holder is told its award, once.
    move_phase(&app, &publication, now - 60, now + 30 * day).await;
    for _ in 0..2 {
        app::nominations::outcomes::send_due(&app.ctx, now)
            .await
            .expect("the outcomes told");
    }
    let told = notices(&app).await;
    let awarded: BTreeSet<i64> = told
        .iter()
        .filter(|n| n.stage == OutcomeStage::Award)
        .map(|n| n.submission_id)
        .collect();
    assert_eq!(awarded, holders);
    let mails = app.mails_to("owner@clinic.example", "outcome").await;
    assert_eq!(mails.len(), 2);
    assert!(
        mails[1].subject.contains("is a winner"),
        "{}",
        mails[1].subject
    );
    assert_eq!(mine(&owner, past.year).await.outcome, Some(Outcome::Winner));

    // Every voter with a confirmed address is told the results, with the ledger's head
    // hash, once.
    let voters: BTreeSet<i64> = vote::Entity::find()
        .select_only()
        .column(vote::Column::VoterId)
        .into_tuple::<i64>()
        .all(db)
        .await
        .expect("the voters")
        .into_iter()
        .collect();
    let confirmed: BTreeMap<i64, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(voters.iter().copied()))
        .filter(account::Column::EmailConfirmedAt.is_not_null())
        .all(db)
        .await
        .expect("the voters' accounts")
        .into_iter()
        .map(|a| (a.id, a.email))
        .collect();
    assert!(!confirmed.is_empty());
    for _ in 0..3 {
        app::voting::told::send_due(&app.ctx, now)
            .await
            .expect("the voters told");
    }
    let results: Vec<mail::Model> = mail::Entity::find()
        .all(db)
        .await
        .expect("the mails")
        .into_iter()
        .filter(|m| m.kind.code() == "results")
        .collect();
    let mut per_address: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &results {
        *per_address.entry(m.to_address.as_str()).or_default() += 1;
        assert!(m.body_text.contains(&past.vote.head), "{}", m.body_text);
        assert!(m.body_text.contains("/vote/receipt"), "{}", m.body_text);
    }
    assert_eq!(per_address.len(), confirmed.len(), "every confirmed voter");
    assert!(per_address.values().all(|n| *n == 1), "nobody twice");

    // The book prints the same head hash.
    let book: Book = app
        .beside()
        .call_ok::<GetBook>(&[("edition", &past.year.to_string())])
        .await;
    assert_eq!(book.ledger_head.as_deref(), Some(past.vote.head.as_str()));
    let (_, page) = app
        .beside()
        .get_page(&format!("/book?edition={}", past.year))
        .await;
    assert!(page.contains(&past.vote.head));
}

/// The flags of the platform's own earlier awards on submission `id`.
async fn earlier_award_flags(app: &TestApp, id: &str) -> Vec<submission_flag::Model> {
    submission_flag::Entity::find()
        .filter(submission_flag::Column::SubmissionId.eq(id.parse::<i64>().unwrap_or(0)))
        .all(&app.ctx.db)
        .await
        .expect("the flags")
        .into_iter()
        .filter(|f| matches!(f.kind.code(), "past_winner" | "past_champion"))
        .collect()
}

/// A new owner at `email` sends `title` for `organisation` in C7.4; its id and the flags of
/// the platform's earlier awards on it.
async fn enter_again(
    app: &TestApp,
    email: &str,
    title: &str,
    organisation: &str,
) -> (String, Vec<submission_flag::Model>) {
    let owner = other_person(app, email).await;
    let id = sent_submission(
        &owner,
        "C7.4",
        title,
        organisation,
        &description(email, 170),
    )
    .await;
    let flags = earlier_award_flags(app, &id).await;
    (id, flags)
}

#[tokio::test]
async fn the_winners_and_champions_recorded_here_are_flagged_when_they_enter_again() {
    let (app, past) = spawn_with_past_edition().await;
    let db = &app.ctx.db;
    let awards = award::Entity::find().all(db).await.expect("the awards");
    let winners: BTreeSet<i64> = awards
        .iter()
        .filter(|a| a.kind == AwardKind::Winner)
        .map(|a| a.submission_id)
        .collect();
    let champion = awards
        .iter()
        .find(|a| a.kind == AwardKind::Champion && !winners.contains(&a.submission_id))
        .expect("a champion that did not win")
        .submission_id;
    let winner = *winners.iter().next().expect("a winner");
    let title_of = |id: i64| async move {
        submission::Entity::find_by_id(id)
            .one(db)
            .await
            .expect("the entry")
            .expect("the entry")
            .title
    };
    let (winner_title, champion_title) = (title_of(winner).await, title_of(champion).await);
    let year = past.year.to_string();

    // This year, the same projects enter again (under other organisations' names).
    let (id, flags) = enter_again(&app, "again@example.org", &winner_title, "Another Agency").await;
    assert!(
        flags.iter().any(|f| f.kind.code() == "past_winner"
            && f.detail.contains(&year)
            && f.detail.contains(&winner_title)
            && f.detail.ends_with("winner")),
        "{id}: {flags:?}"
    );
    let (id, flags) = enter_again(
        &app,
        "champion@example.org",
        &champion_title,
        "Third Agency",
    )
    .await;
    assert!(
        flags.iter().any(|f| f.kind.code() == "past_champion"
            && f.detail.contains(&year)
            && f.detail.contains(&champion_title)
            && f.detail.ends_with("champion")),
        "{flags:?}"
    );
    // The secretariat's screening page says so.
    let secretariat = app.beside();
    secretariat
        .signed_in_secretariat("screen@itu.example")
        .await;
    let (_, page) = secretariat
        .get_page(&format!("/admin/screening/{id}"))
        .await;
    assert!(page.contains("Past champion (eligible):"), "{page}");

    // Before the year before's results are published, its awards point at nothing.
    let now = app.ctx.clock.now();
    let publication = phase_of(db, past.year, "publication").await;
    move_phase(&app, &publication, now + 86_400, now + 30 * 86_400).await;
    let (id, flags) = enter_again(&app, "early@example.org", &winner_title, "Fourth Agency").await;
    assert!(flags.is_empty(), "{id}: {flags:?}");
}

#[tokio::test]
async fn the_archive_lists_every_edition_and_reads_a_past_category_by_its_year() {
    let (app, past) = spawn_with_past_edition().await;
    let db = &app.ctx.db;
    let visitor = app.beside();
    let year = past.year.to_string();
    let archive: Vec<ArchivedEdition> = visitor.call_ok::<GetArchive>(&[]).await;
    assert_eq!(archive.len(), 2);
    assert!(archive[0].year > archive[1].year, "the newest first");
    let old = archive
        .iter()
        .find(|e| e.year == past.year)
        .expect("the past edition");
    assert!(!old.current && archive[0].current);
    assert_eq!(old.nominees, Some(past.nominees));
    assert_eq!(old.votes, Some(past.vote.valid));
    assert_eq!(old.winners, Some(past.vote.winners));
    let past_id = edition_id(&app, past.year).await;
    let sent = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(past_id))
        .filter(submission::Column::Status.ne(SubmissionStatus::Draft))
        .count(db)
        .await
        .expect("the sent entries");
    assert_eq!(old.submissions, sent, "drafts are not counted");
    assert!(sent > 0 && sent < past.submissions);
    // The current edition's vote has not opened: nothing of it is told.
    assert_eq!((archive[0].nominees, archive[0].votes), (None, None));
    let (status, page) = visitor.get_page("/editions").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!("/editions/{year}/categories/C7.4")));

    // A past category page, by its year: that year's nominees.
    let (status, page) = visitor
        .get_page(&format!("/editions/{year}/categories/C7.4"))
        .await;
    assert_eq!(status, StatusCode::OK);
    let detail: CategoryDetail = visitor
        .call_ok::<GetCategoryDetail>(&[("code", "C7.4"), ("edition", &year)])
        .await;
    assert!(detail.archived && detail.year == past.year);
    assert!(!detail.nominees.is_empty());
    for n in &detail.nominees {
        assert!(page.contains(&format!("/projects/{}", n.submission_id)));
    }
    // The current edition's page of the same category lists none of them.
    let (_, current) = visitor.get_page("/categories/C7.4").await;
    assert!(!current.contains(&format!("/projects/{}", detail.nominees[0].submission_id)));
    for path in [
        "/editions/1999/categories/C7.4".to_owned(),
        format!("/editions/{year}/categories/ZZ9"),
    ] {
        let (status, _) = visitor.get_page(&path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }

    // Before its results are published, the archive tells no votes and no winners.
    let now = app.ctx.clock.now();
    let publication = phase_of(db, past.year, "publication").await;
    move_phase(&app, &publication, now + 86_400, now + 30 * 86_400).await;
    let archive: Vec<ArchivedEdition> = visitor.call_ok::<GetArchive>(&[]).await;
    let old = archive
        .iter()
        .find(|e| e.year == past.year)
        .expect("the past edition");
    assert_eq!((old.votes, old.winners), (None, None));
    assert_eq!(old.nominees, Some(past.nominees));
}

#[tokio::test]
async fn an_owner_starts_this_years_entry_as_a_copy_of_last_years() {
    let (app, past) = spawn_with_past_edition().await;
    let db = &app.ctx.db;
    let past_id = edition_id(&app, past.year).await;
    let last_year = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(past_id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Eligible))
        .one(db)
        .await
        .expect("the entries")
        .expect("an eligible entry of last year");
    let owner = co_owner(&app, "returning@example.org", last_year.id).await;
    let row = mine(&owner, past.year).await;
    assert!(row.copyable, "last year's entry can start this year's");
    let id = last_year.id.to_string();

    // Someone else's entry cannot be copied, nor seen to exist.
    let stranger = other_person(&app, "stranger@example.org").await;
    let res = stranger.call::<CopySubmission>(&[("id", &id)]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    let copy: i64 = owner.call_ok::<CopySubmission>(&[("id", &id)]).await;
    let new = submission::Entity::find_by_id(copy)
        .one(db)
        .await
        .expect("the copy")
        .expect("the copy");
    assert_ne!(new.edition_id, past_id);
    assert_eq!(new.status, SubmissionStatus::Draft);
    assert_eq!(
        (
            &new.title,
            &new.short_description,
            &new.partnerships,
            &new.website
        ),
        (
            &last_year.title,
            &last_year.short_description,
            &last_year.partnerships,
            &last_year.website
        )
    );
    assert_eq!(new.organisation_id, last_year.organisation_id);
    assert_eq!(new.picture_id, None, "the picture is chosen again");
    let code_of = |id: i64| async move {
        app::entity::category::Entity::find_by_id(id)
            .one(db)
            .await
            .expect("the category")
            .expect("the category")
            .code
    };
    assert_eq!(
        code_of(new.category_id).await,
        code_of(last_year.category_id).await
    );
    let rows: Vec<MySubmission> = owner.call_ok::<ListMySubmissions>(&[]).await;
    let this_year = rows.iter().find(|r| r.id == copy).expect("the copy listed");
    assert!(this_year.year > past.year && !this_year.copyable);
    // This year's entry is edited, not copied.
    let res = owner
        .call::<CopySubmission>(&[("id", &copy.to_string())])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("submission-copy-same-edition")
    );
    // Without script: the form posts and lands on the new draft.
    let res = owner
        .post_plain::<CopySubmission>(&[("id", &id)], "/submissions")
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    let to = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        to.starts_with("/submissions/") && to != format!("/submissions/{copy}"),
        "{to}"
    );
}
