"""Soak test: replay Reuters-21578 several times through fingerprint + Clusterer.

Each pass shifts ``published`` forward by one more year so event time keeps
moving and the window expiry has to delete old state; prints the state
entries and the process RSS after every pass. Flat figures from pass 2 on mean
state and memory are bounded by the window, not by the stream length.

    python benchmarks/soak_dedup.py --data ../shared/data --passes 4
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from eval_clustering import raw_enrich  # same folder: the one cheap enrichment of both benchmarks

from streams.dedup import Clusterer
from streams.dedup.clusterer import DORMANT_DAYS


def rss_mib() -> float:
    """Current resident set size in MiB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def shifted(published: str | None, years: int) -> str | None:
    """``published`` moved ``years`` later (Feb 29 becomes Feb 28)."""
    if not published:
        return None
    stamp = datetime.fromisoformat(published)
    try:
        return stamp.replace(year=stamp.year + years).isoformat()
    except ValueError:
        return stamp.replace(year=stamp.year + years, day=28).isoformat()


def articles(path: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    """Articles in published order (ties: file order)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    rows.sort(key=lambda a: a.get("published") or "")
    yield from rows[:limit] if limit else rows


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--passes", type=int, default=4)
    parser.add_argument("--window-days", type=float, default=7.0)
    parser.add_argument(
        "--dormant-days", type=float, default=DORMANT_DAYS, help="idle time after which events are deleted"
    )
    parser.add_argument("--limit", type=int, default=None, help="articles per pass")
    args = parser.parse_args(argv)
    source = list(articles(args.data / "reuters21578" / "articles.jsonl.gz", args.limit))
    clusterer = Clusterer({}, window_days=args.window_days, dormant_days=args.dormant_days)
    print("| pass | articles | decisions | state entries | RSS MiB | articles/s |")
    print("|---|---|---|---|---|---|")
    for n in range(args.passes):
        kinds: Counter[str] = Counter()
        start = time.perf_counter()
        for article in source:
            moved = {
                **article,
                "id": f"{article['id']}-p{n}",
                "published": shifted(article.get("published"), n),
            }
            enriched = raw_enrich(moved, "raw")
            kinds[clusterer.add(enriched, now=enriched["published"] or "").kind] += 1
        rate = len(source) / (time.perf_counter() - start)
        summary = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        print(
            f"| {n + 1} | {len(source)} | {summary} | {clusterer.state_entries()} "
            f"| {rss_mib():.0f} | {rate:,.0f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
