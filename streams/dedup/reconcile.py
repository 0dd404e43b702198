"""Reconcile casualty and other counts across an event's articles.

Takes count observations (one per article and kind, duplicates excluded since a
copy is not independent support); emits the event-level counts with their
evidence, support (how many articles state the figure; none for a toll summed
from news of a death since, which no article states) and the other figures
seen. The figure with the most support wins, an exact figure counting twice as
much as a vague one ("over 130" then "137" gives 137), and a figure from the
headline or the lead (its first ``LEAD_CHARS``) twice as much as one from
deeper in the body, where an article retells other incidents and partial groups
("a man was killed on the same block last week"; GVA dev over gold incidents:
630 -> 640 of 780, 17 incidents fixed and 7 broken). A tie goes to the higher
figure for kinds that grow as an event unfolds (tolls rise as the injured die
and victims are found) and to the latest report (by publication time; not a
retelling weeks after the first report) for kinds that shrink (an injured
victim who dies leaves the injured count, which the later report has seen; more
wounded are found; GVA dev: ties between stated injured figures went to the
latest report's figure right 33 times of 69, to the lower one 27), but to the
higher wounded figure when the tied reports count as many dead (no one died
between them; more wounded turned up), unless the latest report's headline says
it is an update (it revised the first count on purpose); a stated figure, even
deep in a body, beats a single silent report on a tie.

An article that reports the dead but names no injured votes, as weakly as a
vague figure, that there were none: the first report of "a man shot" is
outvoted by the later ones that say he died and name no one else hurt. An
article that reports the wounded but no dead votes the same way for the dead,
but silence never outweighs a death in a headline or lead (silence is capped
at one exact figure's weight, and ties go to the higher toll): reports of the
wounded say nothing against a death reported later, only against a stray one
recalled deep in a body (GVA dev over gold incidents 647 -> 651 of 780, 4
fixed, none broken). Likewise a report of fewer dead than the
event's toll whose wounded all fit in the difference was written before they
died, and votes the same way, unless another article gives the whole toll and
survivors beside it; the figures it stated stay among the revisions. Silence
about the wounded in reports published before any headline or lead named them
counts half: those reports were written before the wounded were known. A later
report of fewer dead that tells of deaths since ("has died", "died of his
injuries") tells of new deaths, on top of the toll (``deaths_since``), and a
victim told by ordinal days after a count of one fewer ("a fifth victim was
found later") weighs as a lead figure (``one_more``). A figure
outvoted by silence leaves the kind out of the event's counts. (GVA dev, incidents
with two or more articles, reconciled over the gold incidents: killed and
injured both right 0.715 -> 0.737 with the first vote, 0.759 -> 0.778 with
the second on the enrichment of the next round.)
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from streams.dedup.observations import SILENT, report_day, weighs_as_lead
from streams.dedup.toll_updates import deaths_since, later_deaths, one_more, wounded_who_died

KIND_ORDER = ("killed", "injured", "arrested", "missing", "kidnapped", "displaced", "affected")
SHRINKING_KINDS = frozenset({"injured", "missing"})
QUALIFIER_WEIGHT = {"exact": 1.0, "at_least": 0.5, "about": 0.5, "at_most": 0.5, "silent": 0.5}
#: A report of the dead naming no one hurt outweighs one wounded figure deep in
#: another report's body, which on GVA dev was a stray more often than not
#: ("neighbors said a fourth person was also shot", last year's victim; over gold
#: incidents 659 -> 663 of 780, 5 fixed, 1 broken). Silence about the dead stays
#: at 0.5: raising it too outvoted real deaths stated late in a body.
SILENT_INJURED_WEIGHT = 0.55
MAX_SILENCE = 1.0
#: Reports naming no wounded that were published before the first one naming
#: some in its headline or lead were written before the wounded were known
#: ("three killed", then "Fourth victim escaped, recovering from wounds"): their
#: silence counts this much (GVA dev over gold incidents 701 -> 702 of 780, 1
#: fixed, none broken; not against a figure deep in a body, often a stray).
EARLY_SILENCE_WEIGHT = 0.5
#: Days after the first report past which a report retells the event rather
#: than updates its count (:func:`_by_freshness`).
RETOLD_DAYS = 30.0
BODY_WEIGHT = 0.5
INFERRED_WEIGHT = 0.6
ROUNDUP_WEIGHT = 0.5


def _reconcile_kind(
    kind: str,
    seen: list[dict[str, Any]],
    shown: list[dict[str, Any]] | None = None,
    decided: int | None = None,
) -> dict[str, Any] | None:
    """Pick the winning figure of one kind and list the others as revisions.

    ``shown`` are the observations as the articles stated them, when votes
    were derived from them; their figures are the revisions. ``decided`` is a
    figure chosen by other means (:func:`later_deaths`), not by the vote. None
    when silence wins: no stated figure of the kind is well supported.
    """
    stated = one_more([obs for obs in seen if obs["qualifier"] != SILENT])
    support: dict[int, int] = defaultdict(int)
    weight: dict[int, float] = defaultdict(float)
    for obs in stated:
        support[obs["value"]] += 1
        weight[obs["value"]] += QUALIFIER_WEIGHT.get(obs["qualifier"], 0.5) * _evidence_weight(obs)
    silent_weight = SILENT_INJURED_WEIGHT if kind == "injured" else QUALIFIER_WEIGHT[SILENT]
    silence = sum(
        silent_weight * _evidence_weight(obs) * _silence_weight(kind, obs, stated)
        for obs in seen
        if obs["qualifier"] == SILENT
    )
    if silence:
        # Silence is weak however often it is repeated: many early reports that name
        # no one hurt never outweigh later ones that all give a figure.
        weight[0] += min(silence, MAX_SILENCE)
    if decided is not None:
        value = decided
    elif kind in SHRINKING_KINDS:
        latest = {stated[i]["value"]: rank for rank, i in enumerate(_by_freshness(stated))}
        value = _more_found(max(weight, key=lambda v: (weight[v], latest.get(v, -1))), weight, stated)
    else:
        value = max(weight, key=lambda v: (weight[v], v))
    if not support[value]:
        return None
    chosen = next(obs for obs in stated if obs["value"] == value)
    exact = [obs for obs in stated if obs["value"] == value and obs["qualifier"] == "exact"]
    chosen = exact[0] if exact else chosen
    revisions, listed = [], {value}
    for obs in shown if shown is not None else stated:
        if obs["qualifier"] != SILENT and obs["value"] not in listed:
            listed.add(obs["value"])
            revisions.append(
                {"value": obs["value"], "qualifier": obs["qualifier"], "evidence": obs["evidence"]}
            )
    return {
        "kind": kind,
        "value": value,
        "qualifier": chosen["qualifier"],
        "evidence": chosen["evidence"],
        "support": support[value],
        "revisions": revisions,
    }


def _by_freshness(stated: list[dict[str, Any]]) -> list[int]:
    """Indices of ``stated`` from the stalest report to the freshest: by publication
    day, then arrival, but a report published more than ``RETOLD_DAYS`` after the
    first one ranks before all the others. The latest report wins a tie because it
    has seen what the first count missed (a victim who died, wounded found later);
    a retelling weeks on (a trial, a sentencing, an anniversary) restates the
    figure from charges or memory, not a fresher count ("three others wounded",
    then at sentencing "killed one and injured four"; GVA dev over gold incidents
    708 -> 710 of 780, 2 fixed, none broken; predicted clusters identical)."""
    first = min((day for obs in stated if (day := report_day(obs)) != float("-inf")), default=0.0)
    return sorted(
        range(len(stated)),
        key=lambda i: (report_day(stated[i]) - first <= RETOLD_DAYS, report_day(stated[i]), i),
    )


def _more_found(value: int, weight: dict[int, float], stated: list[dict[str, Any]]) -> int:
    """The higher of the wounded figures tied with ``value`` (the latest report's)
    when every report of them counts as many dead: no wounded victim died between
    them, so the later report has not lost anyone to the toll, and more wounded
    turn up at hospitals after a first count ("six other men were wounded", then
    "three dead and seven others injured"; GVA dev over gold incidents 702 -> 706
    of 780, 6 fixed, 2 broken). Unless the higher exceeds it by just the dead, a
    sign that it counted the dead among the wounded ("four shot, one killed", then
    "one killed, four injured"), or the latest report's headline says it is an
    update ("Seven wounded", then "UPDATE: Six shot"): it revised the first count
    on purpose (GVA dev over gold incidents 706 -> 707 of 780, 1 fixed, none broken)."""
    tied = [v for v in weight if weight[v] == weight[value]]
    dead = {obs.get("dead") for obs in stated if obs["value"] in tied}
    if len(tied) < 2 or len(dead) != 1 or None in dead or max(tied) - value == next(iter(dead)):
        return value
    if any(obs.get("update") for obs in stated if obs["value"] == value):
        return value
    return max(tied)


def _silence_weight(kind: str, silent: dict[str, Any], stated: list[dict[str, Any]]) -> float:
    """``EARLY_SILENCE_WEIGHT`` for a silent report of the wounded or missing
    (``SHRINKING_KINDS``, whose figures later reports revise) published on an
    earlier day than every report stating a figure in its headline or lead
    (calendar days: reports of one morning were written with what was known
    that day); else 1, and for an undated report, whose day is unknown. In the
    clusterer an undated article's day is its key's watermark when it came."""
    day = report_day(silent)
    if kind not in SHRINKING_KINDS or day == float("-inf"):
        return 1.0
    first = min((report_day(obs) for obs in stated if weighs_as_lead(obs)), default=float("-inf"))
    if first == float("-inf"):
        return 1.0
    return EARLY_SILENCE_WEIGHT if math.floor(day) < math.floor(first) else 1.0


def _evidence_weight(obs: dict[str, Any]) -> float:
    """1 for a number stated in the headline or the lead, ``BODY_WEIGHT`` deeper in
    the body, and ``INFERRED_WEIGHT`` of that for a figure inferred from an
    unnumbered victim (the enrichment's ``inferred``: "the man died"; GVA dev over
    gold incidents 654 -> 659 of 780): a text that gives a number has counted.
    Such a victim is often a reading of a passing mention ("she was taken to a
    hospital" of a girl who died there, a relative hurt years ago): at 0.6 of a
    number rather than 0.75, two of them no longer outvote the silence of many
    reports of the dead alone (GVA dev over gold incidents 710 -> 711 of 780,
    predicted clusters 694 -> 696, none broken; 0.55 to 0.65 alike).

    A headline's offsets index the title, which may run past ``LEAD_CHARS``.
    """
    weight = (1.0 if weighs_as_lead(obs) else BODY_WEIGHT) * (INFERRED_WEIGHT if obs.get("inferred") else 1.0)
    return weight * (ROUNDUP_WEIGHT if obs.get("roundup") else 1.0)


def _another_items_death(obs: dict[str, Any]) -> bool:
    """Whether a figure of the dead is deep in the body of a round-up (a news-briefs
    page, a weekend's tally): such a page tells of this event in its lead or its
    own item, and a death further down is another item's ("Death of toddler
    probed" among the briefs). Left out of the vote: on GVA dev such figures
    were never the event's toll (none of 3 seen; predicted clusters 693 -> 694
    of 780, 1 fixed, none broken). A round-up's wounded deep in its body were
    right more often (3 of 4 seen) and still vote."""
    return bool(obs.get("roundup")) and obs["qualifier"] != SILENT and not weighs_as_lead(obs)


def _without_other_items_deaths(
    store_obs: dict[str, list[dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """The observations that vote: no round-up's death of another item
    (``_another_items_death``), nor that death carried as its page's dead on the
    page's wounded figure, which the wounded-who-died and later-deaths rules read."""
    killed = store_obs.get("killed", [])
    voting = {**store_obs, "killed": [obs for obs in killed if not _another_items_death(obs)]}
    set_aside = {obs["evidence"]["article_id"] for obs in killed if _another_items_death(obs)}
    if set_aside and "injured" in voting:
        voting["injured"] = [
            {**obs, "dead": 0} if obs["evidence"]["article_id"] in set_aside else obs
            for obs in voting["injured"]
        ]
    return voting


def reconcile(store_obs: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Event-level counts, in a fixed order of kinds."""
    order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    voting = _without_other_items_deaths(store_obs)
    stated_dead = voting.get("killed", [])  # as the articles state them: the revisions
    kinds = [k for k in sorted(voting, key=lambda k: (order.get(k, len(order)), k)) if voting[k]]
    found: dict[str, dict[str, Any] | None] = {}
    toll = None
    for kind in kinds:
        seen = voting[kind]
        if kind == "injured" and toll is not None:
            # killed comes first in KIND_ORDER, so the toll is known here
            count = _reconcile_kind(kind, wounded_who_died(seen, voting["killed"], toll), shown=seen)
        else:
            count = _reconcile_kind(kind, seen)
        if kind == "killed" and count is not None:
            toll = count["value"]
            since = deaths_since(voting, toll)
            if since is not None:
                voting, toll = since
                count = _reconcile_kind(kind, voting["killed"], shown=stated_dead, decided=toll)
                if count is not None:
                    # No article states the sum: its evidence is the news of the death
                    # since, its revisions the figures stated, and it has no support.
                    del count["support"]
        found[kind] = count
    update = later_deaths(voting, found.get("killed"), found.get("injured"))
    if update is not None:
        found["killed"] = _reconcile_kind("killed", voting["killed"], shown=stated_dead, decided=update[0])
        found["injured"] = (
            _reconcile_kind("injured", voting["injured"], decided=update[1]) if update[1] else None
        )
    return [count for kind in kinds if (count := found.get(kind)) is not None]
