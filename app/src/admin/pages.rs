//! Back-office pages: accounts, captured mail, audit log.

use crate::ui::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{
    AccountOp, AccountRow, ManageAccount, get_audit_log, list_accounts, list_captured_mail,
};
use crate::{
    i18n::use_locale,
    ui::{AdminNav, FormError, FormState},
};

#[component]
pub fn AccountsPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let q = move || query.with(|q| q.get("q").unwrap_or_default());
    let page = move || {
        query.with(|q| {
            q.get("page")
                .and_then(|p| p.parse::<u64>().ok())
                .unwrap_or(0)
        })
    };
    let list = Resource::new(move || (q(), page()), |(q, page)| list_accounts(q, page));
    let manage = ServerAction::<ManageAccount>::new();
    let state = FormState::of(manage);
    // Reload the list after each change made through JavaScript.
    view! {
        <PageTitle text=locale.t("admin-accounts") />
        <AdminNav />
        <h1>{locale.t("admin-accounts")}</h1>
        <form method="get" action="/admin/accounts" class="search" role="search">
            <label for="q">{locale.t("admin-search")}</label>
            <input id="q" name="q" type="search" value=q />
            <button type="submit">{locale.t("admin-search-submit")}</button>
        </form>
        <FormError state />
        <p class="field-error" role="alert">{move || state.field_message("reason").get()}</p>
        <Suspense fallback=|| ()>
            {move || {
                list.get()
                    .map(|r| match r {
                        Ok(list) => {
                            let back = format!("/admin/accounts?q={}", urlencoding::encode(&q()));
                            let unmailable = (!list.unmailable.is_empty()).then(|| {
                                view! {
                                    <section class="notice" data-testid="unmailable">
                                        <h2>{locale.t("admin-unmailable-title")}</h2>
                                        <p>{locale.t_args("admin-unmailable-help", &[("count", locale.format_count(list.unmailable_total as i64))])}</p>
                                        <ul>
                                            {list.unmailable.into_iter().map(|u| view! { <li data-account=u.id.to_string()>{u.email} " · " {u.name}</li> }).collect_view()}
                                        </ul>
                                    </section>
                                }
                            });
                            view! {
                                {unmailable}
                                <p>{locale.t_args("admin-accounts-count", &[("count", locale.format_count(list.total as i64))])}</p>
                                <table class="accounts">
                                    <thead>
                                        <tr>
                                            <th>{locale.t("field-email")}</th>
                                            <th>{locale.t("field-name")}</th>
                                            <th>{locale.t("admin-status")}</th>
                                            <th>{locale.t("admin-roles")}</th>
                                            <th>{locale.t("admin-act")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {list.rows.into_iter().map(|row| account_row(row, manage, back.clone())).collect_view()}
                                    </tbody>
                                </table>
                            }
                                .into_any()
                        }
                        Err(e) => view! { <p class="form-error">{e.summary(locale)}</p> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

fn account_row(
    row: AccountRow,
    manage: ServerAction<ManageAccount>,
    back: String,
) -> impl IntoView {
    let locale = use_locale();
    let status = match (row.disabled, row.email_confirmed) {
        (true, _) => locale.t("admin-status-disabled"),
        (false, true) => locale.t("admin-status-active"),
        (false, false) => locale.t("admin-status-unconfirmed"),
    };
    let roles = row
        .roles
        .iter()
        .map(|r| locale.t(&r.label_key()))
        .collect::<Vec<_>>()
        .join(", ");
    let reason_id = format!("reason-{}", row.id);
    let op_id = format!("op-{}", row.id);
    view! {
        <tr data-email=row.email.clone()>
            <td>{row.email.clone()}</td>
            <td>{row.name.clone()} <br /> <small>{row.organisation.clone()} " · " {row.country.clone()}</small></td>
            <td>{status}</td>
            <td>{roles}</td>
            <td>
                <ActionForm action=manage attr:class="row-form">
                    <input type="hidden" name="account_id" value=row.id.to_string() />
                    <input type="hidden" name="back" value=back />
                    <label class="visually-hidden" for=op_id.clone()>{locale.t("admin-act")}</label>
                    <select name="op" id=op_id>
                        {AccountOp::ALL
                            .into_iter()
                            .map(|op| view! { <option value=op.code()>{locale.t(&op.label_key())}</option> })
                            .collect_view()}
                    </select>
                    <label class="visually-hidden" for=reason_id.clone()>{locale.t("admin-reason")}</label>
                    <input type="text" name="reason" id=reason_id placeholder=locale.t("admin-reason") maxlength="2000" />
                    <button type="submit">{locale.t("admin-apply")}</button>
                </ActionForm>
            </td>
        </tr>
    }
}

/// Splits a mail body into text and links, so that links are clickable and the rest stays text.
fn linkify(body: &str) -> Vec<AnyView> {
    let mut out = Vec::new();
    for (i, line) in body.lines().enumerate() {
        if i > 0 {
            out.push(view! { <br /> }.into_any());
        }
        for (j, word) in line.split(' ').enumerate() {
            if j > 0 {
                out.push(" ".into_any());
            }
            if word.starts_with("https://") || word.starts_with("http://") {
                out.push(view! { <a href=word.to_owned()>{word.to_owned()}</a> }.into_any());
            } else {
                out.push(word.to_owned().into_any());
            }
        }
    }
    out
}

#[component]
pub fn MailPage() -> impl IntoView {
    let locale = use_locale();
    let mail = OnceResource::new(list_captured_mail());
    view! {
        <PageTitle text=locale.t("admin-mail") />
        <AdminNav />
        <h1>{locale.t("admin-mail")}</h1>
        <p class="lead">{locale.t("admin-mail-lead")}</p>
        <Suspense fallback=|| ()>
            {move || {
                mail.get()
                    .map(|r| match r {
                        Ok(rows) if rows.is_empty() => view! { <p>{locale.t("admin-mail-empty")}</p> }.into_any(),
                        Ok(rows) => {
                            rows.into_iter()
                                .map(|m| {
                                    view! {
                                        <article class="mail" data-to=m.to.clone()>
                                            <header>
                                                <strong>{m.subject.clone()}</strong>
                                                <span>{m.to.clone()} " · " {m.created.clone()} " · " {m.status.clone()}</span>
                                            </header>
                                            <p class="mail-body">{linkify(&m.body)}</p>
                                        </article>
                                    }
                                })
                                .collect_view()
                                .into_any()
                        }
                        Err(e) => view! { <p class="form-error">{e.summary(locale)}</p> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let locale = use_locale();
    let log = OnceResource::new(get_audit_log());
    view! {
        <PageTitle text=locale.t("admin-audit") />
        <AdminNav />
        <h1>{locale.t("admin-audit")}</h1>
        <Suspense fallback=|| ()>
            {move || {
                log.get()
                    .map(|r| match r {
                        Ok(log) => {
                            view! {
                                {match log.broken_at {
                                    None => view! { <p class="notice">{locale.t("admin-audit-chain-ok")}</p> }.into_any(),
                                    Some(id) => {
                                        view! {
                                            <p class="form-error" role="alert">
                                                {locale.t_args("admin-audit-chain-broken", &[("id", id.to_string())])}
                                            </p>
                                        }
                                            .into_any()
                                    }
                                }}
                                <table class="audit">
                                    <thead>
                                        <tr>
                                            <th>{locale.t("admin-audit-when")}</th>
                                            <th>{locale.t("admin-audit-who")}</th>
                                            <th>{locale.t("admin-audit-what")}</th>
                                            <th>{locale.t("admin-reason")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {log
                                            .rows
                                            .into_iter()
                                            .map(|e| {
                                                view! {
                                                    <tr>
                                                        <td>{e.at}</td>
                                                        <td>{e.actor.unwrap_or_else(|| locale.t("admin-audit-system"))}</td>
                                                        <td>
                                                            <code>{e.action}</code> " " {e.target} <br /> <small class="details">{e.details}</small>
                                                        </td>
                                                        <td>{e.reason.unwrap_or_default()}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            }
                                .into_any()
                        }
                        Err(e) => view! { <p class="form-error">{e.summary(locale)}</p> }.into_any(),
                    })
            }}
        </Suspense>
    }
}
