//! Account use cases: register, confirm the e-mail, sign in and out, reset and change the
//! password, edit the profile. Authorization and rate limits are checked here.

use std::net::IpAddr;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter, Set,
    sea_query::Expr,
};

use super::{
    ProfileView,
    rules::{self, Email, ProfileInput},
    tokens::{self, CONFIRM_TTL_SECS, Purpose, RESET_TTL_SECS},
};
use crate::{
    audit,
    auth::{Actor, Role},
    entity::{account, account_role},
    error::{DomainError, FieldError},
    i18n::Locale,
    mail,
    state::AppContext,
};

async fn send_confirmation(
    conn: &impl ConnectionTrait,
    ctx: &AppContext,
    account: &account::Model,
    now: i64,
) -> Result<(), DomainError> {
    let token = tokens::issue(
        conn,
        account.id,
        Purpose::ConfirmEmail,
        now,
        CONFIRM_TTL_SECS,
    )
    .await?;
    let locale = account.locale;
    let link = format!("{}/confirm?token={token}", ctx.config.public_url);
    mail::enqueue(
        conn,
        ctx.config.delivery,
        mail::Outgoing {
            kind: mail::MailKind::ConfirmEmail,
            to: &account.email,
            subject: &locale.t("mail-confirm-subject"),
            body: &locale.t_args(
                "mail-confirm-body",
                &[("name", account.name.clone()), ("link", link)],
            ),
        },
        now,
    )
    .await
}

/// What a newcomer types to register.
#[derive(Clone, Debug)]
pub struct Registration {
    pub email: String,
    pub password: String,
    pub profile: ProfileInput,
    pub locale: Locale,
    /// The privacy notice read and the terms accepted (the form's box ticked).
    pub consent: bool,
}

