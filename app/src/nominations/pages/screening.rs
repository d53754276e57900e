//! The screeners' pages: the queue with its filters and counts, the drafts held under an
//! organisation, and one submission with its flags and the decision form.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    countries::ItuRegion,
    i18n::use_locale,
    ui::{Field, FormError, FormState, PageTitle, TextArea, error_summary},
};

use super::{Decisions, SubmissionReadOnly, status_badge};
use crate::nominations::{
    AddNote, DecideSubmission, DismissFlag, SubmissionStatus, WithdrawSubmission,
    get_drafts_overview, get_notes, get_screening_queue, get_submission_for_screening,
};

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
        |((c, s, co), (r, st, f), page)| get_screening_queue(c, s, co, r, st, f, page),
    );
    view! {
        <PageTitle text=locale.t("screening-title") />
        <crate::ui::AdminNav />
        <h1>{locale.t("screening-title")}</h1>
        <form method="get" action="/admin/screening" class="search filters">
            <label>{locale.t("submission-category")} <input name="category" value=move || get("category") size="6" /></label>
            <label>{locale.t("submission-status")}
                <select name="status">
                    <option value="">{locale.t("screening-any")}</option>
                    {SubmissionStatus::ALL.iter().copied().filter(|s| *s != SubmissionStatus::Draft).map(|s| {
                        let selected = move || get("status") == s.code();
                        view! { <option value=s.code() selected=selected>{locale.t(&s.label_key())}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>{locale.t("field-country")} <input name="country" value=move || get("country") size="3" /></label>
            <label>{locale.t("field-region")}
                <select name="region">
                    <option value="">{locale.t("screening-any")}</option>
                    {ItuRegion::ALL.iter().copied().map(|r| {
                        let selected = move || get("region") == r.code();
                        view! { <option value=r.code() selected=selected>{locale.t(&r.label_key())}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>{locale.t("field-stakeholder-type")}
                <select name="stakeholder_type">
                    <option value="">{locale.t("screening-any")}</option>
                    {crate::accounts::StakeholderType::ALL.iter().copied().map(|s| {
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
    let data = Resource::new(id, get_submission_for_screening);
    let decide = ServerAction::<DecideSubmission>::new();
    let state = FormState::of(decide);
    let dismiss = ServerAction::<DismissFlag>::new();
    let withdraw = ServerAction::<WithdrawSubmission>::new();
    let withdraw_state = FormState::of(withdraw);
    let decided = move || {
        use_query_map()
            .with_untracked(|q| q.get("decided").is_some() || q.get("withdrawn").is_some())
    };
    view! {
        <PageTitle text=locale.t("screening-title") />
        <crate::ui::AdminNav />
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
                    <super::corrections::Correction view=v.clone() />
                    <super::Thread id=sid />
                    <Notes id=sid />
                }.into_any() }
                Err(e) => view! { <h1>{error_summary(&e)}</h1> }.into_any(),
            })}
        </Suspense>
    }
}

/// The secretariat's internal notes on a submission, and the form to add one. Its owners
/// never see them (the service refuses anyone but the secretariat).
#[component]
fn Notes(id: i64) -> impl IntoView {
    let locale = use_locale();
    let notes = OnceResource::new(get_notes(id));
    let add = ServerAction::<AddNote>::new();
    let state = FormState::of(add);
    let noted = move || use_query_map().with_untracked(|q| q.get("noted").is_some());
    view! {
        <section id="notes" aria-labelledby="notes-heading" data-testid="notes">
            <h2 id="notes-heading">{locale.t("notes-title")}</h2>
            <p class="hint">{locale.t("notes-lead")}</p>
            <Show when=noted>
                <p class="notice" role="status">{locale.t("notes-added")}</p>
            </Show>
            <Suspense fallback=|| ()>
                {move || notes.get().map(|r| match r {
                    Ok(list) if list.is_empty() => view! { <p>{locale.t("notes-none")}</p> }.into_any(),
                    Ok(list) => view! {
                        <ol class="notes">
                            {list.into_iter().map(|n| view! {
                                <li data-testid="note">
                                    <p class="by">{locale.t_args("notes-by", &[("author", n.author), ("at", n.at)])}</p>
                                    <p class="note-body">{n.body}</p>
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any(),
                    Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
                })}
            </Suspense>
            <ActionForm action=add attr:class="form" attr:novalidate=true>
                <FormError state />
                <input type="hidden" name="id" value=id.to_string() />
                <div class="field">
                    <label for="field-note">{locale.t("notes-body")}</label>
                    <TextArea id="field-note" name="body" rows=3 value=state.value_or("body", String::new()) />
                    <small class="field-error">{move || state.field_message("body").get()}</small>
                </div>
                <button type="submit">{locale.t("notes-add")}</button>
            </ActionForm>
        </section>
    }
}
