//! What a gallery search asks, parsed from the form as typed: the words to find and the
//! filters, each checked and bounded, so that the search reads only well-formed input.

use crate::{
    accounts::StakeholderType,
    countries::{ItuRegion, known_code},
    error::FieldError,
};

use super::SearchForm;

/// Projects on one page of results.
pub const PAGE_SIZE: u32 = 24;
/// The last page anyone may ask for: far beyond any edition, and a bound on the offset.
pub const MAX_PAGE: u32 = 1_000;
/// The longest search text, in characters.
pub const QUERY_MAX_CHARS: usize = 200;
/// The most words one search matches.
pub const MAX_TERMS: usize = 8;
/// The goals are numbered 1 to 17.
pub const SDG_COUNT: u8 = 17;

/// Which awarded projects to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwardFilter {
    Winner,
    Champion,
    /// Winners and champions.
    Either,
}

impl AwardFilter {
    /// Every choice, as the form offers them.
    pub const ALL: [AwardFilter; 3] = [Self::Either, Self::Winner, Self::Champion];

    /// The code in the address.
    pub fn code(self) -> &'static str {
        match self {
            Self::Winner => "winner",
            Self::Champion => "champion",
            Self::Either => "awarded",
        }
    }

    /// Its label's translation key.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Winner => "gallery-award-winner",
            Self::Champion => "gallery-award-champion",
            Self::Either => "gallery-award-either",
        }
    }

    fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// A search, checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search {
    /// Lower-cased words, each of which a project must contain (in any of its texts).
    pub terms: Vec<String>,
    pub edition: Option<i32>,
    /// A category code as stored (`C7.4`).
    pub category: Option<String>,
    pub region: Option<ItuRegion>,
    /// An ISO code we know.
    pub country: Option<&'static str>,
    pub stakeholder: Option<StakeholderType>,
    pub sdg: Option<u8>,
    pub award: Option<AwardFilter>,
    /// From 1.
    pub page: u32,
}

/// The words of a search text: lower-cased (so that a capital letter in any script matches
/// its small one), split on white space and punctuation that cannot be part of a name.
pub fn terms_of(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '"' | '«' | '»'))
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

fn chosen(raw: &str) -> Option<&str> {
    let raw = raw.trim();
    (!raw.is_empty()).then_some(raw)
}

impl Search {
    /// Checks the form as typed. An empty field does not filter.
    ///
    /// # Errors
    /// One message per field that is not a valid choice (a translation key).
    pub fn parse(form: &SearchForm) -> Result<Search, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut bad = |field: &str, key: &str| errors.push(FieldError::new(field, key));
        let mut search = Search {
            page: 1,
            ..Search::default()
        };
        if form.q.chars().count() > QUERY_MAX_CHARS {
            bad("q", "gallery-query-too-long");
        } else {
            search.terms = terms_of(&form.q);
            if search.terms.len() > MAX_TERMS {
                bad("q", "gallery-query-too-many-words");
            }
        }
        if let Some(year) = chosen(&form.edition) {
            match year.parse::<i32>() {
                Ok(y) if (1900..=9999).contains(&y) => search.edition = Some(y),
                _ => bad("edition", "gallery-edition-invalid"),
            }
        }
        if let Some(code) = chosen(&form.category) {
            // Category codes are short and plain (`C7.4`); anything else names no category.
            let plain = code.len() <= 16
                && code
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
            if plain {
                search.category = Some(code.to_ascii_uppercase());
            } else {
                bad("category", "gallery-category-invalid");
            }
        }
        if let Some(code) = chosen(&form.region) {
            match ItuRegion::from_code(code) {
                Some(r) => search.region = Some(r),
                None => bad("region", "gallery-region-invalid"),
            }
        }
        if let Some(code) = chosen(&form.country) {
            match known_code(code) {
                Some(c) if code.len() == 2 => search.country = Some(c),
                _ => bad("country", "gallery-country-invalid"),
            }
        }
        if let Some(code) = chosen(&form.stakeholder) {
            match StakeholderType::from_code(code) {
                Some(s) => search.stakeholder = Some(s),
                None => bad("stakeholder", "gallery-stakeholder-invalid"),
            }
        }
        if let Some(goal) = chosen(&form.sdg) {
            match goal.parse::<u8>() {
                Ok(g) if (1..=SDG_COUNT).contains(&g) => search.sdg = Some(g),
                _ => bad("sdg", "gallery-sdg-invalid"),
            }
        }
        if let Some(code) = chosen(&form.award) {
            match AwardFilter::parse(code) {
                Some(a) => search.award = Some(a),
                None => bad("award", "gallery-award-invalid"),
            }
        }
        if let Some(page) = chosen(&form.page) {
            match page.parse::<u32>() {
                Ok(p) if (1..=MAX_PAGE).contains(&p) => search.page = p,
                _ => bad("page", "gallery-page-invalid"),
            }
        }
        if errors.is_empty() {
            Ok(search)
        } else {
            Err(errors)
        }
    }

    /// How many results to skip.
    pub fn offset(&self) -> u64 {
        u64::from(self.page.saturating_sub(1)) * u64::from(PAGE_SIZE)
    }
}

