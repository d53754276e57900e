//! Submission pages (my submissions, the form), the secretariat's screening pages and the
//! registry, each audience in its own file; the views they share are here.

mod corrections;
mod owners;
mod registry;
mod screening;
mod thread;

pub use corrections::CORRECTION_PICTURE_ENDPOINT;
pub use owners::{InvitationPage, MySubmissionsPage, SubmissionPage};
pub use registry::RegistryPage;
pub use screening::{ScreeningDetailPage, ScreeningQueuePage};
pub use thread::InboxPage;
use thread::Thread;

use leptos::prelude::*;

use super::SubmissionStatus;
use crate::i18n::use_locale;

/// The endpoint of the picture upload, a plain multipart form (not a server function): a
/// failed upload is answered with the submission's page and this form's message.
pub const PICTURE_ENDPOINT: &str = "/submissions/picture";

pub(super) fn status_badge(status: SubmissionStatus) -> impl IntoView {
    let locale = use_locale();
    let class = match status {
        SubmissionStatus::Eligible => "badge ok",
        SubmissionStatus::ChangesRequested | SubmissionStatus::NotEligible => "badge warn",
        _ => "badge",
    };
    view! { <span class=class data-status=status.code()>{locale.t(&status.label_key())}</span> }
}

pub(super) fn field_label_key(field: &str) -> String {
    format!("submission-field-{}", field.replace('_', "-"))
}

/// The screening decisions of a submission, newest first, with their reasons.
#[component]
pub(super) fn Decisions(decisions: Vec<super::DecisionView>) -> impl IntoView {
    let locale = use_locale();
    (!decisions.is_empty()).then(|| {
        view! {
            <h2>{locale.t("submission-decisions")}</h2>
            <ul class="decisions">
                {decisions
                    .into_iter()
                    .map(|d| view! {
                        <li>
                            <strong>{locale.t(&format!("decision-{}", d.decision.replace('_', "-")))}</strong>
                            " · " {d.at}
                            {d.to_category.map(|c| view! { " → " {c} })}
                            {(!d.reason.is_empty()).then(|| view! { <p class="pre">{d.reason}</p> })}
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
    })
}

#[component]
pub(super) fn SubmissionReadOnly(form: super::SubmissionForm) -> impl IntoView {
    let locale = use_locale();
    let row = move |key: &str, value: String| {
        view! {
            <dt>{locale.t(&field_label_key(key))}</dt>
            <dd class="pre">{value}</dd>
        }
    };
    view! {
        <dl class="submission-view">
            {row("organisation", format!("{} ({})", form.organisation, form.country))}
            {row("short_description", form.short_description.clone())}
            {row("action_lines", form.action_lines.clone())}
            {row("sdgs", form.sdgs.clone())}
            {row("impact_qualitative", form.impact_qualitative.clone())}
            {row("impact_quantitative", form.impact_quantitative.clone())}
            {row("partnerships", form.partnerships.clone())}
            {row("challenges", form.challenges.clone())}
            {row("start_date", form.start_date.clone())}
            {row("website", form.website.clone())}
        </dl>
    }
}
