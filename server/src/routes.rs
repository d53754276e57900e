//! The one router: server functions, pages, pictures and their upload, the language switcher,
//! static files. Also how a form posted without JavaScript is answered: on success with a
//! redirect to the next page, on failure with the form's own page, rendered again with what
//! was typed and the messages, and the error's status (nothing typed ever goes into an
//! address).

use std::sync::OnceLock;

use app::{
    auth::{Actor, Claimant},
    catalogue::pages::Preloaded,
    error::{AppError, DomainError},
    i18n::{LANG_COOKIE, Locale},
    nominations::pictures::Rendition,
    redirects::safe_next,
    server_fn::{ClientIp, PageRender},
    ui::{PageContext, PostedForm, is_secret_field},
};
use axum::{
    Extension, Router,
    body::Body,
    extract::{DefaultBodyLimit, FromRequest as _, Multipart, Path, Query, Request, State},
    response::{IntoResponse, Redirect, Response},
    routing::{MethodRouter, get, post},
};
use http::{HeaderMap, HeaderValue, Method, StatusCode, header, request::Parts};
use leptos::prelude::*;
use leptos_axum::{AxumRouteListing, LeptosRoutes, handle_server_fns_with_context};
use tower_http::{
    CompressionLevel,
    compression::{CompressionLayer, DefaultPredicate},
    limit::RequestBodyLimitLayer,
};

use crate::{auth, headers, headers::CspNonce, state::AppState};

/// The application's routes, listed once per process.
///
/// Listing runs the whole application once with resource loading suspended, and Leptos keeps
/// that switch in one process-wide flag: a page whose data started loading while another
/// instance in the same process listed its routes would wait forever (seen as a test that
/// hung). Every instance of a process shares this one list, made before any of them serves.
pub fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(app::route_list).clone()
}

/// Builds the router with its middleware; a language in the address is taken off before
/// routing (see [`crate::language`]).
pub fn router(state: AppState) -> Router {
    let secure = state.https;
    Router::new()
        .fallback_service(routed(state))
        .layer(axum::middleware::from_fn(
            move |req: axum::extract::Request, next: axum::middleware::Next| {
                crate::language::language_prefix(secure, req, next)
            },
        ))
}

/// A plain route of the router (neither a page nor a server function): its method, its path
/// and what answers it. The router is made from [`plain_routes`] only, so that the list the
/// access matrix reads ([`plain_route_list`]) is the router's own.
pub(crate) struct Plain(
    pub(crate) &'static str,
    pub(crate) &'static str,
    pub(crate) MethodRouter<AppState>,
);

/// The plain routes, the uploads apart (they take a larger body).
fn plain_routes() -> (Vec<Plain>, Vec<Plain>) {
    let mut plain = vec![
        Plain("GET", "/lang/{code}", get(set_language)),
        Plain("GET", "/health", get(|| async { "ok" })),
        Plain("GET", "/pictures/{id}", get(picture)),
        Plain("GET", "/pictures/{id}/thumb", get(thumbnail)),
        Plain("GET", "/pictures/{id}/display", get(display_copy)),
        Plain(
            "GET",
            "/admin/review/{round}/export/{what}",
            get(review_export),
        ),
        Plain(
            "POST",
            app::exports::EXPORT_ENDPOINT,
            post(crate::exports::download),
        ),
        Plain("GET", "/vote/ledger/{file}", get(crate::ledgers::download)),
        Plain("GET", "/book/{file}", get(crate::book::download)),
    ];
    plain.extend(crate::opendata::routes());
    let uploads = vec![
        Plain("POST", "/submissions/{id}/picture", post(upload_picture)),
        Plain("POST", "/stories/{id}/picture", post(upload_story_picture)),
        Plain(
            "POST",
            "/admin/screening/{id}/picture",
            post(correct_picture),
        ),
    ];
    (plain, uploads)
}

/// Every plain route of the router, as (method, path).
pub fn plain_route_list() -> Vec<(&'static str, &'static str)> {
    let (plain, uploads) = plain_routes();
    plain
        .iter()
        .chain(&uploads)
        .map(|Plain(method, path, _)| (*method, *path))
        .collect()
}

fn add(router: Router<AppState>, routes: Vec<Plain>) -> Router<AppState> {
    routes
        .into_iter()
        .fold(router, |r, Plain(_, path, handler)| r.route(path, handler))
}

