//! Dates written out for a visitor, on the server, in the edition's time zone and the
//! visitor's language ("15 January 2027, 17:00 CET", "15 janvier 2027 à 17:00 CET").

use jiff::{Timestamp, tz::TimeZone};

use super::Locale;

/// Writes out the instant `at` (Unix seconds) in `tz` for `locale`, with the zone's
/// abbreviation so that nobody mistakes it for their own local time.
pub fn format_datetime(at: i64, tz: &TimeZone, locale: Locale) -> String {
    let Ok(ts) = Timestamp::from_second(at) else {
        return String::new();
    };
    let zoned = ts.to_zoned_datetime(tz.clone());
    let month = zoned.month();
    locale.t_args(
        "datetime",
        &[
            ("day", zoned.day().to_string()),
            ("month", locale.t(&format!("month-{month}"))),
            ("monthnum", month.to_string()),
            ("year", zoned.year().to_string()),
            ("time", zoned.strftime("%H:%M").to_string()),
            ("zone", zoned.strftime("%Z").to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deadline_is_written_in_the_visitors_language_and_the_editions_zone() {
        let tz = TimeZone::get("Europe/Zurich").unwrap_or(TimeZone::UTC);
        // 2027-01-15T16:00:00Z
        let at = 1_800_028_800;
        assert_eq!(
            format_datetime(at, &tz, Locale::En),
            "15 January 2027, 17:00 CET"
        );
        assert_eq!(
            format_datetime(at, &tz, Locale::Fr),
            "15 janvier 2027 à 17:00 CET"
        );
        assert_eq!(
            format_datetime(at, &tz, Locale::Zh),
            "2027年1月15日 17:00 CET"
        );
    }
}
