"""What each article says about an event's counts: one observation per kind.

Takes an article's enriched counts, publication day and headline; emits its
observations (its best figure of each kind with the evidence, or its silence:
a report of the dead naming no one hurt says there were none, weakly), and
keeps at most ``MAX_OBSERVATIONS`` stated and as many silent ones per kind in
an event's state. ``reconcile`` weighs them into the event's counts, and
``toll_updates`` reads later reports as updates; both read an observation's
day, its article's dead and its weight as a lead figure with the helpers at
the end of this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from streams.enrich.count_context import sums_incidents
from streams.enrich.count_ranking import best_count
from streams.enrich.numbers import ORDINAL_VALUES
from streams.enrich.ordinal_victims import ORDINAL, ORDINAL_HURT
from streams.enrich.sentences import LEAD_CHARS
from streams.enrich.survivor_phrases import DIED_OF_WOUNDS

MAX_OBSERVATIONS = 24
SILENT = "silent"
#: A headline marked as an update ("UPDATE: Six shot in drive-by", "Four men shot near
#: the park (updated)", "Live updates: ..."): written after the first count, which it
#: revises. A label, not the word in a sentence ("Family gives update on recovery").
_UPDATE = re.compile(r"(?:^|[\[(|:\-\u2013]\s*)(?:live\s+)?updated?s?\s*(?:[:\])|\-\u2013]|$)", re.IGNORECASE)
#: News of a death since the shooting, besides the enrichment's death after a
#: wound (:data:`streams.enrich.survivor_phrases.DIED_OF_WOUNDS`: "has died", "died of
#: his injuries", "succumbed"): a headline's present tense of one hurt, "Man wounded
#: in Elm Street shooting dies", "dies days after". Not a bare "dies": "Mother of
#: three dies after nightclub shooting" may name one of the dead already counted.
_DIES_OF_WOUNDS = re.compile(
    r"\b(?:(?:wounded|injured|hurt|shot)\b[^.;]{0,60}?\bdies"
    r"|dies\b[^.;]{0,40}?\b(?:days|weeks|months) after)\b",
    re.IGNORECASE,
)


def article_observations(
    article_id: str, counts: list[dict[str, Any]], day: float | None = None, title: str | None = None
) -> list[dict[str, Any]]:
    """One observation per kind from an article's counts: its best figure.

    ``day`` is when the article was published (days since the epoch), which
    orders reports for the "latest report" tie rule whatever order they
    arrive in (feeds list the newest first). A ``title`` that sums several
    incidents ("10 dead, 23 wounded in Chicago shootings") marks a round-up,
    whose figures weigh ``reconcile.ROUNDUP_WEIGHT``: its best figure is often another
    incident's or the night's total, even when it joined this event for the one
    it tells of (GVA dev over gold incidents 663 -> 667 of 780, 4 fixed, none broken;
    police blotters and news briefs, 676 -> 677).

    The best figure is the enrichment's (``best_count``: the first of its kind
    in ``finalize_counts`` order, which ranks the article's own figures before
    background tallies, stated before inferred, exact before vague), not the
    highest one: a text often quotes wider tallies ("five shot" when two of
    them died, last year's toll) that are not this event's figure.
    """
    usable = [c for c in counts if _usable(c)]
    observations = []
    for kind in sorted({str(c["kind"]) for c in usable}):
        count = best_count(usable, kind)
        if count is None:
            continue
        observations.append(_observation(article_id, kind, count, day))
    for obs in observations:
        if obs["kind"] == "killed" and _died_since(obs["evidence"]["text"]):
            obs["since"] = True  # news of a death since (toll_updates.deaths_since)
        if _ordinal(obs["evidence"]["text"]) == obs["value"]:
            obs["ordinal"] = True  # one more victim than a count before (toll_updates.one_more)
    if title and sums_incidents(title):
        for obs in observations:
            obs["roundup"] = True
    if title and _UPDATE.search(title):
        for obs in observations:
            obs["update"] = True  # its tied wounded figure stands (reconcile._more_found)
    killed = next((obs for obs in observations if obs["kind"] == "killed"), None)
    injured = next((obs for obs in observations if obs["kind"] == "injured"), None)
    if killed is not None and injured is None:
        # Its report of the dead is where the article says who was hurt.
        injured = {**killed, "kind": "injured", "value": 0, "qualifier": SILENT}
        observations.append(injured)
    elif injured is not None and killed is None and injured["value"] > 0:
        # Its report of the wounded is where it says who died: a stray death it
        # recalls deep in the body (another shooting nearby) does not outvote it.
        observations.append({**injured, "kind": "killed", "value": 0, "qualifier": SILENT})
    if injured is not None:
        # Its wounded are read against its own dead once the toll is known; kept here
        # because an event keeps only MAX_OBSERVATIONS figures of the dead.
        injured["dead"] = _dead_beside(usable, injured, killed)
    return sorted(observations, key=lambda obs: obs["kind"])


def _ordinal(sentence: str) -> int | None:
    """The ordinal of a victim a sentence tells of ("a fifth victim was found later at a
    hospital", "a third victim died": 5, 3), read by the enrichment's own patterns
    (:mod:`streams.enrich.ordinal_victims`), if any."""
    found = ORDINAL_HURT.search(sentence) or ORDINAL.search(sentence)
    if found is None:
        return None
    return ORDINAL_VALUES[(found.group("num") or found.group("nth")).lower()]


def _died_since(sentence: str) -> bool:
    """Whether a sentence tells of a death since the shooting (``_DIES_OF_WOUNDS``)."""
    return bool(DIED_OF_WOUNDS.search(sentence) or _DIES_OF_WOUNDS.search(sentence))


def _dead_beside(usable: list[dict[str, Any]], injured: dict[str, Any], killed: dict[str, Any] | None) -> int:
    """The dead an article's wounded figure is read against once the event's toll
    is known (``toll_updates.wounded_who_died``): those stated exactly in the same
    sentence as an exact wounded figure, which counted the two together when it
    was written ("a shooting that left one dead and three injured", its best
    figure of the dead two from a later sentence: four hit, so two hurt once two
    died), else its best figure of the dead. Not an unnumbered victim's or a
    vague figure: a sentence that names "the man" beside "at least three hurt"
    states no pair (GVA dev over gold incidents 711 -> 712 of 780, predicted
    clusters 698 -> 699, 1 fixed, none broken)."""
    fallback = int(killed["value"]) if killed is not None else 0
    if injured["inferred"] or injured["qualifier"] != "exact":
        return fallback
    where = injured["evidence"]
    beside = (
        int(count["value"])
        for count in usable
        if count["kind"] == "killed"
        and not count.get("inferred")
        and (count.get("qualifier") or "exact") == "exact"
        and _same_sentence(count.get("evidence") or {}, where)
    )
    return next(beside, fallback)


def _same_sentence(evidence: dict[str, Any], where: dict[str, Any]) -> bool:
    """Whether a count's evidence is the sentence an observation cites: the same
    start in the same field (a headline's offsets index the title)."""
    in_title = evidence.get("field") == "title"
    return in_title == (where.get("field") == "title") and int(evidence.get("start", -1)) == where["start"]


def _observation(article_id: str, kind: str, count: dict[str, Any], day: float | None) -> dict[str, Any]:
    """An observation whose evidence says where it is: offsets into the article's
    text, or into its title when ``field`` says so (a headline's figure)."""
    evidence = count.get("evidence") or {}
    where = {
        "article_id": article_id,
        "text": str(evidence.get("text", "")),
        "start": int(evidence.get("start", 0)),
        "end": int(evidence.get("end", 0)),
    }
    if evidence.get("field") == "title":
        where["field"] = "title"
    return {
        "kind": kind,
        "value": count["value"],
        "qualifier": count.get("qualifier") or "exact",
        "evidence": where,
        "day": day,
        "inferred": bool(count.get("inferred")),
    }


def _usable(count: dict[str, Any]) -> bool:
    value = count.get("value")
    return isinstance(count.get("kind"), str) and isinstance(value, int) and value >= 0


def add_observations(store_obs: dict[str, list[dict[str, Any]]], observations: list[dict[str, Any]]) -> None:
    """Append observations per kind, keeping at most ``MAX_OBSERVATIONS`` stated and as
    many silent ones each (silent votes never crowd out a later stated figure)."""
    for obs in observations:
        bucket = store_obs.setdefault(obs["kind"], [])
        silent = obs["qualifier"] == SILENT
        if sum((o["qualifier"] == SILENT) == silent for o in bucket) < MAX_OBSERVATIONS:
            bucket.append({k: v for k, v in obs.items() if k != "kind"})


def weighs_as_lead(obs: dict[str, Any]) -> bool:
    """Whether an observation's figure is in its article's headline or lead, or
    is marked to weigh as one (``toll_updates.one_more``)."""
    evidence = obs["evidence"]
    return evidence.get("field") == "title" or evidence["start"] < LEAD_CHARS or bool(obs.get("as_lead"))


def report_day(obs: dict[str, Any]) -> float:
    """When the observation's article was published; undated ones count as earliest."""
    day = obs.get("day")
    return float(day) if isinstance(day, int | float) else float("-inf")


def dead_of(killed: list[dict[str, Any]]) -> Callable[[dict[str, Any]], int]:
    """The dead of an injured observation's own article: carried on it, or (state
    written before observations carried it) read from its article's killed one."""
    by_article = {obs["evidence"]["article_id"]: obs["value"] for obs in killed}
    return lambda obs: int(obs.get("dead", by_article.get(obs["evidence"]["article_id"], 0)))


def voted(obs: dict[str, Any]) -> int:
    """The figure an observation votes for: a silent one votes for none."""
    return 0 if obs["qualifier"] == SILENT else int(obs["value"])
