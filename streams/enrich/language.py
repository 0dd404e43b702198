"""Language identification with py3langid.

Takes text; emits an ISO 639-1 code and a confidence. Short or empty text is
``und`` rather than a guess.
"""

from __future__ import annotations

import functools
import re

from py3langid.langid import MODEL_FILE, LanguageIdentifier

#: Characters used for identification: enough for a stable decision, cheap.
SAMPLE_CHARS = 2_000
MIN_CHARS = 20
#: Below this probability the top language is considered unsure.
UNSURE = 0.9
#: Share of English function words above which unsure text counts as English.
FUNCTION_WORD_SHARE = 0.08
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "in",
        "to",
        "a",
        "on",
        "for",
        "is",
        "was",
        "with",
        "by",
        "at",
        "from",
        "that",
        "it",
        "as",
        "said",
        "were",
        "has",
        "have",
        "be",
    ]
)
#: English wins an unsure decision when its probability is at least this.
ENGLISH_RUNNER_UP = 0.05
_NOT_LETTERS = re.compile(r"[\W\d_]+")


@functools.cache
def _identifier() -> LanguageIdentifier:
    """Load the langid model once, with normalised probabilities."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float | None]:
    """Identify the language of ``text``.

    Args:
        text: Article text (only the first ``SAMPLE_CHARS`` are used).

    Returns:
        ``(code, confidence)``; ``("und", None)`` when there are too few letters.
    """
    sample = _NOT_LETTERS.sub(" ", text[:SAMPLE_CHARS]).lower()
    if sum(ch.isalpha() for ch in sample) < MIN_CHARS:
        return "und", None
    ranked = _identifier().rank(sample)
    code, probability = ranked[0]
    if code != "en" and probability < UNSURE:
        # Tables and name lists of English news look like a mix of languages;
        # English function words or a close English runner-up settle it.
        english = next((p for c, p in ranked if c == "en"), 0.0)
        if english >= ENGLISH_RUNNER_UP or _function_word_share(sample) >= FUNCTION_WORD_SHARE:
            code, probability = "en", max(english, 0.5)
    return str(code), round(float(probability), 4)


def _function_word_share(sample: str) -> float:
    """Share of words that are English function words ("the", "of", "in")."""
    words = sample.split()
    return sum(w in _FUNCTION_WORDS for w in words) / len(words) if words else 0.0


def warm_up_language() -> None:
    """Load the model now rather than on the first article."""
    _identifier()
