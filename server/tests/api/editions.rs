use app::{
    catalogue::{EditionOverview, GetCategoryDetail, GetCurrentEdition},
    codes::PhaseKind,
    editions::{
        CalendarForm, CategoryAdmin, GetCalendarForm, GetCategoriesAdmin, SaveCategory,
        UpdateCalendar,
    },
    phases::PhaseState,
};
use reqwest::StatusCode;

use crate::support::{TestApp, spawn_app};

/// A calendar form with every phase shifted so that `open` is the phase open now.
fn calendar_around_now(
    app: &TestApp,
    edition_id: i64,
    open: PhaseKind,
    reason: &str,
) -> Vec<(String, String)> {
    use jiff::{Timestamp, tz::TimeZone};
    let tz = TimeZone::get("Europe/Zurich").unwrap_or(TimeZone::UTC);
    let now = app.ctx.clock.now();
    let day = 86_400;
    let index = PhaseKind::ALL.iter().position(|k| *k == open).unwrap_or(0) as i64;
    let mut start = now - day - index * 10 * day;
    let fmt = |at: i64| {
        Timestamp::from_second(at)
            .map(|t| {
                t.to_zoned_datetime(tz.clone())
                    .strftime("%Y-%m-%dT%H:%M")
                    .to_string()
            })
            .expect("a local time")
    };
    let mut form = vec![
        ("edition_id".to_owned(), edition_id.to_string()),
        ("title".to_owned(), "WSIS Prizes test edition".to_owned()),
        ("time_zone".to_owned(), "Europe/Zurich".to_owned()),
        ("reason".to_owned(), reason.to_owned()),
    ];
    for kind in PhaseKind::ALL {
        let end = start + 10 * day;
        form.push((format!("{}_opens", kind.code()), fmt(start)));
        form.push((format!("{}_closes", kind.code()), fmt(end)));
        start = end;
    }
    form
}

async fn edition_id(app: &TestApp) -> i64 {
    let form: CalendarForm = app.call_ok::<GetCalendarForm>(&[]).await;
    form.edition_id
}

/// The current edition, as the home page reads it.
async fn current_edition(app: &TestApp) -> EditionOverview {
    let overview: Option<EditionOverview> = app.call_ok::<GetCurrentEdition>(&[]).await;
    overview.expect("a current edition")
}

async fn post_calendar(app: &TestApp, form: &[(String, String)]) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.call::<UpdateCalendar>(&pairs).await
}

