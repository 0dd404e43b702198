"""Section headings of plain-text articles and mastheads of titles.

Takes sanitized text; emits the character ranges of heading lines: short,
title-cased lines without final punctuation that stand between blank lines
("Global Solidarity and the Path Forward"). Recognisers read their capitals
as organisation names, so entities inside them are dropped unless the span is
a known place. Takes a title; splits off the publisher's masthead
("... - KSLA News 12 Shreveport, Louisiana"), whose places say where the
publisher is, not where the event was.
"""

from __future__ import annotations

import re

from streams.enrich.gazetteer import load_gazetteer
from streams.enrich.place_matcher import match_places

#: Longest heading, in words and characters.
MAX_HEADING_WORDS = 10
MAX_HEADING_CHARS = 80
#: Two-word lines are too often bylines ("Peter Blackburn") to call headings.
MIN_HEADING_WORDS = 3
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "vs",
    ]
)
_LINE = re.compile(r"^[^\n]{1,80}$", re.MULTILINE)
_MASTHEAD_SEPARATOR = re.compile(r" (?:[|\u2013\u2014-]|::) ")
#: Longest masthead, in words; the headline before it needs a few words too.
MAX_MASTHEAD_WORDS = 12
MIN_HEADLINE_WORDS = 3


def split_masthead(title: str) -> tuple[str, str]:
    """Split "headline - Publisher, Place" into headline and masthead.

    Args:
        title: Article title.

    Returns:
        ``(headline, masthead)``; the masthead is "" when there is none.
    """
    separators = list(_MASTHEAD_SEPARATOR.finditer(title))
    for separator in separators:
        headline, masthead = title[: separator.start()], title[separator.end() :]
        if len(headline.split()) >= MIN_HEADLINE_WORDS and len(masthead.split()) <= MAX_MASTHEAD_WORDS:
            return headline, masthead
    return title, ""


def heading_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the heading lines of ``text``.

    Args:
        text: Sanitized article text.

    Returns:
        ``(start, end)`` of every line that looks like a section heading.
    """
    ranges = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        blank_before = start == 0 or text[max(0, start - 2) : start] == "\n\n"
        blank_after = end == len(text) or text[end : end + 2] == "\n\n"
        if blank_before and blank_after and _is_heading(match.group()):
            ranges.append((start, end))
    return ranges


def _is_heading(line: str) -> bool:
    """Title case, few words, no sentence-final punctuation."""
    words = line.split()
    if not MIN_HEADING_WORDS <= len(words) <= MAX_HEADING_WORDS or line.rstrip()[-1] in ".!?:;,\"'":
        return False
    if line.isupper() or not any(c.islower() for c in line):
        return False  # capitals are datelines and sports tables, not headings
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words if w[:1].isalpha())


def outside_headings(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop spans that start in a heading line unless they name a known place;
    the known places inside a dropped span are kept on their own."""
    ranges = heading_ranges(text) if "\n\n" in text else []
    if not ranges:
        return spans
    gazetteer = load_gazetteer()
    kept = [
        s for s in spans
        if not any(a <= s[0] < b for a, b in ranges) or gazetteer.lookup(text[s[0] : s[1]])
    ]  # fmt: skip
    for start, end in ranges:
        for a, b, label in match_places(text[start:end]):
            if not any(s[0] < start + b and start + a < s[1] for s in kept):
                kept.append((start + a, start + b, label))
    return sorted(kept)
