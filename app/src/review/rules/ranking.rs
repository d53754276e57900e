//! From reviews to a ranking.
//!
//! **Normalisation.** Experts do not score alike: one gives 8s where another gives 5s. By
//! default each review's weighted total is turned into a z-score against its own expert's
//! totals in the round (how many standard deviations above that expert's mean), and an
//! entry's normalised score is the mean of its reviews' z-scores. An expert with fewer than
//! two reviews, or who gave every entry the same total, tells nothing about order: their
//! z-scores are 0. The raw mean of the totals is always shown beside it, so the secretariat
//! sees what normalisation changed; a round may rank by the raw mean instead.
//!
//! **Flags.** An entry whose reviews lie [`DISAGREEMENT_POINTS`] or more apart (highest minus
//! lowest total, on 0..=100) is flagged, and so is an entry with fewer reviews than required.
//!
//! **Ties.** The published rule orders entries by the round's score, then by the other score
//! (raw mean under z-scores, mean z-score under raw), then by the draw: SHA-256 of the
//! round's seed (as its hex text) followed by the submission id (as decimal text), lowest
//! first. The seed's own SHA-256 is published before the round closes and the seed at
//! close, so anyone can check the seed and replay the draw. Scores are compared at six
//! decimals, so that floating-point noise never passes for a difference.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

pub use crate::codes::Normalisation;
use crate::codes::coded;

/// Reviews this far apart (on 0..=100) flag an entry for the secretariat's attention.
pub const DISAGREEMENT_POINTS: f64 = 25.0;

/// One submitted review, reduced to its weighted total.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReviewTotal {
    pub expert_id: i64,
    pub submission_id: i64,
    /// On 0..=100.
    pub total: f64,
}

/// What the reviews say of one entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntryStanding {
    pub submission_id: i64,
    pub reviews: usize,
    /// Mean of the weighted totals; `None` without reviews.
    pub raw_mean: Option<f64>,
    /// Mean of the reviews' z-scores; `None` without reviews.
    pub z_mean: Option<f64>,
    /// Highest minus lowest total.
    pub spread: f64,
    pub disagreement: bool,
    /// Reviews still missing to reach the round's number.
    pub missing: usize,
}

impl EntryStanding {
    /// The score the round ranks by.
    pub fn score(&self, method: Normalisation) -> Option<f64> {
        match method {
            Normalisation::ZScore => self.z_mean,
            Normalisation::Raw => self.raw_mean,
        }
    }

    fn other(&self, method: Normalisation) -> Option<f64> {
        match method {
            Normalisation::ZScore => self.raw_mean,
            Normalisation::Raw => self.z_mean,
        }
    }
}

/// Each expert's mean and standard deviation (population) over their totals.
fn expert_stats(reviews: &[ReviewTotal]) -> BTreeMap<i64, (f64, f64, usize)> {
    let mut totals: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
    for r in reviews {
        totals.entry(r.expert_id).or_default().push(r.total);
    }
    totals
        .into_iter()
        .map(|(expert, ts)| {
            let n = ts.len() as f64;
            let mean = ts.iter().sum::<f64>() / n;
            let variance = ts.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / n;
            (expert, (mean, variance.sqrt(), ts.len()))
        })
        .collect()
}

/// The standing of every entry in `entries` from the round's submitted reviews (all
/// categories: an expert's scale is read across everything they scored).
pub fn standings(reviews: &[ReviewTotal], entries: &[i64], required: usize) -> Vec<EntryStanding> {
    let stats = expert_stats(reviews);
    let z = |r: &ReviewTotal| match stats.get(&r.expert_id) {
        Some(&(mean, sd, n)) if n >= 2 && sd > 1e-9 => (r.total - mean) / sd,
        _ => 0.0,
    };
    entries
        .iter()
        .map(|&submission_id| {
            let mine: Vec<&ReviewTotal> = reviews
                .iter()
                .filter(|r| r.submission_id == submission_id)
                .collect();
            let n = mine.len();
            let mean = |f: &dyn Fn(&ReviewTotal) -> f64| {
                (n > 0).then(|| mine.iter().map(|r| f(r)).sum::<f64>() / n as f64)
            };
            let hi = mine.iter().map(|r| r.total).fold(f64::MIN, f64::max);
            let lo = mine.iter().map(|r| r.total).fold(f64::MAX, f64::min);
            let spread = if n > 1 { hi - lo } else { 0.0 };
            EntryStanding {
                submission_id,
                reviews: n,
                raw_mean: mean(&|r| r.total),
                z_mean: mean(&z),
                spread,
                disagreement: spread >= DISAGREEMENT_POINTS - 1e-9,
                missing: required.saturating_sub(n),
            }
        })
        .collect()
}

