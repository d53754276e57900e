//! Pictures and logos of submissions. The type is decided from the bytes, never from the
//! name or the declared type; the image is decoded within size limits (so a decompression
//! bomb fails before it allocates) and encoded again as PNG (when it has transparency) or
//! JPEG, so that nothing else the file carried rides along. A thumbnail is made for lists.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, ImageReader, Limits};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::rules::SubmissionStatus;
use crate::{
    auth::{Actor, Role},
    entity::{picture, submission, submission_member},
    error::DomainError,
    state::AppContext,
};

/// Widest side of a thumbnail, in pixels.
pub const THUMB_SIDE: u32 = 480;

/// A picture ready to store.
#[derive(Debug)]
pub struct Processed {
    pub content_type: &'static str,
    pub data: Vec<u8>,
    pub thumb_content_type: &'static str,
    pub thumb: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

fn encode(img: &DynamicImage) -> Result<(&'static str, Vec<u8>), &'static str> {
    let mut out = Cursor::new(Vec::new());
    if img.color().has_alpha() {
        img.write_to(&mut out, ImageFormat::Png)
            .map_err(|_| "picture-not-image")?;
        Ok(("image/png", out.into_inner()))
    } else {
        img.to_rgb8()
            .write_to(&mut out, ImageFormat::Jpeg)
            .map_err(|_| "picture-not-image")?;
        Ok(("image/jpeg", out.into_inner()))
    }
}

/// Checks and re-encodes an upload. CPU-bound: call it off the async runtime.
///
/// # Errors
/// The translation key of what is wrong with the file.
pub fn process(bytes: &[u8], max_bytes: usize, max_side: u32) -> Result<Processed, &'static str> {
    if bytes.is_empty() {
        return Err("picture-required");
    }
    if bytes.len() > max_bytes {
        return Err("picture-too-large");
    }
    let format = image::guess_format(bytes).map_err(|_| "picture-not-image")?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP
    ) {
        return Err("picture-not-image");
    }
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|_| "picture-not-image")?;
    if width == 0 || height == 0 {
        return Err("picture-not-image");
    }
    if width > max_side || height > max_side {
        return Err("picture-too-many-pixels");
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(max_side);
    limits.max_image_height = Some(max_side);
    // Four bytes a pixel at the largest size allowed, and some room for the decoder.
    limits.max_alloc = Some(u64::from(max_side) * u64::from(max_side) * 4 + 16 * 1024 * 1024);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    let img = reader.decode().map_err(|_| "picture-not-image")?;
    let (content_type, data) = encode(&img)?;
    let thumb_img = img.thumbnail(THUMB_SIDE, THUMB_SIDE);
    let (thumb_content_type, thumb) = encode(&thumb_img)?;
    Ok(Processed {
        content_type,
        data,
        thumb_content_type,
        thumb,
        width,
        height,
    })
}

