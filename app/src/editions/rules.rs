//! What the secretariat types about an edition: whether a calendar is well-formed, and a
//! category's rules. (Which phase is open when is [`crate::phases`].)

use serde::{Deserialize, Serialize};

pub use crate::codes::PhaseKind;
use crate::{error::FieldError, i18n::Locale, nominations::SubmissionLimits, phases::PhaseWindow};

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
    #[serde(default, deserialize_with = "crate::forms::checkbox")]
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

/// The rules of a category as the secretariat types them. Its texts are in the six
/// languages: English required, the others optional (English is shown, marked, where one is
/// missing). A language's field absent from the form leaves its stored text as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryInput {
    pub code: String,
    pub number: String,
    pub nominees: String,
    pub champions: String,
    pub winners: String,
    /// A special prize (outside the action lines), with rules of its own.
    #[serde(default, deserialize_with = "crate::forms::checkbox")]
    pub is_special: bool,
    pub title_en: String,
    pub description_en: String,
    #[serde(default)]
    pub title_fr: Option<String>,
    #[serde(default)]
    pub description_fr: Option<String>,
    #[serde(default)]
    pub title_es: Option<String>,
    #[serde(default)]
    pub description_es: Option<String>,
    #[serde(default)]
    pub title_ru: Option<String>,
    #[serde(default)]
    pub description_ru: Option<String>,
    #[serde(default)]
    pub title_zh: Option<String>,
    #[serde(default)]
    pub description_zh: Option<String>,
    #[serde(default)]
    pub title_ar: Option<String>,
    #[serde(default)]
    pub description_ar: Option<String>,
}

impl CategoryInput {
    /// The title and description typed in `locale` (`None`: not in the form).
    pub fn texts(&self, locale: Locale) -> (Option<&str>, Option<&str>) {
        let (t, d) = match locale {
            Locale::En => return (Some(&self.title_en), Some(&self.description_en)),
            Locale::Fr => (&self.title_fr, &self.description_fr),
            Locale::Es => (&self.title_es, &self.description_es),
            Locale::Ru => (&self.title_ru, &self.description_ru),
            Locale::Zh => (&self.title_zh, &self.description_zh),
            Locale::Ar => (&self.title_ar, &self.description_ar),
        };
        (t.as_deref(), d.as_deref())
    }

    /// Sets the title and description of `locale` (as the page fills its form).
    pub fn set_texts(&mut self, locale: Locale, title: String, description: String) {
        match locale {
            Locale::En => (self.title_en, self.description_en) = (title, description),
            Locale::Fr => (self.title_fr, self.description_fr) = (Some(title), Some(description)),
            Locale::Es => (self.title_es, self.description_es) = (Some(title), Some(description)),
            Locale::Ru => (self.title_ru, self.description_ru) = (Some(title), Some(description)),
            Locale::Zh => (self.title_zh, self.description_zh) = (Some(title), Some(description)),
            Locale::Ar => (self.title_ar, self.description_ar) = (Some(title), Some(description)),
        }
    }
}

/// A category's text in one language once checked; `None` leaves the stored one as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryText {
    pub locale: Locale,
    pub title: Option<String>,
    pub description: Option<String>,
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
    /// The texts in each language, English first; empty means "fall back to English".
    pub texts: Vec<CategoryText>,
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
    let mut texts = Vec::with_capacity(Locale::ALL.len());
    for locale in Locale::ALL {
        let (title, description) = input.texts(locale);
        let code = locale.code();
        texts.push(CategoryText {
            locale,
            title: title.map(|t| text(t, &format!("title_{code}"), 300, locale == Locale::En)),
            description: description.map(|d| {
                text(
                    d,
                    &format!("description_{code}"),
                    DESCRIPTION_MAX_CHARS,
                    false,
                )
            }),
        });
    }
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
        title_en: input.title_en.trim().to_owned(),
        texts,
    })
}

/// The submission form's limits as the secretariat types them, each a whole number.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LimitsEdit {
    pub short_min_words: String,
    pub short_max_words: String,
    pub long_max_words: String,
    pub title_max_chars: String,
    pub min_sdgs: String,
    pub changes_days: String,
}

