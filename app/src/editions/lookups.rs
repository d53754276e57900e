//! What the other features read of an edition: the current one and its calendar, whether a
//! phase is open, and the categories' texts in the visitor's language. The public pages read
//! them from memory ([`in_memory`]); an action that changes them says so ([`changed`]).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use jiff::tz::TimeZone;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{
    CategorySummary, EditionOverview,
    rules::{self, PhaseKind, PhaseWindow},
};
use crate::{
    entity::{
        category, category_text, edition, nominee, nominee_list, organisation, phase, review_round,
        submission,
    },
    error::DomainError,
    i18n::Locale,
    // The rules only: the features themselves build on the editions.
    nominations::rules::SubmissionStatus,
    review::rules::RoundKind,
    state::AppContext,
    versioned,
};

/// The name of the editions' content version (`content_versions`).
/// The name of the editions' version (see [`crate::versioned`]): what is derived from them
/// (the gallery's search documents) is held under it too.
pub const EDITIONS: &str = "editions";

/// An edition with its calendar.
pub struct Loaded {
    pub edition: edition::Model,
    pub calendar: Vec<PhaseWindow>,
}

impl Loaded {
    /// The edition's time zone.
    ///
    /// # Errors
    /// Internal, for a zone unknown to the time-zone database.
    pub(crate) fn tz(&self) -> Result<TimeZone, DomainError> {
        time_zone_of(&self.edition)
    }
}

/// An edition's time zone, as stored. The calendar form accepts only known zones, so an
/// unknown one is a fault, never a silent UTC that would move every phase.
///
/// # Errors
/// Internal, naming the stored zone.
pub fn time_zone_of(edition: &edition::Model) -> Result<TimeZone, DomainError> {
    rules::time_zone(&edition.time_zone).ok_or_else(|| {
        DomainError::internal(format!(
            "unknown time zone {:?} stored for edition {}",
            edition.time_zone, edition.id
        ))
    })
}

