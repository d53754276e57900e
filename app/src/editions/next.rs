//! The next edition, started by the secretariat from the newest one.
//!
//! What carries over from year to year: the categories and their texts in every language,
//! the special prizes, the rounds' settings and rubrics, the submission form's limits and
//! the counting rule. What each year makes afresh: its calendar (proposed one year later, in
//! the same time zone), its rounds' draw seeds with their commitments, and everything the
//! contest itself produces (entries, assignments, nominees, awards). [`COLUMNS`] says it of
//! every column, and a test fails on a column it does not list.
//!
//! The experts of the year before are asked back in one step ([`invite_returning_experts`]).

use std::collections::{BTreeMap, BTreeSet};

use jiff::{Timestamp, ToSpan, tz::TimeZone};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

use super::{
    CalendarPhase, EditionRow, EditionsAdmin, NextEditionForm,
    calendar::{self, CalendarInput},
};
use crate::{
    audit,
    auth::{Actor, Role},
    catalogue,
    codes::PhaseKind,
    entity::{
        account, account_role, category, category_text, edition, phase, review_criterion,
        review_round, round_expert,
    },
    error::{DomainError, FieldError},
    i18n::{Locale, dates::format_datetime},
    mail,
    phases::{self, PhaseWindow},
    review::{
        rounds::{self, Window},
        rules::ranking::seed_commitment,
    },
    state::AppContext,
};

/// What becomes of a column when the next edition is made from the newest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Carried {
    /// The new row holds the same value.
    Copied,
    /// The new row gets its own: a new id, the new year, a new seed, the typed calendar.
    Fresh,
}

use Carried::{Copied, Fresh};

/// Every column of the tables an edition is made of, table by table, and what the next
/// edition does with it.
pub const COLUMNS: &[(&str, &[(&str, Carried)])] = &[
    (
        "editions",
        &[
            ("id", Fresh),
            ("year", Fresh),
            // "WSIS Prizes 2028": typed on the start form, proposed from the new year.
            ("title", Fresh),
            // Proposed as the newest edition's, editable on the start form.
            ("time_zone", Fresh),
            ("submission_rules", Copied),
            ("screening_during_submission", Copied),
            // A started edition is a real one, whatever the edition it starts from.
            ("holds_demo_data", Fresh),
            ("complete_ballots_only", Copied),
            ("created_at", Fresh),
            ("updated_at", Fresh),
        ],
    ),
    (
        "phases",
        &[
            ("id", Fresh),
            ("edition_id", Fresh),
            ("kind", Copied),
            ("opens_at", Fresh),
            ("closes_at", Fresh),
        ],
    ),
    (
        "categories",
        &[
            ("id", Fresh),
            ("edition_id", Fresh),
            ("number", Copied),
            ("code", Copied),
            ("nominees", Copied),
            ("champions", Copied),
            ("winners", Copied),
            ("is_special", Copied),
        ],
    ),
    (
        "category_texts",
        &[
            ("category_id", Fresh),
            ("locale", Copied),
            ("title", Copied),
            ("description", Copied),
        ],
    ),
    (
        "review_rounds",
        &[
            ("id", Fresh),
            ("edition_id", Fresh),
            ("kind", Copied),
            ("reviews_per_entry", Copied),
            ("normalisation", Copied),
            ("country_conflicts", Copied),
            // Each round's draw gets its own secret, committed to before it is drawn.
            ("seed", Fresh),
            ("seed_commitment", Fresh),
            ("formula_experts", Copied),
            ("formula_votes", Copied),
            ("created_at", Fresh),
            // Whether its experts discuss an entry: as the secretariat left it last year.
            ("discussion", Copied),
        ],
    ),
    (
        "review_criteria",
        &[
            ("id", Fresh),
            ("round_id", Fresh),
            ("position", Copied),
            ("code", Copied),
            ("title", Copied),
            ("weight", Copied),
            ("scale", Copied),
        ],
    ),
];

