"""Execute every Grafana dashboard query against a real Prometheus scraping a real worker.

Starts the embedded broker, a worker and the HTTP ingest endpoint, feeds the
bundled sample (half through ``produce``, a feed through the endpoint), runs a
Prometheus binary (Debian's ``prometheus`` package: ``apt-get install prometheus``)
scraping the worker's and the endpoint's /metrics, then runs each panel's PromQL through the
Prometheus HTTP API and prints whether it parsed and returned series. Exits 1 if
any query fails. Queries on kafka-exporter series (consumer lag) can only return
data under docker-compose; they are still checked for syntax.

Usage: python deploy/check_dashboards.py [--prometheus /usr/bin/prometheus]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from streams.broker import EmbeddedBroker, free_port
from streams.ingest.endpoint import running_endpoint
from streams.ingest.producer import produce
from streams.ingest.readers import read_inputs
from streams.settings import Settings
from streams.topics import ensure_topics
from streams.worker_process import spawn_worker, stop_process

ROOT = Path(__file__).resolve().parent.parent
DASHBOARDS = ROOT / "deploy" / "grafana" / "dashboards"
SAMPLES = ROOT / "streams" / "samples"
FEED = ROOT / "tests" / "unit" / "fixtures" / "feeds" / "harbour-gazette.rss"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prometheus", default=shutil.which("prometheus") or "/usr/bin/prometheus")
    args = parser.parse_args()
    if not Path(args.prometheus).exists():
        print("prometheus binary not found: apt-get install prometheus", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="streams-dash-"))
    with EmbeddedBroker(free_port(), log_path=work / "broker.log") as broker:
        settings = Settings.from_env(
            {},
            broker=broker.url,
            metrics_port=free_port(),
            web_port=free_port(),
            ingest_port=free_port(),
            enrich_mode="fast",
        )
        worker = spawn_worker(settings.with_overrides(data_dir=str(work / "data")), work / "worker.log")
        prom_port = free_port()
        targets = [settings.metrics_port, settings.ingest_port]
        prom = _start_prometheus(args.prometheus, targets, prom_port, work)
        try:
            return asyncio.run(_feed_and_check(settings, prom_port))
        finally:
            for process in (prom, worker):
                stop_process(process)


def _start_prometheus(binary: str, ports: list[int], port: int, work: Path) -> subprocess.Popen[bytes]:
    config = work / "prometheus.yml"
    targets = ", ".join(f"'127.0.0.1:{p}'" for p in ports)
    config.write_text(
        "global: {scrape_interval: 2s, evaluation_interval: 2s}\n"
        "scrape_configs:\n"
        f"  - job_name: streams\n    static_configs: [{{targets: [{targets}]}}]\n"
    )
    log = open(work / "prometheus.log", "wb")  # noqa: SIM115
    command = [
        binary,
        f"--config.file={config}",
        f"--storage.tsdb.path={work / 'tsdb'}",
        f"--web.listen-address=127.0.0.1:{port}",
    ]
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)


async def _feed_and_check(settings: Settings, prom_port: int) -> int:
    """Feed the sample and a feed (through the endpoint), wait for the scrapes, check."""
    topics = await ensure_topics(settings)
    async with running_endpoint(settings, topics) as url:
        await produce(read_inputs([str(SAMPLES)]), settings, topics)
        request = urllib.request.Request(url, data=FEED.read_bytes(), method="POST")
        await asyncio.to_thread(urllib.request.urlopen, request, timeout=30)
        await asyncio.to_thread(_wait_for, prom_port, "streams_events_created_total > 0", 120)
        await asyncio.sleep(12)  # a few more scrapes so rate() has two points in its window
        return _check_all(prom_port)


def _query(port: int, expr: str) -> dict[str, Any]:
    url = f"http://127.0.0.1:{port}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return json.loads(exc.read())


def _wait_for(port: int, expr: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if _query(port, expr).get("data", {}).get("result"):
                return
        except (OSError, ValueError):  # not up yet, or a plain-text 503 while it starts
            pass
        time.sleep(1)
    raise SystemExit(f"no data for {expr!r} within {timeout}s")


def _check_all(port: int) -> int:
    failures = 0
    for dashboard in sorted(DASHBOARDS.glob("*.json")):
        for panel in json.loads(dashboard.read_text())["panels"]:
            for target in panel["targets"]:
                answer = _query(port, target["expr"])
                ok = answer.get("status") == "success"
                series = len(answer.get("data", {}).get("result", [])) if ok else 0
                failures += not ok
                detail = f"{series} series" if ok else answer.get("error", "?")
                print(f"{'ok  ' if ok else 'FAIL'} {panel['title']}: {detail}  [{target['expr']}]")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
