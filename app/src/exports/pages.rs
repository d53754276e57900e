//! The secretariat's downloads page: one plain form (its answer is the file), so that it
//! works without script; a refused download comes back with this page and its message.

use leptos::prelude::*;

use super::{EXPORT_ENDPOINT, ExportKind, get_export_years};
use crate::{
    i18n::use_locale,
    ui::{Field, FormError, FormState, PageTitle, error_summary},
};

#[component]
pub fn ExportsPage() -> impl IntoView {
    let locale = use_locale();
    let years = OnceResource::new(get_export_years());
    let state = FormState::plain(EXPORT_ENDPOINT);
    view! {
        <PageTitle text=locale.t("exports-title") />
        <crate::ui::AdminNav />
        <h1>{locale.t("exports-title")}</h1>
        <p class="hint">{locale.t("exports-lead")}</p>
        <Suspense fallback=|| ()>
            {move || years.get().map(|r| match r {
                Ok(years) => view! {
                    <form method="post" action=EXPORT_ENDPOINT class="form" data-testid="export-form">
                        <FormError state />
                        <div class="field">
                            <label for="export-what">{locale.t("export-what")}</label>
                            <select id="export-what" name="what">
                                {ExportKind::ALL.into_iter().map(|k| {
                                    let selected = state.value_or("what", String::new()) == k.code();
                                    view! { <option value=k.code() selected=selected>{locale.t(&format!("export-{}", k.code()))}</option> }
                                }).collect_view()}
                            </select>
                            <small class="field-error">{move || state.field_message("what").get()}</small>
                        </div>
                        <div class="row">
                            <div class="field">
                                <label for="export-year">{locale.t("export-year")}</label>
                                <select id="export-year" name="year">
                                    {years.into_iter().map(|y| view! { <option value=y.to_string()>{y}</option> }).collect_view()}
                                </select>
                                <small class="field-error">{move || state.field_message("year").get()}</small>
                            </div>
                            <fieldset class="field">
                                <legend>{locale.t("export-format")}</legend>
                                <label class="check"><input type="radio" name="format" value="xlsx" checked=true />" XLSX"</label>
                                <label class="check"><input type="radio" name="format" value="csv" />" CSV"</label>
                            </fieldset>
                        </div>
                        <Field state name="reason" id="export-reason" label=locale.t("export-reason") hint=locale.t("export-reason-hint") />
                        <label class="check">
                            <input type="checkbox" name="addresses" value="on" />
                            " " {locale.t("export-addresses")}
                        </label>
                        <button type="submit" class="primary">{locale.t("export-download")}</button>
                    </form>
                }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
    }
}
