//! The outbox: what a message is, and where its delivery stands.

closed_set! {
    /// What a message is about.
    pub enum MailKind in "mail-kind" {
        ConfirmEmail,
        ResetPassword,
        /// A registration tried with an address that has an account.
        RegisterAttempt,
        CoOwnerInvitation,
        ExpertInvitation,
        /// A screening decision or a withdrawal, to a submission's members.
        Submission,
        /// A message about a review (a conflict, an assignment).
        Review,
        ReviewReminder,
        VoteReminder,
        /// A success story's invitation, change request or approval.
        Story,
        /// An entry's outcome, told to its members once it is public.
        Outcome,
        /// To a voter: the results are out, with the ledger's head hash.
        Results,
        /// To a voter: their vote is void (its nominee withdrew), and they may vote again.
        VoteVoid,
        /// To the owners of a draft not yet sent, a week and two days before the close.
        DraftReminder,
        /// A message of a submission's thread, to its owners or to the secretariat.
        Message,
    }
}

closed_set! {
    /// Where a message's delivery stands.
    pub enum MailStatus in "mail-status" {
        /// To deliver over SMTP.
        Pending,
        /// Claimed by one instance's delivery job.
        Sending,
        Sent,
        Failed,
        /// Kept for the secretariat: no SMTP server is configured.
        Captured,
    }
}
