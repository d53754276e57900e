//! The owners' pages: my submissions, the submission form with its people and picture, taking
//! a submission back, and accepting an invitation to co-own one.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    accounts::pages::{CountrySelect, StakeholderSelect},
    catalogue::get_current_edition,
    countries::ItuRegion,
    error::AppError,
    i18n::use_locale,
    ui::{Field, FormError, FormState, PageTitle, TextArea, error_summary},
};

use super::{Decisions, PICTURE_ENDPOINT, SubmissionReadOnly, field_label_key, status_badge};
use crate::nominations::islands::{MissingList, MissingWords, WordCount};
use crate::nominations::{
    AcceptInvitation, CopySubmission, CreateSubmission, DeleteDraft, InviteCoOwner, MySubmission,
    RemoveCoOwner, RevokeInvitation, SaveSubmission, SubmissionView, SubmitSubmission,
    WithdrawSubmission, get_submission, list_my_submissions, rules,
};

#[component]
pub fn MySubmissionsPage() -> impl IntoView {
    let locale = use_locale();
    let list = OnceResource::new(list_my_submissions());
    let edition = OnceResource::new(get_current_edition());
    let create = ServerAction::<CreateSubmission>::new();
    let state = FormState::of(create);
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
                            // One table per edition, the newest first (the rows come newest first).
                            let mut by_year: Vec<(i32, Vec<MySubmission>)> = Vec::new();
                            for row in rows {
                                match by_year.iter_mut().find(|(y, _)| *y == row.year) {
                                    Some((_, group)) => group.push(row),
                                    None => by_year.push((row.year, vec![row])),
                                }
                            }
                            by_year
                                .into_iter()
                                .map(|(year, rows)| view! {
                                    <section class="edition-submissions" data-year=year>
                                        <h2>{locale.t_args("submissions-edition", &[("year", year.to_string())])}</h2>
                                        <SubmissionsTable rows />
                                    </section>
                                })
                                .collect_view()
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

/// A textarea with its word count and limits; the count follows the typing where the browser
/// runs the [`WordCount`] island.
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
    let words = rules::word_count(&value);
    let message = state.field_message(name);
    let id = format!("field-{name}");
    let text = if min > 0 {
        locale.plural_text(
            "words-between",
            &[("min", min.to_string()), ("max", max.to_string())],
        )
    } else {
        locale.plural_text("words-at-most", &[("max", max.to_string())])
    };
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for=id.clone()>{locale.t(&field_label_key(name))}</label>
            <TextArea
                id=id
                name=name
                rows=if max <= 200 { 8 } else { 6 }
                value=value
                described_by=format!("field-{name}-count field-{name}-error")
            />
            <WordCount field=name.to_owned() words min max text />
            <small id=format!("field-{name}-error") class="field-error">{move || message.get()}</small>
        </div>
    }
}

/// The texts the [`MissingList`] island shows, in the visitor's language.
fn missing_words() -> MissingWords {
    let locale = use_locale();
    let fields = [
        "title",
        "organisation",
        "country",
        "stakeholder_type",
        "short_description",
        "action_lines",
        "sdgs",
        "start_date",
        "project_status",
        "website",
    ];
    MissingWords {
        complete: locale.t("submission-complete"),
        still_missing: locale.t("submission-still-missing"),
        labels: fields
            .into_iter()
            .chain(rules::LONG_FIELDS)
            .map(|f| (f.to_owned(), locale.t(&field_label_key(f))))
            .collect(),
        messages: rules::SUBMISSION_MESSAGES
            .into_iter()
            .map(|k| (k.to_owned(), locale.t(k)))
            .collect(),
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
    let sent = move || flag("sent");
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
            <super::Thread id />
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
        <Show when=move || flag("saved")>
            <p class="notice" role="status">{locale.t("submission-saved")}</p>
        </Show>
        <ActionForm action=save attr:id="submission-form" attr:class="form wide submission-form" attr:novalidate=true>
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
                    {rules::ProjectStatus::ALL.iter().copied().map(|s| {
                        let selected = s.code() == save_state.value_or("project_status", f.project_status.clone());
                        view! { <option value=s.code() selected=selected>{locale.t(&s.label_key())}</option> }
                    }).collect_view()}
                </select>
                <small class="field-error">{move || save_state.field_message("project_status").get()}</small>
            </div>
            <Field state=save_state name="website" kind="url" label=locale.t("submission-field-website") value=f.website.clone() />
            <button type="submit">{locale.t("submission-save")}</button>
        </ActionForm>
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
            <MissingList form="submission-form".to_owned() limits initial=view.missing.clone() words=missing_words() />
            <ActionForm action=submit attr:class="form">
                <FormError state=submit_state />
                <input type="hidden" name="id" value=id.to_string() />
                <button type="submit" class="primary">{locale.t("submission-send-button")}</button>
            </ActionForm>
        </section>
        {take_back}
        {decisions}
        <super::Thread id />
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
    let withdrawn_now = move || use_query_map().with_untracked(|q| q.get("withdrawn").is_some());
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
    let invited_now = move || use_query_map().with_untracked(|q| q.get("invited").is_some());
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

/// One edition's submissions in "My submissions", with what each still needs and, once
/// public, its outcome.
#[component]
fn SubmissionsTable(rows: Vec<MySubmission>) -> impl IntoView {
    let locale = use_locale();
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
                                    {match s.outcome {
                                        Some(o) => view! {
                                            <span class="badge" data-outcome=o.code()>{locale.t(&o.label_key())}</span>
                                        }.into_any(),
                                        None => status_badge(s.status).into_any(),
                                    }}
                                    {s.changes_deadline.map(|d| view! { <br /> <small>{locale.t_args("submission-until", &[("when", d)])}</small> })}
                                </td>
                                <td>
                                    {missing}
                                    {s.copyable.then(|| view! { <CopyButton id=s.id /> })}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// Starts this year's entry as a copy of an earlier edition's (a plain form).
#[component]
fn CopyButton(id: i64) -> impl IntoView {
    let locale = use_locale();
    let copy = ServerAction::<CopySubmission>::new();
    let state = FormState::of(copy);
    view! {
        <ActionForm action=copy attr:class="inline">
            <FormError state />
            <input type="hidden" name="id" value=id.to_string() />
            <button type="submit" data-testid="copy-entry">{locale.t("submission-copy")}</button>
        </ActionForm>
    }
}
