"""Section headings of plain-text articles, which are titles, not names.

Takes sanitized text; emits the character ranges of heading lines: short,
title-cased lines without final punctuation that stand between blank lines
("Global Solidarity and the Path Forward"). Recognisers read their capitals
as organisation names, so entities inside them are dropped unless the span is
a known place.
"""

from __future__ import annotations

import re

from streams.enrich.gazetteer import load_gazetteer

#: Longest heading, in words and characters.
MAX_HEADING_WORDS = 10
MAX_HEADING_CHARS = 80
#: Two-word lines are too often bylines ("Peter Blackburn") to call headings.
MIN_HEADING_WORDS = 3
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with vs".split())
_LINE = re.compile(r"^[^\n]{1,80}$", re.MULTILINE)


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
    """Drop spans that start in a heading line unless they name a known place."""
    ranges = heading_ranges(text) if "\n\n" in text else []
    if not ranges:
        return spans
    gazetteer = load_gazetteer()
    return [
        s for s in spans
        if not any(a <= s[0] < b for a, b in ranges) or gazetteer.lookup(text[s[0] : s[1]])
    ]  # fmt: skip
