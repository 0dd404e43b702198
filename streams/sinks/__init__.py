"""Sinks: where event records go once published (console/JSONL file via ``streams events``)."""
