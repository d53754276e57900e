//! The secretariat's correction of a sent submission, in its screening page: the form's
//! fields as they stand, a reason, and the picture apart (a plain multipart form). Both work
//! without script.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::field_label_key;
use crate::{
    accounts::pages::{CountrySelect, StakeholderSelect},
    i18n::use_locale,
    nominations::{CorrectSubmission, SubmissionView, rules},
    ui::{Field, FormError, FormState, TextArea},
};

/// The endpoint of the picture's correction, a plain multipart form: a failed one is
/// answered with the screening page and this form's message.
pub const CORRECTION_PICTURE_ENDPOINT: &str = "/admin/screening/picture";

/// A long text of the form, in a textarea with its word limit.
#[component]
fn LongText(state: FormState, name: &'static str, value: String, max: usize) -> impl IntoView {
    let locale = use_locale();
    let id = format!("correct-{name}");
    let message = state.field_message(name);
    let value = state.value_or(name, value);
    let words = u64::try_from(rules::word_count(&value)).unwrap_or(u64::MAX);
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for=id.clone()>{locale.t(&field_label_key(name))}</label>
            <TextArea id=id.clone() name=name rows=5 value=value described_by=format!("{id}-hint {id}-error") />
            <small id=format!("{id}-hint") class="hint">{locale.plural_text("words-at-most", &[("max", max.to_string())]).format(words)}</small>
            <small id=format!("{id}-error") class="field-error">{move || message.get()}</small>
        </div>
    }
}

/// The correction of a sent submission's fields and picture.
#[component]
pub fn Correction(view: SubmissionView) -> impl IntoView {
    let locale = use_locale();
    let correct = ServerAction::<CorrectSubmission>::new();
    let state = FormState::of(correct);
    let picture_state = FormState::plain(CORRECTION_PICTURE_ENDPOINT);
    let picture_message = picture_state.field_message("picture");
    let picture_reason_message = picture_state.field_message("reason");
    let corrected = use_query_map().with_untracked(|q| q.get("corrected").is_some());
    let f = view.form;
    let limits = view.limits;
    let id = view.id;
    let field = move |name: &'static str, value: String| {
        view! { <Field state name id=format!("correct-{name}") label=locale.t(&field_label_key(name)) value /> }
    };
    view! {
        <section id="correction" aria-labelledby="correction-heading" data-testid="correction">
            <h2 id="correction-heading">{locale.t("correction-title")}</h2>
            <p class="hint">{locale.t("correction-lead")}</p>
            {corrected.then(|| view! { <p class="notice" role="status">{locale.t("correction-done")}</p> })}
            <ActionForm action=correct attr:class="form wide" attr:novalidate=true>
                <FormError state />
                <input type="hidden" name="id" value=id.to_string() />
                {field("title", f.title.clone())}
                {field("organisation", f.organisation.clone())}
                <CountrySelect state selected=f.country.clone() />
                <StakeholderSelect state selected=f.stakeholder_type.clone() />
                <LongText state name="short_description" value=f.short_description.clone() max=limits.short_max_words />
                {field("action_lines", f.action_lines.clone())}
                {field("sdgs", f.sdgs.clone())}
                <LongText state name="impact_qualitative" value=f.impact_qualitative.clone() max=limits.long_max_words />
                <LongText state name="impact_quantitative" value=f.impact_quantitative.clone() max=limits.long_max_words />
                <LongText state name="partnerships" value=f.partnerships.clone() max=limits.long_max_words />
                <LongText state name="challenges" value=f.challenges.clone() max=limits.long_max_words />
                {field("start_date", f.start_date.clone())}
                <div class="field">
                    <label for="correct-project_status">{locale.t("submission-field-project-status")}</label>
                    <select id="correct-project_status" name="project_status">
                        <option value="">{locale.t("field-choose")}</option>
                        {rules::ProjectStatus::ALL.iter().copied().map(|s| {
                            let selected = s.code() == state.value_or("project_status", f.project_status.clone());
                            view! { <option value=s.code() selected=selected>{locale.t(&s.label_key())}</option> }
                        }).collect_view()}
                    </select>
                    <small class="field-error">{move || state.field_message("project_status").get()}</small>
                </div>
                {field("website", f.website.clone())}
                <Field state name="reason" id="correction-reason" label=locale.t("correction-reason") hint=locale.t("correction-reason-hint") required=true />
                <button type="submit" class="primary">{locale.t("correction-save")}</button>
            </ActionForm>
            <h3>{locale.t("submission-field-picture")}</h3>
            {view.picture_id.map(|p| view! {
                <img class="thumb" src=format!("/pictures/{p}/thumb") alt=locale.t("submission-picture-alt") />
            })}
            <form method="post" enctype="multipart/form-data" action=format!("/admin/screening/{id}/picture") class="form">
                <div class="field">
                    <label for="correct-picture">{locale.t("submission-picture-choose")}</label>
                    <input id="correct-picture" type="file" name="picture" accept="image/png,image/jpeg,image/webp" />
                    <small class="field-error">{move || picture_message.get()}</small>
                </div>
                <div class="field">
                    <label for="correction-picture-reason">{locale.t("correction-reason")}</label>
                    <input id="correction-picture-reason" name="reason" type="text" required=true value=picture_state.value_or("reason", String::new()) />
                    <small class="field-error">{move || picture_reason_message.get()}</small>
                </div>
                <button type="submit">{locale.t("correction-picture-save")}</button>
            </form>
        </section>
    }
}
