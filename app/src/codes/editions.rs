//! The phases of an edition.

closed_set! {
    /// The phases of an edition, in the order they run.
    pub enum PhaseKind in "phase" {
        Submission,
        Screening,
        Voting,
        Selection,
        Publication,
    }
}
