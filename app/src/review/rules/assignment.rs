//! Spreading entries over experts: each entry gets the round's number of reviews from the
//! experts of its category, never from a conflicted one, with workloads kept level.
//!
//! Planning only ever adds: what is assigned stays (a submitted review is never moved), so
//! running the plan again after it was applied adds nothing, and an entry found eligible
//! later simply gets its reviewers on the next run. An entry that cannot get enough
//! reviewers is reported, never silently under-reviewed.
//!
//! The most constrained entries (fewest possible reviewers) are served first; each takes the
//! least-loaded experts it may have, the lower id first among equals. With one pool and no
//! conflicts, workloads never differ by more than one.

use std::collections::{BTreeMap, BTreeSet};

/// An expert who reviews in some categories, with what they already hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpertSlot {
    pub expert_id: i64,
    pub categories: BTreeSet<i64>,
    /// Entries assigned to the expert already in this round (any category).
    pub load: usize,
}

/// An eligible entry of the round and the experts it already has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenEntry {
    pub submission_id: i64,
    pub category_id: i64,
    pub assigned: BTreeSet<i64>,
}

/// What a run would add, and what it could not fill.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssignmentPlan {
    /// New (submission, expert) pairs, in the order they were chosen.
    pub added: Vec<(i64, i64)>,
    /// Entries still short of reviewers after the run, with how many they lack.
    pub short: Vec<(i64, usize)>,
}

