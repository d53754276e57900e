//! The command line: `serve` (default), `migrate` (`status`, `down`), `config`, `demo`,
//! `user create`, `ledger export` and `ledger verify`. Errors are reported with their causes, one per line.

use std::{io::Read, process::ExitCode};

use anyhow::{Context as _, bail};
use app::auth::Role;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use tracing_subscriber::EnvFilter;

use crate::{config::Settings, db, startup::Application};

/// The WSIS Prizes platform.
#[derive(Parser)]
#[command(name = "wsis-prizes", version, about, long_about = None)]
struct Cli {
    #[command(flatten)]
    settings: Settings,
    #[command(subcommand)]
    command: Option<Command>,
}

/// The command line, read with its variables; a variable set but empty counts as unset
/// (clap would take it as an empty value), as in a `.env` file with `NAME=` lines.
fn parse() -> Cli {
    let command = Cli::command().mut_args(|arg| match arg.get_env() {
        Some(name) if std::env::var_os(name).is_some_and(|v| v.is_empty()) => arg.env(None),
        _ => arg,
    });
    let matches = command.get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site (the default). Migrates the database and seeds the first edition.
    Serve,
    /// Database migrations: apply the pending ones (the default), list them, or undo some.
    Migrate {
        #[command(subcommand)]
        command: Option<MigrateCommand>,
    },
    /// Print the configuration read from the environment (secrets are never printed), or
    /// say which variable is wrong.
    Config,
    /// Load the demo edition: about 1,000 generated submissions in every category and
    /// screening state, with accounts and pictures; and the year before, a past edition
    /// whose vote is closed, reviewed and published, with champions and winners.
    /// Idempotent; never run by `serve`.
    Demo {
        /// How many submissions to generate.
        #[arg(long, default_value_t = 1000)]
        count: usize,
        /// How many voters the past edition's vote has (0: no past edition).
        #[arg(long, default_value_t = 3000)]
        voters: usize,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// For the vote benchmark, on the demo edition only (never on a real contest).
    #[command(hide = true)]
    Bench {
        #[command(subcommand)]
        command: BenchCommand,
    },
    /// The public vote's ledger: export it once the results are final, or check one.
    Ledger {
        #[command(subcommand)]
        command: LedgerCommand,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Open the demo edition's vote now and write voters' sessions and ballots to a file.
    PrepareVote {
        #[arg(long, default_value_t = 2000)]
        voters: usize,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Load the demo (if it is not loaded) and past editions before it until there are
    /// `editions` in all, each published: the data the gallery's search is measured on.
    PrepareGallery {
        #[arg(long, default_value_t = 10)]
        editions: usize,
        /// Submissions per edition.
        #[arg(long, default_value_t = 1000)]
        count: usize,
        /// Voters per past edition.
        #[arg(long, default_value_t = 300)]
        voters: usize,
    },
    /// The rate of single-row commits on a scratch SQLite file with the platform's settings.
    SqliteCommitRate {
        #[arg(long, default_value_t = 5)]
        seconds: u64,
    },
}

#[derive(Subcommand)]
enum LedgerCommand {
    /// Write the ledger of an edition's vote (JSON Lines; see the README).
    Export {
        /// The edition's year.
        #[arg(long)]
        edition: i32,
        /// Where to write it.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Check a ledger on its own, without the database: every hash and link, and a recount
    /// of the champions. Prints the recount; fails at the first line that does not hold.
    Verify {
        /// The ledger file.
        file: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
enum MigrateCommand {
    /// Apply every pending migration (the default).
    Up,
    /// List every migration and whether it is applied.
    Status,
    /// Undo the last applied migrations, newest first.
    Down {
        /// How many to undo.
        #[arg(default_value_t = 1)]
        steps: u32,
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

fn init_tracing(log: &str) {
    let filter = EnvFilter::try_new(log).unwrap_or_else(|e| {
        eprintln!(
            "RUST_LOG is not a valid filter ({e}): using {}",
            crate::config::DEFAULT_LOG
        );
        EnvFilter::new(crate::config::DEFAULT_LOG)
    });
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
}

/// Runs the command line on a multi-threaded runtime and returns the process exit code.
///
/// Not `async`, so that the binary's `main` awaits nothing of this crate: the body of an
/// awaited `async fn` is compiled again in the crate that awaits it, and the binary compiled
/// the whole server a second time.
pub fn main() -> ExitCode {
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(run()),
        Err(error) => {
            eprintln!("error: the runtime could not start: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> ExitCode {
    let cli = parse();
    let s = &cli.settings;
    init_tracing(&s.log);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(s).await,
        Command::Migrate { command } => migrate(s, command.unwrap_or(MigrateCommand::Up)).await,
        Command::Config => show_config(s),
        Command::Demo { count, voters } => demo(s, count, voters).await,
        Command::User {
            command: UserCommand::Create { email, role, name },
        } => create_user(s, &email, role.into(), &name).await,
        Command::Ledger {
            command: LedgerCommand::Export { edition, out },
        } => export_ledger(s, edition, &out).await,
        Command::Bench { command } => bench(s, command).await,
        Command::Ledger {
            command: LedgerCommand::Verify { file },
        } => verify_ledger(&file),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // `{:#}` writes the whole chain of causes.
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn show_config(settings: &Settings) -> anyhow::Result<()> {
    let config = settings.config()?;
    config.resolve_jwt_secret_check()?;
    print!("{}", config.describe());
    Ok(())
}

async fn serve(settings: &Settings) -> anyhow::Result<()> {
    let config = settings.config()?;
    let app = Application::build(config)
        .await
        .context("the application did not start")?;
    app.run_until_stopped().await.context("serving")
}

/// The configured database, not migrated.
async fn connect(settings: &Settings) -> anyhow::Result<sea_orm::DatabaseConnection> {
    let config = settings.config()?;
    db::connect(&config.database_url)
        .await
        .context("opening the database")
}

/// The configured database, migrated.
async fn open_database(settings: &Settings) -> anyhow::Result<sea_orm::DatabaseConnection> {
    let conn = connect(settings).await?;
    db::migrate(&conn).await.context("migrating the database")?;
    Ok(conn)
}

async fn migrate(settings: &Settings, command: MigrateCommand) -> anyhow::Result<()> {
    use migration::MigrationStatus;
    match command {
        MigrateCommand::Up => {
            open_database(settings).await?;
            println!("database is up to date");
        }
        MigrateCommand::Status => {
            let conn = connect(settings).await?;
            for (name, status) in migration::status(&conn)
                .await
                .context("reading the migrations")?
            {
                let status = match status {
                    MigrationStatus::Applied => "applied",
                    MigrationStatus::Pending => "pending",
                };
                println!("{status:8} {name}");
            }
        }
        MigrateCommand::Down { steps } => {
            if steps == 0 {
                bail!("give the number of migrations to undo, 1 or more");
            }
            let conn = connect(settings).await?;
            migration::down(&conn, steps)
                .await
                .context("undoing migrations")?;
            println!("{steps} migration(s) undone");
        }
    }
    Ok(())
}

async fn demo(settings: &Settings, count: usize, voters: usize) -> anyhow::Result<()> {
    let config = settings.config()?;
    let conn = open_database(settings).await?;
    let now = jiff::Timestamp::now().as_second();
    app::editions::seed::ensure_seeded(&conn, now)
        .await
        .context("seeding the edition")?;
    let ctx = crate::startup::context(&config, conn)?;
    let count = count.clamp(1, 20_000);
    let report = app::demo::load(&ctx, count)
        .await
        .context("loading the demo data")?;
    if report.already_loaded {
        println!("the demo data is already loaded; nothing was added");
    } else {
        println!(
            "demo data loaded: {} submissions, {} accounts (@{}), {} pictures; {} experts, {} reviews, {} nominees confirmed",
            report.submissions,
            report.accounts,
            app::demo::DEMO_DOMAIN,
            report.pictures,
            report.experts,
            report.reviews,
            report.nominees
        );
    }
    if voters == 0 {
        return Ok(());
    }
    let past = app::demo::load_past(&ctx, count, voters.min(200_000))
        .await
        .context("loading the demo's past edition")?;
    if let Some(p) = past {
        println!(
            "past edition {} loaded: {} submissions, {} nominees; {} voters cast {} votes ({} valid), {} groups flagged and reviewed, {} champions, {} winners; ledger ends on {}",
            p.year,
            p.submissions,
            p.nominees,
            p.vote.voters,
            p.vote.votes,
            p.vote.valid,
            p.vote.flags,
            p.vote.champions,
            p.vote.winners,
            p.vote.head
        );
        let stories = app::demo::write_stories(&ctx, p.year)
            .await
            .context("writing the demo's success stories")?;
        println!(
            "{stories} success stories approved for the book of {}",
            p.year
        );
    }
    Ok(())
}

async fn bench(settings: &Settings, command: BenchCommand) -> anyhow::Result<()> {
    match command {
        BenchCommand::PrepareVote { voters, out } => {
            let config = settings.config()?;
            let Some(secret) = config.jwt_secret.clone() else {
                bail!("set WSIS_JWT_SECRET: the server and the benchmark must share it");
            };
            let conn = open_database(settings).await?;
            let lines = crate::bench::prepare_vote(&conn, &secret, voters, &out).await?;
            println!(
                "{lines} ballots of {voters} voters written to {}",
                out.display()
            );
        }
        BenchCommand::PrepareGallery {
            editions,
            count,
            voters,
        } => {
            demo(settings, count, voters.max(1)).await?;
            let config = settings.config()?;
            let conn = open_database(settings).await?;
            let ctx = crate::startup::context(&config, conn)?;
            let count = count.clamp(1, 20_000);
            loop {
                let have = app::catalogue::load::all_editions(&ctx.db).await?.len();
                if have >= editions.clamp(1, 30) {
                    println!("{have} editions loaded");
                    break;
                }
                let p = app::demo::load_earlier(&ctx, count, voters.min(200_000))
                    .await
                    .context("loading an earlier edition")?;
                println!(
                    "edition {} loaded: {} submissions, {} nominees",
                    p.year, p.submissions, p.nominees
                );
            }
        }
        BenchCommand::SqliteCommitRate { seconds } => {
            let config = settings.config()?;
            let rate = crate::bench::sqlite_commit_rate(&config.data_dir, seconds).await?;
            println!("{rate:.0}");
        }
    }
    Ok(())
}

async fn export_ledger(
    settings: &Settings,
    year: i32,
    out: &std::path::Path,
) -> anyhow::Result<()> {
    let conn = open_database(settings).await?;
    let (text, tally) = match app::voting::results::ledger_of(&conn, year).await {
        Ok(done) => done,
        Err(app::error::DomainError::NotFound) => {
            bail!("the vote of {year} has no final results yet (or there is no such edition)")
        }
        Err(other) => return Err(other).context("building the ledger"),
    };
    std::fs::write(out, text).with_context(|| format!("writing {}", out.display()))?;
    println!(
        "ledger of {year} written to {}: {} votes, {} valid; last hash {}",
        out.display(),
        tally.votes,
        tally.valid,
        tally.head
    );
    Ok(())
}

fn verify_ledger(file: &std::path::Path) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    match app::voting::ledger::verify(&text) {
        Ok(tally) => {
            println!(
                "{}",
                serde_json::json!({
                    "head": tally.head,
                    "votes": tally.votes,
                    "valid": tally.valid,
                    "champions": tally.champions,
                })
            );
            Ok(())
        }
        Err(e) => bail!("ledger does not hold: {e}"),
    }
}

async fn create_user(
    settings: &Settings,
    email: &str,
    role: Role,
    name: &str,
) -> anyhow::Result<()> {
    let mut password = String::new();
    std::io::stdin()
        .read_to_string(&mut password)
        .context("reading the password from standard input")?;
    let password = password.trim_end_matches(['\n', '\r']);
    let conn = open_database(settings).await?;
    let now = jiff::Timestamp::now().as_second();
    let id = match app::accounts::service::create_with_role(&conn, email, password, name, role, now)
        .await
    {
        Ok(id) => id,
        Err(app::error::DomainError::Invalid(fields)) => bail!(
            "{}",
            fields
                .iter()
                .map(|f| format!("{}: {}", f.field, app::i18n::Locale::En.t(&f.message)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        Err(other) => return Err(other).context("creating the account"),
    };
    println!("account {id} ({email}) has the {} role", role.code());
    Ok(())
}
