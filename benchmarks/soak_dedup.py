"""Soak test: replay a corpus several times through fingerprint + Clusterer.

Each pass shifts ``published`` forward by the corpus's span in whole years
plus one, plus the archive's years, so event time keeps moving and the window expiry has to delete old
state; prints the state entries and the process RSS after every pass. Flat
figures from pass 2 on mean state and memory are bounded by the window, not by
the stream length.

Reuters-21578 (the default) goes through minimal enrichment (no entities or
event types), so it measures the window and the dormant horizon. GVA dev goes
through fast enrichment (once, before the passes): its crimes name people, so it
also measures the archive (``STREAMS_DEDUP_ARCHIVE_DAYS``).

    python benchmarks/soak_dedup.py --data ../shared/data --passes 4
    python benchmarks/soak_dedup.py --data ../shared/data --set gva-dev --passes 4
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import resource
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from eval_clustering import enrich_all, raw_enrich  # same folder: the benchmarks' enrichment

from streams.dedup import Clusterer
from streams.dedup.clusterer import DORMANT_DAYS
from streams.dedup.expiry import ARCHIVE_DAYS


def rss_mib() -> float:
    """Current resident set size in MiB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def shifted(published: str | None, years: int) -> str | None:
    """A date (``published``, ``event_date``) moved ``years`` later, as an ISO
    date-time (Feb 29 becomes Feb 28)."""
    if not published:
        return None
    stamp = datetime.fromisoformat(published)
    try:
        return stamp.replace(year=stamp.year + years).isoformat()
    except ValueError:
        return stamp.replace(year=stamp.year + years, day=28).isoformat()


def _raw(article: dict[str, Any]) -> dict[str, Any]:
    return raw_enrich(article, "raw")


def _same(article: dict[str, Any]) -> dict[str, Any]:
    return article


def span_years(prepared: list[dict[str, Any]]) -> int:
    """Whole years between the first and the last ``published`` (0 for one year)."""
    years = [int(a["published"][:4]) for a in prepared if a.get("published")]
    return max(years) - min(years) if years else 0


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
    parser.add_argument(
        "--archive-days", type=float, default=ARCHIVE_DAYS, help="idle time after which archived events go"
    )
    parser.add_argument("--limit", type=int, default=None, help="articles per pass")
    parser.add_argument(
        "--set", default="reuters21578", choices=["reuters21578", "gva-dev"], help="corpus to replay"
    )
    args = parser.parse_args(argv)
    source = list(articles(args.data / args.set / "articles.jsonl.gz", args.limit))
    if args.set == "reuters21578":
        # enriched anew in every pass, as a stream would: memory holds the raw texts only
        prepared, enriched_from = source, _raw
    else:
        print(f"enriching {len(source)} articles (fast) ...", flush=True)
        prepared, enriched_from = enrich_all(args.set, source, "fast", None)[0], _same
    # past the archive too, so no pass's report joins an earlier pass's copy of its case
    years = span_years(prepared) + 1 + math.ceil(args.archive_days / 365)
    clusterer = Clusterer(
        {}, window_days=args.window_days, dormant_days=args.dormant_days, archive_days=args.archive_days
    )
    print("| pass | articles | decisions | state entries | RSS MiB | articles/s |")
    print("|---|---|---|---|---|---|")
    for n in range(args.passes):
        kinds: Counter[str] = Counter()
        start = time.perf_counter()
        for item in prepared:
            article = enriched_from(item)
            enriched = {
                **article,
                "article_id": f"{article['article_id']}-p{n}",
                "published": shifted(article.get("published"), n * years),
                # the stated incident day moves with it: features take it as the article's day
                "event_date": shifted(article.get("event_date"), n * years),
            }
            kinds[clusterer.add(enriched, now=enriched["published"] or "").kind] += 1
        rate = len(prepared) / (time.perf_counter() - start)
        summary = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        print(
            f"| {n + 1} | {len(source)} | {summary} | {clusterer.state_entries()} "
            f"| {rss_mib():.0f} | {rate:,.0f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
