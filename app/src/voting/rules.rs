//! The vote's pure rules, shared by both builds: what a vote's status means, when a ballot is
//! complete and counts, the shape of a receipt, and which network a vote is grouped under.

use serde::{Deserialize, Serialize};

pub use crate::codes::{FlagKind, VoteStatus};

/// How far a voter's ballot is: votes cast out of the categories on the ballot.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub cast: usize,
    pub total: usize,
}

impl Progress {
    /// A vote in every category on the ballot (an empty ballot is never complete).
    pub fn is_complete(self) -> bool {
        self.total > 0 && self.cast >= self.total
    }

    /// Whether the ballot's votes count: always when the edition counts every vote, and only
    /// when complete when it counts complete ballots only.
    pub fn counts(self, complete_ballots_only: bool) -> bool {
        !complete_ballots_only || self.is_complete()
    }
}

/// The number of hexadecimal digits of a receipt (128 random bits).
pub const RECEIPT_DIGITS: usize = 32;

/// A receipt as a voter may type or paste it back: case, spaces and dashes do not matter.
/// `None` when it cannot be one of ours, so that a forged one costs no read.
pub fn parse_receipt(typed: &str) -> Option<String> {
    if typed.len() > 4 * RECEIPT_DIGITS {
        return None;
    }
    let digits: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (digits.len() == RECEIPT_DIGITS && digits.chars().all(|c| c.is_ascii_hexdigit()))
        .then_some(digits)
}

/// A receipt written for reading aloud or copying by hand: groups of four digits.
pub fn grouped(receipt: &str) -> String {
    receipt
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The network a vote is grouped under for anomaly review: an IPv4 address's /24, an IPv6
/// address's /48 (a site; wider than the /64 the rate limits use for one subscriber).
pub fn review_network(ip: std::net::IpAddr) -> String {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            format!("{a}.{b}.{c}.0/24")
        }
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => review_network(IpAddr::V4(v4)),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ballot_missing_one_category_is_incomplete_and_counts_only_when_allowed() {
        let short = Progress {
            cast: 17,
            total: 18,
        };
        assert!(!short.is_complete());
        assert!(!short.counts(true));
        assert!(short.counts(false));
        let full = Progress {
            cast: 18,
            total: 18,
        };
        assert!(full.is_complete());
        assert!(full.counts(true));
        assert!(!Progress::default().is_complete());
    }

    #[test]
    fn receipts_are_read_back_whatever_their_case_and_grouping() {
        let r = "0123456789abcdef0123456789abcdef";
        assert_eq!(parse_receipt(r).as_deref(), Some(r));
        assert_eq!(
            parse_receipt(&grouped(r).to_uppercase()).as_deref(),
            Some(r)
        );
        assert_eq!(
            parse_receipt(" 0123 4567-89ab cdef 0123456789abcdef ").as_deref(),
            Some(r)
        );
        assert_eq!(parse_receipt("0123"), None);
        assert_eq!(parse_receipt(&"g".repeat(32)), None);
        assert_eq!(parse_receipt(&"-".repeat(10_000)), None);
        assert_eq!(grouped(r), "0123-4567-89ab-cdef-0123-4567-89ab-cdef");
    }

    #[test]
    fn votes_are_grouped_by_a_24_or_a_48() {
        let ip = |s: &str| s.parse().unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]));
        assert_eq!(review_network(ip("203.0.113.77")), "203.0.113.0/24");
        assert_eq!(review_network(ip("::ffff:203.0.113.77")), "203.0.113.0/24");
        assert_eq!(review_network(ip("2001:db8:7:1::5")), "2001:db8:7::/48");
        assert_eq!(
            review_network(ip("2001:db8:7:ffff::1")),
            review_network(ip("2001:db8:7:1::9"))
        );
    }
}

/// What anomaly review reads of a vote.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoteFacts {
    pub id: i64,
    pub voter: i64,
    pub category: i64,
    pub nominee: i64,
    pub cast_at: i64,
    pub network: String,
    pub email_domain: String,
    pub account_created_at: i64,
}

