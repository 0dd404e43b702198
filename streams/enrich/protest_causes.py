"""Deaths a protest is about, in reports of an attack on the protest.

A report of a shooting at a protest tells what the protest is about: "the
protesters, angry over the fatal police shooting of a man on May 3", "camped
out since May 3, when police fatally shot a man". That death came before the
attack, another incident's, as the dead a vigil honours are
(:func:`streams.enrich.count_context.honoree_spans`). Patterns use bounded
repetition only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PROTEST = r"(?:protest(?:s|ers?|ing)?|demonstrat(?:ions?|ors?)|rall(?:y|ies)|marche[sr]|encampment|sit-ins?)"
#: An attack on a protest: "five protesters were shot", "opened fire on the
#: protesters", "a shooting near a protest site".
_ATTACKED = re.compile(
    r"\b(?:shot|shooting|fired|fire|gunfire|wounded|injured|hurt)\b[^.;]{0,60}?"
    rf"\b(?:at|near|on|into|during|outside)\b[^.;]{{0,40}}?\b{_PROTEST}\b|"
    rf"\b{_PROTEST} (?:who )?(?:were|was) (?:shot|wounded|injured|hurt)\b",
    re.IGNORECASE,
)
#: What a protest is about, up to the death: "protesters, angry over the fatal
#: police shooting", "camped out since May 3, when police fatally shot"; not a
#: death told in a clause after it ("a march for peace, and one of them died").
#: A full stop inside a sentence ends an abbreviation ("since Nov. 15, when").
_CAUSE = re.compile(
    rf"\b{_PROTEST}\b[^.;]{{0,100}}?\b(?:since|over|against|after|about|for|sparked by|in response to)\b"
    r"(?:(?!,\s*(?:and|but|while|as|then)\b)[^;]){0,80}?"
    r"\b(?:killed|died|death|fatal(?:ly)?|slain|slaying|shot dead)\b",
    re.IGNORECASE,
)


def protest_attacked(texts: Iterable[str]) -> bool:
    """Whether the article (its headline among ``texts``) tells of an attack on a protest."""
    return any(_ATTACKED.search(text) for text in texts)


def cause_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence tells what a protest is about, up to the death it protests."""
    return [m.span() for m in _CAUSE.finditer(text)]
