"""Event records validate against schemas/event_record.schema.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from streams.dedup import Clusterer
from tests.unit.fixtures.dedup.builders import riverton, springfield, springfield_followup

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def _validator(name: str) -> Draft202012Validator:
    docs = {p.name: json.loads(p.read_text()) for p in SCHEMAS.glob("*.schema.json")}
    resources = [(doc["$id"], Resource.from_contents(doc)) for doc in docs.values()]
    return Draft202012Validator(docs[name], registry=Registry().with_resources(resources))


def _records() -> list[dict[str, Any]]:
    clusterer = Clusterer({})
    stream = [
        springfield("s1"),
        springfield("s1-copy", url="https://wire.example/s1"),
        springfield_followup("s2"),
        riverton("r1", published=None),
    ]
    return [d.record for d in (clusterer.add(a, "2024-03-06T12:00:00Z") for a in stream) if d.record]


def test_fixture_articles_are_valid_enriched_articles() -> None:
    validator = _validator("enriched_article.schema.json")
    for article in (springfield(), riverton(), springfield_followup()):
        validator.validate(article)


def test_every_published_record_validates() -> None:
    validator = _validator("event_record.schema.json")
    records = _records()
    assert len(records) == 4
    for record in records:
        validator.validate(record)


def test_validator_rejects_a_broken_record() -> None:
    record = _records()[0]
    record["version"] = 0
    with pytest.raises(Exception, match="minimum"):
        _validator("event_record.schema.json").validate(record)


def test_a_headline_figure_keeps_saying_its_offsets_index_the_title() -> None:
    article = springfield("s1", counts=())
    title = article["title"]
    span = {"text": title, "start": 0, "end": len(title), "field": "title"}
    article["counts"] = [
        {"kind": "killed", "value": 1, "qualifier": "exact", "evidence": span, "mention": span}
    ]
    _validator("enriched_article.schema.json").validate(article)
    record = Clusterer({}).add(article, "2024-03-06T12:00:00Z").record
    assert record is not None
    (killed,) = record["counts"]
    assert killed["evidence"] == {"article_id": "s1", **span}
    _validator("event_record.schema.json").validate(record)