/// A group of votes to hold: why, what the votes share, and which they are.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub kind: FlagKind,
    pub key: String,
    pub votes: Vec<i64>,
}

/// How long before the vote opens an account created in bulk is suspicious.
#[cfg(feature = "ssr")]
pub const BULK_LEAD_SECS: i64 = 7 * 86_400;

/// The groups to hold among `votes`: bursts per network and time window, accounts created
/// in bulk, disposable domains, and identical complete ballots (`ballot_size` categories).
/// Windows are fixed slices of `window_secs` from the epoch, so that the same votes always
/// make the same groups.
#[cfg(feature = "ssr")]
pub fn flagged_groups(
    votes: &[VoteFacts],
    is_disposable: impl Fn(&str) -> bool,
    voting_opens_at: i64,
    ballot_size: usize,
    t: crate::limits::FlagThresholds,
) -> Vec<Group> {
    use std::collections::{BTreeMap, BTreeSet};
    let window = t.window_secs.max(1);
    let mut out = Vec::new();
    let mut bursts: BTreeMap<(&str, i64), Vec<i64>> = BTreeMap::new();
    let mut domains: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    let mut by_voter: BTreeMap<i64, Vec<&VoteFacts>> = BTreeMap::new();
    for v in votes {
        bursts
            .entry((v.network.as_str(), v.cast_at.div_euclid(window)))
            .or_default()
            .push(v.id);
        if is_disposable(&v.email_domain) {
            domains
                .entry(v.email_domain.as_str())
                .or_default()
                .push(v.id);
        }
        by_voter.entry(v.voter).or_default().push(v);
    }
    for ((network, slice), ids) in bursts {
        if ids.len() >= t.burst_votes.max(1) {
            out.push(Group {
                kind: FlagKind::Burst,
                key: format!("{network}@{}", slice * window),
                votes: ids,
            });
        }
    }
    // Accounts created in the same slice, shortly before the vote or during it.
    let mut created: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for (voter, mine) in &by_voter {
        let at = mine[0].account_created_at;
        if at >= voting_opens_at - BULK_LEAD_SECS {
            created
                .entry(at.div_euclid(window))
                .or_default()
                .insert(*voter);
        }
    }
    for (slice, voters) in created {
        if voters.len() >= t.bulk_accounts.max(1) {
            out.push(Group {
                kind: FlagKind::BulkAccounts,
                key: format!("created@{}", slice * window),
                votes: voters
                    .iter()
                    .flat_map(|v| by_voter.get(v).into_iter().flatten().map(|f| f.id))
                    .collect(),
            });
        }
    }
    for (domain, ids) in domains {
        out.push(Group {
            kind: FlagKind::DisposableDomain,
            key: domain.to_owned(),
            votes: ids,
        });
    }
    // Identical complete ballots: the same nominee in every category.
    let mut ballots: BTreeMap<Vec<(i64, i64)>, Vec<i64>> = BTreeMap::new();
    for (voter, mine) in &by_voter {
        if ballot_size > 0 && mine.len() >= ballot_size {
            let mut choice: Vec<(i64, i64)> =
                mine.iter().map(|v| (v.category, v.nominee)).collect();
            choice.sort_unstable();
            ballots.entry(choice).or_default().push(*voter);
        }
    }
    for (choice, voters) in ballots {
        if voters.len() >= t.uniform_ballots.max(1) {
            let key = choice
                .iter()
                .map(|(_, n)| n.to_string())
                .collect::<Vec<_>>()
                .join(",");
            out.push(Group {
                kind: FlagKind::UniformBallots,
                key: if key.len() > 200 {
                    // Bounded for storage; the full choice is what makes the group.
                    format!("{}…", &key[..200])
                } else {
                    key
                },
                votes: voters
                    .iter()
                    .flat_map(|v| by_voter.get(v).into_iter().flatten().map(|f| f.id))
                    .collect(),
            });
        }
    }
    for g in &mut out {
        g.votes.sort_unstable();
    }
    out
}

#[cfg(test)]
mod anomaly_tests {
    use super::*;

