//! Whole numbers written the way each language writes them, from CLDR (ICU4X's
//! `icu_decimal`): Spanish leaves four digits ungrouped ("1234", "12.345"), Russian groups
//! with a no-break space, French with a narrow one; Arabic pages keep Western digits
//! (`ar-u-nu-latn`), as their dates and charts do.
//!
//! The browser formats the counts an island shows with [`super::plural::grouped`], without
//! CLDR's data; a test holds the two equal.

use std::collections::HashMap;

use icu_decimal::{DecimalFormatter, input::Decimal};
use icu_locale_core::locale;

use super::Locale;

/// Every language's formatter, made once per thread (a formatter may not cross threads).
fn formatters() -> HashMap<Locale, DecimalFormatter> {
    [
        (Locale::En, locale!("en")),
        (Locale::Fr, locale!("fr")),
        (Locale::Es, locale!("es")),
        (Locale::Ru, locale!("ru")),
        (Locale::Zh, locale!("zh")),
        (Locale::Ar, locale!("ar-u-nu-latn")),
    ]
    .into_iter()
    .filter_map(
        |(key, tag)| match DecimalFormatter::try_new((&tag).into(), Default::default()) {
            Ok(f) => Some((key, f)),
            Err(e) => {
                tracing::error!("no number format for {tag}: {e}");
                None
            }
        },
    )
    .collect()
}

thread_local! {
    static FORMATTERS: HashMap<Locale, DecimalFormatter> = formatters();
}

/// `n` as `locale` writes it.
pub fn format(locale: Locale, n: i64) -> String {
    FORMATTERS.with(|all| match all.get(&locale) {
        Some(f) => f.format_to_string(&Decimal::from(n)),
        None => super::plural::grouped(locale, n),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_digits_its_own_way() {
        assert_eq!(format(Locale::En, 1_234_567), "1,234,567");
        assert_eq!(format(Locale::Es, 1234), "1234");
        assert_eq!(format(Locale::Es, 12_345), "12.345");
        assert_eq!(format(Locale::Ru, 12_345), "12\u{a0}345");
        assert_eq!(format(Locale::Fr, 1234), "1\u{202f}234");
        assert_eq!(format(Locale::Ar, 1_234_567), "1,234,567");
        assert_eq!(format(Locale::Zh, 45_000), "45,000");
    }

    /// What the browser writes is what CLDR writes, for every count an island can show
    /// and for large ones.
    #[test]
    fn the_browser_writes_numbers_as_cldr_does() {
        let counts = (0..=20_000).chain([99_999, 100_000, 1_234_567, 2_000_000_000, i64::MAX]);
        for locale in Locale::ALL {
            for n in counts.clone() {
                assert_eq!(
                    super::super::plural::grouped(locale, n),
                    format(locale, n),
                    "{locale:?} {n}"
                );
            }
        }
    }
}
