//! The two pages every visitor reads: the home page (the current edition, where it stands,
//! its calendar and categories) and a category's page, both rendered from memory.

use crate::ui::PageTitle;
use leptos::prelude::*;

use super::{CategoryDetail, CategorySummary, EditionOverview, Standing};
use crate::{
    codes::PhaseKind, error::AppError, i18n::use_locale, phases::PhaseState, ui::error_summary,
};

/// "Submission is open until …" / "Public voting opens on …" / "This edition is over".
#[component]
pub fn StandingBanner(standing: Standing) -> impl IntoView {
    let locale = use_locale();
    let when = standing.when.unwrap_or_default();
    let text = match standing.state {
        PhaseState::Open { kind, .. } => locale.t_args(
            "standing-open",
            &[("phase", locale.t(&kind.label_key())), ("when", when)],
        ),
        PhaseState::Upcoming { next, .. } => locale.t_args(
            "standing-upcoming",
            &[("phase", locale.t(&next.label_key())), ("when", when)],
        ),
        PhaseState::Over => locale.t("standing-over"),
    };
    let class = match standing.state {
        PhaseState::Open { .. } => "standing open",
        _ => "standing",
    };
    view! { <p class=class data-testid="standing">{text}</p> }
}

/// A category's text; where it is the English one standing in for the visitor's language, it
/// says so, and its language is marked for screen readers and hyphenation.
#[component]
fn InEnglish(text: String, marked: bool) -> impl IntoView {
    let locale = use_locale();
    if marked {
        view! {
            <span lang="en" dir="ltr">{text}</span>
            " "
            <small class="in-english" data-testid="in-english">{locale.t("category-in-english")}</small>
        }
        .into_any()
    } else {
        text.into_any()
    }
}

fn category_card(c: CategorySummary) -> impl IntoView {
    let href = format!("/categories/{}", c.code);
    view! {
        <li class="category-card">
            <a href=href>
                <span class="code">{c.code}</span>
                <span class="title"><InEnglish text=c.title marked=c.title_in_english /></span>
            </a>
            <p class="counts">{c.counts}</p>
        </li>
    }
}

/// What the two pages every visitor reads show (home, category), read from memory by the server
/// before the page renders ([`super::public::preload`]): the page then renders in one pass,
/// without waiting under `Suspense` for a resource.
#[derive(Clone, Debug)]
pub enum Preloaded {
    Home(Result<Option<EditionOverview>, AppError>),
    Category(Result<CategoryDetail, AppError>),
}

