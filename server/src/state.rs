//! What every handler and middleware of one instance shares.

use std::{net::IpAddr, path::PathBuf, sync::Arc};

use app::{state::AppContext, ui::SiteInfo};
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

/// The state handed to the router.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub ctx: AppContext,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Arc<Vec<IpAddr>>,
    /// Facts every page shows (the contact address).
    pub site: SiteInfo,
    /// Largest request body accepted (a failed plain form post is read back within it).
    pub max_body_bytes: usize,
    /// True when the public address is https: HSTS and `__Host-` cookies.
    pub https: bool,
    /// The data folder: published ledgers are written out there once, then served as files.
    pub data_dir: PathBuf,
}
