//! Submission pages (my submissions, the form) and the secretariat's screening pages.

use crate::ui::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    AcceptInvitation, CreateSubmission, DecideSubmission, DeleteDraft, DismissFlag,
    ImportPastWinners, InviteCoOwner, MergeOrganisations, RemoveCoOwner, RevokeInvitation,
    SaveSubmission, SubmissionStatus, SubmissionView, SubmitSubmission, WithdrawSubmission,
    get_drafts_overview, get_submission, list_organisations, my_submissions, rules,
    screening_queue, screening_submission,
};
use crate::{
    accounts::pages::{CountrySelect, StakeholderSelect},
    countries::ItuRegion,
    editions::current_edition,
    error::AppError,
    i18n::use_locale,
    ui::{Field, FormError, FormState, TextArea, error_summary},
};

/// The endpoint of the picture upload, a plain multipart form (not a server function): a
/// failed upload is answered with the submission's page and this form's message.
pub const PICTURE_ENDPOINT: &str = "/submissions/picture";

fn status_badge(status: SubmissionStatus) -> impl IntoView {
    let locale = use_locale();
    let class = match status {
        SubmissionStatus::Eligible => "badge ok",
        SubmissionStatus::ChangesRequested | SubmissionStatus::NotEligible => "badge warn",
        _ => "badge",
    };
    view! { <span class=class data-status=status.code()>{locale.t(&status.label_key())}</span> }
}

fn field_label_key(field: &str) -> String {
    format!("submission-field-{}", field.replace('_', "-"))
}

