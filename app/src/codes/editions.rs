//! The phases of an edition.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

/// The phases of an edition, in the order they run.
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
pub enum PhaseKind {
    Submission,
    Screening,
    Voting,
    Selection,
    Publication,
}

coded!(PhaseKind, "phase");
