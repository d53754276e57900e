//! Fields as browsers post them, read into the types the wire carries.

use serde::Deserialize;

/// A checkbox as a form posts it: present (any value but `false`) when ticked, absent when
/// not. Also reads a JSON boolean.
///
/// # Errors
/// Never for a string or a boolean; the deserializer's error for anything else.
pub fn checkbox<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Ticked {
        Flag(bool),
        Text(String),
    }
    Ok(match Ticked::deserialize(deserializer)? {
        Ticked::Flag(b) => b,
        Ticked::Text(t) => !matches!(t.as_str(), "" | "false"),
    })
}
