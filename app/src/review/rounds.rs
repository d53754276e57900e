//! The secretariat's set-up of a round: the current edition's shortlisting or selection
//! round (both made with the edition, with their defaults), its settings and its rubric.
//!
//! A round follows its phase: shortlisting runs while screening is open, selection while
//! selection is. Until the phase opens, the rubric and settings change freely; after, every
//! change is an audited act with a reason, and the rubric's shape (its criteria and scales)
//! no longer changes, since reviews refer to it: only titles and weights do.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use super::rules::{
    self, Criterion, Normalisation, RoundKind, default_rubric, ranking::seed_commitment,
};
use crate::{
    audit::{self, Reason},
    auth::{Actor, Role},
    catalogue,
    codes::PhaseKind,
    entity::{category, edition, review_assignment, review_criterion, review_round},
    error::DomainError,
    phases::PhaseWindow,
    state::AppContext,
};

/// The phase a round runs in.
pub fn phase_of(kind: RoundKind) -> PhaseKind {
    match kind {
        RoundKind::Shortlisting => PhaseKind::Screening,
        RoundKind::Selection => PhaseKind::Selection,
    }
}

/// Where a round stands against its phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    NotYetOpen,
    Open,
    Closed,
}

/// Where `kind`'s phase stands in `calendar` at `now`.
pub fn window(calendar: &[PhaseWindow], kind: RoundKind, now: i64) -> Window {
    match calendar.iter().find(|w| w.kind == phase_of(kind)) {
        Some(w) if w.contains(now) => Window::Open,
        Some(w) if now >= w.closes_at => Window::Closed,
        _ => Window::NotYetOpen,
    }
}

/// A round with everything a use case needs about it.
pub struct Round {
    pub model: review_round::Model,
    pub criteria: Vec<review_criterion::Model>,
    pub edition: catalogue::Loaded,
    pub window: Window,
}

impl Round {
    pub fn kind(&self) -> RoundKind {
        self.model.kind
    }

    pub fn normalisation(&self) -> Normalisation {
        self.model.normalisation
    }

    /// The rubric as the rules read it.
    pub fn rubric(&self) -> Vec<Criterion> {
        rubric_of(&self.criteria)
    }

    /// The reviews each entry should get.
    pub fn reviews_per_entry(&self) -> usize {
        usize::try_from(self.model.reviews_per_entry).unwrap_or(0)
    }

    /// The category `code` of the round's edition, if it has one.
    ///
    /// # Errors
    /// Database failures.
    pub async fn category(
        &self,
        conn: &impl ConnectionTrait,
        code: &str,
    ) -> Result<Option<category::Model>, DomainError> {
        Ok(category::Entity::find()
            .filter(category::Column::EditionId.eq(self.edition.edition.id))
            .filter(category::Column::Code.eq(code))
            .one(conn)
            .await?)
    }
}

/// The current edition's round of `kind`. Every edition has both of its rounds from the
/// day it is made ([`create_both`]; start-up makes those an older database lacks).
///
/// # Errors
/// Not found without an edition; internal when the edition has no such round; database
/// failures.
pub async fn current(ctx: &AppContext, kind: RoundKind) -> Result<Round, DomainError> {
    of_year(ctx, kind, None).await
}

/// The round of `kind` of the edition of `year`, or of the current edition: the next
/// edition's rounds are set up while the current one runs.
///
/// # Errors
/// As [`current`]; not found for a year without an edition.
pub async fn of_year(
    ctx: &AppContext,
    kind: RoundKind,
    year: Option<i32>,
) -> Result<Round, DomainError> {
    let now = ctx.clock.now();
    let edition = catalogue::of_year(ctx, year)
        .await?
        .ok_or(DomainError::NotFound)?;
    let model = find(&ctx.db, edition.edition.id, kind)
        .await?
        .ok_or_else(|| {
            DomainError::internal(format!(
                "edition {} has no {} round",
                edition.edition.year,
                kind.code()
            ))
        })?;
    let criteria = criteria_of(&ctx.db, model.id).await?;
    let window = window(&edition.calendar, kind, now);
    Ok(Round {
        model,
        criteria,
        edition,
        window,
    })
}

/// The draw seeds of a new edition's two rounds.
pub struct RoundSeeds {
    pub shortlisting: String,
    pub selection: String,
}

