//! The book of an edition's success stories: who is in it and in which order, with each
//! approved story or the short description that stands in for it.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

use super::{Book, BookEntry, Chapter, Section, StoryStatus, rules::paragraphs};
use crate::{
    auth::{Actor, Role},
    catalogue::{EditionContent, Nominee},
    codes::ImageType,
    codes::PhaseKind,
    countries::country_name,
    entity::{picture, story, vote_result},
    error::DomainError,
    i18n::Locale,
    review::{rules::AwardKind, winners::awards_in_edition},
    state::AppContext,
    voting::published::edition_asked,
};

/// A champion or winner of an edition, with its category.
pub struct Holder<'a> {
    pub category_code: &'a str,
    pub nominee: &'a Nominee,
    pub award: AwardKind,
}

/// Every winner and champion of `content` in the book's order: by category, each
/// category's winners first, then its champions, each group by title. Whether they may be
/// shown (the embargo) is the caller's to decide.
///
/// # Errors
/// Database failures.
pub async fn holders<'a>(
    ctx: &AppContext,
    content: &'a EditionContent,
) -> Result<Vec<Holder<'a>>, DomainError> {
    let mut best: HashMap<i64, AwardKind> = HashMap::new();
    for (id, kind) in awards_in_edition(&ctx.db, content.loaded.edition.id, None).await? {
        match (kind, best.get(&id)) {
            (AwardKind::Winner, _) | (AwardKind::Champion, None) => {
                best.insert(id, kind);
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for code in content.category_codes() {
        let mut mine: Vec<Holder<'a>> = content
            .nominees(code)
            .iter()
            .filter_map(|n| {
                best.get(&n.submission_id).map(|award| Holder {
                    category_code: code,
                    nominee: n,
                    award: *award,
                })
            })
            .collect();
        // The book is in English: its titles sort as English sorts them.
        mine.sort_by(|a, b| {
            (a.award != AwardKind::Winner)
                .cmp(&(b.award != AwardKind::Winner))
                .then_with(|| Locale::En.compare(&a.nominee.title, &b.nominee.title))
        });
        out.extend(mine);
    }
    Ok(out)
}

/// Whether `actor` may read the book of `content` at `now`: anyone once its publication phase
/// has opened, the secretariat before (as a preview). `Some(preview)` when they may.
pub fn readable(content: &EditionContent, actor: &Actor, now: i64) -> Option<bool> {
    if content.loaded.has_opened(PhaseKind::Publication, now) {
        Some(false)
    } else if actor.require(Role::Secretariat).is_ok() {
        Some(true)
    } else {
        None
    }
}

/// The approved stories of an edition, by project.
async fn approved(
    ctx: &AppContext,
    edition_id: i64,
) -> Result<HashMap<i64, story::Model>, DomainError> {
    Ok(story::Entity::find()
        .filter(story::Column::EditionId.eq(edition_id))
        .filter(story::Column::Status.eq(StoryStatus::Approved))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|s| (s.submission_id, s))
        .collect())
}

/// The sections of an approved story that have text, as paragraphs.
pub fn sections_of(s: &story::Model) -> Vec<(Section, Vec<String>)> {
    Section::ALL
        .iter()
        .map(|section| {
            let text = match section {
                Section::Challenge => &s.challenge,
                Section::Solution => &s.solution,
                Section::Results => &s.results,
                Section::Partners => &s.partners,
                Section::Lessons => &s.lessons,
            };
            (*section, paragraphs(text))
        })
        .filter(|(_, p)| !p.is_empty())
        .collect()
}

/// The book of the edition `typed` (a year; empty for the most recent book published).
/// Category titles are in `locale`; the stories are in English, as written.
///
/// # Errors
/// Invalid (`results-edition-invalid`) for what is not a year; not found for an unknown
/// edition and, for anyone but the secretariat, before publication; database failures.
#[tracing::instrument(skip(ctx, actor))]
pub async fn book(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
    typed: &str,
) -> Result<Book, DomainError> {
    let now = ctx.clock.now();
    let editions = crate::catalogue::read(ctx).await?;
    // Nothing typed: the most recent book published, else the current edition's (which only
    // the secretariat may read, as a preview).
    let latest = editions
        .all()
        .iter()
        .find(|e| e.loaded.has_opened(PhaseKind::Publication, now));
    let content = match latest {
        Some(e) if typed.trim().is_empty() => e,
        _ => edition_asked(&editions, typed, now)?,
    };
    let preview = readable(content, actor, now).ok_or(DomainError::NotFound)?;
    let stories = approved(ctx, content.loaded.edition.id).await?;
    let titles: HashMap<String, String> = content
        .categories(locale)
        .into_iter()
        .map(|c| (c.code, c.title))
        .collect();
    let mut chapters: Vec<Chapter> = Vec::new();
    for h in holders(ctx, content).await? {
        let story = stories.get(&h.nominee.submission_id);
        let entry = BookEntry {
            submission_id: h.nominee.submission_id,
            award: h.award.code().to_owned(),
            title: h.nominee.title.clone(),
            organisation: h.nominee.organisation.clone(),
            country: country_name(&h.nominee.country, Locale::En),
            sections: story.map(sections_of).unwrap_or_default(),
            stand_in: story.is_none().then(|| h.nominee.short_description.clone()),
            picture_id: story.and_then(|s| s.picture_id).or(h.nominee.picture_id),
        };
        match chapters.last_mut() {
            Some(c) if c.category_code == h.category_code => c.entries.push(entry),
            _ => chapters.push(Chapter {
                category_code: h.category_code.to_owned(),
                category_title: titles.get(h.category_code).cloned().unwrap_or_default(),
                entries: vec![entry],
            }),
        }
    }
    let ledger_head = vote_result::Entity::find()
        .filter(vote_result::Column::EditionId.eq(content.loaded.edition.id))
        .one(&ctx.db)
        .await?
        .map(|r| r.head);
    Ok(Book {
        year: content.loaded.edition.year,
        edition_title: content.loaded.edition.title.clone(),
        preview,
        chapters,
        ledger_head,
    })
}

/// The book as a PDF file, with its version (for `ETag`) and whether it is the secretariat's
/// preview.
pub struct PdfFile {
    pub bytes: Arc<Vec<u8>>,
    pub version: String,
    pub preview: bool,
}

/// The books drawn last, by version: drawing one costs a second or more, and the book of a
/// published edition rarely changes.
static DRAWN: Mutex<Vec<(String, Arc<Vec<u8>>)>> = Mutex::new(Vec::new());
/// How many drawn books are kept.
const KEPT: usize = 4;
/// One book is drawn at a time, whatever the number of readers asking.
static DRAWING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);

