"""Settle and order counts: the output list of an article's figures.

Takes raw count records from :mod:`streams.enrich.counts`; emits the output
list, each kind's best figure first in the order
:mod:`streams.enrich.count_ranking` defines (whose ``best_value`` the
evaluation and downstream reconciliation read), after settling what the
records tell together: the dead among the hurt, the hurt derived from those
shot, other incidents' figures dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from streams.enrich.count_ranking import bound_first, rank, top_count
from streams.enrich.hurt_people import (
    hurt_suspect_apart,
    named_one_by_one,
    one_victim,
    part_of_the_hurt,
    victim_figures,
    whole_group_died,
)
from streams.enrich.more_dead import more_dead
from streams.enrich.numbers import parse_number
from streams.enrich.survivor_phrases import OTHER_PEOPLE

_INTERNAL = ("single", "others", "background", "ordinal", "recalled", "lived")
_CASUALTY = ("killed", "injured", "shot")
_ALSO = re.compile(r"\balso (?:\w+ )?(?:injured|wounded|hurt|shot)\b", re.IGNORECASE)
#: The dead counted among the hurt: "one of the victims later died", "two of
#: them died", "twelve people were injured, two of whom later died", "one of
#: the four was pronounced dead", "one shooting victim has died" (not "one
#: victim was pronounced dead", told beside the hurt); the whole group: "the
#: three died", "both men died"; "of the five wounded, two have died". Not "all
#: of them" (how many is the group's figure), nor "including one who later died",
#: which the patterns already take off the hurt.
_DIED_AMONG = re.compile(
    r"(?:\b(?P<num>one|two|three|four|five|six|both|\d{1,2}) of (?:them|whom|those|these|"
    r"the (?:[\w-]{1,20} ){0,2}?(?:victims|people|persons|men|women|injured|wounded|hurt|patients|children|"
    r"kids|teens|teenagers|boys|girls|officers|passengers|workers|students)|"
    # not across a relative clause: "one of the four, whose husband died in a crash"
    r"(?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}))\b"
    r"(?:(?:(?!\b(?:who|whose|whom|which)\b)[^.;]){0,80}?\s)?|"
    r"\b(?:the|all|all of the) (?P<all>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"(?: (?:victims|people|men|women|children|teens|boys|girls))? |"
    r"\b(?P<both>both)(?: (?:victims|men|women|children|teens|boys|girls|of them))? |"
    r"\b(?P<victim>one|a|1) (?:[\w-]{1,20} )?victim (?=(?:has|had|later|subsequently) )|"
    r"\bof (?:the|those|these) (?:[\w-]{1,20} ){0,3}?"
    r"(?:injured|wounded|hurt|hospitali[sz]ed|victims|people|shot),? "
    r"(?P<of>one|two|three|four|five|six|\d{1,2}) )"
    r"(?:(?:later|has|have|had|since|subsequently|then|also|was|were|been|now)\s+){0,3}"
    r"(?:died|succumbed|pronounced dead|passed away)\b",
    re.IGNORECASE,
)
#: A death after the hurt were counted: "later died", "has since died".
_LATER = re.compile(r"\b(?:later|since|subsequently|has|have|had)\b", re.IGNORECASE)
#: The hurt named as such, not "one of the victims", who may be the dead told beside them.
_OF_HURT = re.compile(
    r"\bof (?:them|whom|the (?:injured|wounded|hurt)|those (?:injured|wounded|hurt))\b", re.I
)
#: Figures of the living, which never count one who died: "two are in stable condition".
_LIVING = re.compile(r"\b(?:condition|recovering|expected to (?:survive|recover)|released)\b", re.IGNORECASE)
#: One more death told apart: "X, 24, was also killed in the shooting"; not
_OUTPUT_KINDS = ("killed", "injured", "arrested", "missing", "displaced", "kidnapped")


def finalize_counts(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Turn raw counts into output counts.

    "N people were shot" becomes an injured count of N minus the killed figure,
    because news says "shot" for both outcomes. It is kept when the article
    states no larger injured figure of its own: "five shot" beats "one victim
    was taken to hospital", which describes one of the five. Duplicates (same kind, value and qualifier) keep
    their first evidence; each kind's best figure comes first. A figure inferred
    from an unnumbered victim says ``inferred``, so that reconciliation across
    articles can weigh it below a stated number.

    Args:
        raw: Records from :func:`streams.enrich.counts.extract_counts`.

    Returns:
        Schema-shaped count records.
    """
    raw = _died_among_hurt(whole_group_died(_settle_ordinals(_own_incident(raw))))
    raw = more_dead(part_of_the_hurt(one_victim(raw)))
    if any(c.get("lived") for c in raw):
        # the text says everyone shot lived: the dead it tells of are not among them
        raw = [{**c, "others": True} if c["kind"] == "shot" else c for c in raw]
    counts = [c for c in raw if c["kind"] != "shot"]
    injured = top_count(counts, "injured")
    shots = [c for c in raw if c["kind"] == "shot"]
    killed = top_count(counts, "killed")
    derived = _derive_injured(top_count(shots, "shot"), killed)
    if derived is None:
        # "a man was shot and died ... another man was also shot": the other one lived
        derived = _derive_injured(top_count([c for c in shots if c.get("others")], "shot"), killed)
    stated = injured["value"] if injured is not None and not injured.get("single") else 0
    if derived is not None and derived["value"] > stated:
        counts.append(derived)
    if (
        killed is None
        and injured is not None
        and stated
        and OTHER_PEOPLE.search(injured["mention"]["text"])
        and _ALSO.search(injured["evidence"]["text"])
        and _hurt_before(raw, injured)
    ):
        # "a boy is in critical condition ... three others were also wounded": four hurt
        counts.append({**injured, "value": injured["value"] + 1})
    if hurt_suspect_apart(raw):
        # "one officer killed, one injured ... the suspect remained hospitalized": two hurt
        base = top_count(victim_figures(counts), "injured")
        if base is not None:
            counts.append({**base, "value": base["value"] + 1})
    counts.extend(named_one_by_one(raw, counts))
    output: list[dict[str, Any]] = []
    for kind in _OUTPUT_KINDS:
        of_kind = bound_first(sorted((c for c in counts if c["kind"] == kind), key=rank, reverse=True))
        seen: set[tuple[int, str]] = set()
        for count in of_kind:
            if (count["value"], count["qualifier"]) not in seen:
                seen.add((count["value"], count["qualifier"]))
                shaped = {k: v for k, v in count.items() if k not in _INTERNAL}
                output.append({**shaped, "inferred": True} if count.get("single") else shaped)
    return output


