//! Accounts: registration, e-mail confirmation, signing in and out, password reset and
//! change, the profile. Roles (expert, secretariat) sit on top of the rights every account
//! has; the secretariat grants them (see `admin`).

#[cfg(feature = "ssr")]
pub mod contest_mail;
#[cfg(feature = "ssr")]
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod tokens;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use rules::{ProfileInput, StakeholderType};

use crate::{
    countries::{Country, ItuRegion},
    error::AppError,
};

/// The account page's data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub email: String,
    pub email_confirmed: bool,
    pub region: Option<ItuRegion>,
    pub profile: ProfileInput,
}

/// Hands the browser the session cookie of a sign-in.
#[cfg(feature = "ssr")]
pub(crate) fn start_session(ctx: &crate::state::AppContext, signed: &service::SignedIn) {
    set_cookie(crate::auth::jwt::session_cookie(
        &signed.token,
        signed.max_age_secs,
        ctx.config.secure_cookies,
    ));
}

#[cfg(feature = "ssr")]
fn set_cookie(value: String) {
    if let (Some(res), Ok(v)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&value),
    ) {
        res.append_header(http::header::SET_COOKIE, v);
    }
}

#[server(prefix = "/api", endpoint = "accounts/get-me")]
pub async fn get_me() -> Result<Option<crate::auth::Me>, AppError> {
    let r = crate::server_fn::request()?;
    Ok(crate::auth::actor::me(&r.actor))
}

#[server(prefix = "/api", endpoint = "accounts/list-countries")]
pub async fn list_countries() -> Result<Vec<Country>, AppError> {
    Ok(crate::countries::countries_sorted(crate::i18n::use_locale()))
}

#[server(prefix = "/api", endpoint = "accounts/register-account")]
pub async fn register_account(
    email: String,
    password: String,
    #[server(flatten)] profile: ProfileInput,
    #[server(default)] consent: String,
) -> Result<String, AppError> {
    let r = crate::server_fn::request()?;
    let input = service::Registration {
        email: email.clone(),
        password,
        profile: profile.clone(),
        locale: crate::i18n::use_locale(),
        consent: !consent.trim().is_empty(),
    };
    let result = service::register_account(&r.ctx, r.ip, input)
        .await
        .map(|()| {
            let next = "/register/done".to_owned();
            crate::server_fn::redirect_plain_post(&next);
            next
        });
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "accounts/confirm-email")]
pub async fn confirm_email(token: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(service::confirm_email(&r.ctx, &r.actor, r.ip, &token).await)
}

#[server(prefix = "/api", endpoint = "accounts/resend-confirmation")]
pub async fn resend_confirmation() -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = service::resend_confirmation(&r.ctx, &r.actor, r.ip).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/account?sent=1");
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "accounts/login")]
pub async fn login(email: String, password: String, next: String) -> Result<String, AppError> {
    let r = crate::server_fn::request()?;
    let result = service::login(&r.ctx, r.ip, &email, &password)
        .await
        .map(|signed| {
            start_session(&r.ctx, &signed);
            let next = crate::redirects::safe_next(&r.ctx.config.public_url, &next);
            crate::server_fn::redirect_plain_post(&next);
            next
        });
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "accounts/logout")]
pub async fn logout() -> Result<String, AppError> {
    let r = crate::server_fn::request()?;
    let result = service::logout(&r.ctx, &r.actor).await.map(|()| {
        set_cookie(crate::auth::jwt::clear_session_cookie(
            r.ctx.config.secure_cookies,
        ));
        crate::server_fn::redirect_plain_post("/");
        "/".to_owned()
    });
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "accounts/request-password-reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = service::request_password_reset(&r.ctx, r.ip, &email).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/forgot?sent=1");
    }
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "accounts/reset-password")]
pub async fn reset_password(token: String, password: String) -> Result<String, AppError> {
    let r = crate::server_fn::request()?;
    let result = service::reset_password(&r.ctx, r.ip, &token, &password)
        .await
        .map(|()| {
            let next = "/login?reset=1".to_owned();
            crate::server_fn::redirect_plain_post(&next);
            next
        });
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "accounts/change-password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = service::change_password(&r.ctx, &r.actor, &current_password, &new_password)
        .await
        .map(|signed| {
            start_session(&r.ctx, &signed);
            crate::server_fn::redirect_plain_post("/account?password=1");
        });
    crate::server_fn::respond(result)
}

#[server(prefix = "/api", endpoint = "accounts/get-profile")]
pub async fn get_profile() -> Result<ProfileView, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(service::profile(&r.ctx, &r.actor).await)
}

#[server(prefix = "/api", endpoint = "accounts/update-profile")]
pub async fn update_profile(
    #[server(flatten)] profile: ProfileInput,
    locale: String,
) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let lang = crate::i18n::Locale::from_code(&locale).unwrap_or_default();
    let result = service::update_profile(&r.ctx, &r.actor, &profile, lang).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post("/account?saved=1");
    }
    crate::server_fn::respond(result)
}

/// Whether a stop link's contest messages are stopped already (the page asks before stopping).
#[server(prefix = "/api", endpoint = "accounts/check-stop-link")]
pub async fn check_stop_link(key: String) -> Result<bool, AppError> {
    let r = crate::server_fn::request()?;
    crate::server_fn::respond(contest_mail::check(&r.ctx, r.ip, &key).await)
}

/// Stops contest messages to the account of a stop link (no sign-in: the link is the key).
#[server(prefix = "/api", endpoint = "accounts/stop-contest-mail")]
pub async fn stop_contest_mail(key: String) -> Result<(), AppError> {
    let r = crate::server_fn::request()?;
    let result = contest_mail::stop(&r.ctx, r.ip, &key).await;
    if result.is_ok() {
        crate::server_fn::redirect_plain_post(&format!(
            "/mail/stop?key={}&stopped=1",
            urlencoding::encode(&key)
        ));
    }
    crate::server_fn::respond(result)
}