/// The preloaded data of this page, with the error's HTTP status set on the response.
fn preloaded<T>(
    pick: impl FnOnce(Preloaded) -> Option<Result<T, AppError>>,
) -> Result<T, AppError> {
    // Only a wiring mistake leaves it out: the server preloads every path these pages serve.
    crate::server_fn::answer(
        use_context::<Preloaded>()
            .and_then(pick)
            .unwrap_or(Err(AppError::Internal)),
    )
}

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let overview = preloaded(|p| match p {
        Preloaded::Home(r) => Some(r),
        Preloaded::Category(_) => None,
    });
    let title = match &overview {
        Ok(Some(o)) => o.title.clone(),
        _ => String::new(),
    };
    let body = match overview {
        Ok(Some(o)) => {
            let submitting = matches!(
                o.standing.state,
                PhaseState::Open {
                    kind: PhaseKind::Submission,
                    ..
                }
            );
            let voting = matches!(
                o.standing.state,
                PhaseState::Open {
                    kind: PhaseKind::Voting,
                    ..
                }
            );
            let published = matches!(
                o.standing.state,
                PhaseState::Open {
                    kind: PhaseKind::Publication,
                    ..
                }
            );
            view! {
            {o.holds_demo_data.then(|| view! {
                <p class="notice warn" role="note" data-testid="demo-notice">{locale.t("demo-notice")}</p>
            })}
            <section class="hero">
                <p class="eyebrow">{locale.t("home-eyebrow")}</p>
                <h1>{o.title}</h1>
                <p class="lead">{locale.t("home-lead")}</p>
                <StandingBanner standing=o.standing />
                {submitting.then(|| view! {
                    <p class="cta">
                        <a class="button" href="/submissions">{locale.t("home-submit")}</a>
                    </p>
                })}
                {voting.then(|| view! {
                    <p class="cta">
                        <a class="button" href="/vote" data-testid="vote-cta">{locale.t("home-vote")}</a>
                    </p>
                })}
                {published.then(|| view! {
                    <p class="cta">
                        <a class="button" href="/vote/results" data-testid="results-cta">{locale.t("home-results")}</a>
                    </p>
                })}
            </section>
            <section>
                <h2>{locale.t("home-calendar")}</h2>
                <ol class="calendar">
                    {o
                        .phases
                        .into_iter()
                        .map(|p| {
                            view! {
                                <li class:current=p.is_open>
                                    <strong>{locale.t(&p.kind.label_key())}</strong>
                                    <span>{p.opens} " → " {p.closes}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <p>
                    <a href="/gallery" data-testid="gallery-link">{locale.t("gallery-link")}</a>
                    " · "
                    <a href="/statistics" data-testid="stats-link">{locale.t("stats-title")}</a>
                    " · "
                    <a href="/book" data-testid="home-book-link">{locale.t("book-title")}</a>
                </p>
            </section>
            <section>
                <h2>{locale.t("home-categories")}</h2>
                <ul class="categories">
                    {o.categories.into_iter().map(category_card).collect_view()}
                </ul>
            </section>
            }
            .into_any()
        }
        Ok(None) => view! { <p>{locale.t("home-no-edition")}</p> }.into_any(),
        Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
    };
    // The edition's name before the site's ("WSIS Prizes 2027 · WSIS Prizes"); the site's
    // name alone when there is no edition to name.
    view! {
        <PageTitle text=title />
        {body}
    }
}

#[component]
pub fn CategoryPage() -> impl IntoView {
    let locale = use_locale();
    let detail = preloaded(|p| match p {
        Preloaded::Category(r) => Some(r),
        Preloaded::Home(_) => None,
    });
    match detail {
        Ok(d) => {
            let c = d.category;
            view! {
                <PageTitle text=format!("{} {} · {}", c.code, c.title, d.edition_title) />
                <nav class="crumbs">
                    {d.archived.then(|| view! { <a href="/editions">{locale.t("archive-title")}</a> " / " })}
                    <a href=if d.archived { format!("/editions#edition-{}", d.year) } else { "/".to_owned() }>{d.edition_title}</a>
                    " / "
                    {c.code.clone()}
                </nav>
                {d.holds_demo_data.then(|| view! {
                    <p class="notice warn" role="note" data-testid="demo-notice">{locale.t("demo-notice")}</p>
                })}
                <section class="hero">
                    <p class="eyebrow">{locale.t_args("category-eyebrow", &[("code", c.code)])}</p>
                    <h1><InEnglish text=c.title marked=c.title_in_english /></h1>
                    <p class="lead"><InEnglish text=c.description marked=c.description_in_english /></p>
                    <StandingBanner standing=d.standing />
                </section>
                <dl class="facts">
                    <dt>{locale.t("category-nominees")}</dt>
                    <dd>{locale.format_count(c.nominees.into())}</dd>
                    <dt>{locale.t("category-champions")}</dt>
                    <dd>{locale.format_count(c.champions.into())}</dd>
                    <dt>{locale.t("category-winners")}</dt>
                    <dd>{locale.format_count(c.winners.into())}</dd>
                </dl>
                {(!d.nominees.is_empty()).then(|| view! {
                    <section aria-labelledby="nominees-heading">
                        <h2 id="nominees-heading">{locale.t("category-nominees-list")}</h2>
                        <ol class="nominees" data-testid="nominees">
                            {d.nominees.into_iter().map(|n| view! {
                                <li>
                                    <a href=format!("/projects/{}", n.submission_id)><strong>{n.title}</strong></a>
                                    <span class="by">{format!(" · {} · {}", n.organisation, n.country)}</span>
                                </li>
                            }).collect_view()}
                        </ol>
                    </section>
                })}
            }
            .into_any()
        }
        Err(AppError::NotFound) => view! {
            <h1>{locale.t("error-not-found")}</h1>
            <p>
                <a href="/">{locale.t("nav-home")}</a>
            </p>
        }
        .into_any(),
        Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
    }
}

/// The archive (`/editions`): every edition, the newest first, with its figures as far as
/// they are public and the way to its categories, results, book, statistics and open data.
/// A plain page: no script.
#[component]
pub fn ArchivePage() -> impl IntoView {
    let locale = use_locale();
    let archive = OnceResource::new(super::get_archive());
    view! {
        <PageTitle text=locale.t("archive-title") />
        <h1>{locale.t("archive-title")}</h1>
        <p class="lead">{locale.t("archive-lead")}</p>
        <Suspense fallback=|| ()>
            {move || archive.get().map(|r| match r {
                Ok(editions) => editions
                    .into_iter()
                    .map(|e| view! { <ArchivedEditionView edition=e /> })
                    .collect_view()
                    .into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn ArchivedEditionView(edition: super::ArchivedEdition) -> impl IntoView {
    let locale = use_locale();
    let year = edition.year;
    let count = move |n: u64| locale.format_count(i64::try_from(n).unwrap_or(i64::MAX));
    let later = move || locale.t("archive-not-yet");
    view! {
        <section
            id=format!("edition-{year}")
            class="archive-edition"
            data-testid="archive-edition"
            data-year=year
            data-published=edition.winners.is_some().to_string()
        >
            <h2>
                {edition.title}
                {edition.current.then(|| view! { " " <span class="badge">{locale.t("editions-current")}</span> })}
            </h2>
            {edition.holds_demo_data.then(|| view! { <p class="notice warn" role="note">{locale.t("demo-notice")}</p> })}
            <p>{format!("{} – {}", edition.opens, edition.closes)}</p>
            <dl class="facts">
                <dt>{locale.t("archive-submissions")}</dt>
                <dd>{count(edition.submissions)}</dd>
                <dt>{locale.t("archive-nominees")}</dt>
                <dd>{edition.nominees.map_or_else(later, count)}</dd>
                <dt>{locale.t("archive-votes")}</dt>
                <dd data-testid="archive-votes">{edition.votes.map_or_else(later, count)}</dd>
                <dt>{locale.t("archive-winners")}</dt>
                <dd>{edition.winners.map_or_else(later, count)}</dd>
            </dl>
            <p>
                <a href=format!("/vote/results?edition={year}")>{locale.t("archive-results")}</a>
                " · " <a href=format!("/book?edition={year}")>{locale.t("book-title")}</a>
                " · " <a href=format!("/statistics?edition={year}")>{locale.t("stats-title")}</a>
                " · " <a href=format!("/api/v1/editions/{year}/nominees")>{locale.t("archive-open-data")}</a>
            </p>
            <details>
                <summary>{locale.t("archive-categories")}</summary>
                <ul>
                    {edition.categories.into_iter().map(|(code, title)| view! {
                        <li><a href=format!("/editions/{year}/categories/{code}")>{format!("{code} {title}")}</a></li>
                    }).collect_view()}
                </ul>
            </details>
        </section>
    }
}
