//! Start-up and housekeeping: configuration read from the environment, files created for this
//! user only, which edition is current, and the purge of expired links.

use std::os::unix::fs::PermissionsExt;

use app::{
    accounts::RequestPasswordReset, catalogue::GetCurrentEdition, nominations::CreateSubmission,
};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};
use server::config::Config;

use crate::support::{spawn_app, tempdir::TempDir};

/// `wsis-prizes config` run with the given environment (and nothing else from this one).
fn config_with(vars: &[(&str, &str)]) -> std::process::Output {
    run_with(&["config"], vars)
}

/// `wsis-prizes ARGS` run with the given environment (and nothing else from this one).
fn run_with(args: &[&str], vars: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_wsis-prizes"));
    cmd.args(args).env_clear();
    if let Ok(path) = std::env::var("PATH") {
        cmd.env("PATH", path);
    }
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.output().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_configuration_is_read_from_the_environment_and_bad_values_are_refused() {
    let dir = TempDir::new();
    let data = dir.0.display().to_string();
    let vars = [
        ("WSIS_DATA_DIR", data.as_str()),
        ("LEPTOS_SITE_ADDR", "127.0.0.1:3456"),
        ("WSIS_PUBLIC_URL", "https://prizes.example.org/"),
        ("WSIS_LOGIN_PER_MINUTE", "7"),
        ("WSIS_LINKS_PER_HOUR", "11"),
        ("WSIS_HASH_CONCURRENCY", "3"),
        ("WSIS_CONTACT_EMAIL", "Prizes@Example.org"),
        ("WSIS_SESSION_MINUTES", "30"),
        ("WSIS_TRUSTED_PROXIES", "10.0.0.1, 10.0.0.2"),
        (
            "WSIS_SMTP_URL",
            "smtp://user:secret-password@mail.example.org:2525",
        ),
    ];
    let out = config_with(&vars);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for line in [
        "listen = 127.0.0.1:3456",
        "public_url = https://prizes.example.org",
        "secure_cookies = true",
        "login_per_minute = 7",
        "links_per_hour = 11",
        "hash_concurrency = 3",
        "contact_email = prizes@example.org",
        "session_minutes = 30",
        "trusted_proxies = 10.0.0.1, 10.0.0.2",
        "smtp = configured",
    ] {
        assert!(text.contains(line), "{line} missing in:\n{text}");
    }
    assert!(
        text.contains(&format!("database = sqlite://{data}/wsis.db")),
        "{text}"
    );
    assert!(
        !text.contains("secret-password"),
        "secrets are never printed"
    );
    // A value that does not parse is refused, naming the variable.
    for (name, bad) in [
        ("WSIS_PUBLIC_URL", "ftp://x"),
        ("WSIS_LOGIN_PER_MINUTE", "many"),
        ("WSIS_CONTACT_EMAIL", "not an address"),
        ("WSIS_TRUSTED_PROXIES", "10.0.0.999"),
        ("WSIS_JWT_SECRET", "too short"),
    ] {
        let out = config_with(&[("WSIS_DATA_DIR", data.as_str()), (name, bad)]);
        assert!(!out.status.success(), "{name}={bad} was accepted");
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(err.contains(name), "{name}: {err}");
    }
}

/// Each variable `wsis-prizes --help` lists, with its default as the help gives it.
fn variables_in_help(help: &str) -> Vec<(String, Option<String>)> {
    help.lines()
        .filter_map(|line| {
            let at = line.find("[env: ")?;
            let name: String = line[at + 6..]
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            let default = line.rfind("[default: ").map(|d| {
                let rest = &line[d + 10..];
                rest[..rest.find(']').unwrap_or(rest.len())]
                    .trim_matches('"')
                    .to_owned()
            });
            Some((name, default))
        })
        .collect()
}

#[test]
fn the_help_lists_every_variable_as_the_readme_and_the_example_file_do() {
    let out = run_with(
        &["--help"],
        &[("WSIS_JWT_SECRET", "a-secret-never-shown-0123456789abcdef")],
    );
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!help.contains("a-secret-never-shown"), "{help}");
    let listed = variables_in_help(&help);
    assert!(listed.len() >= 30, "{help}");
    let names: Vec<&str> = listed.iter().map(|(n, _)| n.as_str()).collect();
    for name in [
        "DATABASE_URL",
        "WSIS_JWT_SECRET",
        "LEPTOS_SITE_ROOT",
        "RUST_LOG",
    ] {
        assert!(names.contains(&name), "{name} in:\n{help}");
    }

    // The README's table: the same variables, in the same order, with the same defaults.
    let readme = include_str!("../../../README.md");
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with("Configuration"))
        .expect("the README's Configuration section");
    let table: Vec<(String, String)> = section
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split(" | ").collect();
            let name = cells.first()?.strip_prefix("| `")?.strip_suffix('`')?;
            Some((name.to_owned(), cells.get(1)?.trim_matches('`').to_owned()))
        })
        .collect();
    let from_help: Vec<(String, String)> = listed
        .iter()
        .map(|(n, d)| (n.clone(), d.clone().unwrap_or_default()))
        .collect();
    assert_eq!(table, from_help, "the README's configuration table");

    // `.env.example`: every variable, each as a commented line.
    let example = include_str!("../../../.env.example");
    let mut in_example: Vec<&str> = example
        .lines()
        .filter_map(|l| l.strip_prefix("# ")?.split_once('=').map(|(n, _)| n))
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
        .collect();
    in_example.dedup();
    let mut expected = names.clone();
    expected.sort_unstable();
    in_example.sort_unstable();
    in_example.dedup();
    assert_eq!(in_example, expected, ".env.example");
}