/// The routes with their middleware.
fn routed(state: AppState) -> Router {
    let routes = route_list();
    let max_body_bytes = state.max_body_bytes;
    let (plain, uploads) = plain_routes();
    // Uploads get a larger body limit than everything else: room enough for the service to
    // read a file somewhat over the picture limit and say so in the form, rather than a bare 413.
    let upload_limit = state.ctx.config.picture_max_bytes * 2 + 64 * 1024;
    let uploads = add(Router::new(), uploads)
        .layer(DefaultBodyLimit::max(upload_limit))
        .layer(RequestBodyLimitLayer::new(upload_limit));
    let router = Router::new().route(
        "/api/{*fn_name}",
        get(server_fn_handler).post(server_fn_handler),
    );
    add(router, plain)
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
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            headers::security_headers,
        ))
        .layer(compression())
        .with_state(state)
}

/// Pages, JSON and scripts are compressed as they are sent, with brotli or gzip as the
/// browser accepts. Level 5 costs a fraction of rendering the page; the highest brotli level
/// (tower-http's default) would cost more than the rendering itself. Pictures are already
/// compressed and tiny bodies gain nothing: both are sent as they are.
fn compression() -> CompressionLayer<DefaultPredicate> {
    CompressionLayer::new()
        .br(true)
        .gzip(true)
        .quality(CompressionLevel::Precise(5))
}

/// Hands the request's context (state, actor, address, language, nonce, the page's facts) to
/// Leptos.
fn context_of(
    state: &AppState,
    extensions: &http::Extensions,
    posted: Option<PostedForm>,
    page: Option<PageRender>,
    preloaded: Option<Preloaded>,
) -> impl Fn() + Clone + Send + Sync + 'static {
    let ctx = state.ctx.clone();
    let actor = extensions.get::<Actor>().cloned().unwrap_or_default();
    let claimant = extensions.get::<Claimant>().copied();
    let ip = extensions.get::<ClientIp>().copied();
    let locale = extensions.get::<Locale>().copied().unwrap_or_default();
    let nonce = extensions.get::<CspNonce>().map(|n| n.0.clone());
    let page_context = PageContext {
        site: state.site.clone(),
        me: app::auth::actor::me(&actor),
        posted,
    };
    move || {
        provide_context(ctx.clone());
        provide_context(actor.clone());
        if let Some(claimant) = claimant {
            provide_context(claimant);
        }
        if let Some(ip) = ip {
            provide_context(ip);
        }
        provide_context(locale);
        if let Some(nonce) = &nonce {
            // The same nonce the Content-Security-Policy header names.
            provide_context(leptos::nonce::Nonce::from_value(nonce.as_str()));
        }
        provide_context(page_context.clone());
        if let Some(page) = &page {
            provide_context(page.clone());
        }
        if let Some(preloaded) = &preloaded {
            provide_context(preloaded.clone());
        }
    }
}

async fn server_fn_handler(State(state): State<AppState>, req: Request) -> Response {
    if app::server_fn::is_plain_post(req.method(), req.headers()) {
        return plain_post(state, req).await;
    }
    let context = context_of(&state, req.extensions(), None, None, None);
    let res = handle_server_fns_with_context(context, req)
        .await
        .into_response();
    request_errors_are_400(res).await
}

