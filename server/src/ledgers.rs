//! The vote's ledger for download (`/vote/ledger/YEAR.jsonl`), once its results are
//! published (before, to the secretariat only).
//!
//! A ledger never changes once its results are final, and a large vote's ledger runs to
//! hundreds of megabytes: it is built once per instance, written to the data folder (with a
//! gzip copy) under a name holding its last hash, and served from there as a file, with
//! ranges and a compressed copy for browsers that take one. Building is done by one request
//! at a time; the others wait for the file.

use std::{
    io::Write as _,
    path::{Path, PathBuf},
};

use app::{auth::Actor, error::AppError, server_fn::ClientIp};
use axum::{
    Extension,
    body::Body,
    extract::{Path as UrlPath, Request, State},
    response::{IntoResponse, Response},
};
use http::{HeaderValue, header};
use tower::ServiceExt as _;
use tower_http::services::ServeFile;

use crate::state::AppState;

/// One ledger built at a time in this process.
static BUILDING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// How long a published ledger may be kept by browsers and proxies: it never changes.
const PUBLISHED_MAX_AGE: &str = "public, max-age=86400";

pub async fn download(
    State(state): State<AppState>,
    UrlPath(file): UrlPath<String>,
    Extension(actor): Extension<Actor>,
    Extension(ClientIp(ip)): Extension<ClientIp>,
    req: Request,
) -> Response {
    let Some(year) = file
        .strip_suffix(".jsonl")
        .and_then(|y| y.parse::<i32>().ok())
    else {
        return not_found();
    };
    let access = match app::voting::published::ledger_access(&state.ctx, &actor, ip, year).await {
        Ok(a) => a,
        Err(e) => return failure(AppError::from(e)),
    };
    let path = match written(&state, year, &access.head).await {
        Ok(p) => p,
        Err(e) => {
            tracing::error!(error = %e, year, "the ledger could not be written out");
            return failure(AppError::Internal);
        }
    };
    let served = ServeFile::new(&path)
        .precompressed_gzip()
        .oneshot(req)
        .await;
    let mut res = match served {
        Ok(res) => res.map(Body::new),
        Err(e) => {
            tracing::error!(error = %e, year, "the ledger could not be read");
            return failure(AppError::Internal);
        }
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/jsonl; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if access.preview {
            "private, no-store"
        } else {
            PUBLISHED_MAX_AGE
        }),
    );
    if let Ok(v) = HeaderValue::from_str(&format!(
        "attachment; filename=\"wsis-prizes-{year}-ledger.jsonl\""
    )) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("\"{}\"", access.head)) {
        h.insert(header::ETAG, v);
    }
    res
}

fn not_found() -> Response {
    failure(AppError::NotFound)
}

pub(crate) fn failure(err: AppError) -> Response {
    let mut res = (app::server_fn::status_of(&err), err.to_string()).into_response();
    if let AppError::RateLimited { retry_after_secs } = err
        && let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string())
    {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The ledger of `year` ending on `head`, as a file in the data folder: built now if this
/// instance has not built it yet.
async fn written(state: &AppState, year: i32, head: &str) -> anyhow::Result<PathBuf> {
    let dir = state.data_dir.join("ledgers");
    // The hash names the content: a file of that name is that ledger.
    let short: String = head
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(16)
        .collect();
    let path = dir.join(format!("{year}-{short}.jsonl"));
    if tokio::fs::try_exists(&path).await? {
        return Ok(path);
    }
    let _one = BUILDING.lock().await;
    if tokio::fs::try_exists(&path).await? {
        return Ok(path);
    }
    let (text, _) = app::voting::results::ledger_of(&state.ctx.db, year).await?;
    let target = path.clone();
    tokio::task::spawn_blocking(move || write_files(&dir, &target, &text)).await??;
    Ok(path)
}

/// Writes `text` to `path` and its gzip copy beside it, each through a temporary file
/// renamed into place, the plain file last (its presence says both are complete).
fn write_files(dir: &Path, path: &Path, text: &str) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    let gz = path.with_extension("jsonl.gz");
    let partial = |p: &Path| p.with_extension(format!("partial-{}", std::process::id()));
    let gz_partial = partial(&gz);
    let mut encoder = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz_partial)?,
        flate2::Compression::default(),
    );
    encoder.write_all(text.as_bytes())?;
    encoder.finish()?.sync_all()?;
    std::fs::rename(&gz_partial, &gz)?;
    let plain_partial = partial(path);
    let mut file = std::fs::File::create(&plain_partial)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    std::fs::rename(&plain_partial, path)?;
    Ok(())
}
