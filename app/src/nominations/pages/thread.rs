//! A submission's thread, in its owners' page and in the secretariat's screening page, and
//! the secretariat's inbox of threads. Plain forms: a message is written without script.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    i18n::use_locale,
    nominations::{PostMessage, get_inbox, get_thread},
    ui::{FormError, FormState, PageTitle, TextArea, error_summary},
};

/// The messages between the secretariat and a submission's owners, and the form to write one.
#[component]
pub fn Thread(id: i64) -> impl IntoView {
    let locale = use_locale();
    let thread = OnceResource::new(get_thread(id));
    let post = ServerAction::<PostMessage>::new();
    let state = FormState::of(post);
    let written = move || use_query_map().with_untracked(|q| q.get("written").is_some());
    view! {
        <section id="thread" aria-labelledby="thread-heading" data-testid="thread">
            <h2 id="thread-heading">{locale.t("thread-title")}</h2>
            <Show when=written>
                <p class="notice" role="status">{locale.t("thread-written")}</p>
            </Show>
            <Suspense fallback=|| ()>
                {move || thread.get().map(|r| match r {
                    Ok(t) => {
                        let open = t.open;
                        view! {
                            {if t.messages.is_empty() {
                                view! { <p>{locale.t("thread-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <ol class="notes thread">
                                        {t.messages.into_iter().map(|m| view! {
                                            <li data-testid="message" class:from-secretariat=m.from_secretariat>
                                                <p class="by">
                                                    {locale.t_args("notes-by", &[("author", m.author), ("at", m.at)])}
                                                    {m.new.then(|| view! { " " <span class="badge">{locale.t("thread-new")}</span> })}
                                                </p>
                                                <p class="note-body">{m.body}</p>
                                            </li>
                                        }).collect_view()}
                                    </ol>
                                }.into_any()
                            }}
                            {if open {
                                view! {
                                    <ActionForm action=post attr:class="form" attr:novalidate=true>
                                        <FormError state />
                                        <input type="hidden" name="id" value=id.to_string() />
                                        <div class="field">
                                            <label for="field-message">{locale.t("thread-body")}</label>
                                            <TextArea id="field-message" name="body" rows=4 value=state.value_or("body", String::new()) />
                                            <small class="field-error">{move || state.field_message("body").get()}</small>
                                        </div>
                                        <button type="submit">{locale.t("thread-send")}</button>
                                    </ActionForm>
                                }.into_any()
                            } else {
                                view! { <p class="hint">{locale.t("thread-draft")}</p> }.into_any()
                            }}
                        }.into_any()
                    }
                    Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

/// The secretariat's inbox: every submission's thread, those with unread messages first.
#[component]
pub fn InboxPage() -> impl IntoView {
    let locale = use_locale();
    let inbox = OnceResource::new(get_inbox());
    view! {
        <PageTitle text=locale.t("inbox-title") />
        <crate::ui::AdminNav />
        <h1>{locale.t("inbox-title")}</h1>
        <Suspense fallback=|| ()>
            {move || inbox.get().map(|r| match r {
                Ok(v) if v.threads.is_empty() => view! { <p>{locale.t("inbox-none")}</p> }.into_any(),
                Ok(v) => view! {
                    <p data-testid="inbox-unread">{locale.t_args("inbox-unread", &[("count", v.unread.to_string())])}</p>
                    <table class="data">
                        <thead><tr>
                            <th scope="col">{locale.t("inbox-submission")}</th>
                            <th scope="col">{locale.t("inbox-latest")}</th>
                            <th scope="col">{locale.t("inbox-messages")}</th>
                        </tr></thead>
                        <tbody>
                            {v.threads.into_iter().map(|t| {
                                let unread = t.unread;
                                view! {
                                    <tr data-testid="inbox-line" data-unread=unread.to_string()>
                                        <td>
                                            <a href=format!("/admin/screening/{}#thread", t.submission_id)>{t.title}</a>
                                            " (" {t.year} ")"
                                        </td>
                                        <td>
                                            <span class="by">{if t.last_from_secretariat { locale.t("thread-secretariat") } else { locale.t("inbox-from-owners") }} ", " {t.last_at} ": "</span>
                                            {t.preview}
                                        </td>
                                        <td>
                                            {t.messages}
                                            {(unread > 0).then(|| view! { " " <span class="badge warn">{locale.t_args("inbox-line-unread", &[("count", unread.to_string())])}</span> })}
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
    }
}
