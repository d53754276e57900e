//! The catalogue as each instance holds it, and the questions services ask of it: which
//! edition is current, whether a phase is open, an edition's calendar.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use jiff::tz::TimeZone;

use super::{CategorySummary, EditionOverview, change::CATALOGUE, load};
use crate::{
    codes::{PhaseKind, StakeholderType},
    entity::{category, category_text, edition},
    error::DomainError,
    i18n::Locale,
    phases::{self, PhaseWindow},
    state::AppContext,
};

/// An edition with its calendar.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub edition: edition::Model,
    pub calendar: Vec<PhaseWindow>,
}

impl Loaded {
    /// The edition's time zone.
    ///
    /// # Errors
    /// Internal, for a zone unknown to the time-zone database.
    pub fn tz(&self) -> Result<TimeZone, DomainError> {
        time_zone_of(&self.edition)
    }

    /// Whether `kind` is open at `now`.
    pub fn is_open(&self, kind: PhaseKind, now: i64) -> bool {
        phases::is_open(&self.calendar, kind, now)
    }

    /// Whether `kind` has opened at or before `now` (open or already closed).
    pub fn has_opened(&self, kind: PhaseKind, now: i64) -> bool {
        phases::has_opened(&self.calendar, kind, now)
    }

    /// The one rule on when the public may know who the nominees are: once the vote opens
    /// (the ballot shows them).
    pub fn nominees_public(&self, now: i64) -> bool {
        self.has_opened(PhaseKind::Voting, now)
    }

    /// The one rule on when anyone but the secretariat may know an award (champion, winner,
    /// special recognition): once the publication phase opens.
    pub fn awards_public(&self, now: i64) -> bool {
        self.has_opened(PhaseKind::Publication, now)
    }

    /// Whether the edition's publication phase has closed: what is told of an edition (its
    /// outcomes, its results to the voters) is told from the public moment to this one, so
    /// that an edition long past is never told again, nor told at all if it ran before the
    /// platform told such things.
    pub fn publication_over(&self, now: i64) -> bool {
        self.calendar
            .iter()
            .any(|w| w.kind == PhaseKind::Publication && now >= w.closes_at)
    }
}

/// An edition's time zone, as stored. The calendar form accepts only known zones, so an
/// unknown one is a fault, never a silent UTC that would move every phase.
///
/// # Errors
/// Internal, naming the stored zone.
pub fn time_zone_of(edition: &edition::Model) -> Result<TimeZone, DomainError> {
    phases::time_zone(&edition.time_zone).ok_or_else(|| {
        DomainError::internal(format!(
            "unknown time zone {:?} stored for edition {}",
            edition.time_zone, edition.id
        ))
    })
}

/// Every edition with its calendar, categories and their texts in every language, and each
/// category's confirmed nominees, as the public reads them.
pub struct Catalogue {
    pub(super) all: Vec<EditionContent>,
    /// The home page's data as last written out for each language, with the instant until
    /// which it holds (the next opening or closing of any phase: until then, nothing in it
    /// changes). Dropped with the rest when the catalogue changes.
    pub(super) overviews: Mutex<HashMap<Locale, Written>>,
}

/// The home page's data as written out, and until when it holds.
type Written = (i64, Arc<Option<EditionOverview>>);

/// One edition of the [`Catalogue`].
pub struct EditionContent {
    pub loaded: Loaded,
    pub(super) categories: Vec<category::Model>,
    pub(super) texts: Vec<category_text::Model>,
    /// Each category's confirmed nominees (by category id), in ranking order.
    pub(super) nominees: HashMap<i64, Vec<Nominee>>,
}

/// A confirmed nominee, as held for the public pages and the ballot.
#[derive(Clone, Debug)]
pub struct Nominee {
    pub submission_id: i64,
    pub title: String,
    /// What voters read of it.
    pub short_description: String,
    pub picture_id: Option<i64>,
    pub organisation: String,
    /// ISO code.
    pub country: String,
    pub stakeholder: Option<StakeholderType>,
    /// The goals it serves.
    pub sdgs: Vec<u8>,
}

