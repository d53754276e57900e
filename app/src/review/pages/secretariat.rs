//! The secretariat's pages: the expert group (invitations), a round (settings, rubric,
//! experts per category, assignment, progress, entries short of reviewers) and a
//! category's ranking with the confirmation of its nominees.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    i18n::use_locale,
    review::{
        AddRoundExpert, AssignByHand, CategoryRanking, ConfirmNominees, DecideAward, FinalRanking,
        InviteExpert, Normalisation, RoundKind, RoundOverview, RunAssignment, SaveRound,
        SetDiscussion, get_category_ranking, get_final_ranking, get_round,
    },
    ui::{AdminNav, Field, FormError, FormState, PageTitle, error_summary},
};

/// The expert group: invite by e-mail; the two rounds.
#[component]
pub fn ReviewAdminPage() -> impl IntoView {
    let locale = use_locale();
    let invited = use_query_map().with_untracked(|q| q.get("invited").is_some());
    let invite = ServerAction::<InviteExpert>::new();
    let state = FormState::of(invite);
    // Both rounds, with where each stands: this is also what refuses the page to others.
    let rounds = Resource::new(
        || (),
        |()| async move {
            let mut all = Vec::new();
            for kind in RoundKind::ALL {
                all.push(get_round(kind.code().to_owned(), None).await?);
            }
            Ok::<_, crate::error::AppError>(all)
        },
    );
    view! {
        <PageTitle text=locale.t("review-admin-title") />
        <AdminNav />
        <h1>{locale.t("review-admin-title")}</h1>
        <Suspense fallback=|| ()>
            {move || rounds.get().map(|r| match r {
                Ok(all) => view! {
                    <ul>
                        {all.into_iter().map(|o| view! {
                            <li>
                                <a href=format!("/admin/review/{}", o.round.code())>{locale.t(&o.round.label_key())}</a>
                                " · " {locale.t(&format!("review-window-{}", o.window.replace('_', "-")))}
                                " · " {locale.t_number("review-experts-count", "count", o.experts.len() as i64)}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
        <h2>{locale.t("review-invite-title")}</h2>
        {invited.then(|| view! { <p class="notice" role="status">{locale.t("review-invited")}</p> })}
        <ActionForm action=invite attr:class="form">
            <FormError state />
            <Field state name="email" label=locale.t("field-email") kind="email" required=true />
            <button type="submit" class="primary">{locale.t("review-invite-send")}</button>
        </ActionForm>
    }
}

fn round_param() -> impl Fn() -> String + Copy {
    let params = use_params_map();
    move || params.with(|p| p.get("round").unwrap_or_default())
}

/// A round: settings and rubric, experts per category, assignment and progress.
#[component]
pub fn RoundPage() -> impl IntoView {
    let locale = use_locale();
    let round = round_param();
    let query = use_query_map();
    let notice = query.with_untracked(|q| {
        if q.get("saved").is_some() {
            Some(locale.t("review-round-saved"))
        } else if let Some(n) = q.get("assigned") {
            Some(locale.t_args("review-assigned", &[("count", n)]))
        } else if q.get("expert").is_some() {
            Some(locale.t("review-expert-added"))
        } else {
            q.get("removed")
                .map(|_| locale.t("review-assignment-removed"))
        }
    });
    // Another edition's round by its year (`?edition=2028`): its settings and rubric only.
    let edition =
        query.with_untracked(|q| q.get("edition").and_then(|y| y.trim().parse::<i32>().ok()));
    let data = Resource::new(round, move |round| get_round(round, edition));
    view! {
        <AdminNav />
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(o) => view! { <Round o notice=notice.clone() /> }.into_any(),
                Err(e) => view! {
                    <PageTitle text=locale.t("review-admin-title") />
                    <p class="form-error">{error_summary(&e)}</p>
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Round(o: RoundOverview, notice: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let title = locale.t(&o.round.label_key());
    let window = locale.t(&format!("review-window-{}", o.window.replace('_', "-")));
    let unconfirmed: Vec<String> = o
        .categories
        .iter()
        .filter(|c| !c.nominees_confirmed)
        .map(|c| c.code.clone())
        .collect();
    let warning = o
        .voting_opens
        .clone()
        .filter(|_| !unconfirmed.is_empty())
        .map(|when| {
            locale.t_args(
                "review-nominees-warning",
                &[("when", when), ("categories", unconfirmed.join(", "))],
            )
        });
    view! {
        <PageTitle text=title.clone() />
        <h1>{title} " · " <span data-testid="round-window">{window}</span></h1>
        {notice.map(|n| view! { <p class="notice" role="status" data-testid="round-notice">{n}</p> })}
        <p><small>{locale.t("review-seed-commitment")} " " <code>{o.seed_commitment.clone()}</code></small></p>
        {warning.map(|w| view! { <p class="notice warn" role="status" data-testid="nominees-warning">{w}</p> })}
        {if o.current {
            view! {
                <RoundProgress o=o.clone() />
                <RoundExperts o=o.clone() />
                <ShortEntries o=o.clone() />
            }
            .into_any()
        } else {
            view! {
                <p class="lead" data-testid="editing-edition">
                    {locale.t_args("editions-editing", &[("year", o.year.to_string())])}
                    " " <a href="/admin/editions">{locale.t("editions-other")}</a>
                </p>
            }
            .into_any()
        }}
        <RoundSettings o=o />
    }
}

/// Each category's entries, reviews and nominees, with the exports.
#[component]
fn RoundProgress(o: RoundOverview) -> impl IntoView {
    let locale = use_locale();
    let code = o.round.code();
    view! {
        <h2>{locale.t("review-progress-title")}</h2>
        <table class="progress">
            <thead><tr>
                <th>{locale.t("submission-category")}</th>
                <th>{locale.t("review-entries")}</th>
                <th>{locale.t("review-reviews-done")}</th>
                <th>{locale.t("review-nominees")}</th>
            </tr></thead>
            <tbody>
                {o.categories.iter().map(|c| view! {
                    <tr>
                        <td><a href=format!("/admin/review/{code}/{}", c.code)>{c.code.clone()}</a></td>
                        <td>{c.entries}</td>
                        <td>{format!("{} / {}", c.reviews_done, c.reviews_needed)}</td>
                        <td>{if c.nominees_confirmed { locale.t("review-confirmed") } else { String::new() }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <p>
            <a href=format!("/admin/review/{code}/export/ranking.csv")>{locale.t("review-export-ranking")}</a>
            " · "
            <a href=format!("/admin/review/{code}/export/reviews.csv")>{locale.t("review-export-reviews")}</a>
        </p>
    }
}

/// The round's experts and their progress; adding one, and running the assignment.
#[component]
fn RoundExperts(o: RoundOverview) -> impl IntoView {
    let locale = use_locale();
    let code = o.round.code();
    let add = ServerAction::<AddRoundExpert>::new();
    let add_state = FormState::of(add);
    let run = ServerAction::<RunAssignment>::new();
    let run_state = FormState::of(run);
    view! {
        <h2>{locale.t("review-experts-title")}</h2>
        <table class="experts">
            <thead><tr>
                <th>{locale.t("field-name")}</th>
                <th>{locale.t("submission-category")}</th>
                <th>{locale.t("review-reviews-done")}</th>
            </tr></thead>
            <tbody>
                {o.experts.iter().map(|x| view! {
                    <tr data-testid="round-expert">
                        <td>{x.name.clone()} <br /> <small>{x.email.clone()} " · #" {x.account_id}</small></td>
                        <td>{x.categories.join(", ")}</td>
                        <td>{format!("{} / {}", x.done, x.assigned)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <ActionForm action=add attr:class="form inline">
            <FormError state=add_state />
            <input type="hidden" name="round" value=code />
            <Field state=add_state name="email" label=locale.t("review-expert-email") kind="email" required=true id="add-expert-email" />
            <Field state=add_state name="category" label=locale.t("submission-category") required=true id="add-expert-category" />
            <button type="submit">{locale.t("review-expert-add")}</button>
        </ActionForm>
        <ActionForm action=run attr:class="form inline">
            <FormError state=run_state />
            <input type="hidden" name="round" value=code />
            <button type="submit" class="primary">{locale.t("review-run-assignment")}</button>
        </ActionForm>
    }
}

/// The entries short of reviews, and the form that assigns one by hand.
#[component]
fn ShortEntries(o: RoundOverview) -> impl IntoView {
    let locale = use_locale();
    let code = o.round.code();
    let by_hand = ServerAction::<AssignByHand>::new();
    let hand_state = FormState::of(by_hand);
    (!o.short.is_empty()).then(|| view! {
        <h2>{locale.t("review-short-title")}</h2>
        <ul data-testid="round-short">
            {o.short.iter().map(|s| view! {
                <li>{format!("#{} {} · {} · ", s.submission_id, s.category_code, s.title)}
                    {locale.t_number("review-short-missing", "count", s.missing as i64)}</li>
            }).collect_view()}
        </ul>
        <ActionForm action=by_hand attr:class="form inline">
            <FormError state=hand_state />
            <input type="hidden" name="round" value=code />
            <Field state=hand_state name="submission_id" label=locale.t("review-submission-number") required=true />
            <Field state=hand_state name="expert_id" label=locale.t("review-expert-number") required=true />
            <Field state=hand_state name="reason" label=locale.t("review-override-reason") />
            <button type="submit">{locale.t("review-assign")}</button>
        </ActionForm>
    })
}

/// The round's settings and rubric: free before it opens, explained by a reason after.
#[component]
fn RoundSettings(o: RoundOverview) -> impl IntoView {
    let locale = use_locale();
    let code = o.round.code();
    let save = ServerAction::<SaveRound>::new();
    let save_state = FormState::of(save);
    let (current, discussion) = (o.current, o.discussion);
    view! {
        <h2>{locale.t("review-settings-title")}</h2>
        <ActionForm action=save attr:class="form">
            <FormError state=save_state />
            <p class="form-error">{move || save_state.field_message("rubric").get()}</p>
            <input type="hidden" name="round" value=code />
            {(!o.current).then(|| view! { <input type="hidden" name="edition" value=o.year.to_string() /> })}
            <Field state=save_state name="reviews_per_entry" label=locale.t("review-reviews-per-entry") value=o.reviews_per_entry.to_string() />
            <div class="field">
                <label for="normalisation">{locale.t("review-normalisation")}</label>
                <select id="normalisation" name="normalisation">
                    {Normalisation::ALL.iter().map(|n| view! {
                        <option value=n.code() selected=*n == o.normalisation>{locale.t(&n.label_key())}</option>
                    }).collect_view()}
                </select>
            </div>
            <label class="check">
                <input type="checkbox" name="country_conflicts" value="1" checked=o.country_conflicts />
                " " {locale.t("review-country-conflicts")}
            </label>
            <Field state=save_state name="formula_experts" label=locale.t("review-formula-experts") value=o.formula_experts.to_string() />
            <Field state=save_state name="formula_votes" label=locale.t("review-formula-votes") value=o.formula_votes.to_string() />
            <p class="field-error">{move || save_state.field_message("formula").get()}</p>
            <Rubric o=o save_state />
            <Field state=save_state name="reason" label=locale.t("review-change-reason") hint=locale.t("review-change-reason-hint") />
            <button type="submit" class="primary">{locale.t("review-save-round")}</button>
        </ActionForm>
        {current.then(|| view! { <DiscussionSwitch code on=discussion /> })}
    }
}

/// Turns the experts' discussion of the round on or off.
#[component]
fn DiscussionSwitch(code: &'static str, on: bool) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<SetDiscussion>::new();
    let state = FormState::of(action);
    view! {
        <h3>{locale.t("discussion-title")}</h3>
        <p data-testid="discussion-state">{if on { locale.t("discussion-on") } else { locale.t("discussion-off-state") }}</p>
        <ActionForm action attr:class="form">
            <FormError state />
            <input type="hidden" name="round" value=code />
            <input type="hidden" name="on" value=if on { "0" } else { "1" } />
            <button type="submit">{if on { locale.t("discussion-turn-off") } else { locale.t("discussion-turn-on") }}</button>
        </ActionForm>
    }
}

/// The rubric's criteria as editable rows, with room for two more while it may still change.
#[component]
fn Rubric(o: RoundOverview, save_state: FormState) -> impl IntoView {
    let locale = use_locale();
    let blank_rows = if o.window == "not_yet_open" { 2 } else { 0 };
    view! {
        <table class="rubric">
            <thead><tr>
                <th>{locale.t("review-criterion")}</th>
                <th>{locale.t("review-weight")}</th>
                <th>{locale.t("review-scale")}</th>
            </tr></thead>
            <tbody>
                {o.criteria.into_iter().map(Some)
                    .chain((0..blank_rows).map(|_| None))
                    .enumerate()
                    .map(|(i, c)| {
                        let (code_v, title, weight, scale) = c.map_or_else(
                            || (String::new(), String::new(), String::new(), "10".to_owned()),
                            |c| (c.code, c.title, c.weight.to_string(), c.scale.to_string()),
                        );
                        let t_msg = save_state.field_message(format!("title-{i}"));
                        let w_msg = save_state.field_message(format!("weight-{i}"));
                        let s_msg = save_state.field_message(format!("scale-{i}"));
                        view! {
                            <tr>
                                <td>
                                    <input type="hidden" name=format!("code[{i}]") value=code_v />
                                    <label class="visually-hidden" for=format!("title-{i}")>{locale.t("review-criterion")}</label>
                                    <input id=format!("title-{i}") name=format!("title[{i}]") value=title size="40" />
                                    <small class="field-error">{move || t_msg.get()}</small>
                                </td>
                                <td>
                                    <label class="visually-hidden" for=format!("weight-{i}")>{locale.t("review-weight")}</label>
                                    <input id=format!("weight-{i}") name=format!("weight[{i}]") value=weight size="4" inputmode="numeric" />
                                    <small class="field-error">{move || w_msg.get()}</small>
                                </td>
                                <td>
                                    <label class="visually-hidden" for=format!("scale-{i}")>{locale.t("review-scale")}</label>
                                    <input id=format!("scale-{i}") name=format!("scale[{i}]") value=scale size="4" inputmode="numeric" />
                                    <small class="field-error">{move || s_msg.get()}</small>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// A category's ranking: the shortlisting ranking with the confirmation of its nominees, or
/// the selection's final ranking with the winners' decisions.
#[component]
pub fn RankingPage() -> impl IntoView {
    let params = use_params_map();
    let selection = params.with_untracked(|p| p.get("round").as_deref() == Some("selection"));
    if selection {
        view! { <FinalRankingPage /> }.into_any()
    } else {
        view! { <ShortlistRankingPage /> }.into_any()
    }
}

#[component]
fn ShortlistRankingPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let key = move || {
        params.with(|p| {
            (
                p.get("round").unwrap_or_default(),
                p.get("category").unwrap_or_default(),
            )
        })
    };
    let confirmed = use_query_map().with_untracked(|q| q.get("confirmed").is_some());
    let data = Resource::new(key, |(round, category)| {
        get_category_ranking(round, category)
    });
    view! {
        <AdminNav />
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(ranking) => view! { <Ranking ranking confirmed /> }.into_any(),
                Err(e) => view! {
                    <PageTitle text=locale.t("review-admin-title") />
                    <p class="form-error">{error_summary(&e)}</p>
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Ranking(ranking: CategoryRanking, confirmed: bool) -> impl IntoView {
    let locale = use_locale();
    let confirm = ServerAction::<ConfirmNominees>::new();
    let state = FormState::of(confirm);
    let title = format!("{} · {}", ranking.category_code, ranking.category_title);
    let is_shortlisting = ranking.round == RoundKind::Shortlisting;
    view! {
        <PageTitle text=title.clone() />
        <p><a href=format!("/admin/review/{}", ranking.round.code())>{locale.t(&ranking.round.label_key())}</a></p>
        <h1>{title}</h1>
        {confirmed.then(|| view! { <p class="notice" role="status" data-testid="nominees-confirmed">{locale.t("review-nominees-confirmed")}</p> })}
        <p>
            {locale.t(&ranking.normalisation.label_key())} " · "
            {locale.t_args("review-cut", &[("count", ranking.cut.to_string())])}
        </p>
        <p><small>
            {locale.t("review-seed-commitment")} " " <code>{ranking.seed_commitment.clone()}</code>
            {ranking.seed.clone().map(|s| view! { <br /> {locale.t("review-seed")} " " <code>{s}</code> })}
        </small></p>
        <p><small>{locale.t("review-tie-rule")} " " <a href="/draw">{locale.t("draw-title")}</a></small></p>
        <table class="ranking" data-testid="ranking">
            <thead><tr>
                <th>"#"</th>
                <th>{locale.t("submission-title")}</th>
                <th>{locale.t("review-reviews")}</th>
                <th>{locale.t("review-raw-mean")}</th>
                <th>{locale.t("review-z-mean")}</th>
                <th>{locale.t("review-spread")}</th>
                <th>{locale.t("review-flags")}</th>
            </tr></thead>
            <tbody>
                {ranking.rows.into_iter().map(|r| {
                    let mut flags = Vec::new();
                    if r.disagreement { flags.push(locale.t("review-flag-disagreement")); }
                    if r.missing > 0 { flags.push(locale.t_number("review-short-missing", "count", r.missing as i64)); }
                    if r.decided_by_draw { flags.push(locale.t("review-flag-draw")); }
                    if r.nominee { flags.push(locale.t("review-flag-nominee")); }
                    view! {
                        <tr class:in-cut=r.in_cut data-testid="ranking-row" data-submission=r.submission_id.to_string()>
                            <td>{r.position}</td>
                            <td>{r.title.clone()} <br /> <small>{r.organisation.clone()}</small></td>
                            <td>{r.reviews}</td>
                            <td>{r.raw_mean.clone()}</td>
                            <td>{r.z_mean.clone()}</td>
                            <td>{r.spread.clone()}</td>
                            <td>{flags.join(" · ")}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        {(is_shortlisting && ranking.can_confirm).then(|| view! {
            <h2>{locale.t("review-confirm-title")}</h2>
            <p>{locale.t_args("review-confirm-lead", &[("count", ranking.cut.to_string())])}</p>
            <ActionForm action=confirm attr:class="form">
                <FormError state />
                <input type="hidden" name="category" value=ranking.category_code.clone() />
                <Field state name="reason" label=locale.t("review-change-reason") hint=locale.t("review-confirm-reason-hint") />
                <button type="submit" class="primary">{locale.t("review-confirm")}</button>
            </ActionForm>
        })}
    }
}

#[component]
fn FinalRankingPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let category = move || params.with(|p| p.get("category").unwrap_or_default());
    let decided = use_query_map().with_untracked(|q| q.get("decided").is_some());
    let data = Resource::new(category, get_final_ranking);
    view! {
        <AdminNav />
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(ranking) => view! { <Final ranking decided /> }.into_any(),
                Err(e) => view! {
                    <PageTitle text=locale.t("review-admin-title") />
                    <p class="form-error">{error_summary(&e)}</p>
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Final(ranking: FinalRanking, decided: bool) -> impl IntoView {
    let locale = use_locale();
    let decide = ServerAction::<DecideAward>::new();
    let state = FormState::of(decide);
    let title = format!(
        "{} · {}",
        ranking.category_code,
        locale.t("round-selection")
    );
    let score = |x: f64| format!("{x:.2}");
    view! {
        <PageTitle text=title.clone() />
        <p><a href="/admin/review/selection">{locale.t("round-selection")}</a></p>
        <h1>{title}</h1>
        {decided.then(|| view! { <p class="notice" role="status" data-testid="award-decided">{locale.t("review-award-decided")}</p> })}
        <p data-testid="formula">{locale.t_args("review-formula", &[
            ("experts", ranking.formula_experts.to_string()),
            ("votes", ranking.formula_votes.to_string()),
        ])}</p>
        <table class="ranking" data-testid="final-ranking">
            <thead><tr>
                <th>"#"</th>
                <th>{locale.t("submission-title")}</th>
                <th>{locale.t("review-expert-mean")}</th>
                <th>{locale.t("review-vote-share")}</th>
                <th>{locale.t("review-final-score")}</th>
                <th>{locale.t("review-decision")}</th>
            </tr></thead>
            <tbody>
                {ranking.rows.iter().map(|r| {
                    let b = &r.breakdown;
                    let decision = [
                        r.winner.as_ref().map(|why| format!("{} ({why})", locale.t("award-winner"))),
                        r.special.as_ref().map(|why| format!("{} ({why})", locale.t("award-special-recognition"))),
                    ].into_iter().flatten().collect::<Vec<_>>().join(" · ");
                    view! {
                        <tr data-testid="final-row" data-submission=b.submission_id.to_string()>
                            <td>{b.position}</td>
                            <td>{r.title.clone()} <br /> <small>{format!("#{} · {}", b.submission_id, r.organisation)}</small></td>
                            <td>{b.expert_mean.map(score).unwrap_or_default()} <br /> <small>{format!("→ {}", score(b.expert_part))}</small></td>
                            <td>{format!("{} / {}", b.votes, b.category_votes)} <br /> <small>{format!("→ {}", score(b.vote_part))}</small></td>
                            <td>{score(b.score)}</td>
                            <td>{decision}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        {ranking.can_decide.then(|| view! {
            <h2>{locale.t("review-decide-title")}</h2>
            <p>{locale.t_number("review-winners-allowed", "count", ranking.winners_allowed as i64)}</p>
            <ActionForm action=decide attr:class="form">
                <FormError state />
                <input type="hidden" name="category" value=ranking.category_code.clone() />
                <Field state name="submission_id" label=locale.t("review-submission-number") required=true />
                <div class="field">
                    <label for="award-kind">{locale.t("review-decision")}</label>
                    <select id="award-kind" name="kind">
                        <option value="winner">{locale.t("award-winner")}</option>
                        <option value="special_recognition">{locale.t("award-special-recognition")}</option>
                    </select>
                </div>
                <Field state name="reason" label=locale.t("review-change-reason") required=true />
                <button type="submit" class="primary">{locale.t("review-decide")}</button>
            </ActionForm>
        })}
    }
}
