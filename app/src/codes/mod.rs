//! Closed sets of values (statuses, roles, regions…) kept in the database and sent over the
//! wire by a stable code. The code is the variant's name in snake case, derived by `strum`;
//! the translation key of a value's name is its set's prefix and the code in kebab case.
//!
//! A value read back from the database goes through `stored`, which refuses an unknown code
//! instead of falling back to some default: a row the code does not understand is a fault to
//! see in the log, never a draft in disguise.

/// Gives a `strum`-derived enum its code, parsing, list and label key:
///
/// ```ignore
/// #[derive(Clone, Copy, PartialEq, strum::VariantArray, strum::IntoStaticStr)]
/// #[strum(serialize_all = "snake_case")]
/// pub enum Role { Expert, Secretariat }
/// coded!(Role, "role");
/// ```
macro_rules! coded {
    ($ty:ty, $prefix:literal) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [Self] = <Self as ::strum::VariantArray>::VARIANTS;

            /// The stable code, as stored and sent.
            pub fn code(self) -> &'static str {
                self.into()
            }

            /// The value of a code, if it is one.
            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }

            /// Translation key of the value's name.
            pub fn label_key(self) -> String {
                format!("{}-{}", $prefix, self.code().replace('_', "-"))
            }

            /// The value of a code read from the database.
            ///
            /// # Errors
            /// An internal error naming the unknown code.
            #[cfg(feature = "ssr")]
            pub fn stored(code: &str) -> Result<Self, $crate::error::DomainError> {
                Self::from_code(code).ok_or_else(|| {
                    $crate::error::DomainError::internal(format!(
                        "unknown {} {code:?} in the database",
                        stringify!($ty)
                    ))
                })
            }
        }
    };
}

pub(crate) use coded;

mod accounts;
mod countries;
mod editions;
mod nominations;
mod review;

pub use accounts::{Role, StakeholderType};
pub use countries::ItuRegion;
pub use editions::PhaseKind;
pub use nominations::{ProjectStatus, SubmissionStatus};
pub use review::RoundKind;

#[cfg(feature = "ssr")]
impl crate::i18n::Locale {
    /// The language of a code read from the database, where only our own codes are written
    /// (unlike [`Locale::from_code`](crate::i18n::Locale::from_code), which reads what a
    /// browser sends, such as `fr-CH`).
    ///
    /// # Errors
    /// An internal error naming the unknown code.
    pub fn stored(code: &str) -> Result<Self, crate::error::DomainError> {
        Self::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| {
                crate::error::DomainError::internal(format!(
                    "unknown locale {code:?} in the database"
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::{ItuRegion, PhaseKind, ProjectStatus, Role, StakeholderType, SubmissionStatus};

    fn codes<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().copied().map(code).collect()
    }

    /// The codes are what the database holds: renaming a variant must not change them.
    #[test]
    fn the_stored_codes_stay_what_the_database_holds() {
        assert_eq!(codes(Role::ALL, Role::code), ["expert", "secretariat"]);
        assert_eq!(
            codes(SubmissionStatus::ALL, SubmissionStatus::code),
            [
                "draft",
                "submitted",
                "changes_requested",
                "eligible",
                "not_eligible",
                "withdrawn"
            ]
        );
        assert_eq!(
            codes(ProjectStatus::ALL, ProjectStatus::code),
            ["completed", "major_phase_completed"]
        );
        assert_eq!(
            codes(PhaseKind::ALL, PhaseKind::code),
            [
                "submission",
                "screening",
                "voting",
                "selection",
                "publication"
            ]
        );
        assert_eq!(
            codes(ItuRegion::ALL, ItuRegion::code),
            [
                "africa",
                "americas",
                "arab_states",
                "asia_pacific",
                "cis",
                "europe"
            ]
        );
        assert_eq!(
            codes(StakeholderType::ALL, StakeholderType::code),
            [
                "government",
                "business_sector",
                "civil_society",
                "international_organisation",
                "academia",
                "other"
            ]
        );
    }

    #[test]
    fn a_label_key_is_the_prefix_and_the_code_in_kebab_case() {
        assert_eq!(
            SubmissionStatus::NotEligible.label_key(),
            "status-not-eligible"
        );
        assert_eq!(ItuRegion::ArabStates.label_key(), "region-arab-states");
        assert_eq!(PhaseKind::Voting.label_key(), "phase-voting");
        assert_eq!(
            ProjectStatus::MajorPhaseCompleted.label_key(),
            "project-status-major-phase-completed"
        );
        assert_eq!(
            StakeholderType::CivilSociety.label_key(),
            "stakeholder-civil-society"
        );
    }

    #[test]
    fn an_unknown_code_is_no_value() {
        assert_eq!(SubmissionStatus::from_code("Draft"), None);
        assert_eq!(SubmissionStatus::from_code(""), None);
        assert_eq!(
            SubmissionStatus::from_code("changes_requested"),
            Some(SubmissionStatus::ChangesRequested)
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn an_unknown_stored_code_is_an_error_not_a_default() {
        assert!(SubmissionStatus::stored("archived").is_err());
        assert!(matches!(
            SubmissionStatus::stored("eligible"),
            Ok(SubmissionStatus::Eligible)
        ));
    }
}
