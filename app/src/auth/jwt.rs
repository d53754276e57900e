//! Sign-in tokens: HS256 JWTs in an HttpOnly cookie.
//!
//! A token carries the account id and the account's token version. Every request checks the
//! version against the database, so logging out, changing the password or disabling the
//! account invalidates every token already issued, at once. Tokens are short-lived and renewed
//! by the server while the visitor keeps using the site.

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

/// Name of the sign-in cookie over plain http (a local install).
pub const SESSION_COOKIE: &str = "wsis_session";
/// Name of the sign-in cookie under https. Browsers accept a `__Host-` cookie only when it is
/// `Secure`, has `Path=/` and no `Domain`: no subdomain and no plain-http page can set or
/// shadow it.
pub const SECURE_SESSION_COOKIE: &str = "__Host-wsis_session";

/// The sign-in cookie's name for this site.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        SECURE_SESSION_COOKIE
    } else {
        SESSION_COOKIE
    }
}
const ISSUER: &str = "wsis-prizes";

/// What a sign-in token says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// Account id.
    pub sub: String,
    /// The account's token version when the token was issued.
    pub ver: i32,
    pub iat: i64,
    pub exp: i64,
    pub iss: String,
}

impl Claims {
    pub fn account_id(&self) -> Option<i64> {
        self.sub.parse().ok()
    }
}

/// The keys derived from the signing secret.
pub struct JwtKeys {
    encoding: Option<EncodingKey>,
    decoding: Option<DecodingKey>,
}

impl JwtKeys {
    pub fn new(secret: &SecretString) -> Self {
        super::hs256::install();
        let bytes = secret.expose_secret().as_bytes();
        Self {
            encoding: EncodingKey::from_secret(bytes).ok(),
            decoding: DecodingKey::from_secret(bytes).ok(),
        }
    }

    /// Signs a token for `account_id` at `version`, valid for `ttl_secs` from `now`.
    pub fn issue(&self, account_id: i64, version: i32, now: i64, ttl_secs: i64) -> Option<String> {
        let claims = Claims {
            sub: account_id.to_string(),
            ver: version,
            iat: now,
            exp: now + ttl_secs,
            iss: ISSUER.to_owned(),
        };
        jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            self.encoding.as_ref()?,
        )
        .ok()
    }

    /// Checks the signature, algorithm and issuer, and that the token has not expired at `now`
    /// (the application's clock, so that tests can move it).
    pub fn verify(&self, token: &str, now: i64) -> Option<Claims> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_required_spec_claims(&["exp", "sub", "iss"]);
        validation.set_issuer(&[ISSUER]);
        validation.validate_exp = false; // checked below against the application clock
        validation.leeway = 0;
        let data =
            jsonwebtoken::decode::<Claims>(token, self.decoding.as_ref()?, &validation).ok()?;
        (data.claims.exp > now).then_some(data.claims)
    }
}

/// The `Set-Cookie` value that stores a token.
pub fn session_cookie(token: &str, max_age_secs: i64, secure: bool) -> String {
    let name = cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}")
}

/// The `Set-Cookie` value that removes the token.
pub fn clear_session_cookie(secure: bool) -> String {
    session_cookie("", 0, secure)
}

/// Reads one cookie from a `Cookie` header.
pub fn cookie_value<'a>(cookie_header: &'a str, name: &str) -> Option<&'a str> {
    cookie_header
        .split(';')
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(secret: &str) -> JwtKeys {
        JwtKeys::new(&SecretString::from(secret.to_owned()))
    }

    #[test]
    fn a_token_verifies_until_it_expires() {
        let k = keys("a secret of some length for tests");
        let token = k.issue(42, 3, 1_000, 600).unwrap_or_default();
        let claims = k.verify(&token, 1_100);
        assert_eq!(claims.as_ref().and_then(Claims::account_id), Some(42));
        assert_eq!(claims.map(|c| c.ver), Some(3));
        assert!(k.verify(&token, 1_600).is_none());
    }

    #[test]
    fn a_token_signed_with_another_secret_or_altered_is_refused() {
        let token = keys("secret one, long enough")
            .issue(1, 0, 1_000, 600)
            .unwrap_or_default();
        assert!(
            keys("secret two, long enough")
                .verify(&token, 1_001)
                .is_none()
        );
        let mut altered = token.clone();
        altered.insert(token.len() / 2, 'x');
        assert!(
            keys("secret one, long enough")
                .verify(&altered, 1_001)
                .is_none()
        );
    }

    #[test]
    fn a_token_with_the_none_algorithm_is_refused() {
        // header {"alg":"none","typ":"JWT"}, payload with far expiry, no signature
        let forged = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxIiwidmVyIjowLCJpYXQiOjAsImV4cCI6OTk5OTk5OTk5OSwiaXNzIjoid3Npcy1wcml6ZXMifQ.";
        assert!(keys("any secret at all here").verify(forged, 10).is_none());
    }

    /// A token signed with the same secret under another HMAC, or claiming another
    /// algorithm, is refused.
    #[test]
    fn a_token_with_another_algorithm_is_refused() {
        use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD as B64};
        use hmac::{Hmac, KeyInit, Mac};
        let secret = "the same secret, long enough";
        let payload =
            B64.encode(r#"{"sub":"1","ver":0,"iat":0,"exp":9999999999,"iss":"wsis-prizes"}"#);
        for alg in ["HS384", "HS512", "RS256", "ES256", "EdDSA"] {
            let header = B64.encode(format!(r#"{{"alg":"{alg}","typ":"JWT"}}"#));
            let signed = format!("{header}.{payload}");
            let mut mac =
                Hmac::<sha2::Sha512>::new_from_slice(secret.as_bytes()).expect("any key length");
            mac.update(signed.as_bytes());
            let token = format!("{signed}.{}", B64.encode(mac.finalize().into_bytes()));
            assert!(keys(secret).verify(&token, 10).is_none(), "{alg}");
        }
        // The same token under HS256 passes: the refusals above are the algorithm's.
        let header = B64.encode(r#"{"alg":"HS256","typ":"JWT"}"#);
        let signed = format!("{header}.{payload}");
        let mut mac =
            Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
        mac.update(signed.as_bytes());
        let token = format!("{signed}.{}", B64.encode(mac.finalize().into_bytes()));
        assert!(keys(secret).verify(&token, 10).is_some());
    }

    #[test]
    fn under_https_the_cookie_is_a_secure_host_cookie() {
        let c = session_cookie("tok", 60, true);
        assert!(c.starts_with("__Host-wsis_session=tok; Path=/;"), "{c}");
        assert!(c.contains("; Secure") && c.contains("HttpOnly") && !c.contains("Domain"));
        let plain = session_cookie("tok", 60, false);
        assert!(plain.starts_with("wsis_session=tok;") && !plain.contains("Secure"));
    }

    #[test]
    fn cookies_are_read_by_name() {
        assert_eq!(
            cookie_value("a=1; wsis_session=tok; b=2", SESSION_COOKIE),
            Some("tok")
        );
        assert_eq!(cookie_value("a=1", SESSION_COOKIE), None);
    }
}
