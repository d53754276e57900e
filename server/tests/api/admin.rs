use app::{
    accounts::{GetMe, Login, Logout},
    admin::{AccountList, ListAccounts, ListCapturedMail, ManageAccount},
    entity::account,
    nominations::InviteCoOwner,
    review::InviteExpert,
};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use crate::support::{PASSWORD, account_id, new_draft, spawn_app};

#[tokio::test]
async fn only_the_secretariat_can_list_accounts_and_grant_roles() {
    let app = spawn_app().await;
    app.signed_in_account("member@example.org").await;
    let res = app
        .call::<ListAccounts>(&[("query", ""), ("page", "0")])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let me = account_id(&app, "member@example.org").await;
    let res = app
        .call::<ManageAccount>(&[
            ("account_id", &me.to_string()),
            ("op", "grant-secretariat"),
            ("reason", "please"),
            ("back", "/"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    app.call::<Logout>(&[]).await;
    let res = app
        .call::<ListAccounts>(&[("query", ""), ("page", "0")])
        .await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_secretariat_grants_and_revokes_a_role_with_a_reason_and_it_is_audited() {
    let app = spawn_app().await;
    app.register_account("expert@example.org").await;
    let expert = account_id(&app, "expert@example.org").await;
    app.signed_in_secretariat("sec@itu.example").await;

    let list: serde_json::Value = app
        .call::<ListAccounts>(&[("query", "EXPERT@"), ("page", "0")])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(list["total"], 1);
    assert_eq!(list["rows"][0]["email"], "expert@example.org");

    let no_reason = app
        .call::<ManageAccount>(&[
            ("account_id", &expert.to_string()),
            ("op", "grant-expert"),
            ("reason", " "),
            ("back", "/"),
        ])
        .await;
    assert!(
        no_reason
            .text()
            .await
            .expect("a response body")
            .contains("reason-required")
    );

    let ok = app
        .call::<ManageAccount>(&[
            ("account_id", &expert.to_string()),
            ("op", "grant-expert"),
            ("reason", "Member of the 2027 expert group"),
            ("back", "/"),
        ])
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    let twice = app
        .call::<ManageAccount>(&[
            ("account_id", &expert.to_string()),
            ("op", "grant-expert"),
            ("reason", "again"),
            ("back", "/"),
        ])
        .await;
    assert_eq!(twice.status(), StatusCode::CONFLICT);

    let log = app.audit_log().await;
    assert!(log.broken_at.is_none());
    let newest = &log.rows[0];
    assert_eq!(newest.action, "role.grant");
    assert_eq!(newest.actor.as_deref(), Some("sec@itu.example"));
    assert_eq!(
        newest.reason.as_deref(),
        Some("Member of the 2027 expert group")
    );

    // The expert signs in and has the role.
    let expert_client = reqwest::Client::builder()
        .cookie_store(true)
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("an HTTP client");
    expert_client
        .post(app.url_of::<Login>())
        .form(&[
            ("email", "expert@example.org"),
            ("password", PASSWORD),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let who: serde_json::Value = expert_client
        .post(app.url_of::<GetMe>())
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(who["roles"], serde_json::json!(["Expert"]));

    let revoke = app
        .call::<ManageAccount>(&[
            ("account_id", &expert.to_string()),
            ("op", "revoke-expert"),
            ("reason", "Left the group"),
            ("back", "/"),
        ])
        .await;
    assert_eq!(revoke.status(), StatusCode::OK);
    let who: serde_json::Value = expert_client
        .post(app.url_of::<GetMe>())
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(who["roles"], serde_json::json!([]));
}

#[tokio::test]
async fn disabling_an_account_signs_it_out_at_once_and_the_secretariat_cannot_lock_itself_out() {
    let app = spawn_app().await;
    app.signed_in_account("victim@example.org").await;
    let victim_cookie_client = app.client.clone();
    let victim = account_id(&app, "victim@example.org").await;

    let sec = reqwest::Client::builder()
        .cookie_store(true)
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("an HTTP client");
    let sec_id = app::accounts::service::create_with_role(
        &app.ctx.db,
        "boss@itu.example",
        PASSWORD,
        "Boss",
        app::auth::Role::Secretariat,
        app.ctx.clock.now(),
    )
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    sec.post(app.url_of::<Login>())
        .form(&[
            ("email", "boss@itu.example"),
            ("password", PASSWORD),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let manage = |id: i64, op: &'static str| {
        let sec = sec.clone();
        let url = app.url_of::<ManageAccount>();
        async move {
            sec.post(url)
                .form(&[
                    ("account_id", id.to_string().as_str()),
                    ("op", op),
                    ("reason", "Test of the rules"),
                    ("back", "/"),
                ])
                .send()
                .await
                .unwrap_or_else(|e| panic!("{e}"))
                .status()
        }
    };
    assert_eq!(manage(victim, "disable").await, StatusCode::OK);
    let who = victim_cookie_client
        .post(app.url_of::<GetMe>())
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(who.text().await.expect("a response body"), "null");

    assert_eq!(manage(sec_id, "disable").await, StatusCode::FORBIDDEN);
    assert_eq!(
        manage(sec_id, "revoke-secretariat").await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(manage(victim, "enable").await, StatusCode::OK);
    assert_eq!(
        app.login("victim@example.org", PASSWORD).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_audit_chain_detects_an_altered_entry() {
    use sea_orm::{ConnectionTrait, Statement};
    let app = spawn_app().await;
    app.register_account("someone@example.org").await;
    let someone = account_id(&app, "someone@example.org").await;
    app.signed_in_secretariat("chain@itu.example").await;
    for op in ["grant-expert", "revoke-expert", "grant-expert"] {
        app.call::<ManageAccount>(&[
            ("account_id", &someone.to_string()),
            ("op", op),
            ("reason", "chain test"),
            ("back", "/"),
        ])
        .await;
    }
    assert_eq!(
        app::audit::verify_chain(&app.ctx.db).await.ok().flatten(),
        None
    );
    let backend = app.ctx.db.get_database_backend();
    app.ctx
        .db
        .execute_raw(Statement::from_string(
            backend,
            "UPDATE audit_entries SET reason = 'rewritten' WHERE action = 'role.revoke'".to_owned(),
        ))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let broken = app::audit::verify_chain(&app.ctx.db).await.ok().flatten();
    assert!(broken.is_some());
    let log = app.audit_log().await;
    assert_eq!(log.broken_at, broken);
}

/// An entry's hash, as the chain is documented: SHA-256 over each field's length (8 bytes,
/// big-endian) and bytes, in order: previous hash, time, actor, act, target type, target id,
/// reason, details.
fn entry_hash(fields: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for f in fields {
        h.update((f.len() as u64).to_be_bytes());
        h.update(f.as_bytes());
    }
    hex::encode(h.finalize())
}

/// The chain covers each entry's details as stored, to the byte: an entry written by an
/// earlier version, its details spaced and ordered as that version wrote them, still
/// verifies, and a chain that goes on from it too.
#[tokio::test]
async fn an_entry_verifies_on_its_details_as_stored_to_the_byte() {
    use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder, Statement};
    let app = spawn_app().await;
    app.signed_in_secretariat("chain@itu.example").await;
    let db = &app.ctx.db;
    let last = app::entity::audit_entry::Entity::find()
        .order_by_desc(app::entity::audit_entry::Column::Id)
        .one(db)
        .await
        .expect("the log")
        .expect("an entry (the secretariat account's role)");
    let details = r#"{ "email":"old@example.org",  "a": [1, 2.50] }"#;
    let at = last.at + 1;
    let hash = entry_hash(&[
        &last.hash,
        &at.to_string(),
        "",
        "role.grant",
        "account",
        "7",
        "granted before this version",
        details,
    ]);
    db.execute_raw(Statement::from_sql_and_values(
        db.get_database_backend(),
        match db.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => {
                "INSERT INTO audit_entries (at, actor_id, action, target_type, target_id, reason, \
                 details, prev_hash, hash) VALUES ($1, NULL, 'role.grant', 'account', '7', $2, \
                 $3, $4, $5)"
            }
            _ => {
                "INSERT INTO audit_entries (at, actor_id, action, target_type, target_id, reason, \
                 details, prev_hash, hash) VALUES (?, NULL, 'role.grant', 'account', '7', ?, ?, \
                 ?, ?)"
            }
        },
        [
            at.into(),
            "granted before this version".into(),
            details.into(),
            last.hash.clone().into(),
            hash.into(),
        ],
    ))
    .await
    .expect("an entry as an earlier version wrote it");
    assert_eq!(app::audit::verify_chain(db).await.ok().flatten(), None);
    // The chain goes on from it.
    app.register_account("someone@example.org").await;
    let someone = account_id(&app, "someone@example.org").await;
    app.call::<ManageAccount>(&[
        ("account_id", &someone.to_string()),
        ("op", "grant-expert"),
        ("reason", "after the old entry"),
        ("back", "/"),
    ])
    .await;
    assert_eq!(app::audit::verify_chain(db).await.ok().flatten(), None);
    let log = app.audit_log().await;
    assert!(log.rows.iter().any(|r| r.details == details));
}

#[tokio::test]
async fn captured_mail_is_shown_to_the_secretariat_only() {
    let app = spawn_app().await;
    app.register_account("mailme@example.org").await;
    let res = app.call::<ListCapturedMail>(&[]).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    app.signed_in_secretariat("postmaster@itu.example").await;
    let mail: serde_json::Value = app
        .call::<ListCapturedMail>(&[])
        .await
        .json()
        .await
        .expect("a JSON response");
    let first = mail
        .as_array()
        .and_then(|a| a.iter().find(|m| m["to"] == "mailme@example.org"))
        .cloned()
        .expect("an array");
    assert_eq!(first["status"], "captured");
    assert!(
        first["body"]
            .as_str()
            .expect("a string")
            .contains("/confirm?token=")
    );
    let (status, html) = app.get_page("/admin/mail").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("mailme@example.org"));
}

/// Addresses of the form's grammar that the mail sender (lettre) refuses: they would never
/// receive a message.
const REFUSED: [&str; 3] = ["a..b@example.org", ".lead@example.org", "ops@-example.org"];

#[tokio::test]
async fn addresses_the_mail_sender_refuses_are_refused_where_they_are_typed_and_listed_when_old() {
    let app = spawn_app().await;
    for email in REFUSED {
        let res = app.register_account(email).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{email}");
        assert!(
            res.text()
                .await
                .unwrap_or_default()
                .contains("email-invalid")
        );
    }
    let owner = app.beside();
    owner.signed_in_account("owner@example.org").await;
    let id = new_draft(&owner, "C4").await;
    let secretariat = app.beside();
    secretariat.signed_in_secretariat("desk@itu.example").await;
    for email in REFUSED {
        let res = owner
            .call::<InviteCoOwner>(&[("id", &id), ("email", email)])
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{email}");
        let res = secretariat.call::<InviteExpert>(&[("email", email)]).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{email}");
        let made = app::accounts::service::create_with_role(
            &app.ctx.db,
            email,
            PASSWORD,
            "",
            app::auth::Role::Expert,
            app.ctx.clock.now(),
        )
        .await;
        assert!(made.is_err(), "user create {email}");
    }

    // An account made before addresses were checked with the sender is listed on the
    // secretariat's accounts page, and leaves the list once its address is corrected.
    let old = account::ActiveModel {
        email: Set(REFUSED[0].to_owned()),
        email_confirmed_at: Set(Some(app.ctx.clock.now())),
        password_hash: Set(String::new()),
        name: Set("Old Account".to_owned()),
        organisation: Set(String::new()),
        country: Set(String::new()),
        stakeholder_type: Set(app::codes::StakeholderType::Government),
        locale: Set(app::i18n::Locale::En),
        token_version: Set(0),
        disabled_at: Set(None),
        created_at: Set(app.ctx.clock.now()),
        updated_at: Set(app.ctx.clock.now()),
        ..Default::default()
    }
    .insert(&app.ctx.db)
    .await
    .expect("an old account");
    let list: AccountList = secretariat
        .call_ok::<ListAccounts>(&[("query", ""), ("page", "0")])
        .await;
    assert_eq!(list.unmailable_total, 1);
    assert_eq!(list.unmailable.len(), 1);
    assert_eq!(list.unmailable[0].email, REFUSED[0]);
    let (status, page) = secretariat.get_page("/admin/accounts").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("data-testid=\"unmailable\""), "{page}");
    assert!(page.contains(REFUSED[0]));
    let mut fixed: account::ActiveModel = account::Entity::find_by_id(old.id)
        .one(&app.ctx.db)
        .await
        .expect("the accounts")
        .expect("the account")
        .into();
    fixed.email = Set("a.b@example.org".to_owned());
    fixed.update(&app.ctx.db).await.expect("corrected");
    let list: AccountList = secretariat
        .call_ok::<ListAccounts>(&[("query", ""), ("page", "0")])
        .await;
    assert_eq!(list.unmailable_total, 0);
    let (_, page) = secretariat.get_page("/admin/accounts").await;
    assert!(!page.contains("data-testid=\"unmailable\""));
}
