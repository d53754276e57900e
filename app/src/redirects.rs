//! Where the site may send a visitor after an action (`next=` after signing in or switching
//! language): only to a page of this site, never elsewhere (no open redirect).
//!
//! The target is read the way a browser reads it, with the WHATWG URL parser relative to the
//! site's public origin: browsers drop tabs and newlines from URLs and read `\` as `/`, so
//! `/%09/evil.example` or `/\evil.example` written by hand would look local and leave the site.
//! What comes out is the path, query and fragment as the parser serialises them: percent-
//! encoded, with no control characters, so it is always a valid `Location` header.

use url::Url;

/// The local path (with query and fragment) that `next` names, or `/` when it names anything
/// else: another origin, another scheme, or something that is not a URL.
pub fn safe_next(public_url: &str, next: &str) -> String {
    local_target(public_url, next).unwrap_or_else(|| "/".to_owned())
}

fn local_target(public_url: &str, next: &str) -> Option<String> {
    // Anything that is not plainly a path is refused before parsing: a scheme, a
    // protocol-relative URL, or a leading character browsers strip or reinterpret.
    if next.len() > 2048 || !next.starts_with('/') {
        return None;
    }
    let base = Url::parse(public_url).ok()?;
    let target = base.join(next).ok()?;
    if target.origin() != base.origin() {
        return None;
    }
    let mut out = target.path().to_owned();
    if let Some(q) = target.query() {
        out.push('?');
        out.push_str(q);
    }
    if let Some(f) = target.fragment() {
        out.push('#');
        out.push_str(f);
    }
    // The parser already refuses these, but the guarantee matters more than the proof.
    if out.starts_with("//") || out.bytes().any(|b| b.is_ascii_control() || b == b'\\') {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const ORIGIN: &str = "https://prizes.example.org";

    #[test]
    fn local_paths_are_kept_with_their_query() {
        assert_eq!(safe_next(ORIGIN, "/account"), "/account");
        assert_eq!(
            safe_next(ORIGIN, "/submissions/4?saved=1#top"),
            "/submissions/4?saved=1#top"
        );
        assert_eq!(safe_next(ORIGIN, "/caf%C3%A9"), "/caf%C3%A9");
    }

    #[test]
    fn addresses_that_leave_the_site_go_home_instead() {
        for hostile in [
            "//evil.example",
            "/%09/evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "https://evil.example/",
            "javascript:alert(1)",
            "http:/evil.example",
            " /evil",
            "",
            "evil.example",
        ] {
            let out = safe_next(ORIGIN, hostile);
            assert!(
                out == "/" || out.starts_with('/') && !out.starts_with("//"),
                "{hostile:?} gave {out:?}"
            );
            let joined = Url::parse(ORIGIN)
                .and_then(|u| u.join(&out))
                .map(|u| u.host_str().map(str::to_owned));
            assert_eq!(
                joined.ok().flatten().as_deref(),
                Some("prizes.example.org"),
                "{hostile:?}"
            );
        }
        // A tab or newline in the middle is removed by browsers: the parser does the same,
        // and the result stays on the site.
        assert_eq!(safe_next(ORIGIN, "/%09/evil.example"), "/%09/evil.example");
        assert_eq!(safe_next(ORIGIN, "/\t/evil.example"), "/");
    }

    proptest! {
        #[test]
        fn whatever_is_asked_the_target_stays_on_the_site(next in "\\PC{0,40}|[/\\\\\t\n\r%0-9a-f:.@?#]{0,20}") {
            let out = safe_next(ORIGIN, &next);
            prop_assert!(out.starts_with('/'));
            prop_assert!(!out.starts_with("//"));
            prop_assert!(!out.bytes().any(|b| b.is_ascii_control() || b == b'\\'));
            // A browser resolving the result against the site stays on the site.
            let base = Url::parse(ORIGIN).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let resolved = base.join(&out).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(resolved.origin(), base.origin());
            // And the result is a valid header value.
            prop_assert!(http::HeaderValue::from_str(&out).is_ok());
        }
    }
}