impl RoundSeeds {
    /// Fresh random seeds, each kept secret until its draw (its commitment is published).
    pub fn fresh() -> Self {
        Self {
            shortlisting: random_seed(),
            selection: random_seed(),
        }
    }
}

/// Makes an edition's two rounds with their defaults, in the transaction that makes the
/// edition.
///
/// # Errors
/// Conflict when the edition has a round already; database failures.
pub async fn create_both(
    conn: &impl ConnectionTrait,
    edition_id: i64,
    seeds: &RoundSeeds,
    now: i64,
) -> Result<(), DomainError> {
    create(
        conn,
        edition_id,
        RoundKind::Shortlisting,
        &seeds.shortlisting,
        now,
    )
    .await?;
    create(
        conn,
        edition_id,
        RoundKind::Selection,
        &seeds.selection,
        now,
    )
    .await?;
    Ok(())
}

/// Makes the rounds that editions made before rounds came with them lack, each with a fresh
/// seed. Start-up runs it once; returns how many it made.
///
/// # Errors
/// Database failures.
pub async fn create_missing(db: &DatabaseConnection, now: i64) -> Result<usize, DomainError> {
    let txn = crate::db::begin_write(db).await?;
    let mut made = 0;
    for e in edition::Entity::find().all(&txn).await? {
        for kind in RoundKind::ALL.iter().copied() {
            if find(&txn, e.id, kind).await?.is_none() {
                create(&txn, e.id, kind, &random_seed(), now).await?;
                made += 1;
            }
        }
    }
    txn.commit().await?;
    if made > 0 {
        tracing::info!(made, "made the expert rounds older editions lacked");
    }
    Ok(made)
}

