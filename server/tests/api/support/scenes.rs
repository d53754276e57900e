//! The scenes tests start from, built through the real server as people would: a draft and
//! a sent submission, an eligible one, an expert of the round, the clock moved into a phase,
//! and a contest whose nominees are confirmed in two categories with the vote about to open.

use app::{
    editions::GetCalendarForm,
    entity::phase,
    nominations::{
        CreateSubmission, DecideSubmission, GetSubmission, GetSubmissionForScreening,
        SaveSubmission, SubmitSubmission,
    },
    review::{
        AcceptExpertInvitation, AddRoundExpert, ConfirmNominees, GetMyReviews, GetRound,
        InviteExpert, RoundOverview, RunAssignment, SaveRound, SubmitReview,
    },
    voting::CastVote,
};
use reqwest::{Response, StatusCode};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::{Options, PASSWORD, TestApp, spawn_app_with};

impl TestApp {
    /// Records a screening decision, as the screening page posts it.
    pub async fn decide(&self, id: &str, decision: &str, text: &str, days: &str) -> Response {
        self.call::<DecideSubmission>(&[
            ("id", id),
            ("decision", decision),
            ("text", text),
            ("days", days),
            ("to_category", ""),
        ])
        .await
    }
    /// A submission as its owner or co-owner sees it.
    pub async fn submission(&self, id: &str) -> app::nominations::SubmissionView {
        self.call_ok::<GetSubmission>(&[("id", id)]).await
    }
    /// A submission as the screener sees it.
    pub async fn screened(&self, id: &str) -> app::nominations::SubmissionView {
        self.call_ok::<GetSubmissionForScreening>(&[("id", id)])
            .await
    }
}

// Submissions: the setups that every test of a submission shares, written once.

pub fn description(topic: &str, n: usize) -> String {
    let base = format!(
        "The {topic} project connects rural schools and health centres to affordable broadband through community networks \
         that local cooperatives build, own and maintain, while trainers teach teachers and nurses to use open digital tools"
    );
    base.split(' ')
        .cycle()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn form<'a>(
    id: &'a str,
    title: &'a str,
    organisation: &'a str,
    short: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("id", id),
        ("title", title),
        ("organisation", organisation),
        ("country", "SN"),
        ("stakeholder_type", "government"),
        ("short_description", short),
        ("action_lines", "C2, C7.4"),
        ("sdgs", "3, 9"),
        (
            "impact_qualitative",
            "Teachers and nurses use the network every day.",
        ),
        (
            "impact_quantitative",
            "120 schools and 35 health centres connected.",
        ),
        (
            "partnerships",
            "Ministry of Education, two cooperatives, a regional university.",
        ),
        (
            "challenges",
            "Power supply in the dry season; next, 200 more villages.",
        ),
        ("start_date", "2023-04"),
        ("project_status", "completed"),
        ("website", "https://villages.example.org"),
    ]
}

pub async fn create(app: &TestApp, category: &str) -> reqwest::Response {
    app.call::<CreateSubmission>(&[("category", category)])
        .await
}

pub async fn new_draft(app: &TestApp, category: &str) -> String {
    let res = create(app, category).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.text().await.expect("a response body")
}

/// Where a submission stands, as its owner's page shows it.
pub async fn status_of(app: &TestApp, id: &str) -> app::nominations::SubmissionStatus {
    let view: app::nominations::SubmissionView = app.call_ok::<GetSubmission>(&[("id", id)]).await;
    view.status
}

/// A second browser for another person, signed in with a fresh confirmed account.
pub async fn other_person(app: &TestApp, email: &str) -> TestApp {
    let other = app.beside();
    other.signed_in_account(email).await;
    other
}

/// Saves the submission form `fields` (its `id` included) and sends it; both must succeed.
pub async fn save_and_send(app: &TestApp, fields: &[(&str, &str)]) {
    let id = fields
        .iter()
        .find(|(k, _)| *k == "id")
        .map(|(_, v)| *v)
        .expect("the form names its submission");
    let saved = app.call::<SaveSubmission>(fields).await;
    assert_eq!(
        saved.status(),
        StatusCode::OK,
        "{}",
        saved.text().await.expect("a response body")
    );
    let sent = app.call::<SubmitSubmission>(&[("id", id)]).await;
    assert_eq!(
        sent.status(),
        StatusCode::OK,
        "{}",
        sent.text().await.expect("a response body")
    );
}

/// A sent submission: a draft in `category` filled with a valid form, then sent.
pub async fn sent_submission(
    app: &TestApp,
    category: &str,
    title: &str,
    organisation: &str,
    short: &str,
) -> String {
    let id = new_draft(app, category).await;
    save_and_send(app, &form(&id, title, organisation, short)).await;
    id
}

