//! Submission rules both builds apply: word counts and required fields (the browser shows
//! them as the owner types, the server decides), the statuses a submission goes through,
//! and what "the same organisation" and "a similar project" mean.

use serde::{Deserialize, Serialize};

pub use crate::codes::{ProjectStatus, SubmissionStatus};
use crate::error::FieldError;

/// The limits of the form. They are data (kept per edition), with these defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SubmissionLimits {
    pub short_min_words: usize,
    pub short_max_words: usize,
    pub long_max_words: usize,
    pub title_max_chars: usize,
    pub min_sdgs: usize,
    /// Days the owner has to make the changes the secretariat asks for.
    pub changes_days: i64,
}

impl Default for SubmissionLimits {
    fn default() -> Self {
        Self {
            short_min_words: 150,
            short_max_words: 200,
            long_max_words: 1000,
            title_max_chars: 200,
            min_sdgs: 1,
            changes_days: 7,
        }
    }
}

/// Words as a reader counts them: runs of characters between white space.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Every field of the form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionForm {
    pub title: String,
    pub organisation: String,
    pub country: String,
    pub stakeholder_type: String,
    pub short_description: String,
    /// Codes of the action lines the project advances, comma separated (`C1,C7.4`).
    pub action_lines: String,
    /// SDG numbers, comma separated (`3,5,10`).
    pub sdgs: String,
    pub impact_qualitative: String,
    pub impact_quantitative: String,
    pub partnerships: String,
    pub challenges: String,
    /// `YYYY-MM`.
    pub start_date: String,
    pub project_status: String,
    pub website: String,
}

/// Every message key the submission rules ([`draft_problems`], [`missing_for_submission`])
/// can give, so that the browser's live check gets all their texts with the page.
pub const SUBMISSION_MESSAGES: [&str; 17] = [
    "title-required",
    "title-too-long",
    "title-invalid-characters",
    "organisation-required",
    "organisation-too-long",
    "country-required",
    "stakeholder-type-required",
    "short-description-too-short",
    "short-description-too-long",
    "long-text-required",
    "long-text-too-long",
    "sdgs-required",
    "sdgs-invalid",
    "action-lines-invalid",
    "website-invalid",
    "start-date-invalid",
    "project-status-required",
];

/// The long text fields and their names, for limits that apply to all of them.
pub const LONG_FIELDS: [&str; 4] = [
    "impact_qualitative",
    "impact_quantitative",
    "partnerships",
    "challenges",
];

impl SubmissionForm {
    /// The form read field by field, by name: how the browser's live check reads it, without
    /// carrying a form-decoding library into the wasm. A test holds it to the names serde
    /// reads for the server function.
    pub fn from_fields(field: impl Fn(&str) -> String) -> Self {
        Self {
            title: field("title"),
            organisation: field("organisation"),
            country: field("country"),
            stakeholder_type: field("stakeholder_type"),
            short_description: field("short_description"),
            action_lines: field("action_lines"),
            sdgs: field("sdgs"),
            impact_qualitative: field("impact_qualitative"),
            impact_quantitative: field("impact_quantitative"),
            partnerships: field("partnerships"),
            challenges: field("challenges"),
            start_date: field("start_date"),
            project_status: field("project_status"),
            website: field("website"),
        }
    }

    pub fn long_field(&self, name: &str) -> &str {
        match name {
            "impact_qualitative" => &self.impact_qualitative,
            "impact_quantitative" => &self.impact_quantitative,
            "partnerships" => &self.partnerships,
            "challenges" => &self.challenges,
            _ => "",
        }
    }
}

/// Parses `3, 5,10` into SDG numbers (1 to 17), each once, in order.
///
/// # Errors
/// The translation key when a value is not an SDG number.
pub fn parse_sdgs(raw: &str) -> Result<Vec<u8>, &'static str> {
    let mut out = Vec::new();
    for part in raw
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match part.parse::<u8>() {
            Ok(n) if (1..=17).contains(&n) => {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
            _ => return Err("sdgs-invalid"),
        }
    }
    out.sort_unstable();
    Ok(out)
}

