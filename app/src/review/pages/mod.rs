//! The review pages: the expert's (their list, the score sheet, their ties, joining) and
//! the secretariat's (the group, a round, a category's ranking), and the public draw. Server components with
//! plain forms; none holds an island.

mod experts;
mod public;
mod secretariat;

pub use experts::{JoinPage, MyReviewsPage, ScoreSheetPage, TiesPage};
pub use public::DrawPage;
pub use secretariat::{RankingPage, ReviewAdminPage, RoundPage};
