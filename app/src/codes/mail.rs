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
        /// A group message of the secretariat (a mailing).
        GroupMessage,
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

closed_set! {
    /// Whom a group message (a mailing) is written to.
    pub enum MailingAudience in "mailing-audience" {
        /// The owners and co-owners of drafts not yet sent.
        Drafts,
        /// The owners and co-owners of sent submissions, in one category or all.
        Sent,
        /// The owners and co-owners of the confirmed nominees.
        Nominees,
        /// The experts of a round.
        Experts,
        /// The voters whose ballot is incomplete.
        Voters,
    }
}

closed_set! {
    /// Where a group message stands.
    pub enum MailingStatus in "mailing-status" {
        /// Written, its recipients counted, waiting for the secretariat's confirmation.
        Prepared,
        /// Confirmed: the outbox sends it at its rate.
        Sending,
        /// Every recipient's mail is written.
        Sent,
    }
}
