//! Building blocks shared by the pages: form fields with their messages, and the state of a
//! form whether it was posted by the browser alone or through JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

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

/// The state of a form: the error of the last attempt and the values to show again.
///
/// A form posted without JavaScript comes back as a redirect to the same page with the typed
/// values and the error in the query string; a form posted through its server action keeps
/// them in the action. Either way the page renders the same messages.
#[derive(Clone, Copy)]
pub struct FormState {
    error: Signal<Option<AppError>>,
}

impl FormState {
    /// Combines the action's last result with what the query string carries.
    pub fn new<O>(value: impl Fn() -> Option<Result<O, AppError>> + Send + Sync + 'static) -> Self {
        Self::build(value, None)
    }

    /// Like [`FormState::new`], for one of several forms on a page: an error carried by the
    /// query string belongs to this form only if the query's `key` equals `expected`.
    pub fn scoped<O>(
        value: impl Fn() -> Option<Result<O, AppError>> + Send + Sync + 'static,
        key: &'static str,
        expected: String,
    ) -> Self {
        Self::build(value, Some((key, expected)))
    }

    fn build<O>(
        value: impl Fn() -> Option<Result<O, AppError>> + Send + Sync + 'static,
        scope: Option<(&'static str, String)>,
    ) -> Self {
        let query = use_query_map();
        let error = Signal::derive(move || match value() {
            Some(Err(e)) => Some(e),
            Some(Ok(_)) => None,
            None => query.with(|q| {
                let ours = scope
                    .as_ref()
                    .is_none_or(|(k, v)| q.get(k).as_deref() == Some(v.as_str()));
                q.get("error")
                    .filter(|_| ours)
                    .and_then(|e| AppError::from_query_value(&e))
            }),
        });
        Self { error }
    }

    pub fn error(&self) -> Signal<Option<AppError>> {
        self.error
    }

    /// The translated message for one field, if the last attempt had one.
    pub fn field_message(&self, field: impl Into<String>) -> Signal<Option<String>> {
        let error = self.error;
        let locale = use_locale();
        let field: String = field.into();
        Signal::derive(move || {
            error.with(|e| {
                e.as_ref()
                    .and_then(|e| e.field(&field))
                    .map(|k| locale.t(k))
            })
        })
    }
}

/// A value typed before a failed post without JavaScript, from the query string.
pub fn echoed(name: &'static str) -> String {
    use_query_map().with_untracked(|q| q.get(name).unwrap_or_default())
}

/// The summary of the last error, above the form.
#[component]
pub fn FormError(state: FormState) -> impl IntoView {
    let locale = use_locale();
    move || {
        state.error().get().map(|e| {
            view! { <p class="form-error" role="alert">{e.summary(locale)}</p> }
        })
    }
}

/// A labelled input with its message underneath.
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
) -> impl IntoView {
    let message = state.field_message(name);
    let id = format!("field-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if hint.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        error_id.clone()
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
