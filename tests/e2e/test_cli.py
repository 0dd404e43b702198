"""The ``streams`` command line run as a user runs it."""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest

from streams.broker import free_port
from streams.schemas import schema_errors
from tests.conftest import SAMPLES

pytestmark = pytest.mark.e2e
FEEDS = Path(__file__).resolve().parent.parent / "unit" / "fixtures" / "feeds"
RAW = ("--topic", "raw", "--from-beginning")


def streams(*args: str, timeout: float = 300, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "streams", *args], capture_output=True, text=True, timeout=timeout, **kwargs
    )


def _events(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _seed_event(records: list[dict[str, Any]]) -> dict[str, Any]:
    seeds = [r for r in records if any(a["article_id"].startswith("t") for a in r["articles"])]
    return max(seeds, key=lambda r: r["version"])


def _count(record: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(c for c in record["counts"] if c["kind"] == kind)


def assert_seed_event(record: dict[str, Any]) -> None:
    """The seed's acceptance criteria (DESIGN.md, issue 2)."""
    assert record["event_type"]["category"] == "ASSAULT"
    assert record["event_type"]["cameo_root"] == "18"
    assert "terrorism" in record["event_type"]["tags"]
    location = record["location"]
    assert "Crocus" in location["name"]
    assert location["country"] == "RU"
    assert abs(location["lat"] - 55.75) < 1.0 and abs(location["lon"] - 37.6) < 1.5
    killed = _count(record, "killed")
    assert (killed["value"], killed["qualifier"]) == (137, "exact")
    assert "137 dead" in killed["evidence"]["text"]
    injured = _count(record, "injured")
    assert injured["value"] >= 180
    assert "180 injured" in injured["evidence"]["text"]
    arrested = _count(record, "arrested")
    assert arrested["value"] == 4
    assert "custody" in arrested["evidence"]["text"]
    assert "ISIS" in record["organizations"]
    assert {"Vladimir Putin", "Pope Francis"} <= set(record["persons"])
    assert {"Russia", "Tajikistan", "Turkey", "Syria"} <= set(record["countries"])
    assert record["tone"] < 0


def test_demo_prints_the_seed_event(tmp_path: Path) -> None:
    result = streams("demo", "--mode", "fast", "--timeout", "240", timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    records = _events(result.stdout)
    assert all(schema_errors(r, "event_record") == [] for r in records)
    assert_seed_event(_seed_event(records))
    assert "first event after" in result.stderr
    assert "streams_articles_enriched_total 7.0" in result.stderr


def test_process_gives_the_seed_event_and_marks_the_near_copy() -> None:
    result = streams("process", str(SAMPLES), "--latest")
    assert result.returncode == 0, result.stderr[-3000:]
    records = _events(result.stdout)
    assert all(schema_errors(r, "event_record") == [] for r in records)
    assert_seed_event(_seed_event(records))
    quake = next(r for r in records if any(a["article_id"] == "sample-quake-1" for a in r["articles"]))
    copy = next(a for a in quake["articles"] if a["article_id"] == "sample-quake-1-syndicated")
    assert copy["duplicate_of"] == "sample-quake-1"
    assert copy["duplicate_kind"] == "near"


def test_process_emits_enriched_articles_that_validate() -> None:
    result = streams("process", str(SAMPLES), "--emit", "enriched", "--mode", "fast")
    assert result.returncode == 0, result.stderr[-3000:]
    records = _events(result.stdout)
    assert len(records) == 7
    assert all(schema_errors(r, "enriched_article") == [] for r in records)


def test_process_reads_a_feed_and_dead_letters_its_empty_entry(tmp_path: Path) -> None:
    dead = tmp_path / "dead.jsonl"
    feed = FEEDS / "harbour-gazette.rss"
    result = streams("process", str(feed), "--emit", "enriched", "--mode", "fast", "--deadletter", str(dead))
    records = _events(result.stdout)
    assert [r["title"] for r in records] == [
        "Warehouse fire in Rotterdam injures two workers",
        "Ferry service resumes after storm",
    ]
    assert all(schema_errors(r, "enriched_article") == [] for r in records)
    fire = records[0]
    assert (fire["location"]["name"], fire["location"]["country"]) == ("Rotterdam", "NL")
    assert {(c["kind"], c["value"]) for c in fire["counts"]} >= {("injured", 2)}
    [rejected] = _events(dead.read_text())
    assert (rejected["reason"], rejected["source"]) == ("empty_text", f"{feed}#3")


def test_unreachable_broker_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine"}\n{"text": ""}\nnot json\n')
    result = streams("produce", "--broker", "kafka://127.0.0.1:1", str(bad))
    assert result.returncode == 2
    assert "streams broker" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_produce_events_by_hand(broker: str, tmp_path: Path) -> None:
    prefix = f"e2e-{uuid.uuid4().hex[:10]}."
    bad = tmp_path / "mixed.jsonl"
    bad.write_text('{"text": "Storm kills two in Lisbon."}\n{"text": ""}\nnot json\n')
    result = streams("produce", "--broker", broker, "--topic-prefix", prefix, str(bad))
    assert result.returncode == 1
    assert "sent 1, rejected 2" in result.stdout
    assert "empty_text" in result.stdout and "invalid_json" in result.stdout
    dead = streams(
        "events", "--broker", broker, "--topic-prefix", prefix, "--topic", "deadletter", "--from-beginning"
    )
    assert dead.returncode == 0, dead.stderr
    assert sorted(r["reason"] for r in _events(dead.stdout)) == ["empty_text", "invalid_json"]
    limited = streams(
        "events",
        "--broker",
        broker,
        "--topic-prefix",
        prefix,
        "--topic",
        "deadletter",
        "--from-beginning",
        "--limit",
        "1",
    )
    assert len(_events(limited.stdout)) == 1


def test_broker_port_in_use_is_a_one_line_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = streams("broker", "--port", str(port), timeout=30)
    assert result.returncode == 2
    assert f"port {port} is in use" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_broker_binary_is_a_one_line_error() -> None:
    env = dict(os.environ, CALF_TANSU_BIN="/nonexistent/tansu")
    result = streams("broker", "--port", str(free_port()), timeout=30, env=env)
    assert result.returncode == 2
    assert "CALF_TANSU_BIN" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_ingest_endpoint_takes_a_posted_feed(broker: str) -> None:
    prefix = f"e2e-{uuid.uuid4().hex[:10]}."
    port = free_port()
    command = [sys.executable, "-m", "streams", "ingest", "--broker", broker, "--topic-prefix", prefix]
    with subprocess.Popen([*command, "--port", str(port)], stdout=subprocess.PIPE, text=True) as endpoint:
        try:
            assert endpoint.stdout is not None
            ready, _, _ = select.select([endpoint.stdout], [], [], 60)
            assert ready, "streams ingest printed no banner within 60 s"
            banner = endpoint.stdout.readline()
            assert f"http://127.0.0.1:{port}/articles" in banner
            feed = (FEEDS / "harbour-gazette.rss").read_bytes()
            # no Content-Type of a feed (as `curl -d @file` sends): the body is recognised
            request = urllib.request.Request(banner.split()[3], data=feed, method="POST")
            with urllib.request.urlopen(request, timeout=30) as response:
                status, reply = response.status, json.loads(response.read())
        finally:
            endpoint.terminate()
            endpoint.wait(timeout=30)
    assert status == 202
    assert (reply["sent"], reply["rejected"]) == (2, 1)
    raw = streams("events", "--broker", broker, "--topic-prefix", prefix, *RAW)
    assert raw.returncode == 0, raw.stderr
    assert [r["title"] for r in _events(raw.stdout)] == [
        "Warehouse fire in Rotterdam injures two workers",
        "Ferry service resumes after storm",
    ]


def test_ingest_port_in_use_is_a_one_line_error(broker: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = streams("ingest", "--broker", broker, "--port", str(port), timeout=60)
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
