//! The vote's public ledger: one JSON object per line (JSON Lines), chained by hashes, from
//! which anyone can recount the vote and find the champions without our code.
//!
//! - Line 1, `"type":"header"`: the edition, its rule on incomplete ballots, the tie rule
//!   and its seed, and each category with its nominees (ids) and number of champions.
//! - Then one `"type":"vote"` line per vote: `category`, `nominee`, `receipt_hash` (the
//!   SHA-256 of the voter's private receipt, 32 lowercase hexadecimal digits, in hex) and
//!   `valid`. Lines are sorted by category (header order), nominee, receipt hash: their order
//!   says nothing about when anyone voted, and no line says who voted.
//! - Last, `"type":"end"`: the number of votes and valid votes, and the champions found.
//!
//! Every line carries `prev`, the `hash` of the line before (64 zeros for the header), and
//! its own `hash`: the SHA-256, in hex, of the line's canonical form without `hash`, which
//! is its JSON with keys sorted, no whitespace, non-ASCII characters as themselves (Python:
//! `json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`).
//!
//! Champions: in each category, nominees by valid votes, most first; a tie goes to the
//! smaller SHA-256 of the seed's text followed by the nominee id in decimal.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// The format written in the header.
pub const FORMAT: &str = "wsis-prizes-ledger/1";
/// The tie rule, as the header states it.
pub const TIE_RULE: &str =
    "most valid votes first; on a tie, the smaller sha256(seed + decimal nominee id)";
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A category in the header.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeaderCategory {
    pub code: String,
    pub champions: u32,
    /// The nominees' submission ids.
    pub nominees: Vec<i64>,
    /// Nominees withdrawn since they were confirmed: never champions, and votes for them are
    /// not valid.
    #[serde(default)]
    pub withdrawn: Vec<i64>,
}

/// What the header says of the vote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub edition: i32,
    pub title: String,
    pub complete_ballots_only: bool,
    pub tie_rule: String,
    /// The seed of the tie rule (the shortlisting round's published seed).
    pub seed: String,
    pub categories: Vec<HeaderCategory>,
}

/// A vote as the ledger shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteLine {
    pub category: String,
    pub nominee: i64,
    pub receipt_hash: String,
    pub valid: bool,
}

/// A champion with its valid votes, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Champion {
    pub nominee: i64,
    pub votes: u64,
}

/// What a ledger says once checked: its last hash, its counts and the champions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub head: String,
    pub votes: u64,
    pub valid: u64,
    /// Valid votes per category and nominee.
    pub counts: BTreeMap<String, BTreeMap<i64, u64>>,
    pub champions: BTreeMap<String, Vec<Champion>>,
}

/// Where and why a ledger does not hold.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {what}")]
pub struct LedgerError {
    pub line: usize,
    pub what: String,
}

fn fail<T>(line: usize, what: impl Into<String>) -> Result<T, LedgerError> {
    Err(LedgerError {
        line,
        what: what.into(),
    })
}

/// The SHA-256 of a receipt, as the ledger shows it.
pub fn receipt_hash(receipt: &str) -> String {
    hex::encode(Sha256::digest(receipt.as_bytes()))
}

/// The canonical text of a JSON value: keys sorted, no whitespace.
pub fn canonical(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                if let Some(v) = map.get(k) {
                    write_canonical(v, out);
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(v, out);
            }
            out.push(']');
        }
        // Strings, numbers, booleans, null: serde_json writes them as Python's json does
        // (the same escapes, non-ASCII as itself).
        other => out.push_str(&other.to_string()),
    }
}

/// The hash of a line's object without its `hash`.
fn hash_of(object: &Map<String, Value>) -> String {
    let mut without = object.clone();
    without.remove("hash");
    hex::encode(Sha256::digest(
        canonical(&Value::Object(without)).as_bytes(),
    ))
}

/// Writes ledgers line by line, chaining each to the one before.
pub struct Writer {
    prev: String,
    out: String,
}

impl Writer {
    fn push(&mut self, kind: &str, body: Value) {
        let mut object = match body {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        object.insert("type".into(), Value::String(kind.into()));
        object.insert("prev".into(), Value::String(self.prev.clone()));
        let hash = hash_of(&object);
        object.insert("hash".into(), Value::String(hash.clone()));
        self.out.push_str(&canonical(&Value::Object(object)));
        self.out.push('\n');
        self.prev = hash;
    }
}

/// The whole ledger of a vote: the header, the votes (sorted here), and the end line with the
/// champions. Returns the text and its tally.
pub fn write(header: &Header, mut votes: Vec<VoteLine>) -> (String, Tally) {
    let order: HashMap<&str, usize> = header
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| (c.code.as_str(), i))
        .collect();
    votes.sort_by(|a, b| {
        (order.get(a.category.as_str()), a.nominee, &a.receipt_hash).cmp(&(
            order.get(b.category.as_str()),
            b.nominee,
            &b.receipt_hash,
        ))
    });
    let mut w = Writer {
        prev: GENESIS.into(),
        out: String::new(),
    };
    w.push(
        "header",
        serde_json::to_value(header).unwrap_or(Value::Null),
    );
    for v in &votes {
        w.push("vote", serde_json::to_value(v).unwrap_or(Value::Null));
    }
    let tally = count(header, &votes, String::new());
    w.push(
        "end",
        serde_json::json!({
            "votes": tally.votes,
            "valid": tally.valid,
            "champions": tally.champions,
        }),
    );
    let tally = Tally {
        head: w.prev.clone(),
        ..tally
    };
    (w.out, tally)
}