/// Each limit's field and the range it may take (both ends included): wide enough for any
/// edition's wishes, narrow enough that a slip of the keyboard (a zero too many, a form no
/// one can fill) is caught.
pub const LIMIT_RANGES: [(&str, usize, usize); 6] = [
    ("short_min_words", 0, 1_000),
    ("short_max_words", 20, 2_000),
    ("long_max_words", 100, 5_000),
    ("title_max_chars", 20, 500),
    ("min_sdgs", 0, 17),
    ("changes_days", 1, 60),
];

impl LimitsEdit {
    /// The form filled with `limits`.
    pub fn of(limits: &SubmissionLimits) -> Self {
        Self {
            short_min_words: limits.short_min_words.to_string(),
            short_max_words: limits.short_max_words.to_string(),
            long_max_words: limits.long_max_words.to_string(),
            title_max_chars: limits.title_max_chars.to_string(),
            min_sdgs: limits.min_sdgs.to_string(),
            changes_days: limits.changes_days.to_string(),
        }
    }

    fn typed(&self, field: &str) -> &str {
        match field {
            "short_min_words" => &self.short_min_words,
            "short_max_words" => &self.short_max_words,
            "long_max_words" => &self.long_max_words,
            "title_max_chars" => &self.title_max_chars,
            "min_sdgs" => &self.min_sdgs,
            _ => &self.changes_days,
        }
    }

    /// The limits typed: each a whole number in its range ([`LIMIT_RANGES`]), the short
    /// description's minimum below its maximum.
    ///
    /// # Errors
    /// Every field to fix, with why.
    pub fn parse(&self) -> Result<SubmissionLimits, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut values = [0usize; LIMIT_RANGES.len()];
        for (i, (field, min, max)) in LIMIT_RANGES.iter().enumerate() {
            match self.typed(field).trim().parse::<usize>() {
                Ok(n) if (*min..=*max).contains(&n) => values[i] = n,
                _ => errors.push(FieldError::new(field, "limits-range")),
            }
        }
        let [
            short_min,
            short_max,
            long_max,
            title_max,
            min_sdgs,
            changes_days,
        ] = values;
        if errors.is_empty() && short_min >= short_max {
            errors.push(FieldError::new("short_min_words", "limits-short-order"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(SubmissionLimits {
            short_min_words: short_min,
            short_max_words: short_max,
            long_max_words: long_max,
            title_max_chars: title_max,
            min_sdgs,
            changes_days: i64::try_from(changes_days).unwrap_or(1),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{LimitsEdit, SubmissionLimits};

    #[test]
    fn the_limits_are_whole_numbers_in_their_ranges_and_the_minimum_below_the_maximum() {
        let defaults = SubmissionLimits::default();
        assert_eq!(LimitsEdit::of(&defaults).parse(), Ok(defaults));
        let mut typed = LimitsEdit::of(&defaults);
        typed.short_max_words = " 250 ".into();
        typed.min_sdgs = "0".into();
        let parsed = typed.parse().unwrap_or_default();
        assert_eq!((parsed.short_max_words, parsed.min_sdgs), (250, 0));
        let mut wrong = LimitsEdit::of(&defaults);
        wrong.long_max_words = "10000".into();
        wrong.title_max_chars = "twenty".into();
        wrong.changes_days = "-3".into();
        let fields: Vec<String> = wrong
            .parse()
            .unwrap_err()
            .into_iter()
            .map(|e| format!("{} {}", e.field, e.message))
            .collect();
        assert_eq!(
            fields,
            [
                "long_max_words limits-range",
                "title_max_chars limits-range",
                "changes_days limits-range"
            ]
        );
        let mut crossed = LimitsEdit::of(&defaults);
        crossed.short_min_words = "300".into();
        let fields = crossed.parse().unwrap_err();
        assert_eq!(fields[0].field, "short_min_words");
        assert_eq!(fields[0].message, "limits-short-order");
    }

    use super::*;
    use crate::phases::sample_calendar as cal;

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
            ..CategoryInput::default()
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
}