/// Which rule of the published order put an entry above the next one.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum TieRule {
    /// Its score was higher.
    Score,
    /// Tied on the score; the other score was higher.
    OtherScore,
    /// Tied on both; the draw decided.
    Draw,
}

coded!(TieRule, "tie-rule");

/// An entry's place in a ranking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ranked {
    pub standing: EntryStanding,
    /// 1-based.
    pub position: usize,
    /// What separated it from the entry ranked just below; `None` for the last.
    pub above_next_by: Option<TieRule>,
}

/// A score at six decimals, for comparisons that floating-point noise cannot sway.
pub(crate) fn quantised(score: Option<f64>) -> i64 {
    score.map_or(i64::MIN, |s| (s * 1e6).round() as i64)
}

/// Ranks standings by the published order. `draw` gives each submission its draw key
/// ([`draw_key`] on the server), lowest first.
pub fn rank(
    mut entries: Vec<EntryStanding>,
    method: Normalisation,
    draw: impl Fn(i64) -> [u8; 32],
) -> Vec<Ranked> {
    let key = |e: &EntryStanding| {
        (
            std::cmp::Reverse(quantised(e.score(method))),
            std::cmp::Reverse(quantised(e.other(method))),
            draw(e.submission_id),
        )
    };
    entries.sort_by_cached_key(key);
    let keys: Vec<_> = entries.iter().map(key).collect();
    entries
        .into_iter()
        .enumerate()
        .map(|(i, standing)| {
            let above_next_by = keys.get(i + 1).map(|next| {
                let this = &keys[i];
                if this.0 != next.0 {
                    TieRule::Score
                } else if this.1 != next.1 {
                    TieRule::OtherScore
                } else {
                    TieRule::Draw
                }
            });
            Ranked {
                standing,
                position: i + 1,
                above_next_by,
            }
        })
        .collect()
}

/// The draw key of a submission: SHA-256 of the seed's hex text followed by the id in decimal.
#[cfg(feature = "ssr")]
pub fn draw_key(seed_hex: &str, submission_id: i64) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(seed_hex.as_bytes());
    h.update(submission_id.to_string().as_bytes());
    h.finalize().into()
}

