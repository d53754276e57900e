//! The next edition: started from the newest on `/admin/editions`, copying what carries over
//! (every column as `app::editions::next::COLUMNS` says), refused twice for a year, before
//! the current edition's publication or over another edition's vote, and the experts of the
//! year before asked back in one step.

use std::collections::BTreeMap;

use app::{
    catalogue::{EditionOverview, GetCurrentEdition},
    editions::{
        CalendarForm, CategoryAdmin, EditionsAdmin, GetCalendarForm, GetCategoriesAdmin,
        GetEditionsAdmin, InviteReturningExperts, LimitsEdit, NextEditionForm, SaveCategory,
        SaveFormLimits, StartNextEdition,
        next::{COLUMNS, Carried},
    },
    entity::{
        category, category_text, edition, phase, review_criterion, review_round, round_expert,
    },
    phases::format_local_input,
    review::{GetRound, RoundOverview},
};
use reqwest::StatusCode;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IdenStatic, Iterable, ModelTrait, QueryFilter, Set,
};

use crate::{
    editions::category_form,
    support::{TestApp, account_id, add_to_category, expert, reviews_per_entry, spawn_app},
};

async fn admin(app: &TestApp) -> EditionsAdmin {
    app.call_ok::<GetEditionsAdmin>(&[]).await
}

/// The start form as proposed, with `change` applied to its fields.
fn start_form(next: &NextEditionForm, change: &[(&str, String)]) -> Vec<(String, String)> {
    let mut form: BTreeMap<String, String> = BTreeMap::from([
        ("from_year".to_owned(), next.from_year.to_string()),
        ("title".to_owned(), next.title.clone()),
        ("time_zone".to_owned(), next.time_zone.clone()),
    ]);
    for p in &next.phases {
        form.insert(format!("{}_opens", p.kind.code()), p.opens_local.clone());
        form.insert(format!("{}_closes", p.kind.code()), p.closes_local.clone());
    }
    for (k, v) in change {
        form.insert((*k).to_owned(), v.clone());
    }
    form.into_iter().collect()
}

async fn start(app: &TestApp, form: &[(String, String)]) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.call::<StartNextEdition>(&pairs).await
}

/// The columns of `table` that the next edition copies.
fn copied(table: &str) -> Vec<&'static str> {
    COLUMNS
        .iter()
        .find(|(t, _)| *t == table)
        .map(|(_, columns)| {
            columns
                .iter()
                .filter(|(_, c)| *c == Carried::Copied)
                .map(|(name, _)| *name)
                .collect()
        })
        .unwrap_or_default()
}

/// Asserts that `new` holds what `old` holds in every column `COLUMNS` marks as copied.
fn same_copied<M: ModelTrait>(table: &str, old: &M, new: &M) {
    let names = copied(table);
    for c in <M::Entity as EntityTrait>::Column::iter() {
        if names.contains(&c.as_str()) {
            assert_eq!(old.get(c), new.get(c), "{table}.{} copied", c.as_str());
        }
    }
}

async fn edition_of(app: &TestApp, year: i32) -> edition::Model {
    edition::Entity::find()
        .filter(edition::Column::Year.eq(year))
        .one(&app.ctx.db)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("the edition of {year}"))
}

