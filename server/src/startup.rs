//! Building the application: database, state, routes, background jobs; and serving it. Tests
//! build it the same way on port 0.

use std::{future::Future, net::SocketAddr, sync::Arc};

use app::{
    state::{AppContext, DomainConfig},
    ui::SiteInfo,
};
use axum::{Router, serve::ListenerExt};
use tokio::net::TcpListener;

use crate::{assets, config::Config, db, jobs, routes, state::AppState};

/// Why the application could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("seeding the first edition failed")]
    Seed(#[source] app::error::DomainError),
}

/// The application's context on `db` as `config` sets it up (the secret resolved).
///
/// # Errors
/// The secret cannot be read or made.
pub fn context(
    config: &Config,
    db: sea_orm::DatabaseConnection,
) -> Result<AppContext, StartupError> {
    let secret = config.resolve_jwt_secret()?;
    if let Some(dir) = &config.fonts_dir {
        app::publication::pdf::look_first_in(dir.clone());
    }
    let domain = DomainConfig {
        public_url: config.public_url.clone(),
        secure_cookies: config.public_url.starts_with("https://"),
        delivery: if config.smtp_url.is_some() {
            app::mail::Delivery::Smtp
        } else {
            app::mail::Delivery::Captured
        },
        session_ttl: config.session_ttl,
        picture_max_bytes: config.picture_max_bytes,
        picture_max_side: config.picture_max_side,
        contact_email: config.contact_email.clone(),
        anomalies: config.anomalies,
        mailings_per_minute: config.mailings_per_minute,
    };
    Ok(AppContext::new(
        db,
        domain,
        &secret,
        config.quotas,
        config.hashing,
    ))
}

/// A built application, bound to its port and ready to serve.
pub struct Application {
    listener: TcpListener,
    router: Router,
    port: u16,
    ctx: AppContext,
}

impl Application {
    /// Connects and migrates the database, seeds the first edition if there is none, makes
    /// the expert rounds older editions lack (all under the start-up lock), starts the
    /// background jobs and binds the listener.
    ///
    /// # Errors
    /// Configuration, database or binding failures.
    pub async fn build(config: Config) -> Result<Self, StartupError> {
        let db = db::connect(&config.database_url).await?;
        let ctx = context(&config, db)?;
        db::with_startup_lock(&ctx.db, &config.database_url, async || {
            db::migrate(&ctx.db).await?;
            let now = ctx.clock.now();
            app::editions::seed::ensure_seeded(&ctx.db, now)
                .await
                .map_err(StartupError::Seed)?;
            app::editions::seed::complete_translations(&ctx.db)
                .await
                .map_err(StartupError::Seed)?;
            // Once: editions made before their rounds came with them get theirs, and search
            // documents left behind by a change made elsewhere are written before serving.
            app::review::rounds::create_missing(&ctx.db, now)
                .await
                .map_err(StartupError::Seed)?;
            app::catalogue::documents::check_collation(&ctx.db)
                .await
                .map_err(StartupError::Seed)?;
            app::catalogue::documents::catch_up(&ctx.db)
                .await
                .map_err(StartupError::Seed)?;
            Ok::<_, StartupError>(())
        })
        .await?;
        jobs::spawn(ctx.clone(), &config);

        let mut leptos_options = config.leptos.clone();
        leptos_options.site_addr = config.site_addr;
        let assets = assets::Assets::discover(&mut leptos_options);
        let state = AppState {
            leptos_options,
            ctx: ctx.clone(),
            trusted_proxies: Arc::new(config.trusted_proxies.clone()),
            site: SiteInfo {
                contact_email: config.contact_email.clone(),
                mail_captured: config.smtp_url.is_none(),
                stylesheet: assets.stylesheet,
                public_url: config.public_url.trim_end_matches('/').to_owned(),
            },
            max_body_bytes: config.max_body_bytes,
            https: config.public_url.starts_with("https://"),
            data_dir: config.data_dir.clone(),
        };
        let router = routes::router(state);

        let listener = TcpListener::bind(config.site_addr)
            .await
            .map_err(|source| StartupError::Bind {
                addr: config.site_addr,
                source,
            })?;
        let port = listener
            .local_addr()
            .map_err(|source| StartupError::Bind {
                addr: config.site_addr,
                source,
            })?
            .port();
        tracing::info!(
            port,
            database = if config.is_sqlite() {
                "sqlite"
            } else {
                "postgres"
            },
            "listening"
        );
        Ok(Self {
            listener,
            router,
            port,
            ctx,
        })
    }

    /// The port actually bound (tests bind port 0).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The shared state, for tests that need to reach the database or move the clock.
    pub fn context(&self) -> &AppContext {
        &self.ctx
    }

    /// Serves until the process is asked to stop (Ctrl-C or SIGTERM).
    ///
    /// # Errors
    /// I/O failures of the listener.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `shutdown` completes. Tests pass a future that never does: their servers
    /// must not take the process's signals, so that a test run can always be stopped.
    ///
    /// # Errors
    /// I/O failures of the listener.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        // Without TCP_NODELAY every small response waits for a delayed ACK (about 40 ms).
        let listener = self.listener.tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        });
        axum::serve(
            listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! { () = ctrl_c => {}, () = term => {} }
}
