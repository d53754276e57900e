//! `spawn_app()`: the application as it runs in production, on a fresh database, with a
//! cookie-keeping HTTP client; a second browser beside it; signing in.

use std::{net::SocketAddr, path::Path, time::Duration};

use app::{
    accounts::{ConfirmEmail, GetMe, Login, RegisterAccount},
    admin::GetAuditLog,
    auth::password::HashingLimits,
    limits::Quotas,
    state::AppContext,
};
use reqwest::{Client, Response, StatusCode, redirect::Policy};
use sea_orm::{ConnectionTrait, Database, EntityTrait, QueryOrder};
use secrecy::SecretString;
use server::{config::Config, startup::Application};

pub struct TestApp {
    pub address: String,
    pub client: Client,
    pub ctx: AppContext,
    /// The database it runs on, for a second instance sharing it.
    pub database_url: String,
    pub _dir: Option<tempdir::TempDir>,
}

/// For a second client of the same application: the folder belongs to the first.
pub fn shared_dir() -> Option<tempdir::TempDir> {
    None
}

/// A temporary folder removed at the end of the test.
pub mod tempdir {
    use std::path::PathBuf;
    pub struct TempDir(pub PathBuf);
    impl TempDir {
        pub fn new() -> Self {
            let dir = std::env::temp_dir().join(format!("wsis-test-{}", hex_id()));
            std::fs::create_dir_all(&dir).expect("a temporary directory");
            TempDir(dir)
        }
    }
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
    pub fn hex_id() -> String {
        use std::time::{SystemTime, UNIX_EPOCH};
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .expect("a clock after 1970");
        format!("{nanos:x}{:x}", std::process::id())
    }
}

fn engine() -> String {
    std::env::var("WSIS_TEST_DB").unwrap_or_else(|_| "sqlite".into())
}

async fn database_url(dir: &Path) -> String {
    match engine().as_str() {
        "postgres" => {
            let base = std::env::var("WSIS_TEST_POSTGRES")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
            let name = format!("wsis_test_{}", tempdir::hex_id());
            let admin = Database::connect(format!("{base}/postgres"))
                .await
                .unwrap_or_else(|e| panic!("PostgreSQL is not reachable at {base}: {e}"));
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .unwrap_or_else(|e| panic!("cannot create the test database: {e}"));
            // A lock waited on for long is a bug (a transaction waiting on another held by
            // the same request): it fails the test at once instead of hanging it.
            format!("{base}/{name}?options=-c%20lock_timeout%3D20s")
        }
        _ => format!("sqlite://{}?mode=rwc", dir.join("test.db").display()),
    }
}

pub struct Options {
    pub quotas: Quotas,
    pub smtp_url: Option<String>,
    pub hashing: HashingLimits,
    pub anomalies: app::limits::FlagThresholds,
    /// Addresses whose `X-Forwarded-For` is believed (tests that speak from many addresses).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    pub public_url: String,
    pub database_url: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            quotas: Quotas {
                login_per_minute: 1000,
                register_per_hour: 1000,
                reset_per_hour: 1000,
                links_per_hour: 1000,
                uploads_per_hour: 1000,
                searches_per_minute: 1000,
                open_data_per_minute: 1000,
                votes_per_minute_network: 100_000,
                votes_per_minute_account: 1000,
            },
            smtp_url: None,
            hashing: HashingLimits::default(),
            anomalies: app::limits::FlagThresholds::default(),
            trusted_proxies: vec![],
            public_url: "http://wsis.test".into(),
            database_url: None,
        }
    }
}