/// Replaces the picture of a submission its member is editing.
///
/// # Errors
/// Unauthenticated; not found (also for someone else's submission); locked; invalid picture.
#[tracing::instrument(skip(ctx, actor, bytes))]
pub async fn upload(
    ctx: &AppContext,
    actor: &Actor,
    submission_id: i64,
    bytes: Vec<u8>,
) -> Result<i64, DomainError> {
    let session = actor.session()?;
    ctx.limits.uploads.check(session.account_id)?;
    // A first look before decoding, so that a locked submission costs no image work ...
    let s = super::queries::find_for_member(&ctx.db, submission_id, session).await?;
    super::queries::ensure_editable(&ctx.db, &s, ctx.clock.now()).await?;
    let (max_bytes, max_side) = (ctx.config.picture_max_bytes, ctx.config.picture_max_side);
    let processed = tokio::task::spawn_blocking(move || process(&bytes, max_bytes, max_side))
        .await
        .map_err(DomainError::internal)?
        .map_err(|k| DomainError::invalid("picture", k))?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    // ... and the check that counts, on the locked row inside the write transaction: the
    // submission may have been sent or decided while the picture was being decoded.
    let s = super::queries::find_for_member(&txn, submission_id, session).await?;
    super::queries::ensure_editable(&txn, &s, now).await?;
    let stored = picture::ActiveModel {
        content_type: Set(processed.content_type.to_owned()),
        byte_size: Set(i32::try_from(processed.data.len()).unwrap_or(i32::MAX)),
        data: Set(processed.data),
        thumb_content_type: Set(processed.thumb_content_type.to_owned()),
        thumb_data: Set(processed.thumb),
        width: Set(i32::try_from(processed.width).unwrap_or(0)),
        height: Set(i32::try_from(processed.height).unwrap_or(0)),
        uploaded_by: Set(Some(session.account_id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    submission::ActiveModel {
        id: sea_orm::Unchanged(s.id),
        picture_id: Set(Some(stored.id)),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    // The replaced picture is no longer used by anything.
    if let Some(old) = s.picture_id {
        picture::Entity::delete_by_id(old).exec(&txn).await?;
    }
    txn.commit().await?;
    Ok(stored.id)
}

/// A stored picture (or its thumbnail) and whether anyone may cache it.
pub struct Served {
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub public: bool,
}

/// A picture, for whoever may see it: anyone once the submission is eligible, otherwise its
/// members and the secretariat.
///
/// # Errors
/// Not found (also when the visitor may not see it).
pub async fn serve(
    ctx: &AppContext,
    actor: &Actor,
    picture_id: i64,
    thumb: bool,
) -> Result<Served, DomainError> {
    let pic = picture::Entity::find_by_id(picture_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let owner = submission::Entity::find()
        .filter(submission::Column::PictureId.eq(pic.id))
        .one(&ctx.db)
        .await?;
    let public = owner
        .as_ref()
        .is_some_and(|s| s.status == SubmissionStatus::Eligible.code());
    if !public {
        let session = actor.session().map_err(|_| DomainError::NotFound)?;
        let member = match &owner {
            Some(s) => submission_member::Entity::find_by_id((s.id, session.account_id))
                .one(&ctx.db)
                .await?
                .is_some(),
            None => pic.uploaded_by == Some(session.account_id),
        };
        if !member && !session.has(Role::Secretariat) {
            return Err(DomainError::NotFound);
        }
    }
    Ok(if thumb {
        Served {
            content_type: pic.thumb_content_type,
            bytes: pic.thumb_data,
            public,
        }
    } else {
        Served {
            content_type: pic.content_type,
            bytes: pic.data,
            public,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32, alpha: bool) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let img = if alpha {
            DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(
                width,
                height,
                image::Rgba([0, 90, 156, 128]),
            ))
        } else {
            DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
                width,
                height,
                image::Rgb([0, 90, 156]),
            ))
        };
        img.write_to(&mut out, ImageFormat::Png).unwrap_or_default();
        out.into_inner()
    }

    #[test]
    fn an_opaque_png_becomes_a_jpeg_with_a_thumbnail() {
        let p = process(&png(1200, 800, false), 5_000_000, 4096).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (p.content_type, p.width, p.height),
            ("image/jpeg", 1200, 800)
        );
        assert_eq!(image::guess_format(&p.data).ok(), Some(ImageFormat::Jpeg));
        let thumb = image::load_from_memory(&p.thumb).unwrap_or_default();
        assert_eq!((thumb.width(), thumb.height()), (480, 320));
    }

    #[test]
    fn a_logo_with_transparency_stays_a_png() {
        let p = process(&png(200, 200, true), 5_000_000, 4096).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.content_type, "image/png");
    }

    #[test]
    fn text_renamed_as_an_image_and_unsupported_formats_are_refused() {
        assert_eq!(
            process(b"<svg onload=alert(1)></svg>", 5_000_000, 4096).err(),
            Some("picture-not-image")
        );
        assert_eq!(
            process(b"GIF89a\x01\x00\x01\x00", 5_000_000, 4096).err(),
            Some("picture-not-image")
        );
        assert_eq!(
            process(b"", 5_000_000, 4096).err(),
            Some("picture-required")
        );
    }

    #[test]
    fn a_file_over_the_size_limit_is_refused_before_decoding() {
        assert_eq!(
            process(&png(100, 100, false), 10, 4096).err(),
            Some("picture-too-large")
        );
    }

    #[test]
    fn a_decompression_bomb_is_refused_from_its_header() {
        // A tiny file that declares 30,000 × 30,000 pixels.
        let bomb = png(30_000, 1, false);
        assert_eq!(
            process(&bomb, 5_000_000, 4096).err(),
            Some("picture-too-many-pixels")
        );
    }
}
