//! Countries (ISO 3166-1 alpha-2) and the ITU region each belongs to.
//!
//! The country-to-region table is data: `app/data/itu_regions.csv`, with its source in its
//! header. Country names in each language come from CLDR, in a table generated once and
//! checked in (`cldr.rs`, written by `scripts/country-names.py`), on the server; the browser
//! receives them ready-made, sorted as the reader's language sorts.

use std::{collections::BTreeMap, sync::LazyLock};

use serde::{Deserialize, Serialize};

pub use crate::codes::ItuRegion;

static TABLE_CSV: &str = include_str!("../../data/itu_regions.csv");

static TABLE: LazyLock<BTreeMap<&'static str, ItuRegion>> = LazyLock::new(|| {
    TABLE_CSV
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && *l != "code,region")
        .filter_map(|l| {
            let (code, region) = l.split_once(',')?;
            Some((code.trim(), ItuRegion::from_code(region.trim())?))
        })
        .collect()
});

/// The canonical code if `raw` names a country we know (case-insensitive).
pub fn known_code(raw: &str) -> Option<&'static str> {
    let upper = raw.trim().to_ascii_uppercase();
    TABLE.get_key_value(upper.as_str()).map(|(k, _)| *k)
}

/// The ITU region of a country.
pub fn region_of(code: &str) -> Option<ItuRegion> {
    TABLE
        .get(code.trim().to_ascii_uppercase().as_str())
        .copied()
}

/// The label key of a region that is not known (no country, or one outside the table).
pub const REGION_UNKNOWN: &str = "region-unknown";

/// The label key of a country's ITU region, or of an unknown region: what charts group by.
pub fn region_key(code: &str) -> String {
    region_of(code).map_or_else(|| REGION_UNKNOWN.to_owned(), ItuRegion::label_key)
}

/// Every country code we know.
pub fn all_codes() -> impl Iterator<Item = &'static str> {
    TABLE.keys().copied()
}

/// A country as a form lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    pub code: String,
    pub name: String,
}

#[cfg(feature = "ssr")]
mod cldr;

#[cfg(feature = "ssr")]
mod names {
    use std::{collections::HashMap, sync::LazyLock};

    use super::{Country, all_codes, cldr::NAMES};
    use crate::i18n::Locale;

    /// The column of `locale` in the table.
    fn column(locale: Locale) -> usize {
        match locale {
            Locale::En => 0,
            Locale::Fr => 1,
            Locale::Es => 2,
            Locale::Ru => 3,
            Locale::Zh => 4,
            Locale::Ar => 5,
        }
    }

    /// Every country, sorted by its name in each language, made once.
    static SORTED: LazyLock<HashMap<Locale, Vec<Country>>> = LazyLock::new(|| {
        Locale::ALL
            .into_iter()
            .map(|locale| {
                let mut list: Vec<Country> = all_codes()
                    .map(|code| Country {
                        code: code.to_owned(),
                        name: country_name(code, locale),
                    })
                    .collect();
                locale.sort_by_name(&mut list, |c| &c.name);
                (locale, list)
            })
            .collect()
    });

    /// The country's name in `locale` (CLDR), or its code when CLDR has none.
    pub fn country_name(code: &str, locale: Locale) -> String {
        let code = code.trim();
        NAMES
            .binary_search_by(|(c, _)| (*c).cmp(code))
            .ok()
            .and_then(|at| NAMES.get(at))
            .map_or_else(
                || code.to_owned(),
                |(_, names)| names[column(locale)].to_owned(),
            )
    }

    /// Every country, sorted by its name in `locale`.
    pub fn countries_sorted(locale: Locale) -> Vec<Country> {
        SORTED.get(&locale).cloned().unwrap_or_default()
    }
}

#[cfg(feature = "ssr")]
pub use names::{countries_sorted, country_name};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_follows_from_the_country() {
        assert_eq!(region_of("SN"), Some(ItuRegion::Africa));
        assert_eq!(region_of("eg"), Some(ItuRegion::ArabStates));
        assert_eq!(region_of("KZ"), Some(ItuRegion::Cis));
        assert_eq!(region_of("BR"), Some(ItuRegion::Americas));
        assert_eq!(region_of("IN"), Some(ItuRegion::AsiaPacific));
        assert_eq!(region_of("CH"), Some(ItuRegion::Europe));
        assert_eq!(region_of("XX"), None);
    }

    #[test]
    fn every_itu_member_state_is_in_the_table() {
        assert!(all_codes().count() >= 193);
        assert_eq!(known_code(" fr "), Some("FR"));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn country_names_come_in_each_language() {
        use crate::i18n::Locale;
        assert_eq!(country_name("DE", Locale::En), "Germany");
        assert_eq!(country_name("DE", Locale::Fr), "Allemagne");
        assert_eq!(country_name("DE", Locale::Es), "Alemania");
        assert_eq!(country_name("DE", Locale::Zh), "德国");
        assert_eq!(country_name("XX", Locale::Fr), "XX");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn every_country_has_a_name_in_every_language() {
        use crate::i18n::Locale;
        for code in all_codes() {
            for locale in Locale::ALL {
                assert_ne!(country_name(code, locale), code, "{code} in {locale:?}");
            }
        }
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn countries_sort_as_each_language_sorts() {
        use crate::i18n::Locale;
        let position = |locale, code: &str| {
            countries_sorted(locale)
                .iter()
                .position(|c| c.code == code)
                .unwrap_or(usize::MAX)
        };
        // "États-Unis" with the E's, not after "Zimbabwe".
        assert!(position(Locale::Fr, "US") < position(Locale::Fr, "FI"));
        assert!(position(Locale::Fr, "US") < position(Locale::Fr, "ZW"));
        // Chinese by pinyin: 阿富汗 (Āfùhàn) early, 中非 (Zhōngfēi) late.
        assert!(position(Locale::Zh, "AF") < 10);
        assert!(position(Locale::Zh, "CF") > 180);
        // Spanish: "Omán" after "Noruega".
        assert!(position(Locale::Es, "NO") < position(Locale::Es, "OM"));
    }
}
