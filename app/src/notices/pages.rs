//! The privacy notice and the terms: plain pages, their text in the message catalogues.

use leptos::prelude::*;

use super::PRIVACY_VERSION;
use crate::{i18n::use_locale, ui::PageTitle};

/// A notice: its title, introduction, and sections (each a heading key and a paragraph key,
/// `{prefix}-{name}-h` and `{prefix}-{name}-p`).
#[component]
fn Notice(prefix: &'static str, sections: &'static [&'static str]) -> impl IntoView {
    let locale = use_locale();
    let title = locale.t(&format!("{prefix}-title"));
    view! {
        <PageTitle text=title.clone() />
        <article class="notice-text narrow" data-testid=format!("{prefix}-notice")>
            <h1>{title}</h1>
            <p class="lead">{locale.t(&format!("{prefix}-intro"))}</p>
            {sections.iter().map(|name| view! {
                <section>
                    <h2>{locale.t(&format!("{prefix}-{name}-h"))}</h2>
                    <p>{locale.t(&format!("{prefix}-{name}-p"))}</p>
                </section>
            }).collect_view()}
            <p class="hint">{locale.t_args("notice-version", &[("version", PRIVACY_VERSION.to_owned())])}</p>
        </article>
    }
}

/// What the platform keeps about people, why, for how long (`/privacy`).
#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <Notice prefix="privacy" sections=&["who", "what", "votes", "why", "mail", "public", "keep", "rights"] />
    }
}

/// The terms of use (`/terms`).
#[component]
pub fn TermsPage() -> impl IntoView {
    view! { <Notice prefix="terms" sections=&["account", "projects", "vote", "data"] /> }
}
