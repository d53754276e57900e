//! Rubrics: the weighted criteria a round scores against, and the scores experts give.
//!
//! Weights are whole percentages that add up to 100. Each criterion is scored from 0 to its
//! own scale (5 or 10, say) with at most one decimal, so a score is held as whole tenths and
//! no rounding ever enters what an expert typed. A review's weighted total is on 0..=100:
//! the sum over criteria of weight × score ÷ scale.

use serde::{Deserialize, Serialize};

use super::{Normalisation, selection::FormulaWeights};
pub use crate::codes::RoundKind;
use crate::error::FieldError;

/// At most this many criteria in one rubric: a form an expert fills a thousand times.
pub const MAX_CRITERIA: usize = 12;
/// The largest scale a criterion may have.
pub const MAX_SCALE: u8 = 100;
/// The longest criterion title, in characters.
pub const MAX_TITLE: usize = 120;

/// One weighted criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    /// Stable within the round: scores refer to it.
    pub code: String,
    pub title: String,
    /// Whole percent; a rubric's weights add up to 100.
    pub weight: u8,
    /// Scores run from 0 to `scale`.
    pub scale: u8,
}

impl Criterion {
    fn new(code: &str, title: &str, weight: u8, scale: u8) -> Self {
        Self {
            code: code.to_owned(),
            title: title.to_owned(),
            weight,
            scale,
        }
    }
}

/// The default rubric of a round: the nomination criteria for shortlisting, and merit,
/// originality, impact and contribution to sustainable development for selection. All on a
/// scale of 10.
pub fn default_rubric(kind: RoundKind) -> Vec<Criterion> {
    match kind {
        RoundKind::Shortlisting => vec![
            Criterion::new("relevance", "Relevance to the action line", 15, 10),
            Criterion::new("impact", "Results and impact", 20, 10),
            Criterion::new("empowerment", "Community empowerment", 10, 10),
            Criterion::new("sdgs", "Relevance to the SDGs", 10, 10),
            Criterion::new("replicability", "Potential for replication", 10, 10),
            Criterion::new("sustainability", "Sustainability", 15, 10),
            Criterion::new("partnerships", "Partnerships", 10, 10),
            Criterion::new("values", "WSIS values", 10, 10),
        ],
        RoundKind::Selection => vec![
            Criterion::new("merit", "Merit", 25, 10),
            Criterion::new("originality", "Originality", 25, 10),
            Criterion::new("impact", "Impact", 25, 10),
            Criterion::new(
                "sustainable_development",
                "Contribution to sustainable development",
                25,
                10,
            ),
        ],
    }
}

