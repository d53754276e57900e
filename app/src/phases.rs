//! The phases of an edition in time: which phase is open at a given instant, and local
//! times in the edition's time zone. Times are Unix seconds (UTC); the edition's time zone
//! matters only when reading and showing local dates, which the server does.

use serde::{Deserialize, Serialize};

use crate::codes::PhaseKind;

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

/// A calendar for tests: the five phases, with a gap before voting.
#[cfg(test)]
pub(crate) fn sample_calendar() -> Vec<PhaseWindow> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn cal() -> Vec<PhaseWindow> {
        sample_calendar()
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
