"""Sentence splitting with character offsets, safe on adversarial input.

Takes raw article text and emits ``Sentence`` spans whose offsets index the
original string. Rule-based rather than the spaCy parser so both enrich modes
share one segmentation and the parser pipe can stay disabled for speed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

#: Longest text any enrichment step looks at; adversarial megabyte articles are
#: cut here so every regex below runs in bounded time.
MAX_TEXT_CHARS = 30_000
#: How far into an article its lead runs: where the scene is set and the toll first told.
LEAD_CHARS = 600
#: Longest single sentence kept; longer "sentences" are split hard.
MAX_SENTENCE_CHARS = 1_000
#: Longest run without whitespace kept as is; longer runs are blanked (same
#: length, so offsets stay valid) because no entity or number lives there.
MAX_TOKEN_CHARS = 60

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cpl",
        "jr",
        "sr",
        "inc",
        "corp",
        "ltd",
        "co",
        "no",
        "vs",
        "etc",
        "ft",
        "mt",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
        "u.s",
        "u.k",
        "u.n",
    ]
)
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])|\n\s*")
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")
_PUNCT_RUN = re.compile(r"([^\w\s])\1{5,}")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its text and its offsets into the article text."""

    text: str
    start: int
    end: int
    #: Article field the offsets index ("title" for the headline).
    field: str = "text"


def sanitize(text: str) -> str:
    """Cut text to ``MAX_TEXT_CHARS`` and blank pathological runs.

    Blanking keeps every offset identical to the original text, so spans found
    in the sanitized copy are valid spans of the article.

    Args:
        text: The article text.

    Returns:
        A copy no longer than ``MAX_TEXT_CHARS`` with over-long tokens and long
        punctuation runs replaced by spaces of the same length.
    """
    clipped = text[:MAX_TEXT_CHARS]
    clipped = _LONG_RUN.sub(lambda m: " " * len(m.group()), clipped)
    return _PUNCT_RUN.sub(lambda m: " " * len(m.group()), clipped)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Tell whether the period at ``dot`` ends a known abbreviation or initial."""
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:dot].lower()
    return word in _ABBREVIATIONS or len(word) == 1


def split_sentences(text: str) -> list[Sentence]:
    """Split sanitized text into sentences with offsets.

    Args:
        text: Text already passed through :func:`sanitize`.

    Returns:
        Non-empty sentences, stripped, in text order.
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        _append(sentences, text, start, match.end())
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Add the stripped span ``text[start:end]``, hard-split when over-long."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        sentences.append(Sentence(text[start:cut], start, cut))
        start = cut + 1 if text[cut : cut + 1] == " " else cut
    if end > start:
        sentences.append(Sentence(text[start:end], start, end))


def overlaps(spans: Iterable[tuple[Any, ...]], start: int, end: int) -> bool:
    """True when one of ``spans`` (tuples opening with start, end) shares a
    character with ``start:end``."""
    return any(span[0] < end and start < span[1] for span in spans)
