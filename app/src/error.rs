//! Errors, one type per layer.
//!
//! [`DomainError`] (server only) says what went wrong in domain terms. [`AppError`] is what
//! server functions return over the wire: serializable, with message keys the views translate,
//! and never an internal cause (those are logged on the server with their chain).

use serde::{Deserialize, Serialize};
use server_fn_codec::ServerFnErrorErr;

#[cfg(feature = "ssr")]
use crate::i18n::Locale;

pub use leptos::server_fn::error as server_fn_codec;

/// A message about one field of a form. `message` is a translation key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: &str) -> Self {
        Self {
            field: field.to_owned(),
            message: message.to_owned(),
        }
    }
}

/// The error a server function returns. Message strings are translation keys.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("sign in first")]
    Unauthenticated,
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("phase closed: {0}")]
    PhaseClosed(String),
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    #[error("too many attempts, retry in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    /// The server is saturated with costly work (password hashing): try again shortly.
    #[error("busy, retry in {retry_after_secs} s")]
    Busy { retry_after_secs: u64 },
    #[error("internal error")]
    Internal,
    /// Transport or decoding failures reported by the server-function machinery itself.
    #[error("request failed: {0}")]
    Request(String),
}

impl AppError {
    /// The message for a given field, if any (already a translation key).
    pub fn field(&self, name: &str) -> Option<&str> {
        match self {
            AppError::Invalid(fields) => fields
                .iter()
                .find(|f| f.field == name)
                .map(|f| f.message.as_str()),
            _ => None,
        }
    }

    /// A sentence for the top of the form, in the visitor's language.
    #[cfg(feature = "ssr")]
    pub fn summary(&self, locale: Locale) -> String {
        match self {
            AppError::NotFound => locale.t("error-not-found"),
            AppError::Unauthenticated => locale.t("error-unauthenticated"),
            AppError::Forbidden(key) | AppError::PhaseClosed(key) | AppError::Conflict(key) => {
                locale.t(key)
            }
            AppError::Invalid(_) => locale.t("error-invalid"),
            AppError::RateLimited { retry_after_secs } => locale.t_number(
                "error-rate-limited",
                "seconds",
                i64::try_from(*retry_after_secs).unwrap_or(i64::MAX),
            ),
            AppError::Busy { retry_after_secs } => locale.t_number(
                "error-busy",
                "seconds",
                i64::try_from(*retry_after_secs).unwrap_or(i64::MAX),
            ),
            AppError::Internal => locale.t("error-internal"),
            AppError::Request(_) => locale.t("error-request"),
        }
    }
}

impl server_fn_codec::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Request(value.to_string())
    }
}

/// What went wrong, in domain terms. Services return it; server functions map it.
#[cfg(feature = "ssr")]
#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    #[error("not found")]
    NotFound,
    #[error("not signed in")]
    Unauthenticated,
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("phase closed: {0}")]
    PhaseClosed(&'static str),
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("invalid: {0:?}")]
    Invalid(Vec<FieldError>),
    #[error("rate limited for {0:?}")]
    RateLimited(std::time::Duration),
    #[error("busy for {0:?}")]
    Busy(std::time::Duration),
    /// An unexpected failure. The cause keeps its own chain of sources for the log.
    #[error("internal error")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync + 'static>),
}

#[cfg(feature = "ssr")]
impl DomainError {
    /// One invalid field.
    pub fn invalid(field: &str, message: &str) -> Self {
        DomainError::Invalid(vec![FieldError::new(field, message)])
    }

    /// The field messages of an invalid input (none for other errors).
    pub fn fields(self) -> Vec<FieldError> {
        match self {
            DomainError::Invalid(fields) => fields,
            _ => Vec::new(),
        }
    }

    /// An unexpected failure described in words: kept for the log, never for the user.
    pub fn internal(what: impl std::fmt::Display) -> Self {
        DomainError::Internal(what.to_string().into())
    }

    /// An unexpected failure with its cause, which keeps its chain of sources.
    pub fn caused_by(
        what: impl std::fmt::Display,
        cause: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        DomainError::Internal(Box::new(Caused {
            what: what.to_string(),
            cause: Box::new(cause),
        }))
    }
}

/// A failure in words, over its cause.
#[cfg(feature = "ssr")]
#[derive(Debug, thiserror::Error)]
#[error("{what}")]
struct Caused {
    what: String,
    #[source]
    cause: Box<dyn std::error::Error + Send + Sync + 'static>,
}

/// An error and every source under it, on one line: `outer: inner: innermost`.
#[cfg(feature = "ssr")]
pub fn chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for DomainError {
    fn from(err: sea_orm::DbErr) -> Self {
        use sea_orm::SqlErr;
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => DomainError::Conflict("error-conflict"),
            _ => DomainError::caused_by("database", err),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::TransactionError<DomainError>> for DomainError {
    fn from(err: sea_orm::TransactionError<DomainError>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(db) => db.into(),
            sea_orm::TransactionError::Transaction(domain) => domain,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<DomainError> for AppError {
    fn from(err: DomainError) -> Self {
        match err {
            DomainError::NotFound => AppError::NotFound,
            DomainError::Unauthenticated => AppError::Unauthenticated,
            DomainError::Forbidden(k) => AppError::Forbidden(k.into()),
            DomainError::PhaseClosed(k) => AppError::PhaseClosed(k.into()),
            DomainError::Conflict(k) => AppError::Conflict(k.into()),
            DomainError::Invalid(f) => AppError::Invalid(f),
            DomainError::RateLimited(d) => AppError::RateLimited {
                retry_after_secs: d.as_secs().max(1),
            },
            DomainError::Busy(d) => AppError::Busy {
                retry_after_secs: d.as_secs().max(1),
            },
            DomainError::Internal(cause) => {
                tracing::error!(cause = %chain(cause.as_ref()), "internal error");
                AppError::Internal
            }
        }
    }
}
