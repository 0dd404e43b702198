"""Who the hurt are, where an article's figures alone miscount them.

Takes raw count records (:mod:`streams.enrich.counts`); tells
:mod:`streams.enrich.count_selection` which figures of the hurt to drop or add:
the one victim told hurt who died since (named by a headline's noun too), a
group told hurt that all died next ("Both later died"), a condition that is
part of a larger figure, a wounded suspect told apart from the victims, and
the hurt told one by one with no figure. Each rule reads the words that tie a person across
sentences (:mod:`streams.enrich.survivor_phrases`); patterns use bounded
repetition only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from streams.enrich.numbers import parse_number
from streams.enrich.survivor_phrases import (
    ALSO_HURT,
    ANYONE,
    ATTACK,
    BOTH_SIDES,
    DEATH,
    DIED_OF_WOUNDS,
    NOT_ALONE,
    ONE_MORE,
    ONE_PERSON,
    OTHER_PEOPLE,
    OTHER_REFERENT,
    PERSON_TOLD,
    SUSPECT,
    SUSPECT_HURT,
    WHOLE_GROUP_DIED,
)

#: The gender a pronoun and a person noun tell, for telling "he" from "she".
_GENDER = {
    **dict.fromkeys(("he", "man", "boy", "father", "son", "husband"), "m"),
    **dict.fromkeys(("she", "woman", "girl", "mother", "daughter", "wife"), "f"),
}
#: The size of a group told "all" with no number: any.
_ANY = 99
#: Words that name no kind of person: "one person was hurt", "he".
_ANYONE_TOLD = frozenset(("person", "victim", "one", "he", "she"))
#: A headline's person, told without an article: "Teen shot at mall".
_BARE_PERSON = re.compile(
    r"(?P<noun>man|woman|boy|girl|teen|teenager|child|infant|baby|toddler|father|mother|son|daughter|"
    r"husband|wife|officer|deputy|driver|passenger|student)\b",
    re.IGNORECASE,
)
#: A state of the hurt: "one person is in critical condition".
_CONDITION = re.compile(r"\bcondition\b", re.IGNORECASE)


def named_one_by_one(raw: list[dict[str, Any]], counts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The hurt told one by one, when no figure counts them: "the deputy was
    also shot ... a civilian was shot but is also expected to be OK" is two
    hurt. Each kind of person told as one more ("also", "another") counts
    once, and one more for any other kind of person hurt ("a boy was wounded
    ... a woman also suffered a gunshot wound"), never one of the dead ("the
    suspect was killed") nor a suspect (:func:`hurt_suspect_apart` counts a
    wounded one); "the child" and "he" retell someone."""
    if any(c["kind"] == "injured" and c["value"] > 1 and not c.get("background") for c in counts):
        return []
    dead = {_who(c) for c in raw if c["kind"] == "killed" and c["value"] == 1}
    more: dict[str, dict[str, Any]] = {}
    told: dict[str, dict[str, Any]] = {}
    for count in raw:
        if count["kind"] in ("injured", "shot") and count["value"] == 1 and not count.get("background"):
            who = _who(count)
            if who and who not in dead and not SUSPECT.match(who):
                also = ALSO_HURT.search(count["evidence"]["text"])
                (more if also else told).setdefault(who, count)
    first = [told[who] for who in told if who not in more]
    value = len(more) + (1 if first else 0)
    if not more or value < 2:
        return []
    found = [*more.values(), *first]
    single = all(c.get("single") for c in found)
    lead = min(found, key=lambda c: c["mention"]["start"])
    return [{**lead, "kind": "injured", "value": value, "single": single, "others": True}]


def _who(count: dict[str, Any]) -> str:
    """The kind of person a count of one tells of ("deputy" for "the deputy
    sheriff was also shot"), when first told or told as one more; else ""."""
    text = count["evidence"]["text"]
    end = count["mention"]["end"] - count["evidence"]["start"]
    found = [m for m in ONE_PERSON.finditer(text, max(0, end - 100), end) if m.end() <= end]
    if not found:
        return ""
    last = found[-1]
    new = last.group("det") is None or last.group("det").lower() in ("a", "an", "one")
    also = ONE_MORE.search(text, last.end(), end) or ONE_MORE.search(last.group())
    return last.group("noun").lower() if new or also else ""


