//! The open data under `/api/v1`: JSON (or CSV with `?format=csv`) that anyone may fetch
//! from anywhere (`Access-Control-Allow-Origin: *`), cached for five minutes, with an
//! `ETag` (a digest of the body) so that a client that has it gets 304, the licence in every
//! answer (and in a `Link` header), limited per network. The OpenAPI document describing it
//! is at `/api/v1/openapi.json`.

use app::{
    error::{AppError, DomainError},
    opendata::{
        Category, CategoryList, Edition, EditionList, LICENCE_URL, Licence, Phase, Problem,
        Project, ProjectList, Story, StoryList, Which, service,
    },
    server_fn::ClientIp,
};
use axum::{
    Extension, Json,
    extract::{Path, Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use utoipa::OpenApi;

use crate::{routes::Plain, state::AppState};

/// How long anyone may keep an answer: the data changes a few times a year, but an award
/// must not lag its publication by long.
const MAX_AGE: &str = "public, max-age=300";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "WSIS Prizes open data",
        description = "The editions of the WSIS Prizes, their categories, and the projects the \
            public may see: nominees from the opening of the vote, champions and winners once \
            the results are published. Every list is JSON, or CSV with `format=csv`. What is \
            not public yet answers 404, like what does not exist.",
        license(
            name = "CC BY 4.0",
            url = "https://creativecommons.org/licenses/by/4.0/"
        )
    ),
    paths(editions, categories, projects, stories),
    components(schemas(
        EditionList,
        Edition,
        Phase,
        CategoryList,
        Category,
        ProjectList,
        Project,
        StoryList,
        Story,
        Licence,
        Problem
    ))
)]
struct ApiDoc;

/// The routes of the open data.
pub(crate) fn routes() -> Vec<Plain> {
    vec![
        Plain("GET", "/api/v1/openapi.json", get(openapi)),
        Plain("GET", "/api/v1/editions", get(editions)),
        Plain("GET", "/api/v1/editions/{year}/categories", get(categories)),
        Plain("GET", "/api/v1/editions/{year}/stories", get(stories)),
        Plain("GET", "/api/v1/editions/{year}/{list}", get(projects)),
    ]
}

/// `json` (the default) or `csv`.
#[derive(Deserialize)]
struct Format {
    format: Option<String>,
}

impl Format {
    /// Whether CSV was asked for; `None` for a format that is neither.
    fn csv(&self) -> Option<bool> {
        match self.format.as_deref() {
            None | Some("" | "json") => Some(false),
            Some("csv") => Some(true),
            Some(_) => None,
        }
    }
}

fn unknown_format() -> Response {
    problem(
        StatusCode::BAD_REQUEST,
        "format is json (the default) or csv",
    )
}

