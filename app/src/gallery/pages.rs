//! The gallery's pages: the search (a plain form sent with GET, so that every search and
//! every page of results is a link to share) and a project's public page. Plain HTML, no
//! script.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    FilterChoices, ProjectCard, SearchForm, SearchResults, get_project,
    rules::{AwardFilter, SDG_COUNT},
    search_gallery,
};
use crate::{
    accounts::StakeholderType,
    countries::ItuRegion,
    error::AppError,
    i18n::{Locale, use_locale},
    ui::{PageTitle, error_summary, message, with_query},
};

/// The gallery's address.
pub const GALLERY_PATH: &str = "/gallery";

/// The search as typed in the address.
fn typed_search() -> SearchForm {
    use_query_map().with_untracked(|q| {
        let get = |k: &str| q.get(k).unwrap_or_default();
        SearchForm {
            q: get("q"),
            edition: get("edition"),
            category: get("category"),
            region: get("region"),
            country: get("country"),
            stakeholder: get("stakeholder"),
            sdg: get("sdg"),
            award: get("award"),
            page: get("page"),
        }
    })
}

/// The search's fields that filter, as (name, value), for links to other pages of it.
fn filled(form: &SearchForm) -> Vec<(String, String)> {
    [
        ("q", &form.q),
        ("edition", &form.edition),
        ("category", &form.category),
        ("region", &form.region),
        ("country", &form.country),
        ("stakeholder", &form.stakeholder),
        ("sdg", &form.sdg),
        ("award", &form.award),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| (k.to_owned(), v.clone()))
    .collect()
}

/// The gallery: every project the public may see, searched and filtered (`/gallery`).
#[component]
pub fn GalleryPage() -> impl IntoView {
    let locale = use_locale();
    let form = typed_search();
    let results = OnceResource::new(search_gallery(form.clone()));
    view! {
        <PageTitle text=locale.t("gallery-title") />
        <h1>{locale.t("gallery-title")}</h1>
        <p class="lead">{locale.t("gallery-lead")}</p>
        <p>
            <a href="/book" data-testid="book-link">{locale.t("book-title")}</a>
            " · " <a href="/editions" data-testid="editions-link">{locale.t("archive-link")}</a>
        </p>
        <Suspense fallback=|| ()>
            {move || results.get().map(|r| match r {
                Ok(found) => view! {
                    <SearchBox form=form.clone() choices=found.choices.clone() error=None />
                    <Found form=form.clone() found=found />
                }.into_any(),
                Err(e) => view! {
                    <SearchBox form=form.clone() choices=FilterChoices::default() error=Some(e) />
                }.into_any(),
            })}
        </Suspense>
    }
}

/// One `<select>` of the search form: "all", then `options` as (value, label).
#[component]
fn Choice(
    name: &'static str,
    label: String,
    chosen: String,
    options: Vec<(String, String)>,
    error: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let id = format!("gallery-{name}");
    let described = error.as_ref().map(|_| format!("{id}-error"));
    let has_error = error.is_some();
    view! {
        <div class="field" class:has-error=has_error>
            <label for=id.clone()>{label}</label>
            <select id=id.clone() name=name aria-describedby=described.clone()>
                <option value="">{locale.t("gallery-all")}</option>
                {options.into_iter().map(|(value, label)| {
                    let selected = value == chosen;
                    view! { <option value=value selected=selected>{label}</option> }
                }).collect_view()}
            </select>
            {error.map(|m| view! { <p class="field-error" id=format!("{id}-error")>{message(&m)}</p> })}
        </div>
    }
}

