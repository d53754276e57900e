//! Building blocks shared by the pages: form fields with their messages, the state of a form
//! whether it was posted by the browser alone or through JavaScript, and the few elements
//! whose content HTML does not escape (`<textarea>`, `<title>`).

use std::sync::Arc;

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_location;
use serde::{Deserialize, Serialize};

use crate::{error::AppError, i18n::use_locale};

/// Appends `query` to `path`, percent-encoded.
pub fn with_query(path: &str, query: &[(String, String)]) -> String {
    if query.is_empty() {
        return path.to_owned();
    }
    let encoded: Vec<String> = query
        .iter()
        .map(|(k, v)| format!("{}={}", urlencoding::encode(k), urlencoding::encode(v)))
        .collect();
    format!("{path}?{}", encoded.join("&"))
}

/// A form posted without JavaScript that failed. The server answers the post with the form's
/// page itself (never a redirect carrying what was typed in its address), rendered with these
/// values and this error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostedForm {
    /// The path of the server function the form posted to (`/api/...`), which tells the forms
    /// of one page apart.
    pub endpoint: String,
    /// The path of the page the form is on; a page reached later in the browser is not
    /// concerned.
    pub page: String,
    /// What was typed, by field name. Passwords and tokens are never kept.
    pub values: Vec<(String, String)>,
    pub error: AppError,
}

impl PostedForm {
    /// The value typed in `name`, if the post had that field.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Fields whose values a failed post never sends back to the browser.
pub fn is_secret_field(name: &str) -> bool {
    name.contains("password") || name == "token"
}

/// Facts about the site that every page may show (the footer's contact address, whether
/// mail is captured, where the stylesheet is).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// Where submitters write to the secretariat.
    pub contact_email: String,
    /// Mail is captured for the secretariat (no SMTP): the captured-mail page exists.
    pub mail_captured: bool,
    /// The stylesheet's path, with its content hash in the name in a release build.
    pub stylesheet: String,
    /// The site's public address, without a trailing slash: what shared links and the
    /// pages' versions in other languages are written with.
    pub public_url: String,
}

/// What the server hands to the page once, at the top of the app: the site's facts, who is
/// signed in (for the header), and the failed post, if the page answers one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageContext {
    pub site: SiteInfo,
    pub me: Option<crate::auth::Me>,
    pub posted: Option<PostedForm>,
}

/// The failed post the page answers, for the forms on it.
#[derive(Clone, Debug, Default)]
pub struct Posted(pub Option<Arc<PostedForm>>);

/// The site's facts, as provided at the top of the app.
pub fn use_site() -> SiteInfo {
    use_context::<SiteInfo>().unwrap_or_default()
}

/// The translated text of a message key, with the arguments every message may use (the
/// secretariat's contact address).
pub fn message(key: &str) -> String {
    let locale = use_locale();
    locale.t_args(key, &[("contact", use_site().contact_email)])
}

/// The sentence for the top of a form, in the visitor's language.
pub fn error_summary(error: &AppError) -> String {
    let locale = use_locale();
    match error {
        AppError::Forbidden(key) | AppError::PhaseClosed(key) | AppError::Conflict(key) => {
            message(key)
        }
        other => other.summary(locale),
    }
}

/// The state of a form: the error of the last attempt and the values to show again.
///
/// Every form is a plain HTML form: it posts, and the server answers a success with a
/// redirect to the next page and a failure with the form's page rendered again, with a
/// [`PostedForm`] in context. The form reads its error and typed values from there.
#[derive(Clone, Copy)]
pub struct FormState {
    error: Signal<Option<AppError>>,
    posted: StoredValue<Option<Arc<PostedForm>>>,
}

impl FormState {
    /// The state of the form that posts to `action`.
    pub fn of<S>(_action: ServerAction<S>) -> Self
    where
        S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
        S::Output: Clone + Send + Sync + 'static,
    {
        Self::build(S::PATH, None)
    }

    /// Like [`FormState::of`], for one of several forms posting to the same action on a page:
    /// a failed post belongs to this form only if its field `key` held `expected`.
    pub fn scoped<S>(_action: ServerAction<S>, key: &'static str, expected: String) -> Self
    where
        S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
        S::Output: Clone + Send + Sync + 'static,
    {
        Self::build(S::PATH, Some((key, expected)))
    }

    /// The state of a plain form that is not a server function (an upload), by its endpoint.
    pub fn plain(endpoint: &'static str) -> Self {
        Self::build(endpoint, None)
    }

    fn build(endpoint: &'static str, scope: Option<(&'static str, String)>) -> Self {
        let here = use_location().pathname.get_untracked();
        let posted = use_context::<Posted>()
            .and_then(|p| p.0)
            .filter(|p| p.endpoint == endpoint && p.page == here)
            .filter(|p| {
                scope
                    .as_ref()
                    .is_none_or(|(k, v)| p.value(k) == Some(v.as_str()))
            });
        let error = posted.as_ref().map(|p| p.error.clone());
        Self {
            error: Signal::stored(error),
            posted: StoredValue::new(posted),
        }
    }

    pub fn error(&self) -> Signal<Option<AppError>> {
        self.error
    }

    /// Whether the page answers a failed post of this form (then an unticked checkbox is
    /// simply absent from what was typed).
    pub fn has_posted(&self) -> bool {
        self.posted.with_value(Option::is_some)
    }

    /// What was typed in `name` before a failed post without JavaScript.
    pub fn typed(&self, name: &str) -> Option<String> {
        self.posted
            .with_value(|p| p.as_ref().and_then(|p| p.value(name).map(str::to_owned)))
    }

    /// What was typed in `name` before a failed post, else `stored`.
    pub fn value_or(&self, name: &str, stored: String) -> String {
        self.typed(name).unwrap_or(stored)
    }

