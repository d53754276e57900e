//! Who the people and organisations are, and what they may do.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

/// The kind of organisation a stakeholder is, as the submission form asks.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum StakeholderType {
    Government,
    BusinessSector,
    CivilSociety,
    InternationalOrganisation,
    Academia,
    Other,
}

coded!(StakeholderType, "stakeholder");

/// A role on top of the rights every account has (submit, vote).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum Role {
    Expert,
    Secretariat,
}

coded!(Role, "role");