/// Parses action-line codes (`C1`, `C7.4`, ...), each once.
///
/// # Errors
/// The translation key when a code is not a WSIS action line.
pub fn parse_action_lines(raw: &str) -> Result<Vec<String>, &'static str> {
    const CODES: [&str; 18] = [
        "C1", "C2", "C3", "C4", "C5", "C6", "C7.1", "C7.2", "C7.3", "C7.4", "C7.5", "C7.6", "C7.7",
        "C7.8", "C8", "C9", "C10", "C11",
    ];
    let mut out: Vec<String> = Vec::new();
    for part in raw
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let upper = part.to_ascii_uppercase();
        match CODES.iter().find(|c| **c == upper) {
            Some(code) if !out.iter().any(|o| o == code) => out.push((*code).to_owned()),
            Some(_) => {}
            None => return Err("action-lines-invalid"),
        }
    }
    Ok(out)
}

fn check_website(raw: &str) -> Result<(), &'static str> {
    let w = raw.trim();
    if w.is_empty() {
        return Ok(());
    }
    let ok = (w.starts_with("https://") || w.starts_with("http://"))
        && w.len() <= 500
        && w.split("://").nth(1).is_some_and(|rest| {
            rest.split('/')
                .next()
                .is_some_and(|host| host.contains('.'))
        })
        && !w
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    if ok { Ok(()) } else { Err("website-invalid") }
}

fn check_start_date(raw: &str) -> Result<(), &'static str> {
    let d = raw.trim();
    if d.is_empty() {
        return Ok(());
    }
    let mut parts = d.split('-');
    let year = parts.next().and_then(|y| y.parse::<u16>().ok());
    let month = parts.next().and_then(|m| m.parse::<u8>().ok());
    match (year, month, parts.next()) {
        (Some(y), Some(m), None) if (1970..=2100).contains(&y) && (1..=12).contains(&m) => Ok(()),
        _ => Err("start-date-invalid"),
    }
}

/// Problems that stop a draft from being saved at all: texts over their limits, malformed
/// values. A draft may be incomplete.
pub fn draft_problems(form: &SubmissionForm, limits: &SubmissionLimits) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |field: &str, key: &str| errors.push(FieldError::new(field, key));
    if form.title.trim().chars().count() > limits.title_max_chars {
        push("title", "title-too-long");
    }
    if form.organisation.trim().chars().count() > 300 {
        push("organisation", "organisation-too-long");
    }
    if word_count(&form.short_description) > limits.short_max_words {
        push("short_description", "short-description-too-long");
    }
    for field in LONG_FIELDS {
        if word_count(form.long_field(field)) > limits.long_max_words {
            push(field, "long-text-too-long");
        }
    }
    // A hard cap on characters as well, so that a single enormous "word" cannot pass.
    for (field, text) in [("short_description", form.short_description.as_str())]
        .into_iter()
        .chain(LONG_FIELDS.iter().map(|f| (*f, form.long_field(f))))
    {
        if text.chars().count() > 20_000 {
            push(field, "long-text-too-long");
        }
    }
    if let Err(k) = parse_sdgs(&form.sdgs) {
        push("sdgs", k);
    }
    if let Err(k) = parse_action_lines(&form.action_lines) {
        push("action_lines", k);
    }
    if let Err(k) = check_website(&form.website) {
        push("website", k);
    }
    if let Err(k) = check_start_date(&form.start_date) {
        push("start_date", k);
    }
    if !form.project_status.is_empty() && ProjectStatus::from_code(&form.project_status).is_none() {
        push("project_status", "project-status-required");
    }
    if !form.country.trim().is_empty() && crate::countries::known_code(&form.country).is_none() {
        push("country", "country-required");
    }
    if !form.stakeholder_type.is_empty()
        && crate::accounts::StakeholderType::from_code(&form.stakeholder_type).is_none()
    {
        push("stakeholder_type", "stakeholder-type-required");
    }
    if [&form.title, &form.organisation]
        .iter()
        .any(|t| t.chars().any(char::is_control))
    {
        push("title", "title-invalid-characters");
    }
    errors
}

