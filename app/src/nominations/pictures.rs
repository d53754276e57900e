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
    codes::ImageType,
    entity::{picture, submission, submission_member},
    error::DomainError,
    state::AppContext,
};

/// Widest side of a thumbnail, in pixels.
pub const THUMB_SIDE: u32 = 480;
/// Widest side of the copy a public page shows, in pixels.
pub const DISPLAY_SIDE: u32 = 1_200;

/// The size a picture of `width` × `height` is shown at: itself when it fits a
/// [`DISPLAY_SIDE`] square, else its display copy's.
pub fn display_size(width: u32, height: u32) -> (u32, u32) {
    if width <= DISPLAY_SIDE && height <= DISPLAY_SIDE {
        (width, height)
    } else {
        thumb_size(width, height, DISPLAY_SIDE)
    }
}

/// The size of the thumbnail of a `width` × `height` picture: scaled to fit a `side` square,
/// as [`DynamicImage::thumbnail`] makes it.
pub fn thumb_size(width: u32, height: u32, side: u32) -> (u32, u32) {
    let (w, h, s) = (
        u64::from(width.max(1)),
        u64::from(height.max(1)),
        u64::from(side),
    );
    let (tw, th) = if w >= h {
        (s, (h * s + w / 2) / w)
    } else {
        ((w * s + h / 2) / h, s)
    };
    (
        u32::try_from(tw.max(1)).unwrap_or(side),
        u32::try_from(th.max(1)).unwrap_or(side),
    )
}

/// A picture ready to store.
#[derive(Debug)]
pub struct Processed {
    pub content_type: ImageType,
    pub data: Vec<u8>,
    pub thumb_content_type: ImageType,
    pub thumb: Vec<u8>,
    /// The display copy, when the picture is larger than that.
    pub display: Option<(ImageType, Vec<u8>)>,
    pub width: u32,
    pub height: u32,
}

fn encode(img: &DynamicImage) -> Result<(ImageType, Vec<u8>), &'static str> {
    let mut out = Cursor::new(Vec::new());
    if img.color().has_alpha() {
        img.write_to(&mut out, ImageFormat::Png)
            .map_err(|_| "picture-not-image")?;
        Ok((ImageType::Png, out.into_inner()))
    } else {
        img.to_rgb8()
            .write_to(&mut out, ImageFormat::Jpeg)
            .map_err(|_| "picture-not-image")?;
        Ok((ImageType::Jpeg, out.into_inner()))
    }
}

/// The display copy of `img`, if it is larger than [`DISPLAY_SIDE`]: a JPEG (transparency
/// laid on white, as the page's background).
fn display_copy(img: &DynamicImage) -> Result<Option<(ImageType, Vec<u8>)>, &'static str> {
    if img.width() <= DISPLAY_SIDE && img.height() <= DISPLAY_SIDE {
        return Ok(None);
    }
    let small = img.resize(
        DISPLAY_SIDE,
        DISPLAY_SIDE,
        image::imageops::FilterType::Triangle,
    );
    let rgba = small.to_rgba8();
    let flat = image::RgbImage::from_fn(small.width(), small.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let on_white = |c: u8| {
            let (c, a) = (u16::from(c), u16::from(a));
            u8::try_from((c * a + 255 * (255 - a)) / 255).unwrap_or(u8::MAX)
        };
        image::Rgb([on_white(r), on_white(g), on_white(b)])
    });
    let mut out = Cursor::new(Vec::new());
    flat.write_to(&mut out, ImageFormat::Jpeg)
        .map_err(|_| "picture-not-image")?;
    Ok(Some((ImageType::Jpeg, out.into_inner())))
}

/// Makes the display copy of a stored picture (already checked and re-encoded when it was
/// uploaded). CPU-bound: call it off the async runtime.
///
/// # Errors
/// The stored bytes do not decode.
pub fn display_of_stored(bytes: &[u8]) -> Result<Option<(ImageType, Vec<u8>)>, &'static str> {
    let img = image::load_from_memory(bytes).map_err(|_| "picture-not-image")?;
    display_copy(&img)
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
    let display = display_copy(&img)?;
    Ok(Processed {
        content_type,
        data,
        thumb_content_type,
        thumb,
        display,
        width,
        height,
    })
}

/// Checks and re-encodes an upload within the configured limits, off the async runtime.
///
/// # Errors
/// Invalid (`picture`) with what is wrong with the file.
pub async fn processed(ctx: &AppContext, bytes: Vec<u8>) -> Result<Processed, DomainError> {
    let (max_bytes, max_side) = (ctx.config.picture_max_bytes, ctx.config.picture_max_side);
    tokio::task::spawn_blocking(move || process(&bytes, max_bytes, max_side))
        .await
        .map_err(DomainError::internal)?
        .map_err(|k| DomainError::invalid("picture", k))
}

