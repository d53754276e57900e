//! The page shell (`<html>` with the visitor's language and direction), the header with
//! navigation and the language switcher, and the routes.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

use crate::{
    accounts::pages as account_pages,
    admin::pages as admin_pages,
    auth::{Me, Role},
    catalogue::pages as catalogue_pages,
    editions::pages as edition_pages,
    exports::pages as export_pages,
    gallery::pages as gallery_pages,
    i18n::{Locale, PathLocale, use_locale},
    mailings::pages as mailing_pages,
    nominations::pages as nomination_pages,
    notices::{self, pages as notice_pages},
    publication::pages as publication_pages,
    review::pages as review_pages,
    statistics::pages as statistics_pages,
    ui::{PageContext, PageTitle, Posted},
    voting::pages as voting_pages,
};

/// The pages that hold islands (`#[island]`), by path: only they load the script that brings
/// islands to life. Every other page is plain HTML and CSS and downloads no wasm at all.
///
/// The loader has to go in `<head>`, which is rendered before the page's body could tell
/// whether it holds an island, so the choice is made here, from the address.
pub fn has_islands(path: &str) -> bool {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    // The submission form: word counts and the live "still missing" list.
    matches!(segments.as_slice(), ["submissions", id] if id.parse::<i64>().is_ok())
}

/// The application's routes, as the server registers them.
///
/// This and [`render_page`] are the server's only ways into the pages, and both are compiled
/// here, once. A generic function, and the body of any `async fn`, is compiled in the crate
/// that calls it; an optimised build shares no such copy between crates. Called from the
/// server crate, the rendering code of every page was compiled a second time there (it
/// doubled the release build's longest step).
pub fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    leptos_axum::generate_route_list(App)
}

/// Renders a page whole for a request, with the request's context provided first. The
/// future is boxed here, so that its body is compiled in this crate (see [`route_list`]).
#[inline(never)]
pub fn render_page(
    req: axum::extract::Request,
    options: LeptosOptions,
    context: std::sync::Arc<dyn Fn() + Send + Sync>,
) -> std::pin::Pin<Box<dyn Future<Output = axum::response::Response> + Send>> {
    let handler = leptos_axum::render_app_async_with_context(
        move || context(),
        move || shell(options.clone()),
    );
    handler(req)
}