/// Everything still missing before the submission can be sent (empty when it is complete).
pub fn missing_for_submission(form: &SubmissionForm, limits: &SubmissionLimits) -> Vec<FieldError> {
    let mut errors = draft_problems(form, limits);
    let mut push = |field: &str, key: &str| {
        if !errors.iter().any(|e| e.field == field) {
            errors.push(FieldError::new(field, key));
        }
    };
    if form.title.trim().is_empty() {
        push("title", "title-required");
    }
    if form.organisation.trim().is_empty() {
        push("organisation", "organisation-required");
    }
    if form.country.trim().is_empty() {
        push("country", "country-required");
    }
    if form.stakeholder_type.is_empty() {
        push("stakeholder_type", "stakeholder-type-required");
    }
    if word_count(&form.short_description) < limits.short_min_words {
        push("short_description", "short-description-too-short");
    }
    if parse_sdgs(&form.sdgs).map(|s| s.len()).unwrap_or(0) < limits.min_sdgs {
        push("sdgs", "sdgs-required");
    }
    for field in LONG_FIELDS {
        if form.long_field(field).trim().is_empty() {
            push(field, "long-text-required");
        }
    }
    if form.start_date.trim().is_empty() {
        push("start_date", "start-date-invalid");
    }
    if ProjectStatus::from_code(&form.project_status).is_none() {
        push("project_status", "project-status-required");
    }
    errors
}

/// What "the same organisation" means: lower case, accents and punctuation removed, legal
/// forms ("Ltd", "S.A.", "GmbH") and a leading "the" dropped, spaces collapsed.
pub fn normalise_name(name: &str) -> String {
    const LEGAL_FORMS: [&str; 16] = [
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "llc",
        "plc",
        "sa",
        "sas",
        "sarl",
        "gmbh",
        "ag",
        "bv",
        "nv",
        "co",
        "corp",
        "srl",
    ];
    let folded: String = name
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        // "S.A." and "Inc." are one word each; other punctuation separates words.
        .filter(|c| *c != '.')
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mut words: Vec<&str> = words
        .into_iter()
        .filter(|w| !LEGAL_FORMS.contains(w))
        .collect();
    if words.first() == Some(&"the") && words.len() > 1 {
        words.remove(0);
    }
    words.join(" ")
}

