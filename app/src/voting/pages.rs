//! The ballot: every category a plain form of its nominees, the voter's progress at the top
//! with what is left, and the receipt of each vote cast. It needs no JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{
    AddDisposableDomain, Ballot, BallotCategory, CastVote, DecideFlag, FlagRow, Flags,
    PublishedResults, ReceiptCheck, ResultCategory, ResultsFinal, SweepNow, VoteOverview,
    VoteResults, VotingWindow, check_receipt, get_ballot, get_flags, get_results,
    get_vote_overview,
};
use crate::{
    charts::{Bar, BarChart},
    i18n::{Locale, use_locale},
    ui::{AdminNav, FormError, FormState, PageTitle, error_summary, message},
};

/// "Public vote": the signed-in voter's ballot (a signed-out visitor is sent to sign in).
#[component]
pub fn BallotPage() -> impl IntoView {
    let locale = use_locale();
    let voted = use_query_map().with_untracked(|q| q.get("voted"));
    let ballot = OnceResource::new(get_ballot());
    view! {
        <PageTitle text=locale.t("vote-title") />
        <h1>{locale.t("vote-title")}</h1>
        <Suspense fallback=|| ()>
            {move || ballot.get().map(|r| match r {
                Ok(b) => view! { <BallotView ballot=b voted=voted.clone() /> }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
    }
}

/// Where the vote stands, in words.
fn window_text(locale: Locale, window: &VotingWindow) -> String {
    match window {
        VotingWindow::Open { closes } => {
            locale.t_args("vote-open-until", &[("when", closes.clone())])
        }
        VotingWindow::NotYet { opens: Some(when) } => {
            locale.t_args("vote-opens-on", &[("when", when.clone())])
        }
        VotingWindow::NotYet { opens: None } => locale.t("vote-not-open"),
        VotingWindow::Closed => locale.t("vote-closed"),
    }
}

#[component]
fn BallotView(ballot: Ballot, voted: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let open = matches!(ballot.window, VotingWindow::Open { .. });
    let window = window_text(locale, &ballot.window);
    let progress = ballot.progress;
    let left: Vec<(String, String)> = ballot
        .categories
        .iter()
        .filter(|c| c.vote.is_none() && c.voided.is_none())
        .map(|c| (c.code.clone(), c.title.clone()))
        .collect();
    let may_vote = open && ballot.email_confirmed;
    view! {
        <p class="standing" class:open=open data-testid="vote-window">{window}</p>
        {voted.map(|code| view! {
            <p class="notice" role="status" data-testid="vote-cast">
                {locale.t_args("vote-cast-done", &[("category", code)])}
            </p>
        })}
        {(!ballot.email_confirmed).then(|| view! {
            <p class="notice warn" role="note" data-testid="vote-unconfirmed">
                {locale.t("vote-unconfirmed")} " " <a href="/account">{locale.t("account-title")}</a>
            </p>
        })}
        {(progress.total > 0).then(|| view! {
            <section class="ballot-progress" aria-labelledby="progress-heading">
                <h2 id="progress-heading">{locale.t("vote-progress-title")}</h2>
                {if progress.is_complete() {
                    view! { <p class="notice" role="status" data-testid="vote-complete">{locale.t("vote-complete")}</p> }.into_any()
                } else {
                    view! {
                        <p data-testid="vote-progress">
                            {locale.t_args("vote-progress", &[
                                ("cast", locale.format_count(progress.cast as i64)),
                                ("total", locale.format_count(progress.total as i64)),
                            ])}
                        </p>
                        {ballot.complete_ballots_only.then(|| view! { <p>{locale.t("vote-complete-rule")}</p> })}
                        <p>{locale.t("vote-left")}</p>
                        <ul class="left" data-testid="vote-left">
                            {left.into_iter().map(|(code, title)| view! {
                                <li><a href=format!("#{code}")>{code.clone()} " " {title}</a></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        })}
        {ballot.categories.into_iter().map(|c| view! { <CategoryBallot category=c may_vote /> }).collect_view()}
    }
}

#[component]
fn CategoryBallot(category: BallotCategory, may_vote: bool) -> impl IntoView {
    let locale = use_locale();
    let cast = ServerAction::<CastVote>::new();
    let state = FormState::scoped(cast, "category", category.code.clone());
    let heading = format!("ballot-{}", category.code.replace('.', "-"));
    let code = category.code.clone();
    view! {
        <section class="ballot-category" id=category.code.clone() aria-labelledby=heading.clone()
            data-testid="ballot-category">
            <h2 id=heading.clone()>{category.code.clone()} " " {category.title.clone()}</h2>
            {category.voided.map(|v| view! {
                <div class="notice warn" role="note" data-testid="vote-void">
                    <p>{locale.t_args("vote-void", &[("title", v.title)])}</p>
                    <p class="receipt">{locale.t("vote-void-receipt")} " " <code>{v.receipt}</code></p>
                </div>
            })}
            {match category.vote {
                Some(v) => view! {
                    <p class="voted" data-testid="my-vote">
                        {locale.t_args("vote-yours", &[("title", v.title)])}
                    </p>
                    <p class="receipt">
                        {locale.t("vote-receipt")} " " <code data-testid="receipt">{v.receipt}</code>
                    </p>
                }.into_any(),
                None => view! {
                    <ActionForm action=cast attr:class="form ballot-form">
                        <FormError state />
                        <input type="hidden" name="category" value=code.clone() />
                        <fieldset>
                            <legend>{locale.t_args("vote-choose-in", &[("category", code.clone())])}</legend>
                            <ul class="nominee-choices">
                                {category.nominees.into_iter().map(|n| {
                                    let id = format!("nominee-{}", n.submission_id);
                                    view! {
                                        <li>
                                            <input type="radio" name="nominee" id=id.clone()
                                                value=n.submission_id.to_string() disabled=!may_vote />
                                            <label for=id>
                                                {n.picture.map(|src| view! { <img src=src alt="" width="96" height="96" loading="lazy" /> })}
                                                <strong>{n.title.clone()}</strong>
                                                <span class="by">{format!("{} · {}", n.organisation, n.country)}</span>
                                                <span class="summary">{n.short_description}</span>
                                            </label>
                                            <a class="more" href=format!("/projects/{}", n.submission_id)>
                                                {locale.t_args("vote-about", &[("title", n.title.clone())])}
                                            </a>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <small class="field-error">{move || state.field_message("nominee").get()}</small>
                        </fieldset>
                        <button type="submit" class="primary" disabled=!may_vote>
                            {locale.t_args("vote-cast", &[("category", code)])}
                        </button>
                    </ActionForm>
                }.into_any(),
            }}
        </section>
    }
}

/// The secretariat's view of the vote: live figures, and "results final" once it has closed.
#[component]
pub fn VoteAdminPage() -> impl IntoView {
    let locale = use_locale();
    let (fixed, decided) =
        use_query_map().with_untracked(|q| (q.get("final").is_some(), q.get("decided").is_some()));
    let overview = OnceResource::new(get_vote_overview());
    let flags = OnceResource::new(get_flags());
    view! {
        <PageTitle text=locale.t("vote-admin-title") />
        <AdminNav />
        <h1>{locale.t("vote-admin-title")}</h1>
        {fixed.then(|| view! { <p class="notice" role="status">{locale.t("results-final-done")}</p> })}
        {decided.then(|| view! { <p class="notice" role="status">{locale.t("vote-review-decided")}</p> })}
        <Suspense fallback=|| ()>
            {move || overview.get().map(|r| match r {
                Ok(o) => view! { <Figures overview=o /> }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
            {move || flags.get().map(|r| match r {
                Ok(f) => view! { <Review flags=f /> }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Figures(overview: VoteOverview) -> impl IntoView {
    let locale = use_locale();
    let finalize = ServerAction::<ResultsFinal>::new();
    let state = FormState::of(finalize);
    let count = move |n: u64| locale.format_count(i64::try_from(n).unwrap_or(i64::MAX));
    let closed = matches!(overview.window, VotingWindow::Closed);
    view! {
        <p class="standing" data-testid="vote-window">{window_text(locale, &overview.window)}</p>
        <dl class="facts" data-testid="vote-figures">
            <dt>{locale.t("vote-admin-votes")}</dt><dd>{count(overview.votes)}</dd>
            <dt>{locale.t("vote-admin-voters")}</dt><dd>{count(overview.voters)}</dd>
            <dt>{locale.t("vote-admin-complete")}</dt><dd>{count(overview.complete_ballots)}</dd>
            <dt>{locale.t("vote-admin-held")}</dt><dd>{count(overview.held)}</dd>
            <dt>{locale.t("vote-admin-invalid")}</dt><dd>{count(overview.invalid)}</dd>
            <dt>{locale.t("vote-admin-void")}</dt><dd data-testid="vote-void">{count(overview.void)}</dd>
        </dl>
        <BarChart id="chart-hours" caption=locale.t("vote-chart-hours")
            bars=overview.per_hour.into_iter().map(|(label, n)| Bar { label, value: n, shown: count(n) }).collect() />
        <BarChart id="chart-categories" caption=locale.t("vote-chart-categories")
            bars=overview.categories.into_iter().map(|c| Bar { label: c.code, value: c.votes, shown: count(c.votes) }).collect() />
        <BarChart id="chart-regions" caption=locale.t("vote-chart-regions")
            bars=overview.per_region.into_iter().map(|(key, n)| Bar { label: locale.t(&key), value: n, shown: count(n) }).collect() />
        <h2>{locale.t("results-final-title")}</h2>
        {match overview.results {
            Some(r) => view! {
                <p data-testid="results-final">
                    {locale.t_args("results-final-fixed", &[
                        ("when", r.finalized_at),
                        ("valid", count(r.valid)),
                        ("votes", count(r.votes)),
                    ])}
                </p>
                <p>{locale.t("results-ledger-head")} " " <code>{r.head}</code></p>
            }.into_any(),
            None => view! {
                <p>{locale.t("results-final-lead")}</p>
                <ActionForm action=finalize attr:class="form">
                    <FormError state />
                    <button type="submit" class="primary" disabled=!closed>{locale.t("results-final-button")}</button>
                </ActionForm>
            }.into_any(),
        }}
    }
}

/// Anyone with a receipt checks that its vote is in the published ledger: a plain GET form.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    let locale = use_locale();
    let typed = use_query_map()
        .with_untracked(|q| q.get("receipt"))
        .filter(|r| !r.trim().is_empty());
    let shown = typed.clone().unwrap_or_default();
    let check = typed.map(|r| OnceResource::new(check_receipt(r)));
    view! {
        <PageTitle text=locale.t("receipt-title") />
        <h1>{locale.t("receipt-title")}</h1>
        <p>{locale.t("receipt-lead")}</p>
        <form method="get" action="/vote/receipt" class="form">
            <div class="field">
                <label for="receipt">{locale.t("receipt-label")}</label>
                <input id="receipt" name="receipt" type="text" value=shown maxlength="128"
                    autocomplete="off" spellcheck="false" required=true />
            </div>
            <button type="submit" class="primary">{locale.t("receipt-check")}</button>
        </form>
        {check.map(|check| view! {
            <Suspense fallback=|| ()>
                {move || check.get().map(|r| match r {
                    Ok(ReceiptCheck::NotYet) => view! { <p class="notice warn" data-testid="receipt-result">{locale.t("receipt-not-yet")}</p> }.into_any(),
                    Ok(ReceiptCheck::Unknown) => view! { <p class="form-error" data-testid="receipt-result">{locale.t("receipt-unknown")}</p> }.into_any(),
                    Ok(ReceiptCheck::Withdrawn { category, nominee, receipt_hash }) => view! {
                        <div class="notice warn" role="status" data-testid="receipt-result">
                            <p>{locale.t_args("receipt-found", &[("category", category), ("nominee", nominee)])}</p>
                            <p data-testid="receipt-withdrawn">{locale.t("receipt-withdrawn")}</p>
                            <p>{locale.t("receipt-hash")} " " <code>{receipt_hash}</code></p>
                        </div>
                    }.into_any(),
                    Ok(ReceiptCheck::Found { category, nominee, receipt_hash, counted }) => view! {
                        <div class="notice" role="status" data-testid="receipt-result">
                            <p>{locale.t_args("receipt-found", &[("category", category), ("nominee", nominee)])}</p>
                            <p>{if counted { locale.t("receipt-counted") } else { locale.t("receipt-not-counted") }}</p>
                            <p>{locale.t("receipt-hash")} " " <code>{receipt_hash}</code></p>
                        </div>
                    }.into_any(),
                    // What is wrong with what was typed, rather than only that something is.
                    Err(e) => view! {
                        <p class="form-error" data-testid="receipt-result">
                            {e.field("receipt").map_or_else(|| error_summary(&e), message)}
                        </p>
                    }.into_any(),
                })}
            </Suspense>
        })}
    }
}

/// The vote's results, once published: every category's nominees by valid votes, champions
/// and winners marked, the totals, and the ledger to check them with. Before publication,
/// when they will be published (the secretariat sees a preview).
#[component]
pub fn ResultsPage() -> impl IntoView {
    let locale = use_locale();
    let edition = use_query_map()
        .with_untracked(|q| q.get("edition"))
        .unwrap_or_default();
    let results = OnceResource::new(get_results(edition));
    view! {
        <PageTitle text=locale.t("results-title") />
        <h1>{locale.t("results-title")}</h1>
        <Suspense fallback=|| ()>
            {move || results.get().map(|r| match r {
                Ok(VoteResults::Published(p)) => view! { <Published results=p /> }.into_any(),
                Ok(VoteResults::NotYet { edition_title, opens }) => view! {
                    <p class="standing" data-testid="results-not-yet">
                        {match opens {
                            Some(when) => locale.t_args("results-not-yet-on", &[("edition", edition_title), ("when", when)]),
                            None => locale.t_args("results-not-yet", &[("edition", edition_title)]),
                        }}
                    </p>
                }.into_any(),
                Err(e) => view! {
                    <p class="form-error">{e.field("edition").map_or_else(|| error_summary(&e), message)}</p>
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Published(results: PublishedResults) -> impl IntoView {
    let locale = use_locale();
    let count = move |n: u64| locale.format_count(i64::try_from(n).unwrap_or(i64::MAX));
    let ledger = format!("/vote/ledger/{}.jsonl", results.year);
    view! {
        {results.preview.then(|| view! {
            <p class="notice warn" role="note" data-testid="results-preview">{locale.t("results-preview")}</p>
        })}
        <p class="lead" data-testid="results-summary">
            {locale.t_args("results-summary", &[
                ("edition", results.edition_title.clone()),
                ("valid", count(results.valid)),
                ("votes", count(results.votes)),
                ("when", results.finalized_at.clone()),
            ])}
        </p>
        <section aria-labelledby="ledger-heading" class="ledger">
            <h2 id="ledger-heading">{locale.t("results-ledger-title")}</h2>
            <p>{locale.t("results-ledger-lead")}</p>
            <p>{locale.t("results-ledger-head")} " " <code data-testid="ledger-head">{results.head}</code></p>
            <p>
                <a href=ledger download="" data-testid="ledger-download">{locale.t("results-ledger-download")}</a>
                " · "
                <a href="/vote/receipt">{locale.t("receipt-title")}</a>
            </p>
        </section>
        {results.categories.into_iter().map(|c| view! { <CategoryResults category=c /> }).collect_view()}
    }
}

#[component]
fn CategoryResults(category: ResultCategory) -> impl IntoView {
    let locale = use_locale();
    let count = move |n: u64| locale.format_count(i64::try_from(n).unwrap_or(i64::MAX));
    let heading = format!("results-{}", category.code.replace('.', "-"));
    view! {
        <section class="results-category" id=category.code.clone() aria-labelledby=heading.clone()
            data-testid="results-category">
            <h2 id=heading.clone()>{category.code.clone()} " " {category.title}</h2>
            <table class="results">
                <caption>{locale.t_args("results-category-valid", &[("valid", count(category.valid))])}</caption>
                <thead><tr>
                    <th scope="col">{locale.t("results-nominee")}</th>
                    <th scope="col" class="num">{locale.t("results-votes")}</th>
                    <th scope="col">{locale.t("results-award")}</th>
                </tr></thead>
                <tbody>
                    {category.nominees.into_iter().map(|n| {
                        let award = if n.winner {
                            locale.t("results-winner")
                        } else if n.champion {
                            locale.t("results-champion")
                        } else {
                            String::new()
                        };
                        view! {
                            <tr data-testid="result-row" class:champion=n.champion>
                                <th scope="row">
                                    <a href=format!("/projects/{}", n.submission_id)><strong>{n.title}</strong></a>
                                    <span class="by">{format!(" · {} · {}", n.organisation, n.country)}</span>
                                </th>
                                <td class="num" data-testid="result-votes">{count(n.votes)}</td>
                                <td data-testid="result-award">{award}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// The flagged groups, each with its decision form; the sweep; the extra disposable domains.
#[component]
fn Review(flags: Flags) -> impl IntoView {
    let locale = use_locale();
    let sweep = ServerAction::<SweepNow>::new();
    let add = ServerAction::<AddDisposableDomain>::new();
    let add_state = FormState::of(add);
    view! {
        <section aria-labelledby="review-heading">
            <h2 id="review-heading">{locale.t("vote-review-title")}</h2>
            <p>{locale.t("vote-review-lead")}</p>
            <ActionForm action=sweep attr:class="form inline">
                <button type="submit">{locale.t("vote-review-sweep")}</button>
            </ActionForm>
            {if flags.rows.is_empty() {
                view! { <p data-testid="flags-none">{locale.t("vote-review-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="flags" data-testid="flags">
                        <thead><tr>
                            <th scope="col">{locale.t("vote-review-kind")}</th>
                            <th scope="col">{locale.t("vote-review-key")}</th>
                            <th scope="col">{locale.t("vote-review-votes")}</th>
                            <th scope="col">{locale.t("vote-review-since")}</th>
                            <th scope="col">{locale.t("vote-review-state")}</th>
                        </tr></thead>
                        <tbody>
                            {flags.rows.into_iter().map(|f| view! { <FlagLine flag=f /> }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <h3>{locale.t("vote-review-domains")}</h3>
            <ul>{flags.added_domains.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            <ActionForm action=add attr:class="form inline">
                <FormError state=add_state />
                <label for="disposable-domain">{locale.t("vote-review-domain")}</label>
                <input id="disposable-domain" name="domain" type="text" maxlength="253" required=true />
                <small class="field-error">{move || add_state.field_message("domain").get()}</small>
                <button type="submit">{locale.t("vote-review-add-domain")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn FlagLine(flag: FlagRow) -> impl IntoView {
    let locale = use_locale();
    let decide = ServerAction::<DecideFlag>::new();
    let state = FormState::scoped(decide, "flag_id", flag.id.to_string());
    let field = format!("flag-reason-{}", flag.id);
    let held = flag.decision.is_none();
    let decision = match flag.decision.as_deref() {
        None => locale.t("vote-review-held"),
        Some("invalidated") => locale.t("vote-review-invalidated"),
        Some(_) => locale.t("vote-review-released"),
    };
    view! {
        <tr data-testid="flag">
            <td>{locale.t(&flag.kind.label_key())}</td>
            <td><code>{flag.key}</code></td>
            <td>{locale.format_count(i64::try_from(flag.votes).unwrap_or(i64::MAX))}</td>
            <td>{flag.first_seen}</td>
            <td>
                <strong>{decision}</strong>
                {flag.reason.map(|r| view! { <br /> <small>{r}</small> })}
                <ActionForm action=decide attr:class="form">
                    <FormError state />
                    <input type="hidden" name="flag_id" value=flag.id.to_string() />
                    <label for=field.clone()>{locale.t("vote-review-reason")}</label>
                    <input id=field name="reason" type="text" maxlength="2000" required=true />
                    <small class="field-error">{move || state.field_message("reason").get()}</small>
                    {if held {
                        view! {
                            <button type="submit" name="decision" value="release">{locale.t("vote-review-release")}</button>
                            " "
                            <button type="submit" name="decision" value="invalidate">{locale.t("vote-review-invalidate")}</button>
                        }.into_any()
                    } else {
                        view! { <button type="submit" name="decision" value="hold">{locale.t("vote-review-hold")}</button> }.into_any()
                    }}
                </ActionForm>
            </td>
        </tr>
    }
}