/// Renames an organisation (as a merge or a correction would), through the catalogue's
/// commit: the public pages and the search documents show the new name at once.
pub async fn rename_organisation(app: &TestApp, id: i64, name: &str) {
    let txn = app::db::begin_write(&app.ctx.db)
        .await
        .expect("a transaction");
    let org = app::entity::organisation::Entity::find_by_id(id)
        .one(&txn)
        .await
        .expect("the organisation")
        .expect("an organisation");
    let mut org: app::entity::organisation::ActiveModel = org.into();
    org.name = Set(name.to_owned());
    org.update(&txn).await.expect("renamed");
    app::catalogue::commit(&app.ctx, txn)
        .await
        .expect("committed");
}

/// The phase `kind` of the edition of `year`.
pub async fn phase_of(
    db: &sea_orm::DatabaseConnection,
    year: i32,
    kind: &str,
) -> app::entity::phase::Model {
    let e = app::entity::edition::Entity::find()
        .filter(app::entity::edition::Column::Year.eq(year))
        .one(db)
        .await
        .expect("the editions")
        .expect("the edition");
    app::entity::phase::Entity::find()
        .filter(app::entity::phase::Column::EditionId.eq(e.id))
        .filter(app::entity::phase::Column::Kind.eq(kind))
        .one(db)
        .await
        .expect("the phases")
        .expect("the phase")
}

// Expert review: the round's experts and the clock.

