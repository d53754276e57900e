//! Typed configuration: the settings every command reads from its options or their
//! environment variables (see `.env.example` and the README), checked into a [`Config`].
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
    /// How many mails of the secretariat's group messages the outbox writes a minute.
    pub mailings_per_minute: u32,
    pub session_ttl: Duration,
    /// Largest request body accepted.
    pub max_body_bytes: usize,
    /// Largest picture upload, in bytes.
    pub picture_max_bytes: usize,
    /// Largest side of an uploaded picture, in pixels.
    pub picture_max_side: u32,
    /// A folder searched for the book's fonts before the system's.
    pub fonts_dir: Option<PathBuf>,
    /// Where the site's static files are and what the bundle is called (`LEPTOS_*`).
    pub leptos: leptos::config::LeptosOptions,
}

/// How many mails of group messages the outbox writes a minute by default: well within what a
/// mail relay takes from one sender.
pub const DEFAULT_MAILINGS_PER_MINUTE: u32 = 600;
/// The WSIS Prizes secretariat's address at ITU.
pub const DEFAULT_CONTACT_EMAIL: &str = "wsis-prizes@itu.int";
/// Where the server listens by default.
pub const DEFAULT_SITE_ADDR: &str = "127.0.0.1:3000";
/// The log filter by default.
pub const DEFAULT_LOG: &str = "info,sqlx=warn,sea_orm=warn";

