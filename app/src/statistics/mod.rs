//! An edition in figures, for anyone: its submissions by category, ITU region and
//! stakeholder type; once the results are published, the valid votes by category and the
//! champions and winners by region, and the votes cast day by day. Drawn on the server as SVG charts (`crate::charts`), so
//! the page needs no script and prints well.

#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// One bar of a chart: a label (or its translation key) and a count.
pub type Count = (String, u64);

/// An edition's figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionStatistics {
    pub year: i32,
    pub edition_title: String,
    /// Submissions sent to the contest (drafts and withdrawn ones are not counted).
    pub submissions: u64,
    /// By category code, in the categories' order.
    pub by_category: Vec<Count>,
    /// By ITU region's label key, in the regions' order, then the unknown region.
    pub by_region: Vec<Count>,
    /// By stakeholder type's label key.
    pub by_stakeholder: Vec<Count>,
    /// Once the results are published (or, for the secretariat, final).
    pub vote: Option<VoteFigures>,
}

/// The published vote in figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteFigures {
    /// Seen by the secretariat before publication: nobody else sees it yet.
    pub preview: bool,
    /// Valid votes by category code.
    pub valid_by_category: Vec<Count>,
    /// Champions by ITU region's label key.
    pub champions_by_region: Vec<Count>,
    /// Winners by ITU region's label key.
    pub winners_by_region: Vec<Count>,
    /// Votes cast per day (UTC), by date (`2026-03-14`), as counted when the results were
    /// fixed.
    pub cast_by_day: Vec<Count>,
}

/// The figures of the edition `edition` (a year; empty for the current one).
#[server(prefix = "/api", endpoint = "statistics/edition")]
pub async fn get_statistics(
    #[server(default)] edition: String,
) -> Result<EditionStatistics, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(
        service::edition(&r.ctx, &r.actor, crate::i18n::use_locale(), &edition).await,
    )
}
