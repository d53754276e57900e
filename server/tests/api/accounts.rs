use std::time::Instant;

use app::{
    accounts::{
        ChangePassword, ConfirmEmail, GetMe, GetProfile, Login, Logout, RegisterAccount,
        RequestPasswordReset, ResetPassword, UpdateProfile,
    },
    admin::ManageAccount,
    limits::Quotas,
};
use reqwest::StatusCode;

use crate::support::{Options, PASSWORD, TestApp, account_id, spawn_app, spawn_app_with};

#[tokio::test]
async fn a_newcomer_registers_confirms_and_signs_in() {
    let app = spawn_app().await;
    let res = app.register_account("amina@example.org").await;
    assert_eq!(res.status(), StatusCode::OK);

    let mail = app.last_mail_to("amina@example.org").await;
    assert_eq!(mail.status.code(), "captured");
    assert!(
        mail.body_text.contains("http://wsis.test/confirm?token="),
        "{}",
        mail.body_text
    );

    // Signed in but unconfirmed: the session says so.
    assert_eq!(
        app.login("amina@example.org", PASSWORD).await.status(),
        StatusCode::OK
    );
    assert!(!app.get_me().await.expect("signed in").email_confirmed);

    let token = app.token_from_mail("amina@example.org").await;
    assert_eq!(
        app.call::<ConfirmEmail>(&[("token", &token)])
            .await
            .status(),
        StatusCode::OK
    );
    assert!(app.get_me().await.expect("signed in").email_confirmed);
    assert_eq!(app.get_me().await.expect("signed in").name, "Amina Diallo");
}

#[tokio::test]
async fn a_confirmation_link_works_once() {
    let app = spawn_app().await;
    app.register_account("once@example.org").await;
    let token = app.token_from_mail("once@example.org").await;
    app.login("once@example.org", PASSWORD).await;
    assert_eq!(
        app.call::<ConfirmEmail>(&[("token", &token)])
            .await
            .status(),
        StatusCode::OK
    );
    let again = app.call::<ConfirmEmail>(&[("token", &token)]).await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again
            .text()
            .await
            .expect("a response body")
            .contains("link-used")
    );
    let forged = app
        .call::<ConfirmEmail>(&[("token", &"ab".repeat(32))])
        .await;
    assert!(
        forged
            .text()
            .await
            .expect("a response body")
            .contains("link-invalid")
    );
}

#[tokio::test]
async fn a_confirmation_link_expires_after_48_hours() {
    let app = spawn_app().await;
    app.register_account("late@example.org").await;
    let token = app.token_from_mail("late@example.org").await;
    app.ctx.clock.advance(48 * 3600 + 1);
    app.login("late@example.org", PASSWORD).await;
    let res = app.call::<ConfirmEmail>(&[("token", &token)]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("link-expired")
    );
}