/// Plans the assignments that bring every entry up to `reviews_per_entry`, given who is
/// conflicted with whom.
pub fn plan_assignments(
    entries: &[OpenEntry],
    experts: &[ExpertSlot],
    reviews_per_entry: usize,
    conflicted: impl Fn(i64, i64) -> bool,
) -> AssignmentPlan {
    let mut load: BTreeMap<i64, usize> = experts.iter().map(|e| (e.expert_id, e.load)).collect();
    let candidates = |entry: &OpenEntry| -> Vec<i64> {
        experts
            .iter()
            .filter(|x| x.categories.contains(&entry.category_id))
            .filter(|x| !entry.assigned.contains(&x.expert_id))
            .filter(|x| !conflicted(x.expert_id, entry.submission_id))
            .map(|x| x.expert_id)
            .collect()
    };
    let mut work: Vec<(usize, &OpenEntry, Vec<i64>)> = entries
        .iter()
        .filter(|e| e.assigned.len() < reviews_per_entry)
        .map(|e| {
            let c = candidates(e);
            (c.len() + e.assigned.len(), e, c)
        })
        .collect();
    work.sort_by_key(|(room, e, _)| (*room, e.submission_id));

    let mut plan = AssignmentPlan::default();
    for (_, entry, mut pool) in work {
        let need = reviews_per_entry - entry.assigned.len();
        pool.sort_by_key(|id| (load.get(id).copied().unwrap_or(0), *id));
        for expert in pool.iter().take(need) {
            plan.added.push((entry.submission_id, *expert));
            *load.entry(*expert).or_default() += 1;
        }
        if pool.len() < need {
            plan.short.push((entry.submission_id, need - pool.len()));
        }
    }
    plan.short.sort_unstable();
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn experts(ids: &[i64], categories: &[i64]) -> Vec<ExpertSlot> {
        ids.iter()
            .map(|&expert_id| ExpertSlot {
                expert_id,
                categories: categories.iter().copied().collect(),
                load: 0,
            })
            .collect()
    }

    fn entries(ids: std::ops::Range<i64>, category_id: i64) -> Vec<OpenEntry> {
        ids.map(|submission_id| OpenEntry {
            submission_id,
            category_id,
            assigned: BTreeSet::new(),
        })
        .collect()
    }

    /// Applies a plan, as the service would, and returns the loads.
    fn apply(entries: &mut [OpenEntry], experts: &mut [ExpertSlot], plan: &AssignmentPlan) {
        for (s, x) in &plan.added {
            entries
                .iter_mut()
                .find(|e| e.submission_id == *s)
                .map(|e| e.assigned.insert(*x));
            experts
                .iter_mut()
                .find(|e| e.expert_id == *x)
                .map(|e| e.load += 1);
        }
    }

    #[test]
    fn ten_entries_three_reviews_five_experts_gives_six_each() {
        // Worked by hand: 10 entries × 3 reviews = 30 reviews over 5 experts = 6 each.
        let mut es = entries(1..11, 1);
        let mut xs = experts(&[1, 2, 3, 4, 5], &[1]);
        let plan = plan_assignments(&es, &xs, 3, |_, _| false);
        assert_eq!(plan.added.len(), 30);
        assert!(plan.short.is_empty());
        // The first entry goes to the three lowest ids, the second to the next two and the first.
        assert_eq!(
            &plan.added[..6],
            &[(1, 1), (1, 2), (1, 3), (2, 4), (2, 5), (2, 1)]
        );
        apply(&mut es, &mut xs, &plan);
        assert!(xs.iter().all(|x| x.load == 6), "{xs:?}");
    }

    #[test]
    fn a_conflicted_pair_is_never_assigned_and_a_short_entry_is_reported() {
        let es = entries(1..3, 1);
        let xs = experts(&[10, 20, 30], &[1]);
        let plan = plan_assignments(&es, &xs, 3, |x, s| x == 20 && s == 1);
        assert!(!plan.added.contains(&(1, 20)));
        assert_eq!(plan.short, vec![(1, 1)]);
        assert_eq!(plan.added.iter().filter(|(s, _)| *s == 2).count(), 3);
    }

    #[test]
    fn experts_review_only_their_categories() {
        let mut es = entries(1..4, 1);
        es.extend(entries(4..6, 2));
        let mut xs = experts(&[1, 2], &[1]);
        xs.extend(experts(&[3], &[2]));
        let plan = plan_assignments(&es, &xs, 1, |_, _| false);
        for (s, x) in &plan.added {
            let category = if *s < 4 { 1 } else { 2 };
            assert!(
                xs.iter()
                    .any(|e| e.expert_id == *x && e.categories.contains(&category))
            );
        }
        assert!(plan.short.is_empty());
    }

    #[test]
    fn a_second_run_adds_nothing_and_a_late_entry_is_filled_without_moving_others() {
        let mut es = entries(1..7, 1);
        let mut xs = experts(&[1, 2, 3, 4], &[1]);
        let plan = plan_assignments(&es, &xs, 2, |_, _| false);
        apply(&mut es, &mut xs, &plan);
        assert_eq!(
            plan_assignments(&es, &xs, 2, |_, _| false),
            AssignmentPlan::default()
        );

        let before: Vec<_> = es.iter().map(|e| e.assigned.clone()).collect();
        es.extend(entries(7..8, 1));
        let late = plan_assignments(&es, &xs, 2, |_, _| false);
        assert!(late.added.iter().all(|(s, _)| *s == 7));
        assert_eq!(late.added.len(), 2);
        apply(&mut es, &mut xs, &late);
        assert_eq!(
            es[..6]
                .iter()
                .map(|e| e.assigned.clone())
                .collect::<Vec<_>>(),
            before
        );
    }

    #[test]
    fn the_most_constrained_entry_is_served_first() {
        // Entry 2 can only go to expert 1; entry 1 can go to either. With one review each and
        // entry 1 served first, both would want expert 1 (lower id); serving 2 first avoids it.
        let es = entries(1..3, 1);
        let xs = experts(&[1, 2], &[1]);
        let plan = plan_assignments(&es, &xs, 1, |x, s| s == 2 && x == 2);
        assert_eq!(plan.added, vec![(2, 1), (1, 2)]);
    }

    proptest! {
        #[test]
        fn one_pool_without_conflicts_stays_level_and_complete(
            n_entries in 0usize..60,
            n_experts in 1usize..12,
            k in 1usize..5,
            preloaded in 0usize..4,
        ) {
            let mut es = entries(1..(n_entries as i64 + 1), 1);
            let ids: Vec<i64> = (1..=n_experts as i64).collect();
            let mut xs = experts(&ids, &[1]);
            for x in &mut xs { x.load = preloaded; }
            let plan = plan_assignments(&es, &xs, k, |_, _| false);
            apply(&mut es, &mut xs, &plan);
            let loads: Vec<usize> = xs.iter().map(|x| x.load).collect();
            let (lo, hi) = (loads.iter().min().copied().unwrap_or(0), loads.iter().max().copied().unwrap_or(0));
            prop_assert!(hi - lo <= 1, "{loads:?}");
            for e in &es {
                prop_assert_eq!(e.assigned.len(), k.min(n_experts));
            }
            let expected_short = if k > n_experts { n_entries } else { 0 };
            prop_assert_eq!(plan.short.len(), expected_short);
            prop_assert_eq!(plan_assignments(&es, &xs, k, |_, _| false).added.len(), 0);
        }

        #[test]
        fn conflicts_are_always_respected(
            n_entries in 1i64..30,
            n_experts in 1i64..8,
            salt in 0i64..1000,
        ) {
            let es = entries(1..n_entries + 1, 1);
            let ids: Vec<i64> = (1..=n_experts).collect();
            let xs = experts(&ids, &[1]);
            let conflicted = |x: i64, s: i64| (x * 31 + s * 17 + salt) % 5 == 0;
            let plan = plan_assignments(&es, &xs, 3, conflicted);
            for (s, x) in &plan.added {
                prop_assert!(!conflicted(*x, *s));
            }
            let mut pairs = plan.added.clone();
            pairs.sort_unstable();
            pairs.dedup();
            prop_assert_eq!(pairs.len(), plan.added.len());
        }
    }
}
