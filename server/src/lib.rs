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
pub mod headers;
pub mod jobs;
pub mod language;
pub mod ledgers;
pub mod opendata;
pub mod routes;
pub mod startup;
pub mod state;
