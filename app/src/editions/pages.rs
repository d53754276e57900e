//! The secretariat's pages of an edition: its calendar and its categories.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{
    CalendarForm, CalendarPhase, CategoryInput, EditionsAdmin, InviteReturningExperts,
    LIMIT_RANGES, LimitsEdit, NextEditionForm, SaveCategory, SaveFormLimits, StartNextEdition,
    UpdateCalendar, get_calendar_form, get_categories_admin, get_editions_admin,
};
use crate::{
    i18n::{Locale, use_locale},
    ui::{Field, FormError, FormState, PageTitle, TextArea, error_summary},
};

/// The edition a secretariat's page edits, from its address (`?edition=2028`): the current
/// edition when the address names none.
fn edition_asked() -> Option<i32> {
    use_query_map().with_untracked(|q| q.get("edition").and_then(|y| y.trim().parse().ok()))
}

/// Which edition the page edits, with the way to the others.
#[component]
fn Editing(year: i32) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="lead" data-testid="editing-edition">
            {locale.t_args("editions-editing", &[("year", year.to_string())])}
            " " <a href="/admin/editions">{locale.t("editions-other")}</a>
        </p>
    }
}

#[component]
pub fn CalendarPage() -> impl IntoView {
    let locale = use_locale();
    let form = OnceResource::new(get_calendar_form(edition_asked()));
    view! {
        <PageTitle text=locale.t("calendar-title") />
        <crate::ui::AdminNav />
        <section>
            <h1>{locale.t("calendar-title")}</h1>
            <Suspense fallback=|| ()>
                {move || {
                    form.get()
                        .map(|r| match r {
                            Ok(f) => view! {
                                <Editing year=f.year />
                                <CalendarEditor form=f.clone() />
                                <LimitsEditor form=f />
                            }.into_any(),
                            Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
                        })
                }}
            </Suspense>
        </section>
    }
}

#[component]
fn CalendarEditor(form: CalendarForm) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<UpdateCalendar>::new();
    let state = FormState::of(action);
    let saved = move || use_query_map().with_untracked(|q| q.get("saved").is_some());
    let screening_early = if state.has_posted() {
        state.typed("screening_during_submission").is_some()
    } else {
        form.screening_during_submission
    };
    let complete_only = if state.has_posted() {
        state.typed("ballot_rule").as_deref() != Some("every")
    } else {
        form.complete_ballots_only
    };
    view! {
        <Show when=saved>
            <p class="notice" role="status">{locale.t("calendar-saved")}</p>
        </Show>
        <ActionForm action=action attr:class="form wide" attr:novalidate=true>
            <FormError state />
            <input type="hidden" name="edition_id" value=form.edition_id.to_string() />
            <CalendarFields state title=form.title.clone() time_zone=form.time_zone.clone() phases=form.phases.clone() />
            <label class="check">
                <input type="checkbox" name="screening_during_submission" value="on" checked=screening_early />
                {locale.t("calendar-screening-during-submission")}
            </label>
            <div class="field">
                <label for="field-ballot_rule">{locale.t("calendar-ballot-rule")}</label>
                <select id="field-ballot_rule" name="ballot_rule">
                    <option value="complete" selected=complete_only>{locale.t("calendar-ballot-rule-complete")}</option>
                    <option value="every" selected=!complete_only>{locale.t("calendar-ballot-rule-every")}</option>
                </select>
                <small class="field-error">{move || state.field_message("ballot_rule").get()}</small>
            </div>
            <Field state name="reason" label=locale.t("calendar-reason") hint=locale.t("calendar-reason-hint") />
            <button type="submit" class="primary">{locale.t("calendar-save")}</button>
        </ActionForm>
    }
}

