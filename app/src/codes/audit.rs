//! What the audit log records: each act by one code, and what it was done to.
//!
//! The codes are hashed into the audit chain and stored in rows that stay: they never change,
//! old shapes included (`stories_invited`, `story_sent`). A new act takes the shape
//! `feature.verb`.

closed_set! {
    /// An act the audit log records.
    pub enum Action in "audit-action" {
        #[strum(serialize = "account.disable")]
        AccountDisable,
        #[strum(serialize = "account.enable")]
        AccountEnable,
        #[strum(serialize = "role.grant")]
        RoleGrant,
        #[strum(serialize = "role.revoke")]
        RoleRevoke,
        #[strum(serialize = "demo.load")]
        DemoLoad,
        #[strum(serialize = "demo.load_past")]
        DemoLoadPast,
        #[strum(serialize = "edition.calendar.update")]
        CalendarUpdate,
        #[strum(serialize = "edition.category.create")]
        CategoryCreate,
        #[strum(serialize = "edition.category.update")]
        CategoryUpdate,
        /// The next edition was started from the newest.
        #[strum(serialize = "edition.start")]
        EditionStart,
        /// The submission form's limits of an edition changed (before and after).
        #[strum(serialize = "edition.limits.update")]
        LimitsUpdate,
        /// The secretariat downloaded an export (what, of which edition, in which format).
        #[strum(serialize = "export.download")]
        ExportDownload,
        /// A group message confirmed for sending (its audience and counts).
        #[strum(serialize = "mailing.send")]
        MailingSend,
        #[strum(serialize = "organisation.merge")]
        OrganisationMerge,
        #[strum(serialize = "past_winners.import")]
        PastWinnersImport,
        #[strum(serialize = "submission.submit")]
        SubmissionSubmit,
        #[strum(serialize = "submission.resubmit")]
        SubmissionResubmit,
        #[strum(serialize = "submission.withdraw")]
        SubmissionWithdraw,
        /// The secretariat corrected a sent submission (its fields before and after).
        #[strum(serialize = "submission.correct")]
        SubmissionCorrect,
        #[strum(serialize = "submission.delete_draft")]
        SubmissionDeleteDraft,
        #[strum(serialize = "screening.eligible")]
        ScreeningEligible,
        #[strum(serialize = "screening.not_eligible")]
        ScreeningNotEligible,
        #[strum(serialize = "screening.request_changes")]
        ScreeningRequestChanges,
        #[strum(serialize = "screening.move")]
        ScreeningMove,
        #[strum(serialize = "screening.withdraw")]
        ScreeningWithdraw,
        #[strum(serialize = "screening.dismiss_flag")]
        ScreeningDismissFlag,
        #[strum(serialize = "review.round_saved")]
        RoundSaved,
        #[strum(serialize = "review.expert_invited")]
        ExpertInvited,
        #[strum(serialize = "review.expert_joined")]
        ExpertJoined,
        #[strum(serialize = "review.expert_added")]
        ExpertAdded,
        /// The experts of the year before were asked back onto an edition's panels.
        #[strum(serialize = "review.experts_returned")]
        ExpertsReturned,
        #[strum(serialize = "review.conflict_declared")]
        ConflictDeclared,
        #[strum(serialize = "review.assignment_run")]
        AssignmentRun,
        #[strum(serialize = "review.assigned_by_hand")]
        AssignedByHand,
        #[strum(serialize = "review.assignment_removed")]
        AssignmentRemoved,
        /// The expert became an owner of the entry: the platform took the assignment back.
        #[strum(serialize = "review.assignment_released")]
        AssignmentReleased,
        #[strum(serialize = "review.nominees_confirmed")]
        NomineesConfirmed,
        #[strum(serialize = "review.award_decided")]
        AwardDecided,
        #[strum(serialize = "voting.disposable_domain_added")]
        DisposableDomainAdded,
        #[strum(serialize = "voting.flag_decided")]
        FlagDecided,
        #[strum(serialize = "voting.results_final")]
        ResultsFinal,
        #[strum(serialize = "stories_invited")]
        StoriesInvited,
        #[strum(serialize = "story_saved")]
        StorySaved,
        #[strum(serialize = "story_sent")]
        StorySent,
        #[strum(serialize = "story_changes_asked")]
        StoryChangesAsked,
        #[strum(serialize = "story_approved")]
        StoryApproved,
    }
}

closed_set! {
    /// What an act was done to (its id is the row's `target_id`).
    pub enum TargetType in "audit-target" {
        Account,
        Category,
        /// A mail domain refused for voting.
        Domain,
        Edition,
        ExpertInvitation,
        Mailing,
        Organisation,
        PastWinners,
        ReviewRound,
        Submission,
        VoteFlag,
    }
}
