//! The registry page: importing earlier winners and merging organisations.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::nominations::{ImportPastWinners, MergeOrganisations, list_organisations};
use crate::{
    error::AppError,
    i18n::use_locale,
    ui::{Field, FormError, FormState, PageTitle, TextArea, error_summary},
};

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
    let report = move || {
        query.with_untracked(|q| {
            Some((
                q.get("imported")?,
                q.get("skipped").unwrap_or_default(),
                q.get("flagged").unwrap_or_default(),
            ))
        })
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
        <crate::ui::AdminNav />
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
        <Show when=move || query.with_untracked(|q| q.get("merged").is_some())>
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
