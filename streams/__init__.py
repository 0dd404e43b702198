"""streams: event-streaming ingestion workers that turn news articles into event records."""

__version__ = "0.1.0"