def _hurt_before(raw: list[dict[str, Any]], others: dict[str, Any]) -> bool:
    """Whether a person hurt is told before the "others ... also" hurt: "a boy
    is in critical condition ... three others were also wounded", not "a man
    was arrested ... four others were also injured"."""
    start = others["mention"]["start"]
    return any(
        c["kind"] in ("injured", "shot") and not c.get("background") and c["mention"]["start"] < start
        for c in raw
    )


def _own_incident(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the casualties of other incidents once the article tells of its own.

    Earlier incidents go once the article states a casualty figure of its
    own: "two boys were wounded Thursday ... Last year a girl was killed
    nearby" has no dead (an unnumbered victim is not enough: it may be the
    earlier one retold), or once it tells of any victim of its own when the
    text surely sets the figure apart ("decades earlier", "just last year", a
    teaser told twice; not the lead's nor "the shooting last year", which may
    date the article's own: ``recalled``; a dated lead that tells the article's
    own toll is its own: :func:`_same_toll_dated`). Tallies that name other events go once the article
    tells of any victim of its own: "a boy, 11, was killed ... 13 were injured
    in shootings across the city" has no injured of its own; so do the
    figures of a harm the lead never told of (a scraped sidebar's crash in a
    shooting's report: :mod:`streams.enrich.harm_causes`) and of a caption
    printed twice that names no one the article names again (``teaser``: "Trooper
    Chad Dermyer passed away from his injuries" atop a bus station shooting). Tallies in the
    headline, which the article is about, tallies over a wide area alone (a
    riot's "40 injured across the city") and two or three incidents set side by
    side stay (outranked): the article's own is among them.
    """
    raw = _same_toll_dated(raw)
    stated = any(c["kind"] in _CASUALTY and not c.get("background") and not c.get("single") for c in raw)
    told = any(c["kind"] in _CASUALTY and not c.get("background") for c in raw)

    def other(count: dict[str, Any]) -> bool:
        why = count.get("background")
        if count["kind"] not in _CASUALTY or why is None:
            return False
        if why == "earlier":
            return stated or (told and bool(count.get("recalled")))
        return why in ("roundup", "cause", "teaser") and told and count["evidence"].get("field") != "title"

    return [c for c in raw if not other(c)]


def _same_toll_dated(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A dated sentence that tells the article's own toll tells its own incident.

    "Police detail charges in double murder ... Five suspects have been charged
    after a deadly shootout killed two teens and wounded four others last
    summer": a court report dates its own incident so, and the same dead (two
    or more: one death is too common to match by chance) say it is the one the
    article states. Its wounded are the article's too. Not a sentence that
    surely recalls another incident (``recalled``), nor one past the lead: "Two
    men were killed Friday ... Last year, two were killed and three wounded
    nearby" is another shooting."""
    own = {
        c["value"] for c in raw if c["kind"] == "killed" and not c.get("background") and not c.get("single")
    }  # fmt: skip
    body = [c for c in raw if c["kind"] in _CASUALTY and c["evidence"].get("field") != "title"]
    lead = min((c["evidence"]["start"] for c in body), default=None)
    same = {
        c["evidence"]["text"] for c in body
        if c["kind"] == "killed" and c.get("background") == "earlier" and not c.get("recalled")
        and c["evidence"]["start"] == lead and c["value"] >= 2 and c["value"] in own
    }  # fmt: skip
    if not same:
        return raw
    return [
        {k: v for k, v in c.items() if k != "background"}
        if c["evidence"]["text"] in same and c.get("background") == "earlier" and not c.get("recalled")
        else c
        for c in raw
    ]


def _died_among_hurt(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Take the dead out of the hurt when the text says they were among them.

    "Four people were injured ... One of the men later died" is one dead and
    three hurt; "twelve people were injured, two of whom later died" is two
    dead, though the patterns saw an unnumbered death. The group is the figure
    just before the death (in its sentence or the one before; a figure after
    it counts the living), and only
    figures of that size are the same group retold. Figures told beside a
    death ("one dead, four injured"), of "others", of the living ("in stable
    condition") or in an article that states more dead than died among the
    hurt (its deaths are told one by one) already leave the dead out.
    """
    group_text, group, among, hurt, hurt_text, later = "", 0, 0, 0, "", False
    for count in raw:
        text = count["evidence"]["text"]
        if count["kind"] in ("injured", "shot") and not (count.get("single") or count.get("background")):
            died = _died_in(text)
            if died and count["mention"]["start"] - count["evidence"]["start"] > died.start():
                continue  # "one of the four died; the other three were taken to hospital": the living
            group = max(group, count["value"]) if text == group_text else count["value"]
            group_text = text
        elif count["kind"] == "killed" and not count.get("background"):
            died = _died_in(text)
            parsed = parse_number(died[died.lastgroup]) if died and died.lastgroup else None
            if died and parsed and among < parsed[0] <= group:
                among, hurt, hurt_text = parsed[0], group, group_text
                later = (
                    bool(_LATER.search(died.group()) and _OF_HURT.search(died.group())) and text != group_text
                )
    if not among:
        return raw
    dead = [c for c in raw if c["kind"] == "killed" and not c.get("background")]
    beside_death = {c["evidence"]["text"] for c in dead if not _died_in(c["evidence"]["text"])}
    if later and hurt_text in beside_death:
        return _died_later(raw, among, hurt, hurt_text)
    told_apart = any(c["value"] > among and not c.get("single") for c in dead)
    settled = []
    for count in raw:
        text = count["evidence"]["text"]
        if count["kind"] == "killed" and count["value"] < among and _died_in(text):
            count = {**count, "value": among, "single": False}
        elif (
            count["kind"] == "injured"
            and count["value"] == hurt >= among
            and not (told_apart or count.get("others") or count.get("single") or count.get("background"))
            and text not in beside_death
            and not _LIVING.search(count["mention"]["text"])
        ):
            count = {**count, "value": count["value"] - among}
        if count["value"]:
            settled.append(count)
    return settled


@lru_cache(maxsize=256)
def _died_in(text: str) -> re.Match[str] | None:
    """Where a sentence tells of deaths among a group; cached, as every count of
    the sentence asks."""
    return _DIED_AMONG.search(text)


def _died_later(raw: list[dict[str, Any]], among: int, hurt: int, hurt_text: str) -> list[dict[str, Any]]:
    """Move the hurt who later died to the dead told beside them: "a man was
    killed and four were hurt ... one of the injured later died" is two dead
    and three hurt."""
    settled = []
    for count in raw:
        if count["evidence"]["text"] == hurt_text and not count.get("background"):
            if count["kind"] == "killed":
                count = {**count, "value": count["value"] + among}
            elif count["kind"] == "injured" and count["value"] == hurt:
                count = {**count, "value": hurt - among}
        if count["value"]:
            settled.append(count)
    return settled


def _derive_injured(shot: dict[str, Any] | None, killed: dict[str, Any] | None) -> dict[str, Any] | None:
    """Injured = people shot minus people killed, when that is positive."""
    if shot is None:
        return None
    if killed is not None and killed.get("single") and shot.get("single") and not shot.get("others"):
        return None  # "was shot ... was pronounced dead": the same victim
    value = shot["value"] - (killed["value"] if killed and not shot.get("others") else 0)
    if value <= 0:
        return None
    return {**shot, "kind": "injured", "value": value}


def _settle_ordinals(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """How many dead an ordinal victim who died implies: ordinal-many when a
    stated death figure accounts for the earlier victims ("two were dead and a
    third died"), or when the victim succumbed later ("a third victim dies")
    and no stated injured figure accounts for them; otherwise one ("three
    people were wounded; a fourth man died at the scene")."""
    stated = [c for c in raw if not c.get("single") and not c.get("background") and not c.get("ordinal")]
    settled = []
    for count in raw:
        if count.get("ordinal") == "hit":
            # "a fourth man was injured" counts the three before him only when the
            # article told of other victims ("three miners were pulled out" were not hurt)
            told = (c for c in raw if c is not count and not c.get("background"))
            if not any(c["kind"] in _CASUALTY for c in told):
                count = {**count, "value": 1}
        elif count.get("ordinal"):
            earlier = count["value"] - 1
            died = any(c["kind"] == "killed" and c["value"] >= earlier for c in stated)
            lived = any(c["kind"] == "injured" and c["value"] >= earlier for c in stated)
            if not died and (lived or count["ordinal"] != "succumbed"):
                count = {**count, "value": 1}
        settled.append(count)
    return settled
