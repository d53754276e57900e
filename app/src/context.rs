//! What a request handler needs, handed to server functions as Leptos context: the shared
//! application state ([`AppContext`]), who is asking ([`Actor`]) and from where ([`ClientIp`]).
//! Also the glue that turns a service result into a server-function response.

use std::{net::IpAddr, sync::Arc, time::Duration};

use http::{HeaderValue, StatusCode, header};
use leptos::prelude::*;
use sea_orm::DatabaseConnection;
use secrecy::SecretString;

pub use crate::limits::{Quotas, RateLimits};
use crate::{
    accounts::{
        password::{Hasher, HashingLimits},
        rules::Role,
        session::JwtKeys,
    },
    error::{AppError, DomainError},
};

/// Settings the domain needs (the server crate reads them from the environment).
#[derive(Clone, Debug)]
pub struct DomainConfig {
    /// Base URL used in links sent by mail, without a trailing slash.
    pub public_url: String,
    /// Mark cookies `Secure` (true when the public URL is https).
    pub secure_cookies: bool,
    /// Whether mail is delivered over SMTP; otherwise it is captured for the secretariat.
    pub smtp_enabled: bool,
    /// Lifetime of a sign-in token; it is renewed when half of it has passed.
    pub session_ttl: Duration,
    /// Largest picture accepted, in bytes.
    pub picture_max_bytes: usize,
    /// Largest picture side accepted, in pixels.
    pub picture_max_side: u32,
    /// Where submitters write to the secretariat (shown in the footer and in refusals).
    pub contact_email: String,
}

/// Where "now" comes from. The binary uses the system clock; tests may shift it.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_secs: Arc<std::sync::atomic::AtomicI64>,
}

impl Clock {
    /// Unix seconds.
    pub fn now(&self) -> i64 {
        jiff::Timestamp::now().as_second()
            + self.offset_secs.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Moves this clock (and every copy of it) forward by `secs`. For tests.
    pub fn advance(&self, secs: i64) {
        self.offset_secs
            .fetch_add(secs, std::sync::atomic::Ordering::Relaxed);
    }
}

/// State shared by every request of one instance.
#[derive(Clone)]
pub struct AppContext {
    pub db: DatabaseConnection,
    pub config: Arc<DomainConfig>,
    pub keys: Arc<JwtKeys>,
    pub limits: Arc<RateLimits>,
    pub hasher: Arc<Hasher>,
    pub clock: Clock,
}

impl AppContext {
    pub fn new(
        db: DatabaseConnection,
        config: DomainConfig,
        jwt_secret: &SecretString,
        quotas: Quotas,
        hashing: HashingLimits,
    ) -> Self {
        Self {
            db,
            config: Arc::new(config),
            keys: Arc::new(JwtKeys::new(jwt_secret)),
            limits: Arc::new(RateLimits::new(quotas)),
            hasher: Arc::new(Hasher::new(hashing)),
            clock: Clock::default(),
        }
    }
}

/// The signed-in account behind a request, as checked against the database.
#[derive(Clone, Debug)]
pub struct Session {
    pub account_id: i64,
    pub email: String,
    pub name: String,
    pub email_confirmed: bool,
    pub roles: Vec<Role>,
    pub token_version: i32,
}

impl Session {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// # Errors
    /// [`DomainError::Forbidden`] unless the account holds `role`.
    pub fn require(&self, role: Role) -> Result<(), DomainError> {
        if self.has(role) {
            Ok(())
        } else {
            Err(DomainError::Forbidden("error-forbidden"))
        }
    }
}

/// Who is making the request: a session, or an anonymous visitor.
#[derive(Clone, Debug, Default)]
pub struct Actor(pub Option<Session>);

impl Actor {
    /// # Errors
    /// [`DomainError::Unauthenticated`] for anonymous visitors.
    pub fn session(&self) -> Result<&Session, DomainError> {
        self.0.as_ref().ok_or(DomainError::Unauthenticated)
    }

