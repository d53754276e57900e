//! The language in the address: `/fr/gallery` is the gallery in French, whatever the cookie
//! or the browser says, so that a shared link or a search engine gets the page in its
//! language. The prefix is taken off before routing (every route exists once, unprefixed),
//! and remembered in the language cookie, so that the page's links lead on in that language.
//! Each page names its versions in the other languages (`hreflang`, see `app::App`).

use app::i18n::{LANG_COOKIE, Locale};
use axum::{
    extract::Request,
    http::{HeaderValue, Uri, header, uri::PathAndQuery},
    middleware::Next,
    response::Response,
};

pub use app::i18n::PathLocale;

/// The language named by the path's first segment, and the path without it.
pub fn split_language(path: &str) -> Option<(Locale, String)> {
    let rest = path.strip_prefix('/')?;
    let (code, tail) = rest.split_once('/').unwrap_or((rest, ""));
    // Exactly a code as the site writes it: `/FR/…` or `/fr-CH/…` is no language's address.
    let locale = Locale::ALL.into_iter().find(|l| l.code() == code)?;
    Some((locale, format!("/{tail}")))
}

/// Takes the language off the address (see the module's header); runs before routing.
pub async fn language_prefix(secure: bool, mut req: Request, next: Next) -> Response {
    let Some((locale, path)) = split_language(req.uri().path()) else {
        return next.run(req).await;
    };
    let path_and_query = match req.uri().query() {
        Some(q) => format!("{path}?{q}"),
        None => path,
    };
    let mut parts = req.uri().clone().into_parts();
    parts.path_and_query = PathAndQuery::try_from(path_and_query).ok();
    if let Ok(uri) = Uri::from_parts(parts) {
        *req.uri_mut() = uri;
    }
    req.extensions_mut().insert(PathLocale(locale));
    let mut res = next.run(req).await;
    let secure = if secure { "; Secure" } else { "" };
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
        locale.code()
    )) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_code_as_the_first_segment_is_taken_off() {
        assert_eq!(
            split_language("/fr/gallery"),
            Some((Locale::Fr, "/gallery".to_owned()))
        );
        assert_eq!(split_language("/ar"), Some((Locale::Ar, "/".to_owned())));
        assert_eq!(
            split_language("/zh/projects/12"),
            Some((Locale::Zh, "/projects/12".to_owned()))
        );
        assert_eq!(split_language("/gallery"), None);
        assert_eq!(split_language("/frx/gallery"), None);
        assert_eq!(split_language("/FR/gallery"), None);
        assert_eq!(split_language("/"), None);
    }
}
