"""Similarity signals between an article and an event profile.

Takes ``ArticleFeatures`` and a stored event profile; emits named signal
scores in [0, 1] and their weighted sum (after Miranda et al. 2018: a TF-IDF
cosine per feature plus a Gaussian on time). Names and places carry most of the
weight because look-alike events (two shootings on one day) share vocabulary
but not victims or towns.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from streams.dedup.features import ArticleFeatures
from streams.dedup.people import person_keys

IdfFn = Callable[[str], float]

# Fitted by logistic regression on oracle candidate pairs of the dev corpora,
# then rounded; "type" is reported but unweighted (nearly every candidate in a
# news stream about one kind of event shares it, so it separates nothing).
DEFAULT_WEIGHTS: dict[str, float] = {
    "text": 0.30,
    "title": 0.15,
    "names": 0.30,
    "places": 0.10,
    "type": 0.0,
    "time": 0.15,
    "street": 0.10,
    "person": 0.10,
}
# Signals that only add to a score the content already supports (see ``_one``).
CORROBORATING = ("street", "person")
CONFLICT_KM = 80.0


@dataclass(frozen=True)
class Scoring:
    """Weights of the signals, the join threshold and the time scale.

    ``min_text_unanchored`` is the text cosine an article needs to join an
    event with which it shares no name and no (non-boilerplate) place.

    ``dormant_threshold`` is the score a dormant event (idle for longer than
    the window) needs, above the usual threshold: after a week of silence a
    new article is less likely to be about it.

    ``time_sigma_days`` is one day: reports of one incident fall within a day
    or two of its span (its first ``anchor_days``), while the same town's next
    shooting two days later is another event (GVA dev: sigma 2 -> 1 moved
    precision 0.946 -> 0.960 at equal F1).

    The place-conflict penalty is small on purpose: geocoding of local towns is
    noisy (a quarter of true same-incident pairs on the GVA dev set show a
    "conflict"), so a distant town only tips close calls. Different streets
    in two reports from one town (``street_conflict_penalty``) are a finer
    sign of two incidents, and so are people of different ages
    (``age_conflict_penalty``: GVA dev 0.10 moved precision 0.971 -> 0.981,
    F1 0.926 -> 0.929, ECB+ unchanged).

    A place conflict is void when the article's places share at least
    ``shared_places_no_conflict`` (cosine) with the event's: the primary
    location is one pick among the towns a report names, often the hospital's
    or a wrong geocode, while a report naming the event's towns as much as the
    event does tells of that place (GVA dev: recall 0.8909 -> 0.8922, precision
    0.9802 -> 0.9798; ECB+ F1 0.8747 -> 0.8762).

    ``anchor_days``: the time signal is full only within an event's first
    days, when its incident is reported. Follow-ups (an arrest, a funeral)
    still join on their content, but no longer stretch that window; otherwise
    one city's daily shootings chain into one event, each report a day after
    the last (GVA dev: one "event" of 21 incidents over 40 days).

    ``follow_up_threshold`` is the score a follow-up headline (an arrest,
    charges: ``ArticleFeatures.follow_up``) needs to join a live event, when
    its text shares at least ``follow_up_min_text`` with it and no street or
    age conflicts (GVA dev: recall 0.889 -> 0.891 at equal precision 0.980,
    ECB+ F1 0.873 -> 0.875).
    """

    weights: Mapping[str, float]
    threshold: float = 0.22
    time_sigma_days: float = 1.0
    conflict_penalty: float = 0.05
    year_penalty: float = 0.15
    min_content: float = 0.10
    min_text_unanchored: float = 0.6
    dormant_threshold: float = 0.3
    street_conflict_penalty: float = 0.10
    anchor_days: float = 3.0
    age_conflict_penalty: float = 0.10
    follow_up_threshold: float = 0.18
    follow_up_min_text: float = 0.10
    shared_places_no_conflict: float = 0.5


def cosine(a: Mapping[str, float], b: Mapping[str, float], idf: IdfFn, prefix: str = "") -> float:
    """TF-IDF cosine of two bags; IDF looked up under ``prefix + term``."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(w * large[t] * idf(prefix + t) ** 2 for t, w in small.items() if t in large)
    if dot <= 0.0:
        return 0.0
    na = math.sqrt(sum((w * idf(prefix + t)) ** 2 for t, w in a.items()))
    nb = math.sqrt(sum((w * idf(prefix + t)) ** 2 for t, w in b.items()))
    return min(1.0, dot / (na * nb))


