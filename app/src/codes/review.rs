//! The expert rounds.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

/// The two rounds the expert group runs; the same machinery serves both.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    VariantArray,
    IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum RoundKind {
    /// Eligible submissions become the nominees (about 20 per category).
    Shortlisting,
    /// The champions of the public vote are scored and the winners chosen.
    Selection,
}

coded!(RoundKind, "round");
