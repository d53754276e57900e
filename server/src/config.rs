//! Typed configuration, read from the environment (see `.env.example` and the README).
//! Secrets are held in [`SecretString`] so that they never end up in logs.

use std::{
    net::{IpAddr, SocketAddr},
    path::{Path, PathBuf},
    time::Duration,
};

use app::{
    auth::password::HashingLimits,
    limits::{FlagThresholds, Quotas},
};
use secrecy::{ExposeSecret, SecretString};

/// Why the configuration could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {reason}")]
    Invalid { name: &'static str, reason: String },
    #[error(
        "WSIS_JWT_SECRET must be set when the database is not the embedded SQLite (several instances must share it)"
    )]
    SecretRequired,
    #[error("could not keep the generated signing secret in {path}: {source}")]
    SecretFile {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Everything the server reads from its environment.
#[derive(Clone, Debug)]
pub struct Config {
    /// `sqlite://data/wsis.db?mode=rwc` (default) or `postgres://…`.
    pub database_url: SecretString,
    /// Folder for the embedded database and the generated signing secret.
    pub data_dir: PathBuf,
    /// Where to listen.
    pub site_addr: SocketAddr,
    /// The address visitors use, for links in mail; `https://` makes cookies `Secure`.
    pub public_url: String,
    /// HS256 signing secret for sign-in tokens.
    pub jwt_secret: Option<SecretString>,
    /// `smtp://user:pass@host:port`; without it mail is captured for the secretariat.
    pub smtp_url: Option<SecretString>,
    /// Sender address of outgoing mail.
    pub mail_from: String,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpAddr>,
    pub quotas: Quotas,
    /// How much password hashing runs and waits at once.
    pub hashing: HashingLimits,
    /// When groups of votes are flagged for the secretariat's review.
    pub anomalies: FlagThresholds,
    /// Where submitters write to the secretariat (footer, refusals).
    pub contact_email: String,
    pub session_ttl: Duration,
    /// Largest request body accepted.
    pub max_body_bytes: usize,
    /// Largest picture upload, in bytes.
    pub picture_max_bytes: usize,
    /// Largest side of an uploaded picture, in pixels.
    pub picture_max_side: u32,
    /// A folder searched for the book's fonts before the system's.
    pub fonts_dir: Option<PathBuf>,
    /// Where the site's static files are and what the bundle is called (cargo-leptos sets
    /// these through `LEPTOS_*` variables).
    pub leptos: leptos::config::LeptosOptions,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

fn parsed<T: std::str::FromStr>(name: &'static str, default: T) -> Result<T, ConfigError>
where
    T::Err: std::fmt::Display,
{
    match var(name) {
        None => Ok(default),
        Some(v) => v.parse().map_err(|e: T::Err| ConfigError::Invalid {
            name,
            reason: e.to_string(),
        }),
    }
}

/// `WSIS_CONTACT_EMAIL`, checked like any address typed in the site.
fn contact_email() -> Result<String, ConfigError> {
    let value = var("WSIS_CONTACT_EMAIL").unwrap_or_else(|| DEFAULT_CONTACT_EMAIL.to_owned());
    app::accounts::rules::Email::parse(&value)
        .map(|e| e.as_str().to_owned())
        .map_err(|_| ConfigError::Invalid {
            name: "WSIS_CONTACT_EMAIL",
            reason: format!("{value} is not an e-mail address"),
        })
}

/// The WSIS Prizes secretariat's address at ITU.
pub const DEFAULT_CONTACT_EMAIL: &str = "wsis-prizes@itu.int";

impl Config {
    /// Reads the environment.
    ///
    /// # Errors
    /// A variable that does not parse.
    pub fn from_env() -> Result<Self, ConfigError> {
        let data_dir = PathBuf::from(var("WSIS_DATA_DIR").unwrap_or_else(|| "data".to_owned()));
        let database_url = var("DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", data_dir.join("wsis.db").display()));
        let site_addr: SocketAddr =
            parsed("LEPTOS_SITE_ADDR", SocketAddr::from(([127, 0, 0, 1], 3000)))?;
        let public_url = var("WSIS_PUBLIC_URL")
            .unwrap_or_else(|| format!("http://{site_addr}"))
            .trim_end_matches('/')
            .to_owned();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(ConfigError::Invalid {
                name: "WSIS_PUBLIC_URL",
                reason: "must start with http:// or https://".into(),
            });
        }
        let trusted_proxies = var("WSIS_TRUSTED_PROXIES")
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| {
                        s.parse::<IpAddr>().map_err(|e| ConfigError::Invalid {
                            name: "WSIS_TRUSTED_PROXIES",
                            reason: format!("{s}: {e}"),
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?
            .unwrap_or_default();
        let jwt_secret = var("WSIS_JWT_SECRET").map(SecretString::from);
        if let Some(secret) = &jwt_secret
            && secret.expose_secret().len() < 32
        {
            return Err(ConfigError::Invalid {
                name: "WSIS_JWT_SECRET",
                reason: "use at least 32 characters".into(),
            });
        }
        let defaults = Quotas::default();
        let hashing = HashingLimits::default();
        let flags = FlagThresholds::default();
        Ok(Self {
            database_url: SecretString::from(database_url),
            data_dir,
            site_addr,
            public_url,
            jwt_secret,
            smtp_url: var("WSIS_SMTP_URL").map(SecretString::from),
            mail_from: var("WSIS_MAIL_FROM")
                .unwrap_or_else(|| "WSIS Prizes <no-reply@localhost>".to_owned()),
            trusted_proxies,
            quotas: Quotas {
                login_per_minute: parsed("WSIS_LOGIN_PER_MINUTE", defaults.login_per_minute)?,
                register_per_hour: parsed("WSIS_REGISTER_PER_HOUR", defaults.register_per_hour)?,
                reset_per_hour: parsed("WSIS_RESET_PER_HOUR", defaults.reset_per_hour)?,
                links_per_hour: parsed("WSIS_LINKS_PER_HOUR", defaults.links_per_hour)?,
                uploads_per_hour: parsed("WSIS_UPLOADS_PER_HOUR", defaults.uploads_per_hour)?,
                searches_per_minute: parsed(
                    "WSIS_SEARCHES_PER_MINUTE",
                    defaults.searches_per_minute,
                )?,
                open_data_per_minute: parsed(
                    "WSIS_OPEN_DATA_PER_MINUTE",
                    defaults.open_data_per_minute,
                )?,
                votes_per_minute_network: parsed(
                    "WSIS_VOTES_PER_MINUTE_PER_NETWORK",
                    defaults.votes_per_minute_network,
                )?,
                votes_per_minute_account: parsed(
                    "WSIS_VOTES_PER_MINUTE_PER_ACCOUNT",
                    defaults.votes_per_minute_account,
                )?,
            },
            hashing: HashingLimits {
                permits: parsed("WSIS_HASH_CONCURRENCY", hashing.permits)?.max(1),
                queue: parsed("WSIS_HASH_QUEUE", hashing.queue)?,
            },
            anomalies: FlagThresholds {
                burst_votes: parsed("WSIS_FLAG_BURST_VOTES", flags.burst_votes)?.max(1),
                bulk_accounts: parsed("WSIS_FLAG_BULK_ACCOUNTS", flags.bulk_accounts)?.max(1),
                uniform_ballots: parsed("WSIS_FLAG_UNIFORM_BALLOTS", flags.uniform_ballots)?.max(1),
                window_secs: parsed("WSIS_FLAG_WINDOW_SECONDS", flags.window_secs)?.max(1),
            },
            contact_email: contact_email()?,
            session_ttl: Duration::from_secs(
                60 * parsed::<u64>("WSIS_SESSION_MINUTES", 60)?.max(1),
            ),
            max_body_bytes: parsed("WSIS_MAX_BODY_BYTES", 1024 * 1024)?,
            picture_max_bytes: parsed("WSIS_PICTURE_MAX_BYTES", 5 * 1024 * 1024)?,
            picture_max_side: parsed("WSIS_PICTURE_MAX_SIDE", 4096)?,
            fonts_dir: var("WSIS_FONTS_DIR").map(PathBuf::from),
            leptos: leptos::config::get_configuration(None)
                .map_err(|e| ConfigError::Invalid {
                    name: "LEPTOS_*",
                    reason: e.to_string(),
                })?
                .leptos_options,
        })
    }

    /// The configuration as `name = value` lines, for `wsis-prizes config`. Secrets are never
    /// written: only whether they are set.
    pub fn describe(&self) -> String {
        let database = {
            let url = self.database_url.expose_secret();
            // A PostgreSQL URL may carry a password: show only where it points.
            match url.split_once('@') {
                Some((_, host)) if url.starts_with("postgres") => format!("postgres://…@{host}"),
                _ => url.to_owned(),
            }
        };
        let proxies: Vec<String> = self
            .trusted_proxies
            .iter()
            .map(ToString::to_string)
            .collect();
        let lines = [
            ("database", database),
            ("data_dir", self.data_dir.display().to_string()),
            ("listen", self.site_addr.to_string()),
            ("public_url", self.public_url.clone()),
            (
                "secure_cookies",
                self.public_url.starts_with("https://").to_string(),
            ),
            (
                "jwt_secret",
                if self.jwt_secret.is_some() {
                    "set".into()
                } else {
                    "generated in the data folder".into()
                },
            ),
            (
                "smtp",
                if self.smtp_url.is_some() {
                    "configured".into()
                } else {
                    "none: mail is captured for the secretariat".into()
                },
            ),
            ("mail_from", self.mail_from.clone()),
            ("contact_email", self.contact_email.clone()),
            ("trusted_proxies", proxies.join(", ")),
            ("login_per_minute", self.quotas.login_per_minute.to_string()),
            (
                "register_per_hour",
                self.quotas.register_per_hour.to_string(),
            ),
            ("reset_per_hour", self.quotas.reset_per_hour.to_string()),
            ("links_per_hour", self.quotas.links_per_hour.to_string()),
            ("uploads_per_hour", self.quotas.uploads_per_hour.to_string()),
            (
                "searches_per_minute",
                self.quotas.searches_per_minute.to_string(),
            ),
            (
                "open_data_per_minute",
                self.quotas.open_data_per_minute.to_string(),
            ),
            (
                "votes_per_minute_per_network",
                self.quotas.votes_per_minute_network.to_string(),
            ),
            (
                "votes_per_minute_per_account",
                self.quotas.votes_per_minute_account.to_string(),
            ),
            ("hash_concurrency", self.hashing.permits.to_string()),
            ("hash_queue", self.hashing.queue.to_string()),
            ("flag_burst_votes", self.anomalies.burst_votes.to_string()),
            (
                "flag_bulk_accounts",
                self.anomalies.bulk_accounts.to_string(),
            ),
            (
                "flag_uniform_ballots",
                self.anomalies.uniform_ballots.to_string(),
            ),
            (
                "flag_window_seconds",
                self.anomalies.window_secs.to_string(),
            ),
            (
                "session_minutes",
                (self.session_ttl.as_secs() / 60).to_string(),
            ),
            ("max_body_bytes", self.max_body_bytes.to_string()),
            ("picture_max_bytes", self.picture_max_bytes.to_string()),
            ("picture_max_side", self.picture_max_side.to_string()),
        ];
        lines.iter().map(|(k, v)| format!("{k} = {v}\n")).collect()
    }

    /// Checks that a signing secret is available, without creating one.
    ///
    /// # Errors
    /// No secret on a shared database.
    pub fn resolve_jwt_secret_check(&self) -> Result<(), ConfigError> {
        if self.jwt_secret.is_none() && !self.is_sqlite() {
            return Err(ConfigError::SecretRequired);
        }
        Ok(())
    }

    /// True for the embedded SQLite database.
    pub fn is_sqlite(&self) -> bool {
        self.database_url.expose_secret().starts_with("sqlite:")
    }

    /// The signing secret: from the environment, or, for the embedded single-machine
    /// install, generated once and kept in the data folder (mode 0600).
    ///
    /// # Errors
    /// No secret on a shared database, or the secret file cannot be written.
    pub fn resolve_jwt_secret(&self) -> Result<SecretString, ConfigError> {
        if let Some(secret) = &self.jwt_secret {
            return Ok(secret.clone());
        }
        if !self.is_sqlite() {
            return Err(ConfigError::SecretRequired);
        }
        let path = self.data_dir.join("jwt-secret");
        load_or_create_secret(&path).map_err(|source| ConfigError::SecretFile { path, source })
    }
}

fn load_or_create_secret(path: &Path) -> std::io::Result<SecretString> {
    use std::{fs, io::Write, os::unix::fs::OpenOptionsExt};
    if let Ok(existing) = fs::read_to_string(path)
        && existing.trim().len() >= 32
    {
        return Ok(SecretString::from(existing.trim().to_owned()));
    }
    if let Some(parent) = path.parent() {
        crate::db::create_private_dir(parent)?;
    }
    let secret = hex::encode(rand::random::<[u8; 32]>());
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(secret.as_bytes())?;
    Ok(SecretString::from(secret))
}