/// Which of `editions` (the most recent first) is current at `now`: the one whose calendar
/// contains `now`, else the most recent.
pub(super) fn current_index<'a>(
    editions: impl IntoIterator<Item = &'a Loaded>,
    now: i64,
) -> Option<usize> {
    let mut any = false;
    for (i, l) in editions.into_iter().enumerate() {
        any = true;
        let first = l.calendar.iter().map(|w| w.opens_at).min();
        let last = l.calendar.iter().map(|w| w.closes_at).max();
        if matches!((first, last), (Some(f), Some(l)) if f <= now && now < l) {
            return Some(i);
        }
    }
    any.then_some(0)
}

impl Catalogue {
    /// The current edition at `now`.
    pub fn current(&self, now: i64) -> Option<&EditionContent> {
        current_index(self.all.iter().map(|e| &e.loaded), now).and_then(|i| self.all.get(i))
    }

    /// The confirmed nominee `submission_id`, with its edition and category code.
    pub fn nominee(&self, submission_id: i64) -> Option<(&EditionContent, &str, &Nominee)> {
        self.all.iter().find_map(|e| {
            e.categories.iter().find_map(|c| {
                e.nominees
                    .get(&c.id)?
                    .iter()
                    .find(|n| n.submission_id == submission_id)
                    .map(|n| (e, c.code.as_str(), n))
            })
        })
    }

    /// Every edition, the most recent first.
    pub fn all(&self) -> &[EditionContent] {
        &self.all
    }

    /// The edition of `year`.
    pub fn by_year(&self, year: i32) -> Option<&EditionContent> {
        self.all.iter().find(|e| e.loaded.edition.year == year)
    }

    /// The edition of `year` when a page or a call names one, else the current edition at
    /// `now`: how the secretariat's pages and the archive address an edition.
    pub fn of_year(&self, year: Option<i32>, now: i64) -> Option<&EditionContent> {
        match year {
            None => self.current(now),
            Some(year) => self.by_year(year),
        }
    }

    /// The edition `id`.
    pub fn by_id(&self, id: i64) -> Option<&EditionContent> {
        self.all.iter().find(|e| e.loaded.edition.id == id)
    }

    /// The first opening or closing of a phase after `now`, in any edition: what is current
    /// and what is open stay the same until then.
    fn next_change(&self, now: i64) -> i64 {
        self.all
            .iter()
            .flat_map(|e| &e.loaded.calendar)
            .flat_map(|w| [w.opens_at, w.closes_at])
            .filter(|at| *at > now)
            .min()
            .unwrap_or(i64::MAX)
    }

    /// The home page's data in `locale` at `now`, written out by `write` once per language
    /// and period between two phase changes.
    ///
    /// # Errors
    /// Those of `write`.
    pub fn overview(
        &self,
        locale: Locale,
        now: i64,
        write: impl FnOnce(&Self) -> Result<Option<EditionOverview>, DomainError>,
    ) -> Result<Arc<Option<EditionOverview>>, DomainError> {
        let held = self
            .overviews
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&locale)
            .cloned();
        // Held since a time after which nothing changed: the next change is still ahead, and
        // it was written at or after the previous change.
        if let Some((until, overview)) = held
            && now < until
            && self.next_change(now) == until
        {
            return Ok(overview);
        }
        let overview = Arc::new(write(self)?);
        self.overviews
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(locale, (self.next_change(now), Arc::clone(&overview)));
        Ok(overview)
    }
}

impl EditionContent {
    /// The categories, in order, in `locale`.
    pub fn categories(&self, locale: Locale) -> Vec<CategorySummary> {
        super::public::summaries(&self.categories, &self.texts, locale)
    }

    /// The categories' codes, in order.
    pub fn category_codes(&self) -> impl Iterator<Item = &str> {
        self.categories.iter().map(|c| c.code.as_str())
    }

