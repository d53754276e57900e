//! The success stories' book as PDF (`/book/YEAR.pdf`): for anyone once the edition's
//! results are published, for the secretariat before (a preview nobody may cache). Drawing
//! costs work, so the file is limited per network like the open data and drawn once per
//! version (see `app::publication::book::pdf`).

use app::{auth::Actor, error::AppError, server_fn::ClientIp};
use axum::{
    Extension,
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

use crate::{ledgers::failure, state::AppState};

/// How long a published book may be kept: stories are rarely corrected after publication,
/// but a correction should not lag by long.
const PUBLISHED_MAX_AGE: &str = "public, max-age=300";

pub async fn download(
    State(state): State<AppState>,
    Path(file): Path<String>,
    Extension(actor): Extension<Actor>,
    Extension(ClientIp(ip)): Extension<ClientIp>,
    headers: HeaderMap,
) -> Response {
    if let Err(e) = state.ctx.limits.open_data.check(ip, None) {
        return failure(AppError::from(e));
    }
    let Some(year) = file.strip_suffix(".pdf") else {
        return failure(AppError::NotFound);
    };
    let pdf = match app::publication::book::pdf(&state.ctx, &actor, year).await {
        Ok(pdf) => pdf,
        Err(e) => return failure(AppError::from(e)),
    };
    let etag = format!("\"{}\"", pdf.version);
    let fresh = !pdf.preview
        && headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    let mut res = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(header::CONTENT_TYPE, "application/pdf")],
            pdf.bytes.as_ref().clone(),
        )
            .into_response()
    };
    let h = res.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if pdf.preview {
            "private, no-store"
        } else {
            PUBLISHED_MAX_AGE
        }),
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!(
        "attachment; filename=\"wsis-success-stories-{year}.pdf\""
    )) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}