/// Arguments that do not decode (a missing or malformed field) fail before the server
/// function runs and would come back as a 500; they are the caller's mistake.
async fn request_errors_are_400(res: Response) -> Response {
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
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

/// The page a form posted without JavaScript came from: the `Referer` when it is a page of
/// this site, else the usual page of that form, else the page that explains a problem.
fn form_page(headers: &HeaderMap, endpoint: &str) -> String {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let referer = headers.get(header::REFERER).and_then(|h| h.to_str().ok());
    if let (Some(host), Some(referer)) = (host, referer)
        && let Ok(url) = url::Url::parse(referer)
    {
        let authority = match url.port() {
            Some(port) => format!("{}:{port}", url.host_str().unwrap_or_default()),
            None => url.host_str().unwrap_or_default().to_owned(),
        };
        if authority.eq_ignore_ascii_case(host) {
            let mut path = url.path().to_owned();
            if let Some(q) = url.query() {
                path.push('?');
                path.push_str(q);
            }
            return safe_next(&format!("{}://{host}", url.scheme()), &path);
        }
    }
    let usual = match endpoint.trim_start_matches("/api/") {
        "accounts/login" => "/login",
        "accounts/register-account" => "/register",
        "accounts/request-password-reset" => "/forgot",
        "accounts/reset-password" => "/reset",
        "accounts/update-profile" | "accounts/change-password" | "accounts/resend-confirmation" => {
            "/account"
        }
        "nominations/create-submission" => "/submissions",
        _ => "/problem",
    };
    usual.to_owned()
}

/// A form posted without JavaScript. Success: the server function's redirect (or back to the
/// form's page). Failure: the form's page, rendered again with what was typed (never
/// passwords or tokens) and the messages, with the error's status.
async fn plain_post(state: AppState, req: Request) -> Response {
    let (mut parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, state.max_body_bytes).await else {
        return (StatusCode::PAYLOAD_TOO_LARGE, "The form is too large.").into_response();
    };
    let endpoint = parts.uri.path().to_owned();
    let page = form_page(&parts.headers, &endpoint);
    // Leptos would answer a plain post by redirecting to the Referer, carrying the error in
    // the address; the answer is decided here instead.
    parts.headers.remove(header::REFERER);
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let values: Vec<(String, String)> = if is_form {
        url::form_urlencoded::parse(&bytes)
            .filter(|(k, _)| !is_secret_field(k))
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    } else {
        Vec::new()
    };
    let context = context_of(&state, &parts.extensions, None, None, None);
    let res = handle_server_fns_with_context(
        context,
        Request::from_parts(parts.clone(), Body::from(bytes)),
    )
    .await
    .into_response();
    let res = request_errors_are_400(res).await;
    let status = res.status();
    if status.is_redirection() {
        return res;
    }
    if status.is_success() {
        return Redirect::to(&page).into_response();
    }
    let retry_after = res.headers().get(header::RETRY_AFTER).cloned();
    let body = axum::body::to_bytes(res.into_body(), 64 * 1024)
        .await
        .unwrap_or_default();
    let error = serde_json::from_slice::<AppError>(&body).unwrap_or(AppError::Internal);
    answer_failed_post(
        &state,
        parts,
        page,
        endpoint,
        values,
        error,
        status,
        retry_after,
    )
    .await
}

/// Answers a failed post without JavaScript with the form's page.
#[expect(
    clippy::too_many_arguments,
    reason = "the pieces of one answer, gathered by two callers"
)]
pub(crate) async fn answer_failed_post(
    state: &AppState,
    parts: Parts,
    page: String,
    endpoint: String,
    values: Vec<(String, String)>,
    error: AppError,
    status: StatusCode,
    retry_after: Option<HeaderValue>,
) -> Response {
    if error == AppError::Unauthenticated {
        let next = urlencoding::encode(&page).into_owned();
        return Redirect::to(&format!("/login?next={next}")).into_response();
    }
    let posted = PostedForm {
        endpoint,
        page: page.split(['?', '#']).next().unwrap_or("/").to_owned(),
        values,
        error,
    };
    let uri = page
        .parse::<http::Uri>()
        .unwrap_or_else(|_| http::Uri::from_static("/problem"));
    let mut get = Request::new(Body::empty());
    *get.uri_mut() = uri;
    *get.method_mut() = Method::GET;
    *get.headers_mut() = parts.headers;
    get.headers_mut().remove(header::CONTENT_TYPE);
    get.headers_mut().remove(header::CONTENT_LENGTH);
    *get.extensions_mut() = parts.extensions;
    let mut res = render(state, get, Some(posted)).await;
    if res.status().is_redirection() {
        return res;
    }
    *res.status_mut() = status;
    if let Some(v) = retry_after {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

/// Renders a page. Pages are rendered whole before they are sent (not streamed), so that they
/// are complete without JavaScript and the status code can still change.
async fn render(state: &AppState, req: Request, posted: Option<PostedForm>) -> Response {
    let page = PageRender {
        path_and_query: req
            .uri()
            .path_and_query()
            .map_or_else(|| "/".to_owned(), ToString::to_string),
    };
    let locale = req
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or_default();
    let preloaded = app::catalogue::public::preload(&state.ctx, locale, req.uri().path()).await;
    let context = context_of(state, req.extensions(), posted, Some(page), preloaded);
    app::render_page(
        req,
        state.leptos_options.clone(),
        std::sync::Arc::new(context),
    )
    .await
}

async fn page_handler(State(state): State<AppState>, req: Request) -> Response {
    render(&state, req, None).await
}

/// A multipart upload's fields: the picture's bytes, and the reason typed beside it (a
/// correction's).
struct Upload {
    bytes: Vec<u8>,
    reason: String,
}

/// The `picture` and `reason` fields of a multipart upload, with the request's parts (to
/// answer a failed upload with its page).
async fn picture_field(state: &AppState, req: Request) -> (Parts, Result<Upload, DomainError>) {
    let (parts, body) = req.into_parts();
    let multipart = Multipart::from_request(Request::from_parts(parts.clone(), body), state).await;
    let Ok(mut multipart) = multipart else {
        return (
            parts,
            Err(DomainError::invalid("picture", "picture-required")),
        );
    };
    let mut upload = Upload {
        bytes: Vec::new(),
        reason: String::new(),
    };
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("picture") => match field.bytes().await {
                Ok(b) => upload.bytes = b.to_vec(),
                Err(_) => {
                    return (
                        parts,
                        Err(DomainError::invalid("picture", "picture-too-large")),
                    );
                }
            },
            Ok(Some(field)) if field.name() == Some("reason") => match field.text().await {
                Ok(t) => upload.reason = t,
                Err(_) => {
                    return (
                        parts,
                        Err(DomainError::invalid("reason", "reason-too-long")),
                    );
                }
            },
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(_) => {
                return (
                    parts,
                    Err(DomainError::invalid("picture", "picture-too-large")),
                );
            }
        }
    }
    (parts, Ok(upload))
}

