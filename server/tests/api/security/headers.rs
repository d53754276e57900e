//! Headers, caches, cookies, redirects and error pages.

use super::*;

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
    let api = app.call::<GetMe>(&[]).await;
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
        .post(app.url_of::<GetMe>())
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
        .post(app.url_of::<GetMe>())
        .header("cookie", format!("wsis_session={token}"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .json()
        .await
        .expect("a JSON response");
    assert!(me.is_null());
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
            .post_plain::<Login>(
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
        .post_plain::<Login>(
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
        .post(app.url_of::<Login>())
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
        .post(app.url_of::<CreateSubmission>())
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
async fn a_session_is_renewed_once_half_its_life_has_passed() {
    let app = spawn_app().await;
    app.signed_in_account("renew@example.org").await;
    let set_cookie = |res: &reqwest::Response| {
        res.headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let early = app.call::<GetMe>(&[]).await;
    assert_eq!(set_cookie(&early), None, "a fresh token is not renewed");
    app.ctx.clock.advance(31 * 60);
    let later = app.call::<GetMe>(&[]).await;
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