/// The submission form's limits of the edition: editable until its submission phase opens,
/// then shown as they stay.
#[component]
fn LimitsEditor(form: CalendarForm) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<SaveFormLimits>::new();
    let state = FormState::of(action);
    let saved = move || use_query_map().with_untracked(|q| q.get("limits").is_some());
    let typed = LimitsEdit::of(&form.limits);
    let value = |field: &str| match field {
        "short_min_words" => typed.short_min_words.clone(),
        "short_max_words" => typed.short_max_words.clone(),
        "long_max_words" => typed.long_max_words.clone(),
        "title_max_chars" => typed.title_max_chars.clone(),
        "min_sdgs" => typed.min_sdgs.clone(),
        _ => typed.changes_days.clone(),
    };
    let fields = LIMIT_RANGES
        .iter()
        .map(|(field, min, max)| {
            let hint = locale.t_args(
                "limits-range-hint",
                &[
                    ("min", locale.format_count(*min as i64)),
                    ("max", locale.format_count(*max as i64)),
                ],
            );
            view! {
                <Field state name=field label=locale.t(&format!("limits-{field}")) kind="number"
                    value=value(field) hint />
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="limits-heading" data-testid="form-limits">
            <h2 id="limits-heading">{locale.t("limits-title")}</h2>
            <Show when=saved>
                <p class="notice" role="status">{locale.t("limits-saved")}</p>
            </Show>
            {if form.limits_frozen {
                view! {
                    <p class="notice warn" role="note">{locale.t("limits-frozen-note")}</p>
                    <dl class="facts" data-testid="limits-frozen">
                        {LIMIT_RANGES.iter().map(|(field, ..)| view! {
                            <dt>{locale.t(&format!("limits-{field}"))}</dt>
                            <dd>{value(field)}</dd>
                        }).collect_view()}
                    </dl>
                }.into_any()
            } else {
                view! {
                    <p>{locale.t("limits-lead")}</p>
                    <ActionForm action=action attr:class="form wide" attr:novalidate=true>
                        <FormError state />
                        <input type="hidden" name="edition_id" value=form.edition_id.to_string() />
                        {fields}
                        <button type="submit" class="primary">{locale.t("limits-save")}</button>
                    </ActionForm>
                }.into_any()
            }}
        </section>
    }
}

#[component]
pub fn CategoriesPage() -> impl IntoView {
    let locale = use_locale();
    let data = OnceResource::new(get_categories_admin(edition_asked()));
    view! {
        <PageTitle text=locale.t("categories-title") />
        <crate::ui::AdminNav />
        <section>
            <h1>{locale.t("categories-title")}</h1>
            <Show when=move || use_query_map().with_untracked(|q| q.get("saved").is_some())>
                <p class="notice" role="status">{locale.t("categories-saved")}</p>
            </Show>
            <Suspense fallback=|| ()>
                {move || {
                    data.get()
                        .map(|r| match r {
                            Ok(admin) => {
                                let edition_id = admin.edition_id;
                                let needs_reason = admin.submission_opened;
                                view! {
                                    <Editing year=admin.year />
                                    {needs_reason.then(|| view! { <p class="notice warn">{locale.t("categories-opened")}</p> })}
                                    {admin
                                        .rows
                                        .into_iter()
                                        .map(|row| {
                                            let summary = format!("{} · {}", row.input.code, row.input.title_en);
                                            view! {
                                                <details class="category-edit">
                                                    <summary>{summary}</summary>
                                                    <CategoryEditor edition_id id=row.id input=row.input needs_reason />
                                                </details>
                                            }
                                        })
                                        .collect_view()}
                                    <h2>{locale.t("categories-add")}</h2>
                                    <p class="hint">{locale.t("categories-add-hint")}</p>
                                    <CategoryEditor edition_id id=0 input=CategoryInput {
                                        nominees: "20".into(),
                                        champions: "5".into(),
                                        winners: "1".into(),
                                        is_special: true,
                                        ..CategoryInput::default()
                                    } needs_reason />
                                }
                                    .into_any()
                            }
                            Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
                        })
                }}
            </Suspense>
        </section>
    }
}

/// The form's names of a language's title and description.
fn text_fields(l: Locale) -> (&'static str, &'static str) {
    match l {
        Locale::En => ("title_en", "description_en"),
        Locale::Fr => ("title_fr", "description_fr"),
        Locale::Es => ("title_es", "description_es"),
        Locale::Ru => ("title_ru", "description_ru"),
        Locale::Zh => ("title_zh", "description_zh"),
        Locale::Ar => ("title_ar", "description_ar"),
    }
}

#[component]
fn CategoryEditor(
    edition_id: i64,
    id: i64,
    input: CategoryInput,
    needs_reason: bool,
) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<SaveCategory>::new();
    let state = FormState::scoped(action, "category_id", id.to_string());
    // The save answers with this page, naming the category it saved.
    let saved = {
        let code = input.code.clone();
        move || use_query_map().with_untracked(|q| q.get("saved").as_deref() == Some(code.as_str()))
    };
    // The field ids must be unique on a page that holds one form per category.
    let field = move |name: &str| format!("c{id}-{name}");
    let text_field = move |name: &'static str, label: String, value: String| {
        let message = state.field_message(name);
        let value = state.value_or(name, value);
        let fid = field(name);
        view! {
            <div class="field" class:has-error=move || message.get().is_some()>
                <label for=fid.clone()>{label}</label>
                <input id=fid type="text" name=name value=value />
                <small class="field-error">{move || message.get()}</small>
            </div>
        }
    };
    let area_field = move |name: &'static str, label: String, value: String| {
        let message = state.field_message(name);
        let value = state.value_or(name, value);
        let fid = field(name);
        view! {
            <div class="field" class:has-error=move || message.get().is_some()>
                <label for=fid.clone()>{label}</label>
                <TextArea id=fid name=name rows=3 value=value />
                <small class="field-error">{move || message.get()}</small>
            </div>
        }
    };
    let texts = input.clone();
    view! {
        <ActionForm action=action attr:class="form category-form" attr:novalidate=true>
            <FormError state />
            <Show when=saved>
                <p class="notice" role="status">{locale.t("categories-saved")}</p>
            </Show>
            <input type="hidden" name="edition_id" value=edition_id.to_string() />
            <input type="hidden" name="category_id" value=id.to_string() />
            <div class="row">
                {text_field("code", locale.t("category-code"), input.code)}
                {text_field("number", locale.t("category-number"), input.number)}
                {text_field("nominees", locale.t("category-nominees"), input.nominees)}
                {text_field("champions", locale.t("category-champions"), input.champions)}
                {text_field("winners", locale.t("category-winners"), input.winners)}
            </div>
            <label class="check">
                <input type="checkbox" name="is_special" value="on" checked=input.is_special />
                {locale.t("category-special")}
            </label>
            {Locale::english_first().map(|l| {
                let (title, description) = texts.texts(l);
                let (title, description) = (title.unwrap_or_default().to_owned(), description.unwrap_or_default().to_owned());
                let code = l.code();
                let (title_field, description_field) = text_fields(l);
                view! {
                    <fieldset class="category-texts" lang=code>
                        <legend>{l.native_name()}</legend>
                        {text_field(title_field, locale.t(&format!("category-title-{code}")), title)}
                        {area_field(description_field, locale.t(&format!("category-description-{code}")), description)}
                    </fieldset>
                }
            }).collect_view()}
            {text_field(
                "reason",
                if needs_reason { locale.t("category-reason-required-label") } else { locale.t("category-reason") },
                String::new(),
            )}
            <button type="submit" class="primary">{locale.t("categories-save")}</button>
        </ActionForm>
    }
}

