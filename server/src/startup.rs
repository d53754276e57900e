//! Building the application: database, state, routes, middleware, background jobs; and
//! serving it. Tests build it the same way on port 0.

use std::{net::SocketAddr, sync::Arc};

use app::{
    App,
    accounts::safe_next,
    context::{Actor, AppContext, ClientIp, DomainConfig},
    error::AppError,
    i18n::{LANG_COOKIE, Locale},
    shell,
};
use axum::{
    Extension, Router,
    body::Body,
    extract::{DefaultBodyLimit, FromRef, Multipart, Path, Query, Request, State},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    serve::ListenerExt,
};
use http::{HeaderValue, StatusCode, header};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list, handle_server_fns_with_context};
use tokio::net::TcpListener;
use tower::ServiceExt;
use tower_http::{limit::RequestBodyLimitLayer, services::ServeDir};

use crate::{auth, config::Config, db, jobs};

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
    #[error("seeding the first edition failed: {0}")]
    Seed(String),
}

/// What every handler can reach.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub ctx: AppContext,
    pub trusted_proxies: Arc<Vec<std::net::IpAddr>>,
}

/// A built application, bound to its port and ready to serve.
pub struct Application {
    listener: TcpListener,
    router: Router,
    port: u16,
    ctx: AppContext,
}

impl Application {
    /// Connects and migrates the database, seeds the first edition if there is none, starts
    /// the background jobs and binds the listener.
    ///
    /// # Errors
    /// Configuration, database or binding failures.
    pub async fn build(config: Config) -> Result<Self, StartupError> {
        let db = db::connect(&config.database_url).await?;
        db::migrate(&db).await?;
        let secret = config.resolve_jwt_secret()?;
        let domain = DomainConfig {
            public_url: config.public_url.clone(),
            secure_cookies: config.public_url.starts_with("https://"),
            smtp_enabled: config.smtp_url.is_some(),
            session_ttl: config.session_ttl,
            picture_max_bytes: config.picture_max_bytes,
            picture_max_side: config.picture_max_side,
        };
        let ctx = AppContext::new(db, domain, &secret, config.quotas);
        app::editions::service::ensure_seeded(&ctx.db, ctx.clock.now())
            .await
            .map_err(|e| StartupError::Seed(e.to_string()))?;
        jobs::spawn(ctx.clone(), &config);

        let mut leptos_options = config.leptos.clone();
        leptos_options.site_addr = config.site_addr;
        let state = AppState {
            leptos_options,
            ctx: ctx.clone(),
            trusted_proxies: Arc::new(config.trusted_proxies.clone()),
        };
        let router = router(state, config.max_body_bytes);

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
        // Without TCP_NODELAY every small response waits for a delayed ACK (about 40 ms).
        let listener = self.listener.tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        });
        axum::serve(
            listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
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

fn router(state: AppState, max_body_bytes: usize) -> Router {
    let routes = generate_route_list(App);
    // Uploads get a larger body limit than everything else: room enough for the service to
    // read a file somewhat over the picture limit and say so in the form, rather than a bare 413.
    let upload_limit = state.ctx.config.picture_max_bytes * 2 + 64 * 1024;
    let uploads = Router::new()
        .route("/submissions/{id}/picture", post(upload_picture))
        .layer(DefaultBodyLimit::max(upload_limit))
        .layer(RequestBodyLimitLayer::new(upload_limit));
    Router::new()
        .route(
            "/api/{*fn_name}",
            get(server_fn_handler).post(server_fn_handler),
        )
        .route("/lang/{code}", get(set_language))
        .route("/health", get(|| async { "ok" }))
        .route("/pictures/{id}", get(picture))
        .route("/pictures/{id}/thumb", get(thumbnail))
        .leptos_routes_with_handler(routes, get(page_handler))
        .fallback(fallback)
        .layer(DefaultBodyLimit::max(max_body_bytes))
        // Server functions read their bodies themselves: refuse oversize bodies up front.
        .layer(RequestBodyLimitLayer::new(max_body_bytes))
        .merge(uploads)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::request_context,
        ))
        .with_state(state)
}

