//! Pictures of submissions: every accepted format, and how long others may keep them.

use reqwest::StatusCode;

use crate::{
    helpers::{TestApp, client, description, form, new_draft, spawn_app},
    nominations::upload,
};

fn encoded(format: image::ImageFormat) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(640, 400, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    }))
    .write_to(&mut out, format)
    .unwrap_or_else(|e| panic!("{e}"));
    out.into_inner()
}

async fn picture_id(app: &TestApp, id: &str) -> i64 {
    let view = app.submission(id).await;
    view.picture_id
        .unwrap_or_else(|| panic!("no picture: {view:?}"))
}

#[tokio::test]
async fn jpeg_and_webp_pictures_are_accepted_and_re_encoded() {
    let app = spawn_app().await;
    app.signed_in_account("formats@example.org").await;
    let id = new_draft(&app, "C7.6").await;
    for (format, name) in [
        (image::ImageFormat::Jpeg, "photo.jpg"),
        (image::ImageFormat::WebP, "photo.webp"),
    ] {
        let location = upload(&app, &id, encoded(format), name).await;
        assert_eq!(location, format!("/submissions/{id}?picture=1"), "{name}");
        let picture = picture_id(&app, &id).await;
        let res = app
            .client
            .get(app.url(&format!("/pictures/{picture}")))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(res.status(), StatusCode::OK);
        let bytes = res.bytes().await.expect("the response bytes");
        let img = image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!((img.width(), img.height()), (640, 400), "{name}");
        // Stored re-encoded (JPEG for an opaque picture), whatever came in.
        assert_eq!(
            image::guess_format(&bytes).ok(),
            Some(image::ImageFormat::Jpeg)
        );
    }
}

#[tokio::test]
async fn a_public_picture_is_cached_briefly_and_disappears_once_its_submission_leaves_the_contest()
{
    let app = spawn_app().await;
    app.signed_in_account("public-pic@example.org").await;
    let id = new_draft(&app, "C7.7").await;
    let good = description("Farm", 170);
    app.call(
        "nominations/save-submission",
        &form(&id, "Farm Prices", "Agri Coop", &good),
    )
    .await;
    upload(&app, &id, encoded(image::ImageFormat::Png), "logo.png").await;
    let picture = picture_id(&app, &id).await;
    // A draft's picture is private: the member sees it, nobody keeps it.
    let private = app
        .client
        .get(app.url(&format!("/pictures/{picture}")))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        private
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("private, no-store")
    );
    app.call("nominations/submit-submission", &[("id", &id)])
        .await;
    let secretariat = crate::helpers::other_person(&app, "pic-screen-holder@example.org").await;
    secretariat.call("accounts/logout", &[]).await;
    secretariat
        .signed_in_secretariat("pic-screen@itu.example")
        .await;
    secretariat.allow_screening_during_submission().await;
    secretariat.decide(&id, "eligible", "", "").await;

    let anonymous = client();
    let res = anonymous
        .get(app.url(&format!("/pictures/{picture}/thumb")))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("public, max-age=300")
    );
    let etag = res
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .expect("an ETag header")
        .to_owned();
    assert!(!etag.is_empty());
    // Already compressed: sent as it is, even to a browser that accepts brotli.
    let as_is = anonymous
        .get(app.url(&format!("/pictures/{picture}")))
        .header("accept-encoding", "gzip, br")
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(as_is.status(), StatusCode::OK);
    assert_eq!(as_is.headers().get("content-encoding"), None);
    let again = anonymous
        .get(app.url(&format!("/pictures/{picture}/thumb")))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);

    // Withdrawn: anonymous visitors get nothing, and nothing they may keep.
    app.call(
        "nominations/withdraw-submission",
        &[("id", &id), ("reason", "")],
    )
    .await;
    for path in [
        format!("/pictures/{picture}"),
        format!("/pictures/{picture}/thumb"),
    ] {
        let res = anonymous
            .get(app.url(&path))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(
            res.headers()
                .get("cache-control")
                .and_then(|v| v.to_str().ok()),
            Some("no-store")
        );
    }
}

#[tokio::test]
async fn picture_uploads_are_rate_limited_per_account() {
    let app = crate::helpers::spawn_app_with(crate::helpers::Options {
        quotas: app::limits::Quotas {
            uploads_per_hour: 2,
            ..crate::helpers::Options::default().quotas
        },
        ..crate::helpers::Options::default()
    })
    .await;
    app.signed_in_account("many-pics@example.org").await;
    let id = new_draft(&app, "C1").await;
    for _ in 0..2 {
        let location = upload(&app, &id, encoded(image::ImageFormat::Png), "a.png").await;
        assert!(location.ends_with("?picture=1"), "{location}");
    }
    let page = upload(&app, &id, encoded(image::ImageFormat::Png), "a.png").await;
    assert!(page.starts_with("429"), "{}", &page[..page.len().min(80)]);
}