/// The newest edition: the one the next starts from.
async fn newest(conn: &impl ConnectionTrait) -> Result<Option<edition::Model>, DomainError> {
    Ok(edition::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .max_by_key(|e| e.year))
}

/// `at` one year later on the wall clock of `tz` (29 February becomes 28 February).
fn a_year_later(at: i64, tz: &TimeZone) -> i64 {
    Timestamp::from_second(at)
        .ok()
        .and_then(|t| t.to_zoned_datetime(tz.clone()).checked_add(1.year()).ok())
        .map_or(at + 365 * 86_400, |z| z.timestamp().as_second())
}

/// The editions as the secretariat manages them, and the start form of the next one.
///
/// # Errors
/// Forbidden; database failures.
pub async fn overview(
    ctx: &AppContext,
    actor: &Actor,
    locale: Locale,
) -> Result<EditionsAdmin, DomainError> {
    actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let editions = catalogue::read(ctx).await?;
    let current = editions.current(now).map(|c| c.loaded.edition.id);
    let mut experts_of: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    let rounds = review_round::Entity::find().all(&ctx.db).await?;
    for r in round_expert::Entity::find().all(&ctx.db).await? {
        if let Some(round) = rounds.iter().find(|x| x.id == r.round_id) {
            experts_of
                .entry(round.edition_id)
                .or_default()
                .insert(r.account_id);
        }
    }
    let all = editions.all();
    let mut rows = Vec::with_capacity(all.len());
    for (i, content) in all.iter().enumerate() {
        let loaded = &content.loaded;
        let tz = loaded.tz()?;
        let first = loaded.calendar.iter().map(|w| w.opens_at).min();
        let last = loaded.calendar.iter().map(|w| w.closes_at).max();
        let mine = experts_of.get(&loaded.edition.id);
        // Editions are listed newest first: the one after `i` is the year before.
        let before = all.get(i + 1).map(|b| b.loaded.edition.id);
        let returning = before.and_then(|b| experts_of.get(&b)).map(|theirs| {
            theirs
                .iter()
                .filter(|x| mine.is_none_or(|m| !m.contains(x)))
                .count()
        });
        rows.push(EditionRow {
            year: loaded.edition.year,
            title: loaded.edition.title.clone(),
            current: current == Some(loaded.edition.id),
            opens: first
                .map(|t| format_datetime(t, &tz, locale))
                .unwrap_or_default(),
            closes: last
                .map(|t| format_datetime(t, &tz, locale))
                .unwrap_or_default(),
            categories: content.categories(locale).len(),
            experts: mine.map_or(0, BTreeSet::len),
            returning: returning.unwrap_or(0),
        });
    }
    // The catalogue lists the editions newest first: the next starts from the first.
    let next = match all.first().map(|c| &c.loaded) {
        Some(newest) => {
            let from = &newest.edition;
            let tz = newest.tz()?;
            let mut windows = newest.calendar.clone();
            windows.sort_by_key(|w| w.kind);
            let year = from.year + 1;
            Some(NextEditionForm {
                from_year: from.year,
                year,
                title: format!("WSIS Prizes {year}"),
                time_zone: from.time_zone.clone(),
                phases: windows
                    .iter()
                    .map(|w| CalendarPhase {
                        kind: w.kind,
                        opens_local: phases::format_local_input(a_year_later(w.opens_at, &tz), &tz),
                        closes_local: phases::format_local_input(
                            a_year_later(w.closes_at, &tz),
                            &tz,
                        ),
                        has_opened: false,
                    })
                    .collect(),
            })
        }
        None => None,
    };
    Ok(EditionsAdmin {
        editions: rows,
        next,
    })
}

/// What the secretariat sends to start the next edition.
#[derive(Clone, Debug)]
pub struct StartInput {
    /// The year of the edition it starts from: the newest.
    pub from_year: i32,
    pub title: String,
    pub time_zone: String,
    /// Local `YYYY-MM-DDTHH:MM` opening and closing of each phase.
    pub dates: Vec<(PhaseKind, String, String)>,
}