#[test]
fn an_option_wins_over_its_variable_and_an_empty_variable_is_unset() {
    let dir = TempDir::new();
    let data = dir.0.display().to_string();
    let out = run_with(
        &["config", "--login-per-minute", "4"],
        &[
            ("WSIS_DATA_DIR", data.as_str()),
            ("WSIS_LOGIN_PER_MINUTE", "9"),
            ("WSIS_RESET_PER_HOUR", ""),
        ],
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("login_per_minute = 4"), "{text}");
    assert!(text.contains("reset_per_hour = 5"), "{text}");
}

#[tokio::test]
async fn the_data_folder_database_and_signing_secret_are_for_this_user_only() {
    let dir = TempDir::new();
    let data = dir.0.join("data");
    let config = Config {
        database_url: secrecy::SecretString::from(format!(
            "sqlite://{}?mode=rwc",
            data.join("wsis.db").display()
        )),
        data_dir: data.clone(),
        jwt_secret: None,
        ..crate::support::test_config(&dir.0)
    };
    let app = server::startup::Application::build(config)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    drop(app);
    let mode = |p: &std::path::Path| {
        std::fs::metadata(p)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    };
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("wsis.db")), 0o600);
    assert_eq!(mode(&data.join("jwt-secret")), 0o600);
    let secret = std::fs::read_to_string(data.join("jwt-secret")).expect("the secret file");
    assert!(secret.trim().len() >= 32);
}