/// Checks a rubric: 1 to [`MAX_CRITERIA`] criteria with distinct codes and titles, each weight
/// 1..=100 and each scale 1..=[`MAX_SCALE`], weights adding up to 100.
///
/// # Errors
/// Field messages (translation keys) for `title-{i}`, `weight-{i}`, `scale-{i}` or `rubric`.
pub fn validate_rubric(criteria: &[Criterion]) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    if criteria.is_empty() {
        errors.push(FieldError::new("rubric", "rubric-empty"));
    }
    if criteria.len() > MAX_CRITERIA {
        errors.push(FieldError::new("rubric", "rubric-too-many"));
    }
    for (i, c) in criteria.iter().enumerate() {
        let title = c.title.trim();
        if title.is_empty() {
            errors.push(FieldError::new(
                &format!("title-{i}"),
                "rubric-title-missing",
            ));
        } else if title.chars().count() > MAX_TITLE {
            errors.push(FieldError::new(
                &format!("title-{i}"),
                "rubric-title-too-long",
            ));
        } else if criteria[..i]
            .iter()
            .any(|o| o.title.trim().eq_ignore_ascii_case(title))
        {
            errors.push(FieldError::new(&format!("title-{i}"), "rubric-title-twice"));
        }
        if c.code.is_empty() || criteria[..i].iter().any(|o| o.code == c.code) {
            errors.push(FieldError::new(&format!("title-{i}"), "rubric-code-twice"));
        }
        if !(1..=100).contains(&c.weight) {
            errors.push(FieldError::new(
                &format!("weight-{i}"),
                "rubric-weight-range",
            ));
        }
        if !(1..=MAX_SCALE).contains(&c.scale) {
            errors.push(FieldError::new(&format!("scale-{i}"), "rubric-scale-range"));
        }
    }
    let sum: u32 = criteria.iter().map(|c| u32::from(c.weight)).sum();
    if !criteria.is_empty() && sum != 100 {
        errors.push(FieldError::new("rubric", "rubric-weights-sum"));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// A score as typed ("7", "7.5", or "7,5" with a decimal comma), in whole tenths, checked
/// against the criterion's scale.
///
/// # Errors
/// A translation key: `review-score-missing`, `review-score-number`, `review-score-decimals`
/// (more than one decimal) or `review-score-range`.
pub fn parse_score(text: &str, scale: u8) -> Result<u16, &'static str> {
    let text = text.trim();
    if text.is_empty() {
        return Err("review-score-missing");
    }
    let (whole, fraction) = match text.split_once(['.', ',']) {
        Some((w, f)) => (w, f),
        None => (text, ""),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !(fraction.is_empty() || fraction.bytes().all(|b| b.is_ascii_digit())) {
        return Err("review-score-number");
    }
    // "7.50" holds no more than "7.5": trailing zeros are not extra precision.
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > 1 {
        return Err("review-score-decimals");
    }
    let whole: u16 = whole.parse().map_err(|_| "review-score-number")?;
    let tenths = whole * 10 + fraction.parse::<u16>().unwrap_or(0);
    if tenths > u16::from(scale) * 10 {
        return Err("review-score-range");
    }
    Ok(tenths)
}

/// The weighted total, on 0..=100, of one review's scores (tenths, in the rubric's order).
/// A missing score counts as zero; the service refuses incomplete sheets before this.
pub fn weighted_total(criteria: &[Criterion], tenths: &[u16]) -> f64 {
    criteria
        .iter()
        .zip(tenths.iter().copied().chain(std::iter::repeat(0)))
        .map(|(c, t)| f64::from(c.weight) * f64::from(t) / (10.0 * f64::from(c.scale.max(1))))
        .sum()
}

/// The most reviews per entry a round may ask for.
pub const MAX_REVIEWS_PER_ENTRY: i32 = 9;

/// A round's settings, parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundSettings {
    pub reviews_per_entry: i32,
    pub normalisation: Normalisation,
    pub country_conflicts: bool,
    pub formula: FormulaWeights,
}

/// The round form as posted: settings, and the rubric as parallel lists (`code[0]`,
/// `title[0]`, `weight[0]`, `scale[0]`, then `[1]`…).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundForm {
    #[serde(default)]
    pub reviews_per_entry: String,
    #[serde(default)]
    pub normalisation: String,
    #[serde(default, deserialize_with = "crate::forms::checkbox")]
    pub country_conflicts: bool,
    #[serde(default)]
    pub formula_experts: String,
    #[serde(default)]
    pub formula_votes: String,
    #[serde(default)]
    pub code: Vec<String>,
    #[serde(default)]
    pub title: Vec<String>,
    #[serde(default)]
    pub weight: Vec<String>,
    #[serde(default)]
    pub scale: Vec<String>,
}

