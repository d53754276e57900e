//! Who the people and organisations are, and what they may do.

closed_set! {
    /// The kind of organisation a stakeholder is, as the submission form asks.
    pub enum StakeholderType in "stakeholder" {
        Government,
        BusinessSector,
        CivilSociety,
        InternationalOrganisation,
        Academia,
        Other,
    }
}

closed_set! {
    /// A role on top of the rights every account has (submit, vote).
    pub enum Role in "role" {
        Expert,
        Secretariat,
    }
}

closed_set! {
    /// What an account's single-use token opens.
    pub enum Purpose in "token-purpose" {
        ConfirmEmail,
        ResetPassword,
    }
}

closed_set! {
    /// Who an account is to a submission.
    pub enum MemberRole in "member-role" {
        /// Made it; may add co-owners.
        Owner,
        /// Invited by the owner; edits it too.
        CoOwner,
    }
}
