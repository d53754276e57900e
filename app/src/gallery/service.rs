//! Which projects the public sees, and what of them.

use sea_orm::{EntityTrait, QuerySelect};

use super::{Picture, ProjectView};
use crate::{
    catalogue,
    codes::PhaseKind,
    countries::{country_name, region_of},
    entity::{picture, submission},
    error::DomainError,
    i18n::Locale,
    nominations::pictures::{THUMB_SIDE, display_size, thumb_size},
    phases::has_opened,
    review::{rules::AwardKind, winners::awards_in_edition},
    state::AppContext,
};

/// How the picture `id` of `width` × `height` is shown: its display copy, or its thumbnail
/// where that is enough.
fn picture_view(id: i64, width: i32, height: i32) -> Picture {
    let (w, h) = (
        u32::try_from(width).unwrap_or(1),
        u32::try_from(height).unwrap_or(1),
    );
    let (dw, dh) = display_size(w, h);
    let (tw, _) = thumb_size(w, h, THUMB_SIDE);
    let src = format!("/pictures/{id}/display");
    let srcset = if tw < dw {
        format!("/pictures/{id}/thumb {tw}w, {src} {dw}w")
    } else {
        format!("{src} {dw}w")
    };
    Picture {
        src,
        srcset,
        width: dw,
        height: dh,
    }
}

/// The project `typed` (a submission id) in `locale`: a confirmed nominee of an edition whose
/// vote has opened. Anything else is not found, whoever asks: the page is public.
///
/// # Errors
/// Not found; database failures.
#[tracing::instrument(skip(ctx))]
pub async fn project(
    ctx: &AppContext,
    locale: Locale,
    typed: &str,
) -> Result<ProjectView, DomainError> {
    let id: i64 = typed.trim().parse().map_err(|_| DomainError::NotFound)?;
    let now = ctx.clock.now();
    // From memory first: only a nominee costs a read.
    let editions = catalogue::read(ctx).await?;
    let (content, code, nominee) = editions.nominee(id).ok_or(DomainError::NotFound)?;
    let calendar = &content.loaded.calendar;
    if !has_opened(calendar, PhaseKind::Voting, now) {
        return Err(DomainError::NotFound);
    }
    let row = submission::Entity::find_by_id(id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let picture = match nominee.picture_id {
        Some(p) => picture::Entity::find_by_id(p)
            .select_only()
            .columns([picture::Column::Width, picture::Column::Height])
            .into_tuple::<(i32, i32)>()
            .one(&ctx.db)
            .await?
            .map(|(w, h)| picture_view(p, w, h)),
        None => None,
    };
    // The award shows once the results are published, and not before.
    let award = if has_opened(calendar, PhaseKind::Publication, now) {
        let kinds: Vec<AwardKind> = awards_in_edition(&ctx.db, content.loaded.edition.id, Some(id))
            .await?
            .into_iter()
            .map(|(_, kind)| kind)
            .collect();
        [AwardKind::Winner, AwardKind::Champion]
            .into_iter()
            .find(|k| kinds.contains(k))
            .map(|k| k.code().to_owned())
    } else {
        None
    };
    let story = crate::publication::stories::published(ctx, content, id)
        .await?
        .map(|s| crate::publication::book::sections_of(&s))
        .unwrap_or_default();
    let category_title = content
        .categories(locale)
        .into_iter()
        .find(|c| c.code == code)
        .map(|c| c.title)
        .unwrap_or_default();
    Ok(ProjectView {
        submission_id: id,
        year: content.loaded.edition.year,
        edition_title: content.loaded.edition.title.clone(),
        category_code: code.to_owned(),
        category_title,
        title: nominee.title.clone(),
        short_description: nominee.short_description.clone(),
        organisation: nominee.organisation.clone(),
        country: country_name(&nominee.country, locale),
        region: region_of(&nominee.country).map(|r| r.label_key()),
        sdgs: row.sdgs.0,
        website: row.website,
        picture,
        award,
        story,
    })
}
