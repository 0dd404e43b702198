"""The shooting's own wounded among a wider figure of the hurt.

Takes an article's sentences and its count records; emits the records with
the share of the hurt that gunfire hit, when a sentence sets it apart: "ten
were injured, including eight who had gunshot wounds", "five were hurt, four
from gunshots and one from flying glass". In a report whose lead tells of
gunfire, the shooting's wounded are the ones shot; the others were hurt by
what the lead never tells of (glass, a fall, a crush), so the wider figure is
set aside as another cause's (``background``: "cause"), as
:mod:`streams.enrich.harm_causes` sets aside a crash's dead in a shooting's
report. The lead must tell of gunfire without the sentence that sets the shot
apart: a riot's "thirty injured, including two with gunshot wounds" keeps its
thirty. The headline's figures are read apart and stay.
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.harm_causes import lead_causes
from streams.enrich.numbers import parse_number
from streams.enrich.sentences import Sentence

_NUM = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_SHOT = r"(?:gunshot|bullet) wounds?|gunshots?|gunfire|bullets"
#: "including eight who had sustained gunshot wounds", "including two with gunshot wounds".
_INCLUDING = re.compile(
    rf"\bincluding (?P<part>{_NUM}) (?:(?:who|that) (?:had |have |has |were |was )?"
    rf"(?:sustained|suffered|received|had)|with|suffering(?: from)?) (?:[\w-]+ ){{0,2}}?(?:{_SHOT})\b",
    re.IGNORECASE,
)
#: "four from gunshots and one from flying glass", "two by gunfire, one by a car".
_SPLIT = re.compile(
    rf"\b(?P<part>{_NUM}) (?:from|by|with) (?:{_SHOT})\b,? (?:and |while )?"
    rf"(?P<rest>{_NUM}) (?:[\w-]+ ){{0,2}}?(?:from|by|with)\b",
    re.IGNORECASE,
)


def gunshot_share(
    sentences: list[Sentence], counts: list[dict[str, Any]], headline: str
) -> list[dict[str, Any]]:
    """Count the shot among the hurt when a sentence sets them apart.

    Args:
        sentences: The article's own sentences.
        counts: Their count records, in text order.
        headline: The article's headline, which tells with the lead what harmed its people.

    Returns:
        The records, the wider figure of the hurt set aside and the shot share
        added, or unchanged when no sentence sets the shot apart.
    """
    for sentence in sentences:
        share = _share(sentence, counts)
        if share is None:
            continue
        if "gunfire" not in lead_causes(headline, (s.text for s in sentences if s is not sentence)):
            continue
        part, total, start, end = share
        wider = [c for c in counts if _hurt(c) and c["value"] == total]
        if not wider:
            continue
        record = {
            **wider[0],
            "value": part,
            "qualifier": "exact",
            "evidence": {"text": sentence.text, "start": sentence.start, "end": sentence.end},
            "mention": {"text": sentence.text[start:end], "start": sentence.start + start,
                        "end": sentence.start + end},
        }  # fmt: skip
        marked = [{**c, "background": "cause"} if c in wider else c for c in counts]
        return [*marked, record]
    return counts


def _share(sentence: Sentence, counts: list[dict[str, Any]]) -> tuple[int, int, int, int] | None:
    """(shot, all hurt, span) a sentence tells, or None."""
    split = _SPLIT.search(sentence.text)
    if split:
        part, rest = _value(split["part"]), _value(split["rest"])
        return part, part + rest, split.start(), split.end()
    including = _INCLUDING.search(sentence.text)
    if including is None:
        return None
    at = sentence.start + including.start()
    before = [
        c["value"] for c in counts
        if _hurt(c) and c["evidence"]["text"] == sentence.text and c["mention"]["end"] <= at
    ]  # fmt: skip
    part = _value(including["part"])
    if not before or max(before) <= part:
        return None
    return part, max(before), including.start(), including.end()


def _hurt(count: dict[str, Any]) -> bool:
    return count["kind"] in ("injured", "shot") and not count.get("background") and not count.get("single")


def _value(number: str) -> int:
    parsed = parse_number(number)
    return parsed[0] if parsed else 0
