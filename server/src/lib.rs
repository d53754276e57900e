//! The WSIS Prizes web server: configuration, start-up, request middleware, background jobs
//! and the command line. The application itself (pages, server functions, domain) lives in
//! the `app` crate.

pub mod assets;
pub mod auth;
pub mod bench;
pub mod book;
pub mod cli;
pub mod config;
pub mod db;
pub mod exports;
pub mod headers;
pub mod jobs;
pub mod language;
pub mod ledgers;
pub mod opendata;
pub mod routes;
pub mod startup;
pub mod state;

/// What this crate may call of `app` without compiling it again (see the README's design
/// notes): the body of an awaited `async fn` is compiled in the awaiting crate.
#[cfg(test)]
mod boundary {
    use std::path::{Path, PathBuf};

    fn sources() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
    }

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn the_binary_awaits_nothing_of_the_server_crate() {
        let main = read(&sources().join("main.rs"));
        assert!(
            !main.contains("async") && !main.contains(".await"),
            "{main}"
        );
    }

    #[test]
    fn pages_are_rendered_and_listed_only_through_the_app_crate() {
        for entry in std::fs::read_dir(sources()).expect("server/src") {
            let path = entry.expect("an entry").path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let whole = read(&path);
            // This module names what it looks for.
            let text = whole.split("mod boundary").next().unwrap_or_default();
            for renderer in ["render_app_", "generate_route_list", "shell("] {
                assert!(
                    !text.contains(renderer),
                    "{} calls {renderer}",
                    path.display()
                );
            }
        }
    }
}
