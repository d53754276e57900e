//! Success stories.

closed_set! {
    /// Where a story stands.
    pub enum StoryStatus in "story-status" {
        /// The owners were invited and have written nothing yet.
        Invited,
        /// Saved by the owners, not yet sent.
        Draft,
        /// Sent for the secretariat's approval.
        Sent,
        /// The secretariat asked for changes; the owners may edit it again, past the deadline.
        ChangesAsked,
        /// Approved: it goes into the book and on the project's page once published.
        Approved,
    }
}
