//! Public edition pages (home, category) and the secretariat's calendar page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    CalendarForm, CategorySummary, PhaseState, Standing, UpdateCalendar, calendar_form,
    category_detail, current_edition,
};
use crate::{
    error::AppError,
    i18n::{Locale, use_locale},
    ui::{Field, FormError, FormState, echoed},
};

/// "Submission is open until …" / "Public voting opens on …" / "This edition is over".
#[component]
pub fn StandingBanner(standing: Standing) -> impl IntoView {
    let locale = use_locale();
    let when = standing.when.unwrap_or_default();
    let text = match standing.state {
        PhaseState::Open { kind, .. } => locale.t_args(
            "standing-open",
            &[("phase", locale.t(&kind.label_key())), ("when", when)],
        ),
        PhaseState::Upcoming { next, .. } => locale.t_args(
            "standing-upcoming",
            &[("phase", locale.t(&next.label_key())), ("when", when)],
        ),
        PhaseState::Over => locale.t("standing-over"),
    };
    let class = match standing.state {
        PhaseState::Open { .. } => "standing open",
        _ => "standing",
    };
    view! { <p class=class data-testid="standing">{text}</p> }
}

fn category_card(c: CategorySummary, locale: Locale) -> impl IntoView {
    let href = format!("/categories/{}", c.code);
    view! {
        <li class="category-card">
            <a href=href>
                <span class="code">{c.code.clone()}</span>
                <span class="title">{c.title}</span>
            </a>
            <p class="counts">
                {locale.t_args(
                    "category-counts",
                    &[
                        ("nominees", locale.format_count(c.nominees.into())),
                        ("champions", locale.format_count(c.champions.into())),
                        ("winners", locale.format_count(c.winners.into())),
                    ],
                )}
            </p>
        </li>
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let overview = OnceResource::new(current_edition());
    view! {
        <Title text=locale.t("site-name") />
        <Suspense fallback=|| ()>
            {move || {
                overview
                    .get()
                    .map(|r| match r {
                        Ok(Some(o)) => {
                            view! {
                                <section class="hero">
                                    <p class="eyebrow">{locale.t("home-eyebrow")}</p>
                                    <h1>{o.title.clone()}</h1>
                                    <p class="lead">{locale.t("home-lead")}</p>
                                    <StandingBanner standing=o.standing.clone() />
                                </section>
                                <section>
                                    <h2>{locale.t("home-calendar")}</h2>
                                    <ol class="calendar">
                                        {o
                                            .phases
                                            .into_iter()
                                            .map(|p| {
                                                view! {
                                                    <li class:current=p.is_open>
                                                        <strong>{locale.t(&p.kind.label_key())}</strong>
                                                        <span>{p.opens} " → " {p.closes}</span>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ol>
                                </section>
                                <section>
                                    <h2>{locale.t("home-categories")}</h2>
                                    <ul class="categories">
                                        {o.categories.into_iter().map(|c| category_card(c, locale)).collect_view()}
                                    </ul>
                                </section>
                            }
                                .into_any()
                        }
                        Ok(None) => view! { <p>{locale.t("home-no-edition")}</p> }.into_any(),
                        Err(e) => view! { <p class="form-error">{e.summary(locale)}</p> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

#[component]
pub fn CategoryPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let detail = Resource::new(
        move || params.with(|p| p.get("code").unwrap_or_default()),
        category_detail,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || {
                detail
                    .get()
                    .map(|r| match r {
                        Ok(d) => {
                            let c = d.category;
                            view! {
                                <Title text=format!("{} {} · {}", c.code, c.title, d.edition_title) />
                                <nav class="crumbs">
                                    <a href="/">{d.edition_title.clone()}</a>
                                    " / "
                                    {c.code.clone()}
                                </nav>
                                <section class="hero">
                                    <p class="eyebrow">{locale.t_args("category-eyebrow", &[("code", c.code.clone())])}</p>
                                    <h1>{c.title.clone()}</h1>
                                    <p class="lead">{c.description.clone()}</p>
                                    <StandingBanner standing=d.standing />
                                </section>
                                <dl class="facts">
                                    <dt>{locale.t("category-nominees")}</dt>
                                    <dd>{locale.format_count(c.nominees.into())}</dd>
                                    <dt>{locale.t("category-champions")}</dt>
                                    <dd>{locale.format_count(c.champions.into())}</dd>
                                    <dt>{locale.t("category-winners")}</dt>
                                    <dd>{locale.format_count(c.winners.into())}</dd>
                                </dl>
                            }
                                .into_any()
                        }
                        Err(AppError::NotFound) => {
                            view! {
                                <h1>{locale.t("error-not-found")}</h1>
                                <p>
                                    <a href="/">{locale.t("nav-home")}</a>
                                </p>
                            }
                                .into_any()
                        }
                        Err(e) => view! { <p class="form-error">{e.summary(locale)}</p> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

#[component]
pub fn CalendarPage() -> impl IntoView {
    let locale = use_locale();
    let form = OnceResource::new(calendar_form());
    view! {
        <Title text=locale.t("calendar-title") />
        <section>
            <h1>{locale.t("calendar-title")}</h1>
            <Suspense fallback=|| ()>
                {move || {
                    form.get()
                        .map(|r| match r {
                            Ok(f) => view! { <CalendarEditor form=f /> }.into_any(),
                            Err(e) => view! { <p class="form-error">{e.summary(locale)}</p> }.into_any(),
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
    let state = FormState::new(move || action.value().get());
    let saved = move || {
        use_query_map().with_untracked(|q| q.get("saved").is_some())
            || matches!(action.value().get(), Some(Ok(())))
    };
    let pick = |name: String, stored: String| {
        let typed = use_query_map().with_untracked(|q| q.get(&name).unwrap_or_default());
        if typed.is_empty() { stored } else { typed }
    };
    let rows = form
        .phases
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
        .collect_view();
    view! {
        <Show when=saved>
            <p class="notice" role="status">{locale.t("calendar-saved")}</p>
        </Show>
        <ActionForm action=action attr:class="form wide" attr:novalidate=true>
            <FormError state />
            <input type="hidden" name="edition_id" value=form.edition_id.to_string() />
            <Field state name="title" label=locale.t("calendar-edition-title") value=pick("title".into(), form.title.clone()) required=true />
            <Field
                state
                name="time_zone"
                label=locale.t("calendar-time-zone")
                value=pick("time_zone".into(), form.time_zone.clone())
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
                <tbody>{rows}</tbody>
            </table>
            <Field state name="reason" label=locale.t("calendar-reason") value=echoed("reason") hint=locale.t("calendar-reason-hint") />
            <button type="submit" class="primary">{locale.t("calendar-save")}</button>
        </ActionForm>
    }
}
