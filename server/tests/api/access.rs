//! Who may call what: a role × endpoint matrix over every registered server function and
//! every page route, with the blindness of expert review checked on each.
//!
//! The lists are read from the application itself (the server functions it registered, the
//! routes it serves), and each endpoint must be classified here: a new endpoint without a
//! class fails the test, so that none is ever forgotten. Each class says which roles may
//! use it; every other role must be refused (401 signed out, 403 signed in) and nobody may
//! ever get a 500. An expert, calling everything with ids that are not theirs, must never
//! see the owner's address or another expert's comment.

use std::collections::BTreeSet;

use app::{
    accounts::{
        ChangePassword, CheckStopLink, ConfirmEmail, GetMe, GetProfile, ListCountries, Login,
        Logout, RegisterAccount, RequestPasswordReset, ResendConfirmation, ResetPassword,
        StopContestMail, UpdateProfile,
    },
    admin::{GetAuditLog, ListAccounts, ListCapturedMail, ManageAccount},
    catalogue::{GetArchive, GetCategoryDetail, GetCurrentEdition},
    editions::{
        GetCalendarForm, GetCategoriesAdmin, GetEditionsAdmin, InviteReturningExperts,
        SaveCategory, SaveFormLimits, StartNextEdition, UpdateCalendar,
    },
    exports::GetExportYears,
    gallery::{GetProject, SearchGallery},
    mailings::{DiscardMailing, GetMailing, GetMailings, PrepareMailing, SendMailing},
    nominations::{
        AcceptInvitation, AddNote, CopySubmission, CorrectSubmission, CreateSubmission,
        DecideSubmission, DeleteDraft, DismissFlag, GetDraftsOverview, GetInbox, GetNotes,
        GetScreeningQueue, GetSubmission, GetSubmissionForScreening, GetThread, ImportPastWinners,
        InviteCoOwner, ListMySubmissions, ListOrganisations, MergeOrganisations, PostMessage,
        RemoveCoOwner, RevokeInvitation, SaveSubmission, SubmitSubmission, WithdrawSubmission,
    },
    publication::{
        ApproveStory, AskStoryChanges, GetBook, GetStories, GetStory, InviteStories, SaveStory,
    },
    review::{
        AcceptExpertInvitation, AddRoundExpert, AssignByHand, ConfirmNominees, DecideAward,
        DeclareConflict, GetCategoryRanking, GetDiscussion, GetDraws, GetFinalRanking,
        GetMyReviews, GetMyTies, GetRound, GetScoreSheet, InviteExpert, JoinNewExpert,
        PostDiscussion, RemoveAssignment, RunAssignment, SaveRound, SaveTies, SetDiscussion,
        SubmitReview,
    },
    statistics::GetStatistics,
    voting::{
        AddDisposableDomain, CastVote, CheckReceipt, DecideFlag, GetBallot, GetFlags, GetResults,
        GetVoteOverview, ResultsFinal, SweepNow,
    },
};
use reqwest::StatusCode;

use crate::support::{ReviewedRound, TestApp, other_person, path_of, reviewed_round};

/// Who may use an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in account (what it reaches of its own is the service's business).
    SignedIn,
    Expert,
    Secretariat,
}

/// The roles the matrix signs in as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Anonymous,
    Account,
    Expert,
    Secretariat,
}

impl Class {
    fn admits(self, who: Who) -> bool {
        match self {
            Class::Public => true,
            Class::SignedIn => who != Who::Anonymous,
            Class::Expert => who == Who::Expert,
            Class::Secretariat => who == Who::Secretariat,
        }
    }
}

/// Every server function, classified, with arguments shaped as it expects them (so that
/// refusals come from authorization, not from a malformed body). `{a}` is replaced by the
/// first expert's assignment id and `{s}` by the submission's id.
/// The date fields of an edition's calendar, each phase's opening and closing.
const DATES: [&str; 10] = [
    "submission_opens",
    "submission_closes",
    "screening_opens",
    "screening_closes",
    "voting_opens",
    "voting_closes",
    "selection_opens",
    "selection_closes",
    "publication_opens",
    "publication_closes",
];