/// The letter without its accent, for the Latin letters organisation names use most.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ş' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ť' | 'ţ' => 't',
        'ď' => 'd',
        'ğ' => 'g',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(n: usize) -> String {
        vec!["connectivity"; n].join(" ")
    }

    fn complete() -> SubmissionForm {
        SubmissionForm {
            title: "Village Connect".into(),
            organisation: "Agence Sénégalaise".into(),
            country: "SN".into(),
            stakeholder_type: "government".into(),
            short_description: words(170),
            action_lines: "C2, c7.4".into(),
            sdgs: "9, 3, 9".into(),
            impact_qualitative: "Schools online.".into(),
            impact_quantitative: "120 schools.".into(),
            partnerships: "Ministry of Education.".into(),
            challenges: "Power supply.".into(),
            start_date: "2023-04".into(),
            project_status: "completed".into(),
            website: "https://village.example.org/connect".into(),
        }
    }

    proptest::proptest! {
        /// Whatever is typed, every message the rules give is one the live check was sent.
        #[test]
        fn every_message_the_rules_give_is_listed(
            fields in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::string::string_regex(".{0,12}").expect("a pattern"),
                    proptest::string::string_regex("[0-9, ]{0,8}").expect("a pattern"),
                    proptest::string::string_regex("[a-z]{1,3}( [a-z]{1,3}){0,260}").expect("a pattern"),
                    proptest::strategy::Just(String::new()),
                    proptest::strategy::Just("x".repeat(20_001)),
                ],
                14,
            )
        ) {
            let f = |i: usize| fields[i].clone();
            let form = SubmissionForm {
                title: f(0), organisation: f(1), country: f(2), stakeholder_type: f(3),
                short_description: f(4), action_lines: f(5), sdgs: f(6),
                impact_qualitative: f(7), impact_quantitative: f(8), partnerships: f(9),
                challenges: f(10), start_date: f(11), project_status: f(12), website: f(13),
            };
            for e in missing_for_submission(&form, &SubmissionLimits::default()) {
                proptest::prop_assert!(SUBMISSION_MESSAGES.contains(&e.message.as_str()), "{}", e.message);
            }
        }
    }

    /// Every field the server function reads (its serde names) is read by name in the
    /// browser too, into the same place.
    #[test]
    fn the_browser_reads_the_form_by_the_names_the_server_reads() {
        let form = complete();
        let serde_json::Value::Object(by_name) = serde_json::to_value(&form).expect("json") else {
            panic!("a struct is an object");
        };
        let read = SubmissionForm::from_fields(|name| {
            by_name
                .get(name)
                .and_then(|v| v.as_str())
                .unwrap_or_else(|| panic!("the server reads no field {name}"))
                .to_owned()
        });
        assert_eq!(read, form);
        assert_eq!(
            by_name.len(),
            14,
            "a new field is read in from_fields as well"
        );
    }

    #[test]
    fn words_are_counted_across_any_white_space() {
        assert_eq!(word_count("  one\ttwo\nthree  "), 3);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn a_complete_form_has_nothing_missing() {
        assert_eq!(
            missing_for_submission(&complete(), &SubmissionLimits::default()),
            vec![]
        );
    }

    #[test]
    fn a_short_description_must_have_150_to_200_words() {
        let mut f = complete();
        f.short_description = words(149);
        let missing = missing_for_submission(&f, &SubmissionLimits::default());
        assert_eq!(
            missing,
            vec![FieldError::new(
                "short_description",
                "short-description-too-short"
            )]
        );
        f.short_description = words(201);
        assert_eq!(
            draft_problems(&f, &SubmissionLimits::default()),
            vec![FieldError::new(
                "short_description",
                "short-description-too-long"
            )]
        );
        f.short_description = words(200);
        assert!(missing_for_submission(&f, &SubmissionLimits::default()).is_empty());
    }

    #[test]
    fn an_empty_draft_can_be_saved_but_not_submitted() {
        let empty = SubmissionForm::default();
        assert!(draft_problems(&empty, &SubmissionLimits::default()).is_empty());
        let missing: Vec<String> = missing_for_submission(&empty, &SubmissionLimits::default())
            .into_iter()
            .map(|e| e.field)
            .collect();
        for field in [
            "title",
            "organisation",
            "short_description",
            "sdgs",
            "project_status",
            "impact_qualitative",
        ] {
            assert!(
                missing.contains(&field.to_owned()),
                "{field} should be missing"
            );
        }
    }

    #[test]
    fn sdgs_and_action_lines_are_parsed_and_checked() {
        assert_eq!(parse_sdgs("9, 3; 9 17"), Ok(vec![3, 9, 17]));
        assert_eq!(parse_sdgs("18"), Err("sdgs-invalid"));
        assert_eq!(
            parse_action_lines("c7.4, C1 C1"),
            Ok(vec!["C7.4".to_owned(), "C1".to_owned()])
        );
        assert_eq!(parse_action_lines("C12"), Err("action-lines-invalid"));
    }

    #[test]
    fn limits_are_data_and_missing_keys_take_the_defaults() {
        let limits: SubmissionLimits =
            serde_json::from_str(r#"{"short_max_words": 250}"#).unwrap_or_default();
        assert_eq!(limits.short_max_words, 250);
        assert_eq!(limits.short_min_words, 150);
    }

    #[test]
    fn a_website_must_be_a_web_address() {
        let mut f = complete();
        for bad in [
            "javascript:alert(1)",
            "www.example.org",
            "https://exa mple.org",
            "https://localhost\"><script>",
        ] {
            f.website = bad.into();
            assert!(
                draft_problems(&f, &SubmissionLimits::default())
                    .iter()
                    .any(|e| e.field == "website"),
                "{bad}"
            );
        }
    }

    #[test]
    fn organisation_names_that_differ_only_in_case_accents_punctuation_or_legal_form_are_the_same()
    {
        assert_eq!(
            normalise_name("Agence Sénégalaise  de l'Informatique S.A."),
            normalise_name("AGENCE SENEGALAISE DE L INFORMATIQUE")
        );
        assert_eq!(
            normalise_name("The Digital Bridge Foundation"),
            normalise_name("Digital-Bridge Foundation Ltd.")
        );
        assert_ne!(
            normalise_name("Digital Bridge Foundation"),
            normalise_name("Digital Bridges Initiative")
        );
    }
}
