#!/usr/bin/env python3
"""Open-loop load on the vote path: N voters, each on its own connection, each casting a
vote about once a second on a fixed schedule, whatever the answers' delays. Latency is
measured from the moment each vote was due, not from when it could be sent, so a slow
server is not hidden (no coordinated omission). Standard library only.

    python3 bench/open_loop.py URL BALLOTS.tsv VOTERS SECONDS

BALLOTS.tsv holds "cookie<TAB>category<TAB>nominee" lines; the voters are taken from the
end of the file (the closed-loop run takes its lines from the start). Prints the offered and
achieved rates, p50/p99/max latency in ms, and how many answers were not 200.
"""

import asyncio
import sys
import time
from urllib.parse import urlsplit


async def voter(host, port, ballots, start, period, until, latencies, failures):
    reader, writer = await asyncio.open_connection(host, port)
    try:
        for i, (cookie, category, nominee) in enumerate(ballots):
            due = start + i * period
            if due >= until:
                break
            delay = due - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            body = f"category={category}&nominee={nominee}".encode()
            request = (
                f"POST /api/voting/cast HTTP/1.1\r\nHost: {host}:{port}\r\n"
                f"Cookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode() + body
            writer.write(request)
            await writer.drain()
            status_line = await reader.readline()
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            if length:
                await reader.readexactly(length)
            latencies.append(time.monotonic() - due)
            if b" 200 " not in status_line:
                failures.append(status_line.decode("latin-1").strip())
    finally:
        writer.close()


async def main():
    url, path, voters, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    parts = urlsplit(url)
    lines = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if l.strip()]
    by_voter = {}
    for cookie, category, nominee in lines:
        by_voter.setdefault(cookie, []).append((cookie, category, nominee))
    chosen = list(by_voter.values())[-voters:]
    latencies, failures = [], []
    start = time.monotonic() + 1.0
    until = start + seconds
    tasks = [
        voter(parts.hostname, parts.port, ballots,
              # Spread the voters' first votes over the first second.
              start + (n / len(chosen)), 1.0, until + 1.0, latencies, failures)
        for n, ballots in enumerate(chosen)
    ]
    await asyncio.gather(*tasks)
    elapsed = time.monotonic() - start
    latencies.sort()
    if not latencies:
        print("no vote was answered")
        return 1
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"offered {len(chosen)} votes/s from {len(chosen)} voters; answered {len(latencies) / elapsed:.0f}/s; "
          f"latency p50 {pick(0.50):.1f} ms, p99 {pick(0.99):.1f} ms, max {latencies[-1] * 1000:.1f} ms; "
          f"not 200: {len(failures)}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
