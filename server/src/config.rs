//! Typed configuration, read from the environment (see `.env.example` and the README).
//! Secrets are held in [`SecretString`] so that they never end up in logs.

use std::{
    net::{IpAddr, SocketAddr},
    path::{Path, PathBuf},
    time::Duration,
};

use app::context::Quotas;
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
    pub session_ttl: Duration,
    /// Largest request body accepted.
    pub max_body_bytes: usize,
    /// Largest picture upload, in bytes.
    pub picture_max_bytes: usize,
    /// Largest side of an uploaded picture, in pixels.
    pub picture_max_side: u32,
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
            },
            session_ttl: Duration::from_secs(
                60 * parsed::<u64>("WSIS_SESSION_MINUTES", 60)?.max(1),
            ),
            max_body_bytes: parsed("WSIS_MAX_BODY_BYTES", 1024 * 1024)?,
            picture_max_bytes: parsed("WSIS_PICTURE_MAX_BYTES", 5 * 1024 * 1024)?,
            picture_max_side: parsed("WSIS_PICTURE_MAX_SIDE", 4096)?,
            leptos: leptos::config::get_configuration(None)
                .map_err(|e| ConfigError::Invalid {
                    name: "LEPTOS_*",
                    reason: e.to_string(),
                })?
                .leptos_options,
        })
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
        fs::create_dir_all(parent)?;
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