    fn fact(
        id: i64,
        voter: i64,
        category: i64,
        nominee: i64,
        cast_at: i64,
        network: &str,
    ) -> VoteFacts {
        VoteFacts {
            id,
            voter,
            category,
            nominee,
            cast_at,
            network: network.into(),
            email_domain: "example.org".into(),
            account_created_at: 0,
        }
    }

    const T: crate::limits::FlagThresholds = crate::limits::FlagThresholds {
        burst_votes: 3,
        bulk_accounts: 3,
        uniform_ballots: 3,
        window_secs: 600,
    };

    #[test]
    fn a_burst_from_one_network_is_flagged_and_spread_votes_are_not() {
        let mut votes = Vec::new();
        // Three votes from "n1" within ten minutes; three from "n2" an hour apart each.
        for i in 0..3 {
            votes.push(fact(i, i, 1, 1, 10_000 * 600 + i * 60, "n1"));
            votes.push(fact(10 + i, 10 + i, 1, 1, 10_000 * 600 + i * 3_600, "n2"));
        }
        let groups = flagged_groups(&votes, |_| false, i64::MAX, 18, T);
        let bursts: Vec<&Group> = groups
            .iter()
            .filter(|g| g.kind == FlagKind::Burst)
            .collect();
        assert_eq!(bursts.len(), 1);
        assert_eq!(bursts[0].votes, [0, 1, 2]);
        assert!(bursts[0].key.starts_with("n1@"));
    }

    #[test]
    fn accounts_made_together_before_the_vote_are_flagged_and_old_ones_are_not() {
        let opens = 1_000_000;
        let mut votes = Vec::new();
        for voter in 0..3 {
            let mut v = fact(
                voter,
                voter,
                1,
                1,
                opens + voter * 5_000,
                &format!("n{voter}"),
            );
            v.account_created_at = opens - 3_600 + voter;
            votes.push(v);
        }
        // The same burst of creations, a year earlier: long-standing accounts.
        for voter in 10..13 {
            let mut v = fact(
                voter,
                voter,
                1,
                1,
                opens + voter * 5_000,
                &format!("n{voter}"),
            );
            v.account_created_at = opens - 365 * 86_400 + voter;
            votes.push(v);
        }
        let groups = flagged_groups(&votes, |_| false, opens, 18, T);
        let bulk: Vec<&Group> = groups
            .iter()
            .filter(|g| g.kind == FlagKind::BulkAccounts)
            .collect();
        assert_eq!(bulk.len(), 1, "{groups:?}");
        assert_eq!(bulk[0].votes, [0, 1, 2]);
    }

    #[test]
    fn disposable_domains_and_identical_ballots_are_flagged() {
        let mut votes = Vec::new();
        let mut id = 0;
        // Three voters with the same two choices, two with their own.
        for voter in 0..5 {
            for category in [1, 2] {
                let nominee = if voter < 3 {
                    category * 10
                } else {
                    category * 10 + voter
                };
                let mut v = fact(
                    id,
                    voter,
                    category,
                    nominee,
                    voter * 100_000 + category,
                    &format!("n{voter}"),
                );
                if voter == 4 {
                    v.email_domain = "mailinator.com".into();
                }
                votes.push(v);
                id += 1;
            }
        }
        let groups = flagged_groups(&votes, |d| d == "mailinator.com", i64::MAX, 2, T);
        let uniform: Vec<&Group> = groups
            .iter()
            .filter(|g| g.kind == FlagKind::UniformBallots)
            .collect();
        assert_eq!(uniform.len(), 1);
        assert_eq!(uniform[0].votes, [0, 1, 2, 3, 4, 5]);
        let disposable: Vec<&Group> = groups
            .iter()
            .filter(|g| g.kind == FlagKind::DisposableDomain)
            .collect();
        assert_eq!(disposable[0].key, "mailinator.com");
        assert_eq!(disposable[0].votes, [8, 9]);
        // Incomplete ballots are not compared.
        assert!(
            flagged_groups(&votes, |_| false, i64::MAX, 3, T)
                .iter()
                .all(|g| g.kind != FlagKind::UniformBallots)
        );
    }
}
