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

use reqwest::StatusCode;

use crate::{
    helpers::{TestApp, other_person, spawn_app},
    review::{add_to_category, again, eligible, expert, open_shortlisting},
};

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
    vec![
        ("accounts/get-me", Public, vec![]),
        ("accounts/list-countries", Public, vec![]),
        (
            "accounts/register-account",
            Public,
            [
                vec![("email", "not an address"), ("password", "x")],
                profile.clone(),
            ]
            .concat(),
        ),
        ("accounts/confirm-email", SignedIn, vec![("token", "00")]),
        ("accounts/resend-confirmation", SignedIn, vec![]),
        (
            "accounts/login",
            Public,
            vec![
                ("email", "nobody@nowhere.example"),
                ("password", "wrong"),
                ("next", "/"),
            ],
        ),
        (
            "accounts/request-password-reset",
            Public,
            vec![("email", "not an address")],
        ),
        (
            "accounts/reset-password",
            Public,
            vec![("token", "00"), ("password", "x")],
        ),
        (
            "accounts/change-password",
            SignedIn,
            vec![("current_password", "wrong"), ("new_password", "x")],
        ),
        ("accounts/get-profile", SignedIn, vec![]),
        (
            "accounts/update-profile",
            SignedIn,
            [profile.clone(), vec![("locale", "xx")]].concat(),
        ),
        (
            "admin/list-accounts",
            Secretariat,
            vec![("query", ""), ("page", "0")],
        ),
        (
            "admin/manage-account",
            Secretariat,
            vec![
                ("account_id", "999999"),
                ("op", "disable"),
                ("reason", ""),
                ("back", "/"),
            ],
        ),
        ("admin/list-captured-mail", Secretariat, vec![]),
        ("admin/get-audit-log", Secretariat, vec![]),
        ("editions/get-categories-admin", Secretariat, vec![]),
        ("editions/get-current-edition", Public, vec![]),
        (
            "editions/get-category-detail",
            Public,
            vec![("code", "C7.4")],
        ),
        ("editions/get-calendar-form", Secretariat, vec![]),
        (
            "editions/update-calendar",
            Secretariat,
            vec![
                ("edition_id", "999999"),
                ("title", ""),
                ("time_zone", "UTC"),
                ("submission_opens", ""),
                ("submission_closes", ""),
                ("screening_opens", ""),
                ("screening_closes", ""),
                ("voting_opens", ""),
                ("voting_closes", ""),
                ("selection_opens", ""),
                ("selection_closes", ""),
                ("publication_opens", ""),
                ("publication_closes", ""),
                ("reason", ""),
            ],
        ),
        (
            "editions/save-category",
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
        ("nominations/list-my-submissions", SignedIn, vec![]),
        (
            "nominations/create-submission",
            SignedIn,
            vec![("category", "NOPE")],
        ),
        ("nominations/get-submission", SignedIn, vec![("id", "{s}")]),
        (
            "nominations/submit-submission",
            SignedIn,
            vec![("id", "{s}")],
        ),
        (
            "nominations/get-screening-queue",
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
            "nominations/get-submission-for-screening",
            Secretariat,
            vec![("id", "{s}")],
        ),
        (
            "nominations/decide-submission",
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
            "nominations/invite-co-owner",
            SignedIn,
            vec![("id", "{s}"), ("email", "someone@else.example")],
        ),
        (
            "nominations/remove-co-owner",
            SignedIn,
            vec![("id", "{s}"), ("account_id", "999999")],
        ),
        (
            "nominations/accept-invitation",
            SignedIn,
            vec![("token", "00")],
        ),
        (
            "nominations/revoke-invitation",
            SignedIn,
            vec![("id", "{s}"), ("email", "someone@else.example")],
        ),
        ("nominations/delete-draft", SignedIn, vec![("id", "{s}")]),
        (
            "nominations/withdraw-submission",
            SignedIn,
            vec![("id", "{s}"), ("reason", "")],
        ),
        (
            "nominations/get-drafts-overview",
            Secretariat,
            vec![("organisation", "x")],
        ),
        (
            "nominations/import-past-winners",
            Secretariat,
            vec![("csv", "")],
        ),
        (
            "nominations/list-organisations",
            Secretariat,
            vec![("query", "")],
        ),
        (
            "nominations/merge-organisations",
            Secretariat,
            vec![("from", "999998"), ("into", "999999"), ("reason", "")],
        ),
        (
            "nominations/dismiss-flag",
            Secretariat,
            vec![("id", "999999"), ("flag", "999999"), ("reason", "")],
        ),
        (
            "nominations/save-submission",
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
        ("review/my-reviews", Expert, vec![]),
        ("voting/ballot", SignedIn, vec![]),
        ("voting/overview", Secretariat, vec![]),
        (
            "voting/check-receipt",
            Public,
            vec![("receipt", "0123456789abcdef0123456789abcdef")],
        ),
        ("voting/results-final", Secretariat, vec![]),
        ("voting/results", Public, vec![("edition", "")]),
        ("gallery/project", Public, vec![("id", "{s}")]),
        ("gallery/search", Public, vec![("q", "")]),
        ("statistics/edition", Public, vec![("edition", "")]),
        ("stories/story", SignedIn, vec![("id", "{s}")]),
        (
            "stories/save",
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
            "stories/ask-changes",
            Secretariat,
            vec![("id", "{s}"), ("message", "Probe.")],
        ),
        ("stories/approve", Secretariat, vec![("id", "{s}")]),
        ("stories/overview", Secretariat, vec![("edition", "")]),
        (
            "stories/invite",
            Secretariat,
            vec![("edition", ""), ("deadline", "")],
        ),
        ("stories/book", Public, vec![("edition", "")]),
        ("voting/flags", Secretariat, vec![]),
        ("voting/sweep", Secretariat, vec![]),
        (
            "voting/decide-flag",
            Secretariat,
            vec![
                ("flag_id", "1"),
                ("decision", "release"),
                ("reason", "Probe."),
            ],
        ),
        (
            "voting/add-disposable-domain",
            Secretariat,
            vec![("domain", "probe.example")],
        ),
        (
            "voting/cast",
            SignedIn,
            vec![("category", "C7.4"), ("nominee", "{s}")],
        ),
        ("review/score-sheet", Expert, vec![("assignment_id", "{a}")]),
        (
            "review/submit-review",
            Expert,
            vec![
                ("assignment_id", "{a}"),
                ("scores[relevance]", "1"),
                ("comment", "probe"),
            ],
        ),
        (
            "review/declare-conflict",
            Expert,
            vec![("assignment_id", "{a}"), ("note", "")],
        ),
        ("review/my-ties", Expert, vec![]),
        (
            "review/save-ties",
            Expert,
            vec![("organisations", ""), ("countries", ""), ("other", "")],
        ),
        ("review/accept-invitation", SignedIn, vec![("token", "00")]),
        (
            "review/join-new-expert",
            Public,
            [vec![("token", "00"), ("password", "x")], profile.clone()].concat(),
        ),
        (
            "review/invite-expert",
            Secretariat,
            vec![("email", "not an address")],
        ),
        (
            "review/add-round-expert",
            Secretariat,
            vec![
                ("round", "shortlisting"),
                ("email", "nobody@nowhere.example"),
                ("category", "C7.4"),
            ],
        ),
        (
            "review/run-assignment",
            Secretariat,
            vec![("round", "selection")],
        ),
        (
            "review/assign-by-hand",
            Secretariat,
            vec![
                ("round", "shortlisting"),
                ("submission_id", "999999"),
                ("expert_id", "999999"),
                ("reason", ""),
            ],
        ),
        (
            "review/remove-assignment",
            Secretariat,
            vec![
                ("round", "shortlisting"),
                ("assignment_id", "999999"),
                ("reason", ""),
            ],
        ),
        (
            "review/category-ranking",
            Secretariat,
            vec![("round", "shortlisting"), ("category", "C7.4")],
        ),
        (
            "review/confirm-nominees",
            Secretariat,
            vec![("category", "NOPE"), ("reason", "")],
        ),
        ("review/round", Secretariat, vec![("round", "shortlisting")]),
        ("review/draws", Public, vec![]),
        (
            "review/final-ranking",
            Secretariat,
            vec![("category", "C7.4")],
        ),
        (
            "review/decide-award",
            Secretariat,
            vec![
                ("category", "C7.4"),
                ("submission_id", "{s}"),
                ("kind", "winner"),
                ("reason", ""),
            ],
        ),
        (
            "review/save-round",
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
        ("accounts/logout", Public, vec![]),
    ]
}

/// Every page route, classified, with a concrete path to visit.
fn pages() -> Vec<(&'static str, Class, &'static str)> {
    use Class::*;
    vec![
        ("/", Public, "/"),
        ("/categories/:code", Public, "/categories/C7.4"),
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
        ("/admin/registry", Secretariat, "/admin/registry"),
        ("/admin/accounts", Secretariat, "/admin/accounts"),
        ("/admin/edition", Secretariat, "/admin/edition"),
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
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    app.allow_screening_during_submission().await;
    let submission = eligible(&app, OWNER, "C7.4", "Matrix project", "Matrix Org").await;
    let ana = expert(&app, "ana@experts.example").await;
    let ben = expert(&app, "ben@experts.example").await;
    add_to_category(&app, "ana@experts.example", "C7.4").await;
    add_to_category(&app, "ben@experts.example", "C7.4").await;
    let res = app
        .call("review/run-assignment", &[("round", "shortlisting")])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    open_shortlisting(&app).await;
    again(&app, "secretariat@itu.example").await;
    again(&ana, "ana@experts.example").await;
    again(&ben, "ben@experts.example").await;
    let mine: app::review::MyReviews = ana.call_ok("review/my-reviews", &[]).await;
    let assignment = mine.entries[0].assignment_id.to_string();
    let mut form = vec![("assignment_id", assignment.as_str()), ("comment", SECRET)];
    let codes = [
        "scores[relevance]",
        "scores[impact]",
        "scores[empowerment]",
        "scores[sdgs]",
        "scores[replicability]",
        "scores[sustainability]",
        "scores[partnerships]",
        "scores[values]",
    ];
    form.extend(codes.iter().map(|c| (*c, "7.5")));
    let res = ana.call("review/submit-review", &form).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
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
            .login("secretariat@itu.example", crate::helpers::PASSWORD)
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

    let mut failures = Vec::new();
    for (who, browser) in &w.people {
        for (path, class, args) in server_functions() {
            let args: Vec<(String, String)> = args
                .iter()
                .map(|(k, v)| ((*k).to_owned(), fill(v, &w)))
                .collect();
            let pairs: Vec<(&str, &str)> =
                args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let res = browser.call(path, &pairs).await;
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
    let res = browser.login(email, crate::helpers::PASSWORD).await;
    assert_eq!(res.status(), StatusCode::OK, "{who:?} signs in again");
    let _ = &w.app;
}
