//! The submission form's islands: the only parts of it that run in the browser.
//!
//! The form itself is a plain server-rendered form that saves without JavaScript. These two
//! islands add what only the browser can do: count words as the owner types, and list what is
//! still missing before the submission can be sent, by the same rules the server applies.
//! Their words come as props (the catalogues stay on the server); they listen to the input
//! events that bubble up to the window, so the fields they watch stay server-rendered.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::rules::{self, SubmissionForm, SubmissionLimits};
use crate::{error::FieldError, i18n::PluralText};

/// The word count under a text field, in the visitor's language, kept live as the owner types.
#[island]
pub fn WordCount(
    /// The field's name; the textarea's id is `field-{name}`.
    field: String,
    /// The count in the text as rendered.
    words: usize,
    min: usize,
    max: usize,
    text: PluralText,
) -> impl IntoView {
    let count = RwSignal::new(words);
    let id = format!("field-{field}");
    // Text typed before the island came alive (a slow link) is counted as soon as it does.
    let field_id = id.clone();
    Effect::new(move |_| {
        if let Some(text) = textarea_value(&field_id) {
            count.set(rules::word_count(&text));
        }
    });
    let listener = window_event_listener(leptos::ev::input, move |ev| {
        if event_target_id(&ev).as_deref() == Some(id.as_str()) {
            count.set(rules::word_count(&event_target_value(&ev)));
        }
    });
    on_cleanup(move || listener.remove());
    let over = move || count.get() > max || (min > 0 && count.get() < min);
    view! {
        <small id=format!("field-{field}-count") class="hint" class:over=over aria-live="polite">
            {move || text.format(count.get() as u64)}
        </small>
    }
}

/// The words of the "still missing" list, in the visitor's language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissingWords {
    pub complete: String,
    pub still_missing: String,
    /// Field name → its label.
    pub labels: Vec<(String, String)>,
    /// Message key → its text, for every key in [`rules::SUBMISSION_MESSAGES`].
    pub messages: Vec<(String, String)>,
}

impl MissingWords {
    fn line(&self, e: &FieldError) -> String {
        let find = |list: &[(String, String)], key: &str| {
            list.iter()
                .find(|(k, _)| k == key)
                .map_or_else(|| key.to_owned(), |(_, v)| v.clone())
        };
        format!(
            "{}: {}",
            find(&self.labels, &e.field),
            find(&self.messages, &e.message)
        )
    }
}

/// What the submission still lacks before it can be sent, checked again at every keystroke
/// in the form whose id is `form`.
#[island]
pub fn MissingList(
    form: String,
    limits: SubmissionLimits,
    /// What the server found missing in the saved submission.
    initial: Vec<FieldError>,
    words: MissingWords,
) -> impl IntoView {
    let missing = RwSignal::new(initial);
    let check_form = move |element: web_sys::HtmlFormElement| {
        if let Some(typed) = read_form(&element) {
            missing.set(rules::missing_for_submission(&typed, &limits));
        }
    };
    // What was typed before the island came alive is checked as soon as it does.
    let form_id = form.clone();
    Effect::new(move |_| {
        if let Some(element) = form_by_id(&form_id) {
            check_form(element);
        }
    });
    let check = move |ev: leptos::ev::Event| {
        // Not `form.id`: a form's properties are shadowed by its fields' names, and this
        // form has a field named `id`.
        if let Some(element) =
            form_of(&ev).filter(|f| f.get_attribute("id").as_deref() == Some(form.as_str()))
        {
            check_form(element);
        }
    };
    let on_input = window_event_listener(leptos::ev::input, check.clone());
    let on_change = window_event_listener(leptos::ev::change, check);
    on_cleanup(move || {
        on_input.remove();
        on_change.remove();
    });
    view! {
        <div data-testid="missing" aria-live="polite">
            {move || {
                let m = missing.get();
                if m.is_empty() {
                    view! { <p>{words.complete.clone()}</p> }.into_any()
                } else {
                    view! {
                        <p>{words.still_missing.clone()}</p>
                        <ul class="missing">
                            {m.iter().map(|e| view! { <li>{words.line(e)}</li> }).collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// The id of the element an event came from.
fn event_target_id(ev: &leptos::ev::Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target.get_attribute("id")
}

/// The value of the textarea whose id is `id`.
fn textarea_value(id: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let element = document().get_element_by_id(id)?;
    Some(
        element
            .dyn_into::<web_sys::HtmlTextAreaElement>()
            .ok()?
            .value(),
    )
}

/// The form whose id is `id`.
fn form_by_id(id: &str) -> Option<web_sys::HtmlFormElement> {
    use wasm_bindgen::JsCast;
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// The form an event came from.
fn form_of(ev: &leptos::ev::Event) -> Option<web_sys::HtmlFormElement> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target.closest("form").ok()??.dyn_into().ok()
}

/// The whole submission form as typed.
fn read_form(form: &web_sys::HtmlFormElement) -> Option<SubmissionForm> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    Some(SubmissionForm::from_fields(|name| {
        data.get(name).as_string().unwrap_or_default()
    }))
}
