//! Closed sets of values (statuses, kinds, roles, regions…) kept in the database and sent over
//! the wire by a stable code: every one of them, one file per domain. The code is the
//! variant's name in snake case, derived by `strum` (or given, where the set's codes have
//! another shape); the translation key of a value's name is its set's prefix and the code in
//! kebab case.
//!
//! On the server a set is its column's type in the entities (SeaORM's `DeriveValueType`,
//! through the code): a row the code does not understand fails to load, naming the code,
//! instead of falling back to some default. That is never a draft in disguise. This file is
//! compiled into the browser's wasm too, without the database's part.

/// Declares a closed set: the enum with its derives (and its column type on the server), and
/// its code, parsing, list and label key ([`coded`]):
///
/// ```ignore
/// closed_set! {
///     /// A role on top of the rights every account has.
///     pub enum Role in "role" { Expert, Secretariat }
/// }
/// ```
macro_rules! closed_set {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident in $prefix:literal {
            $($(#[$variant_meta:meta])* $variant:ident),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Clone,
            Copy,
            Debug,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            ::serde::Serialize,
            ::serde::Deserialize,
            ::strum::VariantArray,
            ::strum::IntoStaticStr,
        )]
        #[strum(serialize_all = "snake_case")]
        #[cfg_attr(
            feature = "ssr",
            derive(::sea_orm::DeriveValueType),
            sea_orm(value_type = "String")
        )]
        $vis enum $name {
            $($(#[$variant_meta])* $variant),*
        }

        coded!($name, $prefix);
    };
}

/// Gives a `strum`-derived enum its code, parsing, list and label key; on the server, the
/// strict parsing and printing its column type goes through.
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
        }

        /// Reads a stored code: an unknown one is an error naming it, never a default.
        #[cfg(feature = "ssr")]
        impl ::std::str::FromStr for $ty {
            type Err = $crate::codes::UnknownCode;

            fn from_str(code: &str) -> Result<Self, Self::Err> {
                Self::from_code(code).ok_or_else(|| $crate::codes::UnknownCode {
                    set: stringify!($ty),
                    code: code.to_owned(),
                })
            }
        }

        /// A code is never a number: a key that holds one is never made from a row count.
        #[cfg(feature = "ssr")]
        impl ::sea_orm::TryFromU64 for $ty {
            fn try_from_u64(_: u64) -> Result<Self, ::sea_orm::DbErr> {
                Err(::sea_orm::DbErr::ConvertFromU64(stringify!($ty)))
            }
        }

        /// Writes the stored code.
        #[cfg(feature = "ssr")]
        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

pub(crate) use coded;

/// A code read back that its set does not hold.
#[cfg(feature = "ssr")]
#[derive(Debug, thiserror::Error)]
#[error("unknown {set} {code:?} in the database")]
pub struct UnknownCode {
    pub set: &'static str,
    pub code: String,
}

mod accounts;
mod audit;
mod countries;
mod editions;
mod mail;
mod nominations;
mod pictures;
mod publication;
mod review;
mod voting;

