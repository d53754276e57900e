//! The review rounds' pure rules, shared by both builds and unit-tested here: the rubric and
//! its scores, conflicts of interest, the spreading of entries over experts, the ranking
//! (normalisation, disagreement, ties and the published draw) and the selection formula.
//!
//! Nothing here reads the database or the clock: the service gathers the facts, these
//! functions decide, and anyone can replay a decision from the same facts.

pub mod assignment;
pub mod conflicts;
pub mod ranking;
pub mod rubric;
pub mod selection;

pub use assignment::{AssignmentPlan, ExpertSlot, OpenEntry, plan_assignments};
pub use conflicts::{ConflictReason, CountryPolicy, EntryParties, ExpertTies, conflict_between};
pub use ranking::{EntryStanding, Normalisation, Ranked, ReviewTotal, TieRule, rank, standings};
pub use rubric::{
    Criterion, RoundKind, default_rubric, parse_score, validate_rubric, weighted_total,
};
pub use selection::{AwardKind, Breakdown, Champion, FormulaWeights, final_ranking};
