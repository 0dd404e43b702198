import base64

import pytest

from streams.deadletter import Rejection, dead_letter
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
