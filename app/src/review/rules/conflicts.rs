//! Conflicts of interest between an expert and an entry, detected by the platform itself so
//! that a conflicted pair is never assigned:
//! - the expert owns or co-owns the entry;
//! - the entry is of the organisation named on the expert's own account;
//! - the expert declared a conflict on the entry;
//! - the expert declared a tie to the entry's organisation (by its normalised name, the
//!   organisation's own or any merged into it);
//! - the expert's e-mail domain is an owner's or co-owner's (or one is a subdomain of the
//!   other), public mail services excepted;
//! - the same country, when the edition's policy says so.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

use crate::codes::coded;

/// Mail services anyone can open an address with: sharing one says nothing about ties.
pub const PUBLIC_MAIL_DOMAINS: &[&str] = &[
    "163.com",
    "aol.com",
    "gmail.com",
    "gmx.com",
    "gmx.de",
    "googlemail.com",
    "hotmail.com",
    "hotmail.fr",
    "icloud.com",
    "live.com",
    "mail.ru",
    "me.com",
    "msn.com",
    "outlook.com",
    "outlook.fr",
    "proton.me",
    "protonmail.com",
    "qq.com",
    "rediffmail.com",
    "yahoo.co.in",
    "yahoo.com",
    "yahoo.fr",
    "yandex.com",
    "yandex.ru",
    "zoho.com",
];

/// Why an expert may not review an entry, the reasons no one may set aside first.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum ConflictReason {
    /// The expert owns or co-owns the entry.
    OwnEntry,
    /// The entry is of the organisation the expert's account names as theirs.
    OwnOrganisation,
    /// The expert said so.
    Declared,
    SameOrganisation,
    SameMailDomain,
    SameCountry,
}

coded!(ConflictReason, "conflict");

impl ConflictReason {
    /// Whether the secretariat may assign past this conflict, with a reason. No one judges
    /// their own entry or their own organisation's, and an expert's own declaration stands.
    pub fn may_be_overridden(self) -> bool {
        matches!(
            self,
            Self::SameOrganisation | Self::SameMailDomain | Self::SameCountry
        )
    }
}

/// Whether sharing a country is a conflict: an edition's setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CountryPolicy {
    Ignore,
    Conflict,
}

/// What the platform knows of an expert's ties.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExpertTies {
    /// Submissions the expert owns or co-owns.
    pub own_entries: Vec<i64>,
    /// The normalised name of the organisation on the expert's account (empty when none).
    pub own_organisation: String,
    /// Normalised names of the organisations the expert declared.
    pub organisations: Vec<String>,
    /// The expert's own countries (ISO 3166 alpha-2), declared.
    pub countries: Vec<String>,
    /// Domains of the expert's e-mail addresses, lower case.
    pub mail_domains: Vec<String>,
    /// Submissions the expert declared a conflict on.
    pub declared: Vec<i64>,
}

/// The parties behind an entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryParties {
    pub submission_id: i64,
    /// Normalised names of the entry's organisation and of every organisation merged into it.
    pub organisations: Vec<String>,
    pub country: String,
    /// Domains of the owner's and co-owners' e-mail addresses, lower case.
    pub mail_domains: Vec<String>,
}

/// The domain of an e-mail address, lower case, if it has one.
pub fn mail_domain(email: &str) -> Option<String> {
    let (_, domain) = email.trim().rsplit_once('@')?;
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    (!domain.is_empty() && domain.contains('.')).then_some(domain)
}

fn is_public(domain: &str) -> bool {
    PUBLIC_MAIL_DOMAINS.contains(&domain)
}

/// Same domain, or one a subdomain of the other (`health.gov.example` and `gov.example`).
fn related_domains(a: &str, b: &str) -> bool {
    fn under(child: &str, parent: &str) -> bool {
        child
            .strip_suffix(parent)
            .is_some_and(|head| head.ends_with('.'))
    }
    a == b || under(a, b) || under(b, a)
}