/// Starts the edition after the newest, from it (see the module header), with the typed
/// calendar, and returns its year. Audited.
///
/// Refused when that year has its edition already; when the calendar is not whole, ordered
/// and without overlaps; when its submission phase would open before the newest edition's
/// publication phase has opened; and when its vote would overlap another edition's.
///
/// # Errors
/// Forbidden; not found (no edition to start from); conflict (`editions-year-exists`);
/// invalid fields; database failures.
#[tracing::instrument(skip(ctx, actor))]
pub async fn start(
    ctx: &AppContext,
    actor: &Actor,
    input: &StartInput,
) -> Result<i32, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let from = newest(&txn).await?.ok_or(DomainError::NotFound)?;
    if input.from_year != from.year {
        // The form was made before another edition was started: that year is taken.
        return Err(DomainError::Conflict("editions-year-exists"));
    }
    let year = from.year + 1;
    let mut errors = Vec::new();
    let typed = calendar::read(
        &CalendarInput {
            edition_id: 0,
            title: input.title.clone(),
            time_zone: input.time_zone.clone(),
            dates: input.dates.clone(),
            screening_during_submission: false,
            complete_ballots_only: None,
            reason: String::new(),
        },
        &mut errors,
    );
    if errors.is_empty() {
        let mut from_calendar = Vec::new();
        let mut others = Vec::new();
        for e in edition::Entity::find().all(&txn).await? {
            let calendar = catalogue::load::calendar_of(&txn, e.id).await?;
            if e.id == from.id {
                from_calendar.clone_from(&calendar);
            }
            others.push(calendar);
        }
        errors.extend(clashes(&typed.windows, &from_calendar, &others));
    }
    if !errors.is_empty() {
        return Err(DomainError::Invalid(errors));
    }
    let made = copy(&txn, &from, year, &typed, now).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::EditionStart,
            target_type: audit::TargetType::Edition,
            target_id: year.to_string(),
            reason: None,
            details: json!({
                "from": from.year,
                "time_zone": typed.time_zone,
                "calendar": typed.windows.iter()
                    .map(|w| (w.kind.code().to_owned(), json!([w.opens_at, w.closes_at])))
                    .collect::<serde_json::Map<_, _>>(),
                "categories": made,
            }),
        },
        now,
    )
    .await?;
    catalogue::commit(ctx, txn).await?;
    Ok(year)
}

/// What the new calendar may not do to the others: open its submission before the
/// edition it follows has opened its publication (the two may overlap from then on, and the
/// new edition is then the current one), or hold its vote while another edition's runs.
fn clashes(
    new: &[PhaseWindow],
    from: &[PhaseWindow],
    others: &[Vec<PhaseWindow>],
) -> Vec<FieldError> {
    let of = |c: &[PhaseWindow], kind| c.iter().find(|w| w.kind == kind).copied();
    let mut errors = Vec::new();
    if let (Some(submission), Some(publication)) = (
        of(new, PhaseKind::Submission),
        of(from, PhaseKind::Publication),
    ) && submission.opens_at < publication.opens_at
    {
        errors.push(FieldError::new(
            "submission_opens",
            "editions-next-before-publication",
        ));
    }
    if let Some(vote) = of(new, PhaseKind::Voting) {
        let overlaps = others.iter().any(|c| {
            of(c, PhaseKind::Voting)
                .is_some_and(|v| v.opens_at < vote.closes_at && vote.opens_at < v.closes_at)
        });
        if overlaps {
            errors.push(FieldError::new(
                "voting_opens",
                "editions-next-votes-overlap",
            ));
        }
    }
    errors
}

