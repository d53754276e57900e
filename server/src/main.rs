//! `wsis-prizes`: serve the platform, migrate the database, manage accounts.

#[tokio::main]
async fn main() -> std::process::ExitCode {
    server::cli::main().await
}