/// What a picture is uploaded for: each has its page, and its form there.
#[derive(Clone, Copy)]
enum UploadFor {
    Submission,
    Story,
    /// The secretariat's correction of a sent submission's picture.
    Correction,
}

/// An upload from a plain multipart form (so that it works without JavaScript): back to
/// the page (with `?picture=1`) once stored, or the page again with the form's message.
async fn upload_to(
    state: AppState,
    id: i64,
    actor: Actor,
    req: Request,
    what: UploadFor,
) -> Response {
    let (parts, bytes) = picture_field(&state, req).await;
    let (back, endpoint) = match what {
        UploadFor::Submission => (
            format!("/submissions/{id}"),
            app::nominations::pages::PICTURE_ENDPOINT,
        ),
        UploadFor::Story => (
            format!("/stories/{id}"),
            app::publication::pages::PICTURE_ENDPOINT,
        ),
        UploadFor::Correction => (
            format!("/admin/screening/{id}"),
            app::nominations::pages::CORRECTION_PICTURE_ENDPOINT,
        ),
    };
    let reason = bytes.as_ref().map(|u| u.reason.clone()).unwrap_or_default();
    let result = match (bytes, what) {
        (Err(e), _) => Err(e),
        (Ok(u), UploadFor::Submission) => {
            app::nominations::pictures::upload(&state.ctx, &actor, id, u.bytes)
                .await
                .map(drop)
        }
        (Ok(u), UploadFor::Story) => {
            app::publication::stories::upload_picture(&state.ctx, &actor, id, u.bytes)
                .await
                .map(drop)
        }
        (Ok(u), UploadFor::Correction) => {
            app::nominations::corrections::correct_picture(
                &state.ctx, &actor, id, u.bytes, &u.reason,
            )
            .await
        }
    };
    match result {
        Ok(()) if matches!(what, UploadFor::Correction) => {
            Redirect::to(&format!("{back}?corrected=1#correction")).into_response()
        }
        Ok(()) => Redirect::to(&format!("{back}?picture=1")).into_response(),
        Err(e) => {
            let err = AppError::from(e);
            let status = app::server_fn::status_of(&err);
            answer_failed_post(
                &state,
                parts,
                back,
                endpoint.to_owned(),
                // What was typed beside the file comes back in its field.
                vec![("reason".to_owned(), reason)],
                err,
                status,
                None,
            )
            .await
        }
    }
}

/// A picture upload from the submission form.
async fn upload_picture(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Extension(actor): Extension<Actor>,
    req: Request,
) -> Response {
    upload_to(state, id, actor, req, UploadFor::Submission).await
}

