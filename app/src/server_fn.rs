//! The glue between HTTP and the services: what a server function reads from context
//! ([`request`]), how a service result becomes its response ([`respond`]), and how a form
//! posted without JavaScript is answered (post, redirect, get).

use std::net::IpAddr;

use http::{HeaderValue, StatusCode, header};
use leptos::prelude::*;

use crate::{
    auth::{Actor, Claimant},
    error::{AppError, DomainError},
    state::AppContext,
};

/// The client's address, as the server decided to believe it (see `WSIS_TRUSTED_PROXIES`).
#[derive(Clone, Copy, Debug)]
pub struct ClientIp(pub IpAddr);

/// Everything a server function reads from context.
pub struct Request {
    pub ctx: AppContext,
    pub actor: Actor,
    /// The account the request's sign-in token names, checked for its signature only (see
    /// [`Claimant`]); the actor is the checked session.
    pub claimant: Option<Claimant>,
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
    let claimant = use_context::<Claimant>();
    Ok(Request {
        ctx,
        actor,
        claimant,
        ip,
    })
}

/// Marks a page rendered on the server, as opposed to a server function called over HTTP.
/// A signed-out visitor on a page that needs an account is sent to sign in and brought back.
#[derive(Clone, Debug)]
pub struct PageRender {
    /// The page's path and query, where signing in brings the visitor back.
    pub path_and_query: String,
}

/// True for a form posted by the browser itself, without JavaScript: it expects a page back.
pub fn is_plain_post(method: &http::Method, headers: &http::HeaderMap) -> bool {
    method == http::Method::POST
        && headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
}

/// True when the request is a plain HTML form post (no JavaScript): the browser expects a page.
pub fn is_plain_form_post() -> bool {
    use_context::<http::request::Parts>().is_some_and(|p| is_plain_post(&p.method, &p.headers))
        && use_context::<PageRender>().is_none()
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
    answer(result.map_err(AppError::from))
}

/// [`respond`] for a result already in wire terms (a page's data read before it renders):
/// sets the HTTP status of the error, or sends a signed-out visitor to sign in.
///
/// # Errors
/// The error it was given.
pub fn answer<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    let err = match result {
        Ok(value) => return Ok(value),
        Err(err) => err,
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
