"""The shape of one count record, shared by the count extractors.

Takes a kind, a value, a qualifier and a span of a sentence; emits the
schema's count record with the sentence as evidence and the mention span.
"""

from __future__ import annotations

from typing import Any

from streams.enrich.sentences import Sentence


def count_record(
    kind: str, value: int, qualifier: str, sentence: Sentence, start: int, end: int
) -> dict[str, Any]:
    """Shape a count record with sentence evidence and the mention span."""
    evidence: dict[str, Any] = {"text": sentence.text, "start": sentence.start, "end": sentence.end}
    mention: dict[str, Any] = {
        "text": sentence.text[start:end],
        "start": sentence.start + start,
        "end": sentence.start + end,
    }
    if sentence.field != "text":
        evidence["field"] = mention["field"] = sentence.field
    return {
        "kind": kind,
        "value": value,
        "qualifier": qualifier,
        "evidence": evidence,
        "mention": mention,
    }
