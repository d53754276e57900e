#!/usr/bin/env python3
"""Expert review on the demo edition, through HTTP as a browser would: the time to assign the
whole edition, and p50/p95 of the expert's list, a score sheet and a category's ranking.

Usage: review.py BASE_URL SECRETARIAT_PASSWORD EXPERT_EMAIL EXPERT_PASSWORD
The demo edition must be loaded and the expert account made (scripts/bench.sh does both).
"""

import http.cookiejar
import json
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ROUNDS = 200


def browser():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def call(opener, base, endpoint, fields):
    data = urllib.parse.urlencode(fields).encode()
    req = urllib.request.Request(f"{base}/api/{endpoint}", data=data, method="POST")
    try:
        with opener.open(req, timeout=60) as res:
            return json.loads(res.read() or b"null")
    except urllib.error.HTTPError as e:
        sys.exit(f"{endpoint}: {e.code} {e.read().decode(errors='replace')}")


def sign_in(base, email, password):
    opener = browser()
    call(opener, base, "accounts/login", {"email": email, "password": password, "next": "/"})
    return opener


def timed(opener, url, n=ROUNDS):
    times = []
    for _ in range(n):
        start = time.perf_counter()
        with opener.open(url, timeout=60) as res:
            res.read()
            assert res.status == 200, f"{url}: {res.status}"
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main():
    base, secretariat_password, expert_email, expert_password = sys.argv[1:5]
    sec = sign_in(base, "secretariat@itu.example", secretariat_password)
    expert = sign_in(base, expert_email, expert_password)

    # One more review per entry, so that the new expert gets every entry of C7.4.
    round_ = call(sec, base, "review/round", {"round": "shortlisting"})
    form = {
        "round": "shortlisting",
        "reviews_per_entry": str(round_["reviews_per_entry"] + 1),
        "normalisation": {"ZScore": "z_score", "Raw": "raw"}[round_["normalisation"]],
        "formula_experts": str(round_["formula_experts"]),
        "formula_votes": str(round_["formula_votes"]),
        "reason": "benchmark",
    }
    if round_["country_conflicts"]:
        form["country_conflicts"] = "on"
    for i, c in enumerate(round_["criteria"]):
        form[f"code[{i}]"] = c["code"]
        form[f"title[{i}]"] = c["title"]
        form[f"weight[{i}]"] = str(c["weight"])
        form[f"scale[{i}]"] = str(c["scale"])
    call(sec, base, "review/save-round", form)
    call(sec, base, "review/add-round-expert",
         {"round": "shortlisting", "email": expert_email, "category": "C7.4"})
    start = time.perf_counter()
    report = call(sec, base, "review/run-assignment", {"round": "shortlisting"})
    assign_ms = (time.perf_counter() - start) * 1000
    entries = sum(c["entries"] for c in round_["categories"])
    print(f"  assignment of the whole edition ({entries} entries, "
          f"{len(round_['experts']) + 1} experts): {assign_ms:.0f} ms, {report['added']} added")

    mine = call(expert, base, "review/my-reviews", {})
    assignment = mine["entries"][0]["assignment_id"]
    for name, opener, path in [
        ("expert's list, /review", expert, "/review"),
        ("score sheet, /review/{id}", expert, f"/review/{assignment}"),
        ("ranking, /admin/review/shortlisting/C7.4", sec, "/admin/review/shortlisting/C7.4"),
    ]:
        p50, p95 = timed(opener, f"{base}{path}")
        print(f"  {name:<44} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   ({ROUNDS} requests)")


if __name__ == "__main__":
    main()
