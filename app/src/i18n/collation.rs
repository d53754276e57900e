//! Names sorted the way each language sorts them (CLDR's collation, with ICU4X's
//! `icu_collator`): in French "États-Unis" comes before "Zimbabwe", in Spanish "ñ" after
//! "n", in Chinese by pinyin. Lists sorted on the server (countries, the ballot, members)
//! compare with the reader's language; what the database sorts (the gallery's results)
//! sorts by a key of the root collation, stored with the rows, so that both engines give
//! the same order whatever their own collation.

use std::{cmp::Ordering, collections::HashMap, sync::LazyLock};

use icu_collator::{CollatorBorrowed, options::CollatorOptions};
use icu_locale_core::locale;

use super::Locale;

/// One collator per language, and the root one, made once: a collator's data is compiled
/// in, so making one costs little, but sorting calls it for every pair.
static COLLATORS: LazyLock<HashMap<Option<Locale>, CollatorBorrowed<'static>>> =
    LazyLock::new(|| {
        let tagged = [
            (Some(Locale::En), locale!("en")),
            (Some(Locale::Fr), locale!("fr")),
            (Some(Locale::Es), locale!("es")),
            (Some(Locale::Ru), locale!("ru")),
            (Some(Locale::Zh), locale!("zh")),
            (Some(Locale::Ar), locale!("ar")),
            (None, locale!("und")),
        ];
        tagged
            .into_iter()
            .filter_map(|(key, tag)| {
                match CollatorBorrowed::try_new((&tag).into(), CollatorOptions::default()) {
                    Ok(c) => Some((key, c)),
                    Err(e) => {
                        tracing::error!("no collation for {tag}: {e}");
                        None
                    }
                }
            })
            .collect()
    });

impl Locale {
    /// Compares two names as this language sorts them (code points if its collation is
    /// missing, which compiled-in data rules out).
    pub fn compare(self, a: &str, b: &str) -> Ordering {
        match COLLATORS.get(&Some(self)) {
            Some(c) => c.compare(a, b),
            None => a.cmp(b),
        }
    }

    /// Sorts `items` by the name `name` gives, as this language sorts; equal names keep
    /// their order.
    pub fn sort_by_name<T>(self, items: &mut [T], name: impl Fn(&T) -> &str) {
        items.sort_by(|a, b| self.compare(name(a), name(b)));
    }
}

/// The root collation's sort key of `text`: bytes that compare, byte by byte, as the texts
/// do in the root order. What the database sorts by.
pub fn root_key(text: &str) -> Vec<u8> {
    let mut key = Vec::new();
    match COLLATORS.get(&None) {
        Some(c) => {
            // Writing into a Vec cannot fail.
            let _ = c.write_sort_key_to(text, &mut key);
        }
        None => key.extend_from_slice(text.as_bytes()),
    }
    key
}

/// A fingerprint of the root collation's keys: it changes when a new CLDR or ICU4X changes
/// the keys, and then the stored keys are written again.
pub fn keys_fingerprint() -> i64 {
    use sha2::{Digest, Sha256};
    let sample = [
        "a", "A", "á", "ä", "ae", "b", "c", "ç", "ch", "e", "é", "ê", "n", "ñ", "o", "ø", "z", "Ω",
        "ж", "ё", "ي", "א", "ก", "中", "国", "あ", "한", "1", "10", "2", " ", "-", "'",
    ];
    let mut hash = Sha256::new();
    for s in sample {
        hash.update(root_key(s));
        hash.update([0xff]);
    }
    let digest = hash.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    // Kept positive: it is stored as a version number.
    i64::from_be_bytes(first) & i64::MAX
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(locale: Locale, names: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|s| (*s).to_owned()).collect();
        locale.sort_by_name(&mut names, String::as_str);
        names
    }

    #[test]
    fn french_sorts_accents_with_their_letters() {
        assert_eq!(
            sorted(
                Locale::Fr,
                &["Zimbabwe", "États-Unis", "Espagne", "Équateur"]
            ),
            ["Équateur", "Espagne", "États-Unis", "Zimbabwe"]
        );
    }

    #[test]
    fn english_ignores_case_and_accents_first() {
        assert_eq!(
            sorted(Locale::En, &["zeta", "Åland", "alpha", "Beta"]),
            ["Åland", "alpha", "Beta", "zeta"]
        );
    }

    #[test]
    fn spanish_puts_enye_after_n() {
        assert_eq!(
            sorted(Locale::Es, &["Nicaragua", "Oman", "Ñandú", "Noruega"]),
            ["Nicaragua", "Noruega", "Ñandú", "Oman"]
        );
    }

    #[test]
    fn russian_sorts_yo_with_ye_and_cyrillic_before_latin() {
        assert_eq!(
            sorted(Locale::Ru, &["Ежевика", "Zebra", "Жук", "Ёж", "Аист"]),
            ["Аист", "Ёж", "Ежевика", "Жук", "Zebra"]
        );
    }

    #[test]
    fn chinese_sorts_by_pinyin() {
        // Ài (爱), Běi (北), Fǎ (法), Zhōng (中): by pinyin, not by code point.
        assert_eq!(
            sorted(Locale::Zh, &["中国", "法国", "北京", "爱尔兰"]),
            ["爱尔兰", "北京", "法国", "中国"]
        );
    }

    #[test]
    fn arabic_sorts_by_its_alphabet() {
        // Alif, ba, ta, ya: the alphabet's order.
        assert_eq!(
            sorted(Locale::Ar, &["يمن", "تونس", "باكستان", "أردن"]),
            ["أردن", "باكستان", "تونس", "يمن"]
        );
    }

    #[test]
    fn root_keys_compare_as_the_root_order() {
        let names = [
            "Zèbre",
            "école",
            "Ecole",
            "apple",
            "Äpfel",
            "Ölkännchen",
            "zebra",
            "中",
        ];
        let mut by_key = names.to_vec();
        by_key.sort_by_key(|n| root_key(n));
        let mut by_collator = names.to_vec();
        by_collator.sort_by(|a, b| COLLATORS[&None].compare(a, b));
        assert_eq!(by_key, by_collator);
        assert!(keys_fingerprint() > 0);
    }
}