#[tokio::test]
async fn registration_reports_every_bad_field_and_creates_nothing() {
    let app = spawn_app().await;
    let res = app
        .call::<RegisterAccount>(&[
            ("email", "not-an-address"),
            ("password", "short"),
            ("name", ""),
            ("organisation", "Org"),
            ("country", "ZZ"),
            ("stakeholder_type", "pirates"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("a response body");
    for key in [
        "email-invalid",
        "password-too-short",
        "name-required",
        "country-required",
        "stakeholder-type-required",
    ] {
        assert!(body.contains(key), "{key} missing in {body}");
    }
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        app::entity::account::Entity::find()
            .count(&app.ctx.db)
            .await
            .unwrap_or(99),
        0
    );
}

#[tokio::test]
async fn a_common_password_is_refused() {
    let app = spawn_app().await;
    for weak in ["password1234", "qwertyuiop123", "123456789012"] {
        let res = app
            .call::<RegisterAccount>(&[
                ("email", "weak@example.org"),
                ("password", weak),
                ("name", "Weak"),
                ("organisation", "Org"),
                ("country", "FR"),
                ("stakeholder_type", "academia"),
            ])
            .await;
        assert!(
            res.text()
                .await
                .expect("a response body")
                .contains("password-too-common"),
            "{weak} was accepted"
        );
    }
}

#[tokio::test]
async fn registering_a_known_address_answers_like_a_new_one_and_mails_its_owner_instead() {
    let app = spawn_app().await;
    let first = app.register_account("dup@example.org").await;
    assert_eq!(first.status(), StatusCode::OK);
    let first_body = first.text().await.expect("a response body");
    let original_hash = account_hash(&app, "dup@example.org").await;

    // The same address, whatever its case, with another password: the same answer.
    let res = app
        .call::<RegisterAccount>(&[
            ("email", "  DUP@Example.org "),
            ("password", "an attacker's own long phrase 42"),
            ("name", "Someone Else"),
            ("organisation", "Elsewhere"),
            ("country", "FR"),
            ("stakeholder_type", "business_sector"),
            ("consent", "yes"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.text().await.expect("a response body"), first_body);

    // No second account, the password unchanged, and the owner is told.
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        app::entity::account::Entity::find()
            .count(&app.ctx.db)
            .await
            .unwrap_or(99),
        1
    );
    assert_eq!(account_hash(&app, "dup@example.org").await, original_hash);
    let mail = app.last_mail_to("dup@example.org").await;
    assert_eq!(mail.kind.code(), "register_attempt");
    assert!(
        mail.body_text.contains("http://wsis.test/forgot"),
        "{}",
        mail.body_text
    );
    assert!(!mail.body_text.contains("token="));
}

async fn account_hash(app: &TestApp, email: &str) -> String {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    app::entity::account::Entity::find()
        .filter(app::entity::account::Column::Email.eq(email))
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .map(|a| a.password_hash)
        .unwrap_or_else(|| panic!("no account {email}"))
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer_and_both_hash() {
    let app = spawn_app().await;
    app.register_account("known@example.org").await;
    // Warm up the dummy hash so that its one-off creation is not timed.
    app.login("nobody@example.org", "whatever it is here").await;

    let started = Instant::now();
    let wrong = app
        .login("known@example.org", "not the right password")
        .await;
    let wrong_time = started.elapsed();
    let started = Instant::now();
    let unknown = app
        .login("nobody@example.org", "not the right password")
        .await;
    let unknown_time = started.elapsed();

    assert_eq!(wrong.status(), unknown.status());
    let (a, b) = (
        wrong.text().await.expect("a response body"),
        unknown.text().await.expect("a response body"),
    );
    assert_eq!(a, b);
    assert!(a.contains("credentials-wrong"));
    // Both paths verify an argon2 hash (tens of milliseconds); an unknown address must not
    // answer in a fraction of that time.
    assert!(
        unknown_time.as_secs_f64() > wrong_time.as_secs_f64() / 3.0,
        "unknown {unknown_time:?} vs wrong {wrong_time:?}"
    );
}

#[tokio::test]
async fn a_tampered_or_foreign_token_is_not_a_session() {
    let app = spawn_app().await;
    app.signed_in_account("tamper@example.org").await;
    assert_eq!(
        app.get_me().await.expect("signed in").email,
        "tamper@example.org"
    );

    let raw = app
        .ctx
        .keys
        .issue(1, 0, app.ctx.clock.now(), 600)
        .expect("a signed token");
    let mut tampered = raw.clone();
    let last = tampered
        .pop()
        .map(|c| if c == 'A' { 'B' } else { 'A' })
        .unwrap_or('A');
    tampered.push(last);
    let foreign = app::auth::jwt::JwtKeys::new(&secrecy::SecretString::from(
        "another secret that is long enough!!".to_owned(),
    ))
    .issue(1, 0, app.ctx.clock.now(), 600)
    .expect("a signed token");
    for token in [tampered, foreign, "not.a.jwt".to_owned()] {
        let res = reqwest::Client::new()
            .post(app.url_of::<GetMe>())
            .header("cookie", format!("wsis_session={token}"))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.text().await.expect("a response body"), "null");
    }
}

#[tokio::test]
async fn an_expired_token_is_not_a_session() {
    let app = spawn_app().await;
    app.signed_in_account("expired@example.org").await;
    app.ctx.clock.advance(3601);
    assert!(app.get_me().await.is_none());
}

#[tokio::test]
async fn logging_out_revokes_every_token_of_the_account_at_once() {
    let app = spawn_app().await;
    app.signed_in_account("revoke@example.org").await;
    // A second browser signed in to the same account.
    let other = reqwest::Client::builder()
        .cookie_store(true)
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("an HTTP client");
    other
        .post(app.url_of::<Login>())
        .form(&[
            ("email", "revoke@example.org"),
            ("password", PASSWORD),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let who = |c: reqwest::Client| {
        let url = app.url_of::<GetMe>();
        async move {
            c.post(url)
                .send()
                .await
                .ok()
                .map(|r| r.text())
                .unwrap_or_else(|| panic!())
                .await
                .expect("a response body")
        }
    };
    assert!(who(other.clone()).await.contains("revoke@example.org"));
    assert_eq!(app.call::<Logout>(&[]).await.status(), StatusCode::OK);
    assert!(app.get_me().await.is_none());
    assert_eq!(who(other).await, "null");
}

#[tokio::test]
async fn changing_the_password_keeps_this_session_and_ends_the_others() {
    let app = spawn_app().await;
    app.signed_in_account("change@example.org").await;
    let other = reqwest::Client::builder()
        .cookie_store(true)
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("an HTTP client");
    other
        .post(app.url_of::<Login>())
        .form(&[
            ("email", "change@example.org"),
            ("password", PASSWORD),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    let wrong = app
        .call::<ChangePassword>(&[
            ("current_password", "wrong one entirely"),
            ("new_password", "emerald kettle sonata 42"),
        ])
        .await;
    assert!(
        wrong
            .text()
            .await
            .expect("a response body")
            .contains("credentials-wrong")
    );

    let ok = app
        .call::<ChangePassword>(&[
            ("current_password", PASSWORD),
            ("new_password", "emerald kettle sonata 42"),
        ])
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    assert_eq!(
        app.get_me().await.expect("signed in").email,
        "change@example.org"
    );
    let other_who = other
        .post(app.url_of::<GetMe>())
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(other_who.text().await.expect("a response body"), "null");
    assert_eq!(
        app.login("change@example.org", "emerald kettle sonata 42")
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_password_reset_link_works_once_within_an_hour_and_unknown_addresses_look_the_same() {
    let app = spawn_app().await;
    app.register_account("reset@example.org").await;
    assert_eq!(
        app.call::<RequestPasswordReset>(&[("email", "reset@example.org")])
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.call::<RequestPasswordReset>(&[("email", "ghost@example.org")])
            .await
            .status(),
        StatusCode::OK
    );
    let token = app.token_from_mail("reset@example.org").await;

    let weak = app
        .call::<ResetPassword>(&[("token", &token), ("password", "password1234")])
        .await;
    assert!(
        weak.text()
            .await
            .expect("a response body")
            .contains("password-too-common")
    );
    let ok = app
        .call::<ResetPassword>(&[("token", &token), ("password", "copper meadow violin 55")])
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    let again = app
        .call::<ResetPassword>(&[("token", &token), ("password", "another fine phrase 77")])
        .await;
    assert!(
        again
            .text()
            .await
            .expect("a response body")
            .contains("link-used")
    );
    assert_eq!(
        app.login("reset@example.org", "copper meadow violin 55")
            .await
            .status(),
        StatusCode::OK
    );

    app.call::<RequestPasswordReset>(&[("email", "reset@example.org")])
        .await;
    let late = app.token_from_mail("reset@example.org").await;
    app.ctx.clock.advance(3601);
    let expired = app
        .call::<ResetPassword>(&[("token", &late), ("password", "copper meadow violin 66")])
        .await;
    assert!(
        expired
            .text()
            .await
            .expect("a response body")
            .contains("link-expired")
    );
}

#[tokio::test]
async fn login_is_rate_limited_per_account_with_retry_after() {
    let app = spawn_app_with(Options {
        quotas: Quotas {
            login_per_minute: 3,
            register_per_hour: 100,
            reset_per_hour: 100,
            ..Options::default().quotas
        },
        ..Options::default()
    })
    .await;
    app.register_account("limited@example.org").await;
    for _ in 0..3 {
        assert_eq!(
            app.login("limited@example.org", "wrong password here")
                .await
                .status(),
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    let res = app.login("limited@example.org", PASSWORD).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = res
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("a Retry-After header");
    assert!((1..=60).contains(&retry), "retry-after {retry}");
}

#[tokio::test]
async fn registration_is_rate_limited_per_address() {
    let app = spawn_app_with(Options {
        quotas: Quotas {
            login_per_minute: 100,
            register_per_hour: 2,
            reset_per_hour: 100,
            ..Options::default().quotas
        },
        ..Options::default()
    })
    .await;
    assert_eq!(
        app.register_account("r1@example.org").await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.register_account("r2@example.org").await.status(),
        StatusCode::OK
    );
    let res = app.register_account("r3@example.org").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().get("retry-after").is_some());
}

#[tokio::test]
async fn a_plain_form_post_that_fails_comes_back_with_the_values_and_the_message() {
    let app = spawn_app().await;
    let res = app
        .post_plain::<RegisterAccount>(
            &[
                ("email", "plain@example.org"),
                ("password", "tiny-pw"),
                ("name", "Plain <b>Form</b>"),
                ("organisation", "No Script Org"),
                ("country", "KE"),
                ("stakeholder_type", "civil_society"),
            ],
            "/register",
        )
        .await;
    // The form's page itself answers, 422, with what was typed and the messages: nothing
    // typed travels in an address (no redirect), and never the password.
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.headers().get("location").is_none());
    assert_eq!(
        res.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    let html = res.text().await.expect("a response body");
    assert!(html.contains("value=\"plain@example.org\""));
    assert!(
        html.contains("Plain &lt;b&gt;Form&lt;/b&gt;"),
        "typed markup is shown as text"
    );
    assert!(html.contains("Use at least 12 characters."));
    assert!(
        !html.contains("tiny-pw"),
        "the password must not travel back"
    );
}

#[tokio::test]
async fn a_plain_form_sign_in_sets_the_cookie_and_redirects() {
    let app = spawn_app().await;
    app.register_account("nojs@example.org").await;
    let res = app
        .post_plain::<Login>(
            &[
                ("email", "nojs@example.org"),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
            "/login",
        )
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/account")
    );
    let cookie = res
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("a Set-Cookie header")
        .to_owned();
    assert!(
        cookie.starts_with("wsis_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let (_, html) = app.get_page("/account").await;
    assert!(html.contains("nojs@example.org"));
}

#[tokio::test]
async fn a_state_changing_request_from_another_origin_is_refused() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url_of::<Login>())
        .header("origin", "https://evil.example")
        .form(&[
            ("email", "a@example.org"),
            ("password", PASSWORD),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_oversize_body_is_refused_cleanly() {
    let app = spawn_app().await;
    let huge = "x".repeat(200 * 1024);
    let res = app
        .call::<Login>(&[("email", &huge), ("password", "p"), ("next", "/")])
        .await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn malformed_server_function_input_is_a_client_error_not_a_crash() {
    let app = spawn_app().await;
    let res = app.call::<Login>(&[("email", "only-one-field")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    // The server still answers afterwards.
    assert_eq!(app.get_page("/").await.0, StatusCode::OK);
}

#[tokio::test]
async fn a_disabled_account_cannot_sign_in() {
    let app = spawn_app().await;
    app.register_account("off@example.org").await;
    let id = account_id(&app, "off@example.org").await;
    spawn_secretariat(&app).await;
    let res = app
        .call::<ManageAccount>(&[
            ("account_id", &id.to_string()),
            ("op", "disable"),
            ("reason", "spam"),
            ("back", "/"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    app.call::<Logout>(&[]).await;
    let res = app.login("off@example.org", PASSWORD).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("account-disabled")
    );
}

async fn spawn_secretariat(app: &TestApp) {
    app.signed_in_secretariat("secretariat@itu.example").await;
}

#[tokio::test]
async fn the_profile_is_edited_checked_and_shown_back() {
    let app = spawn_app().await;
    app.signed_in_account("profile@example.org").await;
    let res = app
        .call::<UpdateProfile>(&[
            ("name", "Amina D."),
            ("organisation", "Ministère du Numérique"),
            ("country", "FR"),
            ("stakeholder_type", "government"),
            ("locale", "fr"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let profile: serde_json::Value = app
        .call::<GetProfile>(&[])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(profile["profile"]["name"], "Amina D.");
    assert_eq!(profile["profile"]["organisation"], "Ministère du Numérique");
    assert_eq!(profile["profile"]["country"], "FR");
    assert_eq!(profile["region"], "Europe");
    assert_eq!(app.get_me().await.expect("signed in").name, "Amina D.");
    // A bad profile is refused whole, field by field, and nothing changes.
    let res = app
        .call::<UpdateProfile>(&[
            ("name", ""),
            ("organisation", "x"),
            ("country", "ZZ"),
            ("stakeholder_type", "pirates"),
            ("locale", "fr"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("a response body");
    for key in [
        "name-required",
        "country-required",
        "stakeholder-type-required",
    ] {
        assert!(body.contains(key), "{key} in {body}");
    }
    assert_eq!(app.get_me().await.expect("signed in").name, "Amina D.");
    // Without JavaScript: the page comes back with what was typed and the messages.
    let res = app
        .post_plain::<UpdateProfile>(
            &[
                ("name", "Amina <i>D</i>"),
                ("organisation", "Ministère"),
                ("country", "ZZ"),
                ("stakeholder_type", "government"),
                ("locale", "en"),
            ],
            "/account",
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.expect("a response body");
    assert!(
        html.contains("value=\"Amina &lt;i&gt;D&lt;/i&gt;\""),
        "typed, as text"
    );
}

#[tokio::test]
async fn password_reset_requests_are_rate_limited_per_address_and_per_account() {
    let app = spawn_app_with(Options {
        quotas: Quotas {
            reset_per_hour: 2,
            ..Options::default().quotas
        },
        trusted_proxies: vec![std::net::IpAddr::from([127, 0, 0, 1])],
        ..Options::default()
    })
    .await;
    app.register_account("forgetful@example.org").await;
    let from = |ip: &'static str, email: &'static str| {
        crate::support::client()
            .post(app.url_of::<RequestPasswordReset>())
            .header("x-forwarded-for", ip)
            .form(&[("email", email)])
            .send()
    };
    for _ in 0..2 {
        let res = from("198.51.100.1", "forgetful@example.org").await;
        assert_eq!(res.map(|r| r.status()).ok(), Some(StatusCode::OK));
    }
    // The same account from another address: its own bucket is empty.
    let res = from("198.51.100.2", "forgetful@example.org").await;
    assert_eq!(
        res.map(|r| r.status()).ok(),
        Some(StatusCode::TOO_MANY_REQUESTS)
    );
    // The first address, for another account: the address's bucket is empty too.
    let res = from("198.51.100.1", "someone-else@example.org").await;
    assert_eq!(
        res.map(|r| r.status()).ok(),
        Some(StatusCode::TOO_MANY_REQUESTS)
    );
    // Only two mails went out.
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let sent = app::entity::mail::Entity::find()
        .filter(app::entity::mail::Column::Kind.eq("reset_password"))
        .count(&app.ctx.db)
        .await
        .expect("a count");
    assert_eq!(sent, 2);
}

#[tokio::test]
async fn registration_asks_for_consent_and_records_it_with_the_notices_version() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let app = spawn_app().await;
    let stored = |email: &'static str| {
        let db = app.ctx.db.clone();
        async move {
            app::entity::account::Entity::find()
                .filter(app::entity::account::Column::Email.eq(email))
                .one(&db)
                .await
                .expect("the accounts")
        }
    };
    // The box not ticked: refused, said next to it, nothing made.
    let res = app
        .call::<RegisterAccount>(&[
            ("email", "no-consent@example.org"),
            ("password", PASSWORD),
            ("name", "Lina Haddad"),
            ("organisation", "Beirut Digital Commons"),
            ("country", "LB"),
            ("stakeholder_type", "civil_society"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("a response body");
    assert!(
        body.contains("\"consent\"") && body.contains("consent-required"),
        "{body}"
    );
    assert!(stored("no-consent@example.org").await.is_none());

    // Ticked: the account holds when, and which notices it accepted.
    let before = app.ctx.clock.now();
    assert_eq!(
        app.register_account("consent@example.org").await.status(),
        StatusCode::OK
    );
    let account = stored("consent@example.org").await.expect("the account");
    assert!(
        account
            .consented_at
            .is_some_and(|t| t >= before && t <= app.ctx.clock.now())
    );
    assert_eq!(
        account.privacy_version.as_deref(),
        Some(app::notices::PRIVACY_VERSION)
    );

    // The notices: public pages in each language, linked from the form and every footer.
    let visitor = app.beside();
    for (path, testid) in [("/privacy", "privacy-notice"), ("/terms", "terms-notice")] {
        let (status, page) = visitor.get_page(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            page.contains(&format!("data-testid=\"{testid}\"")),
            "{path}"
        );
        assert!(page.contains(app::notices::PRIVACY_VERSION), "{path}");
    }
    let (_, form) = visitor.get_page("/register").await;
    assert!(form.contains("name=\"consent\""));
    assert!(form.contains("href=\"/privacy\"") && form.contains("href=\"/terms\""));
    let arabic = visitor
        .client
        .get(visitor.url("/privacy"))
        .header("accept-language", "ar")
        .send()
        .await
        .expect("the notice");
    let text = arabic.text().await.expect("the page");
    assert!(text.contains("إشعار الخصوصية") && text.contains("dir=\"rtl\""));
}
