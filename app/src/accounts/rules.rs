//! Account rules both the browser and the server apply: the shape of an e-mail address, a
//! name, a profile; the stakeholder types. (The password rule and the roles are `auth`'s.) The server decides; the browser uses
//! the same code to say so as the visitor types.

use serde::{Deserialize, Serialize};

pub use crate::codes::StakeholderType;
use crate::error::FieldError;

/// Longest name, organisation name.
pub const NAME_MAX_CHARS: usize = 200;

/// A syntactically valid e-mail address, trimmed and lower-cased.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// # Errors
    /// The translation key of what is wrong.
    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        let email = raw.trim().to_lowercase();
        if email.is_empty() {
            return Err("email-required");
        }
        if email.chars().count() > 254 {
            return Err("email-too-long");
        }
        let Some((local, domain)) = email.rsplit_once('@') else {
            return Err("email-invalid");
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && local
                .chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && !"<>()[]\\,;:\"".contains(c));
        // On the server, also what the mail sender accepts: an address it refuses would
        // never receive the confirmation.
        #[cfg(feature = "ssr")]
        let local_ok = local_ok && crate::mail::sendable(&email);
        if domain_ok && local_ok {
            Ok(Email(email))
        } else {
            Err("email-invalid")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// A trimmed one-line text of 1 to `max` characters without control characters.
///
/// # Errors
/// `required`, `too-long` or `invalid-characters` keys, prefixed by `prefix`.
pub fn one_line(raw: &str, max: usize, prefix: &str) -> Result<String, String> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(format!("{prefix}-required"));
    }
    if text.chars().count() > max {
        return Err(format!("{prefix}-too-long"));
    }
    if text.chars().any(char::is_control) {
        return Err(format!("{prefix}-invalid-characters"));
    }
    Ok(text.to_owned())
}

/// The profile fields an account carries, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileInput {
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub stakeholder_type: String,
}

/// The profile once every field has been checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub organisation: String,
    pub country: &'static str,
    pub stakeholder_type: StakeholderType,
}

/// Checks every profile field and reports all problems at once.
///
/// # Errors
/// One [`FieldError`] per field that is wrong.
pub fn parse_profile(input: &ProfileInput) -> Result<Profile, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = one_line(&input.name, NAME_MAX_CHARS, "name")
        .map_err(|k| errors.push(FieldError::new("name", &k)))
        .ok();
    let organisation = one_line(&input.organisation, 300, "organisation")
        .map_err(|k| errors.push(FieldError::new("organisation", &k)))
        .ok();
    let country = crate::countries::known_code(&input.country);
    if country.is_none() {
        errors.push(FieldError::new("country", "country-required"));
    }
    let stakeholder_type = StakeholderType::from_code(&input.stakeholder_type);
    if stakeholder_type.is_none() {
        errors.push(FieldError::new(
            "stakeholder_type",
            "stakeholder-type-required",
        ));
    }
    match (name, organisation, country, stakeholder_type) {
        (Some(name), Some(organisation), Some(country), Some(stakeholder_type))
            if errors.is_empty() =>
        {
            Ok(Profile {
                name,
                organisation,
                country,
                stakeholder_type,
            })
        }
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_email_is_trimmed_and_lower_cased() {
        assert_eq!(
            Email::parse("  Ada@Example.ORG ").map(Email::into_inner),
            Ok("ada@example.org".into())
        );
    }

    #[test]
    fn malformed_emails_are_refused() {
        for bad in [
            "",
            "ada",
            "ada@",
            "@example.org",
            "ada@example",
            "a b@example.org",
            "ada@exa..mple.org",
            "<x>@example.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    /// Addresses of the form's grammar that the mail sender refuses: refused on the server.
    #[cfg(feature = "ssr")]
    #[test]
    fn addresses_the_sender_refuses_are_refused() {
        for bad in [
            "a..b@example.org",
            ".ada@example.org",
            "ada.@example.org",
            "ada@-example.org",
        ] {
            assert_eq!(Email::parse(bad), Err("email-invalid"), "{bad}");
        }
    }

    #[test]
    fn a_profile_reports_every_wrong_field_at_once() {
        let errors = parse_profile(&ProfileInput {
            name: "  ".into(),
            organisation: "Org\u{0007}".into(),
            country: "XX".into(),
            stakeholder_type: "pirate".into(),
        })
        .err()
        .unwrap_or_default();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["name", "organisation", "country", "stakeholder_type"]
        );
    }

    #[test]
    fn a_valid_profile_is_parsed_into_domain_types() {
        let profile = parse_profile(&ProfileInput {
            name: " Amina Diallo ".into(),
            organisation: "Ministère du numérique".into(),
            country: "sn".into(),
            stakeholder_type: "government".into(),
        });
        assert_eq!(
            profile,
            Ok(Profile {
                name: "Amina Diallo".into(),
                organisation: "Ministère du numérique".into(),
                country: "SN",
                stakeholder_type: StakeholderType::Government,
            })
        );
    }
}
