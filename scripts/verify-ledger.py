#!/usr/bin/env python3
"""Checks a WSIS Prizes vote ledger on its own, with Python's standard library only.

    python3 scripts/verify-ledger.py LEDGER.jsonl

It checks every line's hash and its link to the line before, that each vote is for a nominee
the header lists in its category, and recounts the valid votes to find each category's
champions by the tie rule the header states; then it compares them with the ledger's end
line. It prints the recount as JSON and exits 0, or prints the first line that does not hold
and exits 1. The format is described in the platform's README ("The vote's ledger").
"""

import hashlib
import json
import sys

FORMAT = "wsis-prizes-ledger/1"
GENESIS = "0" * 64


class Broken(Exception):
    def __init__(self, line, what):
        super().__init__(f"line {line}: {what}")
        self.line = line


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def line_hash(obj):
    without = {k: v for k, v in obj.items() if k != "hash"}
    return hashlib.sha256(canonical(without).encode("utf-8")).hexdigest()


def tie_key(seed, nominee):
    return hashlib.sha256((seed + str(nominee)).encode("utf-8")).digest()


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def verify(text):
    prev = GENESIS
    header = None
    votes = []
    end = None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            raise Broken(n, "empty line")
        if end is not None:
            raise Broken(n, "a line after the end line")
        try:
            obj = json.loads(raw)
        except ValueError:
            raise Broken(n, "not a JSON object")
        if not isinstance(obj, dict):
            raise Broken(n, "not a JSON object")
        if obj.get("prev") != prev:
            raise Broken(n, "prev is not the hash of the line before")
        h = line_hash(obj)
        if obj.get("hash") != h:
            raise Broken(n, "hash does not match the line's content")
        prev = h
        kind = obj.get("type")
        if n == 1:
            if kind != "header":
                raise Broken(n, "the first line is not the header")
            if obj.get("format") != FORMAT:
                raise Broken(n, f"unknown format {obj.get('format')!r}")
            cats = obj.get("categories")
            if not isinstance(cats, list) or not isinstance(obj.get("seed"), str):
                raise Broken(n, "header: categories or seed missing")
            for c in cats:
                if not (isinstance(c, dict) and isinstance(c.get("code"), str)
                        and is_int(c.get("champions")) and c["champions"] >= 0
                        and isinstance(c.get("nominees"), list)
                        and all(is_int(x) for x in c["nominees"])
                        and isinstance(c.get("withdrawn", []), list)):
                    raise Broken(n, "header: a malformed category")
            header = obj
        elif kind == "vote":
            cat = next((c for c in header["categories"] if c["code"] == obj.get("category")), None)
            if cat is None:
                raise Broken(n, f"category {obj.get('category')} not in the header")
            if not is_int(obj.get("nominee")) or obj["nominee"] not in cat["nominees"]:
                raise Broken(n, f"{obj.get('nominee')} is not a nominee of {cat['code']}")
            rh = obj.get("receipt_hash")
            if not (isinstance(rh, str) and len(rh) == 64
                    and all(ch in "0123456789abcdefABCDEF" for ch in rh)):
                raise Broken(n, "receipt_hash is not a SHA-256")
            if not isinstance(obj.get("valid"), bool):
                raise Broken(n, "vote: valid is not true or false")
            votes.append(obj)
        elif kind == "end":
            end = (n, obj)
        else:
            raise Broken(n, f"unknown line type {kind!r}")
    if header is None:
        raise Broken(1, "no header")
    if end is None:
        raise Broken(len(lines) + 1, "no end line: the ledger is cut short")
    counts = {c["code"]: {x: 0 for x in c["nominees"]} for c in header["categories"]}
    valid = 0
    for v in votes:
        if v["valid"]:
            valid += 1
            counts[v["category"]][v["nominee"]] += 1
    champions = {}
    for c in header["categories"]:
        withdrawn = c.get("withdrawn", [])
        ranked = sorted([x for x in c["nominees"] if x not in withdrawn],
                        key=lambda x: (-counts[c["code"]][x], tie_key(header["seed"], x)))
        champions[c["code"]] = [{"nominee": x, "votes": counts[c["code"]][x]}
                                for x in ranked[:c["champions"]]]
    n, obj = end
    if not (is_int(obj.get("votes")) and is_int(obj.get("valid"))) \
            or obj["votes"] != len(votes) or obj["valid"] != valid:
        raise Broken(n, "the counts differ from the votes above")
    if obj.get("champions") != champions:
        raise Broken(n, "the champions differ from a recount")
    return {"head": prev, "votes": len(votes), "valid": valid, "champions": champions}


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    try:
        tally = verify(text)
    except Broken as e:
        print(f"ledger does not hold: {e}")
        return 1
    print(json.dumps(tally, sort_keys=True, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
