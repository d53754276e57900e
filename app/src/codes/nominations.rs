//! Where a submission and its project stand, what screening decided of it, and what the
//! screener should look at.

closed_set! {
    /// Where a submission stands.
    pub enum SubmissionStatus in "status" {
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
}

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

closed_set! {
    /// Where the project stands, as the form asks.
    pub enum ProjectStatus in "project-status" {
        Completed,
        MajorPhaseCompleted,
    }
}

closed_set! {
    /// What a screening decision decided (the history of a submission's screening).
    pub enum DecisionKind in "decision" {
        Eligible,
        NotEligible,
        ChangesRequested,
        /// Moved to another category.
        Moved,
        /// The changes asked for were not sent in time: back to screening.
        ChangesLapsed,
        /// Taken back by its owner, or withdrawn by the secretariat.
        Withdrawn,
    }
}

impl DecisionKind {
    /// The status a submission is left in by the decision (a move keeps its status).
    pub fn status_after(self) -> Option<SubmissionStatus> {
        match self {
            DecisionKind::Eligible => Some(SubmissionStatus::Eligible),
            DecisionKind::NotEligible => Some(SubmissionStatus::NotEligible),
            DecisionKind::ChangesRequested => Some(SubmissionStatus::ChangesRequested),
            DecisionKind::ChangesLapsed => Some(SubmissionStatus::Submitted),
            DecisionKind::Withdrawn => Some(SubmissionStatus::Withdrawn),
            DecisionKind::Moved => None,
        }
    }

    /// The act the audit log records when the secretariat takes the decision; none for a
    /// lapse, which the platform records.
    pub fn screening_action(self) -> Option<super::Action> {
        use super::Action;
        match self {
            DecisionKind::Eligible => Some(Action::ScreeningEligible),
            DecisionKind::NotEligible => Some(Action::ScreeningNotEligible),
            DecisionKind::ChangesRequested => Some(Action::ScreeningRequestChanges),
            DecisionKind::Moved => Some(Action::ScreeningMove),
            DecisionKind::Withdrawn => Some(Action::ScreeningWithdraw),
            DecisionKind::ChangesLapsed => None,
        }
    }

    /// The body of the mail that tells the submission's members (its subject is
    /// `mail-decision-subject`); none for a lapse.
    pub fn mail_body(self) -> Option<&'static str> {
        match self {
            DecisionKind::Eligible => Some("mail-decision-eligible-body"),
            DecisionKind::NotEligible => Some("mail-decision-not-eligible-body"),
            DecisionKind::ChangesRequested => Some("mail-decision-changes-body"),
            DecisionKind::Moved => Some("mail-decision-moved-body"),
            DecisionKind::Withdrawn => Some("mail-withdrawn-body"),
            DecisionKind::ChangesLapsed => None,
        }
    }
}

closed_set! {
    /// Why a submission is flagged for the screener.
    pub enum SubmissionFlagKind in "submission-flag" {
        /// A title close to another submission's.
        SimilarTitle,
        /// A description that shares much of its wording with another's.
        SimilarDescription,
        /// The same organisation sent two submissions in one category (after a merge).
        SameEntityCategory,
        /// The project won an earlier edition.
        PastWinner,
        /// A champion of an earlier edition on this platform: still eligible, the
        /// screener is told.
        PastChampion,
    }
}

closed_set! {
    /// What the owners of an entry are told of it once it is public: whether it was
    /// shortlisted, when the vote opens; its award, when the results are published.
    pub enum Outcome in "outcome" {
        Nominee,
        NotNominee,
        Champion,
        Winner,
        SpecialRecognition,
    }
}

closed_set! {
    /// When an outcome is told: each entry is told once at each.
    pub enum OutcomeStage in "outcome-stage" {
        /// The vote opened: the nominees are public.
        Shortlist,
        /// The results were published.
        Award,
    }
}

impl Outcome {
    /// The stage that tells it.
    pub fn stage(self) -> OutcomeStage {
        match self {
            Self::Nominee | Self::NotNominee => OutcomeStage::Shortlist,
            _ => OutcomeStage::Award,
        }
    }
}