/// An edition's title, time zone and phases, as the calendar's form and the next edition's
/// start form both send them (what was typed comes back with a refusal).
#[component]
fn CalendarFields(
    state: FormState,
    title: String,
    time_zone: String,
    phases: Vec<CalendarPhase>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Field state name="title" label=locale.t("calendar-edition-title") value=state.value_or("title", title) required=true />
        <Field
            state
            name="time_zone"
            label=locale.t("calendar-time-zone")
            value=state.value_or("time_zone", time_zone)
            hint=locale.t("calendar-time-zone-hint")
            required=true
        />
        <table class="calendar-editor">
            <thead>
                <tr>
                    <th>{locale.t("calendar-phase")}</th>
                    <th>{locale.t("calendar-opens")}</th>
                    <th>{locale.t("calendar-closes")}</th>
                </tr>
            </thead>
            <tbody><PhaseRows state phases /></tbody>
        </table>
    }
}

/// A calendar's rows of phases, each with its opening and closing as `datetime-local`
/// inputs (named `<phase>_opens` and `<phase>_closes`): the calendar's form and the next
/// edition's start form both send them.
#[component]
fn PhaseRows(state: FormState, phases: Vec<CalendarPhase>) -> impl IntoView {
    let locale = use_locale();
    let pick = move |name: String, stored: String| state.value_or(&name, stored);
    phases
        .iter()
        .map(|p| {
            let code = p.kind.code();
            let opens_name = format!("{code}_opens");
            let closes_name = format!("{code}_closes");
            let opens = pick(opens_name.clone(), p.opens_local.clone());
            let closes = pick(closes_name.clone(), p.closes_local.clone());
            let opens_msg = state.field_message(opens_name.clone());
            let closes_msg = state.field_message(closes_name.clone());
            view! {
                <tr>
                    <th scope="row">
                        {locale.t(&p.kind.label_key())}
                        {p.has_opened.then(|| view! { <span class="badge warn">{locale.t("calendar-opened")}</span> })}
                    </th>
                    <td>
                        <input
                            type="datetime-local"
                            name=opens_name.clone()
                            id=format!("field-{opens_name}")
                            value=opens
                            aria-label=format!("{} — {}", locale.t(&p.kind.label_key()), locale.t("calendar-opens"))
                        />
                        <small class="field-error">{move || opens_msg.get()}</small>
                    </td>
                    <td>
                        <input
                            type="datetime-local"
                            name=closes_name.clone()
                            id=format!("field-{closes_name}")
                            value=closes
                            aria-label=format!("{} — {}", locale.t(&p.kind.label_key()), locale.t("calendar-closes"))
                        />
                        <small class="field-error">{move || closes_msg.get()}</small>
                    </td>
                </tr>
            }
        })
        .collect_view()
}

