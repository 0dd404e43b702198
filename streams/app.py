"""The Faust application: one ``faust.App`` built from Settings, and the worker entry point.

Broker settings are tuned for the embedded Tansu broker, where Faust's defaults make
a consumer-group join take ~30 s (measured); with these it takes a few seconds.
"""

from __future__ import annotations

import faust

from streams.agents import wire_agents
from streams.settings import Settings
from streams.topics import Topics
from streams.transport import Transport

# Group membership: short session/rebalance timeouts and a 1 s heartbeat make the
# group join ~6 s on Tansu instead of ~30 s, and a dead worker is noticed in 10 s.
SESSION_TIMEOUT_S = 10.0
REBALANCE_TIMEOUT_S = 10.0
HEARTBEAT_INTERVAL_S = 1.0


class StreamsApp(faust.App):
    """faust.App using our transport (short fetch wait, see ``streams.transport``)."""

    def _new_transport(self) -> Transport:
        return Transport(self.conf.broker_consumer, self)


def create_app(settings: Settings) -> faust.App:
    """Build the app with its topics, dedup table and agents."""
    app = StreamsApp(
        settings.app_id,
        broker=settings.broker,
        value_serializer="raw",
        key_serializer="raw",
        topic_partitions=settings.partitions,
        processing_guarantee="at_least_once",
        broker_session_timeout=SESSION_TIMEOUT_S,
        broker_rebalance_timeout=REBALANCE_TIMEOUT_S,
        broker_heartbeat_interval=HEARTBEAT_INTERVAL_S,
        consumer_auto_offset_reset="earliest",
        store="memory://",
        # no standby copies: each worker holds only its own partitions' dedup state,
        # so memory and the state gauge scale down as workers are added
        table_standby_replicas=0,
        datadir=settings.data_dir,
        web_enabled=False,
        web_host="127.0.0.1",
        web_port=settings.web_port,
        producer_max_request_size=max(1_048_576, settings.max_text_bytes * 3),
        producer_max_batch_size=settings.producer_batch_bytes,
        consumer_max_fetch_size=max(4_194_304, settings.max_text_bytes * 3),
    )
    wire_agents(app, settings, Topics.from_settings(settings))
    return app


def run_worker(settings: Settings) -> None:
    """Run the worker in the foreground until interrupted (Ctrl-C / SIGTERM)."""
    app = create_app(settings)
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    worker.spinner = None  # its escape codes only clutter logs; progress is in /metrics
    worker.execute_from_commandline()
