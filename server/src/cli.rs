//! The command line: `serve` (default), `migrate`, `user create`.

use std::{io::Read, process::ExitCode};

use app::accounts::Role;
use clap::{Parser, Subcommand, ValueEnum};
use tracing_subscriber::EnvFilter;

use crate::{config::Config, db, startup::Application};

/// The WSIS Prizes platform.
#[derive(Parser)]
#[command(name = "wsis-prizes", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site (the default). Migrates the database and seeds the first edition.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Print the configuration read from the environment (secrets are never printed), or
    /// say which variable is wrong.
    Config,
    /// Load the demo edition: about 1,000 generated submissions in every category and
    /// screening state, with accounts and pictures. Idempotent; never run by `serve`.
    Demo {
        /// How many submissions to generate.
        #[arg(long, default_value_t = 1000)]
        count: usize,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a confirmed account with a role (or grant the role to an existing account).
    /// The password is read from standard input.
    Create {
        /// E-mail address of the account.
        #[arg(long)]
        email: String,
        /// Role to grant.
        #[arg(long, value_enum)]
        role: RoleArg,
        /// Display name (defaults to the e-mail address).
        #[arg(long, default_value = "")]
        name: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Secretariat,
    Expert,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Self {
        match r {
            RoleArg::Secretariat => Role::Secretariat,
            RoleArg::Expert => Role::Expert,
        }
    }
}

fn init_tracing() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
}

/// Runs the command line and returns the process exit code.
pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve().await,
        Command::Migrate => migrate().await,
        Command::Config => show_config(),
        Command::Demo { count } => demo(count).await,
        Command::User {
            command: UserCommand::Create { email, role, name },
        } => create_user(&email, role.into(), &name).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn show_config() -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    config
        .resolve_jwt_secret_check()
        .map_err(|e| e.to_string())?;
    print!("{}", config.describe());
    Ok(())
}

async fn serve() -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let app = Application::build(config)
        .await
        .map_err(|e| e.to_string())?;
    app.run_until_stopped().await.map_err(|e| e.to_string())
}

/// The configured database, migrated.
async fn open_database() -> Result<sea_orm::DatabaseConnection, String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let conn = db::connect(&config.database_url)
        .await
        .map_err(|e| e.to_string())?;
    db::migrate(&conn).await.map_err(|e| e.to_string())?;
    Ok(conn)
}

async fn migrate() -> Result<(), String> {
    open_database().await?;
    println!("database is up to date");
    Ok(())
}

async fn demo(count: usize) -> Result<(), String> {
    let conn = open_database().await?;
    let now = jiff::Timestamp::now().as_second();
    app::editions::service::ensure_seeded(&conn, now)
        .await
        .map_err(|e| e.to_string())?;
    let report = app::demo::load(&conn, now, count.clamp(1, 20_000))
        .await
        .map_err(|e| e.to_string())?;
    if report.already_loaded {
        println!("the demo data is already loaded; nothing was added");
    } else {
        println!(
            "demo data loaded: {} submissions, {} accounts (@{}), {} pictures",
            report.submissions,
            report.accounts,
            app::demo::DEMO_DOMAIN,
            report.pictures
        );
    }
    Ok(())
}

async fn create_user(email: &str, role: Role, name: &str) -> Result<(), String> {
    let mut password = String::new();
    std::io::stdin()
        .read_to_string(&mut password)
        .map_err(|e| format!("reading the password: {e}"))?;
    let password = password.trim_end_matches(['\n', '\r']);
    let conn = open_database().await?;
    let now = jiff::Timestamp::now().as_second();
    let id = app::accounts::service::create_with_role(&conn, email, password, name, role, now)
        .await
        .map_err(|e| match e {
            app::error::DomainError::Invalid(fields) => fields
                .iter()
                .map(|f| format!("{}: {}", f.field, app::i18n::Locale::En.t(&f.message)))
                .collect::<Vec<_>>()
                .join("; "),
            other => other.to_string(),
        })?;
    println!("account {id} ({email}) has the {} role", role.code());
    Ok(())
}
