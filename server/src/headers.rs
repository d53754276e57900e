//! Security headers on every response, and the Content-Security-Policy nonce of each page.
//!
//! - `Content-Security-Policy` on pages: scripts only from this site or carrying this
//!   response's nonce (the hydration loader), WebAssembly allowed to compile, nothing inline
//!   otherwise, no plugins, no `<base>`, forms only to this site, never framed.
//! - `X-Content-Type-Options: nosniff` and `Referrer-Policy: same-origin` everywhere.
//! - `Strict-Transport-Security` when the public address is https.
//! - `Cache-Control`: a response that did not choose is `no-store` when it may hold personal
//!   data (signed in, a form post, an error) and `no-cache` otherwise.

use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use base64::Engine as _;
use http::{HeaderValue, Method, header};

use crate::state::AppState;

/// The nonce of one response's scripts.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

impl CspNonce {
    fn generate() -> Self {
        CspNonce(
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>()),
        )
    }
}

/// The policy of a page answered with `nonce`.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// The middleware.
pub async fn security_headers(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let nonce = CspNonce::generate();
    req.extensions_mut().insert(nonce.clone());
    let is_get = matches!(*req.method(), Method::GET | Method::HEAD);
    let has_session = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|c| c.contains("wsis_session="));
    let mut res: Response<Body> = next.run(req).await;
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let status = res.status();
    let h = res.headers_mut();
    if is_html && let Ok(v) = HeaderValue::from_str(&content_security_policy(&nonce.0)) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    if is_html {
        h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        // A page is written in the language the cookie or the browser asks for, and for the
        // account the cookie names: a shared cache must keep one copy per each.
        h.append(
            header::VARY,
            HeaderValue::from_static("accept-language, cookie"),
        );
    }
    if state.https {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        let personal = has_session || !is_get || !status.is_success();
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(if personal { "no-store" } else { "no-cache" }),
        );
    }
    res
}