/// Everything the server reads from its environment, as options of the top-level command
/// that every subcommand reads (`wsis-prizes --help` lists them with their variables and
/// defaults; `.env.example` and the README's table hold the same list, a test sees to it).
/// An option on the command line wins over its variable. A variable set but empty counts as
/// unset.
#[derive(Clone, Debug, clap::Args)]
#[command(next_help_heading = "Configuration (each option also read from its variable)")]
pub struct Settings {
    /// The database: an SQLite file, or postgres://… [default: sqlite://WSIS_DATA_DIR/wsis.db?mode=rwc]
    #[arg(
        long,
        global = true,
        env = "DATABASE_URL",
        value_name = "DATABASE_URL",
        hide_env_values = true
    )]
    pub database_url: Option<String>,
    /// Folder of the embedded database and the generated signing secret.
    #[arg(
        long,
        global = true,
        env = "WSIS_DATA_DIR",
        value_name = "WSIS_DATA_DIR",
        default_value = "data"
    )]
    pub data_dir: PathBuf,
    /// Where to listen.
    #[arg(long, global = true, env = "LEPTOS_SITE_ADDR", value_name = "LEPTOS_SITE_ADDR", default_value = DEFAULT_SITE_ADDR)]
    pub site_addr: SocketAddr,
    /// The address visitors use, for links in mail; https:// makes cookies Secure. [default: http:// and LEPTOS_SITE_ADDR]
    #[arg(
        long,
        global = true,
        env = "WSIS_PUBLIC_URL",
        value_name = "WSIS_PUBLIC_URL"
    )]
    pub public_url: Option<String>,
    /// Secret that signs sign-in tokens, 32 characters or more; required with PostgreSQL. [default: generated into WSIS_DATA_DIR/jwt-secret, SQLite only]
    #[arg(
        long,
        global = true,
        env = "WSIS_JWT_SECRET",
        value_name = "WSIS_JWT_SECRET",
        hide_env_values = true
    )]
    pub jwt_secret: Option<String>,
    /// Lifetime of a sign-in token, in minutes (renewed at half-life).
    #[arg(
        long,
        global = true,
        env = "WSIS_SESSION_MINUTES",
        value_name = "WSIS_SESSION_MINUTES",
        default_value_t = 60
    )]
    pub session_minutes: u64,
    /// Outgoing mail, smtp://user:pass@host:port. [default: none, mail is captured for the secretariat]
    #[arg(
        long,
        global = true,
        env = "WSIS_SMTP_URL",
        value_name = "WSIS_SMTP_URL",
        hide_env_values = true
    )]
    pub smtp_url: Option<String>,
    /// Sender of outgoing mail.
    #[arg(
        long,
        global = true,
        env = "WSIS_MAIL_FROM",
        value_name = "WSIS_MAIL_FROM",
        default_value = "WSIS Prizes <no-reply@localhost>"
    )]
    pub mail_from: String,
    /// Comma-separated proxy addresses whose X-Forwarded-For is believed. [default: nobody]
    #[arg(long, global = true, env = "WSIS_TRUSTED_PROXIES", value_name = "WSIS_TRUSTED_PROXIES", value_delimiter = ',', value_parser = trimmed_ip)]
    pub trusted_proxies: Vec<IpAddr>,
    /// Sign-in attempts per client a minute (per account, six times that an hour).
    #[arg(long, global = true, env = "WSIS_LOGIN_PER_MINUTE", value_name = "WSIS_LOGIN_PER_MINUTE", default_value_t = Quotas::default().login_per_minute)]
    pub login_per_minute: u32,
    /// Registrations per client and per e-mail address, an hour.
    #[arg(long, global = true, env = "WSIS_REGISTER_PER_HOUR", value_name = "WSIS_REGISTER_PER_HOUR", default_value_t = Quotas::default().register_per_hour)]
    pub register_per_hour: u32,
    /// Password-reset requests per client and per account, an hour.
    #[arg(long, global = true, env = "WSIS_RESET_PER_HOUR", value_name = "WSIS_RESET_PER_HOUR", default_value_t = Quotas::default().reset_per_hour)]
    pub reset_per_hour: u32,
    /// Links followed from mail (confirmation, reset, invitation) per client, an hour.
    #[arg(long, global = true, env = "WSIS_LINKS_PER_HOUR", value_name = "WSIS_LINKS_PER_HOUR", default_value_t = Quotas::default().links_per_hour)]
    pub links_per_hour: u32,
    /// Picture uploads per account, an hour.
    #[arg(long, global = true, env = "WSIS_UPLOADS_PER_HOUR", value_name = "WSIS_UPLOADS_PER_HOUR", default_value_t = Quotas::default().uploads_per_hour)]
    pub uploads_per_hour: u32,
    /// Gallery searches and pages per client network, a minute.
    #[arg(long, global = true, env = "WSIS_SEARCHES_PER_MINUTE", value_name = "WSIS_SEARCHES_PER_MINUTE", default_value_t = Quotas::default().searches_per_minute)]
    pub searches_per_minute: u32,
    /// Open-data requests and book downloads per client network, a minute.
    #[arg(long, global = true, env = "WSIS_OPEN_DATA_PER_MINUTE", value_name = "WSIS_OPEN_DATA_PER_MINUTE", default_value_t = Quotas::default().open_data_per_minute)]
    pub open_data_per_minute: u32,
    /// Votes cast per client network (an IPv4 address, an IPv6 /64), a minute.
    #[arg(long, global = true, env = "WSIS_VOTES_PER_MINUTE_PER_NETWORK", value_name = "WSIS_VOTES_PER_MINUTE_PER_NETWORK", default_value_t = Quotas::default().votes_per_minute_network)]
    pub votes_per_minute_per_network: u32,
    /// Votes cast per account, a minute.
    #[arg(long, global = true, env = "WSIS_VOTES_PER_MINUTE_PER_ACCOUNT", value_name = "WSIS_VOTES_PER_MINUTE_PER_ACCOUNT", default_value_t = Quotas::default().votes_per_minute_account)]
    pub votes_per_minute_per_account: u32,
    /// Votes from one network within a window held as a burst for review.
    #[arg(long, global = true, env = "WSIS_FLAG_BURST_VOTES", value_name = "WSIS_FLAG_BURST_VOTES", default_value_t = FlagThresholds::default().burst_votes)]
    pub flag_burst_votes: usize,
    /// Accounts created within a window that voted, held as created in bulk.
    #[arg(long, global = true, env = "WSIS_FLAG_BULK_ACCOUNTS", value_name = "WSIS_FLAG_BULK_ACCOUNTS", default_value_t = FlagThresholds::default().bulk_accounts)]
    pub flag_bulk_accounts: usize,
    /// Voters with the same complete ballot, held as uniform.
    #[arg(long, global = true, env = "WSIS_FLAG_UNIFORM_BALLOTS", value_name = "WSIS_FLAG_UNIFORM_BALLOTS", default_value_t = FlagThresholds::default().uniform_ballots)]
    pub flag_uniform_ballots: usize,
    /// The window of bursts and bulk creations, in seconds.
    #[arg(long, global = true, env = "WSIS_FLAG_WINDOW_SECONDS", value_name = "WSIS_FLAG_WINDOW_SECONDS", default_value_t = FlagThresholds::default().window_secs)]
    pub flag_window_seconds: i64,
    /// Mails of the secretariat's group messages written to the outbox per minute.
    #[arg(long, global = true, env = "WSIS_MAILINGS_PER_MINUTE", value_name = "WSIS_MAILINGS_PER_MINUTE", default_value_t = DEFAULT_MAILINGS_PER_MINUTE)]
    pub mailings_per_minute: u32,
    /// Password hashes computed at once. [default: the number of cores]
    #[arg(
        long,
        global = true,
        env = "WSIS_HASH_CONCURRENCY",
        value_name = "WSIS_HASH_CONCURRENCY"
    )]
    pub hash_concurrency: Option<usize>,
    /// Requests waiting for a hash; past that, 503 with Retry-After. [default: four per core]
    #[arg(
        long,
        global = true,
        env = "WSIS_HASH_QUEUE",
        value_name = "WSIS_HASH_QUEUE"
    )]
    pub hash_queue: Option<usize>,
    /// The secretariat's address, in the footer and in refusals.
    #[arg(long, global = true, env = "WSIS_CONTACT_EMAIL", value_name = "WSIS_CONTACT_EMAIL", default_value = DEFAULT_CONTACT_EMAIL)]
    pub contact_email: String,
    /// Largest request body, in bytes (uploads have their own).
    #[arg(long, global = true, env = "WSIS_MAX_BODY_BYTES", value_name = "WSIS_MAX_BODY_BYTES", default_value_t = 1024 * 1024)]
    pub max_body_bytes: usize,
    /// Largest picture upload, in bytes.
    #[arg(long, global = true, env = "WSIS_PICTURE_MAX_BYTES", value_name = "WSIS_PICTURE_MAX_BYTES", default_value_t = 5 * 1024 * 1024)]
    pub picture_max_bytes: usize,
    /// Largest picture side, in pixels.
    #[arg(
        long,
        global = true,
        env = "WSIS_PICTURE_MAX_SIDE",
        value_name = "WSIS_PICTURE_MAX_SIDE",
        default_value_t = 4096
    )]
    pub picture_max_side: u32,
    /// A folder searched first for the book's Noto fonts. [default: none, /usr/share/fonts only]
    #[arg(
        long,
        global = true,
        env = "WSIS_FONTS_DIR",
        value_name = "WSIS_FONTS_DIR"
    )]
    pub fonts_dir: Option<PathBuf>,
    /// The built site: stylesheet, islands, pictures of the pages.
    #[arg(
        long,
        global = true,
        env = "LEPTOS_SITE_ROOT",
        value_name = "LEPTOS_SITE_ROOT",
        default_value = "target/site"
    )]
    pub site_root: String,
    /// The folder of the site's scripts and stylesheet, under LEPTOS_SITE_ROOT.
    #[arg(
        long,
        global = true,
        env = "LEPTOS_SITE_PKG_DIR",
        value_name = "LEPTOS_SITE_PKG_DIR",
        default_value = "pkg"
    )]
    pub site_pkg_dir: String,
    /// The name of the site's script, wasm and stylesheet files.
    #[arg(
        long,
        global = true,
        env = "LEPTOS_OUTPUT_NAME",
        value_name = "LEPTOS_OUTPUT_NAME",
        default_value = "wsis-prizes"
    )]
    pub output_name: String,
    /// The log filter (tracing's EnvFilter syntax).
    #[arg(long, global = true, env = "RUST_LOG", value_name = "RUST_LOG", default_value = DEFAULT_LOG)]
    pub log: String,
}