#[tokio::test]
async fn the_first_start_seeds_an_edition_with_18_categories_and_submission_open() {
    let app = spawn_app().await;
    let overview = current_edition(&app).await;
    assert_eq!(overview.categories.len(), 18);
    assert_eq!(overview.categories[9].code, "C7.4");
    assert_eq!(overview.categories[0].nominees, 20);
    assert!(matches!(
        overview.standing.state,
        PhaseState::Open {
            kind: PhaseKind::Submission,
            ..
        }
    ));

    let (status, html) = app.get_page("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("ICT applications: E-health"));
    assert!(html.contains("Submission of projects is open until"));
}

#[tokio::test]
async fn pages_come_in_the_visitors_language_and_arabic_is_right_to_left() {
    let app = spawn_app().await;
    let fr = app
        .client
        .get(app.url("/"))
        .header("accept-language", "fr-CH,fr;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let html = fr.text().await.expect("a response body");
    assert!(
        html.contains("<html lang=\"fr\" dir=\"ltr\""),
        "{}",
        &html[..200.min(html.len())]
    );
    assert!(html.contains("Soumission des projets : ouverte jusqu"));
    assert!(html.contains("Applications TIC"));

    // The switcher sets a cookie that wins over Accept-Language.
    let res = app
        .client
        .get(app.url("/lang/ar?next=/categories/C5"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/categories/C5")
    );
    let ar = app
        .client
        .get(app.url("/categories/C5"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let html = ar.text().await.expect("a response body");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\""));
    // An outside address is never a redirect target.
    let res = app
        .client
        .get(app.url("/lang/fr?next=//evil.example"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/")
    );
}

#[tokio::test]
async fn an_unknown_category_or_page_is_a_404_page() {
    let app = spawn_app().await;
    let (_, html) = app.get_page("/categories/C99").await;
    assert!(html.contains("This page does not exist."));
    let (status, html) = app.get_page("/no/such/page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("This page does not exist."));
    let res = app.call::<GetCategoryDetail>(&[("code", "C99")]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn only_the_secretariat_sees_and_changes_the_calendar() {
    let app = spawn_app().await;
    assert_eq!(
        app.call::<GetCalendarForm>(&[]).await.status(),
        StatusCode::UNAUTHORIZED
    );
    app.signed_in_account("nobody@example.org").await;
    assert_eq!(
        app.call::<GetCalendarForm>(&[]).await.status(),
        StatusCode::FORBIDDEN
    );
    let res = app
        .call::<UpdateCalendar>(&[("edition_id", "1"), ("title", "x"), ("time_zone", "UTC")])
        .await;
    assert!(res.status().is_client_error());
}

#[tokio::test]
async fn the_secretariat_opens_the_vote_and_the_home_page_and_phase_checks_follow() {
    let app = spawn_app().await;
    app.signed_in_secretariat("calendar@itu.example").await;
    let id = edition_id(&app).await;

    // Moving the submission phase, which has opened, needs a reason.
    let form = calendar_around_now(&app, id, PhaseKind::Voting, "");
    let res = post_calendar(&app, &form).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("calendar-reason-required")
    );

    let form = calendar_around_now(
        &app,
        id,
        PhaseKind::Voting,
        "Voting brought forward by decision of the secretariat",
    );
    assert_eq!(post_calendar(&app, &form).await.status(), StatusCode::OK);

    let overview = current_edition(&app).await;
    assert!(matches!(
        overview.standing.state,
        PhaseState::Open {
            kind: PhaseKind::Voting,
            ..
        }
    ));
    let (_, html) = app.get_page("/").await;
    assert!(html.contains("Public online voting is open until"));

    assert!(
        app::catalogue::require_open(&app.ctx, PhaseKind::Voting)
            .await
            .is_ok()
    );
    assert!(matches!(
        app::catalogue::require_open(&app.ctx, PhaseKind::Submission).await,
        Err(app::error::DomainError::PhaseClosed(_))
    ));

    let log = app.audit_log().await;
    assert_eq!(log.rows[0].action, "edition.calendar.update");
    assert_eq!(
        log.rows[0].reason.as_deref(),
        Some("Voting brought forward by decision of the secretariat")
    );
}

#[tokio::test]
async fn a_calendar_with_overlaps_bad_dates_or_an_unknown_zone_is_refused_whole() {
    let app = spawn_app().await;
    app.signed_in_secretariat("calendar2@itu.example").await;
    let id = edition_id(&app).await;
    let before: CalendarForm = app.call_ok::<GetCalendarForm>(&[]).await;

    let mut form = calendar_around_now(&app, id, PhaseKind::Submission, "fix");
    let voting_opens = form
        .iter()
        .position(|(k, _)| k == "voting_opens")
        .unwrap_or(0);
    let screening_opens = form
        .iter()
        .find(|(k, _)| k == "screening_opens")
        .map(|(_, v)| v.clone())
        .expect("the screening opening in the form");
    form[voting_opens].1 = screening_opens;
    let res = post_calendar(&app, &form).await;
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("calendar-overlap")
    );

    let mut form = calendar_around_now(&app, id, PhaseKind::Submission, "fix");
    let i = form
        .iter()
        .position(|(k, _)| k == "selection_closes")
        .unwrap_or(0);
    form[i].1 = "2027-02-30T10:00".into();
    let j = form.iter().position(|(k, _)| k == "time_zone").unwrap_or(0);
    form[j].1 = "Mars/Olympus_Mons".into();
    let body = post_calendar(&app, &form)
        .await
        .text()
        .await
        .expect("a response body");
    assert!(
        body.contains("calendar-date-invalid") || body.contains("calendar-time-zone-unknown"),
        "{body}"
    );

    let after: CalendarForm = app.call_ok::<GetCalendarForm>(&[]).await;
    assert_eq!(before, after, "nothing was saved");
}

pub(crate) fn category_form<'a>(
    edition: &'a str,
    id: &'a str,
    code: &'a str,
    winners: &'a str,
    reason: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("edition_id", edition),
        ("category_id", id),
        ("code", code),
        ("number", "19"),
        ("nominees", "10"),
        ("champions", "3"),
        ("winners", winners),
        ("is_special", "on"),
        ("title_en", "Special Recognition <for> excellence"),
        (
            "description_en",
            "Projects of exceptional merit beyond the action lines.",
        ),
        ("title_fr", "Mention spéciale"),
        ("description_fr", ""),
        ("reason", reason),
    ]
}

#[tokio::test]
async fn the_secretariat_adds_a_special_prize_with_two_winners_once_submission_is_open_with_a_reason()
 {
    let app = spawn_app().await;
    app.signed_in_secretariat("prizes@itu.example").await;
    let admin: CategoryAdmin = app.call_ok::<GetCategoriesAdmin>(&[]).await;
    assert!(admin.submission_opened);
    assert_eq!(admin.rows.len(), 18);
    let edition = admin.edition_id.to_string();

    // Submission has opened: no change without a reason.
    let res = app
        .call::<SaveCategory>(&category_form(&edition, "0", "SR", "2", ""))
        .await;
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("category-reason-required")
    );
    let res = app
        .call::<SaveCategory>(&category_form(&edition, "0", "SR", "4", "x"))
        .await;
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("category-winners-over-champions")
    );
    let res = app
        .call::<SaveCategory>(&category_form(&edition, "0", "C5", "2", "x"))
        .await;
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("category-code-taken")
    );

    let res = app
        .call::<SaveCategory>(&category_form(
            &edition,
            "0",
            "SR",
            "2",
            "Council decision: a special recognition this year",
        ))
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    let cats = current_edition(&app).await.categories;
    assert_eq!(cats.len(), 19);
    let sr = cats
        .iter()
        .find(|c| c.code == "SR")
        .cloned()
        .expect("the special prize");
    assert_eq!((sr.winners, sr.is_special), (2, true));

    let (_, html) = app.get_page("/categories/SR").await;
    assert!(
        html.contains("Special Recognition &lt;for&gt; excellence"),
        "typed markup is escaped"
    );
    let fr = app
        .client
        .get(app.url("/categories/SR"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let html = fr.text().await.expect("a response body");
    assert!(html.contains("Mention spéciale"));
    assert!(
        html.contains("Projects of exceptional merit"),
        "an untranslated description falls back to English"
    );

    let log = app.audit_log().await;
    assert_eq!(log.rows[0].action, "edition.category.create");
    assert_eq!(
        log.rows[0].reason.as_deref(),
        Some("Council decision: a special recognition this year")
    );
}

#[tokio::test]
async fn only_the_secretariat_changes_categories() {
    let app = spawn_app().await;
    app.signed_in_account("curious@example.org").await;
    assert_eq!(
        app.call::<GetCategoriesAdmin>(&[]).await.status(),
        StatusCode::FORBIDDEN
    );
    let res = app
        .call::<SaveCategory>(&category_form("1", "0", "SR", "1", "because"))
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}
