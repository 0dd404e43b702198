"""Document tone: mean VADER compound score over sentences, in [-1, 1].

Takes sentences; emits one number. VADER is lexicon-based, deterministic and
fast; averaging per sentence keeps long articles from saturating at +-1.
"""

from __future__ import annotations

import functools

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from streams.enrich.sentences import Sentence

#: Sentences scored per article; tone is settled well before this.
MAX_SENTENCES = 60


@functools.cache
def _analyzer() -> SentimentIntensityAnalyzer:
    """Load the VADER lexicon once."""
    return SentimentIntensityAnalyzer()


def document_tone(sentences: list[Sentence]) -> float:
    """Mean VADER compound over the first ``MAX_SENTENCES`` sentences.

    Args:
        sentences: Sentences of the article.

    Returns:
        Tone in [-1, 1], rounded to 4 places; 0.0 without sentences.
    """
    scored = sentences[:MAX_SENTENCES]
    if not scored:
        return 0.0
    analyzer = _analyzer()
    total = sum(analyzer.polarity_scores(s.text)["compound"] for s in scored)
    return round(max(-1.0, min(1.0, total / len(scored))), 4)


def warm_up_tone() -> None:
    """Load the lexicon now rather than on the first article."""
    _analyzer()