/// The search form, sent with GET to the gallery itself.
#[component]
fn SearchBox(form: SearchForm, choices: FilterChoices, error: Option<AppError>) -> impl IntoView {
    let locale = use_locale();
    let field_error = |name: &str| {
        error
            .as_ref()
            .and_then(|e| e.field(name))
            .map(str::to_owned)
    };
    let q_error = field_error("q");
    let q_has_error = q_error.is_some();
    // An error that names no field of the form (rate limited, unavailable) is said on top.
    let general = error.as_ref().and_then(|e| {
        let named = [
            "q",
            "edition",
            "category",
            "region",
            "country",
            "stakeholder",
            "sdg",
            "award",
            "page",
        ]
        .iter()
        .any(|f| e.field(f).is_some());
        (!named).then(|| error_summary(e))
    });
    let page_error = field_error("page");
    let keyed = |pairs: Vec<(String, String)>| -> Vec<(String, String)> {
        pairs.into_iter().map(|(v, k)| (v, locale.t(&k))).collect()
    };
    view! {
        {general.map(|m| view! { <p class="form-error" role="alert" data-testid="gallery-error">{m}</p> })}
        {page_error.map(|m| view! { <p class="form-error" role="alert" data-testid="gallery-error">{message(&m)}</p> })}
        <form class="form search-form" method="get" action=GALLERY_PATH role="search" data-testid="gallery-form">
            <div class="field wide" class:has-error=q_has_error>
                <label for="gallery-q">{locale.t("gallery-search")}</label>
                <input type="search" id="gallery-q" name="q" value=form.q.clone() maxlength="200"
                    aria-describedby="gallery-q-hint" />
                <p class="hint" id="gallery-q-hint">{locale.t("gallery-search-hint")}</p>
                {q_error.map(|m| view! { <p class="field-error">{message(&m)}</p> })}
            </div>
            <div class="filters">
                <Choice name="edition" label=locale.t("gallery-edition") chosen=form.edition.clone()
                    options=choices.editions.iter().map(|y| (y.to_string(), y.to_string())).collect()
                    error=field_error("edition") />
                <Choice name="category" label=locale.t("gallery-category") chosen=form.category.clone()
                    options=choices.categories.iter().map(|(c, t)| (c.clone(), format!("{c} {t}"))).collect()
                    error=field_error("category") />
                <Choice name="region" label=locale.t("gallery-region") chosen=form.region.clone()
                    options=keyed(ItuRegion::ALL.iter().map(|r| (r.code().to_owned(), r.label_key())).collect())
                    error=field_error("region") />
                <Choice name="country" label=locale.t("gallery-country") chosen=form.country.clone()
                    options=choices.countries.clone() error=field_error("country") />
                <Choice name="stakeholder" label=locale.t("gallery-stakeholder") chosen=form.stakeholder.clone()
                    options=keyed(StakeholderType::ALL.iter().map(|s| (s.code().to_owned(), s.label_key())).collect())
                    error=field_error("stakeholder") />
                <Choice name="sdg" label=locale.t("gallery-sdg") chosen=form.sdg.clone()
                    options=(1..=SDG_COUNT).map(|g| (g.to_string(), locale.t_number("gallery-sdg-n", "n", g.into()))).collect()
                    error=field_error("sdg") />
                <Choice name="award" label=locale.t("gallery-award") chosen=form.award.clone()
                    options=AwardFilter::ALL.iter().map(|a| (a.code().to_owned(), locale.t(a.label_key()))).collect()
                    error=field_error("award") />
            </div>
            <p><button type="submit" class="primary">{locale.t("gallery-submit")}</button></p>
        </form>
    }
}

