"""Two workers in one consumer group decide exactly as one worker does on the same input.

The enriched topic is keyed by the dedup blocking key, so all candidates for a
decision live in one partition, whichever worker owns it.
"""

from __future__ import annotations

import asyncio
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from streams.broker import free_port
from streams.offline import latest_versions
from streams.settings import Settings
from tests.conftest import SAMPLES, running_worker, wait_for_events
from tests.integration.test_worker import _comparable, _feed

pytestmark = pytest.mark.integration


def _fresh(settings: Settings) -> Settings:
    tag = uuid.uuid4().hex[:10]
    return settings.with_overrides(
        topic_prefix=f"it-{tag}.", app_id=f"streams-it-{tag}", metrics_port=free_port(), web_port=free_port()
    )


def _wait_for_members(settings: Settings, members: int, timeout: float = 90.0) -> None:
    async def describe() -> tuple[str, int]:
        admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
        await admin.start()
        try:
            [group] = await admin.describe_consumer_groups([settings.app_id])
        finally:
            await admin.close()
        _error, _group_id, state, _protocol_type, _protocol, group_members = group.groups[0][:6]
        return state, len(group_members)

    deadline = time.monotonic() + timeout
    while asyncio.run(describe()) != ("Stable", members):
        assert time.monotonic() < deadline, f"the group never had {members} stable members"
        time.sleep(1.0)


def _metric(settings: Settings, name: str) -> float:
    text = urllib.request.urlopen(f"http://127.0.0.1:{settings.metrics_port}/metrics").read().decode()
    return sum(float(line.split()[-1]) for line in text.splitlines() if line.startswith(name))


def test_two_workers_make_the_same_decisions_as_one(settings: Settings, tmp_path: Path) -> None:
    # country blocking: the sample's events fall in several partitions, so both workers decide
    settings = settings.with_overrides(partitions=4, dedup_blocking="country")
    ids = _feed(settings, [str(SAMPLES)])
    with running_worker(settings, tmp_path, "solo") as worker:
        solo = wait_for_events(settings, ids, worker=worker)

    pair = _fresh(settings)
    second = pair.with_overrides(metrics_port=free_port(), web_port=free_port())
    with running_worker(pair, tmp_path, "pair-1") as one, running_worker(second, tmp_path, "pair-2") as two:
        _wait_for_members(pair, 2)
        ids = _feed(pair, [str(SAMPLES)])
        together = wait_for_events(pair, ids, worker=one)
        assert two.poll() is None, "the second worker died"
        created = [_metric(s, "streams_events_created_total") for s in (pair, second)]

    assert all(n > 0 for n in created), f"one worker published nothing: {created}"

    assert len(latest_versions(solo)) >= 4
    assert _comparable(together) == _comparable(solo)