/// The editions (`/admin/editions`): every edition, newest first, with a way to ask the
/// experts of the year before back onto its panels; and the start form of the next one.
#[component]
pub fn EditionsPage() -> impl IntoView {
    let locale = use_locale();
    let data = OnceResource::new(get_editions_admin());
    let done = use_query_map().with_untracked(|q| {
        q.get("started")
            .map(|y| locale.t_args("editions-started", &[("year", y)]))
            .or_else(|| {
                q.get("returned")
                    .and_then(|n| n.parse::<i64>().ok())
                    .map(|n| locale.t_number("editions-returned", "count", n))
            })
    });
    view! {
        <PageTitle text=locale.t("editions-admin-title") />
        <crate::ui::AdminNav />
        <section>
            <h1>{locale.t("editions-admin-title")}</h1>
            {done.map(|m| view! { <p class="notice" role="status" data-testid="editions-done">{m}</p> })}
            <Suspense fallback=|| ()>
                {move || data.get().map(|r| match r {
                    Ok(admin) => view! { <Editions admin /> }.into_any(),
                    Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Editions(admin: EditionsAdmin) -> impl IntoView {
    let locale = use_locale();
    let returning = ServerAction::<InviteReturningExperts>::new();
    let returning_state = FormState::of(returning);
    let rows = admin
        .editions
        .into_iter()
        .map(|e| {
            let year = e.year.to_string();
            view! {
                <tr data-testid="edition-row" data-year=e.year>
                    <th scope="row">
                        {e.title}
                        {e.current.then(|| view! { " " <span class="badge">{locale.t("editions-current")}</span> })}
                    </th>
                    <td>{e.opens}</td>
                    <td>{e.closes}</td>
                    <td>
                        <a href=format!("/admin/categories?edition={year}")>{e.categories}</a>
                        " · " <a href=format!("/admin/edition?edition={year}")>{locale.t("calendar-title")}</a>
                    </td>
                    <td>{e.experts}</td>
                    <td>
                        {(e.returning > 0).then(|| view! {
                            <ActionForm action=returning>
                                <input type="hidden" name="year" value=year.clone() />
                                <button type="submit" data-testid="editions-returning">
                                    {locale.t_number("editions-invite-returning", "count", i64::try_from(e.returning).unwrap_or(0))}
                                </button>
                            </ActionForm>
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <FormError state=returning_state />
        <table class="editions">
            <caption class="visually-hidden">{locale.t("editions-admin-title")}</caption>
            <thead>
                <tr>
                    <th scope="col">{locale.t("editions-edition")}</th>
                    <th scope="col">{locale.t("editions-first-opens")}</th>
                    <th scope="col">{locale.t("editions-last-closes")}</th>
                    <th scope="col">{locale.t("categories-title")}</th>
                    <th scope="col">{locale.t("editions-experts")}</th>
                    <th scope="col">{locale.t("editions-returning")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {admin.next.map(|next| view! { <StartForm next /> })}
    }
}

/// The start form of the next edition: the proposed calendar, editable, and what it copies.
#[component]
fn StartForm(next: NextEditionForm) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<StartNextEdition>::new();
    let state = FormState::of(action);
    let heading = locale.t_args("editions-start-title", &[("year", next.year.to_string())]);
    view! {
        <h2 id="start-next">{heading}</h2>
        <p class="hint">{locale.t_args("editions-start-intro", &[("from", next.from_year.to_string())])}</p>
        <ActionForm action=action attr:class="form wide" attr:novalidate=true attr:data-testid="editions-start">
            <FormError state />
            <input type="hidden" name="from_year" value=next.from_year.to_string() />
            <CalendarFields state title=next.title.clone() time_zone=next.time_zone.clone() phases=next.phases.clone() />
            <button type="submit" class="primary" data-testid="editions-start-submit">{locale.t("editions-start")}</button>
        </ActionForm>
    }
}
