//! Expert review through the real server: invitations, ties and conflicts, assignment,
//! blind scoring with revisions, the ranking with its published draw, the confirmation of
//! nominees, and the CSV exports.

use app::{
    entity::{phase, review, review_assignment, review_revision},
    review::{AssignmentReport, CategoryRanking, MyReviews, RoundOverview, ScoreSheet},
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::{
    PASSWORD, TestApp, account_id, description, other_person, sent_submission, spawn_app,
};

/// A new account that accepted an invitation to the expert group, signed in.
pub async fn expert(secretariat: &TestApp, email: &str) -> TestApp {
    let x = other_person(secretariat, email).await;
    let res = secretariat
        .call("review/invite-expert", &[("email", email)])
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let token = x.token_from_mail(email).await;
    let res = x
        .call("review/accept-invitation", &[("token", &token)])
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    x
}

/// An eligible submission in `category` by a new owner at `owner_email`.
pub async fn eligible(
    secretariat: &TestApp,
    owner_email: &str,
    category: &str,
    title: &str,
    organisation: &str,
) -> String {
    let owner = other_person(secretariat, owner_email).await;
    let id = sent_submission(
        &owner,
        category,
        title,
        organisation,
        &description(title, 170),
    )
    .await;
    let res = secretariat.decide(&id, "eligible", "", "").await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    id
}

/// Signs in again after the clock moved past the session's lifetime.
pub async fn again(browser: &TestApp, email: &str) {
    let res = browser.login(email, PASSWORD).await;
    assert_eq!(res.status(), StatusCode::OK, "{email} signs in again");
}

/// Moves the clock into the screening phase: the shortlisting round opens. Sessions last
/// less than that: whoever goes on signs in again.
pub async fn open_shortlisting(app: &TestApp) {
    let screening = phase::Entity::find()
        .filter(phase::Column::Kind.eq("screening"))
        .one(&app.ctx.db)
        .await
        .expect("the phases")
        .expect("a screening phase");
    app.ctx
        .clock
        .advance(screening.opens_at - app.ctx.clock.now() + 60);
}

/// Moves the clock past the screening phase: the shortlisting round closes.
async fn close_shortlisting(app: &TestApp) {
    let screening = phase::Entity::find()
        .filter(phase::Column::Kind.eq("screening"))
        .one(&app.ctx.db)
        .await
        .expect("the phases")
        .expect("a screening phase");
    app.ctx
        .clock
        .advance(screening.closes_at - app.ctx.clock.now() + 60);
}

pub async fn add_to_category(secretariat: &TestApp, email: &str, category: &str) {
    let res = secretariat
        .call(
            "review/add-round-expert",
            &[
                ("round", "shortlisting"),
                ("email", email),
                ("category", category),
            ],
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
}

/// Sets the round's reviews per entry, keeping the default rubric.
async fn reviews_per_entry(secretariat: &TestApp, n: &str) {
    let round: RoundOverview = secretariat
        .call_ok("review/round", &[("round", "shortlisting")])
        .await;
    let mut form: Vec<(String, String)> = vec![
        ("round".into(), "shortlisting".into()),
        ("reviews_per_entry".into(), n.into()),
        ("normalisation".into(), "z_score".into()),
        ("formula_experts".into(), "100".into()),
        ("formula_votes".into(), "0".into()),
    ];
    for (i, c) in round.criteria.iter().enumerate() {
        form.push((format!("code[{i}]"), c.code.clone()));
        form.push((format!("title[{i}]"), c.title.clone()));
        form.push((format!("weight[{i}]"), c.weight.to_string()));
        form.push((format!("scale[{i}]"), c.scale.to_string()));
    }
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = secretariat.call("review/save-round", &pairs).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
}

/// A full score sheet: the same score on every criterion of the default rubric.
fn scores(value: &str) -> Vec<(String, String)> {
    [
        "relevance",
        "impact",
        "empowerment",
        "sdgs",
        "replicability",
        "sustainability",
        "partnerships",
        "values",
    ]
    .iter()
    .map(|c| (format!("scores[{c}]"), value.to_owned()))
    .collect()
}

async fn send_review(
    x: &TestApp,
    assignment: i64,
    sheet: &[(String, String)],
    comment: &str,
) -> reqwest::Response {
    let id = assignment.to_string();
    let mut form: Vec<(&str, &str)> = vec![("assignment_id", &id), ("comment", comment)];
    form.extend(sheet.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    x.call("review/submit-review", &form).await
}

async fn my_list(x: &TestApp) -> MyReviews {
    x.call_ok("review/my-reviews", &[]).await
}

/// The newcomer's form on the invitation page, as a plain post sends it.
fn newcomer(token: &str, password: &str) -> Vec<(&'static str, String)> {
    vec![
        ("token", token.to_owned()),
        ("password", password.to_owned()),
        ("name", "Nadia Expert".to_owned()),
        ("organisation", "Institute of Rural Networks".to_owned()),
        ("country", "SN".to_owned()),
        ("stakeholder_type", "academia".to_owned()),
        ("consent", "yes".to_owned()),
    ]
}

async fn join_new(x: &TestApp, form: &[(&'static str, String)]) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    x.call("review/join-new-expert", &pairs).await
}

async fn accounts_named(app: &TestApp, email: &str) -> u64 {
    app::entity::account::Entity::find()
        .filter(app::entity::account::Column::Email.eq(email))
        .count(&app.ctx.db)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn an_invitation_creates_the_expert_account_or_is_accepted_by_the_account_of_its_address() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    let invite = |email: &'static str| {
        let app = &app;
        async move {
            let res = app.call("review/invite-expert", &[("email", email)]).await;
            assert_eq!(res.status(), StatusCode::OK);
            app.token_from_mail(email).await
        }
    };

    // No account yet: the link creates it, confirmed, with the expert role, signed in.
    let token = invite("nadia@institute.example").await;
    let visitor = app.beside();
    let made_up = join_new(&visitor, &newcomer(&"ab".repeat(32), PASSWORD)).await;
    assert_eq!(made_up.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        made_up
            .text()
            .await
            .unwrap_or_default()
            .contains("link-invalid")
    );
    let weak = join_new(&visitor, &newcomer(&token, "nadia")).await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let mut blank = newcomer(&token, PASSWORD);
    blank.retain(|(k, _)| *k != "country");
    blank.push(("country", String::new()));
    let refused = join_new(&visitor, &blank).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await.unwrap_or_default().contains("country"));
    assert_eq!(accounts_named(&app, "nadia@institute.example").await, 0);

    let res = join_new(&visitor, &newcomer(&token, PASSWORD)).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let me = visitor
        .get_me()
        .await
        .unwrap_or_else(|| panic!("signed in"));
    assert_eq!(me.email, "nadia@institute.example");
    assert!(me.email_confirmed);
    assert!(me.roles.contains(&app::auth::Role::Expert));
    let ties = visitor
        .call(
            "review/save-ties",
            &[
                ("organisations", "Institute of Rural Networks"),
                ("countries", "SN"),
                ("other", ""),
            ],
        )
        .await;
    assert_eq!(ties.status(), StatusCode::OK);
    // The link is spent, for a second account as for the first.
    let again = join_new(&app.beside(), &newcomer(&token, PASSWORD)).await;
    assert!(again.text().await.unwrap_or_default().contains("link-used"));
    assert_eq!(accounts_named(&app, "nadia@institute.example").await, 1);

    // An address with an account: the link sets no password; the account signs in and accepts.
    let owner = other_person(&app, "omar@ministry.example").await;
    let token = invite("omar@ministry.example").await;
    let taken = join_new(
        &app.beside(),
        &newcomer(&token, "another strong phrase 4471"),
    )
    .await;
    assert_eq!(taken.status(), StatusCode::FORBIDDEN);
    assert!(
        taken
            .text()
            .await
            .unwrap_or_default()
            .contains("invitation-has-account")
    );
    assert_eq!(
        app.beside()
            .login("omar@ministry.example", PASSWORD)
            .await
            .status(),
        StatusCode::OK,
        "the password is the owner's still"
    );
    let stranger = other_person(&app, "someone@else.example").await;
    let other = stranger
        .call("review/accept-invitation", &[("token", &token)])
        .await;
    assert_eq!(other.status(), StatusCode::FORBIDDEN);
    assert!(
        other
            .text()
            .await
            .unwrap_or_default()
            .contains("invitation-other-address")
    );
    assert!(stranger.call("review/my-ties", &[]).await.status() == StatusCode::FORBIDDEN);
    let res = owner
        .call("review/accept-invitation", &[("token", &token)])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(owner.call("review/my-ties", &[]).await.status() == StatusCode::OK);
}

#[tokio::test]
async fn experts_score_blind_and_revise_until_the_round_closes_with_every_version_kept() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    let mut entries = Vec::new();
    for (i, org) in ["Clinic Trust", "School Net", "Farm Data"]
        .iter()
        .enumerate()
    {
        let email = format!("owner{i}@owners{i}.example");
        entries.push(eligible(&app, &email, "C7.4", &format!("Project {org}"), org).await);
    }
    let ana = expert(&app, "ana@experts.example").await;
    let ben = expert(&app, "ben@panel.example").await;
    add_to_category(&app, "ana@experts.example", "C7.4").await;
    add_to_category(&app, "ben@panel.example", "C7.4").await;
    reviews_per_entry(&app, "2").await;

    // Before the round opens, the list is there but nothing can be sent.
    let report: AssignmentReport = app
        .call_ok("review/run-assignment", &[("round", "shortlisting")])
        .await;
    assert_eq!(report.added, 6);
    assert!(report.short.is_empty());
    let mine = my_list(&ana).await;
    assert_eq!(mine.entries.len(), 3);
    let first = mine.entries[0].assignment_id;
    let res = send_review(&ana, first, &scores("7"), "").await;
    assert_eq!(res.status(), StatusCode::CONFLICT);

    open_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    again(&ana, "ana@experts.example").await;
    again(&ben, "ben@panel.example").await;
    // The sheet shows the project, never its owner's account.
    let res = ana
        .call(
            "review/score-sheet",
            &[("assignment_id", &first.to_string())],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap_or_default();
    assert!(body.contains("Project "), "{body}");
    assert!(
        !body.contains("@owners"),
        "the owner's address leaked: {body}"
    );
    assert!(
        !body.contains("Amina Diallo"),
        "the owner's name leaked: {body}"
    );

    // Bad scores: a clear message per field, nothing recorded.
    let mut bad = scores("7");
    bad[0].1 = "11".into();
    bad[1].1 = "7.25".into();
    bad[2].1 = "seven".into();
    bad.pop();
    let res = send_review(&ana, first, &bad, "").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let text = res.text().await.unwrap_or_default();
    for key in [
        "review-score-range",
        "review-score-decimals",
        "review-score-number",
        "review-score-missing",
    ] {
        assert!(text.contains(key), "{key} missing from {text}");
    }
    assert_eq!(
        review::Entity::find().count(&app.ctx.db).await.unwrap_or(9),
        0
    );

    // Sent, then revised: the latest counts, both versions are kept.
    let res = send_review(&ana, first, &scores("7"), "Solid results.").await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let res = send_review(&ana, first, &scores("8.5"), "Better on a second reading.").await;
    assert_eq!(res.status(), StatusCode::OK);
    let sheet: ScoreSheet = ana
        .call_ok(
            "review/score-sheet",
            &[("assignment_id", &first.to_string())],
        )
        .await;
    assert_eq!(sheet.version, 2);
    assert!(sheet.criteria.iter().all(|c| c.value == "8.5"));
    assert_eq!(
        sheet.total.as_deref(),
        Some("85.0"),
        "the rubric's weighted sum"
    );
    assert_eq!(sheet.comment, "Better on a second reading.");
    let versions = review_revision::Entity::find()
        .count(&app.ctx.db)
        .await
        .unwrap_or(0);
    assert_eq!(versions, 2);

    // Ben cannot read or write Ana's review, nor see her scores on his own sheet of it.
    for endpoint in ["review/score-sheet", "review/declare-conflict"] {
        let res = ben
            .call(endpoint, &[("assignment_id", &first.to_string())])
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{endpoint}");
    }
    let res = send_review(&ben, first, &scores("1"), "").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let bens = my_list(&ben).await;
    let same_entry = bens
        .entries
        .iter()
        .find(|e| e.title == mine.entries[0].title)
        .expect("both experts review every entry");
    let res = ben
        .call(
            "review/score-sheet",
            &[("assignment_id", &same_entry.assignment_id.to_string())],
        )
        .await;
    let body = res.text().await.unwrap_or_default();
    assert!(
        !body.contains("second reading") && !body.contains("8.5"),
        "{body}"
    );
    let bens_sheet: ScoreSheet = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(bens_sheet.total, None, "nothing sent by Ben yet");
    // An expert reads no ranking.
    let res = ben
        .call(
            "review/category-ranking",
            &[("round", "shortlisting"), ("category", "C7.4")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // Once the round closes, nothing more is sent.
    close_shortlisting(&app).await;
    again(&ana, "ana@experts.example").await;
    let res = send_review(&ana, first, &scores("9"), "").await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("round-closed")
    );
    let stored = review::Entity::find().one(&app.ctx.db).await.ok().flatten();
    assert_eq!(stored.map(|r| r.version), Some(2));
    // Nor is the record of who was to review what changed by hand.
    again(&app, "secretariat@itu.example").await;
    let res = app
        .call(
            "review/remove-assignment",
            &[
                ("round", "shortlisting"),
                ("assignment_id", &same_entry.assignment_id.to_string()),
                ("reason", "Late change of heart"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let live = review_assignment::Entity::find_by_id(same_entry.assignment_id)
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .and_then(|a| a.released_at);
    assert_eq!(live, None);
}

#[tokio::test]
async fn conflicted_pairs_are_never_assigned_and_a_declared_conflict_is_reassigned() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    // Owned from the clinic's own domain.
    let clinic = eligible(
        &app,
        "lead@clinic.example",
        "C7.4",
        "Clinic network",
        "Open Clinic Trust",
    )
    .await;
    let school = eligible(
        &app,
        "head@school.example",
        "C7.4",
        "School network",
        "School Net",
    )
    .await;
    // Cleo works at the clinic; Dan declared a tie to the school's organisation; Eve is free.
    let cleo = expert(&app, "cleo@clinic.example").await;
    let dan = expert(&app, "dan@panel.example").await;
    let _eve = expert(&app, "eve@panel.example").await;
    let res = dan
        .call(
            "review/save-ties",
            &[
                ("organisations", "School Net"),
                ("countries", "ke"),
                ("other", ""),
            ],
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let res = dan
        .call(
            "review/save-ties",
            &[
                ("organisations", ""),
                ("countries", "Atlantis"),
                ("other", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = dan
        .call(
            "review/save-ties",
            &[
                ("organisations", "School Net"),
                ("countries", "KE"),
                ("other", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    for email in [
        "cleo@clinic.example",
        "dan@panel.example",
        "eve@panel.example",
    ] {
        add_to_category(&app, email, "C7.4").await;
    }
    reviews_per_entry(&app, "2").await;
    let report: AssignmentReport = app
        .call_ok("review/run-assignment", &[("round", "shortlisting")])
        .await;
    assert_eq!(report.added, 4);
    let pairs: Vec<(i64, i64)> = review_assignment::Entity::find()
        .all(&app.ctx.db)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|a| (a.submission_id, a.expert_id))
        .collect();
    let cleo_id = account_id(&app, "cleo@clinic.example").await;
    let dan_id = account_id(&app, "dan@panel.example").await;
    let clinic_id: i64 = clinic.parse().unwrap_or_default();
    let school_id: i64 = school.parse().unwrap_or_default();
    assert!(
        !pairs.contains(&(clinic_id, cleo_id)),
        "same mail domain assigned: {pairs:?}"
    );
    assert!(
        !pairs.contains(&(school_id, dan_id)),
        "declared tie assigned: {pairs:?}"
    );

    // A hand assignment past a detected conflict needs a reason, and is audited.
    let res = app
        .call(
            "review/assign-by-hand",
            &[
                ("round", "shortlisting"),
                ("submission_id", &clinic),
                ("expert_id", &cleo_id.to_string()),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Cleo declares a conflict on the school entry: it leaves her list, and a rerun gives it
    // to nobody (Dan and Eve are conflicted or already on it), so it shows as short.
    open_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    again(&cleo, "cleo@clinic.example").await;
    let mine = my_list(&cleo).await;
    let school_assignment = mine
        .entries
        .iter()
        .find(|e| e.title == "School network")
        .map(|e| e.assignment_id)
        .expect("Cleo reviews the school entry");
    let res = cleo
        .call(
            "review/declare-conflict",
            &[
                ("assignment_id", &school_assignment.to_string()),
                ("note", "I advise its board."),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        my_list(&cleo)
            .await
            .entries
            .iter()
            .all(|e| e.title != "School network")
    );
    let res = send_review(&cleo, school_assignment, &scores("5"), "").await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("review-conflicted")
    );
    let report: AssignmentReport = app
        .call_ok("review/run-assignment", &[("round", "shortlisting")])
        .await;
    assert_eq!(report.added, 0);
    assert_eq!(report.short, vec![(school_id, 1)]);
    let log = app.audit_log().await;
    assert!(
        log.rows
            .iter()
            .any(|e| e.action == "review.conflict_declared")
    );
}

#[tokio::test]
async fn the_ranking_normalises_breaks_ties_by_the_published_draw_and_the_nominees_are_confirmed() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    let mut ids = Vec::new();
    for (i, org) in ["Alpha", "Bravo", "Charlie"].iter().enumerate() {
        let email = format!("owner{i}@o{i}.example");
        ids.push(eligible(&app, &email, "C7.4", &format!("=HYPERLINK(\"{org}\")"), org).await);
    }
    // The same entity under another name, in another category: merged once nominees are out.
    eligible(
        &app,
        "owner9@o9.example",
        "C1",
        "Delta programme",
        "Delta Holdings",
    )
    .await;
    let ana = expert(&app, "ana@panel.example").await;
    add_to_category(&app, "ana@panel.example", "C7.4").await;
    reviews_per_entry(&app, "1").await;
    let _: AssignmentReport = app
        .call_ok("review/run-assignment", &[("round", "shortlisting")])
        .await;
    open_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    again(&ana, "ana@panel.example").await;
    // Ana gives 9, 6 and 6: the two sixes tie on every score, and the draw orders them.
    let mine = my_list(&ana).await;
    for (entry, value) in mine.entries.iter().zip(["9", "6", "6"]) {
        let res = send_review(
            &ana,
            entry.assignment_id,
            &scores(value),
            "=cmd|' /C calc'!A0",
        )
        .await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let ranking: CategoryRanking = app
        .call_ok(
            "review/category-ranking",
            &[("round", "shortlisting"), ("category", "C7.4")],
        )
        .await;
    assert_eq!(ranking.rows.len(), 3);
    assert_eq!(ranking.rows[0].raw_mean, "90.00");
    assert_eq!(ranking.rows[1].raw_mean, "60.00");
    assert!(ranking.rows[1].decided_by_draw);
    assert!(ranking.rows.iter().all(|r| r.missing == 0));
    assert!(ranking.seed.is_none(), "the seed is revealed only at close");

    // Confirm while the round runs: the first N (the category's cut) become nominees; a
    // change needs a reason.
    let n: usize = app
        .call_ok(
            "review/confirm-nominees",
            &[("category", "C7.4"), ("reason", "")],
        )
        .await;
    assert_eq!(n, 3);
    let res = app
        .call(
            "review/confirm-nominees",
            &[("category", "C7.4"), ("reason", "")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .call(
            "review/confirm-nominees",
            &[("category", "C7.4"), ("reason", "A late review arrived.")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let log = app.audit_log().await;
    assert_eq!(
        log.rows
            .iter()
            .filter(|e| e.action == "review.nominees_confirmed")
            .count(),
        2
    );
    let after: CategoryRanking = app
        .call_ok(
            "review/category-ranking",
            &[("round", "shortlisting"), ("category", "C7.4")],
        )
        .await;
    assert!(after.rows.iter().all(|r| r.nominee));
    assert!(after.confirmed_at.is_some());
    // Confirmed is not yet published: the category page lists nominees once voting opens.
    let (status, page) = app.beside().get_page("/categories/C7.4").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("data-testid=\"nominees\""), "{page}");

    // The round closes and voting opens: the seed is out, and anyone can replay the draw,
    // SHA-256(seed ‖ id); the nominees no longer change.
    close_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    again(&ana, "ana@panel.example").await;
    let closed: CategoryRanking = app
        .call_ok(
            "review/category-ranking",
            &[("round", "shortlisting"), ("category", "C7.4")],
        )
        .await;
    let seed = closed.seed.clone().expect("the seed after close");
    let (_, page) = app.beside().get_page("/categories/C7.4").await;
    let listed = page
        .split("data-testid=\"nominees\"")
        .nth(1)
        .and_then(|rest| rest.split("</ol>").next())
        .unwrap_or_else(|| panic!("the nominees are published: {page}"));
    assert_eq!(listed.matches("<li>").count(), 3);
    let places: Vec<usize> = closed
        .rows
        .iter()
        .map(|r| {
            listed
                .find(&r.organisation)
                .unwrap_or_else(|| panic!("{} listed", r.organisation))
        })
        .collect();
    assert!(places.is_sorted(), "in ranking order: {listed}");
    // A merge of organisations renames the published nominee at once.
    let org_id = |name: &'static str| {
        let db = app.ctx.db.clone();
        async move {
            app::entity::organisation::Entity::find()
                .filter(app::entity::organisation::Column::Name.eq(name))
                .one(&db)
                .await
                .ok()
                .flatten()
                .map(|o| o.id.to_string())
                .unwrap_or_else(|| panic!("{name}"))
        }
    };
    let (from, into) = (org_id("Alpha").await, org_id("Delta Holdings").await);
    let res = app
        .call(
            "nominations/merge-organisations",
            &[
                ("from", &from),
                ("into", &into),
                ("reason", "One entity, two names."),
            ],
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let (_, page) = app.beside().get_page("/categories/C7.4").await;
    assert!(page.contains(" · Delta Holdings · "), "{page}");
    use sha2::{Digest, Sha256};
    assert_eq!(
        hex::encode(Sha256::digest(seed.as_bytes())),
        closed.seed_commitment
    );
    let tied: Vec<i64> = closed.rows[1..].iter().map(|r| r.submission_id).collect();
    let key = |id: i64| Sha256::digest(format!("{seed}{id}").as_bytes()).to_vec();
    assert!(
        key(tied[0]) < key(tied[1]),
        "the draw puts the lowest hash first"
    );
    let res = app
        .call(
            "review/confirm-nominees",
            &[("category", "C7.4"), ("reason", "One more change.")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("nominees-voting-opened")
    );

    // The exports neutralise what a spreadsheet would run.
    for what in ["ranking.csv", "reviews.csv"] {
        let res = app
            .client
            .get(app.url(&format!("/admin/review/shortlisting/export/{what}")))
            .send()
            .await
            .expect("the export");
        assert_eq!(res.status(), StatusCode::OK);
        assert!(
            res.headers()[reqwest::header::CONTENT_TYPE]
                .to_str()
                .unwrap_or_default()
                .starts_with("text/csv")
        );
        let text = res.text().await.unwrap_or_default();
        assert!(!text.contains(",=") && !text.contains("\n="), "{text}");
        assert!(text.contains("'="), "{text}");
    }
    let res = ana
        .client
        .get(ana.url("/admin/review/shortlisting/export/reviews.csv"))
        .send()
        .await
        .expect("the export");
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let _ = ids;
}

#[tokio::test]
async fn a_rubric_whose_weights_do_not_add_up_is_refused_and_once_open_its_shape_is_locked() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    let base = [
        ("round", "selection"),
        ("reviews_per_entry", "3"),
        ("normalisation", "raw"),
        ("formula_experts", "70"),
        ("formula_votes", "30"),
        ("code[0]", "merit"),
        ("title[0]", "Merit"),
        ("weight[0]", "50"),
        ("scale[0]", "10"),
        ("code[1]", ""),
        ("title[1]", "Originality"),
        ("weight[1]", "40"),
        ("scale[1]", "5"),
    ];
    let res = app.call("review/save-round", &base).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("rubric-weights-sum")
    );
    let mut ok = base.to_vec();
    ok[11] = ("weight[1]", "50");
    let res = app.call("review/save-round", &ok).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let round: RoundOverview = app.call_ok("review/round", &[("round", "selection")]).await;
    assert_eq!(round.criteria.len(), 2);
    assert_eq!(round.criteria[1].scale, 5);
    assert_eq!((round.formula_experts, round.formula_votes), (70, 30));

    // Into the selection phase: the rubric's shape is locked, reweighting needs a reason.
    let selection = phase::Entity::find()
        .filter(phase::Column::Kind.eq("selection"))
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .expect("a selection phase");
    app.ctx
        .clock
        .advance(selection.opens_at - app.ctx.clock.now() + 60);
    again(&app, "secretariat@itu.example").await;
    let codes: Vec<String> = round.criteria.iter().map(|c| c.code.clone()).collect();
    let mut reweighted: Vec<(&str, &str)> = ok.clone();
    reweighted[5] = ("code[0]", &codes[0]);
    reweighted[9] = ("code[1]", &codes[1]);
    reweighted[7] = ("weight[0]", "60");
    reweighted[11] = ("weight[1]", "40");
    let res = app.call("review/save-round", &reweighted).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    reweighted.push(("reason", "The panel asked for more weight on merit."));
    let res = app.call("review/save-round", &reweighted).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let mut rescaled = reweighted.clone();
    rescaled[12] = ("scale[1]", "10");
    let res = app.call("review/save-round", &rescaled).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("rubric-shape-locked")
    );
    let log = app.audit_log().await;
    assert!(log.rows.iter().any(|e| e.action == "review.round_saved"
        && e.reason.as_deref() == Some("The panel asked for more weight on merit.")));
}

/// Scores for the default selection rubric.
fn selection_scores(value: &str) -> Vec<(String, String)> {
    ["merit", "originality", "impact", "sustainable_development"]
        .iter()
        .map(|c| (format!("scores[{c}]"), value.to_owned()))
        .collect()
}

#[tokio::test]
async fn the_selection_ranks_champions_by_the_published_formula_and_the_winner_is_decided_with_a_reason()
 {
    use app::review::{FinalRanking, RoundKind, rounds, winners};
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    let mut ids = Vec::new();
    for (i, org) in ["Alpha", "Bravo", "Charlie", "Delta"].iter().enumerate() {
        let email = format!("owner{i}@o{i}.example");
        ids.push(eligible(&app, &email, "C7.4", &format!("Project {org}"), org).await);
    }
    // The vote made the first three champions (what the vote count will do).
    let round = rounds::current(&app.ctx, RoundKind::Selection)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let category = app::entity::category::Entity::find()
        .filter(app::entity::category::Column::Code.eq("C7.4"))
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .expect("the category");
    for id in &ids[..3] {
        winners::make_champion(&app.ctx.db, &round, category.id, id.parse().unwrap_or(0), 0)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let ana = expert(&app, "ana@panel.example").await;
    let res = app
        .call(
            "review/add-round-expert",
            &[
                ("round", "selection"),
                ("email", "ana@panel.example"),
                ("category", "C7.4"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let report: AssignmentReport = app
        .call_ok("review/run-assignment", &[("round", "selection")])
        .await;
    assert_eq!(
        report.added, 3,
        "only champions are entries of the selection"
    );

    let selection = phase::Entity::find()
        .filter(phase::Column::Kind.eq("selection"))
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .expect("a selection phase");
    app.ctx
        .clock
        .advance(selection.opens_at - app.ctx.clock.now() + 60);
    again(&app, "secretariat@itu.example").await;
    again(&ana, "ana@panel.example").await;
    let mine = my_list(&ana).await;
    assert_eq!(mine.round, Some(RoundKind::Selection));
    for (entry, value) in mine.entries.iter().zip(["9", "7", "7"]) {
        let res = send_review(&ana, entry.assignment_id, &selection_scores(value), "").await;
        assert_eq!(
            res.status(),
            StatusCode::OK,
            "{}",
            res.text().await.unwrap_or_default()
        );
    }
    let ranking: FinalRanking = app
        .call_ok("review/final-ranking", &[("category", "C7.4")])
        .await;
    assert_eq!((ranking.formula_experts, ranking.formula_votes), (100, 0));
    assert_eq!(ranking.rows.len(), 3);
    let top = &ranking.rows[0].breakdown;
    assert_eq!(top.expert_mean, Some(90.0));
    assert!((top.expert_part - 90.0).abs() < 1e-9 && top.vote_part == 0.0);
    assert!((top.score - 90.0).abs() < 1e-9);
    // The two sevens tie on every count: the draw orders them, and says so.
    assert_eq!(
        ranking.rows[1].breakdown.above_next_by,
        Some(app::review::rules::TieRule::Draw)
    );

    let top_id = top.submission_id.to_string();
    let decide = |id: &str, kind: &str, reason: &str| {
        let (id, kind, reason) = (id.to_owned(), kind.to_owned(), reason.to_owned());
        let app = &app;
        async move {
            app.call(
                "review/decide-award",
                &[
                    ("category", "C7.4"),
                    ("submission_id", &id),
                    ("kind", &kind),
                    ("reason", &reason),
                ],
            )
            .await
        }
    };
    let res = decide(&ids[3], "winner", "Best of all").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("award-not-a-champion")
    );
    let res = decide(&top_id, "winner", "").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = decide(&top_id, "champion", "Why not").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = decide(
        &top_id,
        "winner",
        "Highest merit and impact, by the panel's scores.",
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let second = ranking.rows[1].breakdown.submission_id.to_string();
    let res = decide(&second, "winner", "A second winner").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("award-winners-full")
    );
    let res = decide(
        &second,
        "special_recognition",
        "Original use of radio in schools.",
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let after: FinalRanking = app
        .call_ok("review/final-ranking", &[("category", "C7.4")])
        .await;
    assert!(after.rows[0].winner.is_some() && after.rows[1].special.is_some());
    let log = app.audit_log().await;
    assert_eq!(
        log.rows
            .iter()
            .filter(|e| e.action == "review.award_decided")
            .count(),
        2
    );
}

#[tokio::test]
async fn experts_with_reviews_to_send_are_reminded_once_and_the_secretariat_is_warned_of_missing_nominees()
 {
    use app::entity::mail;
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    eligible(&app, "owner0@o0.example", "C7.4", "Project Alpha", "Alpha").await;
    eligible(&app, "owner1@o1.example", "C7.4", "Project Bravo", "Bravo").await;
    let ana = expert(&app, "ana@panel.example").await;
    let _ben = expert(&app, "ben@panel.example").await;
    add_to_category(&app, "ana@panel.example", "C7.4").await;
    add_to_category(&app, "ben@panel.example", "C7.4").await;
    reviews_per_entry(&app, "1").await;
    let _: AssignmentReport = app
        .call_ok("review/run-assignment", &[("round", "shortlisting")])
        .await;
    open_shortlisting(&app).await;
    again(&ana, "ana@panel.example").await;
    let mine = my_list(&ana).await;
    let res = send_review(&ana, mine.entries[0].assignment_id, &scores("7"), "").await;
    assert_eq!(res.status(), StatusCode::OK);

    // Nothing is due while the round has weeks to run.
    let now = app.ctx.clock.now();
    assert_eq!(
        app::review::reminders::send_due(&app.ctx, now).await.ok(),
        Some(0)
    );
    // Two days before it closes (and voting opens): Ben, who has not scored, is reminded;
    // the secretariat hears that no category has confirmed nominees. Once each.
    let screening = phase::Entity::find()
        .filter(phase::Column::Kind.eq("screening"))
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .expect("a screening phase");
    app.ctx
        .clock
        .advance(screening.closes_at - 2 * 86_400 - app.ctx.clock.now());
    let now = app.ctx.clock.now();
    let sent = app::review::reminders::send_due(&app.ctx, now).await;
    assert!(matches!(sent, Ok(2)), "{sent:?}");
    assert_eq!(
        app::review::reminders::send_due(&app.ctx, now).await.ok(),
        Some(0)
    );
    let reminders = mail::Entity::find()
        .filter(mail::Column::Kind.eq("review_reminder"))
        .all(&app.ctx.db)
        .await
        .unwrap_or_default();
    let to: Vec<&str> = reminders.iter().map(|m| m.to_address.as_str()).collect();
    assert_eq!(to.len(), 2, "{to:?}");
    assert!(to.contains(&"ben@panel.example") && to.contains(&"secretariat@itu.example"));
    let ben_mail = reminders
        .iter()
        .find(|m| m.to_address == "ben@panel.example")
        .expect("Ben's reminder");
    assert!(
        ben_mail
            .body_text
            .contains("One entry assigned to you has no review yet.")
    );
    let warning = reminders
        .iter()
        .find(|m| m.to_address == "secretariat@itu.example")
        .expect("the secretariat's warning");
    assert!(warning.body_text.contains("C7.4"));
}