/// Registers an account and mails the confirmation link.
///
/// The answer is the same whether or not the address already has an account, so that the
/// form does not tell anyone who has one: for a known address, its owner is mailed instead
/// ("someone tried to register with your address"). The same work (strength estimate, hash)
/// is done either way.
///
/// # Errors
/// Rate limited; busy; invalid fields (all of them at once).
#[tracing::instrument(skip_all)]
pub async fn register_account(
    ctx: &AppContext,
    ip: IpAddr,
    input: Registration,
) -> Result<(), DomainError> {
    ctx.limits.register.check(ip, Some(&input.email))?;
    let email = Email::parse(&input.email);
    let earlier = email
        .as_ref()
        .err()
        .map(|k| FieldError::new("email", k))
        .into_iter()
        .collect();
    let profile = check_newcomer(
        ctx,
        &input.email,
        &input.password,
        &input.profile,
        input.consent,
        earlier,
    )
    .await?;
    // Reported with the rest above.
    let email = email.map_err(|k| DomainError::invalid("email", k))?;
    let password_hash = ctx.hasher.hash(input.password).await?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let existing = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(&txn)
        .await?;
    if let Some(existing) = existing {
        tell_owner_of_attempt(&txn, ctx, &existing, now).await?;
        txn.commit().await?;
        return Ok(());
    }
    let inserted = insert_account(
        &txn,
        &email,
        password_hash,
        profile,
        input.locale,
        None,
        now,
    )
    .await;
    let inserted = match inserted {
        Ok(a) => a,
        // Two registrations of one address at once: the loser is answered like any
        // registration of a known address (its transaction is given up).
        Err(e) if matches!(DomainError::from(e.clone()), DomainError::Conflict(_)) => {
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };
    send_confirmation(&txn, ctx, &inserted, now).await?;
    txn.commit().await?;
    tracing::info!(account_id = inserted.id, "account registered");
    Ok(())
}

/// Checks what a newcomer typed, the profile, the password's strength (against their own
/// words) and their consent to the privacy notice and terms, and reports every problem at
/// once, with the `earlier` ones.
///
/// # Errors
/// Busy; invalid fields.
pub(crate) async fn check_newcomer(
    ctx: &AppContext,
    email: &str,
    password: &str,
    input: &ProfileInput,
    consent: bool,
    mut errors: Vec<FieldError>,
) -> Result<rules::Profile, DomainError> {
    let profile = rules::parse_profile(input)
        .map_err(|e| errors.extend(e))
        .ok();
    if !consent {
        errors.push(FieldError::new("consent", "consent-required"));
    }
    let user_inputs = [
        email,
        input.name.as_str(),
        input.organisation.as_str(),
        "wsis",
        "itu",
    ];
    if let Err(e) = ctx
        .hasher
        .check_strength(password, &user_inputs, "password")
        .await?
    {
        errors.push(e);
    }
    match profile {
        Some(profile) if errors.is_empty() => Ok(profile),
        _ => Err(DomainError::Invalid(errors)),
    }
}

/// Stores a new account; `confirmed_at` is set when the address is already proven (an
/// invitation link that reached it). Its consent to the notices in force is recorded as given
/// `now`: call it only with what [`check_newcomer`] accepted.
pub(crate) async fn insert_account(
    conn: &impl ConnectionTrait,
    email: &Email,
    password_hash: String,
    profile: rules::Profile,
    locale: Locale,
    confirmed_at: Option<i64>,
    now: i64,
) -> Result<account::Model, sea_orm::DbErr> {
    account::ActiveModel {
        email: Set(email.as_str().to_owned()),
        email_confirmed_at: Set(confirmed_at),
        password_hash: Set(password_hash),
        name: Set(profile.name),
        organisation: Set(profile.organisation),
        country: Set(profile.country.to_owned()),
        stakeholder_type: Set(profile.stakeholder_type),
        locale: Set(locale),
        token_version: Set(0),
        disabled_at: Set(None),
        consented_at: Set(Some(now)),
        privacy_version: Set(Some(crate::notices::PRIVACY_VERSION.to_owned())),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// Mails the owner of an address that someone tried to register again.
async fn tell_owner_of_attempt(
    conn: &impl ConnectionTrait,
    ctx: &AppContext,
    account: &account::Model,
    now: i64,
) -> Result<(), DomainError> {
    let locale = account.locale;
    let args = [
        ("name", account.name.clone()),
        ("login", format!("{}/login", ctx.config.public_url)),
        ("forgot", format!("{}/forgot", ctx.config.public_url)),
    ];
    mail::enqueue(
        conn,
        ctx.config.delivery,
        mail::Outgoing {
            kind: mail::MailKind::RegisterAttempt,
            to: &account.email,
            subject: &locale.t("mail-register-again-subject"),
            body: &locale.t_args("mail-register-again-body", &args),
        },
        now,
    )
    .await
}

/// Confirms the e-mail address behind a confirmation link. The visitor must be signed in to
/// the account the link belongs to: the link proves the mailbox, the sign-in proves the
/// password. Otherwise someone who registered another person's address with a password of
/// their own would hold a confirmed account on it once that person clicked the link; that
/// person instead resets the password (which also confirms the address and signs everyone
/// else out).
///
/// # Errors
/// Rate limited; unauthenticated; invalid (`token`): unknown, used or expired link, or a link
/// for another account.
#[tracing::instrument(skip_all)]
pub async fn confirm_email(
    ctx: &AppContext,
    actor: &Actor,
    ip: IpAddr,
    token: &str,
) -> Result<(), DomainError> {
    ctx.limits.links.check(ip, None)?;
    let session = actor.session()?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let found = tokens::find(&txn, token, Purpose::ConfirmEmail, now).await?;
    if found.account_id != session.account_id {
        return Err(DomainError::invalid("token", "link-other-account"));
    }
    let account_id = tokens::consume(&txn, token, Purpose::ConfirmEmail, now).await?;
    account::Entity::update_many()
        .col_expr(account::Column::EmailConfirmedAt, Expr::value(now))
        .col_expr(account::Column::UpdatedAt, Expr::value(now))
        .filter(account::Column::Id.eq(account_id))
        .filter(account::Column::EmailConfirmedAt.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Mails a new confirmation link to the signed-in account.
///
/// # Errors
/// Unauthenticated; rate limited; conflict when the address is already confirmed.
#[tracing::instrument(skip_all)]
pub async fn resend_confirmation(
    ctx: &AppContext,
    actor: &Actor,
    ip: IpAddr,
) -> Result<(), DomainError> {
    let session = actor.session()?;
    ctx.limits.reset.check(ip, Some(&session.email))?;
    if session.email_confirmed {
        return Err(DomainError::Conflict("email-already-confirmed"));
    }
    let account = find_account(&ctx.db, session.account_id).await?;
    let txn = crate::db::begin_write(&ctx.db).await?;
    send_confirmation(&txn, ctx, &account, ctx.clock.now()).await?;
    txn.commit().await?;
    Ok(())
}

async fn find_account(conn: &impl ConnectionTrait, id: i64) -> Result<account::Model, DomainError> {
    account::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(DomainError::NotFound)
}

/// A signed-in session's token, ready for the cookie.
#[derive(Debug)]
pub struct SignedIn {
    pub token: String,
    pub max_age_secs: i64,
}

pub(crate) fn sign(
    ctx: &AppContext,
    account_id: i64,
    version: i32,
) -> Result<SignedIn, DomainError> {
    let ttl = i64::try_from(ctx.config.session_ttl.as_secs()).unwrap_or(3600);
    let token = ctx
        .keys
        .issue(account_id, version, ctx.clock.now(), ttl)
        .ok_or_else(|| DomainError::internal("could not sign a token"))?;
    Ok(SignedIn {
        token,
        max_age_secs: ttl,
    })
}

/// Signs in with e-mail and password.
///
/// An unknown address is checked against a dummy hash, so that it takes as long to refuse
/// as a wrong password and both get the same message.
///
/// # Errors
/// Rate limited; busy; invalid credentials; forbidden when the account is disabled.
#[tracing::instrument(skip_all)]
pub async fn login(
    ctx: &AppContext,
    ip: IpAddr,
    email: &str,
    password: &str,
) -> Result<SignedIn, DomainError> {
    ctx.limits.login.check(ip, email)?;
    let wrong = || DomainError::invalid("password", "credentials-wrong");
    let found = match Email::parse(email) {
        Ok(email) => {
            account::Entity::find()
                .filter(account::Column::Email.eq(email.as_str()))
                .one(&ctx.db)
                .await?
        }
        Err(_) => None,
    };
    let stored = found.as_ref().map(|a| a.password_hash.clone());
    if !ctx.hasher.verify(password, stored).await? {
        return Err(wrong());
    }
    let Some(account) = found else {
        return Err(wrong());
    };
    if account.disabled_at.is_some() {
        return Err(DomainError::Forbidden("account-disabled"));
    }
    ctx.limits.login.remember(ip, &account.email);
    sign(ctx, account.id, account.token_version)
}

/// Bumps the token version: every token of the account stops working at once.
async fn revoke_tokens(
    conn: &impl ConnectionTrait,
    account_id: i64,
    now: i64,
) -> Result<i32, DomainError> {
    account::Entity::update_many()
        .col_expr(
            account::Column::TokenVersion,
            Expr::col(account::Column::TokenVersion).add(1),
        )
        .col_expr(account::Column::UpdatedAt, Expr::value(now))
        .filter(account::Column::Id.eq(account_id))
        .exec(conn)
        .await?;
    Ok(find_account(conn, account_id).await?.token_version)
}

/// Signs out everywhere: the account's existing tokens stop working.
///
/// # Errors
/// Internal only; an anonymous visitor signing out is fine.
#[tracing::instrument(skip_all)]
pub async fn logout(ctx: &AppContext, actor: &Actor) -> Result<(), DomainError> {
    if let Some(session) = &actor.0 {
        revoke_tokens(&ctx.db, session.account_id, ctx.clock.now()).await?;
    }
    Ok(())
}

/// Mails a reset link if the address has an account. Answers the same either way, so that
/// the form does not reveal who has an account.
///
/// # Errors
/// Rate limited; invalid e-mail shape.
#[tracing::instrument(skip_all)]
pub async fn request_password_reset(
    ctx: &AppContext,
    ip: IpAddr,
    email: &str,
) -> Result<(), DomainError> {
    let email = Email::parse(email).map_err(|k| DomainError::invalid("email", k))?;
    ctx.limits.reset.check(ip, Some(email.as_str()))?;
    let found = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(&ctx.db)
        .await?;
    let Some(account) = found.filter(|a| a.disabled_at.is_none()) else {
        return Ok(());
    };
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let token = tokens::issue(
        &txn,
        account.id,
        Purpose::ResetPassword,
        now,
        RESET_TTL_SECS,
    )
    .await?;
    let locale = account.locale;
    let link = format!("{}/reset?token={token}", ctx.config.public_url);
    mail::enqueue(
        &txn,
        ctx.config.delivery,
        mail::Outgoing {
            kind: mail::MailKind::ResetPassword,
            to: &account.email,
            subject: &locale.t("mail-reset-subject"),
            body: &locale.t_args(
                "mail-reset-body",
                &[("name", account.name.clone()), ("link", link)],
            ),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn set_password(
    conn: &impl ConnectionTrait,
    account_id: i64,
    hash: String,
    now: i64,
) -> Result<i32, DomainError> {
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash))
        .filter(account::Column::Id.eq(account_id))
        .exec(conn)
        .await?;
    revoke_tokens(conn, account_id, now).await
}

/// Sets a new password through a reset link (single use, one hour). Signs out everywhere.
///
/// The link is checked first: a request with an unknown, used or expired link costs one
/// indexed read, never a strength estimate or a hash.
///
/// # Errors
/// Rate limited; busy; invalid link or password.
#[tracing::instrument(skip_all)]
pub async fn reset_password(
    ctx: &AppContext,
    ip: IpAddr,
    token: &str,
    new_password: &str,
) -> Result<(), DomainError> {
    ctx.limits.links.check(ip, None)?;
    let now = ctx.clock.now();
    let found = tokens::find(&ctx.db, token, Purpose::ResetPassword, now).await?;
    let account = find_account(&ctx.db, found.account_id).await?;
    if let Err(e) = ctx
        .hasher
        .check_strength(
            new_password,
            &[&account.email, &account.name, "wsis", "itu"],
            "password",
        )
        .await?
    {
        return Err(DomainError::Invalid(vec![e]));
    }
    let hash = ctx.hasher.hash(new_password.to_owned()).await?;
    let txn = crate::db::begin_write(&ctx.db).await?;
    let account_id = tokens::consume(&txn, token, Purpose::ResetPassword, now).await?;
    set_password(&txn, account_id, hash, now).await?;
    // Following a link mailed to the address proves it, as a confirmation link would.
    account::Entity::update_many()
        .col_expr(account::Column::EmailConfirmedAt, Expr::value(now))
        .filter(account::Column::Id.eq(account_id))
        .filter(account::Column::EmailConfirmedAt.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Changes the password of the signed-in account. Other sessions are signed out; this one
/// gets a fresh token.
///
/// # Errors
/// Unauthenticated; rate limited; busy; wrong current password; weak new password.
#[tracing::instrument(skip_all)]
pub async fn change_password(
    ctx: &AppContext,
    actor: &Actor,
    current: &str,
    new_password: &str,
) -> Result<SignedIn, DomainError> {
    let session = actor.session()?;
    ctx.limits.change_password.check(session.account_id)?;
    let account = find_account(&ctx.db, session.account_id).await?;
    if !ctx
        .hasher
        .verify(current, Some(account.password_hash.clone()))
        .await?
    {
        return Err(DomainError::invalid(
            "current_password",
            "credentials-wrong",
        ));
    }
    if let Err(e) = ctx
        .hasher
        .check_strength(
            new_password,
            &[&account.email, &account.name, "wsis", "itu"],
            "new_password",
        )
        .await?
    {
        return Err(DomainError::Invalid(vec![e]));
    }
    let hash = ctx.hasher.hash(new_password.to_owned()).await?;
    let txn = crate::db::begin_write(&ctx.db).await?;
    let version = set_password(&txn, account.id, hash, ctx.clock.now()).await?;
    txn.commit().await?;
    sign(ctx, account.id, version)
}

/// Updates name, organisation, country, stakeholder type and preferred language.
///
/// # Errors
/// Unauthenticated; invalid fields.
#[tracing::instrument(skip_all)]
pub async fn update_profile(
    ctx: &AppContext,
    actor: &Actor,
    input: &ProfileInput,
    locale: Locale,
) -> Result<(), DomainError> {
    let session = actor.session()?;
    let profile = rules::parse_profile(input).map_err(DomainError::Invalid)?;
    account::ActiveModel {
        id: sea_orm::Unchanged(session.account_id),
        name: Set(profile.name),
        organisation: Set(profile.organisation),
        country: Set(profile.country.to_owned()),
        stakeholder_type: Set(profile.stakeholder_type),
        locale: Set(locale),
        updated_at: Set(ctx.clock.now()),
        ..Default::default()
    }
    .update(&ctx.db)
    .await?;
    Ok(())
}

/// The profile of the signed-in account, for its form.
///
/// # Errors
/// Unauthenticated.
pub async fn profile(ctx: &AppContext, actor: &Actor) -> Result<ProfileView, DomainError> {
    let session = actor.session()?;
    let a = find_account(&ctx.db, session.account_id).await?;
    Ok(ProfileView {
        email: a.email,
        email_confirmed: a.email_confirmed_at.is_some(),
        region: crate::countries::region_of(&a.country),
        profile: ProfileInput {
            name: a.name,
            organisation: a.organisation,
            country: a.country,
            stakeholder_type: a.stakeholder_type.code().to_owned(),
        },
    })
}

/// Creates an account from the command line, confirmed, with a role; or grants the role to
/// an existing account. Written to the audit log.
///
/// # Errors
/// Invalid e-mail or weak password.
#[tracing::instrument(skip_all)]
pub async fn create_with_role(
    db: &sea_orm::DatabaseConnection,
    email: &str,
    password: &str,
    name: &str,
    role: Role,
    now: i64,
) -> Result<i64, DomainError> {
    let email = Email::parse(email).map_err(|k| DomainError::invalid("email", k))?;
    let existing = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(db)
        .await?;
    let hash = match existing {
        Some(_) => None,
        None => {
            let hasher =
                crate::auth::password::Hasher::new(crate::auth::password::HashingLimits::default());
            if let Err(e) = hasher
                .check_strength(password, &[email.as_str(), "wsis", "itu"], "password")
                .await?
            {
                return Err(DomainError::Invalid(vec![e]));
            }
            Some(hasher.hash(password.to_owned()).await?)
        }
    };
    let txn = crate::db::begin_write(db).await?;
    let id = match (existing, hash) {
        (Some(a), _) => a.id,
        (None, Some(hash)) => {
            account::ActiveModel {
                email: Set(email.as_str().to_owned()),
                email_confirmed_at: Set(Some(now)),
                password_hash: Set(hash),
                name: Set(rules::one_line(name, rules::NAME_MAX_CHARS, "name")
                    .unwrap_or_else(|_| email.as_str().to_owned())),
                organisation: Set("International Telecommunication Union".to_owned()),
                country: Set("CH".to_owned()),
                stakeholder_type: Set(rules::StakeholderType::InternationalOrganisation),
                locale: Set(Locale::En),
                token_version: Set(0),
                disabled_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?
            .id
        }
        (None, None) => {
            return Err(DomainError::internal(
                "unreachable: no hash for a new account",
            ));
        }
    };
    let has_role = account_role::Entity::find_by_id((id, role))
        .one(&txn)
        .await?
        .is_some();
    if !has_role {
        account_role::ActiveModel {
            account_id: Set(id),
            role: Set(role),
            granted_at: Set(now),
            granted_by: Set(None),
        }
        .insert(&txn)
        .await?;
        audit::record(
            &txn,
            audit::Entry {
                actor_id: None,
                action: audit::Action::RoleGrant,
                target_type: audit::TargetType::Account,
                target_id: id.to_string(),
                reason: Some(audit::Reason::by_platform("granted from the command line")),
                details: serde_json::json!({ "role": role.code() }),
            },
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(id)
}
