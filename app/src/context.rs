//! What a request handler needs, handed to server functions as Leptos context: the shared
//! application state ([`AppContext`]), who is asking ([`Actor`]) and from where ([`ClientIp`]).
//! Also the glue that turns a service result into a server-function response.

use std::{net::IpAddr, num::NonZeroU32, sync::Arc, time::Duration};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter, clock::Clock as _};
use http::{HeaderValue, StatusCode, header};
use leptos::prelude::*;
use sea_orm::DatabaseConnection;
use secrecy::SecretString;

use crate::{
    accounts::{Role, session::JwtKeys},
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
}

/// Per-action quotas, each keyed once by client address and once by account (e-mail).
#[derive(Clone, Copy, Debug)]
pub struct Quotas {
    pub login_per_minute: u32,
    pub register_per_hour: u32,
    pub reset_per_hour: u32,
}

impl Default for Quotas {
    fn default() -> Self {
        Self {
            login_per_minute: 10,
            register_per_hour: 20,
            reset_per_hour: 5,
        }
    }
}

/// A keyed rate limiter for one action.
pub struct Limiter {
    by_ip: DefaultKeyedRateLimiter<IpAddr>,
    by_account: DefaultKeyedRateLimiter<String>,
}

impl Limiter {
    fn new(quota: Quota) -> Self {
        Self {
            by_ip: RateLimiter::keyed(quota),
            by_account: RateLimiter::keyed(quota),
        }
    }

    /// Takes one unit for this address (and this account, when known).
    ///
    /// # Errors
    /// [`DomainError::RateLimited`] with the time to wait.
    pub fn check(&self, ip: IpAddr, account: Option<&str>) -> Result<(), DomainError> {
        let clock = governor::clock::DefaultClock::default();
        if let Err(not_until) = self.by_ip.check_key(&ip) {
            return Err(DomainError::RateLimited(
                not_until.wait_time_from(clock.now()),
            ));
        }
        if let Some(account) = account
            && let Err(not_until) = self.by_account.check_key(&account.to_lowercase())
        {
            return Err(DomainError::RateLimited(
                not_until.wait_time_from(clock.now()),
            ));
        }
        Ok(())
    }

    /// Drops keys that have fully replenished, so memory stays bounded.
    pub fn retain_recent(&self) {
        self.by_ip.retain_recent();
        self.by_account.retain_recent();
    }
}

/// The rate limits of the sensitive actions. They live in each instance's memory: behind a
/// load balancer each instance counts on its own.
pub struct RateLimits {
    pub login: Limiter,
    pub register: Limiter,
    pub reset: Limiter,
    /// Invitations sent by mail (co-owners): the same quota as registrations.
    pub invite: Limiter,
}

fn nz(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN)
}

impl RateLimits {
    pub fn new(q: Quotas) -> Self {
        Self {
            login: Limiter::new(Quota::per_minute(nz(q.login_per_minute))),
            register: Limiter::new(Quota::per_hour(nz(q.register_per_hour))),
            reset: Limiter::new(Quota::per_hour(nz(q.reset_per_hour))),
            invite: Limiter::new(Quota::per_hour(nz(q.register_per_hour))),
        }
    }

    pub fn retain_recent(&self) {
        self.login.retain_recent();
        self.register.retain_recent();
        self.reset.retain_recent();
        self.invite.retain_recent();
    }
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
    pub clock: Clock,
}

impl AppContext {
    pub fn new(
        db: DatabaseConnection,
        config: DomainConfig,
        jwt_secret: &SecretString,
        quotas: Quotas,
    ) -> Self {
        Self {
            db,
            config: Arc::new(config),
            keys: Arc::new(JwtKeys::new(jwt_secret)),
            limits: Arc::new(RateLimits::new(quotas)),
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

/// True when the request is a plain HTML form post (no JavaScript): the browser expects a page.
pub fn is_plain_form_post() -> bool {
    use_context::<http::request::Parts>()
        .and_then(|p| {
            p.headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        })
        .is_some_and(|accept| accept.contains("text/html"))
}

/// Turns a service result into a server-function result: sets the HTTP status (and
/// `Retry-After` when rate limited) and, for a form posted without JavaScript, sends the
/// browser back to the form with what was typed (`echo`, never passwords) and the error in
/// the query string, so that the page can show both.
///
/// # Errors
/// The service's error as an [`AppError`].
pub fn respond<T>(result: Result<T, DomainError>, echo: &[(&str, &str)]) -> Result<T, AppError> {
    let err = match result {
        Ok(value) => return Ok(value),
        Err(err) => AppError::from(err),
    };
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let status = match &err {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::PhaseClosed(_) | AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::RateLimited { retry_after_secs } => {
                if let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string()) {
                    response.insert_header(header::RETRY_AFTER, v);
                }
                StatusCode::TOO_MANY_REQUESTS
            }
            AppError::Internal | AppError::Request(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        if is_plain_form_post() {
            if let Some(back) = referer_path() {
                let mut query: Vec<(String, String)> = echo
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect();
                query.push(("error".to_owned(), err.to_query_value()));
                leptos_axum::redirect(&crate::ui::with_query(&back, &query));
            }
        } else {
            response.set_status(status);
        }
    }
    Err(err)
}

/// The path (without query) of the page the form was posted from, if it is on this site.
fn referer_path() -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    let referer = parts.headers.get(header::REFERER)?.to_str().ok()?;
    let host = parts.headers.get(header::HOST)?.to_str().ok()?;
    // Only ever send the browser back to a page of this site.
    let after_scheme = referer.split_once("://").map(|(_, rest)| rest)?;
    let (ref_host, path) = after_scheme.split_once('/').unwrap_or((after_scheme, ""));
    if ref_host != host {
        return None;
    }
    let path = path.split(['?', '#']).next().unwrap_or_default();
    Some(format!("/{path}"))
}
