//! What the demo's texts are made of: the corpus (`app/data/demo/corpus.json`: project
//! names, sentences, places and names per category and country), and what is drawn from it
//! with the demo's seeded generator. Pure: no database here.

use std::collections::HashMap;

use rand::{Rng, rngs::StdRng, seq::IndexedRandom};
use serde::Deserialize;

use crate::{i18n::Locale, nominations::rules};

static CORPUS: &str = include_str!("../../data/demo/corpus.json");

#[derive(Deserialize)]
pub(super) struct Corpus {
    pub(super) categories: HashMap<String, CategoryCorpus>,
    pub(super) organisation_patterns: HashMap<String, Vec<String>>,
    /// Names some organisations of a country give themselves in its own script.
    #[serde(default)]
    pub(super) native_organisations: HashMap<String, Vec<String>>,
    pub(super) places: HashMap<String, Vec<String>>,
    pub(super) first_names: Vec<String>,
    pub(super) last_names: Vec<String>,
}

#[derive(Deserialize)]
pub(super) struct CategoryCorpus {
    pub(super) project_names: Vec<String>,
    pub(super) problems: Vec<String>,
    pub(super) approaches: Vec<String>,
    pub(super) results: Vec<String>,
    pub(super) futures: Vec<String>,
    pub(super) partners: Vec<String>,
    pub(super) sdgs: Vec<u8>,
}

impl Corpus {
    /// The corpus the demo is written from.
    ///
    /// # Errors
    /// Internal, for a broken corpus file.
    pub(super) fn load() -> Result<Self, crate::error::DomainError> {
        serde_json::from_str(CORPUS).map_err(crate::error::DomainError::internal)
    }

    /// The countries the corpus has places in, in a fixed order.
    pub(super) fn countries(&self) -> Vec<&String> {
        let mut countries: Vec<&String> = self.places.keys().collect();
        countries.sort();
        countries
    }
}

pub(super) fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    // The corpus is checked to have every list non-empty (see the tests).
    items.choose(rng).unwrap_or_else(|| &items[0])
}

pub(super) fn fill(template: &str, place: &str, country: &str, rng: &mut StdRng) -> String {
    let n1 = rng.random_range(3..400) * 100;
    let n2 = rng.random_range(12..75);
    template
        .replace("{place}", place)
        .replace("{country}", country)
        .replace("{n1}", &Locale::En.format_count(n1))
        .replace("{n2}", &n2.to_string())
}

/// A short description of 150 to 200 words: the problem, what was done, the results, the
/// partners and what comes next.
pub(super) fn short_description(
    c: &CategoryCorpus,
    place: &str,
    country: &str,
    rng: &mut StdRng,
) -> String {
    let mut approaches: Vec<&String> = c.approaches.iter().collect();
    approaches.sort_by_key(|_| rng.random::<u32>());
    let mut sentences = vec![fill(pick(rng, &c.problems).as_str(), place, country, rng)];
    sentences.push(fill(approaches[0].as_str(), place, country, rng));
    sentences.push(fill(
        approaches[1 % approaches.len()].as_str(),
        place,
        country,
        rng,
    ));
    sentences.push(fill(pick(rng, &c.results).as_str(), place, country, rng));
    let (p1, p2) = (
        pick(rng, &c.partners).clone(),
        pick(rng, &c.partners).clone(),
    );
    let partners = if p1 == p2 {
        p1
    } else {
        format!("{p1} and {p2}")
    };
    sentences.push(format!("The work is carried out with {partners}."));
    sentences.push(fill(pick(rng, &c.futures).as_str(), place, country, rng));
    let mut extra = 2;
    while rules::word_count(&sentences.join(" ")) < 150 && extra < approaches.len() {
        sentences.insert(3, fill(approaches[extra].as_str(), place, country, rng));
        extra += 1;
    }
    while rules::word_count(&sentences.join(" ")) > 200 && sentences.len() > 4 {
        sentences.pop();
    }
    sentences.join(" ")
}

/// A picture made of soft bands of colour, different for every project.
pub(super) fn artwork(rng: &mut StdRng) -> Vec<u8> {
    let (w, h) = (640u32, 400u32);
    let base = [
        rng.random_range(0..200u8),
        rng.random_range(60..200u8),
        rng.random_range(90..230u8),
    ];
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let band = ((x + y * 2) / 80) as u8;
        image::Rgb([
            base[0].saturating_add(band * 9),
            base[1].saturating_add(band * 5),
            base[2].saturating_sub(band * 7),
        ])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    let _ = image::DynamicImage::ImageRgb8(img).write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;

    use super::*;
    use crate::codes::StakeholderType;

    #[test]
    fn the_corpus_covers_every_category_with_every_list_filled() {
        let corpus: Corpus = serde_json::from_str(CORPUS).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(corpus.categories.len(), 18);
        for (code, c) in &corpus.categories {
            for (name, len) in [
                ("project_names", c.project_names.len()),
                ("problems", c.problems.len()),
                ("approaches", c.approaches.len()),
                ("results", c.results.len()),
                ("futures", c.futures.len()),
                ("partners", c.partners.len()),
            ] {
                assert!(len >= 3, "{code}.{name}");
            }
        }
        for stakeholder in StakeholderType::ALL.iter().copied() {
            assert!(!corpus.organisation_patterns[stakeholder.code()].is_empty());
        }
        for code in corpus.places.keys() {
            assert!(crate::countries::known_code(code).is_some(), "{code}");
        }
        // Native names are used only for countries the demo draws from.
        for (code, names) in &corpus.native_organisations {
            assert!(corpus.places.contains_key(code), "{code}");
            assert!(!names.is_empty(), "{code}");
        }
    }

    #[test]
    fn generated_descriptions_fit_the_word_limits_and_leave_no_placeholder() {
        let corpus: Corpus = serde_json::from_str(CORPUS).unwrap_or_else(|e| panic!("{e}"));
        let mut rng = StdRng::seed_from_u64(7);
        for c in corpus.categories.values() {
            for _ in 0..20 {
                let d = short_description(c, "Kisumu", "Kenya", &mut rng);
                let n = rules::word_count(&d);
                assert!((150..=200).contains(&n), "{n} words: {d}");
                assert!(!d.contains('{'), "{d}");
            }
        }
    }
}
