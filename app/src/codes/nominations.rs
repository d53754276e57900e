//! Where a submission and its project stand.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

/// Where a submission stands.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum SubmissionStatus {
    /// Being written; editable until submitted or until the submission phase closes.
    Draft,
    /// Sent to the secretariat; locked.
    Submitted,
    /// The secretariat asked for changes; editable until its deadline.
    ChangesRequested,
    Eligible,
    NotEligible,
    /// Taken back by its owner (or, once the nominees are confirmed, by the secretariat).
    Withdrawn,
}

coded!(SubmissionStatus, "status");

impl SubmissionStatus {
    /// The statuses that hold the organisation's place in a category: sent and not found
    /// not eligible or withdrawn. A draft reserves nothing.
    pub const HOLDS_PLACE: [SubmissionStatus; 3] = [
        SubmissionStatus::Submitted,
        SubmissionStatus::ChangesRequested,
        SubmissionStatus::Eligible,
    ];

    /// Whether this status holds the organisation's place in its category.
    pub fn holds_place(self) -> bool {
        Self::HOLDS_PLACE.contains(&self)
    }
}

/// Where the project stands, as the form asks.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, VariantArray, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum ProjectStatus {
    Completed,
    MajorPhaseCompleted,
}

coded!(ProjectStatus, "project-status");