/// An answer anyone may keep and share: CORS, caching, `ETag` and 304, the licence.
fn shared(headers: &HeaderMap, body: Vec<u8>, content_type: &'static str, file: &str) -> Response {
    let etag = format!("\"{}\"", hex::encode(&Sha256::digest(&body)[..16]));
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut res = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, content_type)], body).into_response()
    };
    let h = res.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(MAX_AGE));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("<{LICENCE_URL}>; rel=\"license\"")) {
        h.insert(header::LINK, v);
    }
    if content_type.starts_with("text/csv")
        && let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{file}.csv\""))
    {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

fn problem(status: StatusCode, error: &str) -> Response {
    let mut res = (
        status,
        Json(Problem {
            error: error.to_owned(),
        }),
    )
        .into_response();
    let h = res.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

fn failure(err: DomainError) -> Response {
    let err = AppError::from(err);
    let text = match &err {
        AppError::NotFound => "not found, or not public yet".to_owned(),
        other => other.to_string(),
    };
    let mut res = problem(app::server_fn::status_of(&err), &text);
    if let AppError::RateLimited { retry_after_secs } = err
        && let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string())
    {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

/// How a list is written: as CSV, and as the JSON body (with the licence).
type Shapes<T, L> = (fn(&[T]) -> Result<String, DomainError>, fn(Vec<T>) -> L);

/// The path every list takes: the per-network limit first (before any work), the format,
/// then the list read by `data` as JSON (`wrapped` with the licence) or CSV (`csv`).
async fn answer<T, L: serde::Serialize>(
    state: &AppState,
    ip: std::net::IpAddr,
    headers: &HeaderMap,
    format: &Format,
    file: &str,
    data: impl Future<Output = Result<Vec<T>, DomainError>>,
    (csv, wrapped): Shapes<T, L>,
) -> Response {
    if let Err(e) = state.ctx.limits.open_data.check(ip, None) {
        return failure(e);
    }
    let Some(as_csv) = format.csv() else {
        return unknown_format();
    };
    let data = match data.await {
        Ok(data) => data,
        Err(e) => return failure(e),
    };
    if as_csv {
        return match csv(&data) {
            Ok(text) => shared(headers, text.into_bytes(), "text/csv; charset=utf-8", file),
            Err(e) => failure(e),
        };
    }
    match serde_json::to_vec(&wrapped(data)) {
        Ok(body) => shared(headers, body, "application/json", file),
        Err(e) => failure(DomainError::internal(e)),
    }
}

async fn openapi(headers: HeaderMap) -> Response {
    match ApiDoc::openapi().to_json() {
        Ok(text) => shared(&headers, text.into_bytes(), "application/json", "openapi"),
        Err(e) => failure(DomainError::internal(e)),
    }
}

/// Every edition, with its calendar and whether its results are published.
#[utoipa::path(
    get,
    path = "/api/v1/editions",
    params(("format" = Option<String>, Query, description = "`json` (default) or `csv` (one row per phase)")),
    responses(
        (status = 200, description = "The editions, the most recent first", body = EditionList),
        (status = 429, description = "Too many requests from this network", body = Problem),
    )
)]
async fn editions(
    State(state): State<AppState>,
    Extension(ClientIp(ip)): Extension<ClientIp>,
    headers: HeaderMap,
    Query(format): Query<Format>,
) -> Response {
    answer(
        &state,
        ip,
        &headers,
        &format,
        "wsis-prizes-editions",
        service::editions(&state.ctx),
        (service::editions_csv, |data| EditionList {
            licence: Licence::of_the_data(),
            data,
        }),
    )
    .await
}

/// An edition's categories, in order.
#[utoipa::path(
    get,
    path = "/api/v1/editions/{year}/categories",
    params(
        ("year" = i32, Path, description = "The edition's year"),
        ("format" = Option<String>, Query, description = "`json` (default) or `csv`"),
    ),
    responses(
        (status = 200, description = "The categories", body = CategoryList),
        (status = 404, description = "No such edition", body = Problem),
        (status = 429, description = "Too many requests from this network", body = Problem),
    )
)]
async fn categories(
    State(state): State<AppState>,
    Extension(ClientIp(ip)): Extension<ClientIp>,
    headers: HeaderMap,
    Path(year): Path<String>,
    Query(format): Query<Format>,
) -> Response {
    answer(
        &state,
        ip,
        &headers,
        &format,
        &format!("wsis-prizes-{year}-categories"),
        service::categories(&state.ctx, &year),
        (service::categories_csv, |data| CategoryList {
            licence: Licence::of_the_data(),
            data,
        }),
    )
    .await
}

/// An edition's nominees (from the opening of its vote), champions or winners (once its
/// results are published), by category then title.
#[utoipa::path(
    get,
    path = "/api/v1/editions/{year}/{list}",
    params(
        ("year" = i32, Path, description = "The edition's year"),
        ("list" = String, Path, description = "`nominees`, `champions` (winners among them) or `winners`"),
        ("format" = Option<String>, Query, description = "`json` (default) or `csv`"),
    ),
    responses(
        (status = 200, description = "The projects", body = ProjectList),
        (status = 404, description = "No such edition or list, or not public yet", body = Problem),
        (status = 429, description = "Too many requests from this network", body = Problem),
    )
)]
async fn projects(
    State(state): State<AppState>,
    Extension(ClientIp(ip)): Extension<ClientIp>,
    headers: HeaderMap,
    Path((year, list)): Path<(String, String)>,
    Query(format): Query<Format>,
) -> Response {
    // An unknown list costs nothing to refuse.
    let Some(which) = Which::from_name(&list) else {
        return failure(DomainError::NotFound);
    };
    answer(
        &state,
        ip,
        &headers,
        &format,
        &format!("wsis-prizes-{year}-{list}"),
        service::projects(&state.ctx, &year, which),
        (service::projects_csv, |data| ProjectList {
            licence: Licence::of_the_data(),
            data,
        }),
    )
    .await
}

/// An edition's approved success stories, once its results are published, in the book's
/// order (by category, the winners first).
#[utoipa::path(
    get,
    path = "/api/v1/editions/{year}/stories",
    params(
        ("year" = i32, Path, description = "The edition's year"),
        ("format" = Option<String>, Query, description = "`json` (default) or `csv`"),
    ),
    responses(
        (status = 200, description = "The stories", body = StoryList),
        (status = 404, description = "No such edition, or not public yet", body = Problem),
        (status = 429, description = "Too many requests from this network", body = Problem),
    )
)]
async fn stories(
    State(state): State<AppState>,
    Extension(ClientIp(ip)): Extension<ClientIp>,
    headers: HeaderMap,
    Path(year): Path<String>,
    Query(format): Query<Format>,
) -> Response {
    answer(
        &state,
        ip,
        &headers,
        &format,
        &format!("wsis-prizes-{year}-stories"),
        service::stories(&state.ctx, &year),
        (service::stories_csv, |data| StoryList {
            licence: Licence::of_the_data(),
            data,
        }),
    )
    .await
}
