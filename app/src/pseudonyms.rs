//! Keyed hashes (HMAC-SHA-256) of what anomaly review compares but must not store in the
//! clear: a voter's network, a client's fingerprint. The space of networks is small enough
//! that a plain hash could be reversed by trying them all; without the server's secret, a
//! keyed one cannot.

use hmac::{Hmac, KeyInit, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

/// The key, derived from the server's secret (so that instances sharing a database agree).
pub struct Pseudonyms {
    key: [u8; 32],
}

impl Pseudonyms {
    pub fn new(secret: &SecretString) -> Self {
        // A key of its own, so that these hashes say nothing about the token-signing key.
        let key = Sha256::new()
            .chain_update(b"wsis-prizes pseudonyms v1\0")
            .chain_update(secret.expose_secret().as_bytes())
            .finalize()
            .into();
        Self { key }
    }

    /// The keyed hash of `what` (hexadecimal, 64 digits), for `purpose` (`network`,
    /// `fingerprint`), so that equal inputs for different purposes do not match.
    pub fn of(&self, purpose: &str, what: &str) -> String {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.key) else {
            // HMAC takes keys of any length: this branch is never taken.
            return String::new();
        };
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(what.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_network_hashes_alike_and_the_secret_and_purpose_change_it() {
        let a = Pseudonyms::new(&SecretString::from("one secret"));
        let b = Pseudonyms::new(&SecretString::from("another secret"));
        assert_eq!(
            a.of("network", "203.0.113.0/24"),
            a.of("network", "203.0.113.0/24")
        );
        assert_ne!(
            a.of("network", "203.0.113.0/24"),
            a.of("network", "203.0.114.0/24")
        );
        assert_ne!(
            a.of("network", "203.0.113.0/24"),
            b.of("network", "203.0.113.0/24")
        );
        assert_ne!(a.of("network", "x"), a.of("fingerprint", "x"));
        assert_eq!(a.of("network", "x").len(), 64);
    }
}