    /// The translated message for one field, if the last attempt had one.
    pub fn field_message(&self, field: impl Into<String>) -> Signal<Option<String>> {
        let error = self.error;
        let locale = use_locale();
        let contact = use_site().contact_email;
        let field: String = field.into();
        Signal::derive(move || {
            error.with(|e| {
                e.as_ref()
                    .and_then(|e| e.field(&field))
                    .map(|k| locale.t_args(k, &[("contact", contact.clone())]))
            })
        })
    }
}

/// The summary of the last error, above the form.
#[component]
pub fn FormError(state: FormState) -> impl IntoView {
    let locale = use_locale();
    let contact = use_site().contact_email;
    move || {
        state.error().get().map(|e| {
            let text = match &e {
                AppError::Forbidden(key) | AppError::PhaseClosed(key) | AppError::Conflict(key) => {
                    locale.t_args(key, &[("contact", contact.clone())])
                }
                other => other.summary(locale),
            };
            view! { <p class="form-error" role="alert">{text}</p> }
        })
    }
}

/// A labelled input with its message underneath. After a failed post without JavaScript it
/// shows what was typed rather than `value` (never for passwords).
#[component]
pub fn Field(
    state: FormState,
    name: &'static str,
    label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] value: String,
    #[prop(optional, into)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] hint: Option<String>,
    /// The element id, when one page holds several forms with this field.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let message = state.field_message(name);
    let id = id.unwrap_or_else(|| format!("field-{name}"));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if hint.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        error_id.clone()
    };
    let value = if kind == "password" {
        String::new()
    } else {
        state.value_or(name, value)
    };
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for=id.clone()>{label}</label>
            <input
                id=id
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                required=required
                aria-describedby=described
                aria-invalid=move || if message.get().is_some() { "true" } else { "false" }
            />
            {hint.map(|h| view! { <small id=hint_id.clone() class="hint">{h}</small> })}
            <small id=error_id class="field-error">{move || message.get()}</small>
        </div>
    }
}

/// Escapes text for the inside of an element whose content HTML does not parse as markup
/// (`<textarea>`, `<title>`): the browser decodes the character references back to the text.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The one way to show stored text in a `<textarea>`.
///
/// Leptos renders the children of `<textarea>` raw on the server (like `<script>`), so stored
/// text holding `</textarea>` would close the element and run as markup. The content is
/// escaped here and set as the element's inner HTML, which the browser decodes back into the
/// text: the field shows exactly what is stored, with or without JavaScript.
#[component]
pub fn TextArea(
    name: &'static str,
    #[prop(into)] id: String,
    #[prop(into)] value: String,
    #[prop(default = 4)] rows: u32,
    #[prop(optional, into)] described_by: Option<String>,
    #[prop(optional, into)] placeholder: Option<String>,
    #[prop(optional)] invalid: Option<Signal<bool>>,
    #[prop(optional)] on_input: Option<Callback<String>>,
) -> impl IntoView {
    let escaped = escape_text(&value);
    view! {
        <textarea
            id=id
            name=name
            rows=rows.to_string()
            aria-describedby=described_by
            placeholder=placeholder
            aria-invalid=move || invalid.map(|i| if i.get() { "true" } else { "false" })
            on:input=move |ev| {
                if let Some(cb) = on_input {
                    cb.run(event_target_value(&ev));
                }
            }
            inner_html=escaped
        ></textarea>
    }
}

/// The page's title. `<title>` is not escaped by Leptos on the server either, so the text is
/// escaped there; in the browser the title is set as text.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    // What a shared link's preview shows (an attribute: escaped by Leptos).
    let shared = text.clone();
    #[cfg(feature = "ssr")]
    let text = escape_text(&text);
    view! {
        <leptos_meta::Title text=text />
        <leptos_meta::Meta property="og:title" content=shared />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_closes_a_textarea_is_escaped() {
        assert_eq!(
            escape_text("</textarea><img src=x onerror=alert(1)>"),
            "&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(
            escape_text("a & b \"c\" 'd'"),
            "a &amp; b &quot;c&quot; &#39;d&#39;"
        );
    }

    #[test]
    fn passwords_and_tokens_are_never_sent_back() {
        assert!(is_secret_field("password"));
        assert!(is_secret_field("new_password"));
        assert!(is_secret_field("current_password"));
        assert!(is_secret_field("token"));
        assert!(!is_secret_field("email"));
    }
}

/// The back-office menu.
#[component]
pub fn AdminNav() -> impl IntoView {
    let locale = use_locale();
    view! {
        <nav class="subnav" aria-label=locale.t("admin-title")>
            <a href="/admin/screening">{locale.t("screening-title")}</a>
            <a href="/admin/inbox">{locale.t("inbox-title")}</a>
            <a href="/admin/mailings">{locale.t("mailings-title")}</a>
            <a href="/admin/registry">{locale.t("registry-title")}</a>
            <a href="/admin/accounts">{locale.t("admin-accounts")}</a>
            <a href="/admin/editions">{locale.t("editions-admin-title")}</a>
            <a href="/admin/edition">{locale.t("calendar-title")}</a>
            <a href="/admin/categories">{locale.t("categories-title")}</a>
            <a href="/admin/review">{locale.t("review-admin-title")}</a>
            <a href="/admin/vote">{locale.t("vote-admin-title")}</a>
            <a href="/admin/stories">{locale.t("stories-admin-title")}</a>
            {use_site().mail_captured.then(|| view! { <a href="/admin/mail">{locale.t("admin-mail")}</a> })}
            <a href="/admin/exports">{locale.t("exports-title")}</a>
            <a href="/admin/audit">{locale.t("admin-audit")}</a>
        </nav>
    }
}