/// The row that stores a processed picture uploaded by `account_id` at `now`.
pub fn stored(processed: Processed, account_id: i64, now: i64) -> picture::ActiveModel {
    picture::ActiveModel {
        content_type: Set(processed.content_type),
        byte_size: Set(i32::try_from(processed.data.len()).unwrap_or(i32::MAX)),
        data: Set(processed.data),
        thumb_content_type: Set(processed.thumb_content_type),
        thumb_data: Set(processed.thumb),
        display_content_type: Set(processed.display.as_ref().map(|(t, _)| *t)),
        display_data: Set(processed.display.map(|(_, d)| d)),
        width: Set(i32::try_from(processed.width).unwrap_or(0)),
        height: Set(i32::try_from(processed.height).unwrap_or(0)),
        uploaded_by: Set(Some(account_id)),
        created_at: Set(now),
        ..Default::default()
    }
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
    let processed = processed(ctx, bytes).await?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    // ... and the check that counts, on the locked row inside the write transaction: the
    // submission may have been sent or decided while the picture was being decoded.
    let s = super::queries::find_for_member(&txn, submission_id, session).await?;
    super::queries::ensure_editable(&txn, &s, now).await?;
    let stored = stored(processed, session.account_id, now)
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

/// Which copy of a picture is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rendition {
    /// As uploaded (re-encoded): for its owners and the secretariat to check.
    Original,
    /// At most [`DISPLAY_SIDE`] a side: what public pages show.
    Display,
    /// At most [`THUMB_SIDE`] a side: lists.
    Thumb,
}

impl Rendition {
    /// What tells this copy's `ETag` from the others'.
    pub fn tag(self) -> &'static str {
        match self {
            Rendition::Original => "",
            Rendition::Display => "d",
            Rendition::Thumb => "t",
        }
    }
}

/// A stored picture (or a copy of it) and whether anyone may cache it.
pub struct Served {
    pub content_type: ImageType,
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
    copy: Rendition,
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
        .is_some_and(|s| s.status == SubmissionStatus::Eligible);
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
    let (content_type, bytes) = rendition(ctx, pic, copy).await?;
    Ok(Served {
        content_type,
        bytes,
        public,
    })
}

/// The copy `copy` of a stored picture, as (content type, bytes): whoever calls it has
/// decided that the reader may see it.
///
/// # Errors
/// Database failures; a stored picture that no longer decodes.
pub async fn rendition(
    ctx: &AppContext,
    pic: picture::Model,
    copy: Rendition,
) -> Result<(ImageType, Vec<u8>), DomainError> {
    Ok(match copy {
        Rendition::Thumb => (pic.thumb_content_type, pic.thumb_data),
        Rendition::Original => (pic.content_type, pic.data),
        Rendition::Display => match (pic.display_content_type, pic.display_data) {
            (Some(t), Some(d)) => (t, d),
            _ => display_made_now(ctx, pic.id, pic.content_type, pic.data).await?,
        },
    })
}

/// The display copy of a picture stored before copies were made: made, kept, and returned
/// (the picture itself when it is small enough).
async fn display_made_now(
    ctx: &AppContext,
    id: i64,
    content_type: ImageType,
    data: Vec<u8>,
) -> Result<(ImageType, Vec<u8>), DomainError> {
    let (made, data) = tokio::task::spawn_blocking(move || {
        let made = display_of_stored(&data);
        (made, data)
    })
    .await
    .map_err(DomainError::internal)?;
    let Some((made_type, made)) = made.map_err(DomainError::internal)? else {
        return Ok((content_type, data));
    };
    picture::ActiveModel {
        id: sea_orm::Unchanged(id),
        display_content_type: Set(Some(made_type)),
        display_data: Set(Some(made.clone())),
        ..Default::default()
    }
    .update(&ctx.db)
    .await?;
    Ok((made_type, made))
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
            (ImageType::Jpeg, 1200, 800)
        );
        assert_eq!(image::guess_format(&p.data).ok(), Some(ImageFormat::Jpeg));
        let thumb = image::load_from_memory(&p.thumb).unwrap_or_default();
        assert_eq!((thumb.width(), thumb.height()), (480, 320));
    }

    #[test]
    fn a_logo_with_transparency_stays_a_png() {
        let p = process(&png(200, 200, true), 5_000_000, 4096).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.content_type, ImageType::Png);
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
