"""The ``streams`` command line (a contract: DESIGN.md "Command line").

Each sub-command parses its flags, builds Settings (environment first, flags
override) and calls one function of the module that does the work.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

import orjson

from streams.broker import DEFAULT_PORT_HELP, BrokerError, EmbeddedBroker
from streams.ingest.readers import FORMATS, InputError
from streams.settings import DEFAULT_BROKER_PORT, Settings, SettingsError
from streams.topics import BrokerUnavailable, Topics, ensure_topics

_USER_ERRORS = (BrokerError, BrokerUnavailable, SettingsError, InputError)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command in ("broker", "demo", "ingest"):
        # their finally blocks stop the child processes (broker, worker): let SIGTERM reach them
        signal.signal(signal.SIGTERM, _exit_on_signal)
    if args.command != "worker":
        # aiokafka logs each failed connection attempt; we report the outcome once, in one line
        logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    try:
        settings = Settings.from_env(
            broker=getattr(args, "broker", None),
            topic_prefix=getattr(args, "topic_prefix", None),
            partitions=getattr(args, "partitions", None),
            metrics_port=getattr(args, "metrics_port", None),
            enrich_mode=getattr(args, "mode", None),
            web_port=getattr(args, "web_port", None),
        )
        return int(args.run(args, settings) or 0)
    except _USER_ERRORS as exc:
        print(f"streams: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `streams events | head`): not an error of ours
        sys.stderr.close()
        return 0


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="streams", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (build, run, help_text) in _COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        build(command)
        command.set_defaults(run=run)
    return parser


def _kafka_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--broker", help="kafka://host:port[,...] (env STREAMS_BROKER)")
    p.add_argument("--topic-prefix", help="topic name prefix (env STREAMS_TOPIC_PREFIX)")
    p.add_argument("--partitions", type=int, help="partitions of created topics (env STREAMS_PARTITIONS)")


def _mode_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mode", choices=("accurate", "fast"), help="enrichment mode (env STREAMS_ENRICH_MODE)")


def _build_demo(p: argparse.ArgumentParser) -> None:
    _mode_flag(p)
    p.add_argument("--metrics-port", type=int, help="worker's /metrics port (env STREAMS_METRICS_PORT)")
    p.add_argument("--follow", action="store_true", help="keep running after the sample is processed")
    p.add_argument("--timeout", type=float, default=180.0, help="give up after this many seconds")


def _run_demo(args: argparse.Namespace, settings: Settings) -> int:
    from streams.demo import DemoError, run_demo

    try:
        run_demo(settings, follow=args.follow, timeout=args.timeout)
    except DemoError as exc:
        print(f"streams demo: error: {exc}", file=sys.stderr)
        return 1
    return 0


def _build_broker(p: argparse.ArgumentParser) -> None:
    p.add_argument("--port", type=int, default=DEFAULT_BROKER_PORT, help=DEFAULT_PORT_HELP)


def _run_broker(args: argparse.Namespace, settings: Settings) -> int:
    broker = EmbeddedBroker(args.port)
    broker.start()
    print(broker.url, flush=True)
    print("embedded Tansu broker, memory only: Ctrl-C stops it and forgets everything", file=sys.stderr)
    try:
        return broker.wait()
    finally:
        broker.stop()


def _build_worker(p: argparse.ArgumentParser) -> None:
    _kafka_flags(p)
    _mode_flag(p)
    p.add_argument("--metrics-port", type=int, help="port of /metrics (env STREAMS_METRICS_PORT)")
    p.add_argument("--web-port", type=int, help="Faust's own web port (env STREAMS_WEB_PORT)")


def _run_worker(args: argparse.Namespace, settings: Settings) -> int:
    from streams.worker import start_worker

    start_worker(settings)
    return 0


def _build_produce(p: argparse.ArgumentParser) -> None:
    _kafka_flags(p)
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders, http(s) URLs (feeds), or - for stdin"
    )
    p.add_argument("--format", choices=FORMATS, default="auto", help="input format (default: detected)")


def _run_produce(args: argparse.Namespace, settings: Settings) -> int:
    from streams.ingest.producer import produce
    from streams.ingest.readers import read_inputs

    async def feed() -> Any:
        topics = await ensure_topics(settings)
        return await produce(read_inputs(args.paths, args.format), settings, topics)

    report = asyncio.run(feed())
    print(report.summary())
    return 0 if report.rejected_total == 0 else 1


def _build_ingest(p: argparse.ArgumentParser) -> None:
    _kafka_flags(p)
    p.add_argument("--host", help="address to listen on (env STREAMS_INGEST_HOST, default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port to listen on (env STREAMS_INGEST_PORT, default 8080)")


def _run_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from streams.ingest.endpoint import ListenError, running_endpoint

    async def serve() -> None:
        endpoint = settings.with_overrides(ingest_host=args.host, ingest_port=args.port)
        async with running_endpoint(endpoint) as url:
            print(f"POST articles to {url} (JSON, JSON lines, text or RSS/Atom); Ctrl-C stops", flush=True)
            await asyncio.Event().wait()

    try:
        asyncio.run(serve())
    except ListenError as exc:
        print(f"streams: error: {exc}", file=sys.stderr)
        return 2
    return 0


def _build_events(p: argparse.ArgumentParser) -> None:
    _kafka_flags(p)
    p.add_argument("--from-beginning", action="store_true", help="start at the oldest record")
    p.add_argument("--follow", action="store_true", help="keep waiting for new records")
    p.add_argument("--limit", type=int, help="stop after N records")
    p.add_argument("--out", help="append JSON lines to this file instead of stdout")
    p.add_argument(
        "--topic",
        choices=("events", "deadletter", "enriched", "raw"),
        default="events",
        help="which topic to read (default events)",
    )


def _run_events(args: argparse.Namespace, settings: Settings) -> int:
    from streams.sinks.events import write_events

    topics = Topics.from_settings(settings)
    topic = {
        "events": topics.events,
        "deadletter": topics.deadletter,
        "enriched": topics.enriched,
        "raw": topics.raw,
    }
    asyncio.run(ensure_topics(settings))  # so that --follow on a fresh broker waits for records
    with _output(args.out, "ab") as out:
        asyncio.run(
            write_events(
                settings, topic[args.topic], _writer(out), args.from_beginning, args.follow, args.limit
            )
        )
    return 0


def _build_process(p: argparse.ArgumentParser) -> None:
    _mode_flag(p)
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help=".jsonl(.gz), text files, RSS/Atom feeds, URLs, folders or -"
    )
    p.add_argument("--out", help="write JSON lines to this file instead of stdout")
    p.add_argument("--emit", choices=("events", "enriched"), default="events")
    p.add_argument("--latest", action="store_true", help="only the final version of each event")
    p.add_argument("--format", choices=FORMATS, default="auto")
    p.add_argument("--deadletter", help="write dead-letter records to this JSONL file")


def _run_process(args: argparse.Namespace, settings: Settings) -> int:
    from streams.ingest.readers import read_inputs
    from streams.offline import latest_versions, process

    results = process(read_inputs(args.paths, args.format), settings, args.emit)
    dead: Counter[str] = Counter()
    with _output(args.out, "wb") as out, _output(args.deadletter, "wb", sys.stderr.buffer) as dead_out:
        write = _writer(out)
        records = []
        for kind, record in results:
            if kind == "deadletter":
                dead[f"{record['stage']}/{record['reason']}"] += 1
                dead_out.write(orjson.dumps(record) + b"\n")
            elif args.latest:
                records.append(record)
            else:
                write(orjson.dumps(record) + b"\n")
        for record in latest_versions(records):
            write(orjson.dumps(record) + b"\n")
    if dead:
        reasons = ", ".join(f"{n} x {reason}" for reason, n in sorted(dead.items()))
        print(f"streams process: {dead.total()} input(s) dead-lettered: {reasons}", file=sys.stderr)
    return 0 if not dead else 1


@contextlib.contextmanager
def _output(path: str | None, mode: str, default: BinaryIO | None = None) -> Any:
    if path is None:
        yield default or sys.stdout.buffer
        return
    with open(path, mode) as handle:
        yield handle


def _writer(out: BinaryIO) -> Callable[[bytes], Any]:
    def write(data: bytes) -> None:
        out.write(data)
        out.flush()

    return write


_COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Callable[..., int], str]] = {
    "demo": (_build_demo, _run_demo, "run broker, worker and the bundled sample; print the events"),
    "broker": (_build_broker, _run_broker, "run the embedded Kafka-protocol broker (Tansu) on loopback"),
    "worker": (_build_worker, _run_worker, "run the stream processors (enrich, dedup)"),
    "produce": (_build_produce, _run_produce, "feed articles to the raw topic"),
    "ingest": (_build_ingest, _run_ingest, "serve the HTTP ingest endpoint (POST /articles)"),
    "events": (_build_events, _run_events, "print event records as JSON lines"),
    "process": (_build_process, _run_process, "run the pipeline offline, without Kafka"),
}
