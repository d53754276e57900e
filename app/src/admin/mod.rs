//! The secretariat's back office: accounts and roles, the captured mail, the audit log.
//! Every act here is checked in the service and written to the audit log with its reason.

#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{auth::Role, error::AppError};

/// Accounts shown on one page of the list.
pub const PAGE_SIZE: u64 = 50;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub email_confirmed: bool,
    pub disabled: bool,
    pub roles: Vec<Role>,
    pub created: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountList {
    pub rows: Vec<AccountRow>,
    pub total: u64,
    pub page: u64,
    /// Accounts whose address the mail sender refuses (made before addresses were checked
    /// with it): no mail reaches them until the address is corrected. The first
    /// [`UNMAILABLE_SHOWN`].
    pub unmailable: Vec<Unmailable>,
    /// How many there are in all.
    pub unmailable_total: usize,
}

/// An account no mail can reach.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unmailable {
    pub id: i64,
    pub email: String,
    pub name: String,
}

/// How many unmailable accounts the page lists.
pub const UNMAILABLE_SHOWN: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailRow {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub status: String,
    pub created: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub actor: Option<String>,
    pub action: String,
    pub target: String,
    pub reason: Option<String>,
    pub details: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLog {
    pub rows: Vec<AuditRow>,
    /// The first entry that breaks the hash chain, if any.
    pub broken_at: Option<i64>,
}

#[server(prefix = "/api", endpoint = "admin/list-accounts")]
pub async fn list_accounts(query: String, page: u64) -> Result<AccountList, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(service::list_accounts(&r.ctx, &r.actor, &query, page).await)
}

/// What the secretariat can do to an account from the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountOp {
    Disable,
    Enable,
    Grant(Role),
    Revoke(Role),
}

impl AccountOp {
    pub const ALL: [AccountOp; 6] = [
        AccountOp::Grant(Role::Expert),
        AccountOp::Revoke(Role::Expert),
        AccountOp::Grant(Role::Secretariat),
        AccountOp::Revoke(Role::Secretariat),
        AccountOp::Disable,
        AccountOp::Enable,
    ];

    pub fn code(self) -> String {
        match self {
            AccountOp::Disable => "disable".into(),
            AccountOp::Enable => "enable".into(),
            AccountOp::Grant(r) => format!("grant-{}", r.code()),
            AccountOp::Revoke(r) => format!("revoke-{}", r.code()),
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|op| op.code() == code)
    }

    /// Translation key of the operation's name.
    pub fn label_key(self) -> String {
        format!("admin-op-{}", self.code())
    }
}

#[server(prefix = "/api", endpoint = "admin/manage-account")]
pub async fn manage_account(
    account_id: i64,
    op: String,
    reason: String,
    back: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = match AccountOp::from_code(&op) {
        Some(AccountOp::Disable) => {
            service::set_disabled(&r.ctx, &r.actor, account_id, true, &reason).await
        }
        Some(AccountOp::Enable) => {
            service::set_disabled(&r.ctx, &r.actor, account_id, false, &reason).await
        }
        Some(AccountOp::Grant(role)) => {
            service::set_role(&r.ctx, &r.actor, account_id, role, true, &reason).await
        }
        Some(AccountOp::Revoke(role)) => {
            service::set_role(&r.ctx, &r.actor, account_id, role, false, &reason).await
        }
        None => Err(crate::error::DomainError::invalid("op", "admin-op-unknown")),
    };
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&crate::redirects::safe_next(
            &r.ctx.config.public_url,
            &back,
        ));
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "admin/list-captured-mail")]
pub async fn list_captured_mail() -> Result<Vec<MailRow>, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(service::list_captured_mail(&r.ctx, &r.actor).await)
}

#[server(prefix = "/api", endpoint = "admin/get-audit-log")]
pub async fn get_audit_log() -> Result<AuditLog, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(service::get_audit_log(&r.ctx, &r.actor).await)
}
