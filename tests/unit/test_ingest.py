import gzip
import json
from pathlib import Path

import pytest

from streams.deadletter import Rejection
from streams.dedup.fingerprint import canonical_url
from streams.ingest.normalize import article_id, normalize, parse_payload
from streams.ingest.producer import accept
from streams.ingest.readers import InputError, RawInput, read_inputs
from streams.settings import Settings

NOW = "2024-03-25T12:00:00+00:00"
SETTINGS = Settings.from_env({})


def _accept(payload: bytes, fmt: str = "jsonl") -> dict:
    return accept(RawInput(payload, "test", fmt), SETTINGS, NOW)


def test_text_articles_take_their_date_from_the_header(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(" date 2024-03-25 First paragraph.\n\nSecond paragraph.\n")
    [raw] = list(read_inputs([str(path)]))
    article = accept(raw, SETTINGS, NOW)
    assert raw.source_format == "text"
    assert article["published"] == "2024-03-25"
    assert article["text"] == "First paragraph.\n\nSecond paragraph."
    assert article["article_id"].startswith("t")
    assert article["received_at"] == NOW


def test_header_on_its_own_line_and_no_header() -> None:
    assert parse_payload(b" date 2024-01-02\nBody here.", "text") == {
        "published": "2024-01-02",
        "text": "Body here.",
    }
    assert parse_payload(b"Just a body.", "text") == {"text": "Just a body."}


def test_jsonl_gz_and_folders_are_read_in_order(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"a{i}", "text": f"Story {i}."}) for i in range(3)]
    with gzip.open(tmp_path / "b.jsonl.gz", "wt") as handle:
        handle.write("\n".join(lines) + "\n\n")
    (tmp_path / "a.txt").write_text("Plain story.")
    raws = list(read_inputs([str(tmp_path)]))
    assert [r.source_format for r in raws] == ["text", "jsonl", "jsonl", "jsonl"]
    assert raws[1].source.endswith("b.jsonl.gz:1")


def test_missing_path_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_inputs(["/nonexistent/streams-test"]))


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b'{"text": "ok", ', "invalid_json"),
        (b"\xff\xfe{}", "invalid_utf8"),
        (b"[1, 2]", "schema_violation"),
        (b'{"title": "no text"}', "schema_violation"),
        (b'{"text": "x", "colour": "red"}', "schema_violation"),
        (b'{"text": "   \\n "}', "empty_text"),
        (b'{"text": "ok", "published": "yesterday"}', "invalid_date"),
        (b'{"text": "ok", "published": "2024-02-30"}', "invalid_date"),
    ],
)
def test_bad_input_is_rejected_with_its_reason(payload: bytes, reason: str) -> None:
    with pytest.raises(Rejection) as caught:
        _accept(payload)
    assert caught.value.reason == reason


def test_a_written_date_is_accepted_as_iso_and_an_empty_one_as_missing() -> None:
    article = _accept(b'{"text": "ok", "published": "Published on Friday, 27 September 2013"}')
    assert article["published"] == "2013-09-27"
    assert _accept(b'{"text": "ok", "published": ""}')["published"] is None


def test_oversized_text_is_rejected() -> None:
    small = Settings.from_env({}, max_text_bytes=100)
    with pytest.raises(Rejection, match="oversized_text"):
        accept(RawInput(json.dumps({"text": "x" * 101}).encode(), "t", "jsonl"), small, NOW)


def test_article_id_prefers_id_then_url_then_text() -> None:
    assert article_id({"id": 7, "text": "a"}) == "7"
    by_url = article_id({"url": "https://WWW.Example.com/a/?utm_source=x#top", "text": "a"})
    assert by_url == article_id({"url": "https://example.com/a", "text": "other"})
    assert article_id({"text": "Same  TEXT"}) == article_id({"text": "same text"})


def test_canonical_url_keeps_meaningful_query() -> None:
    assert canonical_url("HTTP://Example.com/p?id=3&utm_medium=y") == "example.com/p?id=3"


def test_a_front_page_url_is_no_article_identity() -> None:
    assert article_id({"url": "https://example.com/", "text": "Story"}) == article_id({"text": "story"})


def test_normalize_keeps_given_identity_fields() -> None:
    article = normalize({"text": "t", "article_id": "k1", "received_at": "earlier"}, "jsonl", NOW, 1000)
    assert (article["article_id"], article["received_at"]) == ("k1", "earlier")