def hurt_suspect_apart(raw: list[dict[str, Any]]) -> bool:
    """Whether the text tells of a wounded suspect apart from the victims' figure:
    "one officer killed, one injured ... the suspect remained hospitalized in
    critical condition" is two hurt."""
    return any(
        c["kind"] in ("injured", "shot") and c["value"] == 1 and not c.get("background") and _suspect_hurt(c)
        for c in raw
    )


def victim_figures(counts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures of the hurt that count the victims alone, to which a wounded
    suspect adds one: stated (or an unnumbered victim told beside another), in a
    sentence that does not mention the suspect ("three were hurt, including the
    gunman") nor an exchange of fire, whose hurt may be on both sides ("two men
    were shot in a shootout")."""
    return [
        c
        for c in counts
        if c["kind"] == "injured"
        and not c.get("background")
        and (c.get("others") or not c.get("single"))
        and not SUSPECT.search(c["evidence"]["text"])
        and not BOTH_SIDES.search(c["evidence"]["text"])
    ]


def _suspect_hurt(count: dict[str, Any]) -> bool:
    """Whether a count's sentence tells of a suspect hurt and alive: "the suspect
    remained hospitalized", "a suspect, with a gunshot wound"; not "the suspect
    shot a man, who is in critical condition", nor "the brother of the shooter"."""
    text = count["evidence"]["text"]
    found = SUSPECT_HURT.search(text)
    return bool(found and not ATTACK.search(found.group("between")) and not DEATH.search(text))


def part_of_the_hurt(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the figure of the hurt in some condition told beside a larger
    figure of the hurt in its sentence: "at least two men were shot ... one
    person is in critical condition" tells of one of the two (not "a man is in
    critical condition and two others were hurt", three)."""
    hurt = [c for c in raw if c["kind"] in ("injured", "shot") and not c.get("background")]

    def part(count: dict[str, Any]) -> bool:
        text = count["evidence"]["text"]
        return (
            count["kind"] == "injured"
            and not count.get("background")
            and bool(_CONDITION.search(count["mention"]["text"]))
            and any(
                c["evidence"]["text"] == text and c["value"] > count["value"] and not c.get("others")
                for c in hurt
            )
        )

    return [c for c in raw if not part(c)]


def one_victim(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the hurt when they are the one victim who died: "a 2-year-old girl
    remains in critical condition ... the girl has since died" is one dead and
    no one hurt. Only where the article tells of one victim throughout: every
    figure of the dead and the hurt is one, the hurt is one person told alone
    (not "another", "a second", "also"), in a sentence that tells of no death
    (one that does sets them beside the dead), and a death is told as one
    after a wound ("succumbed", "has died", "died at the hospital") of someone
    already named: "he", or "the girl" for a girl hurt (never "a man ... died",
    "the driver died" beside a passenger hurt)."""
    own = [c for c in raw if c["kind"] in ("killed", "injured", "shot") and not c.get("background")]
    dead = [c for c in own if c["kind"] == "killed"]
    hurt = [c for c in own if c["kind"] != "killed"]
    stated = [c for c in hurt if c["kind"] == "injured" and not c.get("single")]
    if not dead or not stated or any(c["value"] != 1 or c.get("others") for c in own):
        return raw
    dead_text = {c["evidence"]["text"] for c in dead}
    if any(c["evidence"]["text"] in dead_text or NOT_ALONE.search(c["mention"]["text"]) for c in hurt):
        return raw
    nouns = {_person(c["mention"]["text"], _headline(c)) for c in hurt} - _ANYONE_TOLD
    if len(nouns) > 1:
        return raw  # "a child was injured ... the bus driver was taken to a hospital": two people
    # "one person is in the hospital ... Teen shot at mall ... the teen has died": the kind told elsewhere
    noun = next(iter(nouns)) if nouns else _person(stated[0]["mention"]["text"])
    told = max(c["evidence"]["end"] for c in hurt)
    if not any(_died_of_wounds(c["evidence"]["text"], noun, c["evidence"]["start"] - told) for c in dead):
        return raw
    told_hurt = {id(c) for c in hurt}
    return [c for c in raw if id(c) not in told_hurt]


def _person(text: str, bare: bool = False) -> str:
    """The kind of person a mention tells of ("girl"), "person" when it names
    none; ``bare`` reads a headline's noun without an article ("Teen shot")."""
    who = PERSON_TOLD.search(text) or (_BARE_PERSON.match(text) if bare else None)
    return who.group("noun").lower() if who else "person"


def _headline(count: dict[str, Any]) -> bool:
    """Whether a count was read in the headline, which drops articles."""
    return count["evidence"].get("field") == "title"


@lru_cache(maxsize=256)
def _died_of_wounds(text: str, noun: str, gap: int) -> bool:
    """Whether a sentence tells that a person already named (``noun``: "the
    girl" for a girl, "he" or "the victim" for anyone) died after a wound.
    A pronoun means the hurt person only in the sentence right after theirs
    (``gap``: characters between): "a child was hurt. The driver was taken to
    a hospital. He died" is the driver."""
    death = DIED_OF_WOUNDS.search(text)
    if death is None:
        return False
    who = PERSON_TOLD.search(text, 0, death.end())
    if who is None or who.group("new"):
        return False
    named = who.group("noun").lower()
    if named in ("he", "she") and (gap > 3 or OTHER_REFERENT.search(text, 0, who.start())):
        return False  # "the homeowner was pulled out, but he died": whom "he" means
    if named in _GENDER and noun in _GENDER and _GENDER[named] != _GENDER[noun]:
        return False  # "a man was injured ... she died": his wife, not him
    return named in ANYONE or named[:4] == noun[:4] == "teen" or named == noun


def whole_group_died(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the hurt of a sentence when the next one says they all died: "a
    woman and a girl suffered life-threatening injuries. Both later died" is
    no one hurt, however the first sentence was counted, nor is the same group
    retold (a headline's "Six hurt"). Only the hurt of a sentence that tells
    of no death, and no more of them than died; hurt "others" died besides
    the dead the article states."""
    gone: set[int] = set()
    dead: dict[int, int] = {}
    for count in raw:
        if count["kind"] != "killed" or count.get("background"):
            continue
        evidence = count["evidence"]
        died = WHOLE_GROUP_DIED.match(evidence["text"])
        if died is None:
            continue
        size = _group_size(died)
        before = [
            c
            for c in raw
            if c["evidence"].get("field") == evidence.get("field")
            and 0 <= evidence["start"] - c["evidence"]["end"] <= 2
            and not c.get("background")
        ]
        hurt = [c for c in before if c["kind"] in ("injured", "shot")]
        if (
            hurt
            and size
            and not any(c["kind"] == "killed" for c in before)
            and all(c["value"] <= size for c in hurt)
        ):
            gone.update(id(c) for c in hurt)
            # "three were hurt. All later died": three dead, though "died" told of one
            died_now = max(count["value"], max(c["value"] for c in hurt) if size == _ANY else size)
            if any(_told_beside(c) for c in hurt):
                # "Two were killed ... Three others were hurt. All three have since died": five
                died_now += max((c["value"] for c in _stated_dead(raw) if c is not count), default=0)
            dead[id(count)] = died_now
    if not gone:
        return raw
    # the same group retold elsewhere ("Six hurt in crash" over "six were hurt ... All later died")
    # (never hurt "others" told beside them: "Both later died. Two other people were hurt")
    sizes = {c["value"] for c in raw if id(c) in gone}
    gone.update(
        id(c)
        for c in raw
        if c["kind"] in ("injured", "shot")
        and c["value"] in sizes
        and not (c.get("background") or _told_beside(c))
    )
    kept = (c for c in raw if id(c) not in gone)
    return [{**c, "value": dead[id(c)], "single": False} if id(c) in dead else c for c in kept]


def _told_beside(count: dict[str, Any]) -> bool:
    """Whether hurt are told beside others: "three others were hurt"."""
    return bool(count.get("others") or OTHER_PEOPLE.search(count["mention"]["text"]))


def _stated_dead(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The article's own death figures that state a number."""
    return [c for c in raw if c["kind"] == "killed" and not c.get("background") and not c.get("single")]


def _group_size(died: re.Match[str]) -> int:
    """How many a whole group's death tells of: "both" two, "all three" three,
    a bare "all" any number."""
    word = died.group("all") or died.group("the")
    if word is None:
        return 2 if died.group().lower().startswith("both") else _ANY
    parsed = parse_number(word)
    return parsed[0] if parsed else 0
