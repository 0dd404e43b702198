"""Evaluate dedup and event clustering against gold clusters.

Feeds each corpus folder (articles.jsonl.gz + gold.jsonl[.gz]) in published
order through the ingest checks of ``streams process`` (an article they reject,
such as one with empty text, joins no event), enrichment and
``streams.dedup.Clusterer``, and prints B-cubed precision/recall/F1 (over the
accepted articles, and over every article with each rejected one a cluster of
its own), duplicate precision, throughput, two baselines (every
article alone; single-pass TF-IDF cosine at its best threshold) and, for GVA,
event-level killed/injured accuracy. The data stays outside the repository.

    python benchmarks/eval_clustering.py --data ../shared/data --sets gva-dev,ecbplus-dev
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import pickle
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from streams.deadletter import Rejection
from streams.dedup import Clusterer, fingerprint
from streams.dedup.blocking import Scope
from streams.dedup.clusterer import DORMANT_DAYS
from streams.dedup.features import content_words, parse_day
from streams.dedup.observations import add_observations, article_observations
from streams.dedup.reconcile import reconcile
from streams.ingest.normalize import normalize
from streams.settings import Settings
from streams.timestamps import utc_now

GOLD_FIELD = {"gva": "incident_id", "ecbplus": "event_cluster"}
#: The ingest limit of a default worker, which ``streams process`` applies too.
MAX_TEXT_BYTES = Settings().max_text_bytes


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read a .jsonl or .jsonl.gz file."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_set(
    folder: Path, limit: int | None = None
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Articles in feed order (the first ``limit`` of them) and gold by id.

    Feed order is published order (ties by id). An article with no date
    (ECB+ has many) arrives right after the one before it in the file: the
    file's order is all a stream would tell of it. Rejected articles stay in
    the list, marked. A folder without a gold file (Reuters-21578) gives an
    empty gold mapping.
    """
    articles = [_ingested(a) for a in read_jsonl(folder / "articles.jsonl.gz")]
    keys: list[tuple[str, str, int]] = []
    after = ("", "")
    for index, article in enumerate(articles):
        if "rejected" not in article and parse_day(article.get("published")) is not None:
            after = (str(article["published"]), str(article["id"]))
        keys.append((*after, index))
    articles = [articles[k[2]] for k in sorted(keys)]
    articles = articles[:limit] if limit else articles
    gold_path = folder / "gold.jsonl"
    gold_path = gold_path if gold_path.exists() else folder / "gold.jsonl.gz"
    gold = read_jsonl(gold_path) if gold_path.exists() else []
    return articles, {str(g["id"]): g for g in gold}


def _ingested(article: dict[str, Any]) -> dict[str, Any]:
    """The article as ``streams process`` accepts it (a written date made ISO),
    or as it is with the reason under ``rejected``."""
    try:
        return normalize(article, "jsonl", utc_now(), MAX_TEXT_BYTES)
    except Rejection as rejection:
        return {**article, "rejected": rejection.reason}


def raw_enrich(article: dict[str, Any], mode: str) -> dict[str, Any]:
    """Minimal enriched article (no NLP): the text features only."""
    return {
        "schema": "enriched_article",
        "schema_version": 1,
        **article,
        "article_id": str(article["id"]),
        "language": "en",
        "entities": [],
        "locations": [],
        "location": None,
        "event_types": [],
        "counts": [],
        "tone": 0.0,
        "keywords": [],
        "event_date": None,
        "enrich_mode": "fast",
        "fingerprints": fingerprint(article.get("text") or "", article.get("url")),
    }


def enricher(mode: str) -> Callable[[dict[str, Any], str], dict[str, Any]]:
    """The real ``streams.enrich.enrich`` unless mode is "raw"."""
    if mode == "raw":
        return raw_enrich
    from streams.enrich import enrich

    def run(article: dict[str, Any], mode: str) -> dict[str, Any]:
        out = dict(enrich({**article, "article_id": str(article["id"])}, mode=mode))
        out.setdefault("article_id", str(article["id"]))
        if not (out.get("fingerprints") or {}).get("minhash"):
            out["fingerprints"] = fingerprint(out.get("text") or "", out.get("url"))
        return out

    return run