def time_signal(day: float | None, span: list[float] | None, sigma: float, anchor_days: float) -> float:
    """Gaussian of the distance in days between the article and the event's span,
    of which only the first ``anchor_days`` count (see ``Scoring``).

    Unknown times give 0.5: no evidence either way.
    """
    if day is None or not span:
        return 0.5
    lo, hi = span[0], min(span[1], span[0] + anchor_days)
    gap = 0.0 if lo <= day <= hi else min(abs(day - lo), abs(day - hi))
    return math.exp(-(gap**2) / (2.0 * sigma**2))


def report_time_signal(art: ArticleFeatures, profile: Mapping[str, Any], scoring: Scoring) -> float:
    """The time signal of an article against an event, days of one kind compared.

    A report's day is the incident's where it states one, else its
    publication, often a day or three later ("Saturday's shooting" in
    Monday's paper, or a report that names no day). Where the article or
    every report of the event gives only a publication day, a stated day
    set against a publication day looks days apart though the papers came
    out together, so publication days are also compared with publication
    days and the nearer counts. Two stated days are compared alone: a
    look-alike incident reported on the same day names another day (GVA dev
    half A B-cubed F1 0.9006 -> 0.9015, half B 0.9333 -> 0.9358, counts
    unchanged; ECB+ 0.911 unchanged).
    """
    sigma, anchor = scoring.time_sigma_days, scoring.anchor_days
    told = time_signal(art.day, profile.get("span"), sigma, anchor)
    published = profile.get("published")
    # a profile stored before publication days were kept counts as stated
    both_stated = art.stated_day is not None and profile.get("stated", True)
    if art.published_day is None or not published or both_stated:
        return told
    return max(told, time_signal(art.published_day, published, sigma, anchor))


def haversine_km(a: Mapping[str, Any], b: Mapping[str, Any]) -> float | None:
    """Great-circle distance between two geocoded locations, or None."""
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _fine(loc: Mapping[str, Any] | None) -> bool:
    """A location precise enough to tell two events apart (a town or a place)."""
    return loc is not None and loc.get("kind") in ("city", "facility", "admin2")


def place_conflict(primary: Mapping[str, Any] | None, event_primaries: list[dict[str, Any]]) -> float:
    """1.0 when the article happened in a town far from every town of the event.

    Only fine-grained primaries count: "Texas" versus "Austin" is no conflict.
    """
    fine = [loc for loc in event_primaries if _fine(loc)]
    if not _fine(primary) or not fine:
        return 0.0
    assert primary is not None
    for loc in fine:
        km = haversine_km(primary, loc)
        if km is None:
            if str(loc.get("name", "")).casefold() == str(primary.get("name", "")).casefold():
                return 0.0
        elif km <= CONFLICT_KM:
            return 0.0
    return 1.0


def year_conflict(
    a: Mapping[str, float], b: Mapping[str, float], day: float | None, span: list[float] | None
) -> float:
    """1.0 when both name years and share none: a look-alike from another year.

    Only when the article or the event has no time: where both are dated the
    time signal already places them, and years in the text are background
    (a suspect's earlier case, a birth year, a page's copyright line).
    """
    if day is not None and span:
        return 0.0
    return 1.0 if a and b and not set(a) & set(b) else 0.0


def street_signals(a: Mapping[str, float], b: Mapping[str, float], idf: IdfFn) -> tuple[float, float]:
    """(shared street, street conflict): both 0 unless both sides name a street."""
    if not a or not b:
        return 0.0, 0.0
    mine = {t for t in a if idf("s:" + t) > 0.0}
    theirs = {t for t in b if idf("s:" + t) > 0.0}
    if not mine or not theirs:
        return 0.0, 0.0
    return (1.0, 0.0) if mine & theirs else (0.0, 1.0)