/// The secretariat's correction of a sent submission's picture, with its reason.
async fn correct_picture(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Extension(actor): Extension<Actor>,
    req: Request,
) -> Response {
    upload_to(state, id, actor, req, UploadFor::Correction).await
}

/// A picture upload from a story's page.
async fn upload_story_picture(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Extension(actor): Extension<Actor>,
    req: Request,
) -> Response {
    upload_to(state, id, actor, req, UploadFor::Story).await
}

/// How long browsers and shared caches may keep a public picture: a picture whose submission
/// is withdrawn or found not eligible stops being served within this time.
const PUBLIC_PICTURE_MAX_AGE: &str = "public, max-age=300";

async fn serve_picture(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
    id: i64,
    copy: Rendition,
) -> Response {
    // A submission's picture, else a story's.
    let served = match app::nominations::pictures::serve(&state.ctx, actor, id, copy).await {
        Err(DomainError::NotFound) => {
            app::publication::stories::picture_of_story(&state.ctx, actor, id, copy).await
        }
        other => other,
    };
    match served {
        Ok(p) => {
            // A stored picture never changes (a new upload is a new picture): its id is its
            // version.
            let etag = format!("\"{id}{}\"", copy.tag());
            let cache = if p.public {
                PUBLIC_PICTURE_MAX_AGE
            } else {
                "private, no-store"
            };
            let fresh = headers
                .get(header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
            let mut res = if fresh && p.public {
                StatusCode::NOT_MODIFIED.into_response()
            } else {
                let mut res = p.bytes.into_response();
                if let Ok(v) = HeaderValue::from_str(p.content_type.code()) {
                    res.headers_mut().insert(header::CONTENT_TYPE, v);
                }
                res
            };
            let h = res.headers_mut();
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            if let Ok(v) = HeaderValue::from_str(&etag) {
                h.insert(header::ETAG, v);
            }
            res
        }
        Err(_) => (
            StatusCode::NOT_FOUND,
            [(header::CACHE_CONTROL, "no-store")],
            "Not found",
        )
            .into_response(),
    }
}

async fn picture(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
) -> Response {
    serve_picture(&state, &actor, &headers, id, Rendition::Original).await
}

async fn thumbnail(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
) -> Response {
    serve_picture(&state, &actor, &headers, id, Rendition::Thumb).await
}

/// The copy public pages show: at most 1,200 pixels a side.
async fn display_copy(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
) -> Response {
    serve_picture(&state, &actor, &headers, id, Rendition::Display).await
}

/// A review round's ranking or reviews as CSV, for the secretariat.
async fn review_export(
    State(state): State<AppState>,
    Path((round, what)): Path<(String, String)>,
    Extension(actor): Extension<Actor>,
) -> Response {
    use app::review::{RoundKind, standings};
    let Some(kind) = RoundKind::from_code(&round) else {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    };
    let result = match what.as_str() {
        "ranking.csv" => standings::export_ranking(&state.ctx, &actor, kind).await,
        "reviews.csv" => standings::export_reviews(&state.ctx, &actor, kind).await,
        _ => return (StatusCode::NOT_FOUND, "Not found").into_response(),
    };
    match result {
        Ok(csv) => {
            let disposition = format!("attachment; filename=\"{round}-{what}\"");
            let mut res = csv.into_response();
            let h = res.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            if let Ok(v) = HeaderValue::from_str(&disposition) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            res
        }
        Err(err) => {
            let err = app::error::AppError::from(err);
            (app::server_fn::status_of(&err), err.to_string()).into_response()
        }
    }
}

/// Static files from the site folder, else the application's "not found" page.
async fn fallback(State(state): State<AppState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    if parts.method == Method::GET || parts.method == Method::HEAD {
        let static_req = Request::from_parts(parts.clone(), Body::empty());
        if let Some(res) = crate::assets::serve(&state.leptos_options, static_req).await {
            return res;
        }
    }
    let mut res = render(&state, Request::from_parts(parts, body), None).await;
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
async fn set_language(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    let Some(locale) = Locale::from_code(&code) else {
        return (StatusCode::NOT_FOUND, "Unknown language").into_response();
    };
    let next = safe_next(
        &state.ctx.config.public_url,
        q.next.as_deref().unwrap_or("/"),
    );
    let secure = if state.https { "; Secure" } else { "" };
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
        locale.code()
    );
    let mut res = Redirect::to(&next).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}
