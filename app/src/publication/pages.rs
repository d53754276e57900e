//! The stories' pages: a story's page where its owners write it and the secretariat edits,
//! asks for changes and approves (`/stories/ID`); the secretariat's list and invitation form
//! (`/admin/stories`); and the book's web edition (`/book`), with its PDF beside it. Plain
//! forms and server-rendered pages: no script.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    ApproveStory, AskStoryChanges, Book, BookEntry, InviteStories, SaveStory, Section,
    StoriesOverview, StoryStatus, StoryView, get_book, get_stories, get_story,
};
use crate::{
    error::AppError,
    i18n::use_locale,
    ui::{AdminNav, Field, FormError, FormState, PageTitle, TextArea, error_summary, message},
};

/// The endpoint of a story's picture upload, a plain multipart form (not a server
/// function): a failed upload is answered with the story's page and this form's message.
pub const PICTURE_ENDPOINT: &str = "/stories/picture";

/// A story's page (`/stories/ID`, ID the project's).
#[component]
pub fn StoryPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let id = params
        .with_untracked(|p| p.get("id"))
        .and_then(|v| v.parse::<i64>().ok())
        .unwrap_or(0);
    let story = OnceResource::new(get_story(id));
    view! {
        <Suspense fallback=|| ()>
            {move || story.get().map(|r| match r {
                Ok(s) => view! { <Story story=s /> }.into_any(),
                Err(e) => view! {
                    <PageTitle text=locale.t("story-title") />
                    <h1>{locale.t("story-title")}</h1>
                    <p class="form-error">{error_summary(&e)}</p>
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Story(story: StoryView) -> impl IntoView {
    let locale = use_locale();
    let save = ServerAction::<SaveStory>::new();
    let state = FormState::of(save);
    let ask = ServerAction::<AskStoryChanges>::new();
    let ask_state = FormState::of(ask);
    let approve = ServerAction::<ApproveStory>::new();
    let approve_state = FormState::of(approve);
    let done = use_query_map().with_untracked(|q| {
        ["saved", "sent", "asked", "approved", "picture"]
            .into_iter()
            .find(|k| q.get(k).is_some())
    });
    let title = format!("{} · {}", locale.t("story-title"), story.title);
    let id = story.submission_id.to_string();
    let (id_approve, id_ask) = (id.clone(), id.clone());
    let sendable = !story.secretariat
        && matches!(
            story.status,
            StoryStatus::Invited | StoryStatus::Draft | StoryStatus::ChangesAsked
        );
    let reviewable = story.secretariat && story.status != StoryStatus::Approved;
    // The picture form is a plain upload: a failed one comes back with the page.
    let picture_message = FormState::plain(PICTURE_ENDPOINT).field_message("picture");
    view! {
        {story.secretariat.then(|| view! { <AdminNav /> })}
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <p class="lead" data-testid="story-lead">
            {format!("{} · {}", story.category_code, story.organisation)}
            {story.award.as_ref().map(|a| format!(" · {}", locale.t(&format!("award-{a}"))))}
        </p>
        {done.map(|k| view! {
            <p class="notice" role="status" data-testid="story-done">{locale.t(&format!("story-done-{k}"))}</p>
        })}
        <p data-testid="story-status">
            <strong>{locale.t("story-status")}</strong>" "
            <span class="badge" data-status=story.status.code()>{locale.t(&story.status.label_key())}</span>
            " · "{locale.t_args("story-deadline", &[("when", story.deadline.clone())])}
        </p>
        {story.changes_asked.clone().map(|m| view! {
            <div class="notice warn" role="note" data-testid="story-changes-asked">
                <p><strong>{locale.t("story-changes-asked")}</strong></p>
                <p class="pre-line">{m}</p>
            </div>
        })}
        <p class="hint">{locale.t("story-intro")}</p>
        <ActionForm action=save attr:class="form" attr:data-testid="story-form">
            <FormError state />
            <input type="hidden" name="id" value=id />
            {Section::ALL.iter().map(|section| {
                let name = section.code();
                let field_id = format!("story-{name}");
                let hint_id = format!("{field_id}-hint");
                let message = state.field_message(name);
                let hint = format!(
                    "{} {}",
                    locale.t(&section.hint_key()),
                    locale.t_number("story-max-words", "count", i64::try_from(section.max_words()).unwrap_or(0)),
                );
                view! {
                    <div class="field" class:has-error=move || message.get().is_some()>
                        <label for=field_id.clone()>
                            {locale.t(&section.label_key())}
                            {section.required().then_some(" *")}
                        </label>
                        <TextArea name=name id=field_id.clone() described_by=hint_id.clone()
                            value=state.value_or(name, story.form.section(*section).to_owned()) rows=8 />
                        <small id=hint_id class="hint">{hint}</small>
                        <small class="field-error">{move || message.get()}</small>
                    </div>
                }
            }).collect_view()}
            {story.can_edit.then(|| view! {
                <div class="actions">
                    <button type="submit" data-testid="story-save">{locale.t("story-save")}</button>
                    {sendable.then(|| view! {
                        <button type="submit" class="primary" name="send" value="1" data-testid="story-send">{locale.t("story-send")}</button>
                    })}
                </div>
            })}
        </ActionForm>
        <section class="story-picture">
            <h2>{locale.t("story-picture")}</h2>
            {story.picture_id.map(|p| view! {
                <img class="thumb" src=format!("/pictures/{p}/thumb") alt=locale.t("story-picture-alt") data-testid="story-picture" />
            })}
            {story.can_edit.then(|| view! {
                <form method="post" enctype="multipart/form-data" action=format!("/stories/{}/picture", story.submission_id) class="form">
                    <div class="field">
                        <label for="story-picture-file">{locale.t("submission-picture-choose")}</label>
                        <input id="story-picture-file" type="file" name="picture" accept="image/png,image/jpeg,image/webp" />
                        <small class="hint">{locale.t_args("submission-picture-hint", &[("mb", story.picture_max_mb.to_string())])}</small>
                        <small class="field-error">{move || picture_message.get()}</small>
                    </div>
                    <button type="submit">{locale.t("submission-picture-upload")}</button>
                </form>
            })}
        </section>
        {reviewable.then(|| view! {
            <h2>{locale.t("story-review-title")}</h2>
            <ActionForm action=approve attr:class="form inline">
                <FormError state=approve_state />
                <input type="hidden" name="id" value=id_approve />
                <button type="submit" class="primary" data-testid="story-approve">{locale.t("story-approve")}</button>
            </ActionForm>
            <ActionForm action=ask attr:class="form">
                <FormError state=ask_state />
                <input type="hidden" name="id" value=id_ask />
                <div class="field">
                    <label for="story-message">{locale.t("story-message")}</label>
                    <TextArea name="message" id="story-message" value=ask_state.value_or("message", String::new()) rows=4 />
                    <small class="field-error">{move || ask_state.field_message("message").get()}</small>
                </div>
                <button type="submit" data-testid="story-ask">{locale.t("story-ask")}</button>
            </ActionForm>
        })}
    }
}

/// The secretariat's list of stories (`/admin/stories`).
#[component]
pub fn StoriesAdminPage() -> impl IntoView {
    let locale = use_locale();
    let edition = use_query_map()
        .with_untracked(|q| q.get("edition"))
        .unwrap_or_default();
    let data = OnceResource::new(get_stories(edition));
    view! {
        <AdminNav />
        <PageTitle text=locale.t("stories-admin-title") />
        <h1>{locale.t("stories-admin-title")}</h1>
        <Suspense fallback=|| ()>
            {move || data.get().map(|r| match r {
                Ok(o) => view! { <Stories overview=o /> }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Stories(overview: StoriesOverview) -> impl IntoView {
    let locale = use_locale();
    let invite = ServerAction::<InviteStories>::new();
    let state = FormState::of(invite);
    let invited = use_query_map().with_untracked(|q| q.get("invited"));
    let uninvited = overview.rows.iter().any(|r| r.status.is_none());
    view! {
        {invited.map(|n| view! {
            <p class="notice" role="status" data-testid="stories-invited">
                {locale.t_number("stories-invited", "count", n.parse().unwrap_or(0))}
            </p>
        })}
        <p data-testid="stories-missing">
            {locale.t_number("stories-missing", "count", i64::try_from(overview.missing).unwrap_or(0))}
            " "<a href=format!("/book?edition={}", overview.year)>{locale.t("book-preview")}</a>
        </p>
        {uninvited.then(|| view! {
            <ActionForm action=invite attr:class="form" attr:data-testid="stories-invite">
                <FormError state />
                <input type="hidden" name="edition" value=overview.year.to_string() />
                <Field state name="deadline" kind="datetime-local" label=locale.t("stories-deadline")
                    value=overview.suggested_deadline.clone() required=true />
                <button type="submit" class="primary">{locale.t("stories-invite")}</button>
            </ActionForm>
        })}
        <table class="ranking" data-testid="stories-list">
            <thead><tr>
                <th>{locale.t("category")}</th>
                <th>{locale.t("submission-title")}</th>
                <th>{locale.t("review-decision")}</th>
                <th>{locale.t("story-status")}</th>
            </tr></thead>
            <tbody>
                {overview.rows.into_iter().map(|r| {
                    let status = r.status.map_or_else(|| locale.t("story-status-none"), |s| locale.t(&s.label_key()));
                    let link = r.status.is_some().then(|| format!("/stories/{}", r.submission_id));
                    view! {
                        <tr data-testid="story-row" data-submission=r.submission_id.to_string()
                            data-status=r.status.map(StoryStatus::code).unwrap_or("none")>
                            <td>{r.category_code}</td>
                            <td>
                                {match link {
                                    Some(href) => view! { <a href=href>{r.title.clone()}</a> }.into_any(),
                                    None => view! { <span>{r.title.clone()}</span> }.into_any(),
                                }}
                                <br /><small>{r.organisation}</small>
                            </td>
                            <td>{locale.t(&format!("award-{}", r.award))}</td>
                            <td>{status}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The book's web edition (`/book`, `?edition=YEAR` for another year).
#[component]
pub fn BookPage() -> impl IntoView {
    let locale = use_locale();
    let edition = use_query_map()
        .with_untracked(|q| q.get("edition"))
        .unwrap_or_default();
    let book = OnceResource::new(get_book(edition));
    view! {
        <Suspense fallback=|| ()>
            {move || book.get().map(|r| match r {
                Ok(b) => view! { <BookView book=b /> }.into_any(),
                Err(e) => view! {
                    <PageTitle text=locale.t("book-title") />
                    <h1>{locale.t("book-title")}</h1>
                    <p class="form-error" data-testid="book-error">{match &e {
                        AppError::NotFound => locale.t("book-none"),
                        _ => e.field("edition").map_or_else(|| error_summary(&e), message),
                    }}</p>
                }.into_any(),
            })}
        </Suspense>
    }
}

/// The anchor of an entry in the book.
fn anchor(e: &BookEntry) -> String {
    format!("project-{}", e.submission_id)
}

#[component]
fn BookView(book: Book) -> impl IntoView {
    let locale = use_locale();
    let title = locale.t_args("book-edition-title", &[("year", book.year.to_string())]);
    let pdf = format!("/book/{}.pdf", book.year);
    view! {
        <PageTitle text=title.clone() />
        <article class="book" lang="en">
            <h1>{title}</h1>
            <p class="lead">{book.edition_title.clone()}</p>
            {book.preview.then(|| view! {
                <p class="notice warn" role="note" data-testid="book-preview">{locale.t("book-preview-note")}</p>
            })}
            <p>
                <a href=pdf.clone() data-testid="book-pdf" download>{locale.t("book-download")}</a>
                " · " <a href="/editions" data-testid="editions-link">{locale.t("archive-link")}</a>
            </p>
            {book.ledger_head.clone().map(|head| view! {
                <p data-testid="book-ledger-head">{locale.t("book-ledger-head")} " " <code>{head}</code></p>
            })}
            <nav aria-labelledby="book-contents" data-testid="book-contents">
                <h2 id="book-contents">{locale.t("book-contents")}</h2>
                <ol>
                    {book.chapters.iter().map(|c| view! {
                        <li>
                            <a href=format!("#category-{}", c.category_code)>{format!("{} {}", c.category_code, c.category_title)}</a>
                            <ol>
                                {c.entries.iter().map(|e| view! {
                                    <li><a href=format!("#{}", anchor(e))>{e.title.clone()}</a>
                                    " — "{e.organisation.clone()}" ("{locale.t(&format!("award-{}", e.award))}")"</li>
                                }).collect_view()}
                            </ol>
                        </li>
                    }).collect_view()}
                </ol>
            </nav>
            {book.chapters.into_iter().map(|c| view! {
                <section id=format!("category-{}", c.category_code) class="book-chapter">
                    <h2>{format!("{} {}", c.category_code, c.category_title)}</h2>
                    {c.entries.into_iter().map(|e| view! { <Entry entry=e /> }).collect_view()}
                </section>
            }).collect_view()}
        </article>
    }
}

#[component]
fn Entry(entry: BookEntry) -> impl IntoView {
    let locale = use_locale();
    let id = anchor(&entry);
    view! {
        <section id=id class="book-entry" data-testid="book-entry" data-award=entry.award.clone()>
            <h3><a href=format!("/projects/{}", entry.submission_id)>{entry.title.clone()}</a></h3>
            <p class="meta">
                {format!("{} · {} · ", entry.organisation, entry.country)}
                <span class="badge">{locale.t(&format!("award-{}", entry.award))}</span>
            </p>
            {entry.stand_in.clone().map(|text| view! {
                <p class="notice" role="note" data-testid="book-stand-in">{locale.t("book-stand-in")}</p>
                <p>{text}</p>
            })}
            {entry.sections.into_iter().map(|(section, paragraphs)| view! {
                <h4>{locale.t(&section.label_key())}</h4>
                {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            }).collect_view()}
        </section>
    }
}
