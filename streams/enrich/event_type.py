"""Event type: PLOVER categories with their CAMEO root codes.

Takes sentences (and the title, counted as a lead sentence); emits up to
``MAX_TYPES`` event types ``{category, cameo_root, confidence, tags,
evidence, trigger}``, strongest first. Trigger lexicons per PLOVER category
(the POLECAT ontology); CAMEO root codes follow the PLOVER-to-CAMEO mapping
of the POLECAT codebook (ASSAULT covers CAMEO 18 assault; 19/20 fights and
mass violence are tagged rather than split).
"""

from __future__ import annotations

import re
from typing import Any

from streams.enrich.sentences import Sentence

#: PLOVER category -> (CAMEO root, trigger regex).
_CATEGORIES: dict[str, tuple[str, str]] = {
    "ASSAULT": ("18", r"attack(?:s|ed|ers?)?|shooting|shot|gunm[ae]n|gunfire|opened fire|"
                r"bomb(?:s|ing|ed|er)?|explosion|stabb(?:ed|ing)|massacre|assault(?:ed)?|"
                r"killed|slain|murder(?:ed)?|homicide|hostages?|kidnapp(?:ed|ing)|"
                r"abduct(?:ed|ion)|ambush(?:ed)?|suicide bomber|terrorist act|fatally"),
    "PROTEST": ("14", r"protest(?:s|ers|ed)?|demonstrat(?:ors|ion|ions)|rall(?:y|ies)|"
                r"marche[sd]|riots?|sit-in|hunger strike|walkout|boycott"),
    "COERCE": ("17", r"arrest(?:s|ed)?|detain(?:ed)?|in custody|raid(?:s|ed)?|crackdown|"
               r"curfew|deport(?:ed|ation)|seiz(?:ed|ure)|confiscat(?:ed|ion)"),
    "MOBILIZE": ("15", r"mobiliz(?:e|ed|ation)|troops (?:were )?deployed|high alert|"
                 r"military exercises?|reinforcements"),
    "THREATEN": ("13", r"threat(?:en|ened|ens)|ultimatum|warned of"),
    "ACCUSE": ("11", r"accus(?:e|ed|es)|condemn(?:s|ed)?|criticiz(?:e|ed)|criticis(?:e|ed)|"
               r"blam(?:e|ed)|denounc(?:e|ed)"),
    "REJECT": ("12", r"reject(?:s|ed)?|refus(?:e|ed|es)|vetoe?d?|denied"),
    "REQUEST": ("10", r"demand(?:s|ed)?|call(?:s|ed)? for|urg(?:e|ed|es)|appeal(?:s|ed)? for"),
    "AID": ("07", r"humanitarian|aid|relief|donat(?:e|ed|ion)|assist(?:ance|ed)?"),
    "COOPERATE": ("06", r"cooperat(?:e|ion|ed)|collaborat(?:e|ion)|joint investigation|"
                  r"shar(?:e|ed) intelligence"),
    "CONSULT": ("04", r"talks|met with|meeting|summit|negotiat(?:e|ions|ed)|visit(?:ed)?"),
    "AGREE": ("03", r"agree(?:d|ment|s)?|accord|treaty|deal signed|signed a deal|pledg(?:e|ed)"),
    "SUPPORT": ("05", r"praise[ds]?|endors(?:e|ed)|support(?:ed|s)?|solidarity|condolences"),
    "CONCEDE": ("08", r"ceasefire|cease-fire|resign(?:ed|s)?|releas(?:e|ed) (?:of )?(?:prisoners|"
                r"hostages)|withdr(?:ew|awn|awal)|concession"),
    "SANCTION": ("16", r"sanctions?|embargo|expel(?:led)?|sever(?:ed)? ties|cut ties"),
}  # fmt: skip
_PATTERNS = {k: re.compile(rf"\b(?:{v[1]})\b", re.IGNORECASE) for k, v in _CATEGORIES.items()}
_TAGS = {
    "terrorism": re.compile(r"\bterror\w*|\bISIS\b|\bISIL\b|Islamic State|al-Qaeda|\bjihad",
                            re.IGNORECASE),
    "shooting": re.compile(r"\bshoot\w*|\bshot\b|\bgun\w*|opened fire|\bfirearm", re.IGNORECASE),
    "bombing": re.compile(r"\bbomb\w*|\bexplosi\w+|\bIED\b", re.IGNORECASE),
    "stabbing": re.compile(r"\bstabb\w*|\bknife", re.IGNORECASE),
    "kidnapping": re.compile(r"\bkidnap\w*|\babduct\w*|\bhostage", re.IGNORECASE),
    "arson": re.compile(r"\barson|\bset (?:the \w+ )?ablaze|set on fire|\bablaze", re.IGNORECASE),
}  # fmt: skip
MAX_TYPES = 3
MAX_SENTENCES = 40
LEAD_SENTENCES = 3
#: Minimum weighted trigger hits for a category to be reported.
MIN_SCORE = 2.0


def classify_event(sentences: list[Sentence], casualties: bool = False) -> list[dict[str, Any]]:
    """Score PLOVER categories by trigger hits, lead sentences weighted double.

    Args:
        sentences: Sentences of the article, in order.
        casualties: Whether the article reports people killed or injured;
            that is strong evidence of violence, so ASSAULT counts 1.5 times.

    Returns:
        Event types, strongest first; empty when nothing reaches ``MIN_SCORE``.
    """
    scored = []
    for category, pattern in _PATTERNS.items():
        score, evidence, trigger = _score(sentences[:MAX_SENTENCES], pattern)
        if casualties and category == "ASSAULT":
            score *= 1.5
        if score >= MIN_SCORE and evidence is not None:
            scored.append((score, category, evidence, trigger))
    scored.sort(key=lambda item: (-item[0], item[1]))
    text = " ".join(s.text for s in sentences[:MAX_SENTENCES])
    types = []
    for score, category, evidence, trigger in scored[:MAX_TYPES]:
        tags = [t for t, p in _TAGS.items() if p.search(text)] if category == "ASSAULT" else []
        types.append({
            "category": category,
            "cameo_root": _CATEGORIES[category][0],
            "confidence": round(score / (score + 3.0), 3),
            "tags": tags,
            "evidence": {"text": evidence.text, "start": evidence.start, "end": evidence.end},
            "trigger": trigger,
        })  # fmt: skip
    return types


def _score(sentences: list[Sentence], pattern: re.Pattern[str]) -> tuple[float, Sentence | None, str | None]:
    """Weighted hit count, and the sentence and word of the strongest hit."""
    total, best, best_hits, trigger = 0.0, None, 0, None
    for index, sentence in enumerate(sentences):
        hits = pattern.findall(sentence.text)
        if not hits:
            continue
        total += len(hits) * (2.0 if index < LEAD_SENTENCES else 1.0)
        if len(hits) > best_hits:
            best, best_hits, trigger = sentence, len(hits), hits[0].lower()
    return total, best, trigger