/// Reads the round form. A criterion without a code is new: it gets one from its title's
/// position (`c1`, `c2`…), unique within the rubric. Rows left wholly empty are dropped.
///
/// # Errors
/// Every problem found, by field (`reviews_per_entry`, `normalisation`, `formula`,
/// `title-{i}`, `weight-{i}`, `scale-{i}`, `rubric`).
pub fn parse_round_form(
    form: &RoundForm,
) -> Result<(RoundSettings, Vec<Criterion>), Vec<FieldError>> {
    let mut errors = Vec::new();
    let reviews_per_entry = match form.reviews_per_entry.trim().parse::<i32>() {
        Ok(n) if (1..=MAX_REVIEWS_PER_ENTRY).contains(&n) => n,
        _ => {
            errors.push(FieldError::new("reviews_per_entry", "round-reviews-range"));
            0
        }
    };
    let normalisation = Normalisation::from_code(form.normalisation.trim()).unwrap_or_else(|| {
        errors.push(FieldError::new(
            "normalisation",
            "round-normalisation-unknown",
        ));
        Normalisation::ZScore
    });
    let percent = |t: &str| t.trim().parse::<u8>().ok().filter(|n| *n <= 100);
    let formula = match (percent(&form.formula_experts), percent(&form.formula_votes)) {
        (Some(e), Some(v)) => FormulaWeights::new(e, v).unwrap_or_else(|key| {
            errors.push(FieldError::new("formula", key));
            FormulaWeights::default()
        }),
        _ => {
            errors.push(FieldError::new("formula", "formula-weights-sum"));
            FormulaWeights::default()
        }
    };
    let rows = form
        .title
        .len()
        .max(form.weight.len())
        .max(form.scale.len())
        .max(form.code.len());
    if rows > MAX_CRITERIA * 2 {
        errors.push(FieldError::new("rubric", "rubric-too-many"));
        return Err(errors);
    }
    let cell = |v: &Vec<String>, i: usize| v.get(i).map_or("", |s| s.trim()).to_owned();
    let mut criteria = Vec::new();
    for i in 0..rows {
        let (code, title, weight, scale) = (
            cell(&form.code, i),
            cell(&form.title, i),
            cell(&form.weight, i),
            cell(&form.scale, i),
        );
        if title.is_empty() && weight.is_empty() && code.is_empty() {
            continue;
        }
        let at = criteria.len();
        let number = |text: &str, field: &str, key: &str, errors: &mut Vec<FieldError>| {
            text.parse::<u8>().unwrap_or_else(|_| {
                errors.push(FieldError::new(&format!("{field}-{at}"), key));
                0
            })
        };
        let weight = number(&weight, "weight", "rubric-weight-range", &mut errors);
        let scale = number(&scale, "scale", "rubric-scale-range", &mut errors);
        let code = if code.is_empty() {
            (1..)
                .map(|n| format!("c{n}"))
                .find(|c| {
                    !form.code.contains(c) && criteria.iter().all(|x: &Criterion| &x.code != c)
                })
                .unwrap_or_default()
        } else {
            code
        };
        criteria.push(Criterion {
            code,
            title,
            weight,
            scale,
        });
    }
    if let Err(more) = validate_rubric(&criteria) {
        for e in more {
            if !errors.contains(&e) {
                errors.push(e);
            }
        }
    }
    if errors.is_empty() {
        Ok((
            RoundSettings {
                reviews_per_entry,
                normalisation,
                country_conflicts: form.country_conflicts,
                formula,
            },
            criteria,
        ))
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_default_rubrics_are_valid_and_weigh_one_hundred() {
        for kind in RoundKind::ALL {
            let rubric = default_rubric(*kind);
            assert_eq!(validate_rubric(&rubric), Ok(()), "{kind:?}");
        }
        assert_eq!(default_rubric(RoundKind::Shortlisting).len(), 8);
        assert_eq!(default_rubric(RoundKind::Selection).len(), 4);
    }

    #[test]
    fn a_rubric_whose_weights_do_not_add_up_is_refused() {
        let mut rubric = default_rubric(RoundKind::Selection);
        rubric[0].weight = 30;
        let errors = validate_rubric(&rubric).unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError::new("rubric", "rubric-weights-sum")]
        );
    }

    #[test]
    fn zero_weights_scales_and_repeated_titles_are_named_by_field() {
        let rubric = vec![
            Criterion::new("a", "Merit", 0, 10),
            Criterion::new("b", "merit", 100, 0),
        ];
        let errors = validate_rubric(&rubric).unwrap_err();
        assert!(errors.contains(&FieldError::new("weight-0", "rubric-weight-range")));
        assert!(errors.contains(&FieldError::new("title-1", "rubric-title-twice")));
        assert!(errors.contains(&FieldError::new("scale-1", "rubric-scale-range")));
        assert!(validate_rubric(&[]).is_err());
    }

    #[test]
    fn scores_are_read_in_tenths_with_a_point_or_a_comma() {
        assert_eq!(parse_score("7", 10), Ok(70));
        assert_eq!(parse_score(" 7.5 ", 10), Ok(75));
        assert_eq!(parse_score("7,5", 10), Ok(75));
        assert_eq!(parse_score("7.50", 10), Ok(75));
        assert_eq!(parse_score("0", 10), Ok(0));
        assert_eq!(parse_score("10", 10), Ok(100));
        assert_eq!(parse_score("5.0", 5), Ok(50));
    }

    #[test]
    fn scores_out_of_range_with_two_decimals_or_not_numbers_are_refused() {
        assert_eq!(parse_score("10.5", 10), Err("review-score-range"));
        assert_eq!(parse_score("11", 10), Err("review-score-range"));
        assert_eq!(parse_score("7.25", 10), Err("review-score-decimals"));
        assert_eq!(parse_score("-1", 10), Err("review-score-number"));
        assert_eq!(parse_score("1e1", 10), Err("review-score-number"));
        assert_eq!(parse_score("NaN", 10), Err("review-score-number"));
        assert_eq!(parse_score(".5", 10), Err("review-score-number"));
        assert_eq!(parse_score("99999999", 10), Err("review-score-number"));
        assert_eq!(parse_score("", 10), Err("review-score-missing"));
    }

    #[test]
    fn the_weighted_total_is_worked_out_by_hand() {
        // Merit 8/10 × 25 + originality 6/10 × 25 + impact 10/10 × 25 + development 4.5/10 × 25
        // = 20 + 15 + 25 + 11.25 = 71.25.
        let rubric = default_rubric(RoundKind::Selection);
        let total = weighted_total(&rubric, &[80, 60, 100, 45]);
        assert!((total - 71.25).abs() < 1e-9, "{total}");
        // Mixed scales: 3/5 at 40 % and 7/10 at 60 % = 24 + 42 = 66.
        let mixed = vec![
            Criterion::new("a", "A", 40, 5),
            Criterion::new("b", "B", 60, 10),
        ];
        assert!((weighted_total(&mixed, &[30, 70]) - 66.0).abs() < 1e-9);
    }

    fn form() -> RoundForm {
        RoundForm {
            reviews_per_entry: "3".into(),
            normalisation: "z_score".into(),
            country_conflicts: false,
            formula_experts: "100".into(),
            formula_votes: "0".into(),
            code: vec!["merit".into(), String::new(), String::new()],
            title: vec!["Merit".into(), "Originality".into(), String::new()],
            weight: vec!["60".into(), "40".into(), String::new()],
            scale: vec!["10".into(), "5".into(), String::new()],
        }
    }

    #[test]
    fn the_round_form_is_read_with_new_criteria_given_codes_and_empty_rows_dropped() {
        let (settings, rubric) = parse_round_form(&form()).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(settings.reviews_per_entry, 3);
        assert_eq!(settings.normalisation, Normalisation::ZScore);
        assert_eq!(rubric.len(), 2);
        assert_eq!(rubric[1].code, "c1");
        assert_eq!(rubric[1].scale, 5);
    }

    #[test]
    fn a_round_form_with_bad_numbers_says_which_fields() {
        let mut f = form();
        f.reviews_per_entry = "0".into();
        f.weight[1] = "abc".into();
        f.formula_votes = "10".into();
        f.normalisation = "median".into();
        let errors = parse_round_form(&f).unwrap_err();
        for (field, key) in [
            ("reviews_per_entry", "round-reviews-range"),
            ("weight-1", "rubric-weight-range"),
            ("formula", "formula-weights-sum"),
            ("normalisation", "round-normalisation-unknown"),
            ("rubric", "rubric-weights-sum"),
        ] {
            assert!(
                errors.contains(&FieldError::new(field, key)),
                "{field}: {errors:?}"
            );
        }
    }
}
