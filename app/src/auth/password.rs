//! Passwords: argon2id hashing and checking, and the strength estimate, all of it CPU work
//! that an unauthenticated visitor can ask for. The work is bounded: at most `permits` run at
//! once (one per core), at most `queue` wait for a turn, and anyone past that is told to come
//! back shortly (503 with `Retry-After`) instead of queueing without bound. Counters of the
//! work done let tests prove that a refused request cost no hash.

use std::{
    sync::{
        LazyLock,
        atomic::{AtomicU64, AtomicUsize, Ordering},
    },
    time::Duration,
};

use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};
use tokio::sync::{Semaphore, SemaphorePermit};

use crate::error::{DomainError, FieldError};

/// How long a request waits in the queue before it is told to come back.
const QUEUE_WAIT: Duration = Duration::from_secs(5);
/// What a refused request is told to wait.
const RETRY_AFTER: Duration = Duration::from_secs(2);

/// A hash of a password nobody has, checked when the e-mail is unknown so that an unknown
/// address takes as long to refuse as a wrong password.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(b"no account has this password", &salt)
        .map(|h| h.to_string())
        .unwrap_or_default()
});

/// The stored "hash" of an account that has no password and cannot sign in (it is not a PHC
/// string, so no password ever matches it).
pub const NO_PASSWORD: &str = "!no-password";

/// How much password work may run and wait at once.
#[derive(Clone, Copy, Debug)]
pub struct HashingLimits {
    /// Hashes computed at the same time (the number of cores is a good value).
    pub permits: usize,
    /// Requests waiting for a turn; past this they are refused.
    pub queue: usize,
}

impl Default for HashingLimits {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Self {
            permits: cores,
            queue: cores * 4,
        }
    }
}

/// The bounded password worker of one instance.
pub struct Hasher {
    permits: Semaphore,
    waiting: AtomicUsize,
    queue: usize,
    hashes: AtomicU64,
    estimates: AtomicU64,
}

/// A turn at the password work. Holding one keeps another request from running.
pub struct Turn<'a>(#[expect(dead_code, reason = "held for its drop")] SemaphorePermit<'a>);

impl Hasher {
    pub fn new(limits: HashingLimits) -> Self {
        Self {
            permits: Semaphore::new(limits.permits.max(1)),
            waiting: AtomicUsize::new(0),
            queue: limits.queue,
            hashes: AtomicU64::new(0),
            estimates: AtomicU64::new(0),
        }
    }

    /// Waits for a turn, or refuses when the queue is full or the wait too long.
    ///
    /// # Errors
    /// [`DomainError::Busy`].
    pub async fn turn(&self) -> Result<Turn<'_>, DomainError> {
        if let Ok(p) = self.permits.try_acquire() {
            return Ok(Turn(p));
        }
        if self.waiting.fetch_add(1, Ordering::AcqRel) >= self.queue {
            self.waiting.fetch_sub(1, Ordering::AcqRel);
            return Err(DomainError::Busy(RETRY_AFTER));
        }
        let waited = tokio::time::timeout(QUEUE_WAIT, self.permits.acquire()).await;
        self.waiting.fetch_sub(1, Ordering::AcqRel);
        match waited {
            Ok(Ok(p)) => Ok(Turn(p)),
            _ => Err(DomainError::Busy(RETRY_AFTER)),
        }
    }

    /// Argon2id hashes computed and checked so far (dummy checks included).
    pub fn hashes(&self) -> u64 {
        self.hashes.load(Ordering::Relaxed)
    }

    /// Strength estimates run so far.
    pub fn estimates(&self) -> u64 {
        self.estimates.load(Ordering::Relaxed)
    }

    /// Hashes a password with argon2id, off the async runtime.
    ///
    /// # Errors
    /// Busy; internal, if hashing fails.
    pub async fn hash(&self, password: String) -> Result<String, DomainError> {
        let _turn = self.turn().await?;
        self.hashes.fetch_add(1, Ordering::Relaxed);
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default()
                .hash_password(password.as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(DomainError::internal)
        })
        .await
        .map_err(DomainError::internal)?
    }

    /// Checks a password against a stored hash (or against a dummy hash when there is no
    /// account, so that both take as long), off the async runtime.
    ///
    /// # Errors
    /// Busy; internal, if the stored hash does not parse.
    pub async fn verify(&self, password: &str, hash: Option<String>) -> Result<bool, DomainError> {
        let _turn = self.turn().await?;
        self.hashes.fetch_add(1, Ordering::Relaxed);
        let password: String = password.chars().take(super::PASSWORD_MAX_CHARS).collect();
        // No account, or an account without a password: check against the dummy hash all
        // the same, so that the answer takes as long.
        let (hash, real) = match hash {
            Some(h) if h.starts_with("$argon2") => (h, true),
            _ => (DUMMY_HASH.clone(), false),
        };
        tokio::task::spawn_blocking(move || {
            let parsed = PasswordHash::new(&hash).map_err(DomainError::internal)?;
            // Checked whether or not the account is real, so that both take as long.
            let matches = Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok();
            Ok(real && matches)
        })
        .await
        .map_err(DomainError::internal)?
    }

    /// Refuses passwords that are too short or long, common, or easy to guess from the
    /// account's own details (`user_inputs`). The message is for `field`.
    ///
    /// # Errors
    /// Busy; the field's message.
    pub async fn check_strength(
        &self,
        password: &str,
        user_inputs: &[&str],
        field: &str,
    ) -> Result<Result<(), FieldError>, DomainError> {
        if let Err(k) = super::password_shape(password) {
            return Ok(Err(FieldError::new(field, k)));
        }
        let _turn = self.turn().await?;
        self.estimates.fetch_add(1, Ordering::Relaxed);
        let password = password.to_owned();
        let inputs: Vec<String> = user_inputs.iter().map(|s| (*s).to_owned()).collect();
        let score = tokio::task::spawn_blocking(move || {
            let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
            u8::from(zxcvbn::zxcvbn(&password, &inputs).score())
        })
        .await
        .map_err(DomainError::internal)?;
        Ok(if score < 3 {
            Err(FieldError::new(field, "password-too-common"))
        } else {
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_saturated_hasher_refuses_rather_than_queues() {
        let hasher = Hasher::new(HashingLimits {
            permits: 1,
            queue: 0,
        });
        let held = hasher.turn().await;
        assert!(held.is_ok());
        let refused = hasher.hash("a long enough passphrase".into()).await;
        assert!(matches!(refused, Err(DomainError::Busy(_))), "{refused:?}");
        assert_eq!(hasher.hashes(), 0);
        drop(held);
        assert!(hasher.hash("a long enough passphrase".into()).await.is_ok());
        assert_eq!(hasher.hashes(), 1);
    }

    #[tokio::test]
    async fn an_unknown_account_costs_a_hash_and_never_matches() {
        let hasher = Hasher::new(HashingLimits::default());
        assert!(matches!(
            hasher.verify("anything at all", None).await,
            Ok(false)
        ));
        assert_eq!(hasher.hashes(), 1);
    }
}