#[component]
pub fn MySubmissionsPage() -> impl IntoView {
    let locale = use_locale();
    let list = OnceResource::new(my_submissions());
    let edition = OnceResource::new(current_edition());
    let create = ServerAction::<CreateSubmission>::new();
    let state = FormState::of(create);
    Effect::new(move |_| {
        if let Some(Ok(id)) = create.value().get() {
            let path = format!("/submissions/{id}");
            let navigate = leptos_router::hooks::use_navigate();
            navigate(&path, Default::default());
        }
    });
    view! {
        <PageTitle text=locale.t("submissions-title") />
        <h1>{locale.t("submissions-title")}</h1>
        <Show when=move || use_query_map().with_untracked(|q| q.get("deleted").is_some())>
            <p class="notice" role="status">{locale.t("submissions-deleted")}</p>
        </Show>
        <Suspense fallback=|| ()>
            {move || {
                list.get()
                    .map(|r| match r {
                        Ok(rows) if rows.is_empty() => view! { <p>{locale.t("submissions-none")}</p> }.into_any(),
                        Ok(rows) => {
                            view! {
                                <table class="submissions">
                                    <thead>
                                        <tr>
                                            <th>{locale.t("submission-field-title")}</th>
                                            <th>{locale.t("submission-category")}</th>
                                            <th>{locale.t("submission-status")}</th>
                                            <th>{locale.t("submission-missing")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {rows
                                            .into_iter()
                                            .map(|s| {
                                                let title = if s.title.is_empty() { locale.t("submission-untitled") } else { s.title.clone() };
                                                let missing = s
                                                    .missing
                                                    .iter()
                                                    .map(|f| locale.t(&field_label_key(f)))
                                                    .collect::<Vec<_>>()
                                                    .join(", ");
                                                view! {
                                                    <tr>
                                                        <td>
                                                            <a href=format!("/submissions/{}", s.id)>{title}</a>
                                                        </td>
                                                        <td>{s.category_code} " " {s.category_title}</td>
                                                        <td>
                                                            {status_badge(s.status)}
                                                            {s.changes_deadline.map(|d| view! { <br /> <small>{locale.t_args("submission-until", &[("when", d)])}</small> })}
                                                        </td>
                                                        <td>{missing}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            }
                                .into_any()
                        }
                        Err(AppError::Unauthenticated) => view! {
                            <p><a href="/login?next=/submissions">{locale.t("nav-sign-in")}</a></p>
                        }.into_any(),
                        Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
                    })
            }}
        </Suspense>
        <h2>{locale.t("submissions-new")}</h2>
        <ActionForm action=create attr:class="form" attr:novalidate=true>
            <FormError state />
            <div class="field">
                <label for="field-category">{locale.t("submission-category")}</label>
                <select id="field-category" name="category" aria-describedby="field-category-error">
                    <Suspense fallback=|| ()>
                        {move || {
                            edition.get().map(|r| {
                                r.ok().flatten().map(|o| {
                                    o.categories
                                        .into_iter()
                                        .map(|c| view! { <option value=c.code.clone()>{c.code.clone()} " — " {c.title}</option> })
                                        .collect_view()
                                })
                            })
                        }}
                    </Suspense>
                </select>
                <small id="field-category-error" class="field-error">{move || state.field_message("category").get()}</small>
            </div>
            <button type="submit" class="primary">{locale.t("submissions-start")}</button>
        </ActionForm>
    }
}

/// A textarea that counts words as the owner types (with JavaScript) and says the limits.
#[component]
fn WordCounted(
    state: FormState,
    name: &'static str,
    value: String,
    min: usize,
    max: usize,
) -> impl IntoView {
    let locale = use_locale();
    let value = state.value_or(name, value);
    let count = RwSignal::new(rules::word_count(&value));
    let message = state.field_message(name);
    let id = format!("field-{name}");
    let counter_id = format!("{id}-count");
    let over = move || count.get() > max || (min > 0 && count.get() < min);
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for=id.clone()>{locale.t(&field_label_key(name))}</label>
            <TextArea
                id=id
                name=name
                rows=if max <= 200 { 8 } else { 6 }
                value=value
                described_by=format!("{counter_id} field-{name}-error")
                on_input=Callback::new(move |text: String| count.set(rules::word_count(&text)))
            />
            <small id=counter_id class="hint" class:over=over aria-live="polite">
                {move || {
                    if min > 0 {
                        locale.t_args("words-between", &[("count", count.get().to_string()), ("min", min.to_string()), ("max", max.to_string())])
                    } else {
                        locale.t_args("words-at-most", &[("count", count.get().to_string()), ("max", max.to_string())])
                    }
                }}
            </small>
            <small id=format!("field-{name}-error") class="field-error">{move || message.get()}</small>
        </div>
    }
}

/// The screening decisions of a submission, newest first, with their reasons.
#[component]
fn Decisions(decisions: Vec<super::DecisionView>) -> impl IntoView {
    let locale = use_locale();
    (!decisions.is_empty()).then(|| {
        view! {
            <h2>{locale.t("submission-decisions")}</h2>
            <ul class="decisions">
                {decisions
                    .into_iter()
                    .map(|d| view! {
                        <li>
                            <strong>{locale.t(&format!("decision-{}", d.decision.replace('_', "-")))}</strong>
                            " · " {d.at}
                            {d.to_category.map(|c| view! { " → " {c} })}
                            {(!d.reason.is_empty()).then(|| view! { <p class="pre">{d.reason}</p> })}
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// Reads the submission form around the element an input event came from.
fn read_form(ev: &leptos::ev::Event) -> Option<super::SubmissionForm> {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
        let form: web_sys::HtmlFormElement = target.closest("form").ok()??.dyn_into().ok()?;
        let data = web_sys::FormData::new_with_form(&form).ok()?;
        let get = |name: &str| data.get(name).as_string().unwrap_or_default();
        Some(super::SubmissionForm {
            title: get("title"),
            organisation: get("organisation"),
            country: get("country"),
            stakeholder_type: get("stakeholder_type"),
            short_description: get("short_description"),
            action_lines: get("action_lines"),
            sdgs: get("sdgs"),
            impact_qualitative: get("impact_qualitative"),
            impact_quantitative: get("impact_quantitative"),
            partnerships: get("partnerships"),
            challenges: get("challenges"),
            start_date: get("start_date"),
            project_status: get("project_status"),
            website: get("website"),
        })
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = ev;
        None
    }
}

#[component]
pub fn SubmissionPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let data = Resource::new(id, get_submission);
    view! {
        <PageTitle text=locale.t("submission-title") />
        <nav class="crumbs"><a href="/submissions">{locale.t("submissions-title")}</a></nav>
        <Suspense fallback=|| ()>
            {move || {
                data.get()
                    .map(|r| match r {
                        Ok(view) => view! { <SubmissionEditor view /> }.into_any(),
                        Err(AppError::Unauthenticated) => view! {
                            <p><a href="/login?next=/submissions">{locale.t("nav-sign-in")}</a></p>
                        }.into_any(),
                        Err(e) => view! { <h1>{error_summary(&e)}</h1> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

#[component]
fn SubmissionEditor(view: SubmissionView) -> impl IntoView {
    let locale = use_locale();
    let save = ServerAction::<SaveSubmission>::new();
    let save_state = FormState::of(save);
    let submit = ServerAction::<SubmitSubmission>::new();
    let submit_state = FormState::of(submit);
    let query = use_query_map();
    let flag = move |k: &'static str| query.with_untracked(|q| q.get(k).is_some());
    let f = view.form.clone();
    let limits = view.limits;
    let id = view.id;
    // After a save through JavaScript, what is still missing comes back with the answer.
    let initial_missing = view.missing.clone();
    // As the owner types, the browser runs the same rules as the server on the whole form.
    let live_missing = RwSignal::new(None::<Vec<crate::error::FieldError>>);
    let on_input = move |ev: leptos::ev::Event| {
        if let Some(form) = read_form(&ev) {
            live_missing.set(Some(rules::missing_for_submission(&form, &limits)));
        }
    };
    let missing = move || match (live_missing.get(), save.value().get()) {
        (Some(m), _) => m,
        (None, Some(Ok(m))) => m,
        _ => initial_missing.clone(),
    };
    let sent = move || flag("sent") || matches!(submit.value().get(), Some(Ok(())));
    // The picture form is a plain upload: a failed one comes back with the page.
    let picture_message = FormState::plain(PICTURE_ENDPOINT).field_message("picture");
    let picture_max_mb = view.picture_max_mb;
    let header = view! {
        <h1>{if f.title.is_empty() { locale.t("submission-untitled") } else { f.title.clone() }}</h1>
        <p>
            {view.category_code.clone()} " " {view.category_title.clone()} " · " {status_badge(view.status)}
        </p>
        <Show when=sent>
            <p class="notice" role="status">{locale.t("submission-sent")}</p>
        </Show>
        {view.changes_message.clone().map(|m| view! {
            <div class="notice warn" role="status">
                <strong>{locale.t("submission-changes-asked")}</strong>
                <p class="pre">{m}</p>
                {view.changes_deadline.clone().map(|d| view! { <p>{locale.t_args("submission-until", &[("when", d)])}</p> })}
            </div>
        })}
    };
    let decisions = view! { <Decisions decisions=view.decisions.clone() /> };
    let people = view! { <People view=view.clone() /> };
    let take_back = view! { <TakeBack view=view.clone() /> };
    if !view.editable {
        return view! {
            {header}
            <SubmissionReadOnly form=view.form.clone() />
            {people}
            {take_back}
            {decisions}
        }
        .into_any();
    }
    let region = view
        .region
        .map(|r: ItuRegion| locale.t(&r.label_key()))
        .unwrap_or_default();
    view! {
        {header}
        <noscript><p class="notice warn">{locale.t("submission-needs-js")}</p></noscript>
        <Show when=move || flag("saved") || matches!(save.value().get(), Some(Ok(_)))>
            <p class="notice" role="status">{locale.t("submission-saved")}</p>
        </Show>
        <div on:input=on_input on:change=on_input>
        <ActionForm action=save attr:class="form wide submission-form" attr:novalidate=true>
            <FormError state=save_state />
            <input type="hidden" name="id" value=id.to_string() />
            <Field state=save_state name="title" label=locale.t("submission-field-title") value=f.title.clone() required=true />
            <Field state=save_state name="organisation" label=locale.t("submission-field-organisation") value=f.organisation.clone() required=true />
            <CountrySelect state=save_state selected=f.country.clone() />
            <p class="hint">{locale.t("field-region")} ": " {region}</p>
            <StakeholderSelect state=save_state selected=f.stakeholder_type.clone() />
            <WordCounted state=save_state name="short_description" value=f.short_description.clone() min=limits.short_min_words max=limits.short_max_words />
            <Field state=save_state name="action_lines" label=locale.t("submission-field-action-lines") value=f.action_lines.clone() hint=locale.t("submission-action-lines-hint") />
            <Field state=save_state name="sdgs" label=locale.t("submission-field-sdgs") value=f.sdgs.clone() hint=locale.t("submission-sdgs-hint") />
            <WordCounted state=save_state name="impact_qualitative" value=f.impact_qualitative.clone() min=0 max=limits.long_max_words />
            <WordCounted state=save_state name="impact_quantitative" value=f.impact_quantitative.clone() min=0 max=limits.long_max_words />
            <WordCounted state=save_state name="partnerships" value=f.partnerships.clone() min=0 max=limits.long_max_words />
            <WordCounted state=save_state name="challenges" value=f.challenges.clone() min=0 max=limits.long_max_words />
            <Field state=save_state name="start_date" kind="month" label=locale.t("submission-field-start-date") value=f.start_date.clone() hint=locale.t("submission-start-date-hint") />
            <div class="field">
                <label for="field-project_status">{locale.t("submission-field-project-status")}</label>
                <select id="field-project_status" name="project_status">
                    <option value="">{locale.t("field-choose")}</option>
                    {rules::ProjectStatus::ALL.into_iter().map(|s| {
                        let selected = s.code() == save_state.value_or("project_status", f.project_status.clone());
                        view! { <option value=s.code() selected=selected>{locale.t(&s.label_key())}</option> }
                    }).collect_view()}
                </select>
                <small class="field-error">{move || save_state.field_message("project_status").get()}</small>
            </div>
            <Field state=save_state name="website" kind="url" label=locale.t("submission-field-website") value=f.website.clone() />
            <button type="submit">{locale.t("submission-save")}</button>
        </ActionForm>
        </div>
        <section class="picture-box">
            <h2>{locale.t("submission-field-picture")}</h2>
            {view.picture_id.map(|p| view! {
                <img class="thumb" src=format!("/pictures/{p}/thumb") alt=locale.t("submission-picture-alt") />
            })}
            <form method="post" enctype="multipart/form-data" action=format!("/submissions/{id}/picture") class="form">
                <div class="field">
                    <label for="field-picture">{locale.t("submission-picture-choose")}</label>
                    <input id="field-picture" type="file" name="picture" accept="image/png,image/jpeg,image/webp" />
                    <small class="hint">{locale.t_args("submission-picture-hint", &[("mb", picture_max_mb.to_string())])}</small>
                    <small class="field-error">{move || picture_message.get()}</small>
                </div>
                <button type="submit">{locale.t("submission-picture-upload")}</button>
            </form>
        </section>
        {people}
        <section class="submit-box">
            <h2>{locale.t("submission-send")}</h2>
            {move || {
                let m = missing();
                if m.is_empty() {
                    view! { <p>{locale.t("submission-complete")}</p> }.into_any()
                } else {
                    view! {
                        <p>{locale.t("submission-still-missing")}</p>
                        <ul class="missing">
                            {m.into_iter().map(|e| view! {
                                <li>{locale.t(&field_label_key(&e.field))} ": " {locale.t(&e.message)}</li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <ActionForm action=submit attr:class="form">
                <FormError state=submit_state />
                <input type="hidden" name="id" value=id.to_string() />
                <button type="submit" class="primary">{locale.t("submission-send-button")}</button>
            </ActionForm>
        </section>
        {take_back}
        {decisions}
    }
    .into_any()
}

/// The owner deletes a draft, or withdraws a sent submission (until voting opens).
#[component]
fn TakeBack(view: SubmissionView) -> impl IntoView {
    let locale = use_locale();
    let delete = ServerAction::<DeleteDraft>::new();
    let delete_state = FormState::of(delete);
    let withdraw = ServerAction::<WithdrawSubmission>::new();
    let withdraw_state = FormState::of(withdraw);
    Effect::new(move |_| {
        if matches!(delete.value().get(), Some(Ok(()))) {
            let navigate = leptos_router::hooks::use_navigate();
            navigate("/submissions?deleted=1", Default::default());
        }
    });
    let withdrawn_now = move || {
        use_query_map().with_untracked(|q| q.get("withdrawn").is_some())
            || matches!(withdraw.value().get(), Some(Ok(())))
    };
    let (delete_id, withdraw_id) = (view.id.to_string(), view.id.to_string());
    view! {
        <Show when=withdrawn_now>
            <p class="notice" role="status">{locale.t("submission-withdrawn")}</p>
        </Show>
        {view.can_delete.then(|| view! {
            <section class="take-back">
                <h2>{locale.t("submission-delete")}</h2>
                <p class="hint">{locale.t("submission-delete-hint")}</p>
                <ActionForm action=delete attr:class="form">
                    <FormError state=delete_state />
                    <input type="hidden" name="id" value=delete_id />
                    <button type="submit" class="danger">{locale.t("submission-delete-button")}</button>
                </ActionForm>
            </section>
        })}
        {view.can_withdraw.then(|| view! {
            <section class="take-back">
                <h2>{locale.t("submission-withdraw")}</h2>
                <p class="hint">{locale.t("submission-withdraw-hint")}</p>
                <ActionForm action=withdraw attr:class="form" attr:novalidate=true>
                    <FormError state=withdraw_state />
                    <input type="hidden" name="id" value=withdraw_id />
                    <Field state=withdraw_state name="reason" id="withdraw-reason" label=locale.t("submission-withdraw-reason") />
                    <button type="submit" class="danger">{locale.t("submission-withdraw-button")}</button>
                </ActionForm>
            </section>
        })}
    }
}

/// The people of a submission; the owner invites and removes co-owners here.
#[component]
fn People(view: SubmissionView) -> impl IntoView {
    let locale = use_locale();
    let invite = ServerAction::<InviteCoOwner>::new();
    let invite_state = FormState::of(invite);
    let remove = ServerAction::<RemoveCoOwner>::new();
    let remove_state = FormState::of(remove);
    let revoke = ServerAction::<RevokeInvitation>::new();
    let revoke_state = FormState::of(revoke);
    let id = view.id;
    let is_owner = view.viewer_is_owner;
    let invited_now = move || {
        use_query_map().with_untracked(|q| q.get("invited").is_some())
            || matches!(invite.value().get(), Some(Ok(())))
    };
    view! {
        <section class="people">
            <h2>{locale.t("submission-people")}</h2>
            <ul>
                {view.members.iter().map(|m| {
                    let account_id = m.account_id;
                    view! {
                        <li>
                            {m.name.clone()} " <" {m.email.clone()} "> · "
                            {if m.is_owner { locale.t("submission-owner") } else { locale.t("submission-co-owner") }}
                            {(is_owner && !m.is_owner).then(|| view! {
                                <ActionForm action=remove attr:class="inline">
                                    <input type="hidden" name="id" value=id.to_string() />
                                    <input type="hidden" name="account_id" value=account_id.to_string() />
                                    <button type="submit" class="link">{locale.t("submission-remove")}</button>
                                </ActionForm>
                            })}
                        </li>
                    }
                }).collect_view()}
                {view.invited.clone().into_iter().map(|e| view! {
                    <li>
                        {e.clone()} " · " {locale.t("submission-invited")}
                        {is_owner.then(|| view! {
                            <ActionForm action=revoke attr:class="inline">
                                <input type="hidden" name="id" value=id.to_string() />
                                <input type="hidden" name="email" value=e.clone() />
                                <button type="submit" class="link">{locale.t("submission-revoke")}</button>
                            </ActionForm>
                        })}
                    </li>
                }).collect_view()}
            </ul>
            <FormError state=remove_state />
            <FormError state=revoke_state />
            {is_owner.then(|| view! {
                <Show when=invited_now>
                    <p class="notice" role="status">{locale.t("submission-invitation-sent")}</p>
                </Show>
                <ActionForm action=invite attr:class="form" attr:novalidate=true>
                    <FormError state=invite_state />
                    <input type="hidden" name="id" value=id.to_string() />
                    <Field state=invite_state name="email" kind="email" label=locale.t("submission-invite-email") hint=locale.t("submission-invite-hint") />
                    <button type="submit">{locale.t("submission-invite")}</button>
                </ActionForm>
            })}
        </section>
    }
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let locale = use_locale();
    let token = use_query_map().with_untracked(|q| q.get("token").unwrap_or_default());
    let accept = ServerAction::<AcceptInvitation>::new();
    let state = FormState::of(accept);
    let token_message = state.field_message("token");
    Effect::new(move |_| {
        if let Some(Ok(id)) = accept.value().get() {
            let navigate = leptos_router::hooks::use_navigate();
            navigate(&format!("/submissions/{id}"), Default::default());
        }
    });
    let next = urlencoding::encode(&format!("/invitations?token={token}")).into_owned();
    view! {
        <PageTitle text=locale.t("invitation-title") />
        <section class="narrow">
            <h1>{locale.t("invitation-title")}</h1>
            <p>{locale.t("invitation-lead")}</p>
            <ActionForm action=accept attr:class="form">
                <FormError state />
                <p class="form-error">{move || token_message.get()}</p>
                <input type="hidden" name="token" value=token />
                <button type="submit" class="primary">{locale.t("invitation-accept")}</button>
            </ActionForm>
            <p>
                <a href=format!("/login?next={next}")>{locale.t("nav-sign-in")}</a>
                " · "
                <a href="/register">{locale.t("nav-register")}</a>
            </p>
        </section>
    }
}

#[component]
fn SubmissionReadOnly(form: super::SubmissionForm) -> impl IntoView {
    let locale = use_locale();
    let row = move |key: &str, value: String| {
        view! {
            <dt>{locale.t(&field_label_key(key))}</dt>
            <dd class="pre">{value}</dd>
        }
    };
    view! {
        <dl class="submission-view">
            {row("organisation", format!("{} ({})", form.organisation, form.country))}
            {row("short_description", form.short_description.clone())}
            {row("action_lines", form.action_lines.clone())}
            {row("sdgs", form.sdgs.clone())}
            {row("impact_qualitative", form.impact_qualitative.clone())}
            {row("impact_quantitative", form.impact_quantitative.clone())}
            {row("partnerships", form.partnerships.clone())}
            {row("challenges", form.challenges.clone())}
            {row("start_date", form.start_date.clone())}
            {row("website", form.website.clone())}
        </dl>
    }
}

#[component]
pub fn ScreeningQueuePage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let get = move |k: &'static str| query.with(|q| q.get(k).unwrap_or_default());
    let queue = Resource::new(
        move || {
            let page = get("page").parse::<usize>().ok();
            (
                (get("category"), get("status"), get("country")),
                (get("region"), get("stakeholder_type"), get("flagged")),
                page,
            )
        },
        |((c, s, co), (r, st, f), page)| screening_queue(c, s, co, r, st, f, page),
    );
    view! {
        <PageTitle text=locale.t("screening-title") />
        <crate::admin::pages::AdminNav />
        <h1>{locale.t("screening-title")}</h1>
        <form method="get" action="/admin/screening" class="search filters">
            <label>{locale.t("submission-category")} <input name="category" value=move || get("category") size="6" /></label>
            <label>{locale.t("submission-status")}
                <select name="status">
                    <option value="">{locale.t("screening-any")}</option>
                    {SubmissionStatus::ALL.into_iter().filter(|s| *s != SubmissionStatus::Draft).map(|s| {
                        let selected = move || get("status") == s.code();
                        view! { <option value=s.code() selected=selected>{locale.t(&s.label_key())}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>{locale.t("field-country")} <input name="country" value=move || get("country") size="3" /></label>
            <label>{locale.t("field-region")}
                <select name="region">
                    <option value="">{locale.t("screening-any")}</option>
                    {ItuRegion::ALL.into_iter().map(|r| {
                        let selected = move || get("region") == r.code();
                        view! { <option value=r.code() selected=selected>{locale.t(&r.label_key())}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>{locale.t("field-stakeholder-type")}
                <select name="stakeholder_type">
                    <option value="">{locale.t("screening-any")}</option>
                    {crate::accounts::StakeholderType::ALL.into_iter().map(|s| {
                        let selected = move || get("stakeholder_type") == s.code();
                        view! { <option value=s.code() selected=selected>{locale.t(&s.label_key())}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="check"><input type="checkbox" name="flagged" value="1" checked=move || !get("flagged").is_empty() /> {locale.t("screening-flagged-only")}</label>
            <button type="submit">{locale.t("screening-filter")}</button>
        </form>
        <Suspense fallback=|| ()>
            {move || queue.get().map(|r| match r {
                Ok(q) => view! {
                    <p class="counts" data-testid="screening-counts">
                        {locale.t_args("screening-counts", &[
                            ("total", locale.format_count(q.counts.total() as i64)),
                            ("submitted", locale.format_count(q.counts.submitted as i64)),
                            ("changes", locale.format_count(q.counts.changes_requested as i64)),
                            ("eligible", locale.format_count(q.counts.eligible as i64)),
                            ("not_eligible", locale.format_count(q.counts.not_eligible as i64)),
                            ("withdrawn", locale.format_count(q.counts.withdrawn as i64)),
                        ])}
                    </p>
                    <table class="queue">
                        <thead><tr>
                            <th>{locale.t("submission-field-title")}</th>
                            <th>{locale.t("submission-field-organisation")}</th>
                            <th>{locale.t("submission-category")}</th>
                            <th>{locale.t("submission-status")}</th>
                            <th>{locale.t("screening-flags")}</th>
                        </tr></thead>
                        <tbody>
                            {q.rows.into_iter().map(|row| view! {
                                <tr>
                                    <td><a href=format!("/admin/screening/{}", row.id)>{row.title}</a></td>
                                    <td>{row.organisation} " (" {row.country} ")"</td>
                                    <td>{row.category_code}</td>
                                    <td>{status_badge(row.status)}</td>
                                    <td>{(row.flags > 0).then(|| view! { <span class="badge warn">{row.flags}</span> })}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    {(q.pages > 1).then(|| {
                        let link = move |p: usize| {
                            let keys = ["category", "status", "country", "region", "stakeholder_type", "flagged"];
                            let mut query: Vec<(String, String)> = keys.iter().map(|k| ((*k).to_owned(), get(k))).collect();
                            query.push(("page".to_owned(), p.to_string()));
                            crate::ui::with_query("/admin/screening", &query)
                        };
                        view! {
                            <nav class="pager" aria-label=locale.t("screening-pages")>
                                {(0..q.pages).map(|p| {
                                    let current = p == q.page;
                                    view! { <a href=link(p) aria-current=current.then_some("page")>{p + 1}</a> }
                                }).collect_view()}
                            </nav>
                        }
                    })}
                }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
        <Drafts />
    }
}

/// The drafts of the edition: a count per category, and who holds drafts under a name.
#[component]
fn Drafts() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let org = move || query.with(|q| q.get("drafts_of").unwrap_or_default());
    let drafts = Resource::new(org, get_drafts_overview);
    view! {
        <section class="drafts">
            <h2>{locale.t("drafts-title")}</h2>
            <p class="hint">{locale.t("drafts-lead")}</p>
            <Suspense fallback=|| ()>
                {move || drafts.get().map(|r| match r {
                    Ok(d) => view! {
                        <p class="counts" data-testid="drafts-per-category">
                            {d.per_category.iter().filter(|(_, n)| *n > 0).map(|(code, n)| view! {
                                <span class="badge">{code.clone()} ": " {locale.format_count(*n as i64)}</span> " "
                            }).collect_view()}
                        </p>
                        <form method="get" action="/admin/screening" class="search" role="search">
                            <label for="drafts_of">{locale.t("drafts-search")}</label>
                            <input id="drafts_of" name="drafts_of" type="search" value=org />
                            <button type="submit">{locale.t("admin-search-submit")}</button>
                        </form>
                        {(!org().is_empty()).then(|| if d.holders.is_empty() {
                            view! { <p>{locale.t("drafts-none")}</p> }.into_any()
                        } else {
                            view! {
                                <table class="drafts-holders">
                                    <thead><tr>
                                        <th>"#"</th>
                                        <th>{locale.t("submission-category")}</th>
                                        <th>{locale.t("submission-field-title")}</th>
                                        <th>{locale.t("drafts-holder")}</th>
                                        <th>{locale.t("drafts-started")}</th>
                                    </tr></thead>
                                    <tbody>{d.holders.iter().map(|h| view! {
                                        <tr>
                                            <td>{h.submission_id}</td>
                                            <td>{h.category_code.clone()}</td>
                                            <td>{if h.title.is_empty() { locale.t("submission-untitled") } else { h.title.clone() }}</td>
                                            <td>{h.owner_name.clone()} " <" {h.owner_email.clone()} ">"
                                                {(h.co_owners > 0).then(|| format!(" +{}", h.co_owners))}</td>
                                            <td>{h.started.clone()}</td>
                                        </tr>
                                    }).collect_view()}</tbody>
                                </table>
                            }.into_any()
                        })}
                    }.into_any(),
                    Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

#[component]
pub fn ScreeningDetailPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let data = Resource::new(id, screening_submission);
    let decide = ServerAction::<DecideSubmission>::new();
    let state = FormState::of(decide);
    let dismiss = ServerAction::<DismissFlag>::new();
    Effect::new(move |_| {
        if matches!(decide.value().get(), Some(Ok(())))
            || matches!(dismiss.value().get(), Some(Ok(())))
        {
            data.refetch();
        }
    });
    let withdraw = ServerAction::<WithdrawSubmission>::new();
    let withdraw_state = FormState::of(withdraw);
    Effect::new(move |_| {
        if matches!(withdraw.value().get(), Some(Ok(()))) {
            data.refetch();
        }
    });
    let decided = move || {
        use_query_map()
            .with_untracked(|q| q.get("decided").is_some() || q.get("withdrawn").is_some())
            || matches!(decide.value().get(), Some(Ok(())))
            || matches!(withdraw.value().get(), Some(Ok(())))
    };
    view! {
        <PageTitle text=locale.t("screening-title") />
        <crate::admin::pages::AdminNav />
        <nav class="crumbs"><a href="/admin/screening">{locale.t("screening-title")}</a></nav>
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(v) => { let sid = v.id; view! {
                    <h1>{v.form.title.clone()}</h1>
                    <p>{v.category_code.clone()} " " {v.category_title.clone()} " · " {status_badge(v.status)}</p>
                    <Show when=decided>
                        <p class="notice" role="status">{locale.t("screening-decided")}</p>
                    </Show>
                    {(!v.flags.is_empty()).then(|| view! {
                        <div class="notice warn">
                            <strong>{locale.t("screening-flags")}</strong>
                            <ul>{v.flags.clone().into_iter().map(move |f| view! {
                                <li>
                                    {locale.t(&format!("flag-{}", f.kind.replace('_', "-")))} " " {f.detail.clone()}
                                    {f.other_submission_id.map(|o| view! { " · " <a href=format!("/admin/screening/{o}")>{format!("#{o}")}</a> })}
                                    <FormError state=FormState::scoped(dismiss, "flag", f.id.to_string()) />
                                    <ActionForm action=dismiss attr:class="row-form">
                                        <input type="hidden" name="id" value=sid.to_string() />
                                        <input type="hidden" name="flag" value=f.id.to_string() />
                                        <label class="visually-hidden" for=format!("dismiss-{}", f.id)>{locale.t("admin-reason")}</label>
                                        <input type="text" name="reason" id=format!("dismiss-{}", f.id) placeholder=locale.t("admin-reason") />
                                        <button type="submit">{locale.t("screening-dismiss")}</button>
                                    </ActionForm>
                                </li>
                            }).collect_view()}</ul>
                        </div>
                    })}
                    {v.picture_id.map(|p| view! {
                        <a href=format!("/pictures/{p}") rel="external">
                            <img class="thumb" src=format!("/pictures/{p}/thumb") alt=locale.t("submission-picture-alt") />
                        </a>
                    })}
                    <SubmissionReadOnly form=v.form.clone() />
                    <h2>{locale.t("screening-decide")}</h2>
                    <ActionForm action=decide attr:class="form" attr:novalidate=true>
                        <FormError state />
                        <input type="hidden" name="id" value=v.id.to_string() />
                        <div class="field">
                            <label for="field-decision">{locale.t("screening-decision")}</label>
                            <select id="field-decision" name="decision">
                                <option value="eligible">{locale.t("decision-eligible")}</option>
                                <option value="not_eligible">{locale.t("decision-not-eligible")}</option>
                                <option value="request_changes">{locale.t("decision-changes-requested")}</option>
                                <option value="move">{locale.t("decision-moved")}</option>
                            </select>
                        </div>
                        <div class="field">
                            <label for="field-text">{locale.t("screening-text")}</label>
                            <TextArea id="field-text" name="text" rows=4 value=state.value_or("text", String::new()) />
                            <small class="hint">{locale.t("screening-text-hint")}</small>
                            <small class="field-error">{move || state.field_message("reason").get()}</small>
                        </div>
                        <Field state name="days" label=locale.t("screening-days") hint=locale.t("screening-days-hint") />
                        <Field state name="to_category" label=locale.t("screening-to-category") hint=locale.t("screening-to-category-hint") />
                        <button type="submit" class="primary">{locale.t("screening-record")}</button>
                    </ActionForm>
                    {v.status.holds_place().then(|| view! {
                        <h2>{locale.t("screening-withdraw")}</h2>
                        <p class="hint">{locale.t("screening-withdraw-hint")}</p>
                        <ActionForm action=withdraw attr:class="form" attr:novalidate=true>
                            <FormError state=withdraw_state />
                            <input type="hidden" name="id" value=v.id.to_string() />
                            <Field state=withdraw_state name="reason" id="withdraw-reason" label=locale.t("admin-reason") required=true />
                            <button type="submit" class="danger">{locale.t("submission-withdraw-button")}</button>
                        </ActionForm>
                    })}
                    <Decisions decisions=v.decisions.clone() />
                }.into_any() }
                Err(e) => view! { <h1>{error_summary(&e)}</h1> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
pub fn RegistryPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let q = move || query.with(|q| q.get("q").unwrap_or_default());
    let orgs = Resource::new(q, list_organisations);
    let import = ServerAction::<ImportPastWinners>::new();
    let import_state = FormState::of(import);
    let merge = ServerAction::<MergeOrganisations>::new();
    let merge_state = FormState::of(merge);
    Effect::new(move |_| {
        if matches!(merge.value().get(), Some(Ok(_))) {
            orgs.refetch();
        }
    });
    let report = move || match import.value().get() {
        Some(Ok(r)) => Some((
            r.imported.to_string(),
            r.skipped.to_string(),
            r.flagged.to_string(),
        )),
        _ => query.with_untracked(|q| {
            Some((
                q.get("imported")?,
                q.get("skipped").unwrap_or_default(),
                q.get("flagged").unwrap_or_default(),
            ))
        }),
    };
    let line_errors = move || {
        import_state.error().get().map(|e| match e {
            AppError::Invalid(fields) => fields
                .into_iter()
                .map(|f| {
                    let line = f.field.strip_prefix("line-").map(str::to_owned);
                    let text = match line {
                        Some(n) => locale.t_args(
                            "past-winners-line",
                            &[("line", n), ("problem", locale.t(&f.message))],
                        ),
                        None => locale.t(&f.message),
                    };
                    view! { <li>{text}</li> }
                })
                .collect_view()
                .into_any(),
            other => view! { <li>{error_summary(&other)}</li> }.into_any(),
        })
    };
    // A merge that would leave two sent submissions of one entity in one category is refused
    // with the pairs to resolve first.
    let merge_pairs = move || {
        merge_state.error().get().map(|e| match e {
            AppError::Invalid(fields) => fields
                .into_iter()
                .filter_map(|f| {
                    let rest = f.field.strip_prefix("pair-")?;
                    let (a, b) = rest.split_once('-')?;
                    let (a, b) = (a.to_owned(), b.to_owned());
                    Some(view! {
                        <li>
                            <a href=format!("/admin/screening/{a}")>{format!("#{a}")}</a>
                            " / "
                            <a href=format!("/admin/screening/{b}")>{format!("#{b}")}</a>
                        </li>
                    })
                })
                .collect_view()
                .into_any(),
            _ => ().into_any(),
        })
    };
    view! {
        <PageTitle text=locale.t("registry-title") />
        <crate::admin::pages::AdminNav />
        <h1>{locale.t("registry-title")}</h1>
        <h2>{locale.t("past-winners-title")}</h2>
        <p class="hint">{locale.t("past-winners-lead")}</p>
        {move || report().map(|(i, s, f)| view! {
            <p class="notice" role="status">{locale.t_args("past-winners-report", &[("imported", i), ("skipped", s), ("flagged", f)])}</p>
        })}
        <ActionForm action=import attr:class="form wide" attr:novalidate=true>
            <ul class="form-error-list">{line_errors}</ul>
            <div class="field">
                <label for="field-csv">{locale.t("past-winners-csv")}</label>
                <TextArea id="field-csv" name="csv" rows=8 value=import_state.value_or("csv", String::new()) placeholder="year,category,title,organisation,country" />
            </div>
            <button type="submit" class="primary">{locale.t("past-winners-import")}</button>
        </ActionForm>
        <h2>{locale.t("organisations-title")}</h2>
        <p class="hint">{locale.t("organisations-lead")}</p>
        <Show when=move || query.with_untracked(|q| q.get("merged").is_some()) || matches!(merge.value().get(), Some(Ok(_)))>
            <p class="notice" role="status">{locale.t("organisations-merged")}</p>
        </Show>
        <form method="get" action="/admin/registry" class="search" role="search">
            <label for="q">{locale.t("organisations-search")}</label>
            <input id="q" name="q" type="search" value=q />
            <button type="submit">{locale.t("admin-search-submit")}</button>
        </form>
        <Suspense fallback=|| ()>
            {move || orgs.get().map(|r| match r {
                Ok(rows) => view! {
                    <table class="organisations">
                        <thead><tr><th>"#"</th><th>{locale.t("submission-field-organisation")}</th><th>{locale.t("field-country")}</th><th>{locale.t("submissions-title")}</th></tr></thead>
                        <tbody>{rows.into_iter().map(|o| view! {
                            <tr><td>{o.id}</td><td>{o.name}</td><td>{o.country}</td><td>{o.submissions}</td></tr>
                        }).collect_view()}</tbody>
                    </table>
                }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
        <ActionForm action=merge attr:class="form" attr:novalidate=true>
            <FormError state=merge_state />
            <Field state=merge_state name="from" kind="number" label=locale.t("organisations-from") />
            <Field state=merge_state name="into" kind="number" label=locale.t("organisations-into") />
            <Field state=merge_state name="reason" label=locale.t("admin-reason") />
            <ul class="merge-pairs" data-testid="merge-pairs">{merge_pairs}</ul>
            <button type="submit" class="primary">{locale.t("organisations-merge")}</button>
        </ActionForm>
    }
}
