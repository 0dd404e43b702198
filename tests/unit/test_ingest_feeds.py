"""RSS and Atom feeds: one article per entry, HTML made text, bad feeds rejected with a reason."""

import io
import json
from pathlib import Path

import pytest

from streams.deadletter import Rejection
from streams.ingest.feeds import feed_articles, looks_like_feed
from streams.ingest.producer import accept
from streams.ingest.readers import RawInput, read_inputs
from streams.settings import Settings

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
NOW = "2024-04-06T00:00:00+00:00"
SETTINGS = Settings.from_env({})


def test_rss_entries_become_articles_with_their_metadata() -> None:
    first, second, empty = feed_articles((FEEDS / "harbour-gazette.rss").read_bytes())
    assert first["id"] == "hg-1001"
    assert first["url"] == "https://harbour-gazette.example/news/warehouse-fire?utm_source=rss"
    assert first["title"] == "Warehouse fire in Rotterdam injures two workers"
    assert first["published"] == "2024-04-02T07:30:00+00:00"  # +0200 in the feed, UTC here
    assert first["source"] == "Harbour Gazette"
    assert first["authors"] == ["Anna de Vries"]
    # the full content wins over the one-line description; scripts are not text
    assert first["text"] == (
        "ROTTERDAM \u2014 A fire broke out at a warehouse in the port of Rotterdam on Monday night, "
        "and two workers were injured, the fire brigade said.\n\n"
        "Firefighters needed four hours to put it out."
    )
    assert "id" not in second  # no guid: identity falls back to the URL
    assert second["text"].startswith("The ferry between Rotterdam and Hull")
    assert empty["text"] == ""


def test_atom_entries_become_articles() -> None:
    [entry] = feed_articles((FEEDS / "river-news.atom").read_bytes())
    assert entry["id"] == "urn:example:river-news:77"
    assert entry["url"] == "https://river-news.example/2024/04/bridge-closed"
    assert entry["title"] == "Bridge closed in Cologne after barge collision"
    assert entry["published"] == "2024-04-05T08:15:00+00:00"
    assert entry["source"] == "River News"
    assert entry["text"] == (
        "A barge struck the Deutz bridge in Cologne on Friday morning.\n\n"
        "Police closed the bridge to traffic while engineers checked it."
    )


def test_reading_a_feed_file_accepts_entries_and_rejects_the_empty_one() -> None:
    inputs = list(read_inputs([str(FEEDS / "harbour-gazette.rss")]))
    assert [raw.source_format for raw in inputs] == ["feed"] * 3
    assert inputs[0].source.endswith("harbour-gazette.rss#1")
    first = accept(inputs[0], SETTINGS, NOW)
    assert first["article_id"] == "hg-1001"
    assert first["source_format"] == "feed"
    second = accept(inputs[1], SETTINGS, NOW)
    assert second["article_id"].startswith("u")  # hash of the canonical URL
    with pytest.raises(Rejection) as caught:
        accept(inputs[2], SETTINGS, NOW)
    assert caught.value.reason == "empty_text"


def test_a_feed_without_its_suffix_is_recognised_by_its_first_bytes(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_bytes((FEEDS / "river-news.atom").read_bytes())
    [raw] = list(read_inputs([str(path)]))
    assert raw.source_format == "feed"
    story = tmp_path / "story.txt"
    story.write_text(" date 2024-04-05\n<b>not</b> a feed but a story.")
    assert [raw.source_format for raw in read_inputs([str(story)])] == ["text"]


def test_stdin_feed_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO((FEEDS / "river-news.atom").read_bytes()))
    monkeypatch.setattr("sys.stdin", stdin)
    [raw] = list(read_inputs(["-"]))
    assert raw.source_format == "feed"
    assert raw.source == "<stdin>#1"


@pytest.mark.parametrize(
    "document",
    [b"<html><body><p>A web page, not a feed.</p></body></html>", b"<?xml version='1.0'?><urlset/>"],
)
def test_a_document_that_is_no_feed_is_rejected_whole(tmp_path: Path, document: bytes) -> None:
    path = tmp_path / "news.xml"
    path.write_bytes(document)
    [raw] = list(read_inputs([str(path)]))
    assert raw.payload == document  # the whole document goes to the dead-letter topic
    with pytest.raises(Rejection) as caught:
        accept(raw, SETTINGS, NOW)
    assert caught.value.reason == "invalid_feed"
    assert "not an RSS or Atom feed" in caught.value.detail


def test_a_broken_feed_keeps_the_entries_it_could_read() -> None:
    document = (
        b"<rss version='2.0'><channel><title>T</title><item><title>Storm</title>"
        b"<description>Storm closes the port of Hull.</description></item><item><title>cut off"
    )
    articles = list(feed_articles(document))
    assert articles[0]["text"] == "Storm closes the port of Hull."


def test_feed_sniffing() -> None:
    assert looks_like_feed(b"\xef\xbb\xbf  <?xml version='1.0'?>")
    assert looks_like_feed(b"<rss version='2.0'>")
    assert looks_like_feed(b"<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert not looks_like_feed(b'{"text": "<rss>"}')
    assert not looks_like_feed(b" date 2024-01-01 <rss")


def test_an_id_is_never_taken_for_the_url_and_a_date_alone_stays_a_date() -> None:
    document = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>
      <entry><id>urn:uuid:6f1c2d3e-0000-4000-8000-000000000001</id><title>Tide tables</title>
      <updated>2024-04-05</updated><summary>High tide in Bergen at noon.</summary></entry></feed>"""
    [entry] = feed_articles(document)
    assert "url" not in entry  # feedparser copies the id into link
    assert entry["published"] == "2024-04-05"
    assert accept_article(entry)["article_id"] == "urn:uuid:6f1c2d3e-0000-4000-8000-000000000001"


@pytest.mark.parametrize(
    "opening",
    [b"\n\n", b"<!-- generated by a CMS -->\n", b"<!DOCTYPE rss>\n", b"<?xml-stylesheet href='s.xsl'?>\n"],
)
def test_a_feed_after_blank_lines_comments_or_a_doctype_is_recognised(opening: bytes) -> None:
    item = b"<item><description>Fog in Oslo.</description></item>"
    document = opening + b"<rss version='2.0'><channel>" + item + b"</channel></rss>"
    stdin = io.TextIOWrapper(io.BytesIO(document))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", stdin)
        [raw] = list(read_inputs(["-"]))
    assert raw.source_format == "feed"


def accept_article(article: dict) -> dict:
    return accept(RawInput(json.dumps(article).encode(), "test", "feed"), SETTINGS, NOW)
