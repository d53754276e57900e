//! The expert group: invitations by e-mail, and the ties experts declare.
//!
//! The secretariat invites an address; the link lets whoever holds that address take the
//! expert role: signed in with a confirmed account of that address, or by creating the
//! account on the spot (the link proves the mailbox). Experts declare the organisations and countries they are tied to, and other
//! ties in words; conflict detection reads the first two.

pub use super::experts_wire::Ties;
use crate::{
    accounts::{
        self,
        rules::{Email, ProfileInput},
        service::SignedIn,
    },
    audit,
    auth::{Actor, Role},
    codes::TieKind,
    entity::{account, account_role, expert_invitation, expert_tie},
    error::{DomainError, FieldError},
    i18n::Locale,
    mail,
    nominations::rules::normalise_name,
    state::AppContext,
    tokens,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    sea_query::Expr,
};

/// An invitation stays usable this long.
const INVITATION_DAYS: i64 = 14;
/// At most this many ties of each kind.
pub const MAX_TIES: usize = 20;
/// The longest tie, in characters.
pub const MAX_TIE_CHARS: usize = 300;

/// Invites an address to the expert group, by mail.
///
/// # Errors
/// Forbidden; invalid address; rate limited.
pub async fn invite(
    ctx: &AppContext,
    actor: &Actor,
    ip: std::net::IpAddr,
    email: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    ctx.limits.links.check(ip, None)?;
    let email = Email::parse(email).map_err(|m| DomainError::invalid("email", m))?;
    let now = ctx.clock.now();
    let minted = tokens::mint();
    let txn = crate::db::begin_write(&ctx.db).await?;
    expert_invitation::ActiveModel {
        email: Set(email.as_str().to_owned()),
        token_hash: Set(minted.hash),
        invited_by: Set(Some(session.account_id)),
        created_at: Set(now),
        expires_at: Set(now + INVITATION_DAYS * 86_400),
        accepted_at: Set(None),
        account_id: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let locale = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(&txn)
        .await?
        .map(|a| a.locale)
        .unwrap_or_default();
    let args = [
        ("inviter", session.name.clone()),
        (
            "link",
            format!(
                "{}/review/join?token={}",
                ctx.config.public_url, minted.token
            ),
        ),
    ];
    mail::tell(
        &txn,
        ctx.config.delivery,
        mail::Letter {
            kind: mail::MailKind::ExpertInvitation,
            to: email.as_str(),
            locale,
            key: "review-mail-invitation",
            args: &args,
        },
        now,
    )
    .await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::ExpertInvited,
            target_type: audit::TargetType::ExpertInvitation,
            target_id: email.as_str().to_owned(),
            reason: None,
            details: serde_json::json!({}),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Accepts an invitation: the signed-in account, whose confirmed address must be the
/// invited one, takes the expert role (kept if it had it).
///
/// # Errors
/// Rate limited; unauthenticated; invalid, used or expired link; forbidden for another
/// address or an unconfirmed one.
pub async fn accept(
    ctx: &AppContext,
    actor: &Actor,
    ip: std::net::IpAddr,
    token: &str,
) -> Result<(), DomainError> {
    ctx.limits.links.check(ip, None)?;
    let session = actor.session()?;
    let hash = tokens::lookup_hash(token)?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let inv = expert_invitation::Entity::find()
        .filter(expert_invitation::Column::TokenHash.eq(hash))
        .one(&txn)
        .await?
        .ok_or_else(|| DomainError::invalid("token", "link-invalid"))?;
    tokens::check_usable(inv.accepted_at, inv.expires_at, now)?;
    if inv.email != session.email {
        return Err(DomainError::Forbidden("invitation-other-address"));
    }
    if !session.email_confirmed {
        return Err(DomainError::Forbidden("submission-confirm-email-first"));
    }
    take_invitation(
        &txn,
        &inv,
        session.account_id,
        session.has(Role::Expert),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// What someone invited without an account types to create one.
#[derive(Clone, Debug)]
pub struct Newcomer {
    pub password: String,
    pub profile: ProfileInput,
    pub locale: Locale,
    /// The privacy notice read and the terms accepted.
    pub consent: bool,
}

/// Accepts an invitation by creating the account: the link proves the mailbox, so the new
/// account's address is confirmed at once; it holds the expert role and is signed in.
/// An address that already has an account signs in and accepts instead, so that nobody
/// holding a link can set the password of an account that exists.
///
/// The link is checked before the password is estimated and hashed, so a made-up token costs
/// one lookup.
///
/// # Errors
/// Rate limited; busy; invalid, used or expired link; forbidden when the address has an
/// account; invalid fields (all at once).
pub async fn join(
    ctx: &AppContext,
    ip: std::net::IpAddr,
    token: &str,
    newcomer: Newcomer,
) -> Result<SignedIn, DomainError> {
    ctx.limits.links.check(ip, None)?;
    let hash = tokens::lookup_hash(token)?;
    let now = ctx.clock.now();
    let inv = expert_invitation::Entity::find()
        .filter(expert_invitation::Column::TokenHash.eq(hash))
        .one(&ctx.db)
        .await?
        .ok_or_else(|| DomainError::invalid("token", "link-invalid"))?;
    tokens::check_usable(inv.accepted_at, inv.expires_at, now)?;
    ctx.limits.register.check(ip, Some(&inv.email))?;
    let existing = account::Entity::find()
        .filter(account::Column::Email.eq(inv.email.as_str()))
        .one(&ctx.db)
        .await?;
    if existing.is_some() {
        return Err(DomainError::Forbidden("invitation-has-account"));
    }
    let email = Email::parse(&inv.email).map_err(DomainError::internal)?;
    let profile = accounts::service::check_newcomer(
        ctx,
        email.as_str(),
        &newcomer.password,
        &newcomer.profile,
        newcomer.consent,
        Vec::new(),
    )
    .await?;
    let password_hash = ctx.hasher.hash(newcomer.password).await?;
    let txn = crate::db::begin_write(&ctx.db).await?;
    let created = accounts::service::insert_account(
        &txn,
        &email,
        password_hash,
        profile,
        newcomer.locale,
        Some(now),
        now,
    )
    .await
    .map_err(|e| match DomainError::from(e) {
        // Registered in the meantime.
        DomainError::Conflict(_) => DomainError::Forbidden("invitation-has-account"),
        other => other,
    })?;
    take_invitation(&txn, &inv, created.id, false, now).await?;
    txn.commit().await?;
    tracing::info!(account_id = created.id, "expert joined with a new account");
    accounts::service::sign(ctx, created.id, created.token_version)
}

/// Marks the invitation used by `account_id` and grants the expert role, in the caller's
/// transaction. A second use of the link, even at the same moment, finds it taken.
async fn take_invitation(
    txn: &impl ConnectionTrait,
    inv: &expert_invitation::Model,
    account_id: i64,
    already_expert: bool,
    now: i64,
) -> Result<(), DomainError> {
    let used = expert_invitation::Entity::update_many()
        .col_expr(expert_invitation::Column::AcceptedAt, Expr::value(now))
        .col_expr(
            expert_invitation::Column::AccountId,
            Expr::value(account_id),
        )
        .filter(expert_invitation::Column::Id.eq(inv.id))
        .filter(expert_invitation::Column::AcceptedAt.is_null())
        .exec(txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(DomainError::invalid("token", "link-used"));
    }
    if !already_expert {
        account_role::ActiveModel {
            account_id: Set(account_id),
            role: Set(Role::Expert),
            granted_at: Set(now),
            granted_by: Set(inv.invited_by),
        }
        .insert(txn)
        .await?;
    }
    audit::record(
        txn,
        audit::Entry {
            actor_id: Some(account_id),
            action: audit::Action::ExpertJoined,
            target_type: audit::TargetType::Account,
            target_id: account_id.to_string(),
            reason: None,
            details: serde_json::json!({ "invitation": inv.id }),
        },
        now,
    )
    .await?;
    Ok(())
}

/// The signed-in expert's declared ties.
///
/// # Errors
/// Unauthenticated; forbidden for non-experts.
pub async fn my_ties(ctx: &AppContext, actor: &Actor) -> Result<Ties, DomainError> {
    let session = actor.require(Role::Expert)?;
    let rows = expert_tie::Entity::find()
        .filter(expert_tie::Column::AccountId.eq(session.account_id))
        .order_by_asc(expert_tie::Column::Id)
        .all(&ctx.db)
        .await?;
    let lines = |kind: TieKind| {
        rows.iter()
            .filter(|t| t.kind == kind)
            .map(|t| t.value.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    Ok(Ties {
        organisations: lines(TieKind::Organisation),
        countries: lines(TieKind::Country),
        other: lines(TieKind::Other),
    })
}

/// Parsed ties: (kind, as typed, normalised).
fn parse_ties(ties: &Ties) -> Result<Vec<(TieKind, String, String)>, Vec<FieldError>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (kind, field, text) in [
        (TieKind::Organisation, "organisations", &ties.organisations),
        (TieKind::Country, "countries", &ties.countries),
        (TieKind::Other, "other", &ties.other),
    ] {
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if lines.len() > MAX_TIES {
            errors.push(FieldError::new(field, "expert-ties-too-many"));
            continue;
        }
        for line in lines {
            if line.chars().count() > MAX_TIE_CHARS {
                errors.push(FieldError::new(field, "expert-tie-too-long"));
                break;
            }
            let normalised = match kind {
                TieKind::Country => {
                    let Some(code) = crate::countries::known_code(line) else {
                        errors.push(FieldError::new(field, "expert-tie-country"));
                        break;
                    };
                    code.to_owned()
                }
                TieKind::Organisation => normalise_name(line),
                TieKind::Other => line.to_owned(),
            };
            out.push((kind, line.to_owned(), normalised));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Replaces the signed-in expert's declared ties.
///
/// # Errors
/// Unauthenticated; forbidden for non-experts; invalid (too many, too long, unknown country).
pub async fn save_ties(ctx: &AppContext, actor: &Actor, ties: &Ties) -> Result<(), DomainError> {
    let session = actor.require(Role::Expert)?;
    let parsed = parse_ties(ties).map_err(DomainError::Invalid)?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    expert_tie::Entity::delete_many()
        .filter(expert_tie::Column::AccountId.eq(session.account_id))
        .exec(&txn)
        .await?;
    for (kind, value, normalised) in &parsed {
        expert_tie::ActiveModel {
            account_id: Set(session.account_id),
            kind: Set(*kind),
            value: Set(value.clone()),
            normalised: Set(normalised.clone()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_are_read_one_per_line_and_countries_checked() {
        let parsed = parse_ties(&Ties {
            organisations: "Kenya ICT Authority\n\n  Open Clinic Trust Ltd  ".into(),
            countries: "ke\nFR".into(),
            other: "Board member of a telecom regulator".into(),
        })
        .unwrap_or_default();
        assert_eq!(parsed.len(), 5);
        assert_eq!(
            parsed[2],
            (TieKind::Country, "ke".to_owned(), "KE".to_owned())
        );
        assert_eq!(parsed[1].2, normalise_name("Open Clinic Trust Ltd"));
        let bad = parse_ties(&Ties {
            countries: "Atlantis".into(),
            ..Ties::default()
        });
        assert_eq!(
            bad,
            Err(vec![FieldError::new("countries", "expert-tie-country")])
        );
    }
}
