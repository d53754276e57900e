//! What a success story is made of and how it moves from invitation to approval: pure rules
//! both builds share (the story form checks the same limits in the browser and on the server).

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

pub use crate::codes::StoryStatus;
use crate::{codes::coded, error::FieldError, nominations::rules::word_count};

impl StoryStatus {
    /// Whether the owners may still change the text at `now`, before `deadline`. Changes
    /// the secretariat asked for may be made after it: the secretariat is waiting for them.
    pub fn owners_may_edit(self, now: i64, deadline: i64) -> bool {
        match self {
            StoryStatus::Invited | StoryStatus::Draft => now < deadline,
            StoryStatus::ChangesAsked => true,
            StoryStatus::Sent | StoryStatus::Approved => false,
        }
    }
}

/// The story's sections, in the order the book prints them.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum Section {
    Challenge,
    Solution,
    Results,
    Partners,
    Lessons,
}

coded!(Section, "story-section");

impl Section {
    /// At most this many words.
    pub fn max_words(self) -> usize {
        match self {
            Section::Challenge | Section::Results | Section::Lessons => 300,
            Section::Solution => 400,
            Section::Partners => 150,
        }
    }

    /// Whether a story may be sent without it.
    pub fn required(self) -> bool {
        matches!(
            self,
            Section::Challenge | Section::Solution | Section::Results
        )
    }

    /// Translation key of the hint under the field.
    pub fn hint_key(self) -> String {
        format!("story-hint-{}", self.code())
    }
}

/// A hard cap on characters per section, so that one enormous "word" cannot pass.
pub const MAX_SECTION_CHARS: usize = 4_000;

/// What the secretariat writes when it asks for changes: at most this many characters.
pub const MAX_REQUEST_CHARS: usize = 2_000;

/// The story form, as typed (names are the sections' codes).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryForm {
    #[serde(default)]
    pub challenge: String,
    #[serde(default)]
    pub solution: String,
    #[serde(default)]
    pub results: String,
    #[serde(default)]
    pub partners: String,
    #[serde(default)]
    pub lessons: String,
}

impl StoryForm {
    /// The text of `section`.
    pub fn section(&self, section: Section) -> &str {
        match section {
            Section::Challenge => &self.challenge,
            Section::Solution => &self.solution,
            Section::Results => &self.results,
            Section::Partners => &self.partners,
            Section::Lessons => &self.lessons,
        }
    }

    /// The form with every section's outer white space cut and its line ends made `\n`.
    pub fn tidied(&self) -> Self {
        let tidy = |s: &str| s.replace("\r\n", "\n").trim().to_owned();
        Self {
            challenge: tidy(&self.challenge),
            solution: tidy(&self.solution),
            results: tidy(&self.results),
            partners: tidy(&self.partners),
            lessons: tidy(&self.lessons),
        }
    }
}

/// Problems that stop the text from being saved at all: sections over their limits.
pub fn draft_problems(form: &StoryForm) -> Vec<FieldError> {
    Section::ALL
        .iter()
        .filter(|s| {
            let text = form.section(**s);
            word_count(text) > s.max_words() || text.chars().count() > MAX_SECTION_CHARS
        })
        .map(|s| FieldError::new(s.code(), "story-section-too-long"))
        .collect()
}

/// Problems that stop the story from being sent: those of a draft, and a required section
/// left empty.
pub fn sending_problems(form: &StoryForm) -> Vec<FieldError> {
    let mut problems = draft_problems(form);
    for s in Section::ALL {
        if s.required()
            && form.section(*s).trim().is_empty()
            && !problems.iter().any(|p| p.field == s.code())
        {
            problems.push(FieldError::new(s.code(), "story-section-required"));
        }
    }
    problems
}

/// A section's text as paragraphs: blank lines separate them, and a paragraph's own line
/// ends are kept as spaces.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(n: usize) -> String {
        vec!["word"; n].join(" ")
    }

    fn complete() -> StoryForm {
        StoryForm {
            challenge: words(50),
            solution: words(80),
            results: words(40),
            partners: String::new(),
            lessons: String::new(),
        }
    }

    #[test]
    fn a_story_with_its_three_main_sections_may_be_sent() {
        assert!(sending_problems(&complete()).is_empty());
    }

    #[test]
    fn a_story_without_results_may_be_saved_but_not_sent() {
        let form = StoryForm {
            results: "   ".into(),
            ..complete()
        };
        assert!(draft_problems(&form).is_empty());
        let problems = sending_problems(&form);
        assert_eq!(
            problems,
            vec![FieldError::new("results", "story-section-required")]
        );
    }

    #[test]
    fn a_section_over_its_words_is_refused_even_as_a_draft() {
        let form = StoryForm {
            partners: words(151),
            ..complete()
        };
        assert_eq!(
            draft_problems(&form),
            vec![FieldError::new("partners", "story-section-too-long")]
        );
        let ok = StoryForm {
            partners: words(150),
            ..complete()
        };
        assert!(draft_problems(&ok).is_empty());
    }

    #[test]
    fn one_enormous_word_is_too_long_too() {
        let form = StoryForm {
            lessons: "x".repeat(MAX_SECTION_CHARS + 1),
            ..complete()
        };
        assert_eq!(draft_problems(&form).len(), 1);
    }

    #[test]
    fn owners_edit_until_the_deadline_unless_changes_were_asked() {
        assert!(StoryStatus::Draft.owners_may_edit(99, 100));
        assert!(!StoryStatus::Draft.owners_may_edit(100, 100));
        assert!(!StoryStatus::Invited.owners_may_edit(101, 100));
        assert!(StoryStatus::ChangesAsked.owners_may_edit(500, 100));
        assert!(!StoryStatus::Sent.owners_may_edit(1, 100));
        assert!(!StoryStatus::Approved.owners_may_edit(1, 100));
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            paragraphs("One\nline.\r\n\r\nTwo.\n\n\n  \n"),
            vec!["One line.".to_owned(), "Two.".to_owned()]
        );
    }
}