/// Counts valid votes and finds the champions by the tie rule.
fn count(header: &Header, votes: &[VoteLine], head: String) -> Tally {
    let mut counts: BTreeMap<String, BTreeMap<i64, u64>> = header
        .categories
        .iter()
        .map(|c| (c.code.clone(), c.nominees.iter().map(|n| (*n, 0)).collect()))
        .collect();
    let mut valid = 0;
    for v in votes.iter().filter(|v| v.valid) {
        valid += 1;
        *counts
            .entry(v.category.clone())
            .or_default()
            .entry(v.nominee)
            .or_default() += 1;
    }
    let champions = header
        .categories
        .iter()
        .map(|c| {
            let mut ranked: Vec<Champion> = c
                .nominees
                .iter()
                .filter(|n| !c.withdrawn.contains(n))
                .map(|n| Champion {
                    nominee: *n,
                    votes: counts
                        .get(&c.code)
                        .and_then(|m| m.get(n))
                        .copied()
                        .unwrap_or(0),
                })
                .collect();
            ranked.sort_by_cached_key(|r| {
                (std::cmp::Reverse(r.votes), tie_key(&header.seed, r.nominee))
            });
            ranked.truncate(usize::try_from(c.champions).unwrap_or(usize::MAX));
            (c.code.clone(), ranked)
        })
        .collect();
    Tally {
        head,
        votes: votes.len() as u64,
        valid,
        counts,
        champions,
    }
}

/// The tie rule's key: SHA-256 of the seed's text followed by the nominee id in decimal.
pub fn tie_key(seed: &str, nominee: i64) -> [u8; 32] {
    Sha256::new()
        .chain_update(seed.as_bytes())
        .chain_update(nominee.to_string().as_bytes())
        .finalize()
        .into()
}

fn field<'a>(
    object: &'a Map<String, Value>,
    line: usize,
    name: &str,
) -> Result<&'a Value, LedgerError> {
    object
        .get(name)
        .map_or_else(|| fail(line, format!("no {name}")), Ok)
}

