//! The state every request of one instance shares ([`AppContext`]), handed to server
//! functions as Leptos context, and the settings the domain needs ([`DomainConfig`]).

use std::{sync::Arc, time::Duration};

use sea_orm::DatabaseConnection;
use secrecy::SecretString;

use crate::{
    auth::{
        jwt::JwtKeys,
        password::{Hasher, HashingLimits},
    },
    clock::Clock,
    limits::{Quotas, RateLimits},
    pseudonyms::Pseudonyms,
    versioned::Memory,
};

/// Settings the domain needs (the server crate reads them from the environment).
#[derive(Clone, Debug)]
pub struct DomainConfig {
    /// Base URL used in links sent by mail, without a trailing slash.
    pub public_url: String,
    /// Mark cookies `Secure` (true when the public URL is https).
    pub secure_cookies: bool,
    /// Whether mail is delivered over SMTP, captured for the secretariat, or not written.
    pub delivery: crate::mail::Delivery,
    /// Lifetime of a sign-in token; it is renewed when half of it has passed.
    pub session_ttl: Duration,
    /// Largest picture accepted, in bytes.
    pub picture_max_bytes: usize,
    /// Largest picture side accepted, in pixels.
    pub picture_max_side: u32,
    /// Where submitters write to the secretariat (shown in the footer and in refusals).
    pub contact_email: String,
    /// When groups of votes are flagged for review.
    pub anomalies: crate::limits::FlagThresholds,
    /// How many mails of group messages the outbox writes a minute.
    pub mailings_per_minute: u32,
}

/// State shared by every request of one instance.
#[derive(Clone)]
pub struct AppContext {
    pub db: DatabaseConnection,
    pub config: Arc<DomainConfig>,
    pub keys: Arc<JwtKeys>,
    pub limits: Arc<RateLimits>,
    pub hasher: Arc<Hasher>,
    pub clock: Clock,
    /// What this instance holds in memory (the editions), checked against the database's
    /// version numbers.
    pub memory: Arc<Memory>,
    /// Keyed hashes of networks and fingerprints for anomaly review.
    pub pseudonyms: Arc<Pseudonyms>,
    /// The vote path's group commit, started at the first vote.
    pub votes: Arc<std::sync::OnceLock<crate::committer::Committer>>,
    /// The accounts whose address the mail sender refuses, as far as this instance looked.
    pub refused: Arc<tokio::sync::Mutex<crate::mail::Refused>>,
}

impl AppContext {
    /// The vote committer of this instance (started on first use, on the current runtime).
    pub fn votes(&self) -> &crate::committer::Committer {
        self.votes
            .get_or_init(|| crate::committer::Committer::start(self.db.clone()))
    }

    pub fn new(
        db: DatabaseConnection,
        config: DomainConfig,
        jwt_secret: &SecretString,
        quotas: Quotas,
        hashing: HashingLimits,
    ) -> Self {
        Self {
            db,
            config: Arc::new(config),
            keys: Arc::new(JwtKeys::new(jwt_secret)),
            limits: Arc::new(RateLimits::new(quotas)),
            hasher: Arc::new(Hasher::new(hashing)),
            clock: Clock::default(),
            memory: Arc::new(Memory::default()),
            pseudonyms: Arc::new(Pseudonyms::new(jwt_secret)),
            votes: Arc::default(),
            refused: Arc::default(),
        }
    }
}