/// The pictures the book prints, as JPEG: each project's display copy, or its stored
/// picture where that is already small.
async fn pictures_of(
    ctx: &AppContext,
    book: &Book,
) -> Result<HashMap<i64, super::pdf::Picture>, DomainError> {
    let ids: Vec<i64> = book
        .chapters
        .iter()
        .flat_map(|c| &c.entries)
        .filter_map(|e| e.picture_id)
        .collect();
    let mut out = HashMap::new();
    for chunk in ids.chunks(100) {
        for p in picture::Entity::find()
            .filter(picture::Column::Id.is_in(chunk.iter().copied()))
            .all(&ctx.db)
            .await?
        {
            let jpeg = match (p.display_content_type, p.display_data) {
                (Some(ImageType::Jpeg), Some(d)) => d,
                _ if p.content_type == ImageType::Jpeg => p.data,
                _ if p.thumb_content_type == ImageType::Jpeg => p.thumb_data,
                _ => continue,
            };
            let (width, height) = (
                u32::try_from(p.width).unwrap_or(1),
                u32::try_from(p.height).unwrap_or(1),
            );
            out.insert(
                p.id,
                super::pdf::Picture {
                    jpeg,
                    width,
                    height,
                },
            );
        }
    }
    Ok(out)
}

/// The book of the edition `typed` (a year) as a PDF file, for whoever may read it (see
/// [`book`]).
///
/// # Errors
/// As [`book`]; internal when the fonts are missing.
#[tracing::instrument(skip(ctx, actor))]
pub async fn pdf(ctx: &AppContext, actor: &Actor, typed: &str) -> Result<PdfFile, DomainError> {
    if typed.trim().is_empty() {
        return Err(DomainError::NotFound);
    }
    let book = book(ctx, actor, Locale::En, typed).await?;
    let serialized = serde_json::to_vec(&book).map_err(DomainError::internal)?;
    let version = hex::encode(&Sha256::digest(&serialized)[..16]);
    let cached = |version: &str| {
        DRAWN
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .find(|(v, _)| v == version)
            .map(|(_, b)| Arc::clone(b))
    };
    let preview = book.preview;
    if let Some(bytes) = cached(&version) {
        return Ok(PdfFile {
            bytes,
            version,
            preview,
        });
    }
    let _turn = DRAWING.acquire().await.map_err(DomainError::internal)?;
    // Another reader may have drawn it while this one waited.
    if let Some(bytes) = cached(&version) {
        return Ok(PdfFile {
            bytes,
            version,
            preview,
        });
    }
    let pictures = pictures_of(ctx, &book).await?;
    let bytes = tokio::task::spawn_blocking(move || super::pdf::render(&book, &pictures))
        .await
        .map_err(DomainError::internal)?
        .map_err(DomainError::internal)?;
    let bytes = Arc::new(bytes);
    {
        let mut drawn = DRAWN.lock().unwrap_or_else(PoisonError::into_inner);
        drawn.retain(|(v, _)| v != &version);
        drawn.push((version.clone(), Arc::clone(&bytes)));
        if drawn.len() > KEPT {
            drawn.remove(0);
        }
    }
    Ok(PdfFile {
        bytes,
        version,
        preview,
    })
}
