"""Keywords: the most frequent content words of an article.

Takes sentences; emits up to ``MAX_KEYWORDS`` lower-case words, most frequent
first (ties alphabetical, so output is deterministic). Words of the first
sentences count double: news puts the gist up front.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from streams.enrich.sentences import Sentence

MAX_KEYWORDS = 10
LEAD_SENTENCES = 3
MAX_SENTENCES = 80
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,29}")
_EXTRA_STOP = frozenset(
    [
        "said",
        "says",
        "told",
        "according",
        "reported",
        "report",
        "news",
        "posted",
        "updated",
        "copyright",
        "rights",
        "reserved",
        "year",
        "years",
        "time",
        "people",
        "like",
        "just",
        "also",
        "would",
        "could",
    ]
)


def extract_keywords(sentences: list[Sentence]) -> list[str]:
    """Pick the article's keywords.

    Args:
        sentences: Sentences of the article.

    Returns:
        Up to ``MAX_KEYWORDS`` keywords.
    """
    counts: Counter[str] = Counter()
    for index, sentence in enumerate(sentences[:MAX_SENTENCES]):
        weight = 2 if index < LEAD_SENTENCES else 1
        for match in _WORD.finditer(sentence.text):
            word = match.group().lower().strip("'-")
            if len(word) > 2 and word not in STOP_WORDS and word not in _EXTRA_STOP:
                counts[word] += weight
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [word for word, _ in ranked[:MAX_KEYWORDS]]