/// Makes the edition of `year` from `from` in the caller's transaction, as [`COLUMNS`]
/// says; returns how many categories it holds.
async fn copy(
    conn: &impl ConnectionTrait,
    from: &edition::Model,
    year: i32,
    typed: &calendar::Typed,
    now: i64,
) -> Result<usize, DomainError> {
    let made = edition::ActiveModel {
        year: Set(year),
        title: Set(typed
            .title
            .clone()
            .unwrap_or_else(|| format!("WSIS Prizes {year}"))),
        time_zone: Set(typed.time_zone.clone()),
        submission_rules: Set(from.submission_rules.clone()),
        screening_during_submission: Set(from.screening_during_submission),
        holds_demo_data: Set(false),
        complete_ballots_only: Set(from.complete_ballots_only),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(|e| match DomainError::from(e) {
        DomainError::Conflict(_) => DomainError::Conflict("editions-year-exists"),
        other => other,
    })?;
    for w in &typed.windows {
        phase::ActiveModel {
            edition_id: Set(made.id),
            kind: Set(w.kind),
            opens_at: Set(w.opens_at),
            closes_at: Set(w.closes_at),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    let categories = category::Entity::find()
        .filter(category::Column::EditionId.eq(from.id))
        .all(conn)
        .await?;
    let texts = category_text::Entity::find()
        .filter(category_text::Column::CategoryId.is_in(categories.iter().map(|c| c.id)))
        .all(conn)
        .await?;
    for c in &categories {
        let new = category::ActiveModel {
            edition_id: Set(made.id),
            number: Set(c.number),
            code: Set(c.code.clone()),
            nominees: Set(c.nominees),
            champions: Set(c.champions),
            winners: Set(c.winners),
            is_special: Set(c.is_special),
            ..Default::default()
        }
        .insert(conn)
        .await?;
        for t in texts.iter().filter(|t| t.category_id == c.id) {
            category_text::ActiveModel {
                category_id: Set(new.id),
                locale: Set(t.locale),
                title: Set(t.title.clone()),
                description: Set(t.description.clone()),
            }
            .insert(conn)
            .await?;
        }
    }
    for r in review_round::Entity::find()
        .filter(review_round::Column::EditionId.eq(from.id))
        .all(conn)
        .await?
    {
        let seed = rounds::random_seed();
        let new = review_round::ActiveModel {
            edition_id: Set(made.id),
            kind: Set(r.kind),
            reviews_per_entry: Set(r.reviews_per_entry),
            normalisation: Set(r.normalisation),
            country_conflicts: Set(r.country_conflicts),
            seed_commitment: Set(seed_commitment(&seed)),
            seed: Set(seed),
            formula_experts: Set(r.formula_experts),
            formula_votes: Set(r.formula_votes),
            created_at: Set(now),
            discussion: Set(r.discussion),
            ..Default::default()
        }
        .insert(conn)
        .await?;
        for c in rounds::criteria_of(conn, r.id).await? {
            review_criterion::ActiveModel {
                round_id: Set(new.id),
                position: Set(c.position),
                code: Set(c.code),
                title: Set(c.title),
                weight: Set(c.weight),
                scale: Set(c.scale),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        }
    }
    Ok(categories.len())
}

/// Asks the experts of the edition before `year` back onto its panels, in one step: each
/// expert who still holds the role and whose account is enabled joins the same round, in
/// the same categories (those `year` still has), and is told by mail, in their language.
/// Returns how many experts it added; asking twice adds nobody twice.
///
/// # Errors
/// Forbidden; not found (no such edition, or none before it); phase closed when the
/// edition's rounds have both closed; database failures.
#[tracing::instrument(skip(ctx, actor))]
pub async fn invite_returning_experts(
    ctx: &AppContext,
    actor: &Actor,
    year: i32,
) -> Result<usize, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let editions = edition::Entity::find().all(&ctx.db).await?;
    let this = editions
        .iter()
        .find(|e| e.year == year)
        .ok_or(DomainError::NotFound)?;
    let before = editions
        .iter()
        .filter(|e| e.year < year)
        .max_by_key(|e| e.year)
        .ok_or(DomainError::NotFound)?;
    let calendar = catalogue::load::calendar_of(&ctx.db, this.id).await?;
    let txn = crate::db::begin_write(&ctx.db).await?;
    let role_holders: Vec<i64> = account_role::Entity::find()
        .filter(account_role::Column::Role.eq(Role::Expert))
        .all(&txn)
        .await?
        .into_iter()
        .map(|r| r.account_id)
        .collect();
    let enabled_experts: BTreeSet<i64> = account::Entity::find()
        .filter(account::Column::Id.is_in(role_holders))
        .filter(account::Column::DisabledAt.is_null())
        .all(&txn)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    // Each category of the year before, to this year's category of the same code.
    let this_year: BTreeMap<String, i64> = codes_of(&txn, this.id)
        .await?
        .into_iter()
        .map(|(id, code)| (code, id))
        .collect();
    let same_category: BTreeMap<i64, i64> = codes_of(&txn, before.id)
        .await?
        .into_iter()
        .filter_map(|(id, code)| this_year.get(&code).map(|new| (id, *new)))
        .collect();
    let mut added: BTreeMap<i64, usize> = BTreeMap::new();
    let mut open_rounds = 0;
    for kind in crate::review::rules::RoundKind::ALL.iter().copied() {
        let (Some(old), Some(new)) = (
            rounds::find(&txn, before.id, kind).await?,
            rounds::find(&txn, this.id, kind).await?,
        ) else {
            continue;
        };
        if rounds::window(&calendar, kind, now) == Window::Closed {
            continue;
        }
        open_rounds += 1;
        for account in rejoin(&txn, (&old, &new), &same_category, &enabled_experts, now).await? {
            *added.entry(account).or_default() += 1;
        }
    }
    if open_rounds == 0 {
        return Err(DomainError::PhaseClosed("round-closed"));
    }
    tell_returning(ctx, &txn, added.keys().copied(), year, now).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::ExpertsReturned,
            target_type: audit::TargetType::Edition,
            target_id: year.to_string(),
            reason: None,
            details: json!({ "from": before.year, "experts": added.len() }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(added.len())
}

/// Puts the experts of round `old` on round `new`, each in the categories `same_category`
/// maps theirs to, skipping those no longer experts and places already held. Returns one
/// account id per place made.
async fn rejoin(
    conn: &impl ConnectionTrait,
    (old, new): (&review_round::Model, &review_round::Model),
    same_category: &BTreeMap<i64, i64>,
    enabled_experts: &BTreeSet<i64>,
    now: i64,
) -> Result<Vec<i64>, DomainError> {
    let present: BTreeSet<(i64, i64)> = round_expert::Entity::find()
        .filter(round_expert::Column::RoundId.eq(new.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.account_id, r.category_id))
        .collect();
    let mut made = Vec::new();
    for r in round_expert::Entity::find()
        .filter(round_expert::Column::RoundId.eq(old.id))
        .all(conn)
        .await?
    {
        let Some(category_id) = same_category.get(&r.category_id) else {
            continue;
        };
        if !enabled_experts.contains(&r.account_id)
            || present.contains(&(r.account_id, *category_id))
        {
            continue;
        }
        round_expert::ActiveModel {
            round_id: Set(new.id),
            account_id: Set(r.account_id),
            category_id: Set(*category_id),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(conn)
        .await?;
        made.push(r.account_id);
    }
    Ok(made)
}

/// Tells each expert asked back, in their language, where to check their ties.
async fn tell_returning(
    ctx: &AppContext,
    txn: &impl ConnectionTrait,
    experts: impl Iterator<Item = i64>,
    year: i32,
    now: i64,
) -> Result<(), DomainError> {
    let accounts = account::Entity::find()
        .filter(account::Column::Id.is_in(experts))
        .filter(account::Column::DisabledAt.is_null())
        .all(txn)
        .await?;
    let link = format!("{}/review/ties", ctx.config.public_url);
    for a in &accounts {
        let locale = a.locale;
        let args = [
            ("name", a.name.clone()),
            ("year", year.to_string()),
            ("link", link.clone()),
        ];
        mail::tell(
            txn,
            ctx.config.delivery,
            mail::Letter {
                kind: mail::MailKind::Review,
                to: &a.email,
                locale,
                key: "editions-mail-returning",
                args: &args,
            },
            now,
        )
        .await?;
    }
    Ok(())
}

/// The categories of an edition, id to code.
async fn codes_of(
    conn: &impl ConnectionTrait,
    edition_id: i64,
) -> Result<BTreeMap<i64, String>, DomainError> {
    Ok(category::Entity::find()
        .filter(category::Column::EditionId.eq(edition_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c.code))
        .collect())
}

#[cfg(test)]
mod tests {
    use sea_orm::{IdenStatic, Iterable};

    use super::*;

    fn names<E: EntityTrait>() -> (String, BTreeSet<String>) {
        (
            E::default().table_name().to_owned(),
            E::Column::iter().map(|c| c.as_str().to_owned()).collect(),
        )
    }

    /// A column added to any of these tables must be listed, copied or fresh: otherwise the
    /// next edition would silently drop (or wrongly keep) what it holds.
    #[test]
    fn every_column_of_an_edition_is_listed_as_copied_or_fresh() {
        let tables = [
            names::<edition::Entity>(),
            names::<phase::Entity>(),
            names::<category::Entity>(),
            names::<category_text::Entity>(),
            names::<review_round::Entity>(),
            names::<review_criterion::Entity>(),
        ];
        assert_eq!(tables.len(), COLUMNS.len());
        for (table, columns) in tables {
            let listed: BTreeSet<String> = COLUMNS
                .iter()
                .find(|(t, _)| *t == table)
                .unwrap_or_else(|| panic!("table {table} is not listed"))
                .1
                .iter()
                .map(|(c, _)| (*c).to_owned())
                .collect();
            assert_eq!(listed, columns, "the columns of {table}");
        }
    }

    #[test]
    fn the_proposed_calendar_is_a_year_later_on_the_local_clock() {
        let tz = TimeZone::get("Europe/Zurich").unwrap_or(TimeZone::UTC);
        // 2 March 2026, 09:00 in Geneva (winter time) is 2 March 2027, 09:00 there.
        let at = phases::parse_local("2026-03-02T09:00", &tz).unwrap_or_default();
        assert_eq!(
            phases::format_local_input(a_year_later(at, &tz), &tz),
            "2027-03-02T09:00"
        );
        // 29 February has no date a year later: the last day of February.
        let leap = phases::parse_local("2028-02-29T12:00", &tz).unwrap_or_default();
        assert_eq!(
            phases::format_local_input(a_year_later(leap, &tz), &tz),
            "2029-02-28T12:00"
        );
    }

    fn window(kind: PhaseKind, opens_at: i64, closes_at: i64) -> PhaseWindow {
        PhaseWindow {
            kind,
            opens_at,
            closes_at,
        }
    }

    #[test]
    fn the_next_edition_may_overlap_publication_but_not_open_before_it_nor_vote_at_once() {
        let from = vec![
            window(PhaseKind::Voting, 300, 400),
            window(PhaseKind::Publication, 500, 900),
        ];
        let others = vec![from.clone()];
        let early = vec![
            window(PhaseKind::Submission, 450, 600),
            window(PhaseKind::Voting, 700, 800),
        ];
        let keys: Vec<String> = clashes(&early, &from, &others)
            .into_iter()
            .map(|e| e.message)
            .collect();
        assert_eq!(keys, ["editions-next-before-publication"]);
        let overlapping_vote = vec![
            window(PhaseKind::Submission, 500, 600),
            window(PhaseKind::Voting, 350, 800),
        ];
        let keys: Vec<String> = clashes(&overlapping_vote, &from, &others)
            .into_iter()
            .map(|e| e.message)
            .collect();
        assert_eq!(keys, ["editions-next-votes-overlap"]);
        let fine = vec![
            window(PhaseKind::Submission, 500, 600),
            window(PhaseKind::Voting, 400, 450),
        ];
        assert!(clashes(&fine, &from, &others).is_empty());
    }
}
