//! A project's public page: what it is, who runs it and where, the goals it serves. Plain
//! HTML, no script.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::get_project;
use crate::{
    i18n::use_locale,
    ui::{PageTitle, error_summary},
};

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
                        "winner" => locale.t("results-winner"),
                        _ => locale.t("results-champion"),
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
                            {award.map(|a| view! { <p class="award" data-testid="project-award">{a}</p> })}
                            {p.picture.map(|(src, w, h)| view! {
                                <img class="project-picture" src=src alt="" width=w.to_string() height=h.to_string() />
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
