"""The title an article's store entry keeps, and whether a copy brings a new headline.

Takes an enriched article (and, for a copy, the ``Match`` naming its original
and the store holding the original's entry); emits the title the article entry
keeps (without the site name, at most 200 characters) and whether a copy's
headline differs from its original's. Split from
:mod:`streams.dedup.clusterer`, which writes the entry and, for a copy under a
new headline, counts the figures its headline states (a newsroom's update of
the toll over the same text).
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from streams.dedup.duplicates import Match
from streams.dedup.features import strip_title
from streams.dedup.store import article_key


def new_headline(store: MutableMapping[str, Any], enriched: dict[str, Any], match: Match | None) -> bool:
    """Whether a copy's headline is not its original's: then its headline's figures count.

    A newsroom updates a story under a new headline over the same text ("Man
    critical after Friday shooting", then "Victim of Friday shooting died
    Monday"): the headline is all the copy says anew, so the figures the copy
    reads from its headline are observed (read with its whole text, so a
    headline's "four wounded" is told apart from the dead), while the text's
    figures stay counted once, the original's.
    """
    if match is None:
        return False
    title = stored_title(enriched)
    original = store.get(article_key(match.original)) or {}
    return title is not None and title != original.get("title")


def stored_title(enriched: dict[str, Any]) -> str | None:
    """The title an article entry keeps: without the site name, at most 200 characters."""
    return strip_title(enriched.get("title"))[:200] or None