/// The HTML document around the app, rendered on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Nothing outside the islands is hydrated: what the page's resources loaded stays on the
    // server instead of being written into the page for a browser that would not read it.
    if let Some(shared) = Owner::current_shared_context() {
        shared.set_is_hydrating(false);
    }
    let locale = use_locale();
    let islands = use_context::<http::request::Parts>().is_some_and(|p| has_islands(p.uri.path()));
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="icon" href="/favicon.ico" />
                <AutoReload options=options.clone() />
                {islands.then(|| view! { <HydrationScripts options islands=true /> })}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The application: header, routes, footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = use_locale();
    // What the server decided for this request: the site's facts, who is signed in, a failed
    // post to answer.
    let page = use_context::<PageContext>().unwrap_or_default();
    let contact = page.site.contact_email.clone();
    let public_url = page.site.public_url.clone();
    let stylesheet = page.site.stylesheet.clone();
    provide_context(page.site);
    provide_context(Posted(page.posted.map(std::sync::Arc::new)));
    // The header knows who is signed in from the request itself, not from a resource: it is
    // on every page, and a resource read under Suspense can outlive a render that is over.
    let me = page.me;
    view! {
        <Stylesheet id="leptos" href=stylesheet />
        <Title formatter=move |text: String| {
            if text.is_empty() { locale.t("site-name") } else { format!("{text} · {}", locale.t("site-name")) }
        } />
        // What search engines and shared links show under the title, in the visitor's language.
        <Meta name="description" content=locale.t("meta-description") />
        <Meta property="og:description" content=locale.t("meta-description") />
        <Meta property="og:site_name" content=locale.t("site-name") />
        <Meta property="og:type" content="website" />
        <Meta property="og:locale" content=locale.code() />
        <Meta name="twitter:card" content="summary" />
        <Versions base=public_url current=locale />
        <Router>
            <a class="skip" href="#main">{locale.t("nav-skip")}</a>
            <header class="site-header">
                <a class="brand" href="/">
                    <span class="mark" aria-hidden="true">"WSIS"</span>
                    <span>{locale.t("site-name")}</span>
                </a>
                <MainNav me />
                <LanguageSwitcher />
            </header>
            <main id="main">
                <Routes fallback=move || view! { <NotFound /> }>
                    <Route path=path!("/") view=catalogue_pages::HomePage />
                    <Route path=path!("/categories/:code") view=catalogue_pages::CategoryPage />
                    <Route path=path!("/editions") view=catalogue_pages::ArchivePage />
                    <Route path=path!("/editions/:year/categories/:code") view=catalogue_pages::CategoryPage />
                    <Route path=path!("/gallery") view=gallery_pages::GalleryPage />
                    <Route path=path!("/projects/:id") view=gallery_pages::ProjectPage />
                    <Route path=path!("/register") view=account_pages::RegisterPage />
                    <Route path=path!("/register/done") view=account_pages::RegisterDonePage />
                    <Route path=path!("/confirm") view=account_pages::ConfirmPage />
                    <Route path=path!("/login") view=account_pages::LoginPage />
                    <Route path=path!("/forgot") view=account_pages::ForgotPage />
                    <Route path=path!("/reset") view=account_pages::ResetPage />
                    <Route path=path!("/account") view=account_pages::AccountPage />
                    <Route path=path!("/mail/stop") view=account_pages::StopMailPage />
                    <Route path=path!("/submissions") view=nomination_pages::MySubmissionsPage />
                    <Route path=path!("/submissions/:id") view=nomination_pages::SubmissionPage />
                    <Route path=path!("/invitations") view=nomination_pages::InvitationPage />
                    <Route path=path!("/admin/screening") view=nomination_pages::ScreeningQueuePage />
                    <Route path=path!("/admin/screening/:id") view=nomination_pages::ScreeningDetailPage />
                    <Route path=path!("/admin/inbox") view=nomination_pages::InboxPage />
                    <Route path=path!("/admin/mailings") view=mailing_pages::MailingsPage />
                    <Route path=path!("/admin/exports") view=export_pages::ExportsPage />
                    <Route path=path!("/admin/mailings/:id") view=mailing_pages::MailingPage />
                    <Route path=path!("/admin/registry") view=nomination_pages::RegistryPage />
                    <Route path=path!("/admin/accounts") view=admin_pages::AccountsPage />
                    <Route path=path!("/admin/edition") view=edition_pages::CalendarPage />
                    <Route path=path!("/admin/categories") view=edition_pages::CategoriesPage />
                    <Route path=path!("/admin/editions") view=edition_pages::EditionsPage />
                    <Route path=path!("/admin/mail") view=admin_pages::MailPage />
                    <Route path=path!("/admin/audit") view=admin_pages::AuditPage />
                    <Route path=path!("/draw") view=review_pages::DrawPage />
                    <Route path=path!("/vote") view=voting_pages::BallotPage />
                    <Route path=path!("/vote/receipt") view=voting_pages::ReceiptPage />
                    <Route path=path!("/vote/results") view=voting_pages::ResultsPage />
                    <Route path=path!("/statistics") view=statistics_pages::StatisticsPage />
                    <Route path=path!("/admin/vote") view=voting_pages::VoteAdminPage />
                    <Route path=path!("/review") view=review_pages::MyReviewsPage />
                    <Route path=path!("/review/ties") view=review_pages::TiesPage />
                    <Route path=path!("/review/join") view=review_pages::JoinPage />
                    <Route path=path!("/review/:id") view=review_pages::ScoreSheetPage />
                    <Route path=path!("/admin/review") view=review_pages::ReviewAdminPage />
                    <Route path=path!("/admin/review/:round") view=review_pages::RoundPage />
                    <Route path=path!("/admin/review/:round/:category") view=review_pages::RankingPage />
                    <Route path=path!("/stories/:id") view=publication_pages::StoryPage />
                    <Route path=path!("/admin/stories") view=publication_pages::StoriesAdminPage />
                    <Route path=path!("/book") view=publication_pages::BookPage />
                    <Route path=path!("/privacy") view=notice_pages::PrivacyPage />
                    <Route path=path!("/terms") view=notice_pages::TermsPage />
                    <Route path=path!("/problem") view=ProblemPage />
                </Routes>
            </main>
            <footer class="site-footer">
                <p>{locale.t("footer-text")}</p>
                <p>
                    {locale.t("footer-contact")} " "
                    <a href=format!("mailto:{contact}") data-testid="contact">{contact.clone()}</a>
                </p>
                <p>
                    <a href=notices::PRIVACY_PATH data-testid="privacy-link">{locale.t("footer-privacy")}</a>
                    " · "
                    <a href=notices::TERMS_PATH data-testid="terms-link">{locale.t("footer-terms")}</a>
                </p>
            </footer>
        </Router>
    }
}

/// The address of `path_and_query` in `locale`: its language as the first segment.
fn localized(base: &str, locale: Locale, path_and_query: &str) -> String {
    match path_and_query {
        "" | "/" => format!("{base}/{}", locale.code()),
        p if p.starts_with("/?") => format!("{base}/{}{}", locale.code(), &p[1..]),
        p => format!("{base}/{}{p}", locale.code()),
    }
}