/// A fresh, migrated database on the engine under test, with the folder that holds it (kept
/// alive as long as the database is used).
pub async fn fresh_database() -> (sea_orm::DatabaseConnection, tempdir::TempDir) {
    let dir = tempdir::TempDir::new();
    let url = database_url(&dir.0).await;
    let db = server::db::connect(&SecretString::from(url))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    server::db::migrate(&db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    (db, dir)
}

/// The configuration of a test server: port 0, a database file and data in `dir`, a fixed
/// signing secret, mail captured.
pub fn test_config(dir: &Path) -> Config {
    let leptos = leptos::config::LeptosOptions::builder()
        .output_name("wsis-prizes")
        .site_root(dir.join("site").display().to_string())
        .build();
    Config {
        database_url: SecretString::from(format!(
            "sqlite://{}?mode=rwc",
            dir.join("test.db").display()
        )),
        data_dir: dir.to_path_buf(),
        site_addr: SocketAddr::from(([127, 0, 0, 1], 0)),
        public_url: "http://wsis.test".into(),
        jwt_secret: Some(SecretString::from(
            "a test signing secret that is long enough".to_owned(),
        )),
        smtp_url: None,
        mail_from: "WSIS Prizes <no-reply@wsis.test>".into(),
        trusted_proxies: vec![],
        quotas: Options::default().quotas,
        hashing: HashingLimits::default(),
        anomalies: app::limits::FlagThresholds::default(),
        contact_email: "wsis-prizes@itu.example".into(),
        mailings_per_minute: 600,
        session_ttl: Duration::from_secs(3600),
        max_body_bytes: 64 * 1024,
        picture_max_bytes: 2 * 1024 * 1024,
        picture_max_side: 2048,
        fonts_dir: None,
        leptos,
    }
}

/// An application with the demo edition (120 submissions) and, the year before, its past
/// edition whose vote of 200 voters is over and whose results are published.
pub async fn spawn_with_past_edition() -> (TestApp, app::demo::PastReport) {
    let app = spawn_app().await;
    app::demo::load(&app.ctx, 120)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let past = app::demo::load_past(&app.ctx, 120, 200)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .expect("a past edition");
    (app, past)
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Options::default()).await
}

pub async fn spawn_app_with(options: Options) -> TestApp {
    // Logs of a failing test are shown with its output.
    let _ = tracing_subscriber::fmt()
        .with_env_filter("warn,server=info,app=info")
        .with_test_writer()
        .try_init();
    let dir = tempdir::TempDir::new();
    let url = match options.database_url {
        Some(url) => url,
        None => database_url(&dir.0).await,
    };
    let config = Config {
        database_url: SecretString::from(url.clone()),
        public_url: options.public_url,
        smtp_url: options.smtp_url.map(SecretString::from),
        trusted_proxies: options.trusted_proxies,
        quotas: options.quotas,
        hashing: options.hashing,
        anomalies: options.anomalies,
        ..test_config(&dir.0)
    };
    let app = Application::build(config)
        .await
        .unwrap_or_else(|e| panic!("the application did not start: {e}"));
    let address = format!("http://127.0.0.1:{}", app.port());
    let ctx = app.context().clone();
    // The test's server never takes the process's signals: a run can always be stopped.
    tokio::spawn(app.run_until(std::future::pending()));
    let client = client();
    TestApp {
        address,
        client,
        ctx,
        database_url: url,
        _dir: Some(dir),
    }
}

/// A strong password for test accounts.
pub const PASSWORD: &str = "violet harbour lantern 1987";

/// A cookie-keeping client that follows no redirect, and gives up on any request after 30 s:
/// a hang fails the test that caused it, with its name.
pub fn client() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

impl TestApp {
    /// A second browser on the same application, signed in as nobody yet.
    pub fn beside(&self) -> TestApp {
        TestApp {
            address: self.address.clone(),
            client: client(),
            ctx: self.ctx.clone(),
            database_url: self.database_url.clone(),
            _dir: shared_dir(),
        }
    }

    /// A second browser, signed in as a new secretariat account, allowed to screen while
    /// submission is open.
    pub async fn secretariat_beside(&self, email: &str) -> TestApp {
        let other = self.beside();
        other.signed_in_secretariat(email).await;
        other.allow_screening_during_submission().await;
        other
    }

