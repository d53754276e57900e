//! The phase calendar: which phase is open at a given instant, and whether a calendar the
//! secretariat typed is well-formed. Times are Unix seconds (UTC); the edition's time zone
//! matters only when reading and showing local dates, which the server does.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

use crate::{codes::coded, error::FieldError};

/// The phases of an edition, in the order they run.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    VariantArray,
    IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum PhaseKind {
    Submission,
    Screening,
    Voting,
    Selection,
    Publication,
}

coded!(PhaseKind, "phase");

/// One phase's window: open from `opens_at` (inclusive) to `closes_at` (exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseWindow {
    pub kind: PhaseKind,
    pub opens_at: i64,
    pub closes_at: i64,
}

impl PhaseWindow {
    pub fn contains(&self, at: i64) -> bool {
        self.opens_at <= at && at < self.closes_at
    }
}

/// Where an edition stands at one instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhaseState {
    /// A phase is open; it closes at `closes_at`.
    Open { kind: PhaseKind, closes_at: i64 },
    /// No phase is open; `next` opens at `opens_at` (before the first phase, or in a gap).
    Upcoming { next: PhaseKind, opens_at: i64 },
    /// Every phase has closed.
    Over,
}

/// The state of a calendar at `now`. The calendar need not be sorted.
pub fn phase_at(calendar: &[PhaseWindow], now: i64) -> PhaseState {
    if let Some(open) = calendar.iter().find(|w| w.contains(now)) {
        return PhaseState::Open {
            kind: open.kind,
            closes_at: open.closes_at,
        };
    }
    calendar
        .iter()
        .filter(|w| w.opens_at > now)
        .min_by_key(|w| w.opens_at)
        .map_or(PhaseState::Over, |w| PhaseState::Upcoming {
            next: w.kind,
            opens_at: w.opens_at,
        })
}

/// True when `kind` is open at `now`.
pub fn is_open(calendar: &[PhaseWindow], kind: PhaseKind, now: i64) -> bool {
    calendar.iter().any(|w| w.kind == kind && w.contains(now))
}

/// True when `kind` has opened at or before `now` (open or already closed).
pub fn has_opened(calendar: &[PhaseWindow], kind: PhaseKind, now: i64) -> bool {
    calendar.iter().any(|w| w.kind == kind && w.opens_at <= now)
}

/// Checks a whole calendar: every phase once, each closing after it opens, in order, and
/// no two overlapping. Field names are `<phase>_opens` / `<phase>_closes`.
///
/// # Errors
/// Every problem found, each attached to the field to fix.
pub fn validate_calendar(calendar: &[PhaseWindow]) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    for kind in PhaseKind::ALL.iter().copied() {
        let count = calendar.iter().filter(|w| w.kind == kind).count();
        if count != 1 {
            errors.push(FieldError::new(
                &format!("{}_opens", kind.code()),
                "calendar-phase-missing",
            ));
        }
    }
    for w in calendar {
        if w.closes_at <= w.opens_at {
            errors.push(FieldError::new(
                &format!("{}_closes", w.kind.code()),
                "calendar-closes-before-opens",
            ));
        }
    }
    let mut sorted: Vec<&PhaseWindow> = calendar.iter().collect();
    sorted.sort_by_key(|w| w.kind);
    for pair in sorted.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b.opens_at < a.closes_at {
            errors.push(FieldError::new(
                &format!("{}_opens", b.kind.code()),
                "calendar-overlap",
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// A checkbox as a form posts it: present (any value but `false`) when ticked, absent when
/// not. Also reads a JSON boolean.
///
/// # Errors
/// Never for a string or a boolean; the deserializer's error for anything else.
pub fn checkbox<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Ticked {
        Flag(bool),
        Text(String),
    }
    Ok(match Ticked::deserialize(deserializer)? {
        Ticked::Flag(b) => b,
        Ticked::Text(t) => !matches!(t.as_str(), "" | "false"),
    })
}

/// The calendar form as the secretariat types it: the local opening and closing
/// (`YYYY-MM-DDTHH:MM`) of each phase in the edition's time zone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarEdit {
    pub title: String,
    pub time_zone: String,
    pub submission_opens: String,
    pub submission_closes: String,
    pub screening_opens: String,
    pub screening_closes: String,
    pub voting_opens: String,
    pub voting_closes: String,
    pub selection_opens: String,
    pub selection_closes: String,
    pub publication_opens: String,
    pub publication_closes: String,
    /// Whether screening decisions may be taken while submission is still open.
    #[serde(default, deserialize_with = "checkbox")]
    pub screening_during_submission: bool,
    /// Which ballots count in the public vote: `complete` or `every`; empty keeps the rule.
    #[serde(default)]
    pub ballot_rule: String,
}

impl CalendarEdit {
    /// Each phase with its typed opening and closing, in calendar order.
    pub fn dates(&self) -> Vec<(PhaseKind, String, String)> {
        [
            (
                PhaseKind::Submission,
                &self.submission_opens,
                &self.submission_closes,
            ),
            (
                PhaseKind::Screening,
                &self.screening_opens,
                &self.screening_closes,
            ),
            (PhaseKind::Voting, &self.voting_opens, &self.voting_closes),
            (
                PhaseKind::Selection,
                &self.selection_opens,
                &self.selection_closes,
            ),
            (
                PhaseKind::Publication,
                &self.publication_opens,
                &self.publication_closes,
            ),
        ]
        .into_iter()
        .map(|(kind, opens, closes)| (kind, opens.clone(), closes.clone()))
        .collect()
    }
}

/// The rules of a category as the secretariat types them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryInput {
    pub code: String,
    pub number: String,
    pub nominees: String,
    pub champions: String,
    pub winners: String,
    /// A special prize (outside the action lines), with rules of its own.
    #[serde(default, deserialize_with = "checkbox")]
    pub is_special: bool,
    pub title_en: String,
    pub description_en: String,
    pub title_fr: String,
    pub description_fr: String,
}