/// Checks a ledger: every line's hash and its link to the line before, the header first and
/// the end line last, every vote in a category and for a nominee the header lists, the
/// counts and champions of the end line against a recount. Answers the recount.
///
/// # Errors
/// The first line that does not hold, and why.
pub fn verify(text: &str) -> Result<Tally, LedgerError> {
    let mut prev = GENESIS.to_owned();
    let mut header: Option<Header> = None;
    let mut votes = Vec::new();
    let mut end: Option<(usize, Map<String, Value>)> = None;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        if raw.trim().is_empty() {
            return fail(n, "empty line");
        }
        if end.is_some() {
            return fail(n, "a line after the end line");
        }
        let object = match serde_json::from_str::<Value>(raw) {
            Ok(Value::Object(map)) => map,
            _ => return fail(n, "not a JSON object"),
        };
        if field(&object, n, "prev")?.as_str() != Some(prev.as_str()) {
            return fail(n, "prev is not the hash of the line before");
        }
        let hash = hash_of(&object);
        if field(&object, n, "hash")?.as_str() != Some(hash.as_str()) {
            return fail(n, "hash does not match the line's content");
        }
        prev = hash;
        let kind = field(&object, n, "type")?.as_str().unwrap_or_default();
        match (kind, n) {
            ("header", 1) => {
                let h: Header = serde_json::from_value(Value::Object(object))
                    .or_else(|e| fail(n, format!("header: {e}")))?;
                if h.format != FORMAT {
                    return fail(n, format!("unknown format {:?}", h.format));
                }
                header = Some(h);
            }
            (_, 1) => return fail(n, "the first line is not the header"),
            ("vote", _) => {
                let v: VoteLine = serde_json::from_value(Value::Object(object))
                    .or_else(|e| fail(n, format!("vote: {e}")))?;
                let listed = header
                    .as_ref()
                    .and_then(|h| h.categories.iter().find(|c| c.code == v.category));
                match listed {
                    None => return fail(n, format!("category {} not in the header", v.category)),
                    Some(c) if !c.nominees.contains(&v.nominee) => {
                        return fail(
                            n,
                            format!("{} is not a nominee of {}", v.nominee, v.category),
                        );
                    }
                    Some(_) => {}
                }
                if v.receipt_hash.len() != 64
                    || !v.receipt_hash.chars().all(|c| c.is_ascii_hexdigit())
                {
                    return fail(n, "receipt_hash is not a SHA-256");
                }
                votes.push(v);
            }
            ("end", _) => end = Some((n, object)),
            (other, _) => return fail(n, format!("unknown line type {other:?}")),
        }
    }
    let Some(header) = header else {
        return fail(1, "no header");
    };
    let Some((n, object)) = end else {
        return fail(
            text.lines().count() + 1,
            "no end line: the ledger is cut short",
        );
    };
    let tally = count(&header, &votes, prev);
    if field(&object, n, "votes")?.as_u64() != Some(tally.votes)
        || field(&object, n, "valid")?.as_u64() != Some(tally.valid)
    {
        return fail(n, "the counts differ from the votes above");
    }
    let claimed: BTreeMap<String, Vec<Champion>> =
        serde_json::from_value(field(&object, n, "champions")?.clone())
            .or_else(|e| fail(n, format!("champions: {e}")))?;
    if claimed != tally.champions {
        return fail(n, "the champions differ from a recount");
    }
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            format: FORMAT.into(),
            edition: 2027,
            title: "WSIS Prizes 2027 — « Été »".into(),
            complete_ballots_only: true,
            tie_rule: TIE_RULE.into(),
            seed: "ab".repeat(32),
            categories: vec![
                HeaderCategory {
                    code: "C1".into(),
                    champions: 2,
                    nominees: vec![10, 11, 12, 13],
                    withdrawn: vec![13],
                },
                HeaderCategory {
                    code: "C7.4".into(),
                    champions: 1,
                    nominees: vec![20, 21],
                    withdrawn: vec![],
                },
            ],
        }
    }

    fn vote(category: &str, nominee: i64, receipt: &str, valid: bool) -> VoteLine {
        VoteLine {
            category: category.into(),
            nominee,
            receipt_hash: receipt_hash(receipt),
            valid,
        }
    }

    fn votes() -> Vec<VoteLine> {
        vec![
            vote("C1", 11, "r1", true),
            vote("C1", 11, "r2", true),
            vote("C1", 10, "r3", true),
            vote("C1", 12, "r4", false),
            vote("C1", 12, "r5", false),
            vote("C1", 12, "r6", false),
            vote("C7.4", 20, "r7", true),
            vote("C7.4", 21, "r8", true),
        ]
    }

    #[test]
    fn a_written_ledger_verifies_and_counts_only_valid_votes() {
        let (text, written) = write(&header(), votes());
        let tally = verify(&text).expect("an intact ledger");
        assert_eq!(tally, written);
        assert_eq!((tally.votes, tally.valid), (8, 5));
        let c1: Vec<i64> = tally.champions["C1"].iter().map(|c| c.nominee).collect();
        // 12 has the most votes cast, all invalid: it is not a champion.
        assert_eq!(c1, [11, 10]);
        // A tie in C7.4 goes to the smaller key.
        let expected = if tie_key(&header().seed, 20) < tie_key(&header().seed, 21) {
            20
        } else {
            21
        };
        assert_eq!(tally.champions["C7.4"][0].nominee, expected);
        assert_eq!(text.lines().count(), 10);
    }

    #[test]
    fn the_order_of_votes_given_does_not_change_the_ledger() {
        let mut shuffled = votes();
        shuffled.reverse();
        assert_eq!(write(&header(), shuffled).0, write(&header(), votes()).0);
    }

    #[test]
    fn a_tampered_ledger_says_where() {
        let (text, _) = write(&header(), votes());
        let lines: Vec<&str> = text.lines().collect();
        // A vote moved to another nominee, hash left alone.
        let changed = text.replacen("\"nominee\":20", "\"nominee\":21", 1);
        let err = verify(&changed).expect_err("a changed vote");
        assert_eq!(err.line, 8, "{err}");
        // A line removed: the next one no longer links.
        let mut removed = lines.clone();
        removed.remove(3);
        let err = verify(&(removed.join("\n") + "\n")).expect_err("a removed line");
        assert_eq!(err.line, 4, "{err}");
        // Cut short.
        let cut = lines[..5].join("\n");
        assert!(
            verify(&cut)
                .expect_err("cut short")
                .what
                .contains("end line")
        );
        // A vote made valid and every hash recomputed after it: the end line's count differs.
        let mut forged = write(&header(), {
            let mut v = votes();
            v[3].valid = true;
            v
        })
        .0;
        let real_end = text.lines().last().unwrap_or_default();
        let forged_lines: Vec<&str> = forged.lines().collect();
        let without_end = forged_lines[..forged_lines.len() - 1].join("\n");
        forged = format!("{without_end}\n{real_end}\n");
        assert!(verify(&forged).is_err());
    }

    #[test]
    fn the_canonical_form_sorts_keys_and_keeps_non_ascii() {
        let v = serde_json::json!({"b": 1, "a": {"z": "É\"\n", "y": [true, null]}});
        assert_eq!(
            canonical(&v),
            "{\"a\":{\"y\":[true,null],\"z\":\"É\\\"\\n\"},\"b\":1}"
        );
    }
}