    /// # Errors
    /// Unauthenticated, or forbidden without `role`.
    pub fn require(&self, role: Role) -> Result<&Session, DomainError> {
        let session = self.session()?;
        session.require(role)?;
        Ok(session)
    }
}

/// The client's address, as the server decided to believe it (see `WSIS_TRUSTED_PROXIES`).
#[derive(Clone, Copy, Debug)]
pub struct ClientIp(pub IpAddr);

/// Everything a server function reads from context.
pub struct Request {
    pub ctx: AppContext,
    pub actor: Actor,
    pub ip: IpAddr,
}

/// Reads the request context a server function runs in.
///
/// # Errors
/// [`AppError::Internal`] when the server did not provide it (a wiring bug).
pub fn request() -> Result<Request, AppError> {
    let ctx = use_context::<AppContext>().ok_or(AppError::Internal)?;
    let actor = use_context::<Actor>().unwrap_or_default();
    let ip = use_context::<ClientIp>()
        .map(|c| c.0)
        .unwrap_or(IpAddr::V6(std::net::Ipv6Addr::UNSPECIFIED));
    Ok(Request { ctx, actor, ip })
}

/// Marks a page rendered on the server, as opposed to a server function called over HTTP.
/// A signed-out visitor on a page that needs an account is sent to sign in and brought back.
#[derive(Clone, Debug)]
pub struct PageRender {
    /// The page's path and query, where signing in brings the visitor back.
    pub path_and_query: String,
}

/// True when the request is a plain HTML form post (no JavaScript): the browser expects a page.
pub fn is_plain_form_post() -> bool {
    use_context::<http::request::Parts>().is_some_and(|p| {
        p.method == http::Method::POST
            && p.headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|accept| accept.contains("text/html"))
    }) && use_context::<PageRender>().is_none()
}

/// For a form posted without JavaScript that succeeded, answers with a redirect to `to` (the
/// browser then loads that page: post, redirect, get).
pub fn redirect_plain_post(to: &str) {
    if is_plain_form_post() {
        leptos_axum::redirect(to);
    }
}

/// The HTTP status of an error.
pub fn status_of(err: &AppError) -> StatusCode {
    match err {
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Forbidden(_) => StatusCode::FORBIDDEN,
        AppError::PhaseClosed(_) | AppError::Conflict(_) => StatusCode::CONFLICT,
        AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
        AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
        AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        AppError::Request(_) => StatusCode::BAD_REQUEST,
    }
}

/// Turns a service result into a server-function result, and sets the HTTP status (with
/// `Retry-After` when the visitor must wait).
///
/// On a page rendered on the server, a signed-out visitor is sent to sign in (and brought back
/// afterwards); every other error is rendered in place by the page, with its status. A form
/// posted without JavaScript that fails is answered by the server with its page (see the
/// server's handler), never with a redirect carrying what was typed.
///
/// # Errors
/// The service's error as an [`AppError`].
pub fn respond<T>(result: Result<T, DomainError>) -> Result<T, AppError> {
    let err = match result {
        Ok(value) => return Ok(value),
        Err(err) => AppError::from(err),
    };
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let page = use_context::<PageRender>();
        match (&err, page) {
            (AppError::Unauthenticated, Some(page)) => {
                let next = urlencoding::encode(&page.path_and_query).into_owned();
                if let Ok(to) = HeaderValue::from_str(&format!("/login?next={next}")) {
                    response.insert_header(header::LOCATION, to);
                    response.set_status(StatusCode::FOUND);
                }
            }
            _ => {
                if let AppError::RateLimited { retry_after_secs }
                | AppError::Busy { retry_after_secs } = &err
                    && let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string())
                {
                    response.insert_header(header::RETRY_AFTER, v);
                }
                response.set_status(status_of(&err));
            }
        }
    }
    Err(err)
}
