"""Language identification with py3langid.

Takes text; emits an ISO 639-1 code and a confidence. Short or empty text is
``und`` rather than a guess.
"""

from __future__ import annotations

import functools

from py3langid.langid import MODEL_FILE, LanguageIdentifier

#: Characters used for identification: enough for a stable decision, cheap.
SAMPLE_CHARS = 2_000
MIN_CHARS = 20


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
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_CHARS:
        return "und", None
    code, probability = _identifier().classify(sample)
    return str(code), round(float(probability), 4)


def warm_up_language() -> None:
    """Load the model now rather than on the first article."""
    _identifier()
