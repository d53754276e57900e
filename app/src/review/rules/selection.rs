//! The selection round's one published formula: how expert scores and the public vote make
//! a champion's final score.
//!
//! ```text
//! final = experts% × expert mean  +  votes% × vote share × 100
//! ```
//! The expert mean is the raw mean of the champion's weighted totals (0..=100); the vote share
//! is the champion's valid votes over all valid votes cast in its category (0..=1). The two
//! weights are whole percentages set per edition and add up to 100. The default, 100 and 0,
//! means the experts decide. Ties go to the higher vote share, then the higher expert mean,
//! then the round's draw. Every champion's [`Breakdown`] shows these parts, so the
//! secretariat and the public can see how its score was made.

use serde::{Deserialize, Serialize};

use super::ranking::{TieRule, quantised};
pub use crate::codes::AwardKind;

/// The formula's weights, whole percent, adding up to 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormulaWeights {
    pub experts: u8,
    pub votes: u8,
}

impl Default for FormulaWeights {
    /// The experts decide; the vote share breaks ties.
    fn default() -> Self {
        Self {
            experts: 100,
            votes: 0,
        }
    }
}

impl FormulaWeights {
    /// Weights as typed by the secretariat.
    ///
    /// # Errors
    /// `formula-weights-sum` when they are not two whole numbers adding up to 100.
    pub fn new(experts: u8, votes: u8) -> Result<Self, &'static str> {
        if u16::from(experts) + u16::from(votes) == 100 {
            Ok(Self { experts, votes })
        } else {
            Err("formula-weights-sum")
        }
    }
}

/// A champion entering the final ranking.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Champion {
    pub submission_id: i64,
    /// Raw mean of its selection reviews, 0..=100; `None` if none were submitted.
    pub expert_mean: Option<f64>,
    pub votes: u64,
}

/// How one champion's final score was made, and where it placed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Breakdown {
    pub submission_id: i64,
    pub expert_mean: Option<f64>,
    pub votes: u64,
    pub category_votes: u64,
    /// votes ÷ category votes, 0..=1.
    pub vote_share: f64,
    /// experts% × expert mean.
    pub expert_part: f64,
    /// votes% × vote share × 100.
    pub vote_part: f64,
    pub score: f64,
    pub position: usize,
    /// What put it above the next champion; `None` for the last.
    pub above_next_by: Option<TieRule>,
}

/// Ranks a category's champions by the formula. `category_votes` is every valid vote cast
/// in the category (not only for champions); `draw` is the round's draw key.
pub fn final_ranking(
    champions: &[Champion],
    category_votes: u64,
    weights: FormulaWeights,
    draw: impl Fn(i64) -> [u8; 32],
) -> Vec<Breakdown> {
    let mut rows: Vec<Breakdown> = champions
        .iter()
        .map(|c| {
            let vote_share = if category_votes == 0 {
                0.0
            } else {
                c.votes as f64 / category_votes as f64
            };
            let expert_part = f64::from(weights.experts) / 100.0 * c.expert_mean.unwrap_or(0.0);
            let vote_part = f64::from(weights.votes) * vote_share;
            Breakdown {
                submission_id: c.submission_id,
                expert_mean: c.expert_mean,
                votes: c.votes,
                category_votes,
                vote_share,
                expert_part,
                vote_part,
                score: expert_part + vote_part,
                position: 0,
                above_next_by: None,
            }
        })
        .collect();
    // The vote share is compared through the exact vote count: same category, same total.
    let key = |b: &Breakdown| {
        (
            std::cmp::Reverse(quantised(Some(b.score))),
            std::cmp::Reverse(b.votes),
            std::cmp::Reverse(quantised(b.expert_mean)),
            draw(b.submission_id),
        )
    };
    rows.sort_by_cached_key(key);
    let keys: Vec<_> = rows.iter().map(key).collect();
    for (i, row) in rows.iter_mut().enumerate() {
        row.position = i + 1;
        row.above_next_by = keys.get(i + 1).map(|next| {
            let this = &keys[i];
            if this.0 != next.0 {
                TieRule::Score
            } else if this.1 != next.1 || this.2 != next.2 {
                TieRule::OtherScore
            } else {
                TieRule::Draw
            }
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn champion(submission_id: i64, expert_mean: f64, votes: u64) -> Champion {
        Champion {
            submission_id,
            expert_mean: Some(expert_mean),
            votes,
        }
    }

    #[test]
    fn by_default_the_experts_decide_and_the_vote_breaks_ties() {
        let champions = [
            champion(1, 70.0, 900),
            champion(2, 82.5, 100),
            champion(3, 70.0, 1000),
        ];
        let ranked = final_ranking(&champions, 4000, FormulaWeights::default(), |_| [0; 32]);
        let order: Vec<_> = ranked.iter().map(|b| b.submission_id).collect();
        assert_eq!(order, vec![2, 3, 1]);
        assert_eq!(ranked[0].above_next_by, Some(TieRule::Score));
        assert_eq!(ranked[1].above_next_by, Some(TieRule::OtherScore));
        assert!((ranked[0].score - 82.5).abs() < 1e-9);
        assert!((ranked[1].vote_share - 0.25).abs() < 1e-9);
        assert_eq!(ranked[1].vote_part, 0.0);
    }

    #[test]
    fn mixed_weights_are_worked_out_by_hand() {
        // 60 % experts, 40 % votes; 2,000 valid votes in the category.
        // Champion 1: 0.6 × 80 + 40 × 500/2000 = 48 + 10 = 58.
        // Champion 2: 0.6 × 60 + 40 × 1000/2000 = 36 + 20 = 56.
        let weights = FormulaWeights::new(60, 40).unwrap_or_default();
        let ranked = final_ranking(
            &[champion(1, 80.0, 500), champion(2, 60.0, 1000)],
            2000,
            weights,
            |_| [0; 32],
        );
        assert_eq!(ranked[0].submission_id, 1);
        assert!((ranked[0].expert_part - 48.0).abs() < 1e-9);
        assert!((ranked[0].vote_part - 10.0).abs() < 1e-9);
        assert!((ranked[0].score - 58.0).abs() < 1e-9);
        assert!((ranked[1].score - 56.0).abs() < 1e-9);
    }

    #[test]
    fn a_full_tie_goes_to_the_draw() {
        let champions = [champion(5, 70.0, 10), champion(6, 70.0, 10)];
        let ranked = final_ranking(&champions, 100, FormulaWeights::default(), |id| {
            [if id == 6 { 0 } else { 1 }; 32]
        });
        assert_eq!(ranked[0].submission_id, 6);
        assert_eq!(ranked[0].above_next_by, Some(TieRule::Draw));
    }

    #[test]
    fn weights_must_add_up_to_one_hundred() {
        assert_eq!(FormulaWeights::new(70, 20), Err("formula-weights-sum"));
        assert!(FormulaWeights::new(0, 100).is_ok());
    }

    #[test]
    fn no_votes_in_a_category_gives_a_zero_share_not_a_division_by_zero() {
        let ranked = final_ranking(
            &[champion(1, 50.0, 0)],
            0,
            FormulaWeights::new(50, 50).unwrap_or_default(),
            |_| [0; 32],
        );
        assert_eq!(ranked[0].vote_share, 0.0);
        assert!((ranked[0].score - 25.0).abs() < 1e-9);
    }
}
