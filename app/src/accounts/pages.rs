//! Account pages: register, confirm, sign in, forgot and reset password, my account.
//! Every form here works without JavaScript: a failed post comes back with the typed values
//! (never passwords) and the messages.

use crate::ui::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{
    ChangePassword, Login, Logout, RegisterAccount, RequestPasswordReset, ResendConfirmation,
    ResetPassword, StakeholderType, UpdateProfile, confirm_email, get_profile, list_countries,
};
use crate::{
    error::AppError,
    i18n::{Locale, use_locale},
    ui::{Field, FormError, FormState, error_summary},
};

fn query_flag(name: &'static str) -> bool {
    use_query_map().with_untracked(|q| q.get(name).is_some())
}

/// A notice shown when the query string carries `flag`.
#[component]
fn Notice(flag: &'static str, key: &'static str) -> impl IntoView {
    let locale = use_locale();
    query_flag(flag).then(|| view! { <p class="notice" role="status">{locale.t(key)}</p> })
}

/// The country list, names in the visitor's language.
#[component]
pub fn CountrySelect(state: FormState, selected: String) -> impl IntoView {
    let locale = use_locale();
    let list = OnceResource::new(list_countries());
    let message = state.field_message("country");
    let selected = state.value_or("country", selected);
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for="field-country">{locale.t("field-country")}</label>
            <select
                id="field-country"
                name="country"
                aria-describedby="field-country-error"
                aria-invalid=move || if message.get().is_some() { "true" } else { "false" }
            >
                <option value="">{locale.t("field-choose")}</option>
                <Suspense fallback=|| ()>
                    {
                        let selected = selected.clone();
                        move || {
                            let selected = selected.clone();
                            list.get()
                                .map(|r| {
                                    r.unwrap_or_default()
                                        .into_iter()
                                        .map(|c| {
                                            let is = c.code == selected;
                                            view! { <option value=c.code selected=is>{c.name}</option> }
                                        })
                                        .collect_view()
                                })
                        }
                    }
                </Suspense>
            </select>
            <small id="field-country-error" class="field-error">{move || message.get()}</small>
        </div>
    }
}

/// The stakeholder types.
#[component]
pub fn StakeholderSelect(state: FormState, selected: String) -> impl IntoView {
    let locale = use_locale();
    let message = state.field_message("stakeholder_type");
    let selected = state.value_or("stakeholder_type", selected);
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for="field-stakeholder_type">{locale.t("field-stakeholder-type")}</label>
            <select
                id="field-stakeholder_type"
                name="stakeholder_type"
                aria-describedby="field-stakeholder_type-error"
            >
                <option value="">{locale.t("field-choose")}</option>
                {StakeholderType::ALL
                    .iter()
                    .copied()
                    .map(|s| {
                        let is = s.code() == selected;
                        view! { <option value=s.code() selected=is>{locale.t(&s.label_key())}</option> }
                    })
                    .collect_view()}
            </select>
            <small id="field-stakeholder_type-error" class="field-error">{move || message.get()}</small>
        </div>
    }
}

/// What a newcomer types besides the address: a password and the profile. Shared by the
/// registration and by the expert invitation, which knows the address already.
#[component]
pub fn NewcomerFields(state: FormState) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Field
            state
            name="password"
            kind="password"
            label=locale.t("field-password")
            autocomplete="new-password"
            required=true
            hint=locale.t("field-password-hint")
        />
        <Field state name="name" label=locale.t("field-name") value=String::new() autocomplete="name" required=true />
        <Field
            state
            name="organisation"
            label=locale.t("field-organisation")
            value=String::new()
            autocomplete="organization"
            required=true
        />
        <CountrySelect state selected=String::new() />
        <StakeholderSelect state selected=String::new() />
        <ConsentField state />
    }
}

/// The box a newcomer ticks to accept the terms, having been shown the privacy notice.
#[component]
fn ConsentField(state: FormState) -> impl IntoView {
    let locale = use_locale();
    let message = state.field_message("consent");
    // After a failed post without JavaScript the box stays as it was sent.
    let checked = state.typed("consent").is_some_and(|v| !v.is_empty());
    view! {
        <div class="field consent" class:has-error=move || message.get().is_some()>
            <label for="field-consent">
                <input
                    type="checkbox"
                    id="field-consent"
                    name="consent"
                    value="yes"
                    checked=checked
                    required=true
                    aria-describedby="field-consent-hint field-consent-error"
                    aria-invalid=move || if message.get().is_some() { "true" } else { "false" }
                />
                " " {locale.t("consent-label")}
            </label>
            <small id="field-consent-hint" class="hint">
                <a href=crate::notices::PRIVACY_PATH target="_blank">{locale.t("footer-privacy")}</a>
                " · "
                <a href=crate::notices::TERMS_PATH target="_blank">{locale.t("footer-terms")}</a>
            </small>
            <small id="field-consent-error" class="field-error">{move || message.get()}</small>
        </div>
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RegisterAccount>::new();
    let state = FormState::of(action);
    view! {
        <PageTitle text=locale.t("register-title") />
        <section class="narrow">
            <h1>{locale.t("register-title")}</h1>
            <p class="lead">{locale.t("register-lead")}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <FormError state />
                <Field state name="email" kind="email" label=locale.t("field-email") value=String::new() autocomplete="email" required=true />
                <NewcomerFields state />
                <button type="submit" class="primary">{locale.t("register-submit")}</button>
            </ActionForm>
            <p>
                <a href="/login">{locale.t("register-have-account")}</a>
            </p>
        </section>
    }
}

#[component]
pub fn RegisterDonePage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle text=locale.t("register-done-title") />
        <section class="narrow">
            <h1>{locale.t("register-done-title")}</h1>
            <p>{locale.t("register-done-body")}</p>
            <p>
                <a class="button" href="/login">{locale.t("nav-sign-in")}</a>
            </p>
        </section>
    }
}

