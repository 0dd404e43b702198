"""Parse number phrases ("137", "1,200", "four", "twenty-one", "dozens").

Takes the text of a number mention; emits its integer value and the qualifier
it implies on its own (vague words such as "dozens" are ``at_least``).
"""

from __future__ import annotations

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "both": 2,
    "couple": 2, "pair": 2,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
#: Vague quantities: (lower bound, qualifier).
_VAGUE = {
    "dozen": (12, "about"), "dozens": (24, "at_least"), "scores": (40, "at_least"),
    "hundreds": (200, "at_least"), "thousands": (2000, "at_least"),
    "several": (3, "at_least"), "handful": (3, "about"),
}  # fmt: skip

#: Ordinals that count people ("a third victim died", "an 8th teen was hurt"): their value.
ORDINAL_VALUES = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}  # fmt: skip

#: Regex alternation matching any number word this module understands.
NUMBER_WORDS = "|".join(sorted([*_UNITS, *_TENS, *_SCALES, *_VAGUE], key=len, reverse=True))


def parse_number(phrase: str) -> tuple[int, str] | None:
    """Turn a number phrase into ``(value, qualifier)``.

    Args:
        phrase: Digits with optional thousands separators, or number words
            such as "twenty-one", "two hundred", "a dozen", "dozens".

    Returns:
        The value and ``"exact"``/``"about"``/``"at_least"``, or None when the
        phrase is not a number.
    """
    text = phrase.strip().lower().replace(",", "")
    if text.isdigit():
        return int(text), "exact"
    words = text.replace("-", " ").split()
    if words[:1] in (["a"], ["an"]) and len(words) > 1:
        words = words[1:]
    if len(words) == 1 and words[0] in _VAGUE:
        return _VAGUE[words[0]]
    total, current = 0, 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        elif word != "and":
            return None
    return total + current, "exact"