/// A picture upload from the submission form (a plain multipart form, so that it works
/// without JavaScript): back to the form, with the error in the address if it failed.
async fn upload_picture(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Extension(actor): Extension<Actor>,
    mut multipart: Multipart,
) -> Response {
    let mut bytes = None;
    let mut read_error = false;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("picture") => match field.bytes().await {
                Ok(b) => bytes = Some(b.to_vec()),
                Err(_) => read_error = true,
            },
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(_) => {
                read_error = true;
                break;
            }
        }
    }
    let result = if read_error {
        Err(app::error::DomainError::invalid(
            "picture",
            "picture-too-large",
        ))
    } else {
        app::nominations::pictures::upload(&state.ctx, &actor, id, bytes.unwrap_or_default()).await
    };
    let back = format!("/submissions/{id}");
    match result {
        Ok(_) => Redirect::to(&format!("{back}?picture=1")).into_response(),
        Err(e) => {
            let err = AppError::from(e);
            let query = [("error".to_owned(), err.to_query_value())];
            Redirect::to(&app::ui::with_query(&back, &query)).into_response()
        }
    }
}

async fn serve_picture(state: &AppState, actor: &Actor, id: i64, thumb: bool) -> Response {
    match app::nominations::pictures::serve(&state.ctx, actor, id, thumb).await {
        Ok(p) => {
            let cache = if p.public {
                "public, max-age=86400"
            } else {
                "private, max-age=300"
            };
            let mut res = p.bytes.into_response();
            let headers = res.headers_mut();
            if let Ok(v) = HeaderValue::from_str(&p.content_type) {
                headers.insert(header::CONTENT_TYPE, v);
            }
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            headers.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            res
        }
        Err(_) => (StatusCode::NOT_FOUND, "Not found").into_response(),
    }
}

async fn picture(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Extension(actor): Extension<Actor>,
) -> Response {
    serve_picture(&state, &actor, id, false).await
}

async fn thumbnail(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Extension(actor): Extension<Actor>,
) -> Response {
    serve_picture(&state, &actor, id, true).await
}

/// Hands the request's context (state, actor, address, language) to Leptos.
fn context_of(state: &AppState, req: &Request) -> impl Fn() + Clone + Send + Sync + 'static {
    let ctx = state.ctx.clone();
    let actor = req.extensions().get::<Actor>().cloned().unwrap_or_default();
    let ip = req.extensions().get::<ClientIp>().copied();
    let locale = req
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or_default();
    move || {
        provide_context(ctx.clone());
        provide_context(actor.clone());
        if let Some(ip) = ip {
            provide_context(ip);
        }
        provide_context(locale);
    }
}

async fn server_fn_handler(State(state): State<AppState>, req: Request) -> Response {
    let context = context_of(&state, &req);
    let res = handle_server_fns_with_context(context, req)
        .await
        .into_response();
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    // Arguments that do not decode (a missing or malformed field) fail before the server
    // function runs and would come back as a 500; they are the caller's mistake.
    let (mut parts, body) = res.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024)
        .await
        .unwrap_or_default();
    if matches!(
        serde_json::from_slice::<AppError>(&bytes),
        Ok(AppError::Request(_))
    ) {
        parts.status = StatusCode::BAD_REQUEST;
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Pages are rendered whole before they are sent (not streamed), so that they are complete
/// without JavaScript and the status code can still change.
async fn page_handler(State(state): State<AppState>, req: Request) -> Response {
    let context = context_of(&state, &req);
    let options = state.leptos_options.clone();
    let handler =
        leptos_axum::render_app_async_with_context(context, move || shell(options.clone()));
    handler(req).await.into_response()
}

/// Static files from the site folder, else the application's "not found" page.
async fn fallback(State(state): State<AppState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    if parts.method == http::Method::GET || parts.method == http::Method::HEAD {
        let static_req = Request::from_parts(parts.clone(), Body::empty());
        let site_root = state.leptos_options.site_root.to_string();
        if let Ok(res) = ServeDir::new(site_root).oneshot(static_req).await
            && res.status() == StatusCode::OK
        {
            let mut res = res.map(Body::new);
            res.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            );
            return res;
        }
    }
    let mut res = page_handler(State(state), Request::from_parts(parts, body)).await;
    if res.status() == StatusCode::OK {
        *res.status_mut() = StatusCode::NOT_FOUND;
    }
    res
}

#[derive(serde::Deserialize)]
struct LangQuery {
    next: Option<String>,
}

/// The language switcher: remembers the choice for a year and goes back to the page.
async fn set_language(Path(code): Path<String>, Query(q): Query<LangQuery>) -> Response {
    let Some(locale) = Locale::from_code(&code) else {
        return (StatusCode::NOT_FOUND, "Unknown language").into_response();
    };
    let next = safe_next(q.next.as_deref().unwrap_or("/"));
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.code()
    );
    let mut res = Redirect::to(&next).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}