#[component]
pub fn ConfirmPage() -> impl IntoView {
    let locale = use_locale();
    let token = use_query_map().with_untracked(|q| q.get("token").unwrap_or_default());
    let result = OnceResource::new(confirm_email(token));
    view! {
        <PageTitle text=locale.t("confirm-title") />
        <section class="narrow">
            <h1>{locale.t("confirm-title")}</h1>
            <Suspense fallback=|| ()>
                {move || {
                    result
                        .get()
                        .map(|r| match r {
                            Ok(()) => {
                                view! {
                                    <p class="notice" role="status">{locale.t("confirm-ok")}</p>
                                    <p>
                                        <a class="button" href="/login">{locale.t("nav-sign-in")}</a>
                                    </p>
                                }
                                    .into_any()
                            }
                            Err(e) => {
                                let key = e.field("token").unwrap_or("link-invalid").to_owned();
                                view! {
                                    <p class="form-error" role="alert">{locale.t(&key)}</p>
                                    <p>{locale.t("confirm-resend-hint")}</p>
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        </section>
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<Login>::new();
    let state = FormState::of(action);
    let next = use_query_map().with_untracked(|q| q.get("next").unwrap_or_else(|| "/".to_owned()));
    view! {
        <PageTitle text=locale.t("login-title") />
        <section class="narrow">
            <h1>{locale.t("login-title")}</h1>
            <Notice flag="reset" key="reset-done" />
            {next.starts_with("/confirm").then(|| view! {
                <p class="notice" role="status">{locale.t("login-to-confirm")}</p>
            })}
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <FormError state />
                <Field state name="email" kind="email" label=locale.t("field-email") value=String::new() autocomplete="email" required=true />
                <Field state name="password" kind="password" label=locale.t("field-password") autocomplete="current-password" required=true />
                <input type="hidden" name="next" value=next />
                <button type="submit" class="primary">{locale.t("login-submit")}</button>
            </ActionForm>
            <p>
                <a href="/forgot">{locale.t("login-forgot")}</a>
                " · "
                <a href="/register">{locale.t("login-register")}</a>
            </p>
        </section>
    }
}

/// The sign-out button of the header: a form, so that it works without JavaScript.
#[component]
pub fn LogoutButton() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<Logout>::new();
    view! {
        <ActionForm action=action attr:class="inline">
            <button type="submit" class="link">{locale.t("nav-sign-out")}</button>
        </ActionForm>
    }
}

#[component]
pub fn ForgotPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RequestPasswordReset>::new();
    let state = FormState::of(action);
    let sent = move || query_flag("sent");
    view! {
        <PageTitle text=locale.t("forgot-title") />
        <section class="narrow">
            <h1>{locale.t("forgot-title")}</h1>
            <Show when=sent fallback=move || view! {
                <p>{locale.t("forgot-lead")}</p>
                <ActionForm action=action attr:class="form" attr:novalidate=true>
                    <FormError state />
                    <Field state name="email" kind="email" label=locale.t("field-email") value=String::new() autocomplete="email" required=true />
                    <button type="submit" class="primary">{locale.t("forgot-submit")}</button>
                </ActionForm>
            }>
                <p class="notice" role="status">{locale.t("forgot-sent")}</p>
            </Show>
        </section>
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<ResetPassword>::new();
    let state = FormState::of(action);
    let token = use_query_map().with_untracked(|q| q.get("token").unwrap_or_default());
    let token_message = state.field_message("token");
    view! {
        <PageTitle text=locale.t("reset-title") />
        <section class="narrow">
            <h1>{locale.t("reset-title")}</h1>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <FormError state />
                <p class="form-error">{move || token_message.get()}</p>
                <input type="hidden" name="token" value=token />
                <Field
                    state
                    name="password"
                    kind="password"
                    label=locale.t("field-new-password")
                    autocomplete="new-password"
                    required=true
                    hint=locale.t("field-password-hint")
                />
                <button type="submit" class="primary">{locale.t("reset-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let locale = use_locale();
    let profile = Resource::new(|| (), |()| get_profile());
    view! {
        <PageTitle text=locale.t("account-title") />
        <section class="narrow">
            <h1>{locale.t("account-title")}</h1>
            <Notice flag="saved" key="account-saved" />
            <Notice flag="password" key="account-password-changed" />
            <Notice flag="sent" key="account-confirmation-sent" />
            <Suspense fallback=|| ()>
                {move || {
                    profile
                        .get()
                        .map(|r| match r {
                            Ok(p) => view! { <AccountForms view=p /> }.into_any(),
                            Err(AppError::Unauthenticated) => {
                                view! {
                                    <p>
                                        <a href="/login?next=/account">{locale.t("nav-sign-in")}</a>
                                    </p>
                                }
                                    .into_any()
                            }
                            Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
                        })
                }}
            </Suspense>
        </section>
    }
}

#[component]
fn AccountForms(view: super::ProfileView) -> impl IntoView {
    let locale = use_locale();
    let update = ServerAction::<UpdateProfile>::new();
    let update_state = FormState::of(update);
    let change = ServerAction::<ChangePassword>::new();
    let change_state = FormState::of(change);
    let resend = ServerAction::<ResendConfirmation>::new();
    let p = view.profile;
    let region = view
        .region
        .map(|r| locale.t(&r.label_key()))
        .unwrap_or_default();
    view! {
        <p>
            {locale.t("field-email")} ": " <strong>{view.email}</strong> " "
            {if view.email_confirmed {
                view! { <span class="badge ok">{locale.t("account-confirmed")}</span> }.into_any()
            } else {
                view! {
                    <span class="badge warn">{locale.t("account-unconfirmed")}</span>
                    <ActionForm action=resend attr:class="inline">
                        <button type="submit" class="link">{locale.t("account-resend")}</button>
                    </ActionForm>
                }
                    .into_any()
            }}
        </p>
        <h2>{locale.t("account-profile")}</h2>
        <ActionForm action=update attr:class="form" attr:novalidate=true>
            <FormError state=update_state />
            <Field state=update_state name="name" label=locale.t("field-name") value=p.name required=true />
            <Field state=update_state name="organisation" label=locale.t("field-organisation") value=p.organisation required=true />
            <CountrySelect state=update_state selected=p.country />
            <p class="hint">{locale.t("field-region")} ": " {region}</p>
            <StakeholderSelect state=update_state selected=p.stakeholder_type />
            <div class="field">
                <label for="field-locale">{locale.t("field-language")}</label>
                <select id="field-locale" name="locale">
                    {Locale::ALL
                        .into_iter()
                        .map(|l| view! { <option value=l.code() selected=l == locale>{l.native_name()}</option> })
                        .collect_view()}
                </select>
            </div>
            <button type="submit" class="primary">{locale.t("account-save")}</button>
        </ActionForm>
        <h2>{locale.t("account-change-password")}</h2>
        <ActionForm action=change attr:class="form" attr:novalidate=true>
            <FormError state=change_state />
            <Field state=change_state name="current_password" kind="password" label=locale.t("field-current-password") autocomplete="current-password" required=true />
            <Field
                state=change_state
                name="new_password"
                kind="password"
                label=locale.t("field-new-password")
                autocomplete="new-password"
                required=true
                hint=locale.t("field-password-hint")
            />
            <button type="submit">{locale.t("account-change-password")}</button>
        </ActionForm>
    }
}

/// The page a voter's stop link opens: it asks before stopping contest messages, so that a
/// link checker following the link stops nothing. No sign-in: the link holds the key.
#[component]
pub fn StopMailPage() -> impl IntoView {
    let locale = use_locale();
    let key = use_query_map().with_untracked(|q| q.get("key").unwrap_or_default());
    let stopped_now = use_query_map().with_untracked(|q| q.get("stopped").is_some());
    let status = OnceResource::new(super::check_stop_link(key.clone()));
    let action = ServerAction::<super::StopContestMail>::new();
    let state = FormState::of(action);
    view! {
        <PageTitle text=locale.t("stop-mail-title") />
        <section class="narrow">
            <h1>{locale.t("stop-mail-title")}</h1>
            <Suspense fallback=|| ()>
                {move || {
                    let key = key.clone();
                    status.get().map(|r| match r {
                    Ok(true) => view! {
                        <p class="notice" role="status" data-testid="mail-stopped">
                            {if stopped_now { locale.t("stop-mail-done") } else { locale.t("stop-mail-already") }}
                        </p>
                    }.into_any(),
                    Ok(false) => view! {
                        <p>{locale.t("stop-mail-lead")}</p>
                        <ActionForm action attr:class="form">
                            <FormError state />
                            <input type="hidden" name="key" value=key.clone() />
                            <button type="submit" class="primary">{locale.t("stop-mail-button")}</button>
                        </ActionForm>
                    }.into_any(),
                    Err(e) => view! { <p class="form-error" role="alert">{error_summary(&e)}</p> }.into_any(),
                })}}
            </Suspense>
        </section>
    }
}
