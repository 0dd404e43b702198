"""Survivors told by name, not by a figure ("Tom was shot in the leg and Sue
was hit in the arm").

Takes the article's sentences; emits one injured record counting the victims
named as hit where a bullet seldom kills whom no sentence of death names.
Local news often names each victim instead of giving a figure. Split from
:mod:`streams.enrich.victim_lists`, which reads lists inside one sentence.
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.count_context import background
from streams.enrich.count_phrases import LIMB_WOUND
from streams.enrich.count_record import count_record
from streams.enrich.sentences import Sentence

#: "Ann Lee was shot in the leg", "Lee, 25, was hit in the arm": a victim named
#: by a capitalised surname and hit where a bullet seldom kills.
_NAMED_HURT = re.compile(
    rf"\b(?P<name>[A-Z][a-z'\u2019-]{{2,20}})(?:,\s*\d{{1,3}},)?\s+"
    rf"(?:was|had been|has been)\s+(?:also\s+)?{LIMB_WOUND}"
)
#: Words that may open a sentence in capitals but name no victim.
_NOT_NAMES = frozenset(
    (
        "He",
        "She",
        "It",
        "They",
        "Police",
        "Officer",
        "Nobody",
        "Someone",
        "Who",
        "This",
        "That",
        "One",
        "Another",
    )
)
#: Any word of death: a victim named near one may be among the dead.
_DEATH = re.compile(
    r"\b(?:died|dies|dead|death|deceased|killed|killing|fatal(?:ly)?|murder\w*|homicide|slain|slaying|"
    r"succumbed|passed away|funeral|memorial|mourn\w*)\b",
    re.IGNORECASE,
)


def named_survivors(sentences: list[Sentence]) -> dict[str, Any] | None:
    """One injured record counting the victims named as shot or wounded whom
    no sentence of death names: "Tom was shot in the leg and Sue was hit in
    the arm" beside "Ann died" is two injured. Local news often names each
    victim instead of giving a figure.

    Args:
        sentences: The article's sentences.

    Returns:
        A record marked ``single`` (stated figures outrank it), or None.
    """
    hurt: dict[str, Sentence] = {}
    for sentence in sentences:
        for match in _NAMED_HURT.finditer(sentence.text):
            if match.group("name") not in _NOT_NAMES and not background(sentence.text):
                hurt.setdefault(match.group("name"), sentence)
    if not hurt:
        return None
    dead_text = " ".join(s.text for s in sentences if _DEATH.search(s.text))
    alive = [name for name in hurt if not re.search(rf"\b{re.escape(name)}\b", dead_text)]
    if not alive:
        return None
    first = min((hurt[name] for name in alive), key=lambda s: s.start)
    record = count_record("injured", len(alive), "exact", first, 0, len(first.text))
    return {**record, "single": True, "others": True}
