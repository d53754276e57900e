//! How responses travel: pages and JSON compressed for the browsers that accept it (brotli
//! first), pictures as they are.

use reqwest::StatusCode;

use crate::helpers::{client, spawn_app};

async fn fetch(
    app: &crate::helpers::TestApp,
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
        assert!(
            header(&br, "vary").is_some_and(|v| v.to_ascii_lowercase().contains("accept-encoding")),
            "{path}: caches keep one copy per encoding"
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
        .post(app.url("/api/editions/get-current-edition"))
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
