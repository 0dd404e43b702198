import base64

import pytest

from streams.deadletter import MAX_ORIGINAL_BYTES, Rejection, dead_letter
from streams.schemas import schema_errors


def test_dead_letter_keeps_utf8_as_text_and_validates() -> None:
    record = dead_letter(
        "ingest", "invalid_json", "Expecting value", b'{"a": ', "2024-01-01T00:00:00Z", "f:1"
    )
    assert record["original"] == '{"a": '
    assert record["original_encoding"] == "utf-8"
    assert schema_errors(record, "deadletter") == []


def test_dead_letter_keeps_other_bytes_as_base64() -> None:
    record = dead_letter("enrich", "invalid_utf8", "bad", b"\xff\x00", "2024-01-01T00:00:00Z")
    assert record["original_encoding"] == "base64"
    assert base64.b64decode(record["original"]) == b"\xff\x00"
    assert schema_errors(record, "deadletter") == []


def test_unknown_reason_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown dead-letter reason"):
        Rejection("because", "no")


def test_a_huge_original_is_cut_so_the_record_can_be_published() -> None:
    original = ("\u00e9" * 600_000).encode()  # 1.2 MB of two-byte characters
    record = dead_letter("ingest", "oversized_text", "too big", original, "2024-01-01T00:00:00Z")
    kept = record["original"].encode()
    assert record["original_encoding"] == "utf-8"  # not cut inside a character
    assert MAX_ORIGINAL_BYTES - 1 <= len(kept) <= MAX_ORIGINAL_BYTES
    assert original.startswith(kept)
    assert (record["original_size"], record["original_truncated"]) == (1_200_000, True)
    assert schema_errors(record, "deadletter") == []
    small = dead_letter("ingest", "empty_text", "empty", b" ", "2024-01-01T00:00:00Z")
    assert (small["original_size"], small["original_truncated"]) == (1, False)