/// An IP address, spaces around it allowed (`10.0.0.1, 10.0.0.2`).
fn trimmed_ip(value: &str) -> Result<IpAddr, String> {
    value.trim().parse().map_err(|e| format!("{e}"))
}

/// `value` checked like any address typed in the site.
fn contact_email(value: &str) -> Result<String, ConfigError> {
    app::accounts::rules::Email::parse(value)
        .map(|e| e.as_str().to_owned())
        .map_err(|_| ConfigError::Invalid {
            name: "WSIS_CONTACT_EMAIL",
            reason: format!("{value} is not an e-mail address"),
        })
}

impl Settings {
    /// The configuration these settings make, checked.
    ///
    /// # Errors
    /// A value that parses but makes no sense, naming its variable.
    pub fn config(&self) -> Result<Config, ConfigError> {
        let data_dir = self.data_dir.clone();
        let database_url = self
            .database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", data_dir.join("wsis.db").display()));
        let public_url = self
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.site_addr))
            .trim_end_matches('/')
            .to_owned();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(ConfigError::Invalid {
                name: "WSIS_PUBLIC_URL",
                reason: "must start with http:// or https://".into(),
            });
        }
        let jwt_secret = self.jwt_secret.clone().map(SecretString::from);
        if let Some(secret) = &jwt_secret
            && secret.expose_secret().len() < 32
        {
            return Err(ConfigError::Invalid {
                name: "WSIS_JWT_SECRET",
                reason: "use at least 32 characters".into(),
            });
        }
        let hashing = HashingLimits::default();
        let leptos = leptos::config::LeptosOptions::builder()
            .output_name(self.output_name.as_str())
            .site_root(self.site_root.as_str())
            .site_pkg_dir(self.site_pkg_dir.as_str())
            .site_addr(self.site_addr)
            .build();
        Ok(Config {
            database_url: SecretString::from(database_url),
            data_dir,
            site_addr: self.site_addr,
            public_url,
            jwt_secret,
            smtp_url: self.smtp_url.clone().map(SecretString::from),
            mail_from: self.mail_from.clone(),
            trusted_proxies: self.trusted_proxies.clone(),
            quotas: Quotas {
                login_per_minute: self.login_per_minute,
                register_per_hour: self.register_per_hour,
                reset_per_hour: self.reset_per_hour,
                links_per_hour: self.links_per_hour,
                uploads_per_hour: self.uploads_per_hour,
                searches_per_minute: self.searches_per_minute,
                open_data_per_minute: self.open_data_per_minute,
                votes_per_minute_network: self.votes_per_minute_per_network,
                votes_per_minute_account: self.votes_per_minute_per_account,
            },
            hashing: HashingLimits {
                permits: self.hash_concurrency.unwrap_or(hashing.permits).max(1),
                queue: self.hash_queue.unwrap_or(hashing.queue),
            },
            anomalies: FlagThresholds {
                burst_votes: self.flag_burst_votes.max(1),
                bulk_accounts: self.flag_bulk_accounts.max(1),
                uniform_ballots: self.flag_uniform_ballots.max(1),
                window_secs: self.flag_window_seconds.max(1),
            },
            contact_email: contact_email(&self.contact_email)?,
            mailings_per_minute: self.mailings_per_minute.max(1),
            session_ttl: Duration::from_secs(60 * self.session_minutes.max(1)),
            max_body_bytes: self.max_body_bytes,
            picture_max_bytes: self.picture_max_bytes,
            picture_max_side: self.picture_max_side,
            fonts_dir: self.fonts_dir.clone(),
            leptos,
        })
    }
}

impl Config {
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
            ("mailings_per_minute", self.mailings_per_minute.to_string()),
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
