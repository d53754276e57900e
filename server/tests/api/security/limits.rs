//! Limits that no one can spend for someone else: resets, links, the hasher, sign-in, addresses.

use super::*;

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
            .call::<ResetPassword>(&[
                ("token", &token),
                ("password", "a strong enough new passphrase 9"),
            ])
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
            app.call::<ResetPassword>(&[("token", "nope"), ("password", "x")])
                .await
                .status(),
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    let res = app
        .call::<ResetPassword>(&[("token", "nope"), ("password", "x")])
        .await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().get("retry-after").is_some());
    // Confirmation links share the same limit.
    assert_eq!(
        app.call::<ConfirmEmail>(&[("token", "nope")])
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
            .call::<ChangePassword>(&[("current_password", "wrong"), ("new_password", "x")])
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(
        app.call::<ChangePassword>(&[("current_password", "wrong"), ("new_password", "x")])
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
    let res = other.call::<ConfirmEmail>(&[("token", &token)]).await;
    assert!(
        res.text()
            .await
            .expect("a response body")
            .contains("link-other-account")
    );
    assert!(!app.get_me().await.expect("signed in").email_confirmed);

    // The victim resets the password instead: the address is confirmed, the attacker is out.
    victim
        .post(app.url_of::<RequestPasswordReset>())
        .form(&[("email", "victim@example.org")])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let reset = app.token_from_mail("victim@example.org").await;
    let res = victim
        .post(app.url_of::<ResetPassword>())
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