/// Replaces the draw seed of a round nobody has worked in yet (no expert assigned): the
/// demonstration edition fixes its seeds, so that its draw is the same on every machine.
/// Returns whether it did.
///
/// # Errors
/// Database failures.
pub async fn reseed(
    conn: &impl ConnectionTrait,
    round: &review_round::Model,
    seed: &str,
) -> Result<bool, DomainError> {
    let assigned = review_assignment::Entity::find()
        .filter(review_assignment::Column::RoundId.eq(round.id))
        .one(conn)
        .await?
        .is_some();
    if assigned {
        return Ok(false);
    }
    review_round::ActiveModel {
        id: sea_orm::Unchanged(round.id),
        seed: Set(seed.to_owned()),
        seed_commitment: Set(seed_commitment(seed)),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(true)
}

/// Stored criteria as the rules read them.
pub fn rubric_of(criteria: &[review_criterion::Model]) -> Vec<Criterion> {
    criteria
        .iter()
        .map(|c| Criterion {
            code: c.code.clone(),
            title: c.title.clone(),
            weight: u8::try_from(c.weight).unwrap_or(0),
            scale: u8::try_from(c.scale).unwrap_or(0),
        })
        .collect()
}

pub(crate) fn random_seed() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

/// The round of `kind` of an edition, if it was made.
///
/// # Errors
/// Database failures.
pub async fn find(
    conn: &impl ConnectionTrait,
    edition_id: i64,
    kind: RoundKind,
) -> Result<Option<review_round::Model>, DomainError> {
    Ok(review_round::Entity::find()
        .filter(review_round::Column::EditionId.eq(edition_id))
        .filter(review_round::Column::Kind.eq(kind))
        .one(conn)
        .await?)
}

/// The rubric's criteria in order.
///
/// # Errors
/// Database failures.
pub async fn criteria_of(
    conn: &impl ConnectionTrait,
    round_id: i64,
) -> Result<Vec<review_criterion::Model>, DomainError> {
    Ok(review_criterion::Entity::find()
        .filter(review_criterion::Column::RoundId.eq(round_id))
        .order_by_asc(review_criterion::Column::Position)
        .all(conn)
        .await?)
}

/// Makes a round with the default settings and rubric. The demo edition passes its own
/// seed, so that its draw is the same on every machine.
///
/// # Errors
/// Conflict when the edition has that round already; database failures.
pub async fn create(
    conn: &impl ConnectionTrait,
    edition_id: i64,
    kind: RoundKind,
    seed: &str,
    now: i64,
) -> Result<review_round::Model, DomainError> {
    let defaults = rules::selection::FormulaWeights::default();
    let round = review_round::ActiveModel {
        edition_id: Set(edition_id),
        kind: Set(kind),
        reviews_per_entry: Set(DEFAULT_REVIEWS_PER_ENTRY),
        normalisation: Set(Normalisation::ZScore),
        country_conflicts: Set(false),
        seed: Set(seed.to_owned()),
        seed_commitment: Set(seed_commitment(seed)),
        formula_experts: Set(i32::from(defaults.experts)),
        formula_votes: Set(i32::from(defaults.votes)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    write_criteria(conn, round.id, &default_rubric(kind)).await?;
    Ok(round)
}

/// Reviews per entry unless the secretariat sets otherwise.
pub const DEFAULT_REVIEWS_PER_ENTRY: i32 = 3;

async fn write_criteria(
    conn: &impl ConnectionTrait,
    round_id: i64,
    criteria: &[Criterion],
) -> Result<(), DomainError> {
    review_criterion::Entity::delete_many()
        .filter(review_criterion::Column::RoundId.eq(round_id))
        .exec(conn)
        .await?;
    for (i, c) in criteria.iter().enumerate() {
        review_criterion::ActiveModel {
            round_id: Set(round_id),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            code: Set(c.code.clone()),
            title: Set(c.title.trim().to_owned()),
            weight: Set(i32::from(c.weight)),
            scale: Set(i32::from(c.scale)),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// Saves a round's settings and rubric (of the edition of `year`, the current one by
/// default), as the round form posts them. Before the round
/// opens, anything goes; after, a reason is required, the change is audited, and the
/// criteria keep their codes, order and scales (titles and weights may change).
///
/// # Errors
/// Unauthenticated, forbidden (checked before the form is read); invalid (rubric, settings,
/// missing reason); phase closed once the round closed.
#[tracing::instrument(skip_all, fields(kind = kind.code()))]
pub async fn save(
    ctx: &AppContext,
    actor: &Actor,
    kind: RoundKind,
    form: &rules::rubric::RoundForm,
    reason: &str,
    year: Option<i32>,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let (settings, rubric) = rules::rubric::parse_round_form(form).map_err(DomainError::Invalid)?;
    let (settings, rubric) = (&settings, rubric.as_slice());
    let round = of_year(ctx, kind, year).await?;
    let reason = match round.window {
        Window::NotYetOpen => Reason::optional(reason, "reason")?,
        Window::Open => {
            let before = round.rubric();
            let same_shape = before.len() == rubric.len()
                && before
                    .iter()
                    .zip(rubric)
                    .all(|(a, b)| a.code == b.code && a.scale == b.scale);
            if !same_shape {
                return Err(DomainError::invalid("rubric", "rubric-shape-locked"));
            }
            Some(Reason::parse(reason, "reason")?)
        }
        Window::Closed => return Err(DomainError::PhaseClosed("round-closed")),
    };
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let mut active: review_round::ActiveModel = round.model.clone().into();
    active.reviews_per_entry = Set(settings.reviews_per_entry);
    active.normalisation = Set(settings.normalisation);
    active.country_conflicts = Set(settings.country_conflicts);
    active.formula_experts = Set(i32::from(settings.formula.experts));
    active.formula_votes = Set(i32::from(settings.formula.votes));
    active.update(&txn).await?;
    if round.window == Window::NotYetOpen {
        write_criteria(&txn, round.model.id, rubric).await?;
    } else {
        for (stored, new) in round.criteria.iter().zip(rubric) {
            let mut c: review_criterion::ActiveModel = stored.clone().into();
            c.title = Set(new.title.trim().to_owned());
            c.weight = Set(i32::from(new.weight));
            c.update(&txn).await?;
        }
    }
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::RoundSaved,
            target_type: audit::TargetType::ReviewRound,
            target_id: round.model.id.to_string(),
            reason,
            details: serde_json::json!({
                "kind": kind.code(),
                "open": round.window == Window::Open,
                "reviews_per_entry": settings.reviews_per_entry,
                "normalisation": settings.normalisation.code(),
                "country_conflicts": settings.country_conflicts,
                "formula": [settings.formula.experts, settings.formula.votes],
                "rubric": rubric.iter().map(|c| (&c.code, c.weight, c.scale)).collect::<Vec<_>>(),
            }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