/// A new account that accepted an invitation to the expert group, signed in.
pub async fn expert(secretariat: &TestApp, email: &str) -> TestApp {
    let x = other_person(secretariat, email).await;
    let res = secretariat.call::<InviteExpert>(&[("email", email)]).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let token = x.token_from_mail(email).await;
    let res = x.call::<AcceptExpertInvitation>(&[("token", &token)]).await;
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
pub async fn close_shortlisting(app: &TestApp) {
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
        .call::<AddRoundExpert>(&[
            ("round", "shortlisting"),
            ("email", email),
            ("category", category),
        ])
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
}

/// Sets the shortlisting round's reviews per entry, in the edition of `year` (else the
/// current one), keeping its rubric.
pub async fn reviews_per_entry(secretariat: &TestApp, year: Option<&str>, n: &str) {
    let mut which = vec![("round", "shortlisting")];
    which.extend(year.map(|y| ("edition", y)));
    let round: RoundOverview = secretariat.call_ok::<GetRound>(&which).await;
    let mut form: Vec<(String, String)> = which
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    form.extend([
        ("reviews_per_entry".into(), n.into()),
        ("normalisation".into(), "z_score".into()),
        ("formula_experts".into(), "100".into()),
        ("formula_votes".into(), "0".into()),
    ]);
    for (i, c) in round.criteria.iter().enumerate() {
        form.push((format!("code[{i}]"), c.code.clone()));
        form.push((format!("title[{i}]"), c.title.clone()));
        form.push((format!("weight[{i}]"), c.weight.to_string()));
        form.push((format!("scale[{i}]"), c.scale.to_string()));
    }
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = secretariat.call::<SaveRound>(&pairs).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
}

/// A full score sheet: the same score on every criterion of the default rubric.
pub fn scores(value: &str) -> Vec<(String, String)> {
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

/// A full score sheet of the selection round: the same score on every criterion.
pub fn selection_scores(value: &str) -> Vec<(String, String)> {
    ["merit", "originality", "impact", "sustainable_development"]
        .iter()
        .map(|c| (format!("scores[{c}]"), value.to_owned()))
        .collect()
}

pub async fn send_review(
    x: &TestApp,
    assignment: i64,
    sheet: &[(String, String)],
    comment: &str,
) -> reqwest::Response {
    let id = assignment.to_string();
    let mut form: Vec<(&str, &str)> = vec![("assignment_id", &id), ("comment", comment)];
    form.extend(sheet.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    x.call::<SubmitReview>(&form).await
}

/// A shortlisting round under way: the secretariat (signed in on `app`), one eligible entry
/// in C7.4, two experts of that category both assigned to it, the round open, and the first
/// expert's review of it sent, with `comment`.
pub struct ReviewedRound {
    pub app: TestApp,
    pub entry: String,
    /// Ana, who reviewed the entry, and Ben, who has not yet.
    pub experts: [TestApp; 2],
    /// Ana's assignment to the entry.
    pub assignment: i64,
}

pub async fn reviewed_round(owner_email: &str, comment: &str) -> ReviewedRound {
    let app = spawn_app_with(Options::default()).await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    let entry = eligible(&app, owner_email, "C7.4", "Matrix project", "Matrix Org").await;
    let ana = expert(&app, "ana@experts.example").await;
    let ben = expert(&app, "ben@experts.example").await;
    add_to_category(&app, "ana@experts.example", "C7.4").await;
    add_to_category(&app, "ben@experts.example", "C7.4").await;
    let res = app
        .call::<RunAssignment>(&[("round", "shortlisting")])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    open_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    again(&ana, "ana@experts.example").await;
    again(&ben, "ben@experts.example").await;
    let mine = ana.call_ok::<GetMyReviews>(&[]).await;
    let assignment = mine.entries[0].assignment_id;
    let res = send_review(&ana, assignment, &scores("7.5"), comment).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    ReviewedRound {
        app,
        entry,
        experts: [ana, ben],
        assignment,
    }
}

// The public vote.

/// An edition whose shortlisting round confirmed nominees in two categories: C7.4 (two) and
/// C1 (one). The clock stands in the screening phase: voting has not opened.
pub struct Contest {
    pub app: TestApp,
    pub c74: [String; 2],
    pub c1: String,
    /// A draft left in C7.4: a submission that is no nominee.
    pub draft: String,
}

pub async fn contest(options: Options) -> Contest {
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
            .call_ok::<ConfirmNominees>(&[("category", category), ("reason", "")])
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

/// A [`contest`] whose vote is open: the clock stands in the voting phase, and the
/// secretariat has signed in again.
pub async fn open_vote(options: Options) -> Contest {
    let c = contest(options).await;
    move_to(&c.app, "voting", false).await;
    again(&c.app, "secretariat@itu.example").await;
    c
}

/// Moves the clock into the voting phase (or past it).
pub async fn move_to(app: &TestApp, kind: &str, past: bool) {
    let p = phase::Entity::find()
        .filter(phase::Column::Kind.eq(kind))
        .one(&app.ctx.db)
        .await
        .expect("the phases")
        .expect("the phase");
    let to = if past { p.closes_at } else { p.opens_at };
    app.ctx.clock.advance(to - app.ctx.clock.now() + 60);
}

pub async fn cast(voter: &TestApp, category: &str, nominee: &str) -> (StatusCode, String) {
    let res = voter
        .call::<CastVote>(&[("category", category), ("nominee", nominee)])
        .await;
    let status = res.status();
    (status, res.text().await.unwrap_or_default())
}

// Pictures, the calendar, the database.

/// Uploads a picture like the form does: a success is a redirect to the form (its location
/// is returned); a failure is the form's page again, with its status and the message (the
/// page is returned, prefixed with the status).
pub async fn upload(app: &TestApp, id: &str, bytes: Vec<u8>, name: &str) -> String {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
    let res = app
        .client
        .post(app.url(&format!("/submissions/{id}/picture")))
        .header("accept", "text/html")
        .multipart(reqwest::multipart::Form::new().part("picture", part))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    if res.status() == StatusCode::SEE_OTHER {
        return res
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .expect("a Location header")
            .to_owned();
    }
    assert!(res.headers().get("location").is_none());
    let status = res.status();
    format!("{status} {}", res.text().await.expect("a response body"))
}

/// The calendar form as the secretariat's page holds it, with `changes` applied.
pub async fn calendar(app: &TestApp, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let current: serde_json::Value = app
        .call::<GetCalendarForm>(&[])
        .await
        .json()
        .await
        .expect("a JSON response");
    let mut form = vec![
        ("edition_id".to_owned(), current["edition_id"].to_string()),
        (
            "title".to_owned(),
            current["title"].as_str().expect("a string").to_owned(),
        ),
        (
            "time_zone".to_owned(),
            current["time_zone"].as_str().expect("a string").to_owned(),
        ),
        ("reason".to_owned(), String::new()),
    ];
    for p in current["phases"].as_array().cloned().expect("an array") {
        let kind = p["kind"].as_str().expect("a string").to_lowercase();
        form.push((
            format!("{kind}_opens"),
            p["opens_local"].as_str().expect("a string").to_owned(),
        ));
        form.push((
            format!("{kind}_closes"),
            p["closes_local"].as_str().expect("a string").to_owned(),
        ));
    }
    for (k, v) in changes {
        match form.iter_mut().find(|(key, _)| key == k) {
            Some(slot) => slot.1 = (*v).to_owned(),
            None => form.push(((*k).to_owned(), (*v).to_owned())),
        }
    }
    form
}

/// The catalogue's version cannot move: every write that tries fails.
pub async fn freeze_versions(db: &sea_orm::DatabaseConnection) {
    let sql: &[&str] = match db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => &[
            "CREATE TRIGGER frozen_versions BEFORE UPDATE ON content_versions \
             BEGIN SELECT RAISE(ABORT, 'versions frozen'); END",
        ],
        _ => &[
            "CREATE FUNCTION frozen_versions() RETURNS trigger LANGUAGE plpgsql AS $$ \
             BEGIN RAISE EXCEPTION 'versions frozen'; END $$",
            "CREATE TRIGGER frozen_versions BEFORE UPDATE ON content_versions \
             FOR EACH ROW EXECUTE FUNCTION frozen_versions()",
        ],
    };
    for s in sql {
        db.execute_unprepared(s).await.expect("versions frozen");
    }
}

/// Undoes [`freeze_versions`].
pub async fn thaw_versions(db: &sea_orm::DatabaseConnection) {
    let sql: &[&str] = match db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => &["DROP TRIGGER frozen_versions"],
        _ => &[
            "DROP TRIGGER frozen_versions ON content_versions",
            "DROP FUNCTION frozen_versions()",
        ],
    };
    for s in sql {
        db.execute_unprepared(s).await.expect("versions thawed");
    }
}
