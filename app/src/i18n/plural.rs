//! Plural forms for a count that changes in the browser (a word counter), without the
//! catalogues: the server renders a message once per plural category of the visitor's
//! language, with a slot where the number goes, and the island picks the form for the count
//! it has (Arabic has six forms, Russian four, Chinese one).

use serde::{Deserialize, Serialize};

use super::Locale;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category of the whole number `n` in `locale` (CLDR cardinal rules for integers).
    /// The catalogues choose with the same rules on the server; a test holds them equal.
    /// French and Spanish "many" (whole millions, CLDR 38) is left out, as the catalogues'
    /// rules leave it out: no text counts a million words.
    pub fn of(locale: Locale, n: u64) -> Plural {
        let (d10, d100) = (n % 10, n % 100);
        match locale {
            Locale::En | Locale::Es if n == 1 => Plural::One,
            Locale::Fr if n <= 1 => Plural::One,
            Locale::Ru if d10 == 1 && d100 != 11 => Plural::One,
            Locale::Ru if (2..=4).contains(&d10) && !(12..=14).contains(&d100) => Plural::Few,
            Locale::Ru => Plural::Many,
            Locale::Ar => match n {
                0 => Plural::Zero,
                1 => Plural::One,
                2 => Plural::Two,
                _ if (3..=10).contains(&d100) => Plural::Few,
                _ if (11..=99).contains(&d100) => Plural::Many,
                _ => Plural::Other,
            },
            _ => Plural::Other,
        }
    }

    /// One number of each category `locale` has, the smallest, to render each form with.
    pub fn samples(locale: Locale) -> Vec<(Plural, i64)> {
        let mut found: Vec<(Plural, i64)> = Vec::new();
        for n in 0..=200 {
            let category = Plural::of(locale, n);
            if !found.iter().any(|(c, _)| *c == category) {
                found.push((category, n as i64));
            }
        }
        found
    }
}

/// A message with a count, in one language, one form per plural category, each holding
/// [`PluralText::SLOT`] where the number goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PluralText {
    locale: Locale,
    forms: Vec<(Plural, String)>,
}

impl PluralText {
    /// Where the count goes in each form.
    pub const SLOT: &'static str = "{n}";

    pub fn new(locale: Locale, forms: Vec<(Plural, String)>) -> Self {
        Self { locale, forms }
    }

    /// The message for `n`, its digits grouped the language's way.
    pub fn format(&self, n: u64) -> String {
        let category = Plural::of(self.locale, n);
        let form = self
            .forms
            .iter()
            .find(|(c, _)| *c == category)
            .or_else(|| self.forms.iter().find(|(c, _)| *c == Plural::Other))
            .or(self.forms.first())
            .map(|(_, f)| f.as_str())
            .unwrap_or(Self::SLOT);
        let shown = self
            .locale
            .format_count(i64::try_from(n).unwrap_or(i64::MAX));
        form.replace(Self::SLOT, &shown)
    }
}

/// `n` with its digits grouped as `locale` groups them, without CLDR's data (the browser's
/// copy of [`Locale::format_count`]; a test on the server holds it equal to CLDR): French
/// groups with a narrow no-break space, Russian with a no-break space, Spanish with a full
/// stop and only from five digits, the others with a comma.
pub fn grouped(locale: Locale, n: i64) -> String {
    let (separator, least) = match locale {
        Locale::En | Locale::Zh | Locale::Ar => (",", 4),
        Locale::Fr => ("\u{202f}", 4),
        Locale::Ru => ("\u{a0}", 4),
        Locale::Es => (".", 5),
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && digits.len() >= least && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The island's rules are the catalogue's rules (`intl_pluralrules`, which Fluent uses)
    /// for every count a text field can hold, and at the round numbers where they change.
    /// Its Arabic rules drop CLDR's "n % 100" (103 is "few" in CLDR, "other" there), so
    /// Arabic is compared below 103 and checked against CLDR's own examples beyond.
    #[test]
    fn the_rules_agree_with_the_catalogues() {
        use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
        for locale in Locale::ALL {
            let lang: unic_langid::LanguageIdentifier =
                locale.code().parse().expect("a language identifier");
            let rules = PluralRules::create(lang, PluralRuleType::CARDINAL).expect("rules");
            let counts: Vec<u64> = if locale == Locale::Ar {
                (0..=102).collect()
            } else {
                (0..=20_000u64)
                    .chain([100_000, 1_000_000, 2_000_000, 1_000_001])
                    .collect()
            };
            for n in counts {
                let expected = match rules.select(n).expect("a category") {
                    PluralCategory::ZERO => Plural::Zero,
                    PluralCategory::ONE => Plural::One,
                    PluralCategory::TWO => Plural::Two,
                    PluralCategory::FEW => Plural::Few,
                    PluralCategory::MANY => Plural::Many,
                    PluralCategory::OTHER => Plural::Other,
                };
                assert_eq!(Plural::of(locale, n), expected, "{locale:?} {n}");
            }
        }
    }

    /// CLDR's own examples (cldr.unicode.org, "Language Plural Rules").
    #[test]
    fn arabic_and_russian_follow_cldr_past_one_hundred() {
        let ar = |n| Plural::of(Locale::Ar, n);
        assert_eq!([ar(103), ar(110), ar(1003)], [Plural::Few; 3]);
        assert_eq!([ar(111), ar(1011), ar(199)], [Plural::Many; 3]);
        assert_eq!([ar(100), ar(102), ar(1000)], [Plural::Other; 3]);
        let ru = |n| Plural::of(Locale::Ru, n);
        assert_eq!([ru(101), ru(1001)], [Plural::One; 2]);
        assert_eq!([ru(122), ru(1004)], [Plural::Few; 2]);
        assert_eq!([ru(111), ru(112), ru(1000)], [Plural::Many; 3]);
    }

    #[test]
    fn each_language_has_its_number_of_forms() {
        let count = |l| Plural::samples(l).len();
        assert_eq!(count(Locale::Ar), 6);
        assert_eq!(count(Locale::Ru), 3);
        assert_eq!(count(Locale::Zh), 1);
        assert_eq!(count(Locale::En), 2);
    }

    #[test]
    fn a_count_fills_the_form_of_its_category() {
        let text = PluralText::new(
            Locale::Ar,
            vec![
                (Plural::Zero, "لا كلمات {n}".into()),
                (Plural::One, "كلمة واحدة".into()),
                (Plural::Two, "كلمتان".into()),
                (Plural::Few, "{n} كلمات".into()),
                (Plural::Many, "{n} كلمة".into()),
                (Plural::Other, "{n} كلمة*".into()),
            ],
        );
        assert_eq!(text.format(1), "كلمة واحدة");
        assert_eq!(text.format(2), "كلمتان");
        assert_eq!(text.format(7), "7 كلمات");
        assert_eq!(text.format(11), "11 كلمة");
        assert_eq!(text.format(1200), "1,200 كلمة*");
        let fr = PluralText::new(
            Locale::Fr,
            vec![
                (Plural::One, "{n} mot".into()),
                (Plural::Other, "{n} mots".into()),
            ],
        );
        assert_eq!(fr.format(0), "0 mot");
        assert_eq!(fr.format(2500), "2\u{202f}500 mots");
    }
}