/// The submission form's fields, as its forms send them.
const SUBMISSION_FIELDS: [&str; 14] = [
    "title",
    "organisation",
    "country",
    "stakeholder_type",
    "short_description",
    "action_lines",
    "sdgs",
    "impact_qualitative",
    "impact_quantitative",
    "partnerships",
    "challenges",
    "start_date",
    "project_status",
    "website",
];

/// An endpoint, its class, and its arguments.
type Classified = (&'static str, Class, Vec<(&'static str, &'static str)>);

fn server_functions() -> Vec<Classified> {
    use Class::*;
    let profile = vec![
        ("name", "Probe"),
        ("organisation", "Probe"),
        ("country", "SN"),
        ("stakeholder_type", "government"),
    ];
    // An edition's title, zone and phases, as the calendar's and the next edition's forms send them.
    let mut calendar = vec![("title", ""), ("time_zone", "UTC")];
    calendar.extend(DATES.iter().map(|d| (*d, "")));
    vec![
        (path_of::<GetMe>(), Public, vec![]),
        (path_of::<ListCountries>(), Public, vec![]),
        (
            path_of::<RegisterAccount>(),
            Public,
            [
                vec![("email", "not an address"), ("password", "x")],
                profile.clone(),
            ]
            .concat(),
        ),
        (path_of::<ConfirmEmail>(), SignedIn, vec![("token", "00")]),
        (path_of::<ResendConfirmation>(), SignedIn, vec![]),
        (
            path_of::<Login>(),
            Public,
            vec![
                ("email", "nobody@nowhere.example"),
                ("password", "wrong"),
                ("next", "/"),
            ],
        ),
        (
            path_of::<RequestPasswordReset>(),
            Public,
            vec![("email", "not an address")],
        ),
        (
            path_of::<ResetPassword>(),
            Public,
            vec![("token", "00"), ("password", "x")],
        ),
        (
            path_of::<ChangePassword>(),
            SignedIn,
            vec![("current_password", "wrong"), ("new_password", "x")],
        ),
        (path_of::<GetProfile>(), SignedIn, vec![]),
        (
            path_of::<UpdateProfile>(),
            SignedIn,
            [profile.clone(), vec![("locale", "xx")]].concat(),
        ),
        (
            path_of::<ListAccounts>(),
            Secretariat,
            vec![("query", ""), ("page", "0")],
        ),
        (
            path_of::<ManageAccount>(),
            Secretariat,
            vec![
                ("account_id", "999999"),
                ("op", "disable"),
                ("reason", ""),
                ("back", "/"),
            ],
        ),
        (path_of::<ListCapturedMail>(), Secretariat, vec![]),
        (path_of::<GetAuditLog>(), Secretariat, vec![]),
        (path_of::<GetCategoriesAdmin>(), Secretariat, vec![]),
        (path_of::<GetCurrentEdition>(), Public, vec![]),
        (path_of::<GetArchive>(), Public, vec![]),
        (
            path_of::<GetCategoryDetail>(),
            Public,
            vec![("code", "C7.4")],
        ),
        (path_of::<GetCalendarForm>(), Secretariat, vec![]),
        (path_of::<GetEditionsAdmin>(), Secretariat, vec![]),
        (
            path_of::<StartNextEdition>(),
            Secretariat,
            [vec![("from_year", "1999")], calendar.clone()].concat(),
        ),
        (
            path_of::<InviteReturningExperts>(),
            Secretariat,
            vec![("year", "1999")],
        ),
        (
            path_of::<UpdateCalendar>(),
            Secretariat,
            [
                vec![("edition_id", "999999"), ("reason", "")],
                calendar.clone(),
            ]
            .concat(),
        ),
        (
            path_of::<SaveFormLimits>(),
            Secretariat,
            vec![
                ("edition_id", "999999"),
                ("short_min_words", "150"),
                ("short_max_words", "200"),
                ("long_max_words", "1000"),
                ("title_max_chars", "200"),
                ("min_sdgs", "1"),
                ("changes_days", "7"),
            ],
        ),
        (
            path_of::<SaveCategory>(),
            Secretariat,
            vec![
                ("edition_id", "999999"),
                ("category_id", "999999"),
                ("code", ""),
                ("number", ""),
                ("nominees", ""),
                ("champions", ""),
                ("winners", ""),
                ("title_en", ""),
                ("description_en", ""),
                ("title_fr", ""),
                ("description_fr", ""),
                ("title_es", ""),
                ("description_es", ""),
                ("title_ar", ""),
                ("description_ar", ""),
                ("title_zh", ""),
                ("description_zh", ""),
                ("title_ru", ""),
                ("description_ru", ""),
                ("reason", ""),
            ],
        ),
        (path_of::<ListMySubmissions>(), SignedIn, vec![]),
        (
            path_of::<CreateSubmission>(),
            SignedIn,
            vec![("category", "NOPE")],
        ),
        (
            path_of::<CopySubmission>(),
            SignedIn,
            vec![("id", "999999")],
        ),
        (path_of::<GetSubmission>(), SignedIn, vec![("id", "{s}")]),
        (path_of::<SubmitSubmission>(), SignedIn, vec![("id", "{s}")]),
        (
            path_of::<GetScreeningQueue>(),
            Secretariat,
            vec![
                ("category", ""),
                ("status", ""),
                ("country", ""),
                ("region", ""),
                ("stakeholder_type", ""),
                ("flagged", ""),
            ],
        ),
        (
            path_of::<GetSubmissionForScreening>(),
            Secretariat,
            vec![("id", "{s}")],
        ),
        (path_of::<GetNotes>(), Secretariat, vec![("id", "{s}")]),
        // A thread is its submission's owners' and the secretariat's: anyone else signed in
        // is told it does not exist (nominations::thread).
        (path_of::<GetThread>(), SignedIn, vec![("id", "{s}")]),
        (
            path_of::<PostMessage>(),
            SignedIn,
            vec![("id", "{s}"), ("body", "A question")],
        ),
        (path_of::<GetInbox>(), Secretariat, vec![]),
        (path_of::<GetMailings>(), Secretariat, vec![]),
        (path_of::<GetExportYears>(), Secretariat, vec![]),
        // After one's own review only, on one's own assignment (others are told it does not
        // exist): the expert of the matrix never reads another's comment through it.
        (
            path_of::<GetDiscussion>(),
            Expert,
            vec![("assignment_id", "{a}")],
        ),
        (
            path_of::<PostDiscussion>(),
            Expert,
            vec![("assignment_id", "{a}"), ("body", "Probe")],
        ),
        (
            path_of::<SetDiscussion>(),
            Secretariat,
            vec![("round", "shortlisting"), ("on", "1")],
        ),
        (
            path_of::<PrepareMailing>(),
            Secretariat,
            vec![
                ("audience", "nominees"),
                ("subject_en", "Probe"),
                ("body_en", "Probe"),
            ],
        ),
        (path_of::<GetMailing>(), Secretariat, vec![("id", "999999")]),
        (
            path_of::<SendMailing>(),
            Secretariat,
            vec![("id", "999999")],
        ),
        (
            path_of::<DiscardMailing>(),
            Secretariat,
            vec![("id", "999999")],
        ),
        // A stop link is its own key: no sign-in.
        (path_of::<CheckStopLink>(), Public, vec![("key", "00")]),
        (path_of::<StopContestMail>(), Public, vec![("key", "00")]),
        (
            path_of::<CorrectSubmission>(),
            Secretariat,
            [
                vec![("id", "{s}"), ("reason", "A typo")],
                SUBMISSION_FIELDS.iter().map(|f| (*f, "")).collect(),
            ]
            .concat(),
        ),
        (
            path_of::<AddNote>(),
            Secretariat,
            vec![("id", "{s}"), ("body", "A note")],
        ),
        (
            path_of::<DecideSubmission>(),
            Secretariat,
            vec![
                ("id", "999999"),
                ("decision", "eligible"),
                ("text", ""),
                ("days", ""),
                ("to_category", ""),
            ],
        ),
        (
            path_of::<InviteCoOwner>(),
            SignedIn,
            vec![("id", "{s}"), ("email", "someone@else.example")],
        ),
        (
            path_of::<RemoveCoOwner>(),
            SignedIn,
            vec![("id", "{s}"), ("account_id", "999999")],
        ),
        (
            path_of::<AcceptInvitation>(),
            SignedIn,
            vec![("token", "00")],
        ),
        (
            path_of::<RevokeInvitation>(),
            SignedIn,
            vec![("id", "{s}"), ("email", "someone@else.example")],
        ),
        (path_of::<DeleteDraft>(), SignedIn, vec![("id", "{s}")]),
        (
            path_of::<WithdrawSubmission>(),
            SignedIn,
            vec![("id", "{s}"), ("reason", "")],
        ),
        (
            path_of::<GetDraftsOverview>(),
            Secretariat,
            vec![("organisation", "x")],
        ),
        (
            path_of::<ImportPastWinners>(),
            Secretariat,
            vec![("csv", "")],
        ),
        (
            path_of::<ListOrganisations>(),
            Secretariat,
            vec![("query", "")],
        ),
        (
            path_of::<MergeOrganisations>(),
            Secretariat,
            vec![("from", "999998"), ("into", "999999"), ("reason", "")],
        ),
        (
            path_of::<DismissFlag>(),
            Secretariat,
            vec![("id", "999999"), ("flag", "999999"), ("reason", "")],
        ),
        (
            path_of::<SaveSubmission>(),
            SignedIn,
            vec![
                ("id", "{s}"),
                ("title", "Probe"),
                ("organisation", "Probe"),
                ("country", "SN"),
                ("stakeholder_type", "government"),
                ("short_description", ""),
                ("action_lines", ""),
                ("sdgs", ""),
                ("impact_qualitative", ""),
                ("impact_quantitative", ""),
                ("partnerships", ""),
                ("challenges", ""),
                ("start_date", ""),
                ("project_status", ""),
                ("website", ""),
            ],
        ),
        (path_of::<GetMyReviews>(), Expert, vec![]),
        (path_of::<GetBallot>(), SignedIn, vec![]),
        (path_of::<GetVoteOverview>(), Secretariat, vec![]),
        (
            path_of::<CheckReceipt>(),
            Public,
            vec![("receipt", "0123456789abcdef0123456789abcdef")],
        ),
        (path_of::<ResultsFinal>(), Secretariat, vec![]),
        (path_of::<GetResults>(), Public, vec![("edition", "")]),
        (path_of::<GetProject>(), Public, vec![("id", "{s}")]),
        (path_of::<SearchGallery>(), Public, vec![("q", "")]),
        (path_of::<GetStatistics>(), Public, vec![("edition", "")]),
        (path_of::<GetStory>(), SignedIn, vec![("id", "{s}")]),
        (
            path_of::<SaveStory>(),
            SignedIn,
            vec![
                ("id", "{s}"),
                ("challenge", ""),
                ("solution", ""),
                ("results", ""),
                ("partners", ""),
                ("lessons", ""),
            ],
        ),
        (
            path_of::<AskStoryChanges>(),
            Secretariat,
            vec![("id", "{s}"), ("message", "Probe.")],
        ),
        (path_of::<ApproveStory>(), Secretariat, vec![("id", "{s}")]),
        (path_of::<GetStories>(), Secretariat, vec![("edition", "")]),
        (
            path_of::<InviteStories>(),
            Secretariat,
            vec![("edition", ""), ("deadline", "")],
        ),
        (path_of::<GetBook>(), Public, vec![("edition", "")]),
        (path_of::<GetFlags>(), Secretariat, vec![]),
        (path_of::<SweepNow>(), Secretariat, vec![]),
        (
            path_of::<DecideFlag>(),
            Secretariat,
            vec![
                ("flag_id", "1"),
                ("decision", "release"),
                ("reason", "Probe."),
            ],
        ),
        (
            path_of::<AddDisposableDomain>(),
            Secretariat,
            vec![("domain", "probe.example")],
        ),
        (
            path_of::<CastVote>(),
            SignedIn,
            vec![("category", "C7.4"), ("nominee", "{s}")],
        ),
        (
            path_of::<GetScoreSheet>(),
            Expert,
            vec![("assignment_id", "{a}")],
        ),
        (
            path_of::<SubmitReview>(),
            Expert,
            vec![
                ("assignment_id", "{a}"),
                ("scores[relevance]", "1"),
                ("comment", "probe"),
            ],
        ),
        (
            path_of::<DeclareConflict>(),
            Expert,
            vec![("assignment_id", "{a}"), ("note", "")],
        ),
        (path_of::<GetMyTies>(), Expert, vec![]),
        (
            path_of::<SaveTies>(),
            Expert,
            vec![("organisations", ""), ("countries", ""), ("other", "")],
        ),
        (
            path_of::<AcceptExpertInvitation>(),
            SignedIn,
            vec![("token", "00")],
        ),
        (
            path_of::<JoinNewExpert>(),
            Public,
            [vec![("token", "00"), ("password", "x")], profile.clone()].concat(),
        ),
        (
            path_of::<InviteExpert>(),
            Secretariat,
            vec![("email", "not an address")],
        ),
        (
            path_of::<AddRoundExpert>(),
            Secretariat,
            vec![
                ("round", "shortlisting"),
                ("email", "nobody@nowhere.example"),
                ("category", "C7.4"),
            ],
        ),
        (
            path_of::<RunAssignment>(),
            Secretariat,
            vec![("round", "selection")],
        ),
        (
            path_of::<AssignByHand>(),
            Secretariat,
            vec![
                ("round", "shortlisting"),
                ("submission_id", "999999"),
                ("expert_id", "999999"),
                ("reason", ""),
            ],
        ),
        (
            path_of::<RemoveAssignment>(),
            Secretariat,
            vec![
                ("round", "shortlisting"),
                ("assignment_id", "999999"),
                ("reason", ""),
            ],
        ),
        (
            path_of::<GetCategoryRanking>(),
            Secretariat,
            vec![("round", "shortlisting"), ("category", "C7.4")],
        ),
        (
            path_of::<ConfirmNominees>(),
            Secretariat,
            vec![("category", "NOPE"), ("reason", "")],
        ),
        (
            path_of::<GetRound>(),
            Secretariat,
            vec![("round", "shortlisting")],
        ),
        (path_of::<GetDraws>(), Public, vec![]),
        (
            path_of::<GetFinalRanking>(),
            Secretariat,
            vec![("category", "C7.4")],
        ),
        (
            path_of::<DecideAward>(),
            Secretariat,
            vec![
                ("category", "C7.4"),
                ("submission_id", "{s}"),
                ("kind", "winner"),
                ("reason", ""),
            ],
        ),
        (
            path_of::<SaveRound>(),
            Secretariat,
            vec![
                ("round", "selection"),
                ("reviews_per_entry", "0"),
                ("normalisation", "raw"),
                ("formula_experts", "1"),
                ("formula_votes", "1"),
            ],
        ),
        // Last: it ends the session.
        (path_of::<Logout>(), Public, vec![]),
    ]
}

/// Every page route, classified, with a concrete path to visit.
fn pages() -> Vec<(&'static str, Class, &'static str)> {
    use Class::*;
    vec![
        ("/", Public, "/"),
        ("/categories/:code", Public, "/categories/C7.4"),
        ("/editions", Public, "/editions"),
        (
            "/editions/:year/categories/:code",
            Public,
            "/editions/2020/categories/C7.4",
        ),
        ("/gallery", Public, "/gallery"),
        ("/privacy", Public, "/privacy"),
        ("/terms", Public, "/terms"),
        ("/projects/:id", Public, "/projects/{s}"),
        ("/register", Public, "/register"),
        ("/register/done", Public, "/register/done"),
        ("/confirm", Public, "/confirm?token=00"),
        ("/login", Public, "/login"),
        ("/forgot", Public, "/forgot"),
        ("/reset", Public, "/reset?token=00"),
        ("/account", SignedIn, "/account"),
        ("/submissions", SignedIn, "/submissions"),
        ("/submissions/:id", SignedIn, "/submissions/{s}"),
        ("/invitations", Public, "/invitations?token=00"),
        ("/admin/screening", Secretariat, "/admin/screening"),
        ("/admin/screening/:id", Secretariat, "/admin/screening/{s}"),
        ("/admin/inbox", Secretariat, "/admin/inbox"),
        ("/admin/mailings", Secretariat, "/admin/mailings"),
        ("/admin/exports", Secretariat, "/admin/exports"),
        ("/admin/mailings/:id", Secretariat, "/admin/mailings/999999"),
        ("/mail/stop", Public, "/mail/stop?key=00"),
        ("/admin/registry", Secretariat, "/admin/registry"),
        ("/admin/accounts", Secretariat, "/admin/accounts"),
        ("/admin/edition", Secretariat, "/admin/edition"),
        ("/admin/editions", Secretariat, "/admin/editions"),
        ("/admin/categories", Secretariat, "/admin/categories"),
        ("/admin/mail", Secretariat, "/admin/mail"),
        ("/admin/audit", Secretariat, "/admin/audit"),
        ("/draw", Public, "/draw"),
        ("/vote", SignedIn, "/vote"),
        ("/admin/vote", Secretariat, "/admin/vote"),
        ("/vote/receipt", Public, "/vote/receipt?receipt=0123"),
        ("/vote/results", Public, "/vote/results"),
        ("/statistics", Public, "/statistics"),
        ("/stories/:id", SignedIn, "/stories/{s}"),
        ("/admin/stories", Secretariat, "/admin/stories"),
        ("/book", Public, "/book"),
        ("/review", Expert, "/review"),
        ("/review/ties", Expert, "/review/ties"),
        ("/review/join", Public, "/review/join?token=00"),
        ("/review/:id", Expert, "/review/{a}"),
        ("/admin/review", Secretariat, "/admin/review"),
        (
            "/admin/review/:round",
            Secretariat,
            "/admin/review/shortlisting",
        ),
        (
            "/admin/review/:round/:category",
            Secretariat,
            "/admin/review/shortlisting/C7.4",
        ),
        ("/problem", Public, "/problem"),
    ]
}

/// What the matrix needs: one of each role, a submission, and an expert's review that
/// another expert must never read.
struct World {
    app: TestApp,
    people: Vec<(Who, TestApp)>,
    submission: String,
    /// The first expert's assignment, on which they wrote the secret comment.
    assignment: String,
}

const OWNER: &str = "owner@secret-owner.example";
const SECRET: &str = "comment-only-ana-may-read";

async fn world() -> World {
    let ReviewedRound {
        app,
        entry: submission,
        experts: [_ana, ben],
        assignment,
    } = reviewed_round(OWNER, SECRET).await;
    let assignment = assignment.to_string();
    let account = other_person(&app, "someone@public.example").await;
    let people = vec![
        (Who::Anonymous, app.beside()),
        (Who::Account, account),
        (Who::Expert, ben),
        (Who::Secretariat, app.beside()),
    ];
    let secretariat = &people[3].1;
    assert_eq!(
        secretariat
            .login("secretariat@itu.example", crate::support::PASSWORD)
            .await
            .status(),
        StatusCode::OK
    );
    World {
        app,
        people,
        submission,
        assignment,
    }
}

/// Every plain route of the router (files, uploads, downloads), classified as above, with a
/// path to call it by. Uploads and the download form are posted as their pages post them.
fn plain_routes() -> Vec<(&'static str, &'static str, Class, &'static str)> {
    use Class::*;
    vec![
        ("GET", "/lang/{code}", Public, "/lang/fr?next=/"),
        ("GET", "/health", Public, "/health"),
        ("GET", "/pictures/{id}", Public, "/pictures/999999"),
        (
            "GET",
            "/pictures/{id}/thumb",
            Public,
            "/pictures/999999/thumb",
        ),
        (
            "GET",
            "/pictures/{id}/display",
            Public,
            "/pictures/999999/display",
        ),
        (
            "GET",
            "/admin/review/{round}/export/{what}",
            Secretariat,
            "/admin/review/shortlisting/export/ranking.csv",
        ),
        ("POST", "/admin/exports", Secretariat, "/admin/exports"),
        (
            "GET",
            "/vote/ledger/{file}",
            Public,
            "/vote/ledger/2020.csv",
        ),
        ("GET", "/book/{file}", Public, "/book/2020.pdf"),
        (
            "GET",
            "/api/v1/openapi.json",
            Public,
            "/api/v1/openapi.json",
        ),
        ("GET", "/api/v1/editions", Public, "/api/v1/editions"),
        (
            "GET",
            "/api/v1/editions/{year}/categories",
            Public,
            "/api/v1/editions/2020/categories",
        ),
        (
            "GET",
            "/api/v1/editions/{year}/stories",
            Public,
            "/api/v1/editions/2020/stories",
        ),
        (
            "GET",
            "/api/v1/editions/{year}/{list}",
            Public,
            "/api/v1/editions/2020/nominees",
        ),
        // Whose submission or story it is, the service decides (others are told it does not
        // exist).
        (
            "POST",
            "/submissions/{id}/picture",
            SignedIn,
            "/submissions/{s}/picture",
        ),
        (
            "POST",
            "/stories/{id}/picture",
            SignedIn,
            "/stories/{s}/picture",
        ),
        (
            "POST",
            "/admin/screening/{id}/picture",
            Secretariat,
            "/admin/screening/{s}/picture",
        ),
    ]
}

/// Calls a plain route as its page would; a signed-out visitor sent to sign in counts as
/// refused (401).
async fn probe(browser: &TestApp, method: &str, path: &str) -> (StatusCode, String) {
    let url = browser.url(path);
    let req = match method {
        "GET" => browser.client.get(url),
        _ if path.ends_with("/picture") => {
            let part =
                reqwest::multipart::Part::bytes(crate::pictures::encoded(image::ImageFormat::Png))
                    .file_name("probe.png");
            browser.client.post(url).multipart(
                reqwest::multipart::Form::new()
                    .part("picture", part)
                    .text("reason", "Probe"),
            )
        }
        _ => browser.client.post(url).form(&[
            ("what", "submissions"),
            ("format", "csv"),
            ("reason", "Probe"),
        ]),
    };
    let res = req
        .header("accept", "text/html")
        .send()
        .await
        .expect("an answer");
    let status = res.status();
    let to_sign_in = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|l| l.starts_with("/login"));
    let body = res.text().await.unwrap_or_default();
    if status.is_redirection() && to_sign_in {
        (StatusCode::UNAUTHORIZED, body)
    } else {
        (status, body)
    }
}