/// The phase calendar of an edition.
///
/// # Errors
/// Database failures.
pub async fn calendar_of(
    conn: &impl ConnectionTrait,
    edition_id: i64,
) -> Result<Vec<PhaseWindow>, DomainError> {
    phase::Entity::find()
        .filter(phase::Column::EditionId.eq(edition_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| {
            Ok(PhaseWindow {
                kind: PhaseKind::stored(&p.kind)?,
                opens_at: p.opens_at,
                closes_at: p.closes_at,
            })
        })
        .collect()
}

/// The current edition: the one whose calendar contains `now`, else the most recent.
///
/// # Errors
/// Database failures.
pub async fn current(conn: &impl ConnectionTrait, now: i64) -> Result<Option<Loaded>, DomainError> {
    let mut all = all_editions(conn).await?;
    Ok(current_index(&all, now).map(|i| all.swap_remove(i)))
}

/// Every edition with its calendar, the most recent first.
///
/// # Errors
/// Database failures.
pub async fn all_editions(conn: &impl ConnectionTrait) -> Result<Vec<Loaded>, DomainError> {
    let editions = edition::Entity::find()
        .order_by_desc(edition::Column::Year)
        .all(conn)
        .await?;
    let mut all = Vec::with_capacity(editions.len());
    for e in editions {
        let calendar = calendar_of(conn, e.id).await?;
        all.push(Loaded {
            edition: e,
            calendar,
        });
    }
    Ok(all)
}

/// Which of `editions` (the most recent first) is current at `now`: the one whose calendar
/// contains `now`, else the most recent.
fn current_index<'a>(editions: impl IntoIterator<Item = &'a Loaded>, now: i64) -> Option<usize> {
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

/// Every edition with its calendar, categories and their texts in every language, as the
/// public pages show them: held in memory (see [`crate::versioned`]).
pub struct Editions {
    all: Vec<EditionContent>,
    /// The home page's data as last written out for each language, with the instant until
    /// which it holds (the next opening or closing of any phase: until then, nothing in it
    /// changes). Dropped with the rest when the editions change.
    overviews: Mutex<HashMap<Locale, Written>>,
}

/// The home page's data as written out, and until when it holds.
type Written = (i64, Arc<Option<EditionOverview>>);

/// One edition of [`Editions`].
pub struct EditionContent {
    pub loaded: Loaded,
    categories: Vec<category::Model>,
    texts: Vec<category_text::Model>,
    /// Each category's confirmed nominees (by category id), in ranking order.
    nominees: HashMap<i64, Vec<Nominee>>,
}

/// A confirmed nominee, as held for the public pages and the ballot.
pub struct Nominee {
    pub submission_id: i64,
    pub title: String,
    /// What voters read of it.
    pub short_description: String,
    pub picture_id: Option<i64>,
    pub organisation: String,
    /// ISO code.
    pub country: String,
    /// The organisation's `StakeholderType` code.
    pub stakeholder: String,
    /// The goals it serves.
    pub sdgs: Vec<u8>,
}

impl Editions {
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
        summaries(&self.categories, &self.texts, locale)
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

/// Each category's confirmed nominees in `edition_id`, still in the contest (a nominee
/// withdrawn since is left out).
///
/// # Errors
/// Database failures.
pub async fn nominees_of(
    conn: &impl ConnectionTrait,
    edition_id: i64,
) -> Result<HashMap<i64, Vec<Nominee>>, DomainError> {
    let Some(round) = review_round::Entity::find()
        .filter(review_round::Column::EditionId.eq(edition_id))
        .filter(review_round::Column::Kind.eq(RoundKind::Shortlisting.code()))
        .one(conn)
        .await?
    else {
        return Ok(HashMap::new());
    };
    let lists: HashMap<i64, i64> = nominee_list::Entity::find()
        .filter(nominee_list::Column::RoundId.eq(round.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| (l.id, l.category_id))
        .collect();
    let chosen = nominee::Entity::find()
        .filter(nominee::Column::ListId.is_in(lists.keys().copied()))
        .order_by_asc(nominee::Column::Position)
        .all(conn)
        .await?;
    let submissions: HashMap<i64, submission::Model> = submission::Entity::find()
        .filter(submission::Column::Id.is_in(chosen.iter().map(|n| n.submission_id)))
        .filter(submission::Column::Status.ne(SubmissionStatus::Withdrawn.code()))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let organisations: HashMap<i64, organisation::Model> = organisation::Entity::find()
        .filter(
            organisation::Column::Id.is_in(submissions.values().filter_map(|s| s.organisation_id)),
        )
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut out: HashMap<i64, Vec<Nominee>> = HashMap::new();
    for n in chosen {
        let (Some(category), Some(s)) = (lists.get(&n.list_id), submissions.get(&n.submission_id))
        else {
            continue;
        };
        let org = s.organisation_id.and_then(|id| organisations.get(&id));
        out.entry(*category).or_default().push(Nominee {
            submission_id: s.id,
            title: s.title.clone(),
            short_description: s.short_description.clone(),
            picture_id: s.picture_id,
            organisation: org.map(|o| o.name.clone()).unwrap_or_default(),
            country: org.map(|o| o.country.clone()).unwrap_or_default(),
            stakeholder: org.map(|o| o.stakeholder_type.clone()).unwrap_or_default(),
            sdgs: serde_json::from_str(&s.sdgs).unwrap_or_default(),
        });
    }
    Ok(out)
}

/// The editions, from memory; loaded from the database when another instance (or this one)
/// changed them.
///
/// # Errors
/// Database failures.
pub async fn in_memory(ctx: &AppContext) -> Result<Arc<Editions>, DomainError> {
    ctx.memory
        .of::<Editions>(EDITIONS)
        .get(&ctx.db, || async {
            let mut all = Vec::new();
            for loaded in all_editions(&ctx.db).await? {
                let categories = category::Entity::find()
                    .filter(category::Column::EditionId.eq(loaded.edition.id))
                    .order_by_asc(category::Column::Number)
                    .all(&ctx.db)
                    .await?;
                let texts = category_text::Entity::find()
                    .filter(
                        category_text::Column::CategoryId.is_in(categories.iter().map(|c| c.id)),
                    )
                    .all(&ctx.db)
                    .await?;
                let nominees = nominees_of(&ctx.db, loaded.edition.id).await?;
                all.push(EditionContent {
                    loaded,
                    categories,
                    texts,
                    nominees,
                });
            }
            Ok(Editions {
                all,
                overviews: Mutex::default(),
            })
        })
        .await
}

/// Marks the editions as changed, in the transaction that changes them (an edition, its
/// calendar, a category or its texts, a nominee list). After the commit, call [`forget`].
///
/// # Errors
/// Database failures.
pub async fn changed(conn: &impl ConnectionTrait) -> Result<(), DomainError> {
    versioned::bump(conn, EDITIONS).await
}

/// Makes this instance read the editions afresh, once a change is committed.
pub fn forget(ctx: &AppContext) {
    ctx.memory.of::<Editions>(EDITIONS).forget();
}

/// The current edition, if `kind` is open in it now. Every phase-bound action starts here.
///
/// # Errors
/// [`DomainError::PhaseClosed`] when the phase is not open; not found without an edition.
pub async fn require_open(
    conn: &impl ConnectionTrait,
    now: i64,
    kind: PhaseKind,
) -> Result<Loaded, DomainError> {
    let loaded = current(conn, now).await?.ok_or(DomainError::NotFound)?;
    if rules::is_open(&loaded.calendar, kind, now) {
        Ok(loaded)
    } else {
        Err(DomainError::PhaseClosed("error-phase-closed"))
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
    let of = |l: Locale| {
        texts
            .iter()
            .find(|t| t.category_id == category_id && t.locale == l.code())
            .map(field)
    };
    of(locale)
        .filter(|t| !t.is_empty())
        .or_else(|| of(Locale::En))
        .cloned()
        .unwrap_or_default()
}

/// The texts of some categories in `locale` and in English (its fallback), for [`localized`].
///
/// # Errors
/// Database failures.
pub async fn category_texts(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
    locale: Locale,
) -> Result<Vec<category_text::Model>, DomainError> {
    Ok(category_text::Entity::find()
        .filter(category_text::Column::CategoryId.is_in(ids))
        .filter(category_text::Column::Locale.is_in([locale.code(), Locale::En.code()]))
        .all(conn)
        .await?)
}

/// The categories of an edition as visitors see them, in `locale`.
fn summaries(
    cats: &[category::Model],
    texts: &[category_text::Model],
    locale: Locale,
) -> Vec<CategorySummary> {
    cats.iter()
        .map(|c| {
            let pick = |field| localized(texts, c.id, locale, field);
            CategorySummary {
                number: c.number,
                code: c.code.clone(),
                title: pick(|t: &category_text::Model| &t.title),
                description: pick(|t: &category_text::Model| &t.description),
                nominees: c.nominees,
                champions: c.champions,
                winners: c.winners,
                is_special: c.is_special,
                counts: locale.t_args(
                    "category-counts",
                    &[
                        ("nominees", locale.format_count(c.nominees.into())),
                        ("champions", locale.format_count(c.champions.into())),
                        ("winners", locale.format_count(c.winners.into())),
                    ],
                ),
            }
        })
        .collect()
}
