//! The WSIS Prizes platform: ITU's yearly contest for projects that put the WSIS Action Lines
//! into practice.
//!
//! One folder per feature, named after the domain. Each keeps its wire types and thin server
//! functions in `mod.rs`, its views in `pages.rs` (or `pages/`, a file per audience), the pure
//! rules both builds share in `rules.rs`, and, on the server only, its use cases: in
//! `service.rs`, or a file per audience where several meet (`nominations/owners.rs`,
//! `nominations/screening.rs`). Below the features lies the core they share (`auth`, `state`,
//! `server_fn`, `limits`, `audit`, `tokens`, `codes`…), which imports no feature.

#![recursion_limit = "512"]

pub mod accounts;
pub mod admin;
#[cfg(feature = "ssr")]
mod app;
pub mod auth;
pub mod catalogue;
pub mod codes;
pub mod countries;
pub mod editions;
pub mod error;
pub mod exports;
pub mod forms;
pub mod gallery;
pub mod i18n;
pub mod mailings;
pub mod nominations;
pub mod notices;
pub mod phases;
pub mod publication;
pub mod review;
#[cfg(test)]
mod shape;
pub mod statistics;
#[cfg(feature = "ssr")]
pub mod ui;
pub mod voting;

#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod charts;
#[cfg(feature = "ssr")]
pub mod clock;
#[cfg(feature = "ssr")]
pub mod committer;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod limits;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod opendata;
#[cfg(feature = "ssr")]
pub mod pseudonyms;
#[cfg(feature = "ssr")]
pub mod redirects;
#[cfg(feature = "ssr")]
pub mod server_fn;
#[cfg(feature = "ssr")]
pub mod spreadsheet;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod tokens;
#[cfg(feature = "ssr")]
pub mod versioned;

#[cfg(feature = "ssr")]
pub use app::{App, render_page, route_list, shell};