/// How many pages `total` results make (at least one, so that an empty result has a page).
pub fn pages(total: u64) -> u32 {
    u32::try_from(total.div_ceil(u64::from(PAGE_SIZE)).max(1)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(fields: &[(&str, &str)]) -> SearchForm {
        let mut f = SearchForm::default();
        for (k, v) in fields {
            let slot = match *k {
                "q" => &mut f.q,
                "edition" => &mut f.edition,
                "category" => &mut f.category,
                "region" => &mut f.region,
                "country" => &mut f.country,
                "stakeholder" => &mut f.stakeholder,
                "sdg" => &mut f.sdg,
                "award" => &mut f.award,
                _ => &mut f.page,
            };
            *slot = (*v).to_owned();
        }
        f
    }

    fn fields_of(r: Result<Search, Vec<FieldError>>) -> Vec<String> {
        r.err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn an_empty_form_searches_everything_from_the_first_page() {
        let s = Search::parse(&SearchForm::default()).unwrap_or_default();
        assert_eq!(s.page, 1);
        assert!(s.terms.is_empty());
        assert_eq!(s.offset(), 0);
    }

    #[test]
    fn words_in_any_script_are_lower_cased_and_split() {
        assert_eq!(
            terms_of("  Министерство  ЦИФРОВОГО,развития «Digital» "),
            ["министерство", "цифрового", "развития", "digital"]
        );
        assert_eq!(terms_of("华为 هيئة"), ["华为", "هيئة"]);
    }

    #[test]
    fn every_filter_is_checked_and_named_when_wrong() {
        let wrong = form(&[
            ("edition", "next"),
            ("category", "C7.4'; DROP TABLE x"),
            ("region", "mars"),
            ("country", "XX"),
            ("stakeholder", "alien"),
            ("sdg", "18"),
            ("award", "gold"),
            ("page", "99999999999"),
        ]);
        assert_eq!(
            fields_of(Search::parse(&wrong)),
            [
                "edition",
                "category",
                "region",
                "country",
                "stakeholder",
                "sdg",
                "award",
                "page"
            ]
        );
        let right = Search::parse(&form(&[
            ("edition", "2025"),
            ("category", "c7.4"),
            ("region", "arab_states"),
            ("country", "eg"),
            ("stakeholder", "academia"),
            ("sdg", "17"),
            ("award", "winner"),
            ("page", "3"),
        ]))
        .unwrap_or_default();
        assert_eq!(right.edition, Some(2025));
        assert_eq!(right.category.as_deref(), Some("C7.4"));
        assert_eq!(right.region, Some(ItuRegion::ArabStates));
        assert_eq!(right.country, Some("EG"));
        assert_eq!(right.stakeholder, Some(StakeholderType::Academia));
        assert_eq!(right.sdg, Some(17));
        assert_eq!(right.award, Some(AwardFilter::Winner));
        assert_eq!(right.offset(), 2 * u64::from(PAGE_SIZE));
    }

    #[test]
    fn a_search_is_bounded_in_length_words_and_pages() {
        let long = "a".repeat(QUERY_MAX_CHARS + 1);
        assert_eq!(fields_of(Search::parse(&form(&[("q", &long)]))), ["q"]);
        let many = "w ".repeat(MAX_TERMS + 1);
        assert_eq!(fields_of(Search::parse(&form(&[("q", &many)]))), ["q"]);
        let last = MAX_PAGE.to_string();
        assert!(Search::parse(&form(&[("page", &last)])).is_ok());
        let beyond = (MAX_PAGE + 1).to_string();
        assert_eq!(
            fields_of(Search::parse(&form(&[("page", &beyond)]))),
            ["page"]
        );
        assert_eq!(fields_of(Search::parse(&form(&[("page", "0")]))), ["page"]);
    }

    #[test]
    fn results_make_whole_pages() {
        assert_eq!(pages(0), 1);
        assert_eq!(pages(u64::from(PAGE_SIZE)), 1);
        assert_eq!(pages(u64::from(PAGE_SIZE) + 1), 2);
    }
}
