//! Who is asking and what they may do: the roles on top of every account's rights, the
//! signed-in visitor as pages show them, the password rule both builds check; on the server,
//! the actor behind a request, sign-in tokens (JWT) and password hashing.
//!
//! Everything else that needs to know who is asking imports from here; `auth` imports no
//! feature.

#[cfg(feature = "ssr")]
pub mod actor;
#[cfg(feature = "ssr")]
mod hs256;
#[cfg(feature = "ssr")]
pub mod jwt;
#[cfg(feature = "ssr")]
pub mod password;

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub use actor::{Actor, Claimant, Session};

pub use crate::codes::Role;

/// Shortest password accepted.
pub const PASSWORD_MIN_CHARS: usize = 12;
/// Longest password accepted (hashing cost grows with length).
pub const PASSWORD_MAX_CHARS: usize = 256;

/// The signed-in visitor, as the page header shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub name: String,
    pub email: String,
    pub email_confirmed: bool,
    pub roles: Vec<Role>,
}

impl Me {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// The length rule for passwords. Strength against guessing is checked on the server.
///
/// # Errors
/// The translation key of what is wrong.
pub fn password_shape(password: &str) -> Result<(), &'static str> {
    let n = password.chars().count();
    if n < PASSWORD_MIN_CHARS {
        Err("password-too-short")
    } else if n > PASSWORD_MAX_CHARS {
        Err("password-too-long")
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_needs_twelve_characters() {
        assert_eq!(password_shape("short-pass1"), Err("password-too-short"));
        assert_eq!(password_shape("twelve chars"), Ok(()));
        assert_eq!(password_shape(&"x".repeat(300)), Err("password-too-long"));
    }

    #[test]
    fn a_role_is_stored_by_its_code_and_named_by_its_key() {
        assert_eq!(Role::Secretariat.code(), "secretariat");
        assert_eq!(Role::from_code("expert"), Some(Role::Expert));
        assert_eq!(Role::from_code("Expert"), None);
        assert_eq!(Role::Expert.label_key(), "role-expert");
        assert_eq!(Role::ALL, &[Role::Expert, Role::Secretariat]);
    }
}
