//! The expert's pages: their list, the score sheet of one entry (with the conflict
//! declaration), their declared ties, and the invitation to join the group. All plain
//! forms: scoring works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    accounts::pages::NewcomerFields,
    i18n::use_locale,
    review::{
        AcceptExpertInvitation, DeclareConflict, JoinNewExpert, PostDiscussion, SaveTies,
        ScoreSheet, SubmitReview, get_discussion, get_my_reviews, get_my_ties, get_score_sheet,
    },
    ui::{FormError, FormState, PageContext, PageTitle, TextArea, error_summary},
};

/// "My reviews": the entries assigned to the signed-in expert.
#[component]
pub fn MyReviewsPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let conflict = query.with_untracked(|q| q.get("conflict").is_some());
    let list = Resource::new(|| (), |()| get_my_reviews());
    view! {
        <PageTitle text=locale.t("review-my-title") />
        <h1>{locale.t("review-my-title")}</h1>
        {conflict.then(|| view! { <p class="notice" role="status">{locale.t("review-conflict-done")}</p> })}
        <p><a href="/review/ties">{locale.t("review-ties-title")}</a></p>
        <Suspense fallback=|| ()>
            {move || list.get().map(|r| match r {
                Ok(mine) => match mine.round {
                    None => view! { <p>{locale.t("review-none-yet")}</p> }.into_any(),
                    Some(round) => view! {
                        <h2>{locale.t(&round.label_key())}</h2>
                        <p data-testid="review-progress">
                            {locale.t_args("review-progress", &[
                                ("done", locale.format_count(mine.done as i64)),
                                ("total", locale.format_count(mine.entries.len() as i64)),
                            ])}
                            {mine.closes_at.clone().map(|at| view! { " · " {locale.t_args("review-closes", &[("when", at)])} })}
                        </p>
                        {(!mine.open).then(|| view! { <p class="notice">{locale.t("round-closed")}</p> })}
                        <table class="reviews">
                            <thead><tr>
                                <th>{locale.t("submission-category")}</th>
                                <th>{locale.t("submission-title")}</th>
                                <th>{locale.t("submission-status")}</th>
                            </tr></thead>
                            <tbody>
                                {mine.entries.into_iter().map(|e| {
                                    let state = if e.version == 0 { locale.t("review-to-do") } else { locale.t("review-sent") };
                                    view! {
                                        <tr data-testid="review-entry">
                                            <td>{e.category_code}</td>
                                            <td><a href=format!("/review/{}", e.assignment_id)>{e.title}</a></td>
                                            <td>{state}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                },
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
    }
}

/// One entry to score: the project as submitted, the rubric, the expert's own scores.
#[component]
pub fn ScoreSheetPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let id = move || {
        params.with(|p| {
            p.get("id")
                .and_then(|id| id.parse::<i64>().ok())
                .unwrap_or(0)
        })
    };
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some());
    let sheet = Resource::new(id, get_score_sheet);
    view! {
        <Suspense fallback=|| ()>
            {move || sheet.get().map(|r| match r {
                Ok(sheet) => view! { <Sheet sheet saved /> }.into_any(),
                Err(e) => view! {
                    <PageTitle text=locale.t("review-sheet-title") />
                    <p class="form-error">{error_summary(&e)}</p>
                    <p><a href="/review">{locale.t("review-my-title")}</a></p>
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Sheet(sheet: ScoreSheet, saved: bool) -> impl IntoView {
    let locale = use_locale();
    let submit = ServerAction::<SubmitReview>::new();
    let state = FormState::of(submit);
    let conflict = ServerAction::<DeclareConflict>::new();
    let conflict_state = FormState::of(conflict);
    let e = sheet.entry;
    let id = sheet.assignment_id.to_string();
    let conflict_id = id.clone();
    let paragraphs = |label: &str, text: String| {
        (!text.trim().is_empty()).then(|| {
            view! {
                <h3>{locale.t(label)}</h3>
                {text.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}
            }
        })
    };
    view! {
        <PageTitle text=e.title.clone() />
        <p><a href="/review">{locale.t("review-my-title")}</a></p>
        <h1>{e.title.clone()}</h1>
        <p class="meta">
            {e.category_code.clone()} " · " {e.category_title.clone()}
            {(!e.organisation.is_empty()).then(|| view! { " · " {e.organisation.clone()} })}
            {(!e.country.is_empty()).then(|| view! { " · " {e.country.clone()} })}
        </p>
        {saved.then(|| view! { <p class="notice" role="status" data-testid="review-saved">{locale.t("review-saved")}</p> })}
        <article class="entry">
            {paragraphs("submission-field-short-description", e.short_description)}
            {paragraphs("submission-field-impact-qualitative", e.impact_qualitative)}
            {paragraphs("submission-field-impact-quantitative", e.impact_quantitative)}
            {paragraphs("submission-field-partnerships", e.partnerships)}
            {paragraphs("submission-field-challenges", e.challenges)}
            {(!e.website.is_empty()).then(|| view! { <p>{locale.t("submission-field-website")} ": " {e.website.clone()}</p> })}
        </article>
        <h2>{locale.t("review-score-title")}</h2>
        {(!sheet.open).then(|| view! { <p class="notice">{locale.t("round-closed")}</p> })}
        {(sheet.version > 0).then(|| view! { <p>{locale.t_number("review-sent-times", "count", i64::from(sheet.version))}</p> })}
        {sheet.total.map(|total| view! { <p data-testid="review-total">{locale.t_args("review-total", &[("total", total)])}</p> })}
        <ActionForm action=submit attr:class="form score-sheet">
            <FormError state />
            <input type="hidden" name="assignment_id" value=id />
            {sheet.criteria.into_iter().map(|c| {
                let name = format!("scores[{}]", c.code);
                let field_id = format!("score-{}", c.code);
                let message = state.field_message(name.clone());
                let value = state.value_or(&name, c.value.clone());
                view! {
                    <div class="field" class:has-error=move || message.get().is_some()>
                        <label for=field_id.clone()>
                            {c.title.clone()} " "
                            <small>{locale.t_args("review-criterion-scale", &[
                                ("weight", c.weight.to_string()),
                                ("scale", c.scale.to_string()),
                            ])}</small>
                        </label>
                        <input id=field_id.clone() name=name.clone() type="text" inputmode="decimal"
                            value=value size="5" required=true
                            aria-describedby=format!("{field_id}-error")
                            aria-invalid=move || if message.get().is_some() { "true" } else { "false" } />
                        <small id=format!("{field_id}-error") class="field-error">{move || message.get()}</small>
                    </div>
                }
            }).collect_view()}
            <div class="field">
                <label for="review-comment">{locale.t("review-comment")}</label>
                <TextArea name="comment" id="review-comment" value=state.value_or("comment", sheet.comment) rows=6 />
                <small class="field-error">{move || state.field_message("comment").get()}</small>
            </div>
            <button type="submit" class="primary" disabled=!sheet.open>
                {if sheet.version > 0 { locale.t("review-revise") } else { locale.t("review-send") }}
            </button>
        </ActionForm>
        {if sheet.version > 0 {
            view! { <Discussion assignment_id=sheet.assignment_id /> }.into_any()
        } else {
            view! {
                <section id="discussion" data-testid="discussion-later">
                    <h2>{locale.t("discussion-title")}</h2>
                    <p class="hint">{locale.t("discussion-later")}</p>
                </section>
            }.into_any()
        }}
        <h2>{locale.t("review-conflict-title")}</h2>
        <p>{locale.t("review-conflict-lead")}</p>
        <ActionForm action=conflict attr:class="form">
            <FormError state=conflict_state />
            <input type="hidden" name="assignment_id" value=conflict_id />
            <div class="field">
                <label for="conflict-note">{locale.t("review-conflict-note")}</label>
                <input id="conflict-note" name="note" type="text" maxlength="2000" />
            </div>
            <button type="submit">{locale.t("review-conflict-declare")}</button>
        </ActionForm>
    }
}

/// The other experts' reviews of the entry and their discussion, once the reader sent theirs.
#[component]
fn Discussion(assignment_id: i64) -> impl IntoView {
    let locale = use_locale();
    let data = OnceResource::new(get_discussion(assignment_id));
    let post = ServerAction::<PostDiscussion>::new();
    let state = FormState::of(post);
    let written = use_query_map().with_untracked(|q| q.get("discussed").is_some());
    view! {
        <section id="discussion" aria-labelledby="discussion-heading" data-testid="discussion">
            <h2 id="discussion-heading">{locale.t("discussion-title")}</h2>
            {written.then(|| view! { <p class="notice" role="status">{locale.t("discussion-written")}</p> })}
            <Suspense fallback=|| ()>
                {move || data.get().map(|r| match r {
                    Ok(d) => view! {
                        <p class="hint">{locale.t_args("discussion-lead", &[("me", d.me.clone())])}</p>
                        {if d.others.is_empty() {
                            view! { <p>{locale.t("discussion-no-reviews")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="peer-reviews">
                                    {d.others.into_iter().map(|o| view! {
                                        <li data-testid="peer-review">
                                            <p><strong>{o.expert}</strong> " · " {locale.t_args("review-total", &[("total", o.total)])}</p>
                                            <p class="hint">{o.scores.into_iter().map(|(c, v)| format!("{c}: {v}")).collect::<Vec<_>>().join(" · ")}</p>
                                            {(!o.comment.is_empty()).then(|| view! { <p class="note-body">{o.comment}</p> })}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <ol class="notes">
                            {d.messages.into_iter().map(|m| view! {
                                <li data-testid="discussion-message" class:mine=m.mine>
                                    <p class="by">{locale.t_args("notes-by", &[("author", m.expert), ("at", m.at)])}</p>
                                    <p class="note-body">{m.body}</p>
                                </li>
                            }).collect_view()}
                        </ol>
                        {d.open.then(|| view! {
                            <ActionForm action=post attr:class="form" attr:novalidate=true>
                                <FormError state />
                                <input type="hidden" name="assignment_id" value=assignment_id.to_string() />
                                <div class="field">
                                    <label for="discussion-body">{locale.t("discussion-body")}</label>
                                    <TextArea id="discussion-body" name="body" rows=4 value=state.value_or("body", String::new()) />
                                    <small class="field-error">{move || state.field_message("body").get()}</small>
                                </div>
                                <button type="submit">{locale.t("discussion-send")}</button>
                            </ActionForm>
                        })}
                    }.into_any(),
                    Err(e) => view! { <p class="hint">{error_summary(&e)}</p> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

/// The ties an expert declares: organisations, countries, other ties.
#[component]
pub fn TiesPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let (saved, joined) =
        query.with_untracked(|q| (q.get("saved").is_some(), q.get("joined").is_some()));
    let save = ServerAction::<SaveTies>::new();
    let state = FormState::of(save);
    let ties = Resource::new(|| (), |()| get_my_ties());
    view! {
        <PageTitle text=locale.t("review-ties-title") />
        <h1>{locale.t("review-ties-title")}</h1>
        {joined.then(|| view! { <p class="notice" role="status">{locale.t("review-joined")}</p> })}
        {saved.then(|| view! { <p class="notice" role="status">{locale.t("review-ties-saved")}</p> })}
        <p>{locale.t("review-ties-lead")}</p>
        <Suspense fallback=|| ()>
            {move || ties.get().map(|r| match r {
                Ok(t) => view! {
                    <ActionForm action=save attr:class="form">
                        <FormError state />
                        {[("organisations", "review-ties-organisations", t.organisations),
                          ("countries", "review-ties-countries", t.countries),
                          ("other", "review-ties-other", t.other)]
                            .into_iter()
                            .map(|(name, label, value)| {
                                let field_id = format!("ties-{name}");
                                view! {
                                    <div class="field">
                                        <label for=field_id.clone()>{locale.t(label)}</label>
                                        <TextArea name=name id=field_id value=state.value_or(name, value) rows=4 />
                                        <small class="field-error">{move || state.field_message(name).get()}</small>
                                    </div>
                                }
                            })
                            .collect_view()}
                        <button type="submit" class="primary">{locale.t("review-ties-save")}</button>
                    </ActionForm>
                    <p><a href="/review">{locale.t("review-my-title")}</a></p>
                }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
    }
}

/// The link of an invitation to the expert group. Signed in, the visitor accepts with their
/// account; otherwise they create the account here, or sign in first if they have one.
#[component]
pub fn JoinPage() -> impl IntoView {
    let locale = use_locale();
    let token = use_query_map().with_untracked(|q| q.get("token").unwrap_or_default());
    let me = use_context::<PageContext>().and_then(|p| p.me);
    let next = urlencoding::encode(&format!("/review/join?token={token}")).into_owned();
    let sign_in = format!("/login?next={next}");
    view! {
        <PageTitle text=locale.t("review-join-title") />
        <section class="narrow">
            <h1>{locale.t("review-join-title")}</h1>
            {match me {
                Some(me) => view! { <AcceptForm token email=me.email /> }.into_any(),
                None => view! {
                    <p>
                        {locale.t("review-join-have-account")} " "
                        <a href=sign_in>{locale.t("nav-sign-in")}</a>
                    </p>
                    <NewExpertForm token />
                }
                .into_any(),
            }}
        </section>
    }
}

/// Accepting with the signed-in account.
#[component]
fn AcceptForm(token: String, email: String) -> impl IntoView {
    let locale = use_locale();
    let accept = ServerAction::<AcceptExpertInvitation>::new();
    let state = FormState::of(accept);
    let token_message = state.field_message("token");
    view! {
        <p>{locale.t_args("review-join-lead", &[("email", email)])}</p>
        <ActionForm action=accept attr:class="form">
            <FormError state />
            <p class="form-error">{move || token_message.get()}</p>
            <input type="hidden" name="token" value=token />
            <button type="submit" class="primary">{locale.t("review-join-accept")}</button>
        </ActionForm>
    }
}

/// Creating the account that accepts: the address is the invited one, confirmed by the link.
#[component]
fn NewExpertForm(token: String) -> impl IntoView {
    let locale = use_locale();
    let join = ServerAction::<JoinNewExpert>::new();
    let state = FormState::of(join);
    let token_message = state.field_message("token");
    view! {
        <h2>{locale.t("review-join-new-title")}</h2>
        <p>{locale.t("review-join-new-lead")}</p>
        <ActionForm action=join attr:class="form" attr:novalidate=true>
            <FormError state />
            <p class="form-error">{move || token_message.get()}</p>
            <input type="hidden" name="token" value=token />
            <NewcomerFields state />
            <button type="submit" class="primary">{locale.t("review-join-create")}</button>
        </ActionForm>
    }
}
