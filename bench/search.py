#!/usr/bin/env python3
"""The gallery's search through HTTP, one request at a time: p50/p95/max of the search API
(`/api/gallery/search`) and of the gallery page (`/gallery?...`) over a mix of words in
several scripts, filters and pages.

Usage: search.py BASE_URL [REQUESTS]
"""

import itertools
import json
import random
import statistics
import sys
import time
import urllib.parse
import urllib.request

WORDS = ["", "digital", "health", "school", "data platform", "rural women", "open", "ministry",
         "信息", "研究院", "الاتصالات", "министерство", "цифрового развития", "agri", "zzqqxx"]
FILTERS = [{}, {"region": "africa"}, {"stakeholder": "government"}, {"sdg": "9"},
           {"award": "winner"}, {"award": "awarded"}, {"region": "asia_pacific", "sdg": "4"}]


def timed(opener, req):
    start = time.perf_counter()
    with opener.open(req, timeout=60) as res:
        res.read()
        status = res.status
    elapsed = (time.perf_counter() - start) * 1000
    if status != 200:
        raise SystemExit(f"{req.full_url}: {status}")
    return elapsed


def main():
    base = sys.argv[1].rstrip("/")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    rng = random.Random(11)
    opener = urllib.request.build_opener()
    # The years the gallery offers, from its own answer.
    years = []
    first = urllib.request.Request(f"{base}/api/gallery/search", data=b"", method="POST",
                                   headers={"Accept": "application/json"})
    with opener.open(first, timeout=60) as res:

        years = [str(y) for y in json.loads(res.read())["choices"]["editions"]]
    cases = list(itertools.product(WORDS, FILTERS + [{"edition": y} for y in years[:3]], ["", "2"]))
    api, page = [], []
    for _ in range(n):
        q, f, p = rng.choice(cases)
        fields = {"q": q, **f}
        if p:
            fields["page"] = p
        body = urllib.parse.urlencode(fields).encode()
        api.append(timed(opener, urllib.request.Request(
            f"{base}/api/gallery/search", data=body, method="POST",
            headers={"Accept": "application/json"})))
        page.append(timed(opener, urllib.request.Request(
            f"{base}/gallery?{urllib.parse.urlencode(fields)}")))
    for name, xs in (("search API", api), ("gallery page", page)):
        xs.sort()
        p95 = xs[int(len(xs) * 0.95) - 1]
        print(f"{name:12} n={len(xs)} p50 {statistics.median(xs):.1f} ms  p95 {p95:.1f} ms  "
              f"max {xs[-1]:.1f} ms  ({len(years)} editions)")


if __name__ == "__main__":
    main()