#[tokio::test]
async fn the_next_edition_copies_what_carries_over_and_makes_the_rest_afresh() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    let db = &app.ctx.db;
    let first = admin(&app).await;
    let next = first.next.clone().expect("a start form");
    let from = edition_of(&app, next.from_year).await;
    assert_eq!(next.year, from.year + 1);
    assert_eq!(first.editions.len(), 1);
    assert!(first.editions[0].current);

    // Settings of this year that must carry over: a special prize with its texts, a round's
    // settings and rubric, the form's limits and the counting rule.
    let special = category::ActiveModel {
        edition_id: Set(from.id),
        number: Set(25),
        code: Set("SP1".to_owned()),
        nominees: Set(4),
        champions: Set(2),
        winners: Set(2),
        is_special: Set(true),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    category_text::ActiveModel {
        category_id: Set(special.id),
        locale: Set(app::i18n::Locale::Ar),
        title: Set("جائزة خاصة".to_owned()),
        description: Set("للشباب".to_owned()),
    }
    .insert(db)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let mut e: edition::ActiveModel = from.clone().into();
    e.complete_ballots_only = Set(!from.complete_ballots_only);
    e.submission_rules = Set(app::entity::columns::Json(
        serde_json::json!({ "short_max_words": 180, "changes_days": 10 }),
    ));
    let from = e.update(db).await.unwrap_or_else(|e| panic!("{e}"));
    let rounds_before = review_round::Entity::find()
        .filter(review_round::Column::EditionId.eq(from.id))
        .all(db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut r: review_round::ActiveModel = rounds_before[0].clone().into();
    r.reviews_per_entry = Set(5);
    r.country_conflicts = Set(true);
    r.update(db).await.unwrap_or_else(|e| panic!("{e}"));
    app::catalogue::forget(&app.ctx);
    // An expert on this year's panel, to be asked back.
    let _x = expert(&app, "xena@panel.example").await;
    add_to_category(&app, "xena@panel.example", "C7.4").await;

    // The proposed calendar is this year's, a year later on Geneva's clock.
    let tz = jiff::tz::TimeZone::get(&next.time_zone).expect("the zone");
    let this_year = phase::Entity::find()
        .filter(phase::Column::EditionId.eq(from.id))
        .all(db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    for p in &next.phases {
        let old = this_year
            .iter()
            .find(|w| w.kind == p.kind)
            .expect("the phase");
        let local = format_local_input(old.opens_at, &tz);
        let (y, rest) = local.split_at(4);
        let expected = format!("{}{rest}", y.parse::<i32>().unwrap_or(0) + 1);
        assert_eq!(p.opens_local, expected, "{:?} opens a year later", p.kind);
    }

    let res = start(&app, &start_form(&next, &[])).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let made = edition_of(&app, next.year).await;
    assert_eq!(made.title, format!("WSIS Prizes {}", next.year));
    assert!(!made.holds_demo_data);
    same_copied("editions", &from, &made);

    // Twice for one year: refused, and nothing more is made.
    let res = start(&app, &start_form(&next, &[])).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("editions-year-exists")
    );
    assert_eq!(
        edition::Entity::find()
            .all(db)
            .await
            .map(|v| v.len())
            .unwrap_or(0),
        2
    );

    // Every category with its texts, the special prize among them.
    let categories_of = |id: i64| {
        category::Entity::find()
            .filter(category::Column::EditionId.eq(id))
            .all(db)
    };
    let old_categories = categories_of(from.id).await.unwrap_or_default();
    let new_categories = categories_of(made.id).await.unwrap_or_default();
    assert_eq!(old_categories.len(), 19);
    assert_eq!(new_categories.len(), old_categories.len());
    for old in &old_categories {
        let new = new_categories
            .iter()
            .find(|c| c.code == old.code)
            .unwrap_or_else(|| panic!("{} copied", old.code));
        same_copied("categories", old, new);
        let texts = |id: i64| {
            category_text::Entity::find()
                .filter(category_text::Column::CategoryId.eq(id))
                .all(db)
        };
        let (old_texts, new_texts) = (
            texts(old.id).await.unwrap_or_default(),
            texts(new.id).await.unwrap_or_default(),
        );
        assert_eq!(old_texts.len(), new_texts.len(), "{} texts", old.code);
        for t in &old_texts {
            let n = new_texts
                .iter()
                .find(|n| n.locale == t.locale)
                .expect("the same language");
            same_copied("category_texts", t, n);
        }
    }

    // Both rounds with their settings and rubrics; new seeds, each with its commitment; no
    // expert, assignment or nominee.
    let new_rounds = review_round::Entity::find()
        .filter(review_round::Column::EditionId.eq(made.id))
        .all(db)
        .await
        .unwrap_or_default();
    let rounds_before = review_round::Entity::find()
        .filter(review_round::Column::EditionId.eq(from.id))
        .all(db)
        .await
        .unwrap_or_default();
    assert_eq!(new_rounds.len(), 2);
    for old in &rounds_before {
        let new = new_rounds
            .iter()
            .find(|r| r.kind == old.kind)
            .expect("the same round");
        same_copied("review_rounds", old, new);
        assert_ne!(new.seed, old.seed, "a new seed");
        assert_ne!(new.seed_commitment, old.seed_commitment);
        let criteria = |id: i64| {
            review_criterion::Entity::find()
                .filter(review_criterion::Column::RoundId.eq(id))
                .all(db)
        };
        let (a, b) = (
            criteria(old.id).await.unwrap_or_default(),
            criteria(new.id).await.unwrap_or_default(),
        );
        assert_eq!(a.len(), b.len());
        for c in &a {
            let n = b
                .iter()
                .find(|n| n.position == c.position)
                .expect("criterion");
            same_copied("review_criteria", c, n);
        }
        let panel = round_expert::Entity::find()
            .filter(round_expert::Column::RoundId.eq(new.id))
            .all(db)
            .await
            .unwrap_or_default();
        assert!(panel.is_empty(), "no expert copied");
    }
    assert!(
        rounds_before
            .iter()
            .any(|r| r.reviews_per_entry == 5 && r.country_conflicts),
        "the changed round is among those compared"
    );
    let log = app.audit_log().await;
    assert!(
        log.rows
            .iter()
            .any(|r| r.action == "edition.start" && r.target.contains(&next.year.to_string()))
    );

    // The next edition is prepared while this year's runs: its calendar and categories are
    // read and changed by its year, and this year's stay as they were.
    let year = next.year.to_string();
    let form: CalendarForm = app.call_ok::<GetCalendarForm>(&[("edition", &year)]).await;
    assert_eq!((form.edition_id, form.year), (made.id, next.year));
    let current: CalendarForm = app.call_ok::<GetCalendarForm>(&[]).await;
    assert_eq!(
        current.edition_id, from.id,
        "the current edition by default"
    );
    let res = app.call::<GetCalendarForm>(&[("edition", "1999")]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let admin_next: CategoryAdmin = app
        .call_ok::<GetCategoriesAdmin>(&[("edition", &year)])
        .await;
    assert_eq!(admin_next.edition_id, made.id);
    assert!(!admin_next.submission_opened);
    assert_eq!(admin_next.rows.len(), 19);
    let res = app
        .call::<SaveCategory>(&category_form(&made.id.to_string(), "0", "SR", "1", ""))
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    assert_eq!(
        categories_of(made.id).await.map(|c| c.len()).unwrap_or(0),
        20,
        "a special prize added to the next edition, without a reason before it opens"
    );
    assert_eq!(
        categories_of(from.id).await.map(|c| c.len()).unwrap_or(0),
        19
    );

    // Its rounds too: settings and rubric by year; the current edition's stay as they are.
    let next_round: RoundOverview = app
        .call_ok::<GetRound>(&[("round", "shortlisting"), ("edition", &year)])
        .await;
    assert_eq!((next_round.year, next_round.current), (next.year, false));
    let now_round: RoundOverview = app.call_ok::<GetRound>(&[("round", "shortlisting")]).await;
    assert_eq!((now_round.year, now_round.current), (from.year, true));
    reviews_per_entry(&app, Some(&year), "4").await;
    let saved: RoundOverview = app
        .call_ok::<GetRound>(&[("round", "shortlisting"), ("edition", &year)])
        .await;
    assert_eq!(saved.reviews_per_entry, 4);
    let unchanged: RoundOverview = app.call_ok::<GetRound>(&[("round", "shortlisting")]).await;
    assert_eq!(unchanged.reviews_per_entry, now_round.reviews_per_entry);

    // The year before's expert is asked back in one step, told by mail, and only once.
    let listed = admin(&app).await;
    let row = listed
        .editions
        .iter()
        .find(|r| r.year == next.year)
        .expect("the new edition listed");
    assert_eq!((row.experts, row.returning), (0, 1));
    assert!(
        !row.current,
        "this year's edition runs until the next opens"
    );
    let asked: usize = app
        .call_ok::<InviteReturningExperts>(&[("year", &year)])
        .await;
    assert_eq!(asked, 1);
    let xena = account_id(&app, "xena@panel.example").await;
    let shortlisting = new_rounds
        .iter()
        .find(|r| r.kind.code() == "shortlisting")
        .expect("shortlisting");
    let panel = round_expert::Entity::find()
        .filter(round_expert::Column::RoundId.eq(shortlisting.id))
        .all(db)
        .await
        .unwrap_or_default();
    assert_eq!(panel.len(), 1);
    assert_eq!(panel[0].account_id, xena);
    let c74 = new_categories
        .iter()
        .find(|c| c.code == "C7.4")
        .expect("C7.4");
    assert_eq!(panel[0].category_id, c74.id);
    let mail = app.last_mail_to("xena@panel.example").await;
    assert!(mail.subject.contains(&year), "{}", mail.subject);
    let again: usize = app
        .call_ok::<InviteReturningExperts>(&[("year", &year)])
        .await;
    assert_eq!(again, 0);
    // The first edition has no edition before it.
    let res = app
        .call::<InviteReturningExperts>(&[("year", &next.from_year.to_string())])
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_next_edition_is_refused_before_the_publication_and_over_another_vote() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    let next = admin(&app).await.next.expect("a start form");
    let from = edition_of(&app, next.from_year).await;
    let tz = jiff::tz::TimeZone::get(&next.time_zone).expect("the zone");
    let this_year = phase::Entity::find()
        .filter(phase::Column::EditionId.eq(from.id))
        .all(&app.ctx.db)
        .await
        .unwrap_or_default();
    let at = |kind: &str| {
        this_year
            .iter()
            .find(|p| p.kind.code() == kind)
            .map(|p| (p.opens_at, p.closes_at))
            .expect("the phase")
    };
    let local = |t: i64| format_local_input(t, &tz);
    let day = 86_400;
    let (publication, _) = at("publication");
    let (vote_opens, vote_closes) = at("voting");

    // A calendar from `start`, a day per phase but the vote (`vote`) and the publication.
    let calendar = |start: i64, vote: (i64, i64)| -> Vec<(&'static str, String)> {
        vec![
            ("submission_opens", local(start)),
            ("submission_closes", local(start + day)),
            ("screening_opens", local(start + day)),
            ("screening_closes", local(vote.0)),
            ("voting_opens", local(vote.0)),
            ("voting_closes", local(vote.1)),
            ("selection_opens", local(vote.1)),
            ("selection_closes", local(vote.1 + day)),
            ("publication_opens", local(vote.1 + day)),
            ("publication_closes", local(vote.1 + 200 * day)),
        ]
    };
    // The new submission before this year's publication has opened.
    let early = calendar(
        publication - 10 * day,
        (publication + 2 * day, publication + 9 * day),
    );
    let res = start(&app, &start_form(&next, &early)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap_or_default();
    assert!(body.contains("editions-next-before-publication"), "{body}");
    // Its vote over this year's (its submission then opens early too: both are named).
    let overlapping = calendar(vote_opens - 20 * day, (vote_opens + day, vote_closes));
    let res = start(&app, &start_form(&next, &overlapping)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap_or_default();
    assert!(body.contains("editions-next-votes-overlap"), "{body}");
    let res = start(
        &app,
        &start_form(&next, &[("submission_opens", "someday".to_owned())]),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("calendar-date-invalid")
    );
    assert_eq!(
        edition::Entity::find()
            .all(&app.ctx.db)
            .await
            .map(|v| v.len())
            .unwrap_or(0),
        1,
        "nothing made"
    );

    // Opening the day after this year's publication opens is allowed; from then on, the new
    // edition is the current one while this year's publication runs on.
    let overlap = calendar(
        publication + day,
        (publication + 3 * day, publication + 10 * day),
    );
    let res = start(&app, &start_form(&next, &overlap)).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let current: Option<EditionOverview> = app.call_ok::<GetCurrentEdition>(&[]).await;
    assert_eq!(current.map(|c| c.year), Some(from.year), "before it opens");
    app.ctx
        .clock
        .advance(publication + day + 3600 - app.ctx.clock.now());
    app::catalogue::forget(&app.ctx);
    let current: Option<EditionOverview> = app.call_ok::<GetCurrentEdition>(&[]).await;
    assert_eq!(current.map(|c| c.year), Some(next.year), "once it opens");
}

/// The limits form of the edition `edition_id`, as typed.
fn limits_form(edition_id: i64, changes: &[(&'static str, &'static str)]) -> Vec<(String, String)> {
    let defaults = LimitsEdit::of(&app::nominations::SubmissionLimits::default());
    let mut form: BTreeMap<String, String> = BTreeMap::from([
        ("edition_id".to_owned(), edition_id.to_string()),
        ("short_min_words".to_owned(), defaults.short_min_words),
        ("short_max_words".to_owned(), defaults.short_max_words),
        ("long_max_words".to_owned(), defaults.long_max_words),
        ("title_max_chars".to_owned(), defaults.title_max_chars),
        ("min_sdgs".to_owned(), defaults.min_sdgs),
        ("changes_days".to_owned(), defaults.changes_days),
    ]);
    for (k, v) in changes {
        form.insert((*k).to_owned(), (*v).to_owned());
    }
    form.into_iter().collect()
}

async fn save_limits(app: &TestApp, form: &[(String, String)]) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.call::<SaveFormLimits>(&pairs).await
}

#[tokio::test]
async fn the_form_limits_are_edited_by_year_until_submission_opens_audited_and_frozen_after() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    // The current edition's submission is open: its limits are frozen.
    let now_form: CalendarForm = app.call_ok::<GetCalendarForm>(&[]).await;
    assert!(now_form.limits_frozen);
    let res = save_limits(
        &app,
        &limits_form(now_form.edition_id, &[("short_max_words", "250")]),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("limits-frozen")
    );
    let (_, page) = app.get_page("/admin/edition").await;
    assert!(page.contains("data-testid=\"limits-frozen\""), "{page}");

    // The next edition's are edited by its year, the current edition's left as they are.
    let next = admin(&app).await.next.expect("a start form");
    let year = next.year.to_string();
    assert_eq!(
        start(&app, &start_form(&next, &[])).await.status(),
        StatusCode::OK
    );
    let form: CalendarForm = app.call_ok::<GetCalendarForm>(&[("edition", &year)]).await;
    assert!(!form.limits_frozen);
    assert_eq!(form.limits, now_form.limits, "copied from the year before");
    let (status, body) = {
        let res = save_limits(
            &app,
            &limits_form(
                form.edition_id,
                &[("short_min_words", "300"), ("long_max_words", "lots")],
            ),
        )
        .await;
        (res.status(), res.text().await.unwrap_or_default())
    };
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body.contains("long_max_words") && body.contains("limits-range"),
        "{body}"
    );
    let res = save_limits(
        &app,
        &limits_form(form.edition_id, &[("short_min_words", "300")]),
    )
    .await;
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("limits-short-order")
    );
    let changed = limits_form(
        form.edition_id,
        &[("short_max_words", "250"), ("min_sdgs", "2")],
    );
    let pairs: Vec<(&str, &str)> = changed
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    // Without JavaScript: saved, and back on the edition's page.
    let res = app
        .post_plain::<SaveFormLimits>(&pairs, &format!("/admin/edition?edition={year}"))
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/admin/edition?edition={year}&limits=1").as_str())
    );
    let saved: CalendarForm = app.call_ok::<GetCalendarForm>(&[("edition", &year)]).await;
    assert_eq!(
        (saved.limits.short_max_words, saved.limits.min_sdgs),
        (250, 2)
    );
    let unchanged: CalendarForm = app.call_ok::<GetCalendarForm>(&[]).await;
    assert_eq!(unchanged.limits, now_form.limits);
    let (_, page) = app
        .get_page(&format!("/admin/edition?edition={year}&limits=1"))
        .await;
    assert!(page.contains("data-testid=\"form-limits\""), "{page}");
    assert!(page.contains("value=\"250\""), "{page}");
    let log = app.audit_log().await;
    let entry = log
        .rows
        .iter()
        .find(|e| e.action == "edition.limits.update")
        .expect("the change audited");
    assert!(entry.target.contains(&year), "{}", entry.target);
    assert!(
        entry.details.contains("\"short_max_words\":200")
            && entry.details.contains("\"short_max_words\":250"),
        "before and after: {}",
        entry.details
    );

    // Once the next edition's submission opens, its form follows them, and they are frozen.
    let opens = phase::Entity::find()
        .filter(phase::Column::EditionId.eq(form.edition_id))
        .filter(phase::Column::Kind.eq("submission"))
        .one(&app.ctx.db)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .expect("its submission phase")
        .opens_at;
    app.ctx.clock.advance(opens - app.ctx.clock.now() + 60);
    crate::support::again(&app, "secretariat@itu.example").await;
    let owner = crate::support::other_person(&app, "owner@next.example").await;
    let draft = crate::support::new_draft(&owner, "C1").await;
    let view: app::nominations::SubmissionView = owner
        .call_ok::<app::nominations::GetSubmission>(&[("id", &draft)])
        .await;
    assert_eq!(
        (view.limits.short_max_words, view.limits.min_sdgs),
        (250, 2)
    );
    let res = save_limits(
        &app,
        &limits_form(form.edition_id, &[("short_max_words", "300")]),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
}
