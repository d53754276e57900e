//! The one signature sign-in tokens use, HS256, for `jsonwebtoken`: built without its
//! crypto features (which bring RSA, elliptic curves and Ed25519 the platform never uses),
//! on the `hmac` and `sha2` the rest of the platform uses. Installed once per process, by
//! the first [`super::jwt::JwtKeys`] made (the server's, or a test's). Any other algorithm
//! is refused by the provider as by the tokens' validation.

use hmac::{Hmac, KeyInit, Mac};
use jsonwebtoken::{
    Algorithm, DecodingKey, EncodingKey,
    crypto::{CryptoProvider, JwtSigner, JwtVerifier, KeyUtils},
    errors::{ErrorKind, Result},
};
use sha2::Sha256;

struct Hs256(Hmac<Sha256>);

impl Hs256 {
    fn keyed(algorithm: Algorithm, key: Result<&[u8]>) -> Result<Self> {
        if algorithm != Algorithm::HS256 {
            return Err(ErrorKind::InvalidAlgorithm.into());
        }
        Hmac::new_from_slice(key?)
            .map(Self)
            .map_err(|_| ErrorKind::InvalidKeyFormat.into())
    }
}

impl signature::Signer<Vec<u8>> for Hs256 {
    fn try_sign(&self, msg: &[u8]) -> std::result::Result<Vec<u8>, signature::Error> {
        let mut mac = self.0.clone();
        mac.update(msg);
        Ok(mac.finalize().into_bytes().to_vec())
    }
}

impl signature::Verifier<Vec<u8>> for Hs256 {
    fn verify(&self, msg: &[u8], signature: &Vec<u8>) -> std::result::Result<(), signature::Error> {
        let mut mac = self.0.clone();
        mac.update(msg);
        // In constant time.
        mac.verify_slice(signature)
            .map_err(signature::Error::from_source)
    }
}

impl JwtSigner for Hs256 {
    fn algorithm(&self) -> Algorithm {
        Algorithm::HS256
    }
}

impl JwtVerifier for Hs256 {
    fn algorithm(&self) -> Algorithm {
        Algorithm::HS256
    }
}

static PROVIDER: CryptoProvider = CryptoProvider {
    signer_factory: |algorithm, key: &EncodingKey| {
        Ok(Box::new(Hs256::keyed(*algorithm, Ok(key.as_bytes()))?))
    },
    verifier_factory: |algorithm, key: &DecodingKey| {
        Ok(Box::new(Hs256::keyed(*algorithm, key.try_get_as_bytes())?))
    },
    // No JSON Web Keys: tokens are signed with a shared secret.
    key_utils: KeyUtils::new_unimplemented(),
};

/// Makes HS256 the process's provider (once; later calls find it installed).
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if PROVIDER.install_default().is_err() {
            tracing::warn!("another JWT crypto provider was installed first");
        }
    });
}