/// What is published before the round closes: the SHA-256 of the seed's hex text, in hex.
#[cfg(feature = "ssr")]
pub fn seed_commitment(seed_hex: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(seed_hex.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review(expert_id: i64, submission_id: i64, total: f64) -> ReviewTotal {
        ReviewTotal {
            expert_id,
            submission_id,
            total,
        }
    }

    /// Worked by hand. Expert 1 is generous (80, 90, 70: mean 80, sd √(200/3) ≈ 8.165);
    /// expert 2 is severe (40, 60, 50: mean 50, sd ≈ 8.165).
    /// Entry 10: 80 and 40 → raw 60, z = (0 + −1.2247) / 2 = −0.6124.
    /// Entry 11: 90 and 60 → raw 75, z = (1.2247 + 1.2247) / 2 = 1.2247.
    /// Entry 12: 70 and 50 → raw 60, z = (−1.2247 + 0) / 2 = −0.6124.
    fn hand_example() -> Vec<ReviewTotal> {
        vec![
            review(1, 10, 80.0),
            review(1, 11, 90.0),
            review(1, 12, 70.0),
            review(2, 10, 40.0),
            review(2, 11, 60.0),
            review(2, 12, 50.0),
        ]
    }

    #[test]
    fn z_scores_and_raw_means_match_the_hand_worked_example() {
        let s = standings(&hand_example(), &[10, 11, 12], 3);
        let z = 10.0 / (200.0f64 / 3.0).sqrt();
        assert!((s[0].raw_mean.unwrap_or_default() - 60.0).abs() < 1e-9);
        assert!((s[0].z_mean.unwrap_or_default() + z / 2.0).abs() < 1e-9);
        assert!((s[1].raw_mean.unwrap_or_default() - 75.0).abs() < 1e-9);
        assert!((s[1].z_mean.unwrap_or_default() - z).abs() < 1e-9);
        assert!((s[2].z_mean.unwrap_or_default() + z / 2.0).abs() < 1e-9);
        // 80 and 40 are 40 apart: flagged. 90 and 60: 30, flagged. 70 and 50: 20, not.
        assert_eq!(
            s.iter().map(|e| e.disagreement).collect::<Vec<_>>(),
            vec![true, true, false]
        );
        assert!(s.iter().all(|e| e.missing == 1 && e.reviews == 2));
    }

    #[test]
    fn normalisation_can_change_the_order_and_both_scores_are_kept() {
        // Expert 1 scores everything high, expert 2 low; entry 21 is seen only by the
        // generous expert, entry 22 only by the severe one, who ranks it top of their list.
        let reviews = vec![
            review(1, 20, 90.0),
            review(1, 21, 80.0),
            review(2, 20, 30.0),
            review(2, 22, 50.0),
        ];
        let s = standings(&reviews, &[20, 21, 22], 1);
        let by = |m| {
            rank(s.clone(), m, |id| [id as u8; 32])
                .iter()
                .map(|r| r.standing.submission_id)
                .collect::<Vec<_>>()
        };
        assert_eq!(by(Normalisation::Raw), vec![21, 20, 22]);
        assert_eq!(by(Normalisation::ZScore), vec![22, 20, 21]);
    }

    #[test]
    fn an_expert_who_scores_everything_alike_adds_no_order() {
        let reviews = vec![review(1, 1, 70.0), review(1, 2, 70.0), review(2, 1, 60.0)];
        let s = standings(&reviews, &[1, 2], 1);
        assert_eq!(s[0].z_mean, Some(0.0));
        assert_eq!(s[1].z_mean, Some(0.0));
    }

    #[test]
    fn entries_without_reviews_rank_last_and_are_flagged_missing() {
        let s = standings(&hand_example(), &[10, 11, 12, 13], 2);
        assert_eq!(s[3].raw_mean, None);
        assert_eq!(s[3].missing, 2);
        let ranked = rank(s, Normalisation::ZScore, |id| [id as u8; 32]);
        assert_eq!(ranked.last().map(|r| r.standing.submission_id), Some(13));
    }

    #[test]
    fn a_tie_on_both_scores_is_broken_by_the_draw_and_says_so() {
        // Entries 10 and 12 tie on raw (60) and on z (−0.6124).
        let s = standings(&hand_example(), &[10, 11, 12], 2);
        let draw_12_first = |id: i64| if id == 12 { [0; 32] } else { [9; 32] };
        let ranked = rank(s.clone(), Normalisation::ZScore, draw_12_first);
        let order: Vec<_> = ranked.iter().map(|r| r.standing.submission_id).collect();
        assert_eq!(order, vec![11, 12, 10]);
        assert_eq!(ranked[0].above_next_by, Some(TieRule::Score));
        assert_eq!(ranked[1].above_next_by, Some(TieRule::Draw));
        assert_eq!(ranked[2].above_next_by, None);
        let draw_10_first = |id: i64| if id == 10 { [0; 32] } else { [9; 32] };
        let order: Vec<_> = rank(s, Normalisation::ZScore, draw_10_first)
            .iter()
            .map(|r| r.standing.submission_id)
            .collect();
        assert_eq!(order, vec![11, 10, 12]);
    }

    #[test]
    fn a_tie_on_the_score_falls_to_the_other_score_before_the_draw() {
        // Under raw means, 30 and 31 tie at 50; 31's reviewer is severe, so its z is higher.
        let reviews = vec![
            review(1, 30, 50.0),
            review(1, 32, 90.0),
            review(2, 31, 50.0),
            review(2, 33, 10.0),
        ];
        let s = standings(&reviews, &[30, 31], 1);
        let ranked = rank(s, Normalisation::Raw, |_| [0; 32]);
        assert_eq!(ranked[0].standing.submission_id, 31);
        assert_eq!(ranked[0].above_next_by, Some(TieRule::OtherScore));
    }

    #[test]
    fn the_draw_key_is_sha256_of_seed_text_then_id_text() {
        // printf '%s' 'abc42' | sha256sum
        assert_eq!(
            hex::encode(draw_key("abc", 42)),
            "8216ac77f5c9ed66907b03f1d78b795e7cdd315cecd13df42cd7245d45e16b06"
        );
        // printf '%s' 'abc' | sha256sum
        assert_eq!(
            seed_commitment("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
