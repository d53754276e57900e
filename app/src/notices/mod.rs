//! The site's notices: the privacy notice and the terms of use, in the six languages, and the
//! version of them that registration records with each account's consent. Change the
//! version whenever their meaning changes.

#[cfg(feature = "ssr")]
pub mod pages;

/// The version of the privacy notice and terms in force, recorded with each consent.
pub const PRIVACY_VERSION: &str = "2026-12";

/// The privacy notice's address.
pub const PRIVACY_PATH: &str = "/privacy";
/// The terms' address.
pub const TERMS_PATH: &str = "/terms";