/// The projects found, and links to the other pages of results.
#[component]
fn Found(form: SearchForm, found: SearchResults) -> impl IntoView {
    let locale = use_locale();
    let count = i64::try_from(found.total).unwrap_or(i64::MAX);
    let query = filled(&form);
    let page_link = move |page: u32| {
        let mut q = query.clone();
        if page > 1 {
            q.push(("page".to_owned(), page.to_string()));
        }
        with_query(GALLERY_PATH, &q)
    };
    let previous =
        (found.page > 1).then(|| page_link(found.page.saturating_sub(1).min(found.pages)));
    let next = (found.page < found.pages).then(|| page_link(found.page + 1));
    view! {
        <p class="standing" role="status" data-testid="gallery-count">
            {locale.t_number("gallery-found", "count", count)}
        </p>
        {if found.projects.is_empty() {
            view! { <p data-testid="gallery-none">{locale.t("gallery-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="gallery" data-testid="gallery-results">
                    {found.projects.into_iter().map(|p| view! { <Card project=p locale=locale /> }).collect_view()}
                </ul>
            }.into_any()
        }}
        {(found.pages > 1).then(|| view! {
            <nav class="pager" aria-label=locale.t("gallery-pages")>
                {previous.map(|href| view! { <a href=href rel="prev" data-testid="gallery-previous">{locale.t("gallery-previous")}</a> })}
                <span>{locale.t_args("gallery-page", &[
                    ("page", locale.format_count(found.page.into())),
                    ("pages", locale.format_count(found.pages.into())),
                ])}</span>
                {next.map(|href| view! { <a href=href rel="next" data-testid="gallery-next">{locale.t("gallery-next")}</a> })}
            </nav>
        })}
    }
}

/// A project in the results.
#[component]
fn Card(project: ProjectCard, locale: Locale) -> impl IntoView {
    let href = format!("/projects/{}", project.submission_id);
    let award = project.award.as_deref().map(|a| match a {
        "winner" => ("award winner", locale.t("results-winner")),
        _ => ("award champion", locale.t("results-champion")),
    });
    view! {
        <li class="project-card" data-testid="gallery-project">
            {project.thumb.map(|(src, w, h)| view! {
                <img src=src alt="" width=w.to_string() height=h.to_string() loading="lazy" decoding="async" />
            })}
            <div class="body">
                <p class="eyebrow">{format!("{} · {}", project.year, project.category_code)}</p>
                <h2><a href=href>{project.title}</a></h2>
                {award.map(|(class, label)| view! { <p class=class data-testid="gallery-award">{label}</p> })}
                <p class="by">{format!("{} · {}", project.organisation, project.country)}</p>
                <p class="summary">{project.short_description}</p>
            </div>
        </li>
    }
}

#[component]
pub fn ProjectPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let project = OnceResource::new(get_project(id));
    view! {
        <Suspense fallback=|| ()>
            {move || project.get().map(|r| match r {
                Ok(p) => {
                    let award = p.award.as_deref().map(|a| match a {
                        "winner" => ("award winner", locale.t("results-winner")),
                        _ => ("award champion", locale.t("results-champion")),
                    });
                    let category = format!("/categories/{}", p.category_code);
                    let sdgs = p.sdgs.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
                    // Only a web address is made a link.
                    let website = (p.website.starts_with("https://") || p.website.starts_with("http://"))
                        .then_some(p.website.clone());
                    view! {
                        <PageTitle text=p.title.clone() />
                        <article class="project" data-testid="project">
                            <p class="eyebrow">
                                <a href=category>{p.category_code.clone()} " " {p.category_title.clone()}</a>
                                " · " {p.edition_title.clone()}
                            </p>
                            <h1>{p.title.clone()}</h1>
                            {award.map(|(class, a)| view! { <p class=class data-testid="project-award">{a}</p> })}
                            {p.picture.map(|pic| view! {
                                <img class="project-picture" src=pic.src srcset=pic.srcset
                                    sizes="(max-width: 50rem) 100vw, 50rem" alt=""
                                    width=pic.width.to_string() height=pic.height.to_string() />
                            })}
                            <p class="lead">{p.short_description.clone()}</p>
                            <dl class="facts">
                                <dt>{locale.t("project-organisation")}</dt><dd>{p.organisation.clone()}</dd>
                                <dt>{locale.t("project-country")}</dt><dd>{p.country.clone()}</dd>
                                {p.region.map(|r| view! { <dt>{locale.t("project-region")}</dt><dd>{locale.t(&r)}</dd> })}
                                <dt>{locale.t("project-sdgs")}</dt><dd>{sdgs}</dd>
                                {website.map(|w| view! {
                                    <dt>{locale.t("project-website")}</dt>
                                    <dd><a href=w.clone() rel="nofollow noopener">{w.clone()}</a></dd>
                                })}
                            </dl>
                            {(!p.story.is_empty()).then(|| view! {
                                <section class="story" data-testid="project-story" lang="en">
                                    <h2>{locale.t("story-public-title")}</h2>
                                    {p.story.clone().into_iter().map(|(section, paragraphs)| view! {
                                        <h3>{locale.t(&section.label_key())}</h3>
                                        {paragraphs.into_iter().map(|t| view! { <p>{t}</p> }).collect_view()}
                                    }).collect_view()}
                                </section>
                            })}
                            {p.award.is_some().then(|| view! {
                                <p><a href=format!("/book?edition={}#project-{}", p.year, p.submission_id)
                                    data-testid="project-book">{locale.t("book-title")}</a></p>
                            })}
                        </article>
                    }.into_any()
                }
                Err(e) => view! {
                    <PageTitle text=locale.t("project-not-found") />
                    <h1>{locale.t("project-not-found")}</h1>
                    <p class="form-error">{error_summary(&e)}</p>
                }.into_any(),
            })}
        </Suspense>
    }
}
