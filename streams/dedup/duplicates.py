"""Exact and near-duplicate detection against one blocking key's state.

Takes an article's fingerprints and title; emits the original it copies, if
any. Scraped pages often carry boilerplate instead of the story (cookie walls,
"sign in to continue"), which is identical across unrelated stories; so a text
match only counts when the text is long enough to identify a story and the
titles do not contradict it. A false merge is worse than a missed copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from streams.dedup.features import content_words, strip_title
from streams.dedup.fingerprint import signature_jaccard
from streams.dedup.index import KeyIndex
from streams.dedup.store import article_key, text_key, url_key

MIN_DUP_TOKENS = 40
NEAR_THRESHOLD = 0.70
TITLE_OVERLAP = 0.5
#: A text that holds this many of a headline's content words (or all, if fewer) tells its
#: story (``shared_body``): a story repeats its headline's place and what happened.
TEXT_TELLS_TITLE = 2


@dataclass(frozen=True)
class Match:
    """An original an article duplicates."""

    kind: str
    original: str
    similarity: float
    signals: dict[str, float]


def title_overlap(a: str | None, b: str | None) -> float | None:
    """Overlap coefficient of two titles' content words; None if one is empty."""
    wa, wb = set(content_words(strip_title(a))), set(content_words(strip_title(b)))
    if not wa or not wb:
        return None
    return len(wa & wb) / min(len(wa), len(wb))


def _titles_agree(title: str | None, entry: Mapping[str, Any]) -> tuple[bool, float | None]:
    overlap = title_overlap(title, entry.get("title"))
    return overlap is None or overlap >= TITLE_OVERLAP, overlap


def find_duplicate(
    store: Mapping[str, Any],
    index: KeyIndex,
    block: str,
    fingerprints: Mapping[str, Any],
    title: str | None,
) -> Match | None:
    """Return the original this article copies, or None.

    Order: canonical URL (the same page, whatever its text became), then the
    normalised text hash, then MinHash near-duplicates verified on the stored
    signatures (LSH only proposes candidates).
    """
    url_sha1 = fingerprints.get("url_sha1")
    if url_sha1:
        original = store.get(url_key(block, url_sha1))
        if original is not None and article_key(original) in store:
            return Match("exact", original, 1.0, {"url": 1.0})
    if int(fingerprints.get("tokens") or 0) < MIN_DUP_TOKENS:
        return None
    same_text = _same_text(store, block, fingerprints)
    if same_text is not None:
        original, entry = same_text
        agree, overlap = _titles_agree(title, entry)
        if agree:
            return Match("exact", original, 1.0, _signals(1.0, overlap, text=1.0))
    return _near(store, index, fingerprints, title)


def _same_text(
    store: Mapping[str, Any], block: str, fingerprints: Mapping[str, Any]
) -> tuple[str, Mapping[str, Any]] | None:
    """The stored article (id, entry) with this normalised text, if any: a text
    too short to tell copies apart (under ``MIN_DUP_TOKENS``) has none."""
    if int(fingerprints.get("tokens") or 0) < MIN_DUP_TOKENS:
        return None
    original = store.get(text_key(block, fingerprints.get("text_sha1") or ""))
    if original is None or (entry := store.get(article_key(original))) is None:
        return None
    return str(original), entry


def shared_body(
    store: Mapping[str, Any], block: str, fingerprints: Mapping[str, Any], title: str | None, text: str
) -> bool:
    """Whether an earlier article has this text word for word under a headline
    that disagrees, and the text tells neither headline.

    Such a text is a page's wall (a sign-in form, "check your email"), not the
    story its headline tells: the same text under unrelated headlines says
    nothing about which incident either is. A wire story a paper reruns under
    its own headline also disagrees with the first headline, but its text
    tells one of them: it holds ``TEXT_TELLS_TITLE`` of its content words.
    """
    same_text = _same_text(store, block, fingerprints)
    if same_text is None or _titles_agree(title, same_text[1])[0]:
        return False
    entry = same_text[1]
    words = set(content_words(text))
    return not any(_told(words, headline) for headline in (title, entry.get("title")))


def _told(words: set[str], title: str | None) -> bool:
    """Whether a text's ``words`` hold ``TEXT_TELLS_TITLE`` of a headline's content words."""
    wanted = set(content_words(strip_title(title)))
    return bool(wanted) and len(wanted & words) >= min(TEXT_TELLS_TITLE, len(wanted))


def _signals(sim: float, overlap: float | None, **extra: float) -> dict[str, float]:
    out = {"minhash_jaccard": round(sim, 4), **extra}
    if overlap is not None:
        out["title_overlap"] = round(overlap, 4)
    return out


def _near(
    store: Mapping[str, Any], index: KeyIndex, fingerprints: Mapping[str, Any], title: str | None
) -> Match | None:
    signature = fingerprints.get("minhash") or []
    if not signature:
        return None
    best: tuple[float, str, float | None] | None = None
    for candidate in index.similar_articles(signature):
        entry = store.get(article_key(candidate))
        if entry is None or not entry.get("sig"):
            continue
        sim = signature_jaccard(signature, entry["sig"])
        agree, overlap = _titles_agree(title, entry)
        if sim >= NEAR_THRESHOLD and agree and (best is None or sim > best[0]):
            best = (sim, candidate, overlap)
    if best is None:
        return None
    return Match("near", best[1], round(best[0], 4), _signals(best[0], best[2]))
