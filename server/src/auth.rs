//! Request middleware: refuses state-changing requests from other origins, decides the
//! client's address and language, and turns the sign-in cookie into an [`Actor`] (renewing
//! the token when half its life has passed).

use std::net::{IpAddr, SocketAddr};

use app::{
    auth::{Actor, Claimant, actor::load_session, jwt as session},
    i18n::{LANG_COOKIE, Locale},
    server_fn::ClientIp,
    state::AppContext,
};
use axum::{
    body::Body,
    extract::{ConnectInfo, Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};

use crate::state::AppState;

/// The client's address: the peer, or, when the peer is a trusted proxy, the last address in
/// `X-Forwarded-For` that is not itself a trusted proxy.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    forwarded
        .into_iter()
        .rev()
        .find(|ip| !trusted.contains(ip))
        .unwrap_or(peer)
}

/// The visitor's language: the switcher's cookie, else `Accept-Language`, else English.
pub fn request_locale(headers: &HeaderMap) -> Locale {
    let from_cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| session::cookie_value(c, LANG_COOKIE).and_then(Locale::from_code));
    from_cookie
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_default()
}

/// A state-changing request whose `Origin` (or, lacking it, `Referer`) names another site.
/// Browsers send `Origin` on every cross-site POST; clients that send neither are not
/// browsers and carry no ambient cookies.
fn is_cross_origin(method: &Method, headers: &HeaderMap) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return true;
    };
    let source = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    match source {
        None => false,
        Some("null") => true,
        Some(source) => {
            let authority = source.split_once("://").map_or("", |(_, rest)| rest);
            let authority = authority.split(['/', '?', '#']).next().unwrap_or_default();
            !authority.eq_ignore_ascii_case(host)
        }
    }
}

/// What the request's sign-in cookie says: the account its token names (signature and expiry
/// checked), the session checked against the database unless `read_session` is false, and a
/// renewed cookie when the token is half spent.
struct Resolved {
    claimant: Option<Claimant>,
    actor: Actor,
    renewal: Option<String>,
}

async fn resolve_actor(ctx: &AppContext, headers: &HeaderMap, read_session: bool) -> Resolved {
    let mut resolved = Resolved {
        claimant: None,
        actor: Actor::default(),
        renewal: None,
    };
    let token = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| session::cookie_value(c, session::cookie_name(ctx.config.secure_cookies)))
        .filter(|t| !t.is_empty());
    let Some(token) = token else {
        return resolved;
    };
    let now = ctx.clock.now();
    let Some(claims) = ctx.keys.verify(token, now) else {
        return resolved;
    };
    let Some(account_id) = claims.account_id() else {
        return resolved;
    };
    resolved.claimant = Some(Claimant {
        account_id,
        token_version: claims.ver,
    });
    if !read_session {
        return resolved;
    }
    match load_session(&ctx.db, account_id, claims.ver).await {
        Ok(Some(s)) => {
            let ttl = i64::try_from(ctx.config.session_ttl.as_secs()).unwrap_or(3600);
            // Renew once half the token's life has passed, so that an active visitor stays
            // signed in while a stolen token soon expires.
            resolved.renewal = (now - claims.iat > ttl / 2)
                .then(|| ctx.keys.issue(s.account_id, s.token_version, now, ttl))
                .flatten()
                .map(|t| session::session_cookie(&t, ttl, ctx.config.secure_cookies));
            resolved.actor = Actor(Some(s));
        }
        Ok(None) => resolved.claimant = None,
        Err(e) => tracing::error!(error = %e, "could not load the session"),
    }
    resolved
}

/// A vote cast by script: its insert checks the token against the account (see
/// `app::committer`), so the session is not read first. A vote posted as a plain form is
/// answered with a page, which shows who is signed in.
fn checks_token_in_its_write(req: &Request) -> bool {
    req.method() == Method::POST
        && req.uri().path() == app::voting::CAST_PATH
        && !app::server_fn::is_plain_post(req.method(), req.headers())
}

/// The middleware itself.
pub async fn request_context(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    mut req: Request,
    next: Next,
) -> Response {
    if is_cross_origin(req.method(), req.headers()) {
        return (StatusCode::FORBIDDEN, "Cross-origin request refused").into_response();
    }
    let ip = client_ip(peer.ip(), req.headers(), &state.trusted_proxies);
    // A language in the address wins over the cookie and the browser's.
    let locale = req
        .extensions()
        .get::<crate::language::PathLocale>()
        .map_or_else(|| request_locale(req.headers()), |p| p.0);
    let read_session = !checks_token_in_its_write(&req);
    let Resolved {
        claimant,
        actor,
        renewal,
    } = resolve_actor(&state.ctx, req.headers(), read_session).await;
    req.extensions_mut().insert(ClientIp(ip));
    req.extensions_mut().insert(locale);
    req.extensions_mut().insert(actor);
    if let Some(claimant) = claimant {
        req.extensions_mut().insert(claimant);
    }
    let mut res: Response<Body> = next.run(req).await;
    // A response that sets the session cookie itself (sign-in, sign-out, password change)
    // knows better than the renewal.
    let sets_session = res.headers().get_all(header::SET_COOKIE).iter().any(|v| {
        v.to_str()
            .is_ok_and(|v| v.starts_with(session::cookie_name(state.ctx.config.secure_cookies)))
    });
    if let Some(cookie) = renewal
        && !sets_session
        && let Ok(v) = HeaderValue::from_str(&cookie)
    {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                *k,
                HeaderValue::from_str(v).unwrap_or(HeaderValue::from_static("")),
            );
        }
        h
    }

    #[test]
    fn forwarded_addresses_are_believed_only_from_trusted_proxies() {
        let proxy: IpAddr = [10, 0, 0, 1].into();
        let h = headers(&[("x-forwarded-for", "203.0.113.9, 10.0.0.1")]);
        assert_eq!(
            client_ip(proxy, &h, &[proxy]),
            IpAddr::from([203, 0, 113, 9])
        );
        assert_eq!(client_ip(proxy, &h, &[]), proxy);
    }

    #[test]
    fn a_post_from_another_origin_is_cross_origin_and_one_from_this_site_is_not() {
        let ours = headers(&[
            ("host", "prizes.example.org"),
            ("origin", "https://prizes.example.org"),
        ]);
        let theirs = headers(&[
            ("host", "prizes.example.org"),
            ("origin", "https://evil.example"),
        ]);
        assert!(!is_cross_origin(&Method::POST, &ours));
        assert!(is_cross_origin(&Method::POST, &theirs));
        assert!(!is_cross_origin(&Method::GET, &theirs));
    }

    #[test]
    fn the_language_cookie_wins_over_accept_language() {
        let h = headers(&[("cookie", "wsis_lang=ar"), ("accept-language", "fr")]);
        assert_eq!(request_locale(&h), Locale::Ar);
        assert_eq!(
            request_locale(&headers(&[("accept-language", "fr-CH,fr;q=0.9")])),
            Locale::Fr
        );
    }
}