#[tokio::test]
async fn the_current_edition_is_the_one_running_else_the_latest() {
    let app = spawn_app().await;
    let now = app.ctx.clock.now();
    let seeded = app::entity::edition::Entity::find()
        .one(&app.ctx.db)
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no edition"));
    // A later edition whose calendar has not started yet.
    let next = app::entity::edition::ActiveModel {
        year: Set(seeded.year + 1),
        title: Set(format!("WSIS Prizes {}", seeded.year + 1)),
        time_zone: Set("Europe/Zurich".into()),
        submission_rules: Set(app::entity::columns::Json(serde_json::json!({}))),
        screening_during_submission: Set(false),
        holds_demo_data: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.ctx.db)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let year = 365 * 86_400;
    for (i, kind) in app::codes::PhaseKind::ALL.iter().enumerate() {
        let i = i64::try_from(i).expect("a small index");
        app::entity::phase::ActiveModel {
            edition_id: Set(next.id),
            kind: Set(*kind),
            opens_at: Set(now + year + i * 30 * 86_400),
            closes_at: Set(now + year + (i + 1) * 30 * 86_400),
            ..Default::default()
        }
        .insert(&app.ctx.db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    }
    let current: serde_json::Value = app
        .call::<GetCurrentEdition>(&[])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(current["year"], seeded.year, "the running edition");
    // Once the seeded edition is over and before the next starts, the latest is shown.
    app.ctx.clock.advance(366 * 86_400 - 3600);
    let current: serde_json::Value = app
        .call::<GetCurrentEdition>(&[])
        .await
        .json()
        .await
        .expect("a JSON response");
    assert_eq!(current["year"], seeded.year + 1);
    assert_eq!(
        app.call::<CreateSubmission>(&[("category", "C1")])
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn expired_links_and_invitations_are_purged() {
    let app = spawn_app().await;
    app.register_account("purge@example.org").await;
    app.call::<RequestPasswordReset>(&[("email", "purge@example.org")])
        .await;
    let tokens = || app::entity::account_token::Entity::find().count(&app.ctx.db);
    assert_eq!(tokens().await.expect("a count"), 2);
    let now = app.ctx.clock.now();
    // Still valid, or not long expired: kept.
    assert_eq!(
        server::jobs::purge_expired_links(&app.ctx, now + 86_400)
            .await
            .unwrap_or(99),
        0
    );
    assert_eq!(tokens().await.expect("a count"), 2);
    // Long expired: gone.
    let later = now + 48 * 3600 + server::jobs::LINK_RETENTION_SECS + 1;
    assert_eq!(
        server::jobs::purge_expired_links(&app.ctx, later)
            .await
            .expect("a purge"),
        2
    );
    assert_eq!(tokens().await.expect("a count"), 0);
}

#[test]
fn migrations_are_listed_undone_and_applied_again_from_the_command_line() {
    let dir = TempDir::new();
    let data = dir.0.display().to_string();
    let run = |args: &[&str]| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_wsis-prizes"));
        cmd.args(args).env_clear().env("WSIS_DATA_DIR", &data);
        if let Ok(path) = std::env::var("PATH") {
            cmd.env("PATH", path);
        }
        let out = cmd.output().unwrap_or_else(|e| panic!("{e}"));
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let statuses = |text: &str| -> Vec<String> {
        text.lines()
            .map(|l| l.split_whitespace().next().unwrap_or("").to_owned())
            .collect()
    };
    let (ok, out, err) = run(&["migrate", "status"]);
    assert!(ok, "{err}");
    let before = statuses(&out);
    assert!(before.len() >= 6, "{out}");
    assert!(before.iter().all(|s| s == "pending"), "{out}");
    let (ok, out, err) = run(&["migrate"]);
    assert!(ok && out.contains("up to date"), "{err}");
    let (_, out, _) = run(&["migrate", "status"]);
    assert!(statuses(&out).iter().all(|s| s == "applied"), "{out}");
    let (ok, _, err) = run(&["migrate", "down", "2"]);
    assert!(ok, "{err}");
    let (_, out, _) = run(&["migrate", "status"]);
    let after = statuses(&out);
    let n = after.len();
    assert_eq!(&after[n - 2..], ["pending", "pending"], "{out}");
    assert!(after[..n - 2].iter().all(|s| s == "applied"), "{out}");
    let (ok, _, err) = run(&["migrate", "down", "0"]);
    assert!(!ok && err.contains("1 or more"), "{err}");
    let (ok, _, err) = run(&["migrate"]);
    assert!(ok, "{err}");
    let (_, out, _) = run(&["migrate", "status"]);
    assert!(statuses(&out).iter().all(|s| s == "applied"), "{out}");
}
