//! The vote: a vote's standing, and the groups anomaly review holds.

closed_set! {
    /// A vote's standing in anomaly review. A flag holds a vote; only the secretariat, with a
    /// reason, invalidates it.
    pub enum VoteStatus in "vote-status" {
        Valid,
        /// Held for review: it counts only once released.
        Held,
        Invalid,
    }
}

closed_set! {
    /// Why a group of votes is held for review.
    pub enum FlagKind in "flag" {
        /// Many votes from one network in a short time.
        Burst,
        /// Many accounts created together shortly before or during the vote, that voted.
        BulkAccounts,
        /// Accounts at a disposable mail domain.
        DisposableDomain,
        /// Many complete ballots with exactly the same choices.
        UniformBallots,
    }
}

closed_set! {
    /// What the secretariat decided of a held group.
    pub enum FlagDecision in "flag-decision" {
        /// Its votes count.
        Released,
        /// Its votes do not count.
        Invalidated,
    }
}