def age_conflict(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """1.0 when the article and the event both give ages of people and share none."""
    return 1.0 if a and b and not set(a) & set(b) else 0.0


def person_signal(
    people: Mapping[str, float], theirs: Mapping[str, float], day: float | None, span: list[float] | None
) -> float:
    """1.0 when a dated article names a person the dated event's reports named.

    The well-known are in many events (a president, a boxer's every fight)
    that undated look-alikes cannot tell apart; dated reports are compared
    only within the window, or the dormant horizon, so a name there links
    reports weeks apart at most.
    """
    if day is None or not span:
        return 0.0
    return 1.0 if person_keys(people) & person_keys(theirs) else 0.0


def type_signal(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """1 when the article shares an event category with the event, 0.5 if unknown."""
    if not a or not b:
        return 0.5
    return 1.0 if set(a) & set(b) else 0.0


def _one(
    art: ArticleFeatures, profile: Mapping[str, Any], idf: IdfFn, scoring: Scoring
) -> tuple[float, dict[str, float]]:
    sig = {
        "text": cosine(art.terms, profile["terms"], idf),
        "title": cosine(art.title, profile["title"], idf),
        "names": cosine(art.names, profile["names"], idf, "n:"),
        "places": cosine(art.places, profile["places"], idf, "p:"),
        "type": type_signal(art.types, profile["types"]),
        "time": report_time_signal(art, profile, scoring),
        "place_conflict": place_conflict(art.primary, profile.get("primaries") or []),
        "year_conflict": year_conflict(art.years, profile.get("years") or {}, art.day, profile.get("span")),
    }
    sig["person"] = person_signal(art.people, profile.get("people") or {}, art.day, profile.get("span"))
    sig["street"], sig["street_conflict"] = street_signals(art.streets, profile.get("streets") or {}, idf)
    sig["age_conflict"] = age_conflict(art.ages, profile.get("ages") or {})
    score = sum(
        scoring.weights.get(name, 0.0) * value for name, value in sig.items() if name not in CORROBORATING
    )
    content = score - scoring.weights.get("time", 0.0) * sig["time"]
    if content < scoring.min_content:
        # Being reported the same day is no evidence on its own: time only
        # counts once the content says the reports may be about one event.
        score = content
    if sig["text"] + sig["names"] + sig["places"] > 0.0:
        # A shared street or person backs up reports that already look alike; on its
        # own it is a coincidence (a busy avenue, a police spokesman).
        score += sum(scoring.weights.get(name, 0.0) * sig[name] for name in CORROBORATING)
        score -= scoring.street_conflict_penalty * sig["street_conflict"]
        score -= scoring.age_conflict_penalty * sig["age_conflict"]
    sig["anchor"] = 1.0 if sig["names"] > 0.0 or sig["places"] > 0.0 else 0.0
    if not sig["anchor"] and sig["text"] < scoring.min_text_unanchored:
        # Templated copy (earnings tables, price reports) shares its whole
        # vocabulary and day across different companies; without a shared name
        # or place only near-identical text may join, whatever the weights say.
        score = min(score, scoring.threshold - 0.001)
    if sig["places"] >= scoring.shared_places_no_conflict:
        # The article names the event's towns, though its primary location is
        # elsewhere (a hospital's town, a wrong geocode): no sign of another place.
        sig["place_conflict"] = 0.0
    score -= scoring.conflict_penalty * sig["place_conflict"]
    score -= scoring.year_penalty * sig["year_conflict"]
    return score, sig


def signals(
    art: ArticleFeatures, profile: Mapping[str, Any], idf: IdfFn, scoring: Scoring
) -> tuple[float, dict[str, float]]:
    """Score an article against one event profile.

    Returns:
        The weighted score and every signal (rounded to 4 places, so the merge
        explanation is stable and compact).
    """
    score, sig = _one(art, profile, idf, scoring)
    return round(score, 4), {k: round(v, 4) for k, v in sig.items()}
