"""How the ingest endpoint splits a request body into inputs (no broker needed)."""

import json

from streams.ingest.endpoint import request_inputs

FORM = "application/x-www-form-urlencoded"  # what `curl -d @file` sends


def _split(body: bytes, content_type: str) -> list[tuple[bytes, str]]:
    return [(raw.payload, raw.source_format) for raw in request_inputs(body, content_type, "127.0.0.1")]


def test_a_pretty_printed_object_is_one_article_whatever_the_content_type() -> None:
    body = json.dumps({"id": "a", "text": "Storm in Hull."}, indent=2).encode()
    assert _split(body, "application/json") == [(body, "jsonl")]
    assert _split(body, FORM) == [(body, "jsonl")]


def test_an_array_is_split_into_its_elements() -> None:
    body = b'[{"text": "one"}, {"text": "two"}]'
    assert _split(body, "application/json") == [(b'{"text":"one"}', "jsonl"), (b'{"text":"two"}', "jsonl")]


def test_json_lines_by_content_type_or_by_shape() -> None:
    body = b'{"text": "one"}\n\n{"text": "two"}\n'
    expected = [(b'{"text": "one"}', "jsonl"), (b'{"text": "two"}', "jsonl")]
    assert _split(body, "application/x-ndjson") == expected
    assert _split(body, FORM) == expected


def test_broken_json_declared_as_json_is_one_rejected_input() -> None:
    body = b'{"text": "one"\n{"text": "two"}'
    assert _split(body, "application/json") == [(body, "jsonl")]


def test_text_and_feeds() -> None:
    assert _split(b" date 2024-01-01\nA story.", FORM) == [(b" date 2024-01-01\nA story.", "text")]
    assert _split(b"{looks like json}", "text/plain") == [(b"{looks like json}", "text")]
    feed = b"<rss version='2.0'><channel><item><description>Fog in Oslo.</description></item></channel></rss>"
    [(payload, fmt)] = _split(feed, FORM)
    assert fmt == "feed" and json.loads(payload) == {"text": "Fog in Oslo."}


def test_detection_reads_a_body_as_streams_produce_reads_stdin() -> None:
    bracket = b"[Harbour Gazette] Storm closes the port.\nFerries stay in Bergen."
    assert _split(bracket, FORM) == [(bracket, "text")]  # not JSON: a text article
    html = b"<p>A story sent as HTML.</p>"
    assert _split(html, FORM) == [(html, "text")]  # "<" alone does not make a feed
    item = b"<item><description>Hail.</description></item>"
    commented = b"\n<!-- cms -->\n<rss version='2.0'><channel>" + item + b"</channel></rss>"
    assert [fmt for _, fmt in _split(commented, FORM)] == ["feed"]
