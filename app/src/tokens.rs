//! Single-use links sent by mail (e-mail confirmation, password reset, co-owner invitations):
//! a random token goes into the link, and only its SHA-256 is stored, so that a copy of the
//! database opens no account. A link is checked for shape before any read, then for use and
//! expiry.

use sha2::{Digest, Sha256};

use crate::error::DomainError;

/// The longest token accepted from a link (ours are 64 hexadecimal digits).
pub const TOKEN_MAX_CHARS: usize = 128;

/// A new token, for the link, and its hash, for the database.
pub struct Minted {
    pub token: String,
    pub hash: String,
}

/// Makes a new token from 32 random bytes.
pub fn mint() -> Minted {
    let token = hex::encode(rand::random::<[u8; 32]>());
    let hash = hash(&token);
    Minted { token, hash }
}

/// The SHA-256 of a token, as stored (the token itself never is).
pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The hash to look up for a token taken from a link: one hash, no read, for a token of the
/// wrong shape.
///
/// # Errors
/// Invalid `token` (`link-invalid`) when it is empty or too long.
pub fn lookup_hash(token: &str) -> Result<String, DomainError> {
    let token = token.trim();
    if token.is_empty() || token.len() > TOKEN_MAX_CHARS {
        return Err(DomainError::invalid("token", "link-invalid"));
    }
    Ok(hash(token))
}

/// Whether a stored token may still be used at `now`.
///
/// # Errors
/// Invalid `token`: `link-used` once used, `link-expired` from its expiry on.
pub fn check_usable(used_at: Option<i64>, expires_at: i64, now: i64) -> Result<(), DomainError> {
    if used_at.is_some() {
        return Err(DomainError::invalid("token", "link-used"));
    }
    if expires_at <= now {
        return Err(DomainError::invalid("token", "link-expired"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minted_token_is_stored_only_as_its_hash() {
        let minted = mint();
        assert_eq!(minted.token.len(), 64);
        assert_eq!(minted.hash, hash(&minted.token));
        assert_ne!(minted.hash, minted.token);
        assert_eq!(
            lookup_hash(&format!(" {} ", minted.token)).ok(),
            Some(minted.hash)
        );
    }

    #[test]
    fn a_link_of_the_wrong_shape_is_refused_before_any_read() {
        assert!(lookup_hash("").is_err());
        assert!(lookup_hash(&"a".repeat(TOKEN_MAX_CHARS + 1)).is_err());
    }

    #[test]
    fn a_used_or_expired_token_is_refused() {
        assert!(check_usable(None, 100, 99).is_ok());
        assert!(check_usable(Some(1), 100, 99).is_err());
        assert!(check_usable(None, 100, 100).is_err());
    }
}
