"""Ingest: read article inputs, validate and normalise them, produce them to the raw topic."""
