//! How responses travel: pages and JSON compressed for the browsers that accept it (brotli
//! first), pictures as they are.

use app::catalogue::GetCurrentEdition;
use reqwest::StatusCode;

use crate::support::{client, spawn_app};

async fn fetch(
    app: &crate::support::TestApp,
    path: &str,
    encoding: Option<&str>,
) -> reqwest::Response {
    let mut req = client().get(app.url(path));
    if let Some(e) = encoding {
        req = req.header("accept-encoding", e);
    }
    req.send().await.expect("a response")
}

fn header(res: &reqwest::Response, name: &str) -> Option<String> {
    res.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

#[tokio::test]
async fn pages_are_sent_with_brotli_or_gzip_to_the_browsers_that_accept_them() {
    let app = spawn_app().await;
    for path in ["/", "/categories/C7.4", "/login"] {
        let plain = fetch(&app, path, None).await;
        assert_eq!(plain.status(), StatusCode::OK);
        assert_eq!(header(&plain, "content-encoding"), None, "{path}");
        let plain_len = plain.bytes().await.expect("the page").len();

        let br = fetch(&app, path, Some("gzip, deflate, br")).await;
        assert_eq!(br.status(), StatusCode::OK);
        assert_eq!(
            header(&br, "content-encoding").as_deref(),
            Some("br"),
            "{path}"
        );
        // Vary may come as several header lines (the language's and the encoding's).
        let vary: Vec<String> = br
            .headers()
            .get_all("vary")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_ascii_lowercase)
            .collect();
        assert!(
            vary.iter().any(|v| v.contains("accept-encoding")),
            "{path}: caches keep one copy per encoding"
        );
        assert!(
            vary.iter().any(|v| v.contains("accept-language")),
            "{path}: and one per language"
        );
        let br_len = br.bytes().await.expect("the page").len();
        assert!(
            br_len * 2 < plain_len,
            "{path}: {br_len} bytes of brotli for {plain_len}"
        );

        let gzip = fetch(&app, path, Some("gzip")).await;
        assert_eq!(
            header(&gzip, "content-encoding").as_deref(),
            Some("gzip"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn server_function_answers_are_compressed_too() {
    let app = spawn_app().await;
    let res = client()
        .post(app.url_of::<GetCurrentEdition>())
        .header("accept-encoding", "br")
        .send()
        .await
        .expect("a response");
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header(&res, "content-encoding").as_deref(), Some("br"));
}

/// The page's description, as search engines and link previews read it.
fn descriptions(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse(r#"meta[name="description"]"#).expect("a selector");
    doc.select(&selector)
        .filter_map(|m| m.value().attr("content").map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn every_page_carries_one_description_in_the_visitors_language() {
    let app = spawn_app().await;
    for (language, opening) in [
        (None, "The WSIS Prizes, ITU's yearly contest"),
        (Some("fr-CH, fr;q=0.9"), "Les Prix du SMSI"),
        (Some("ar"), "جوائز القمة العالمية لمجتمع المعلومات"),
    ] {
        for path in [
            "/",
            "/categories/C7.4",
            "/login",
            "/register",
            "/no-such-page",
        ] {
            let mut req = client().get(app.url(path));
            if let Some(l) = language {
                req = req.header("accept-language", l);
            }
            let html = req
                .send()
                .await
                .expect("a response")
                .text()
                .await
                .expect("a page");
            let found = descriptions(&html);
            assert_eq!(found.len(), 1, "{path} {language:?}: {found:?}");
            assert!(
                found[0].starts_with(opening),
                "{path} {language:?}: {}",
                found[0]
            );
        }
    }
}

/// A script's `type`, `src` and `nonce`, and whether it has a body.
type Script = (Option<String>, Option<String>, Option<String>, bool);

/// The scripts of a page.
/// Leptos ends every page with two tiny inline scripts of bookkeeping (empty lists of
/// resources, with the page's nonce), which load nothing: those are left out.
fn scripts(html: &str) -> Vec<Script> {
    let doc = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse("script").expect("a selector");
    doc.select(&selector)
        .filter(|s| {
            let body = s.inner_html();
            !(s.value().attr("src").is_none()
                && (body == "__INCOMPLETE_CHUNKS=[];"
                    || body.starts_with("__RESOLVED_RESOURCES=[];")))
        })
        .map(|s| {
            let attr = |n: &str| s.value().attr(n).map(str::to_owned);
            (
                attr("type"),
                attr("src"),
                attr("nonce"),
                !s.inner_html().trim().is_empty(),
            )
        })
        .collect()
}

#[tokio::test]
async fn pages_without_islands_carry_no_script_and_name_no_wasm() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/categories/C7.4",
        "/login",
        "/register",
        "/no-such-page",
    ] {
        let (_, html) = app.get_page(path).await;
        assert_eq!(scripts(&html), vec![], "{path}");
        assert!(!html.contains(".wasm"), "{path} names no wasm");
        assert!(!html.contains("modulepreload"), "{path} preloads nothing");
    }
    app.signed_in_account("owner@example.org").await;
    for path in ["/submissions", "/account"] {
        let (_, html) = app.get_page(path).await;
        assert_eq!(scripts(&html), vec![], "{path}");
    }
}

#[tokio::test]
async fn the_submission_form_loads_its_islands_with_the_pages_nonce() {
    let app = spawn_app().await;
    app.signed_in_account("owner@example.org").await;
    let id = crate::support::new_draft(&app, "C3").await;
    let res = app
        .client
        .get(app.url(&format!("/submissions/{id}")))
        .send()
        .await
        .expect("a response");
    let policy = header(&res, "content-security-policy").expect("a policy");
    let html = res.text().await.expect("a page");
    let found = scripts(&html);
    assert_eq!(found.len(), 1, "one loader: {found:?}");
    let (kind, src, nonce, has_body) = &found[0];
    assert_eq!(kind.as_deref(), Some("module"));
    assert_eq!(src, &None, "inline");
    assert!(has_body);
    let nonce = nonce.as_deref().expect("the loader carries a nonce");
    assert!(policy.contains(&format!("'nonce-{nonce}'")), "{policy}");
    let count = |island: &str| html.matches(&format!("data-component=\"{island}_")).count();
    assert_eq!(
        count("WordCount"),
        5,
        "the short description and four long texts"
    );
    assert_eq!(count("MissingList"), 1);
    assert_eq!(html.matches("<leptos-island").count(), 6, "no other island");
}