/// The page's address in each language (`hreflang`), the one without a language for anyone
/// else (`x-default`), and this version's own as canonical and shared.
#[component]
fn Versions(base: String, current: Locale) -> impl IntoView {
    let parts = use_context::<http::request::Parts>();
    let path = parts
        .as_ref()
        .and_then(|p| p.uri.path_and_query().map(|pq| pq.as_str().to_owned()))
        .unwrap_or_else(|| "/".to_owned());
    // A page addressed in a language (`/fr/…`) is that version; one addressed without is
    // the x-default version, whatever language it was negotiated in.
    let addressed = parts.is_some_and(|p| p.extensions.get::<PathLocale>().is_some());
    let own = if addressed {
        localized(&base, current, &path)
    } else {
        format!("{base}{path}")
    };
    view! {
        <Link rel="canonical" href=own.clone() />
        <Meta property="og:url" content=own />
        <Link rel="alternate" hreflang="x-default" href=format!("{base}{path}") />
        {Locale::ALL.into_iter().map(|l| view! {
            <Link rel="alternate" hreflang=l.code() href=localized(&base, l, &path) />
        }).collect_view()}
    }
}

#[component]
fn MainNav(me: Option<Me>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <nav class="main-nav" aria-label=locale.t("nav-label")>
            <a href="/">{locale.t("nav-home")}</a>
            <a href=gallery_pages::GALLERY_PATH data-testid="nav-gallery">{locale.t("nav-gallery")}</a>
            {match me {
                Some(me) => {
                    let is_secretariat = me.has(Role::Secretariat);
                    view! {
                        {is_secretariat.then(|| view! { <a href="/admin/accounts">{locale.t("nav-admin")}</a> })}
                        {me.has(Role::Expert).then(|| view! { <a href="/review">{locale.t("nav-review")}</a> })}
                        <a href="/vote">{locale.t("nav-vote")}</a>
                        <a href="/submissions">{locale.t("nav-submissions")}</a>
                        <a href="/account" data-testid="me">{me.name.clone()}</a>
                        {(!me.email_confirmed).then(|| view! { <span class="badge warn">{locale.t("account-unconfirmed")}</span> })}
                        <account_pages::LogoutButton />
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <a href="/login">{locale.t("nav-sign-in")}</a>
                        <a href="/register" class="button">{locale.t("nav-register")}</a>
                    }
                        .into_any()
                }
            }}
        </nav>
    }
}

/// Links that set the language cookie and come back to the same page; no JavaScript needed.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let current = use_locale();
    let location = use_location();
    view! {
        <nav class="languages" aria-label=current.t("nav-languages")>
            {Locale::ALL
                .into_iter()
                .map(|l| {
                    let href = move || {
                        // The router gives the query without its `?`.
                        let search = location.search.get();
                        let here = match search.trim_start_matches('?') {
                            "" => location.pathname.get(),
                            query => format!("{}?{query}", location.pathname.get()),
                        };
                        format!("/lang/{}?next={}", l.code(), urlencoding::encode(&here))
                    };
                    view! {
                        // rel=external: a full request to the server, which sets the cookie.
                        <a
                            href=href
                            rel="external"
                            lang=l.code()
                            hreflang=l.code()
                            aria-current=if l == current { Some("true") } else { None }
                        >
                            {l.native_name()}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let locale = use_locale();
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text=locale.t("error-not-found") />
        <h1>{locale.t("error-not-found")}</h1>
        <p>
            <a href="/">{locale.t("nav-home")}</a>
        </p>
    }
}

/// Where a form posted without JavaScript is answered when the site cannot tell which page it
/// came from (no `Referer`): what went wrong, and a way back.
#[component]
fn ProblemPage() -> impl IntoView {
    let locale = use_locale();
    let posted = use_context::<Posted>().and_then(|p| p.0);
    view! {
        <PageTitle text=locale.t("problem-title") />
        <section class="narrow">
            <h1>{locale.t("problem-title")}</h1>
            {match posted {
                Some(p) => {
                    let summary = crate::ui::error_summary(&p.error);
                    let fields: Vec<String> = match &p.error {
                        crate::error::AppError::Invalid(fields) => fields
                            .iter()
                            .map(|f| crate::ui::message(&f.message))
                            .collect(),
                        _ => Vec::new(),
                    };
                    view! {
                        <p class="form-error" role="alert">{summary}</p>
                        <ul>{fields.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
                    }
                        .into_any()
                }
                None => view! { <p>{locale.t("problem-none")}</p> }.into_any(),
            }}
            <p>
                <a href="/">{locale.t("nav-home")}</a>
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::has_islands;

    #[test]
    fn only_the_submission_form_loads_the_island_script() {
        assert!(has_islands("/submissions/12"));
        assert!(has_islands("/submissions/12/"));
        assert!(!has_islands("/submissions"));
        assert!(!has_islands("/submissions/new"));
        assert!(!has_islands("/"));
        assert!(!has_islands("/categories/C1"));
        assert!(!has_islands("/login"));
        assert!(!has_islands("/submissions/12/picture"));
    }
}
