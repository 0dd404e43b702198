"""How later reports revise an event's toll and its wounded.

Takes an event's count observations (``observations.article_observations``)
and the toll the vote chose; emits them as they stand once later reports are
read as updates: a report written before its wounded died, a later report of
more dead among as many people hit, news of a death since the shooting, a
victim told by ordinal days after a count of one fewer. ``reconcile`` applies
them around its vote.
"""

from __future__ import annotations

import math
from typing import Any

from streams.dedup.observations import SILENT, dead_of, report_day, voted, weighs_as_lead


def one_more(stated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``stated``, a victim told by ordinal marked to weigh as a lead figure when a
    headline or lead published on an earlier calendar day counted one fewer: "Four
    wounded in drive-by", then days later "A fifth victim was found later at a
    hospital" deep in a body is the update, not a stray (GVA dev over gold
    incidents 715 -> 716 of 780, predicted clusters 701 -> 702, 1 fixed, none
    broken). An ordinal deep in the body of a report with no such earlier count
    ("neighbors said a fourth person was also shot") stays a body figure."""
    counted = [
        (obs["value"], math.floor(report_day(obs)))
        for obs in stated
        if weighs_as_lead(obs) and report_day(obs) != float("-inf")
    ]
    return [
        {**obs, "as_lead": True}
        if obs.get("ordinal")
        and report_day(obs) != float("-inf")
        and any(value == obs["value"] - 1 and day < math.floor(report_day(obs)) for value, day in counted)
        else obs
        for obs in stated
    ]


def wounded_who_died(
    injured: list[dict[str, Any]], killed: list[dict[str, Any]], toll: int
) -> list[dict[str, Any]]:
    """Injured observations as they stand once the event's toll is known.

    A report of fewer dead than the toll was written before some of its
    wounded died. When all its wounded fit in the difference ("a man was
    shot", then "the man died") it says nothing about anyone else hurt, and
    turns silent. Unless an article that gives the whole toll also names
    survivors: then the wounded did not all die, and an early report with
    more wounded than the difference ("seven shot", then "one killed, six
    wounded") counts those who died since out of its figure (GVA dev over gold
    incidents 653 -> 657 of 780, 5 fixed, 1 broken).
    """
    dead = dead_of(killed)
    stated = [obs for obs in injured if obs["qualifier"] != SILENT]
    survivors_known = any(dead(obs) == toll and obs["value"] > 0 for obs in stated)
    out = []
    for obs in injured:
        died_since = toll - dead(obs)
        if obs["qualifier"] != SILENT and died_since > 0:
            if not survivors_known and obs["value"] <= died_since:
                obs = {**obs, "value": 0, "qualifier": SILENT}
            elif survivors_known and obs["value"] > died_since:
                obs = {**obs, "value": obs["value"] - died_since}
        out.append(obs)
    return out


def later_deaths(
    store_obs: dict[str, list[dict[str, Any]]], killed: dict[str, Any] | None, injured: dict[str, Any] | None
) -> tuple[int, int] | None:
    """The dead and hurt of a report published after every report of the voted
    pair that counts more dead among as many people hit: "one killed, one hurt"
    twice, then "Second victim dies" (two dead, none hurt) is an update, a
    wounded victim who died, whatever the earlier reports' number (GVA dev over
    gold incidents 683 -> 686 of 780, 3 fixed, none broken). The later report
    must state its dead exactly. None when no report updates the pair."""
    dead_now = killed["value"] if killed is not None else 0
    hurt_now = injured["value"] if injured is not None else 0
    exact = {
        obs["evidence"]["article_id"] for obs in store_obs.get("killed", []) if obs["qualifier"] == "exact"
    }
    dead_in = dead_of(store_obs.get("killed", []))
    reports = [
        (dead_in(obs), voted(obs), report_day(obs), obs["evidence"]["article_id"])
        for obs in store_obs.get("injured", [])
    ]
    told = [day for dead, hurt, day, _ in reports if (dead, hurt) == (dead_now, hurt_now)]
    if not told:
        return None
    later = [
        (day, dead, hurt)
        for dead, hurt, day, article_id in reports
        if day > max(told) and dead > dead_now and dead + hurt == dead_now + hurt_now and article_id in exact
    ]
    return max(later)[1:] if later else None


def deaths_since(
    voting: dict[str, list[dict[str, Any]]], toll: int
) -> tuple[dict[str, list[dict[str, Any]]], int] | None:
    """The observations and the toll once a report of deaths since the shooting
    counts on top of the voted toll: "two boys killed, their father critical",
    then a week later "Man who shot his sons has died" (one dead, in a headline as
    weighty as the first), or a follow-up telling that a wounded man "died of his
    injuries". Its figure is the newly dead, not the toll, when it is lower than
    the toll, it was published on a later calendar day than every report of the
    toll, and one of those named at least as many wounded, who could have died
    since; else it restates the toll ("Girl dies in shooting"). Its article's dead
    become the toll plus its figure, and its wounded are read against them (GVA
    dev over gold incidents 713 -> 715 of 780, predicted clusters 699 -> 701, 2
    fixed, none broken). None when no report does."""
    killed = voting["killed"]
    told = [obs for obs in killed if obs["qualifier"] != SILENT and obs["value"] == toll]
    if any(report_day(obs) == float("-inf") for obs in told):
        return None
    last = max(math.floor(report_day(obs)) for obs in told)
    dead = dead_of(killed)
    hurt = [voted(obs) for obs in voting.get("injured", []) if dead(obs) == toll]
    news = next(
        (
            obs
            for obs in killed
            if obs.get("since")
            and obs["qualifier"] == "exact"
            and 0 < obs["value"] < toll
            and report_day(obs) != float("-inf")
            and math.floor(report_day(obs)) > last
            and max(hurt, default=0) >= obs["value"]
        ),
        None,
    )
    if news is None:
        return None
    article, now = news["evidence"]["article_id"], toll + news["value"]
    revised = {**voting, "killed": [{**obs, "value": now} if obs is news else obs for obs in killed]}
    if "injured" in voting:
        revised["injured"] = [
            {**obs, "dead": now} if obs["evidence"]["article_id"] == article else obs
            for obs in voting["injured"]
        ]
    return revised, now