/// A category's rules once checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryRules {
    pub code: String,
    pub number: i32,
    pub nominees: i32,
    pub champions: i32,
    pub winners: i32,
    pub is_special: bool,
    pub title_en: String,
    pub description_en: String,
    /// French title and description; empty means "fall back to English".
    pub title_fr: String,
    pub description_fr: String,
}

/// Longest category description, in characters.
pub const DESCRIPTION_MAX_CHARS: usize = 2000;

fn count(raw: &str, field: &str, errors: &mut Vec<FieldError>) -> i32 {
    match raw.trim().parse::<i32>() {
        Ok(n) if (1..=1000).contains(&n) => n,
        _ => {
            errors.push(FieldError::new(field, "category-count-invalid"));
            0
        }
    }
}

/// Checks a category: a short code (`C7.4`, `SR`), a number for ordering, counts from 1 to
/// 1,000 with winners ≤ champions ≤ nominees, an English title, texts within bounds.
///
/// # Errors
/// Every problem, each on its field.
pub fn parse_category(input: &CategoryInput) -> Result<CategoryRules, Vec<FieldError>> {
    let mut errors = Vec::new();
    let code = input.code.trim().to_owned();
    let code_ok = !code.is_empty()
        && code.chars().count() <= 20
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    if !code_ok {
        errors.push(FieldError::new("code", "category-code-invalid"));
    }
    let number = match input.number.trim().parse::<i32>() {
        Ok(n) if (1..=999).contains(&n) => n,
        _ => {
            errors.push(FieldError::new("number", "category-number-invalid"));
            0
        }
    };
    let nominees = count(&input.nominees, "nominees", &mut errors);
    let champions = count(&input.champions, "champions", &mut errors);
    let winners = count(&input.winners, "winners", &mut errors);
    if nominees > 0 && champions > nominees {
        errors.push(FieldError::new(
            "champions",
            "category-champions-over-nominees",
        ));
    }
    if champions > 0 && winners > champions {
        errors.push(FieldError::new(
            "winners",
            "category-winners-over-champions",
        ));
    }
    let mut text = |raw: &str, field: &str, max: usize, required: bool| -> String {
        let t = raw.trim();
        if required && t.is_empty() {
            errors.push(FieldError::new(field, "category-text-required"));
        } else if t.chars().count() > max {
            errors.push(FieldError::new(field, "category-text-too-long"));
        }
        t.to_owned()
    };
    let title_en = text(&input.title_en, "title_en", 300, true);
    let description_en = text(
        &input.description_en,
        "description_en",
        DESCRIPTION_MAX_CHARS,
        false,
    );
    let title_fr = text(&input.title_fr, "title_fr", 300, false);
    let description_fr = text(
        &input.description_fr,
        "description_fr",
        DESCRIPTION_MAX_CHARS,
        false,
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(CategoryRules {
        code,
        number,
        nominees,
        champions,
        winners,
        is_special: input.is_special,
        title_en,
        description_en,
        title_fr,
        description_fr,
    })
}

#[cfg(feature = "ssr")]
pub use local::*;

/// Local dates in an edition's time zone, on the server.
#[cfg(feature = "ssr")]
mod local {
    use jiff::{Timestamp, civil::DateTime, tz::TimeZone};

    /// The time zone an edition runs in when none is given: Geneva.
    pub const DEFAULT_TIME_ZONE: &str = "Europe/Zurich";

    /// Looks up an IANA time zone name.
    pub fn time_zone(name: &str) -> Option<TimeZone> {
        TimeZone::get(name).ok()
    }

    /// Reads `YYYY-MM-DDTHH:MM` (as an HTML `datetime-local` input sends it) in `tz`.
    /// A time that does not exist (the hour skipped when clocks go forward) moves forward by
    /// the gap; a time that happens twice (clocks going back) is the first of the two.
    pub fn parse_local(value: &str, tz: &TimeZone) -> Option<i64> {
        let dt: DateTime = value.trim().parse().ok()?;
        let zoned = tz.to_ambiguous_zoned_datetime(dt).compatible().ok()?;
        Some(zoned.timestamp().as_second())
    }

    /// Formats `at` as `YYYY-MM-DDTHH:MM` in `tz`, for a `datetime-local` input.
    pub fn format_local_input(at: i64, tz: &TimeZone) -> String {
        Timestamp::from_second(at)
            .map(|t| {
                t.to_zoned_datetime(tz.clone())
                    .strftime("%Y-%m-%dT%H:%M")
                    .to_string()
            })
            .unwrap_or_default()
    }

    /// The offset from UTC, in seconds, that `tz` has at `at`.
    pub fn offset_at(at: i64, tz: &TimeZone) -> i32 {
        Timestamp::from_second(at)
            .map(|t| tz.to_offset(t).seconds())
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cal() -> Vec<PhaseWindow> {
        vec![
            PhaseWindow {
                kind: PhaseKind::Submission,
                opens_at: 100,
                closes_at: 200,
            },
            PhaseWindow {
                kind: PhaseKind::Screening,
                opens_at: 200,
                closes_at: 300,
            },
            PhaseWindow {
                kind: PhaseKind::Voting,
                opens_at: 350,
                closes_at: 400,
            },
            PhaseWindow {
                kind: PhaseKind::Selection,
                opens_at: 400,
                closes_at: 500,
            },
            PhaseWindow {
                kind: PhaseKind::Publication,
                opens_at: 500,
                closes_at: 900,
            },
        ]
    }

    #[test]
    fn before_the_first_phase_the_submission_phase_is_upcoming() {
        assert_eq!(
            phase_at(&cal(), 50),
            PhaseState::Upcoming {
                next: PhaseKind::Submission,
                opens_at: 100
            }
        );
    }

    #[test]
    fn a_phase_is_open_from_its_opening_instant_until_just_before_it_closes() {
        assert_eq!(
            phase_at(&cal(), 100),
            PhaseState::Open {
                kind: PhaseKind::Submission,
                closes_at: 200
            }
        );
        assert_eq!(
            phase_at(&cal(), 199),
            PhaseState::Open {
                kind: PhaseKind::Submission,
                closes_at: 200
            }
        );
        assert_eq!(
            phase_at(&cal(), 200),
            PhaseState::Open {
                kind: PhaseKind::Screening,
                closes_at: 300
            }
        );
    }

    #[test]
    fn in_a_gap_between_phases_the_next_one_is_announced() {
        assert_eq!(
            phase_at(&cal(), 320),
            PhaseState::Upcoming {
                next: PhaseKind::Voting,
                opens_at: 350
            }
        );
        assert!(!is_open(&cal(), PhaseKind::Voting, 320));
        assert!(has_opened(&cal(), PhaseKind::Screening, 320));
    }

    #[test]
    fn after_the_last_phase_the_edition_is_over() {
        assert_eq!(phase_at(&cal(), 900), PhaseState::Over);
    }

    #[test]
    fn a_well_formed_calendar_passes() {
        assert_eq!(validate_calendar(&cal()), Ok(()));
    }

    #[test]
    fn overlapping_phases_are_refused_on_the_later_phase() {
        let mut c = cal();
        c[1].opens_at = 150;
        let errors = validate_calendar(&c).err().unwrap_or_default();
        assert_eq!(
            errors,
            vec![FieldError::new("screening_opens", "calendar-overlap")]
        );
    }

    #[test]
    fn a_phase_closing_before_it_opens_and_a_missing_phase_are_both_reported() {
        let mut c = cal();
        c[4].closes_at = 400;
        c.remove(0);
        let errors = validate_calendar(&c).err().unwrap_or_default();
        assert!(errors.contains(&FieldError::new(
            "submission_opens",
            "calendar-phase-missing"
        )));
        assert!(errors.contains(&FieldError::new(
            "publication_closes",
            "calendar-closes-before-opens"
        )));
    }

    fn category() -> CategoryInput {
        CategoryInput {
            code: "SR".into(),
            number: "19".into(),
            nominees: "10".into(),
            champions: "3".into(),
            winners: "2".into(),
            is_special: true,
            title_en: "Special Recognition".into(),
            description_en: "Projects of exceptional merit outside the action lines.".into(),
            title_fr: String::new(),
            description_fr: String::new(),
        }
    }

    #[test]
    fn a_special_prize_with_two_winners_is_a_valid_category() {
        let rules = parse_category(&category());
        assert_eq!(
            rules.as_ref().map(|r| (r.winners, r.is_special)),
            Ok((2, true))
        );
    }

    #[test]
    fn more_winners_than_champions_or_champions_than_nominees_is_refused() {
        let mut c = category();
        c.champions = "11".into();
        c.winners = "12".into();
        let fields: Vec<String> = parse_category(&c)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["champions", "winners"]);
    }

    #[test]
    fn a_category_code_is_short_and_plain() {
        for bad in ["", "C7 4", "<b>", "C7.4-and-a-very-long-tail"] {
            let mut c = category();
            c.code = bad.into();
            assert!(parse_category(&c).is_err(), "{bad:?} accepted");
        }
    }

    #[cfg(feature = "ssr")]
    mod time_zones {
        use super::super::*;

        fn geneva() -> jiff::tz::TimeZone {
            time_zone(DEFAULT_TIME_ZONE).unwrap_or(jiff::tz::TimeZone::UTC)
        }

        #[test]
        fn geneva_local_time_is_one_hour_ahead_of_utc_in_winter_and_two_in_summer() {
            // 2027-01-15 17:00 CET = 16:00 UTC; 2027-07-15 17:00 CEST = 15:00 UTC
            assert_eq!(
                parse_local("2027-01-15T17:00", &geneva()),
                Some(1_800_028_800)
            );
            let winter = parse_local("2027-01-15T17:00", &geneva()).unwrap_or_default();
            let summer = parse_local("2027-07-15T17:00", &geneva()).unwrap_or_default();
            assert_eq!(offset_at(winter, &geneva()), 3600);
            assert_eq!(offset_at(summer, &geneva()), 7200);
        }

        #[test]
        fn a_deadline_in_the_skipped_spring_hour_moves_forward_by_the_gap() {
            // Clocks go from 02:00 to 03:00 on 2027-03-28 in Geneva.
            let skipped = parse_local("2027-03-28T02:30", &geneva()).unwrap_or_default();
            assert_eq!(format_local_input(skipped, &geneva()), "2027-03-28T03:30");
        }

        #[test]
        fn a_deadline_in_the_repeated_autumn_hour_is_the_first_of_the_two() {
            // Clocks go from 03:00 back to 02:00 on 2027-10-31 in Geneva: 02:30 happens twice.
            let first = parse_local("2027-10-31T02:30", &geneva()).unwrap_or_default();
            assert_eq!(offset_at(first, &geneva()), 7200);
            let hour_later = first + 3600;
            assert_eq!(
                format_local_input(hour_later, &geneva()),
                "2027-10-31T02:30"
            );
        }

        #[test]
        fn the_same_instant_is_a_different_phase_state_depending_on_the_zone_the_deadline_was_set_in()
         {
            // A deadline of 23:59 local: in Geneva it has passed at 23:30 UTC, in New York not yet.
            let ny = time_zone("America/New_York").unwrap_or(jiff::tz::TimeZone::UTC);
            let geneva_close = parse_local("2027-03-01T23:59", &geneva()).unwrap_or_default();
            let ny_close = parse_local("2027-03-01T23:59", &ny).unwrap_or_default();
            let now = parse_local("2027-03-01T23:30", &jiff::tz::TimeZone::UTC).unwrap_or_default();
            let cal = |close| {
                [PhaseWindow {
                    kind: PhaseKind::Submission,
                    opens_at: 0,
                    closes_at: close,
                }]
            };
            assert_eq!(phase_at(&cal(geneva_close), now), PhaseState::Over);
            assert!(is_open(&cal(ny_close), PhaseKind::Submission, now));
        }

        #[test]
        fn malformed_local_dates_are_refused() {
            assert_eq!(parse_local("2027-02-30T10:00", &geneva()), None);
            assert_eq!(parse_local("tomorrow", &geneva()), None);
        }
    }
}
