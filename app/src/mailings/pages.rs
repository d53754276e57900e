//! The secretariat's group messages: the form and the list, and the confirmation page that
//! shows each version with how many people receive it. Plain forms throughout.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    DiscardMailing, MailingAudience, MailingStatus, PrepareMailing, SendMailing, get_mailing,
    get_mailings,
};
use crate::{
    i18n::{Locale, use_locale},
    ui::{Field, FormError, FormState, PageTitle, TextArea, error_summary},
};

fn status_badge(status: MailingStatus) -> impl IntoView {
    let locale = use_locale();
    let class = match status {
        MailingStatus::Sent => "badge ok",
        MailingStatus::Sending => "badge warn",
        MailingStatus::Prepared => "badge",
    };
    view! { <span class=class data-status=status.code()>{locale.t(&status.label_key())}</span> }
}

#[component]
pub fn MailingsPage() -> impl IntoView {
    let locale = use_locale();
    let data = OnceResource::new(get_mailings());
    let prepare = ServerAction::<PrepareMailing>::new();
    let state = FormState::of(prepare);
    let discarded = use_query_map().with_untracked(|q| q.get("discarded").is_some());
    view! {
        <PageTitle text=locale.t("mailings-title") />
        <crate::ui::AdminNav />
        <h1>{locale.t("mailings-title")}</h1>
        <p class="hint">{locale.t("mailings-lead")}</p>
        {discarded.then(|| view! { <p class="notice" role="status">{locale.t("mailing-discarded")}</p> })}
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(o) => view! {
                    <h2>{locale.t("mailing-new")}</h2>
                    <ActionForm action=prepare attr:class="form wide" attr:novalidate=true>
                        <FormError state />
                        <div class="field">
                            <label for="mailing-audience">{locale.t("mailing-audience")}</label>
                            <select id="mailing-audience" name="audience">
                                {MailingAudience::ALL.iter().copied().map(|a| {
                                    let selected = state.value_or("audience", String::new()) == a.code();
                                    view! { <option value=a.code() selected=selected>{locale.t(&a.label_key())}</option> }
                                }).collect_view()}
                            </select>
                            <small class="field-error">{move || state.field_message("audience").get()}</small>
                        </div>
                        <div class="row">
                            <div class="field">
                                <label for="mailing-category">{locale.t("mailing-category")}</label>
                                <select id="mailing-category" name="category">
                                    <option value="">{locale.t("mailing-all-categories")}</option>
                                    {o.categories.clone().into_iter().map(|(code, title)| view! {
                                        <option value=code.clone()>{code.clone()} " " {title}</option>
                                    }).collect_view()}
                                </select>
                                <small class="field-error">{move || state.field_message("category").get()}</small>
                            </div>
                            <div class="field">
                                <label for="mailing-round">{locale.t("mailing-round")}</label>
                                <select id="mailing-round" name="round">
                                    {o.rounds.clone().into_iter().map(|(id, name)| view! {
                                        <option value=id.to_string()>{name}</option>
                                    }).collect_view()}
                                </select>
                                <small class="field-error">{move || state.field_message("round").get()}</small>
                            </div>
                        </div>
                        {Locale::english_first().map(|l| {
                            let (subject, body) = version_fields(l);
                            let message = state.field_message(body);
                            view! {
                                <fieldset class="mailing-version" lang=l.code()>
                                    <legend>
                                        {l.native_name()}
                                        {(l != Locale::En).then(|| view! { " " <small class="hint">{locale.t("mailing-optional")}</small> })}
                                    </legend>
                                    <Field state name=subject id=format!("mailing-{subject}") label=locale.t("mailing-subject") />
                                    <div class="field">
                                        <label for=format!("mailing-{body}")>{locale.t("mailing-body")}</label>
                                        <TextArea id=format!("mailing-{body}") name=body rows=6 value=state.value_or(body, String::new()) />
                                        <small class="field-error">{move || message.get()}</small>
                                    </div>
                                </fieldset>
                            }
                        }).collect_view()}
                        <button type="submit" class="primary">{locale.t("mailing-prepare")}</button>
                    </ActionForm>
                    <h2>{locale.t_args("mailings-of", &[("year", o.year.to_string())])}</h2>
                    {if o.mailings.is_empty() {
                        view! { <p>{locale.t("mailings-none")}</p> }.into_any()
                    } else {
                        view! {
                            <table class="data">
                                <thead><tr>
                                    <th scope="col">{locale.t("mailing-subject")}</th>
                                    <th scope="col">{locale.t("mailing-audience")}</th>
                                    <th scope="col">{locale.t("mailing-progress")}</th>
                                </tr></thead>
                                <tbody>
                                    {o.mailings.into_iter().map(|m| view! {
                                        <tr data-testid="mailing">
                                            <td><a href=format!("/admin/mailings/{}", m.id)>{m.subject}</a> " · " {m.at}</td>
                                            <td>{m.audience}</td>
                                            <td>{status_badge(m.status)} " " {m.sent} " / " {m.recipients}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any()
                    }}
                }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
    }
}

/// The form's names of a language's subject and body.
fn version_fields(l: Locale) -> (&'static str, &'static str) {
    match l {
        Locale::En => ("subject_en", "body_en"),
        Locale::Fr => ("subject_fr", "body_fr"),
        Locale::Es => ("subject_es", "body_es"),
        Locale::Ru => ("subject_ru", "body_ru"),
        Locale::Zh => ("subject_zh", "body_zh"),
        Locale::Ar => ("subject_ar", "body_ar"),
    }
}

/// A group message before and after its sending is confirmed: each version and how many
/// people receive it; the confirmation itself.
#[component]
pub fn MailingPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let id =
        params.with_untracked(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let data = OnceResource::new(get_mailing(id));
    let send = ServerAction::<SendMailing>::new();
    let send_state = FormState::of(send);
    let discard = ServerAction::<DiscardMailing>::new();
    let discard_state = FormState::of(discard);
    let confirmed = use_query_map().with_untracked(|q| q.get("confirmed").is_some());
    view! {
        <PageTitle text=locale.t("mailings-title") />
        <crate::ui::AdminNav />
        <nav class="crumbs"><a href="/admin/mailings">{locale.t("mailings-title")}</a></nav>
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(m) => {
                    let prepared = m.status == MailingStatus::Prepared;
                    view! {
                        <h1>{locale.t("mailing-check")}</h1>
                        {confirmed.then(|| view! { <p class="notice" role="status">{locale.t("mailing-confirmed-notice")}</p> })}
                        <p data-testid="mailing-summary">
                            {m.audience.clone()} " · " {status_badge(m.status)} " · "
                            {locale.t_args("mailing-counts", &[("recipients", m.recipients.to_string()), ("sent", m.sent.to_string())])}
                        </p>
                        {m.versions.into_iter().map(|v| view! {
                            <section class="mailing-version" lang=v.locale.clone() data-testid="mailing-version" data-locale=v.locale.clone()>
                                <h2>
                                    {v.language} " · "
                                    <span data-testid="version-recipients">{locale.t_args("mailing-version-recipients", &[("count", v.recipients.to_string())])}</span>
                                </h2>
                                <p><strong>{v.subject}</strong></p>
                                <p class="pre">{v.body}</p>
                            </section>
                        }).collect_view()}
                        {prepared.then(|| view! {
                            <p class="hint">{locale.t("mailing-confirm-hint")}</p>
                            <ActionForm action=send attr:class="form">
                                <FormError state=send_state />
                                <input type="hidden" name="id" value=id.to_string() />
                                <button type="submit" class="primary">{locale.t_args("mailing-send", &[("count", m.recipients.to_string())])}</button>
                            </ActionForm>
                            <ActionForm action=discard attr:class="form">
                                <FormError state=discard_state />
                                <input type="hidden" name="id" value=id.to_string() />
                                <button type="submit" class="danger">{locale.t("mailing-discard")}</button>
                            </ActionForm>
                        })}
                        {m.confirmed_at.map(|at| view! { <p>{locale.t_args("mailing-confirmed-at", &[("at", at)])}</p> })}
                    }.into_any()
                }
                Err(e) => view! { <h1>{error_summary(&e)}</h1> }.into_any(),
            })}
        </Suspense>
    }
}