pub use accounts::{MemberRole, Purpose, Role, StakeholderType};
pub use audit::{Action, TargetType};
pub use countries::ItuRegion;
pub use editions::PhaseKind;
pub use mail::{MailKind, MailStatus, MailingAudience, MailingStatus};
pub use nominations::{
    DecisionKind, Outcome, OutcomeStage, ProjectStatus, SubmissionFlagKind, SubmissionStatus,
};
pub use pictures::ImageType;
pub use publication::StoryStatus;
pub use review::{AwardKind, Normalisation, ReviewReminderKind, RoundKind, TieKind};
pub use voting::{FlagDecision, FlagKind, VoteStatus};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every set's codes, by the set's name.
    fn all_codes() -> Vec<(&'static str, Vec<&'static str>)> {
        macro_rules! codes_of {
            ($($ty:ident),* $(,)?) => {
                vec![$((stringify!($ty), $ty::ALL.iter().map(|v| v.code()).collect())),*]
            };
        }
        codes_of![
            StakeholderType,
            Role,
            Purpose,
            MemberRole,
            Action,
            TargetType,
            ItuRegion,
            PhaseKind,
            MailKind,
            MailStatus,
            MailingAudience,
            MailingStatus,
            SubmissionStatus,
            ProjectStatus,
            DecisionKind,
            SubmissionFlagKind,
            Outcome,
            OutcomeStage,
            ImageType,
            StoryStatus,
            RoundKind,
            Normalisation,
            AwardKind,
            TieKind,
            ReviewReminderKind,
            VoteStatus,
            FlagKind,
            FlagDecision,
        ]
    }

    /// The codes are what the database holds (and, for the audit log's acts, what its hash
    /// chain covers): renaming a variant must not change them.
    #[test]
    fn the_stored_codes_stay_what_the_database_holds() {
        let pinned: &[(&str, &[&str])] = &[
            (
                "StakeholderType",
                &[
                    "government",
                    "business_sector",
                    "civil_society",
                    "international_organisation",
                    "academia",
                    "other",
                ],
            ),
            ("Role", &["expert", "secretariat"]),
            ("Purpose", &["confirm_email", "reset_password"]),
            ("MemberRole", &["owner", "co_owner"]),
            (
                "Action",
                &[
                    "account.disable",
                    "account.enable",
                    "role.grant",
                    "role.revoke",
                    "demo.load",
                    "demo.load_past",
                    "edition.calendar.update",
                    "edition.category.create",
                    "edition.category.update",
                    "edition.start",
                    "edition.limits.update",
                    "export.download",
                    "mailing.send",
                    "organisation.merge",
                    "past_winners.import",
                    "submission.submit",
                    "submission.resubmit",
                    "submission.withdraw",
                    "submission.correct",
                    "submission.delete_draft",
                    "screening.eligible",
                    "screening.not_eligible",
                    "screening.request_changes",
                    "screening.move",
                    "screening.withdraw",
                    "screening.dismiss_flag",
                    "review.round_saved",
                    "review.expert_invited",
                    "review.expert_joined",
                    "review.expert_added",
                    "review.experts_returned",
                    "review.conflict_declared",
                    "review.assignment_run",
                    "review.assigned_by_hand",
                    "review.assignment_removed",
                    "review.assignment_released",
                    "review.nominees_confirmed",
                    "review.award_decided",
                    "voting.disposable_domain_added",
                    "voting.flag_decided",
                    "voting.results_final",
                    "stories_invited",
                    "story_saved",
                    "story_sent",
                    "story_changes_asked",
                    "story_approved",
                ],
            ),
            (
                "TargetType",
                &[
                    "account",
                    "category",
                    "domain",
                    "edition",
                    "expert_invitation",
                    "mailing",
                    "organisation",
                    "past_winners",
                    "review_round",
                    "submission",
                    "vote_flag",
                ],
            ),
            (
                "ItuRegion",
                &[
                    "africa",
                    "americas",
                    "arab_states",
                    "asia_pacific",
                    "cis",
                    "europe",
                ],
            ),
            (
                "PhaseKind",
                &[
                    "submission",
                    "screening",
                    "voting",
                    "selection",
                    "publication",
                ],
            ),
            (
                "MailKind",
                &[
                    "confirm_email",
                    "reset_password",
                    "register_attempt",
                    "co_owner_invitation",
                    "expert_invitation",
                    "submission",
                    "review",
                    "review_reminder",
                    "vote_reminder",
                    "story",
                    "outcome",
                    "results",
                    "vote_void",
                    "draft_reminder",
                    "message",
                    "group_message",
                ],
            ),
            (
                "MailStatus",
                &["pending", "sending", "sent", "failed", "captured"],
            ),
            (
                "MailingAudience",
                &["drafts", "sent", "nominees", "experts", "voters"],
            ),
            ("MailingStatus", &["prepared", "sending", "sent"]),
            (
                "SubmissionStatus",
                &[
                    "draft",
                    "submitted",
                    "changes_requested",
                    "eligible",
                    "not_eligible",
                    "withdrawn",
                ],
            ),
            ("ProjectStatus", &["completed", "major_phase_completed"]),
            (
                "DecisionKind",
                &[
                    "eligible",
                    "not_eligible",
                    "changes_requested",
                    "moved",
                    "changes_lapsed",
                    "withdrawn",
                ],
            ),
            (
                "SubmissionFlagKind",
                &[
                    "similar_title",
                    "similar_description",
                    "same_entity_category",
                    "past_winner",
                    "past_champion",
                ],
            ),
            (
                "Outcome",
                &[
                    "nominee",
                    "not_nominee",
                    "champion",
                    "winner",
                    "special_recognition",
                ],
            ),
            ("OutcomeStage", &["shortlist", "award"]),
            ("ImageType", &["image/jpeg", "image/png", "image/webp"]),
            (
                "StoryStatus",
                &["invited", "draft", "sent", "changes_asked", "approved"],
            ),
            ("RoundKind", &["shortlisting", "selection"]),
            ("Normalisation", &["z_score", "raw"]),
            ("AwardKind", &["champion", "winner", "special_recognition"]),
            ("TieKind", &["organisation", "country", "other"]),
            ("ReviewReminderKind", &["closing", "nominees"]),
            ("VoteStatus", &["valid", "held", "invalid"]),
            (
                "FlagKind",
                &[
                    "burst",
                    "bulk_accounts",
                    "disposable_domain",
                    "uniform_ballots",
                ],
            ),
            ("FlagDecision", &["released", "invalidated"]),
        ];
        let actual = all_codes();
        assert_eq!(actual.len(), pinned.len(), "every set is pinned");
        for ((name, codes), (pinned_name, pinned_codes)) in actual.iter().zip(pinned) {
            assert_eq!(name, pinned_name);
            assert_eq!(codes.as_slice(), *pinned_codes, "{name}");
        }
    }

    /// The audit log's 46 acts are the strings its existing rows hold.
    #[test]
    fn the_audit_log_has_its_forty_six_acts_once_each() {
        let acts: std::collections::BTreeSet<_> = Action::ALL.iter().map(|a| a.code()).collect();
        assert_eq!((Action::ALL.len(), acts.len()), (46, 46));
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
    fn an_unknown_stored_code_is_an_error_naming_it_not_a_default() {
        let refused = "archived".parse::<SubmissionStatus>();
        assert!(
            refused
                .as_ref()
                .is_err_and(|e| e.to_string().contains("\"archived\"")),
            "{refused:?}"
        );
        assert!(matches!(
            "eligible".parse::<SubmissionStatus>(),
            Ok(SubmissionStatus::Eligible)
        ));
        assert_eq!(SubmissionStatus::Eligible.to_string(), "eligible");
    }
}
