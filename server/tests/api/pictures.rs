//! Pictures of submissions: every accepted format, and how long others may keep them.

use app::{
    accounts::Logout,
    nominations::{SaveSubmission, SubmitSubmission, WithdrawSubmission},
};
use reqwest::StatusCode;
use sea_orm::EntityTrait;

use crate::support::{TestApp, client, description, form, new_draft, spawn_app, upload};

pub(crate) fn encoded(format: image::ImageFormat) -> Vec<u8> {
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
    app.call::<SaveSubmission>(&form(&id, "Farm Prices", "Agri Coop", &good))
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
    app.call::<SubmitSubmission>(&[("id", &id)]).await;
    let secretariat = crate::support::other_person(&app, "pic-screen-holder@example.org").await;
    secretariat.call::<Logout>(&[]).await;
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
    app.call::<WithdrawSubmission>(&[("id", &id), ("reason", "")])
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
    let app = crate::support::spawn_app_with(crate::support::Options {
        quotas: app::limits::Quotas {
            uploads_per_hour: 2,
            ..crate::support::Options::default().quotas
        },
        ..crate::support::Options::default()
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

/// The bytes of `path`, with its type, as `app` gets them.
async fn fetched(app: &TestApp, path: &str) -> (String, Vec<u8>) {
    let res = app
        .client
        .get(app.url(path))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    let kind = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (kind, res.bytes().await.expect("the bytes").to_vec())
}

#[tokio::test]
async fn a_large_picture_is_shown_as_a_copy_of_at_most_1200_pixels_made_once() {
    let app = spawn_app().await;
    app.signed_in_account("large-pic@example.org").await;
    let id = new_draft(&app, "C7.8").await;
    // Wide (within the test's 2,048-pixel limit), half transparent: the copy is a JPEG laid
    // on white.
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(image::RgbaImage::from_fn(2000, 1000, |x, _| {
        image::Rgba([0, 90, 156, if x < 1000 { 255 } else { 0 }])
    }))
    .write_to(&mut out, image::ImageFormat::Png)
    .unwrap_or_else(|e| panic!("{e}"));
    upload(&app, &id, out.into_inner(), "banner.png").await;
    let picture = picture_id(&app, &id).await;

    let (kind, bytes) = fetched(&app, &format!("/pictures/{picture}/display")).await;
    assert_eq!(kind, "image/jpeg");
    let img = image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((img.width(), img.height()), (1200, 600));
    let rgb = img.to_rgb8();
    assert!(
        rgb.get_pixel(300, 300).0[0] < 30,
        "the opaque half keeps its colour"
    );
    assert!(
        rgb.get_pixel(1100, 300).0.iter().all(|c| *c > 225),
        "the clear half is white"
    );
    let (_, thumb) = fetched(&app, &format!("/pictures/{picture}/thumb")).await;
    let thumb = image::load_from_memory(&thumb).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((thumb.width(), thumb.height()), (480, 240));
    // The original stays for its owner.
    let (_, original) = fetched(&app, &format!("/pictures/{picture}")).await;
    let original = image::load_from_memory(&original).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((original.width(), original.height()), (2000, 1000));

    // A picture stored before copies were made gets one on its first request, kept.
    let stored = app::entity::picture::Entity::find_by_id(picture)
        .one(&app.ctx.db)
        .await
        .expect("the pictures")
        .expect("the picture");
    let mut legacy: app::entity::picture::ActiveModel = stored.into();
    legacy.display_content_type = sea_orm::Set(None);
    legacy.display_data = sea_orm::Set(None);
    sea_orm::ActiveModelTrait::update(legacy, &app.ctx.db)
        .await
        .expect("the copy forgotten");
    let (kind, again) = fetched(&app, &format!("/pictures/{picture}/display")).await;
    assert_eq!(kind, "image/jpeg");
    let again = image::load_from_memory(&again).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((again.width(), again.height()), (1200, 600));
    let kept = app::entity::picture::Entity::find_by_id(picture)
        .one(&app.ctx.db)
        .await
        .expect("the pictures")
        .expect("the picture");
    assert!(kept.display_data.is_some_and(|d| !d.is_empty()));

    // A small picture is its own display copy.
    let other = crate::support::other_person(&app, "small-pic@example.org").await;
    let small = new_draft(&other, "C7.3").await;
    upload(
        &other,
        &small,
        encoded(image::ImageFormat::Png),
        "small.png",
    )
    .await;
    let small = picture_id(&other, &small).await;
    let (_, bytes) = fetched(&other, &format!("/pictures/{small}/display")).await;
    let img = image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((img.width(), img.height()), (640, 400));
}