/// The first reason, in the order of [`ConflictReason`], why `expert` may not review `entry`.
pub fn conflict_between(
    expert: &ExpertTies,
    entry: &EntryParties,
    policy: CountryPolicy,
) -> Option<ConflictReason> {
    if expert.own_entries.contains(&entry.submission_id) {
        return Some(ConflictReason::OwnEntry);
    }
    if !expert.own_organisation.is_empty() && entry.organisations.contains(&expert.own_organisation)
    {
        return Some(ConflictReason::OwnOrganisation);
    }
    if expert.declared.contains(&entry.submission_id) {
        return Some(ConflictReason::Declared);
    }
    if expert
        .organisations
        .iter()
        .any(|o| !o.is_empty() && entry.organisations.contains(o))
    {
        return Some(ConflictReason::SameOrganisation);
    }
    let shares_domain = expert
        .mail_domains
        .iter()
        .filter(|d| !is_public(d))
        .any(|mine| {
            entry
                .mail_domains
                .iter()
                .filter(|d| !is_public(d))
                .any(|theirs| related_domains(mine, theirs))
        });
    if shares_domain {
        return Some(ConflictReason::SameMailDomain);
    }
    if policy == CountryPolicy::Conflict
        && expert
            .countries
            .iter()
            .any(|c| c.eq_ignore_ascii_case(&entry.country))
    {
        return Some(ConflictReason::SameCountry);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expert() -> ExpertTies {
        ExpertTies {
            own_entries: vec![],
            own_organisation: "panel institute".into(),
            organisations: vec!["kenya ict authority".into()],
            countries: vec!["KE".into()],
            mail_domains: vec!["health.gov.example".into()],
            declared: vec![],
        }
    }

    fn entry() -> EntryParties {
        EntryParties {
            submission_id: 7,
            organisations: vec!["open clinic trust".into()],
            country: "UG".into(),
            mail_domains: vec!["clinic.example".into()],
        }
    }

    #[test]
    fn an_unrelated_pair_is_not_conflicted() {
        assert_eq!(
            conflict_between(&expert(), &entry(), CountryPolicy::Conflict),
            None
        );
    }

    #[test]
    fn an_own_entry_or_own_organisation_comes_before_anything_and_is_never_overridden() {
        let mut e = expert();
        e.declared.push(7);
        e.own_entries.push(7);
        let got = conflict_between(&e, &entry(), CountryPolicy::Ignore);
        assert_eq!(got, Some(ConflictReason::OwnEntry));
        assert!(!ConflictReason::OwnEntry.may_be_overridden());

        let mut e = expert();
        e.declared.push(7);
        e.own_organisation = "open clinic trust".into();
        let got = conflict_between(&e, &entry(), CountryPolicy::Ignore);
        assert_eq!(got, Some(ConflictReason::OwnOrganisation));
        assert!(!ConflictReason::OwnOrganisation.may_be_overridden());
        // An account naming no organisation shares none.
        let mut e = expert();
        e.own_organisation.clear();
        let mut en = entry();
        en.organisations.push(String::new());
        assert_eq!(conflict_between(&e, &en, CountryPolicy::Ignore), None);
    }

    #[test]
    fn only_ties_the_platform_inferred_may_be_overridden() {
        let overridable: Vec<_> = ConflictReason::ALL
            .iter()
            .filter(|r| r.may_be_overridden())
            .collect();
        assert_eq!(
            overridable,
            [
                &ConflictReason::SameOrganisation,
                &ConflictReason::SameMailDomain,
                &ConflictReason::SameCountry
            ]
        );
    }

    #[test]
    fn a_declared_conflict_comes_first_of_the_others() {
        let mut e = expert();
        e.declared.push(7);
        e.organisations.push("open clinic trust".into());
        assert_eq!(
            conflict_between(&e, &entry(), CountryPolicy::Ignore),
            Some(ConflictReason::Declared)
        );
    }

    #[test]
    fn a_tie_to_an_organisation_merged_into_the_entrys_is_a_conflict() {
        let mut en = entry();
        en.organisations.push("kenya ict authority".into());
        assert_eq!(
            conflict_between(&expert(), &en, CountryPolicy::Ignore),
            Some(ConflictReason::SameOrganisation)
        );
    }

    #[test]
    fn a_shared_mail_domain_or_subdomain_is_a_conflict() {
        let mut en = entry();
        en.mail_domains.push("gov.example".into());
        assert_eq!(
            conflict_between(&expert(), &en, CountryPolicy::Ignore),
            Some(ConflictReason::SameMailDomain)
        );
        // A domain that merely ends with the same letters is not related.
        let mut en = entry();
        en.mail_domains = vec!["xgov.example".into()];
        let mut e = expert();
        e.mail_domains = vec!["gov.example".into()];
        assert_eq!(conflict_between(&e, &en, CountryPolicy::Ignore), None);
    }

    #[test]
    fn public_mail_services_are_not_ties() {
        let mut e = expert();
        e.mail_domains = vec!["gmail.com".into()];
        let mut en = entry();
        en.mail_domains = vec!["gmail.com".into()];
        assert_eq!(conflict_between(&e, &en, CountryPolicy::Ignore), None);
    }

    #[test]
    fn the_same_country_conflicts_only_under_that_policy() {
        let mut en = entry();
        en.country = "KE".into();
        assert_eq!(
            conflict_between(&expert(), &en, CountryPolicy::Ignore),
            None
        );
        assert_eq!(
            conflict_between(&expert(), &en, CountryPolicy::Conflict),
            Some(ConflictReason::SameCountry)
        );
    }

    #[test]
    fn mail_domains_are_read_in_lower_case() {
        assert_eq!(
            mail_domain("Ana@Health.Gov.Example"),
            Some("health.gov.example".into())
        );
        assert_eq!(mail_domain("nobody"), None);
        assert_eq!(mail_domain("a@localhost"), None);
    }
}
