"""At-least-once with idempotent effects: a worker killed without warning (SIGKILL) and
restarted loses no article, publishes no second event for one, never lowers a version."""

from __future__ import annotations

import asyncio
import signal
from collections import defaultdict
from pathlib import Path

import pytest

from streams.ingest.readers import read_inputs
from streams.offline import process
from streams.settings import Settings
from tests.conftest import SAMPLES, read_topic, running_worker, wait_for_events
from tests.integration.test_worker import _comparable, _feed

pytestmark = pytest.mark.integration


def test_killed_worker_replays_without_loss_duplicates_or_regression(
    settings: Settings, tmp_path: Path
) -> None:
    # Faust's info log shows rebalances, assignments and commits: what a failure here needs.
    settings = settings.with_overrides(log_level="info")
    ids = _feed(settings, [str(SAMPLES)])
    with running_worker(settings, tmp_path, "doomed") as worker:
        wait_for_events(settings, {"sample-quake-1"}, worker=worker)
        # within Faust's commit interval (2.8 s): offsets and maybe state are not yet committed
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    with running_worker(settings, tmp_path, "successor") as worker:
        records = wait_for_events(settings, ids, worker=worker)

    versions: dict[str, list[int]] = defaultdict(list)
    for _, record in asyncio.run(read_topic(settings, settings.topic_prefix + "events")):
        versions[record["event_id"]].append(record["version"])
    assert all(v == sorted(v) for v in versions.values()), versions
    offline = [r for kind, r in process(read_inputs([str(SAMPLES)]), settings) if kind == "event"]
    assert _comparable(records) == _comparable(offline)