fn fill(text: &str, w: &World) -> String {
    text.replace("{a}", &w.assignment)
        .replace("{s}", &w.submission)
}

#[tokio::test]
async fn every_server_function_and_page_admits_only_its_roles_and_an_expert_reads_nothing_hidden() {
    let w = world().await;

    // Every registered server function is classified, and nothing is classified that is gone.
    let registered: BTreeSet<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.trim_start_matches("/api/").to_owned())
        .collect();
    let classified: BTreeSet<String> = server_functions()
        .iter()
        .map(|(p, _, _)| (*p).to_owned())
        .collect();
    let unclassified: Vec<_> = registered.difference(&classified).collect();
    assert!(
        unclassified.is_empty(),
        "server functions without a class: {unclassified:?}"
    );
    let gone: Vec<_> = classified.difference(&registered).collect();
    assert!(gone.is_empty(), "classified but not registered: {gone:?}");

    // Every page route is classified too.
    let routes: BTreeSet<String> = server::routes::route_list()
        .iter()
        // Axum writes parameters as `{code}`; the table, as the routes are declared (`:code`).
        .map(|r| r.path().replace('{', ":").replace('}', ""))
        .collect();
    let listed: BTreeSet<String> = pages().iter().map(|(p, _, _)| (*p).to_owned()).collect();
    let unlisted: Vec<_> = routes.difference(&listed).collect();
    assert!(unlisted.is_empty(), "pages without a class: {unlisted:?}");

    // And every plain route of the router: files, uploads, downloads.
    let plain: BTreeSet<(&str, &str)> = server::routes::plain_route_list().into_iter().collect();
    let classified: BTreeSet<(&str, &str)> =
        plain_routes().iter().map(|(m, p, _, _)| (*m, *p)).collect();
    assert_eq!(
        plain.difference(&classified).collect::<Vec<_>>(),
        Vec::<&(&str, &str)>::new(),
        "plain routes without a class"
    );
    assert_eq!(
        classified.difference(&plain).collect::<Vec<_>>(),
        Vec::<&(&str, &str)>::new(),
        "classified but not routed"
    );

    let mut failures = Vec::new();
    for (who, browser) in &w.people {
        for (path, class, args) in server_functions() {
            let args: Vec<(String, String)> = args
                .iter()
                .map(|(k, v)| ((*k).to_owned(), fill(v, &w)))
                .collect();
            let pairs: Vec<(&str, &str)> =
                args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let res = browser.call_path(path, &pairs).await;
            let status = res.status();
            let body = res.text().await.unwrap_or_default();
            check(&mut failures, *who, class, path, status, &body);
        }
        // The session ended with the last call: sign in again for the pages.
        relogin(&w, *who, browser).await;
        for (route, class, path) in pages() {
            let (status, body) = browser.get_page(&fill(path, &w)).await;
            let status = match status {
                // A page sends a signed-out visitor to sign in.
                StatusCode::FOUND if *who == Who::Anonymous => StatusCode::UNAUTHORIZED,
                other => other,
            };
            check(&mut failures, *who, class, route, status, &body);
        }
        for (method, route, class, path) in plain_routes() {
            let (status, body) = probe(browser, method, &fill(path, &w)).await;
            check(&mut failures, *who, class, route, status, &body);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    drop(w.app);
}

fn check(
    failures: &mut Vec<String>,
    who: Who,
    class: Class,
    what: &str,
    status: StatusCode,
    body: &str,
) {
    if status.is_server_error() {
        failures.push(format!("{who:?} {what}: {status}"));
    }
    if class.admits(who) {
        if status == StatusCode::FORBIDDEN
            || (status == StatusCode::UNAUTHORIZED && class != Class::Public)
        {
            failures.push(format!(
                "{who:?} {what}: refused ({status}) though admitted"
            ));
        }
    } else {
        let expected = if who == Who::Anonymous {
            StatusCode::UNAUTHORIZED
        } else {
            StatusCode::FORBIDDEN
        };
        if status != expected {
            failures.push(format!("{who:?} {what}: {status}, expected {expected}"));
        }
    }
    if who == Who::Expert && (body.contains(OWNER) || body.contains(SECRET)) {
        failures.push(format!("{who:?} {what}: read what is hidden from experts"));
    }
}

async fn relogin(w: &World, who: Who, browser: &TestApp) {
    let email = match who {
        Who::Anonymous => return,
        Who::Account => "someone@public.example",
        Who::Expert => "ben@experts.example",
        Who::Secretariat => "secretariat@itu.example",
    };
    let res = browser.login(email, crate::support::PASSWORD).await;
    assert_eq!(res.status(), StatusCode::OK, "{who:?} signs in again");
    let _ = &w.app;
}
