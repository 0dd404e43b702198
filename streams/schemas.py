"""JSON Schema validation of every record type against the files in ``schemas/``.

The schemas are the contract other systems code against, so the code validates
what it reads (ingest) and the tests validate what it writes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import orjson
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
RECORD_TYPES = ("article", "enriched_article", "event_record", "deadletter")


@cache
def _registry() -> Registry:
    if not SCHEMA_DIR.is_dir():
        raise FileNotFoundError(
            f"schemas/ not found at {SCHEMA_DIR}: install streams from its source tree (pip install -e .)"
        )
    resources = []
    for name in RECORD_TYPES:
        contents = orjson.loads((SCHEMA_DIR / f"{name}.schema.json").read_bytes())
        resource = Resource.from_contents(contents)
        resources.append((contents["$id"], resource))
        resources.append((f"{name}.schema.json", resource))
    return Registry().with_resources(resources)


@cache
def validator(record_type: str) -> Draft202012Validator:
    """The validator for one record type (``article``, ``event_record`` ...)."""
    registry = _registry()
    schema = registry.contents(f"{record_type}.schema.json")
    return Draft202012Validator(schema, registry=registry)


def schema_errors(record: Any, record_type: str, limit: int = 3) -> list[str]:
    """Human-readable violations (at most ``limit``), empty when the record is valid."""
    errors = sorted(validator(record_type).iter_errors(record), key=lambda e: list(e.path))
    return [_describe(e.path, e.message) for e in errors[:limit]]


def _describe(path: Any, message: str) -> str:
    where = "/".join(str(p) for p in path) or "(record)"
    if len(message) > 200:
        message = message[:200] + "…"
    return f"{where}: {message}"