    /// The id of the category `code` (as stored, `C7.4`).
    pub fn category_id(&self, code: &str) -> Option<i64> {
        self.categories
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.id)
    }

    /// The code of the category `id`.
    pub fn category_code(&self, id: i64) -> Option<&str> {
        self.categories
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.code.as_str())
    }

    /// The title of the category `id` in `locale` (English where it has none).
    pub fn category_title(&self, id: i64, locale: Locale) -> String {
        localized(&self.texts, id, locale, |t| &t.title)
    }

    /// The public vote's ballot: the categories with confirmed nominees, in order, as
    /// (code, id).
    pub fn ballot(&self) -> Vec<(String, i64)> {
        self.categories
            .iter()
            .filter(|c| self.nominees.get(&c.id).is_some_and(|n| !n.is_empty()))
            .map(|c| (c.code.clone(), c.id))
            .collect()
    }

    /// The confirmed nominees of the category `code`, in ranking order.
    pub fn nominees(&self, code: &str) -> &[Nominee] {
        self.categories
            .iter()
            .find(|c| c.code == code)
            .and_then(|c| self.nominees.get(&c.id))
            .map_or(&[], Vec::as_slice)
    }
}

/// One text of a category in `locale`, or in English where that language has none (field by
/// field: a translated title with an untranslated description shows the English description).
pub fn localized(
    texts: &[category_text::Model],
    category_id: i64,
    locale: Locale,
    field: fn(&category_text::Model) -> &String,
) -> String {
    localized_or_english(texts, category_id, locale, field).0
}

/// [`localized`], and whether the text is the English one standing in for `locale`'s (pages
/// mark it as such).
pub fn localized_or_english(
    texts: &[category_text::Model],
    category_id: i64,
    locale: Locale,
    field: fn(&category_text::Model) -> &String,
) -> (String, bool) {
    let of = |l: Locale| {
        texts
            .iter()
            .find(|t| t.category_id == category_id && t.locale == l)
            .map(field)
            .filter(|t| !t.is_empty())
    };
    match of(locale) {
        Some(t) => (t.clone(), false),
        None => match of(Locale::En) {
            Some(t) => (t.clone(), locale != Locale::En),
            None => (String::new(), false),
        },
    }
}

/// The catalogue, from memory; loaded from the database when another instance (or this
/// one) changed it.
///
/// # Errors
/// Database failures.
pub async fn read(ctx: &AppContext) -> Result<Arc<Catalogue>, DomainError> {
    ctx.memory
        .of::<Catalogue>(CATALOGUE)
        .get(&ctx.db, || load::catalogue(&ctx.db))
        .await
}

/// The current edition (the one whose calendar holds this instant, else the most recent),
/// with its calendar. Every service asks here.
///
/// # Errors
/// Database failures.
pub async fn current(ctx: &AppContext) -> Result<Option<Loaded>, DomainError> {
    of_year(ctx, None).await
}

/// The edition of `year`, or the current one when `year` is `None` ([`Catalogue::of_year`]),
/// with its calendar.
///
/// # Errors
/// Database failures.
pub async fn of_year(ctx: &AppContext, year: Option<i32>) -> Result<Option<Loaded>, DomainError> {
    let now = ctx.clock.now();
    Ok(read(ctx)
        .await?
        .of_year(year, now)
        .map(|e| e.loaded.clone()))
}

/// The current edition, if `kind` is open in it now. Every phase-bound action starts here.
///
/// # Errors
/// [`DomainError::PhaseClosed`] when the phase is not open; not found without an edition.
pub async fn require_open(ctx: &AppContext, kind: PhaseKind) -> Result<Loaded, DomainError> {
    let loaded = current(ctx).await?.ok_or(DomainError::NotFound)?;
    if loaded.is_open(kind, ctx.clock.now()) {
        Ok(loaded)
    } else {
        Err(DomainError::PhaseClosed("error-phase-closed"))
    }
}

/// The edition `id` with its calendar.
///
/// # Errors
/// Not found; database failures.
pub async fn edition(ctx: &AppContext, id: i64) -> Result<Loaded, DomainError> {
    read(ctx)
        .await?
        .by_id(id)
        .map(|e| e.loaded.clone())
        .ok_or(DomainError::NotFound)
}
