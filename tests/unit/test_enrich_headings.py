"""Section headings and title mastheads are not names."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest

from streams.enrich import best_count, enrich
from streams.enrich.headings import heading_ranges, split_masthead

REPORT = (
    "The river rose overnight and the town council met at dawn.\n\n"
    "Harvest of Hope and the Long Road Ahead\n\n"
    "Volunteers from Ohio came with boats.\n\n"
    "Lessons From Ohio After the Flood\n\n"
    "Marta Jensen\n\n"
    "The mayor thanked everyone."
)


def test_heading_lines_are_found() -> None:
    headings = [REPORT[a:b] for a, b in heading_ranges(REPORT)]
    assert headings == ["Harvest of Hope and the Long Road Ahead", "Lessons From Ohio After the Flood"]


def test_sentences_and_bylines_are_not_headings() -> None:
    text = "Short line here.\n\nMarta Jensen\n\nSTORM WARNING ISSUED\n\nthe lower case line goes here"
    assert heading_ranges(text) == []


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_headings_yield_only_known_places(mode: str) -> None:
    entities = enrich({"article_id": "h", "text": REPORT}, mode)["entities"]
    in_headings = {e["text"] for e in entities if _in_heading(REPORT, e["start"])}
    assert in_headings == {"Ohio"}
    assert "Marta Jensen" in {e["name"] for e in entities} or mode == "accurate"


def _in_heading(text: str, start: int) -> bool:
    return any(a <= start < b for a, b in heading_ranges(text))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Two hurt in crash - KXYZ News 4 Springfield", ("Two hurt in crash", "KXYZ News 4 Springfield")),
        ("Man shot | Daily Courier", ("Man shot | Daily Courier", "")),
        ("Fire destroys barn near Salem", ("Fire destroys barn near Salem", "")),
    ],
)  # fmt: skip
def test_title_masthead_split(title: str, expected: tuple[str, str]) -> None:
    assert split_masthead(title) == expected


def _seed() -> dict[str, Any]:
    raw = resources.files("streams").joinpath("samples/crocus-city-hall.txt").read_text("utf-8")
    match = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s*", raw)
    assert match is not None
    return {"article_id": "seed", "published": match.group(1), "text": raw[match.end() :]}


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_seed_section_headings_are_not_organisations(mode: str) -> None:
    record = enrich(_seed(), mode)
    assert not {e["name"] for e in record["entities"]} & {"Global Solidarity", "Path Forward"}
    assert not [e for e in record["entities"] if _in_heading(record["text"], e["start"])]


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_seed_keeps_the_revised_toll(mode: str) -> None:
    counts = enrich(_seed(), mode)["counts"]
    killed = [(c["value"], c["qualifier"]) for c in counts if c["kind"] == "killed"]
    assert killed[0] == (137, "exact")
    assert (130, "at_least") in killed
    best = best_count(counts, "killed")
    assert best is not None and best["value"] == 137
    lost = next(c for c in counts if c["kind"] == "killed" and c["value"] == 130)
    assert "lives lost" in lost["mention"]["text"]
