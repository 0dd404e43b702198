"""Output contract: schema validity, determinism, modes, language, adversarial time."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from streams.enrich import enrich, warm_up

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
ARTICLE = {
    "article_id": "a1",
    "id": "a1",
    "url": "https://example.org/news/1",
    "title": "Two killed in shooting at Chicago park",
    "published": "2016-07-04T10:00:00Z",
    "source": "example.org",
    "text": (
        "CHICAGO (AP) - Two men were killed and three other people were wounded when a gunman "
        "opened fire at a park on the South Side on Sunday night, Chicago police said.\n\n"
        "Officer Jane Miller said the suspect, a 22-year-old man, was arrested on Monday. "
        "Mayor John Harris called the shooting senseless. Harris said the city would add "
        "patrols. The victims were 19 and 24 years old."
    ),
}


def validator() -> Draft202012Validator:
    schema = json.loads((SCHEMAS / "enriched_article.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_output_validates_against_schema(mode: str) -> None:
    record = enrich(dict(ARTICLE), mode) | {"fingerprints": {"text_sha1": "x"}}
    errors = sorted(validator().iter_errors(record), key=str)
    assert not errors, errors[0].message if errors else ""


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_shell_fields_left_out_and_input_untouched(mode: str) -> None:
    article = dict(ARTICLE)
    record = enrich(article, mode)
    assert "fingerprints" not in record and "enriched_at" not in record
    assert article == ARTICLE and record is not article
    assert record["enrich_mode"] == mode and record["schema"] == "enriched_article"
    assert record["url"] == ARTICLE["url"]


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_deterministic(mode: str) -> None:
    assert enrich(dict(ARTICLE), mode) == enrich(dict(ARTICLE), mode)


def test_mentions_share_canonical_name() -> None:
    record = enrich(dict(ARTICLE), "accurate")
    emanuel = [e for e in record["entities"] if e["text"] in ("John Harris", "Harris")]
    assert len(emanuel) == 2
    assert {e["name"] for e in emanuel} == {"John Harris"}
    assert {e["type"] for e in emanuel} == {"PERSON"}


def test_event_date_relative_to_published() -> None:
    record = enrich(dict(ARTICLE), "fast")
    assert record["event_date"] == "2016-07-03"  # "on Sunday" before Monday 4 July
    evidence = record["event_date_evidence"]
    assert record["text"][evidence["start"] : evidence["end"]] == "Sunday"


def test_event_date_null_without_date() -> None:
    record = enrich({"article_id": "x", "text": "Police said a man was shot downtown."}, "fast")
    assert record["event_date"] is None


def test_counts_and_type_for_shooting() -> None:
    record = enrich(dict(ARTICLE), "accurate")
    counts = {(c["kind"], c["value"]) for c in record["counts"]}
    assert {("killed", 2), ("injured", 3)} <= counts
    assert record["event_types"][0]["category"] == "ASSAULT"
    assert "shooting" in record["event_types"][0]["tags"]
    assert record["location"]["name"] == "Chicago" and record["location"]["admin1"] == "Illinois"


def test_non_english_is_labelled_not_analysed() -> None:
    text = (
        "Die Polizei hat am Montag in Berlin zwei Männer festgenommen. Nach Angaben der "
        "Staatsanwaltschaft werden sie verdächtigt, einen Anschlag geplant zu haben."
    )
    record = enrich({"article_id": "de", "text": text}, "accurate")
    assert record["language"] == "de"
    assert record["entities"] == [] and record["counts"] == []
    assert record["text"] == text


def test_unknown_mode_rejected() -> None:
    with pytest.raises(ValueError, match="mode"):
        enrich(dict(ARTICLE), "turbo")


def adversarial_texts() -> list[str]:
    return [
        "a" * 1_000_000,
        "!" * 500_000 + " killed " + "?" * 500_000,
        ("Mr. " * 20_000) + "was killed",
        " ".join(["1,000,000,000"] * 50_000),
        "(" * 200_000 + "Smith" + ")" * 200_000,
        ("The Big Red House Of The Long Name " * 20_000),
        ("killed " + "nine " * 5 + "people were " * 3) * 5_000,
        "\n".join(["WASHINGTON 1996-08-22"] * 30_000),
        ("He was shot, " + "a man, " * 139 + "and a dog. ") * 30,  # a failing victim list
    ]


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_adversarial_text_under_one_second(mode: str) -> None:
    # CPU time, not wall time: other work on the machine (a parallel build) must not fail it.
    warm_up(mode)
    for text in adversarial_texts():
        started = time.process_time()
        record: dict[str, Any] = enrich({"article_id": "adv", "text": text}, mode)
        elapsed = time.process_time() - started
        assert elapsed < 1.0, f"{elapsed:.2f}s on {text[:30]!r}"
        assert record["text"] == text


def test_headline_counts_point_into_the_title() -> None:
    article = {
        "article_id": "h",
        "title": "Man killed, boy injured in drive-by shooting",
        "text": "Police are looking for a dark sedan seen leaving the area late on Friday.",
    }
    record = enrich(article, "fast")
    by_kind = {c["kind"]: c for c in record["counts"]}
    assert by_kind["killed"]["value"] == 1
    mention = by_kind["killed"]["mention"]
    assert mention["field"] == "title"
    assert article["title"][mention["start"] : mention["end"]] == mention["text"]
    errors = list(validator().iter_errors(record | {"fingerprints": {"text_sha1": "x"}}))
    assert not errors


def test_the_model_reads_a_bounded_number_of_tokens() -> None:
    """spaCy's cost follows tokens: a text dense in short tokens is cut sooner than prose."""
    from streams.enrich.ner_spacy import MAX_NER_TOKENS, spacy_spans

    name = "Angela Merkel met Emmanuel Macron in Paris."
    assert {label for *_, label in spacy_spans(name)} >= {"PERSON", "GPE"}
    dense = "a, " * MAX_NER_TOKENS  # twice the token budget, in 7,500 characters
    assert len(dense) < 10_000
    assert spacy_spans(dense + name) == []