    pub async fn register_account(&self, email: &str) -> Response {
        self.call::<RegisterAccount>(&[
            ("email", email),
            ("password", PASSWORD),
            ("name", "Amina Diallo"),
            ("organisation", "Agence de l'informatique de l'État"),
            ("country", "SN"),
            ("stakeholder_type", "government"),
            ("consent", "yes"),
        ])
        .await
    }

    pub async fn login(&self, email: &str, password: &str) -> Response {
        self.call::<Login>(&[("email", email), ("password", password), ("next", "/")])
            .await
    }

    /// The newest mail sent to `to`.
    pub async fn last_mail_to(&self, to: &str) -> app::entity::mail::Model {
        use sea_orm::{ColumnTrait, QueryFilter};
        app::entity::mail::Entity::find()
            .filter(app::entity::mail::Column::ToAddress.eq(to))
            .order_by_desc(app::entity::mail::Column::Id)
            .one(&self.ctx.db)
            .await
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no mail to {to}"))
    }

    /// The mails of `kind` (its code) sent to `to`, oldest first.
    pub async fn mails_to(&self, to: &str, kind: &str) -> Vec<app::entity::mail::Model> {
        use sea_orm::{ColumnTrait, QueryFilter};
        app::entity::mail::Entity::find()
            .filter(app::entity::mail::Column::ToAddress.eq(to))
            .order_by_asc(app::entity::mail::Column::Id)
            .all(&self.ctx.db)
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .filter(|m| m.kind.code() == kind)
            .collect()
    }

    /// The token of the link in the newest mail to `to`.
    pub async fn token_from_mail(&self, to: &str) -> String {
        let mail = self.last_mail_to(to).await;
        token_in(&mail.body_text)
    }

    /// Registers, signs in and confirms a new account (confirming needs the sign-in).
    pub async fn signed_in_account(&self, email: &str) {
        assert_eq!(self.register_account(email).await.status(), StatusCode::OK);
        let token = self.token_from_mail(email).await;
        assert_eq!(self.login(email, PASSWORD).await.status(), StatusCode::OK);
        assert_eq!(
            self.call::<ConfirmEmail>(&[("token", &token)])
                .await
                .status(),
            StatusCode::OK
        );
    }

    /// Lets the secretariat screen while the submission phase is open (most tests screen
    /// right after sending, without moving the clock to the screening phase).
    pub async fn allow_screening_during_submission(&self) {
        use sea_orm::sea_query::Expr;
        app::entity::edition::Entity::update_many()
            .col_expr(
                app::entity::edition::Column::ScreeningDuringSubmission,
                Expr::value(true),
            )
            .exec(&self.ctx.db)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    }

    /// Creates a secretariat account through the same code as the command line, signs in.
    pub async fn signed_in_secretariat(&self, email: &str) -> i64 {
        let id = app::accounts::service::create_with_role(
            &self.ctx.db,
            email,
            PASSWORD,
            "Secretariat",
            app::auth::Role::Secretariat,
            self.ctx.clock.now(),
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(self.login(email, PASSWORD).await.status(), StatusCode::OK);
        id
    }

    /// The audit log, newest first, with the state of its hash chain.
    pub async fn audit_log(&self) -> app::admin::AuditLog {
        self.call_ok::<GetAuditLog>(&[]).await
    }

    /// Who this browser is signed in as, if anyone.
    pub async fn get_me(&self) -> Option<app::auth::Me> {
        self.call_ok::<GetMe>(&[]).await
    }
}

pub fn token_in(body: &str) -> String {
    body.split("token=")
        .nth(1)
        .map(|rest| rest.chars().take_while(char::is_ascii_hexdigit).collect())
        .unwrap_or_else(|| panic!("no token in: {body}"))
}

/// The id of an account by e-mail.
pub async fn account_id(app: &TestApp, email: &str) -> i64 {
    use sea_orm::{ColumnTrait, QueryFilter};
    app::entity::account::Entity::find()
        .filter(app::entity::account::Column::Email.eq(email))
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .map(|a| a.id)
        .unwrap_or_else(|| panic!("no account {email}"))
}
