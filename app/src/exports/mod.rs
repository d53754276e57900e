//! The secretariat's downloads for its reports: an edition's submissions (every field), its
//! screening decisions, its expert assignments and scores, its vote's figures per category
//! and day, and the accounts. As CSV (every text cell neutralised) or XLSX (cells typed,
//! never formulas). Each is read from the database page by page and written as it is read;
//! each download is audited with who took it, and the accounts' asks for a reason and leaves
//! addresses out unless asked.

#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod tables;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Where the download form posts (a plain route: the answer is a file).
pub const EXPORT_ENDPOINT: &str = "/admin/exports";

/// What can be downloaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportKind {
    Submissions,
    Screening,
    Reviews,
    Votes,
    Accounts,
}

impl ExportKind {
    pub const ALL: [ExportKind; 5] = [
        ExportKind::Submissions,
        ExportKind::Screening,
        ExportKind::Reviews,
        ExportKind::Votes,
        ExportKind::Accounts,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ExportKind::Submissions => "submissions",
            ExportKind::Screening => "screening",
            ExportKind::Reviews => "reviews",
            ExportKind::Votes => "votes",
            ExportKind::Accounts => "accounts",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Of one edition (all but the accounts).
    pub fn by_edition(self) -> bool {
        self != ExportKind::Accounts
    }
}

/// The file's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportFormat {
    Csv,
    Xlsx,
}

impl ExportFormat {
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "csv" => Some(ExportFormat::Csv),
            "xlsx" => Some(ExportFormat::Xlsx),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
    }
}

/// A cell of an export, typed: XLSX keeps numbers as numbers and text as text.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    Num(f64),
    Bool(bool),
    Empty,
}

/// The download form, as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRequest {
    pub what: String,
    pub format: String,
    #[serde(default)]
    pub year: String,
    /// Why the accounts are taken (required for them).
    #[serde(default)]
    pub reason: String,
    /// Include the accounts' addresses (`on`).
    #[serde(default)]
    pub addresses: String,
}

/// The years the secretariat may export, newest first.
#[server(prefix = "/api", endpoint = "exports/get-export-years")]
pub async fn get_export_years() -> Result<Vec<i32>, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(tables::years(&r.ctx, &r.actor).await)
}
