//! Where countries belong.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

/// One of ITU's six regions.
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
pub enum ItuRegion {
    Africa,
    Americas,
    ArabStates,
    AsiaPacific,
    Cis,
    Europe,
}

coded!(ItuRegion, "region");