def enrich_all(
    name: str, articles: list[dict[str, Any]], mode: str, cache: Path | None
) -> tuple[list[dict[str, Any]], float]:
    """Enrich every article (or load a cache of a previous run); seconds spent."""
    path = cache / f"{name}-{mode}.pickle" if cache else None
    if path and path.exists():
        with path.open("rb") as handle:
            by_id, seconds = pickle.load(handle)  # our own cache file
        return [by_id[str(a["id"])] for a in articles], seconds
    run = enricher(mode)
    start = time.perf_counter()
    out = [run(a, mode) for a in articles]
    seconds = time.perf_counter() - start
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            pickle.dump(({e["article_id"]: e for e in out}, seconds), handle)
    return out, seconds


def bcubed(pred: list[str], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for i, (p, g) in enumerate(zip(pred, gold, strict=True)):
        by_pred[p].add(i)
        by_gold[g].add(i)
    prec = rec = 0.0
    for p, g in zip(pred, gold, strict=True):
        inter = len(by_pred[p] & by_gold[g])
        prec += inter / len(by_pred[p])
        rec += inter / len(by_gold[g])
    prec, rec = prec / len(pred), rec / len(pred)
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def tfidf_matrix(texts: Iterable[str]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows over content words."""
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        for word, tf in Counter(content_words(text)).items():
            rows.append(i)
            cols.append(vocab.setdefault(word, len(vocab)))
            vals.append(1.0 + math.log(tf))
    tf = sparse.csr_matrix((vals, (rows, cols)), shape=(i + 1, len(vocab)))
    df = np.bincount(tf.indices, minlength=len(vocab))
    idf = np.log((1 + tf.shape[0]) / (1 + df)) + 1
    mat = tf @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(mat.multiply(mat).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.diags(1 / norms) @ mat


def single_pass_baseline(articles: list[dict[str, Any]], gold: list[str]) -> tuple[float, float]:
    """Best F1 (and its threshold) of single-pass TF-IDF cosine linking.

    Each article joins the cluster of its most similar earlier article when
    the cosine reaches the threshold, else starts a cluster.
    """
    mat = tfidf_matrix(f"{a.get('title') or ''}\n{a.get('text') or ''}" for a in articles)
    sims = (mat @ mat.T).toarray()
    best = (0.0, 0.0)
    for threshold in np.arange(0.1, 0.95, 0.05):
        cluster: list[int] = []
        for i in range(len(articles)):
            row = sims[i, :i]
            j = int(row.argmax()) if i else -1
            cluster.append(cluster[j] if i and row[j] >= threshold else i)
        f1 = bcubed([str(c) for c in cluster], gold)[2]
        best = max(best, (f1, float(threshold)))
    return best


def run_clusterer(
    enriched: list[dict[str, Any]], window_days: float, scope: Scope, dormant_days: float = DORMANT_DAYS
) -> tuple[list[Any], dict[str, dict[str, Any]], float, int]:
    """Cluster in order; decisions, final record per event, seconds, state entries."""
    store: dict[str, Any] = {}
    clusterer = Clusterer(store, window_days=window_days, scope=scope, dormant_days=dormant_days)
    decisions, records = [], {}
    start = time.perf_counter()
    for article in enriched:
        decision = clusterer.add(article, now="1970-01-01T00:00:00Z")
        decisions.append(decision)
        if decision.record is not None:
            records[decision.event_id] = decision.record
    return decisions, records, time.perf_counter() - start, clusterer.state_entries()


def window_ceiling(articles: list[dict[str, Any]], gold: list[str], window_days: float) -> float:
    """B-cubed F1 of perfect decisions that still forget events idle past the window.

    An article whose gold event saw no article for ``window_days`` of event
    time starts a new cluster, as the expiring clusterer must.
    """
    last: dict[str, float] = {}
    seed: dict[str, str] = {}
    pred = []
    for i, (article, cluster) in enumerate(zip(articles, gold, strict=True)):
        day = parse_day(article.get("published"))
        if cluster not in seed or (day is not None and day - last[cluster] > window_days):
            seed[cluster] = str(i)
        if day is not None:
            last[cluster] = day
        else:
            last.setdefault(cluster, float("-inf"))
        pred.append(seed[cluster])
    return bcubed(pred, gold)[2]


def gold_cluster_counts(articles: list[dict[str, Any]], ids: list[str], gold: dict[str, Any]) -> str:
    """Killed/injured match when every incident's articles are reconciled together.

    Perfect clustering: what remains wrong is count extraction or reconciliation.
    ``articles`` are the enriched (accepted) ones, ``ids`` all, so the incidents
    scored are those of ``count_accuracy``; one with no accepted article is wrong.
    """
    by_incident: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(dict)
    for article in articles:
        obs = by_incident[gold[article["article_id"]]["incident_id"]]
        day = parse_day(article.get("published"))
        add_observations(
            obs, article_observations(article["article_id"], article["counts"], day, article.get("title"))
        )
    sizes = Counter(gold[i]["incident_id"] for i in ids)
    first = {gold[i]["incident_id"]: gold[i] for i in reversed(ids)}
    good = total = 0
    for incident, want in first.items():
        if sizes[incident] < 2 or want["killed"] is None or want["injured"] is None:
            continue
        counts = {c["kind"]: c["value"] for c in reconcile(by_incident.get(incident, {}))}
        total += 1
        good += counts.get("killed", 0) == want["killed"] and counts.get("injured", 0) == want["injured"]
    return f"{good / total:.3f} ({good}/{total})" if total else "n/a"


def duplicate_precision(decisions: list[Any], ids: list[str], gold: list[str], kind: str) -> str:
    """Share of articles marked ``kind`` duplicates whose original has the same gold cluster."""
    cluster_of = dict(zip(ids, gold, strict=True))
    marked = [(i, d) for i, d in zip(ids, decisions, strict=True) if d.kind == kind]
    if not marked:
        return "n/a (0)"
    good = sum(1 for i, d in marked if cluster_of.get(d.duplicate_of) == cluster_of[i])
    return f"{good / len(marked):.3f} ({good}/{len(marked)})"


def count_accuracy(
    ids: list[str], event_of: dict[str, str], records: dict[str, Any], gold: dict[str, Any]
) -> str:
    """Share of multi-article incidents whose majority event has gold killed and injured.

    ``ids`` are all the articles in feed order, ``event_of`` the event of each
    accepted one: an incident counts by all its articles, and one whose
    articles were all rejected at ingest has no event and counts as wrong.
    Incidents whose gold figures are missing cannot be scored and are left out.
    """
    by_incident: dict[str, list[str | None]] = defaultdict(list)
    first: dict[str, str] = {}
    for article_id in ids:
        incident = gold[article_id]["incident_id"]
        by_incident[incident].append(event_of.get(article_id))
        first.setdefault(incident, article_id)
    good = total = 0
    for incident, events in by_incident.items():
        want = gold[first[incident]]
        if len(events) < 2 or want["killed"] is None or want["injured"] is None:
            continue
        total += 1
        placed = Counter(e for e in events if e is not None)
        if not placed:
            continue
        event_id = placed.most_common(1)[0][0]
        counts = {c["kind"]: c["value"] for c in records[event_id]["counts"]}
        killed_ok = counts.get("killed", 0) == want["killed"]
        good += killed_ok and counts.get("injured", 0) == want["injured"]
    return f"{good / total:.3f} ({good}/{total})" if total else "n/a"


def largest_events(
    enriched: list[dict[str, Any]], decisions: list[Any], top: int, titles: int = 3
) -> list[tuple[str, str]]:
    """Event size distribution and the ``top`` largest events with a few titles.

    For corpora without gold (Reuters-21578): an oversized event is the
    visible symptom of false merges such as templated earnings reports.
    """
    members: dict[str, list[str]] = defaultdict(list)
    for article, decision in zip(enriched, decisions, strict=True):
        members[decision.event_id].append(str(article.get("title") or "")[:70])
    sizes = sorted((len(m) for m in members.values()), reverse=True)
    kinds = Counter(d.kind for d in decisions)
    rows = [
        ("articles / events", f"{len(enriched)} / {len(members)}"),
        ("decisions", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))),
        ("largest event sizes", ", ".join(map(str, sizes[:10]))),
        ("events > 20 / > 50 articles", f"{sum(s > 20 for s in sizes)} / {sum(s > 50 for s in sizes)}"),
    ]
    ranked = sorted(members.values(), key=len, reverse=True)[:top]
    for rank, titles_of in enumerate(ranked, 1):
        rows.append((f"event #{rank} ({len(titles_of)})", " / ".join(titles_of[:titles])))
    return rows


def evaluate(name: str, folder: Path, args: argparse.Namespace) -> list[tuple[str, str]]:
    """All figures of one corpus folder, as (metric, value) rows."""
    articles, gold_by_id = load_set(folder, args.limit)
    if not gold_by_id:
        accepted = [a for a in articles if "rejected" not in a]
        enriched, _ = enrich_all(f"{name}-{len(accepted)}", accepted, args.mode, args.cache)
        decisions, _, _, _ = run_clusterer(enriched, args.window_days, args.scope, args.dormant_days)
        return largest_events(enriched, decisions, args.show)
    kind = name.split("-")[0]
    all_ids = [str(a["id"]) for a in articles]
    all_gold = [str(gold_by_id[i][GOLD_FIELD[kind]]) for i in all_ids]
    accepted = [a for a in articles if "rejected" not in a]
    ids = [str(a["id"]) for a in accepted]
    gold = [str(gold_by_id[i][GOLD_FIELD[kind]]) for i in ids]
    enriched, enrich_s = enrich_all(name, accepted, args.mode, args.cache)
    decisions, records, cluster_s, entries = run_clusterer(
        enriched, args.window_days, args.scope, args.dormant_days
    )
    event_of = {i: d.event_id for i, d in zip(ids, decisions, strict=True)}
    p, r, f1 = bcubed([d.event_id for d in decisions], gold)
    p_all, r_all, f1_all = bcubed([event_of.get(i, f"rejected:{i}") for i in all_ids], all_gold)
    base_f1, base_t = single_pass_baseline(accepted, gold)
    kinds = Counter(d.kind for d in decisions)
    reasons = Counter(a["rejected"] for a in articles if "rejected" in a)
    rows = [
        ("articles / gold clusters", f"{len(all_ids)} / {len(set(all_gold))}"),
        (
            "rejected at ingest, as by `streams process`",
            ", ".join(f"{n} {reason}" for reason, n in reasons.most_common()) or "0",
        ),
        ("B-cubed P / R / F1 (accepted articles)", f"{p:.3f} / {r:.3f} / **{f1:.3f}**"),
        ("same, every article (a rejected one alone)", f"{p_all:.3f} / {r_all:.3f} / {f1_all:.3f}"),
        (
            "ceiling: perfect decisions with this window, F1",
            f"{window_ceiling(accepted, gold, args.window_days):.3f}",
        ),
        (
            "same, any article may wake an event idle up to the dormant horizon",
            f"{window_ceiling(accepted, gold, max(args.window_days, args.dormant_days)):.3f}",
        ),
        ("baseline: singletons F1", f"{bcubed(ids, gold)[2]:.3f}"),
        ("baseline: single-pass TF-IDF F1 (best threshold)", f"{base_f1:.3f} (t={base_t:.2f})"),
        ("events predicted", str(len(records))),
        ("decisions", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))),
        ("exact-duplicate precision", duplicate_precision(decisions, ids, gold, "exact")),
        ("near-duplicate precision", duplicate_precision(decisions, ids, gold, "near")),
        ("clustering events/s", f"{len(ids) / cluster_s:,.0f}"),
        ("end-to-end (enrich + cluster) articles/s", f"{len(ids) / (cluster_s + enrich_s):,.1f}"),
        ("state entries at end", str(entries)),
    ]
    if kind == "gva":
        rows.append(
            (
                "killed & injured match (incidents > 1 article)",
                count_accuracy(all_ids, event_of, records, gold_by_id),
            )
        )
        rows.append(
            (
                "same, reconciled over gold incidents (extraction ceiling)",
                gold_cluster_counts(enriched, all_ids, gold_by_id),
            )
        )
    return rows


def markdown(results: dict[str, list[tuple[str, str]]]) -> str:
    """One table, one column per corpus."""
    names = list(results)
    metrics = [m for m, _ in results[names[0]]]
    for rows in results.values():
        metrics += [m for m, _ in rows if m not in metrics]
    lines = ["| metric | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for metric in metrics:
        cells = [dict(results[n]).get(metric, "") for n in names]
        lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--sets", default="gva-dev,ecbplus-dev")
    parser.add_argument("--mode", default="fast", choices=["fast", "accurate", "raw"])
    parser.add_argument("--window-days", type=float, default=7.0)
    parser.add_argument(
        "--dormant-days", type=float, default=DORMANT_DAYS, help="idle time after which events are deleted"
    )
    parser.add_argument("--scope", default="language", choices=["language", "country"])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--show", type=int, default=5, help="largest events listed (no gold)")
    parser.add_argument("--cache", type=Path, default=None, help="reuse enrichment between runs")
    parser.add_argument("--write", type=Path, default=None, help="also write the table here")
    args = parser.parse_args(argv)
    results = {name: evaluate(name, args.data / name, args) for name in args.sets.split(",")}
    table = markdown(results)
    print(table)
    if args.write:
        command = "python benchmarks/eval_clustering.py " + " ".join(argv or sys.argv[1:])
        args.write.write_text(f"# Event clustering results\n\n`{command}`\n\n{table}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
