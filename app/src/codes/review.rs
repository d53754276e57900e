//! The expert rounds: their kind and ranking, the ties experts declare, the awards they
//! decide, the reminders they get.

closed_set! {
    /// The two rounds the expert group runs; the same machinery serves both.
    pub enum RoundKind in "round" {
        /// Eligible submissions become the nominees (about 20 per category).
        Shortlisting,
        /// The champions of the public vote are scored and the winners chosen.
        Selection,
    }
}

closed_set! {
    /// How a round ranks its entries.
    pub enum Normalisation in "normalisation" {
        ZScore,
        Raw,
    }
}

closed_set! {
    /// What an award says.
    pub enum AwardKind in "award" {
        /// One of the five most voted nominees of a category (set by the vote count).
        Champion,
        /// Chosen by the expert group among the champions.
        Winner,
        /// A distinction the secretariat gives beside the winners.
        SpecialRecognition,
    }
}

closed_set! {
    /// What an expert declared a tie to.
    pub enum TieKind in "tie" {
        Organisation,
        Country,
        /// Anything else, in the expert's words.
        Other,
    }
}

closed_set! {
    /// A reminder of a round, sent once per account.
    pub enum ReviewReminderKind in "review-reminder" {
        /// To an expert with reviews still to send, before the round closes.
        Closing,
        /// To the secretariat, before voting opens with categories unconfirmed.
        Nominees,
    }
}
