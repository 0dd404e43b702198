"""The members of a victim list and how many people they name.

Takes the text of a list a pattern matched; emits the regex fragments a
list's members are written with (a noun phrase, a name with its age, a bare
kin word, a list's tail), and :func:`list_size` and :func:`semicolon_size`,
which count the people a list names ("his wife and four children" are five, "two
people, a man and his wife" two). Split from :mod:`streams.enrich.victim_lists`,
which reads the lists in a sentence with these fragments and counts their
members with these functions. Patterns use bounded repetition only.
"""

from __future__ import annotations

import re

from streams.enrich.numbers import NUMBER_WORDS, parse_number

#: Roles general news names its dead by, read only as a killing's objects ("killing
#: the pilot and two passengers"): a subject list's "an Army soldier and his
#: daughter were found dead" may be a murder-suicide's killer and victim.
_ROLE = (
    r"(?:co-?pilot|pilot|nurse|paramedic|medic|doctor|soldier|worker|miner|farmer|teacher|journalist|"
    r"reporter|photographer|tourist|hiker|climber|pedestrian|cyclist|motorist|resident|villager|civilian|"
    r"guest|inmate|patient|pilgrim|migrant|crew member|driver|captain|gunman|shooter|bomber|attacker|"
    r"mayor|governor|owner)"
)
_ROLES_PLURAL = rf"{_ROLE}s"
_PERSON = (
    r"(?:man|woman|boy|girl|child|children|kids?|baby|infant|toddler|teen|teenager|person|"
    r"wife|husband|girlfriend|boyfriend|fianc[eé]e?|mother|father|mom|dad|parents|son|sons|"
    r"daughter|daughters|brother|sister|uncle|aunt|cousin|nephew|niece|grandmother|grandfather|"
    r"grandson|granddaughter|grandparents|stepfather|stepmother|stepson|stepdaughter|friend|"
    r"neighbou?r|roommate|co-?worker|employee|clerk|customer|officer|deputy|bystander|victim|"
    r"suspect|trooper|agent|sheriff|driver|passenger|student|guard|firefighter|boss|"
    r"relatives?|siblings?|men|women|boys|girls|teens|teenagers|friends|officers|"
    r"firefighters|passengers|deputies|adults|students|customers|employees|people|others|"
    r"grandchildren|grandsons|granddaughters|brothers|sisters|cousins|stepchildren|twins|"
    r"male|female)"
)
_DET = rf"(?:a|an|another|the|his|her|their|its|one|\d{{1,2}}|{NUMBER_WORDS})"


def _noun_phrase(person: str) -> str:
    """A member who is a ``person``: "his 21-year-old uncle", "a boy", "their
    four children"; an age alone: "a 2-year-old"."""
    return (
        rf"(?:(?:{_DET}\s+|(?=\d{{1,2}}-(?:year|month|week|day)[- ]old\b))"
        # never across "and": "a 2-year-old and her mother" are two
        rf"(?:(?!(?:and|or)\b)[\w'-]{{1,20}}\s+){{0,3}}?{person}\b(?:\s+{person}\b)?|"
        rf"{_DET}\s+\d{{1,2}}-(?:year|month|week|day)-old\b(?![-'\u2019]))"
    )


_NOUN_PHRASE = _noun_phrase(_PERSON)
_OBJECT_PERSON = rf"(?:{_PERSON}|{_ROLE}|{_ROLES_PLURAL})"
OBJECT_NOUN_PHRASE = _noun_phrase(_OBJECT_PERSON)
#: "Ann Lee", "Ann Lee, 25," (names are capitalised; weekdays and months are not victims).
NAME = (
    r"(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Police|The)\b)"
    r"[A-Z][a-z'\u2019-]{1,20}(?:\s+[A-Z][a-z'\u2019.-]{1,20}){0,2})"
)
#: "Ann Lee, 25"; the last member may keep the comma closing its age ("Ann Lee, 25, were").
_AGE_SUFFIX = r"(?:,\s*\d{1,3}\b)"
MEMBER = rf"(?:{_NOUN_PHRASE}|{NAME}){_AGE_SUFFIX}?"
LAST_MEMBER = rf"(?:{_NOUN_PHRASE}|{NAME})(?:{_AGE_SUFFIX},?)?"
_OBJECT_MEMBER = rf"(?:{OBJECT_NOUN_PHRASE}|{NAME}){_AGE_SUFFIX}?"
_OBJECT_LAST = rf"(?:{OBJECT_NOUN_PHRASE}|{NAME})(?:{_AGE_SUFFIX},?)?"
#: The last member may go without a determiner: "a mother and son".
#: Members are atomic: once one has matched, a failing list does not retry it
#: shorter or longer, which would backtrack exponentially over long comma runs.
#: Later members may go without a determiner too: "a man, woman and boy".
KIN = (
    r"(?:mother|father|son|daughter|wife|husband|brother|sister|uncle|aunt|cousin|nephew|niece|"
    r"grandmother|grandfather|stepfather|stepmother|friend)"
)
_BARE = rf"(?:man|woman|boy|girl|child|baby|toddler|teen|{KIN})\b(?!-)"
#: "killed a father, husband and son": one man's roles, not three people (an
#: indefinite first member and only kin, three or more of them).
ROLES = re.compile(
    rf"(?:a|an)\s+(?:[\w'-]{{1,20}}\s+){{0,2}}?{KIN}(?:\s*,\s*{KIN}){{1,6}},?\s+and\s+{KIN}\b",
    re.IGNORECASE,
)
_LATER_MEMBER = rf"(?>{MEMBER}|{_BARE})"
#: The last member may be a bare noun with an age word: "his mom and younger brother"
#: (never a verb: "killed a man and wounded woman").
_AGE_WORD = r"(?:younger|older|little|baby|teenage|infant|twin|youngest|oldest|eldest|adult|pregnant)"
LIST_TAIL = rf"(?:,\s*{_LATER_MEMBER}){{0,8}},?\s+and\s+(?:{LAST_MEMBER}|(?:{_AGE_WORD}\s+)?{_PERSON}\b)"
LIST = rf"(?P<list>(?>{MEMBER}){LIST_TAIL})"
#: Objects of a killing may open with a bare kin word, as headlines write them:
#: "suspected of killing wife and four daughters".
_OBJECT_TAIL = (
    rf"(?:,\s*(?>{_OBJECT_MEMBER}|{_BARE})){{0,8}},?\s+and\s+"
    rf"(?:{_OBJECT_LAST}|(?:{_AGE_WORD}\s+)?{_OBJECT_PERSON}\b)"
)
OBJECT_LIST = rf"(?P<list>(?>{_OBJECT_MEMBER}|{KIN}\b(?!-)){_OBJECT_TAIL})"
_OBJECT_NOUN_PHRASE_RE = re.compile(OBJECT_NOUN_PHRASE, re.IGNORECASE)
#: Plurals that say nothing of who the people were, whom an appositive tells:
#: "two people, a man and his wife" are two.
_GENERIC = re.compile(r"\b(?:people|persons|passengers|students|employees|customers|adults|victims|others)\b",
                      re.IGNORECASE)  # fmt: skip
#: "his wife and baby girl": an age word before a bare noun is one member, not two.
_MEMBER_RE = re.compile(rf"{_OBJECT_MEMBER}|\b(?:{_AGE_WORD}\s+)?{_BARE}", re.IGNORECASE)
_LEAD_NUMBER = re.compile(rf"(?:(?:the|his|her|their)\s+)?(?P<num>\d{{1,2}}|{NUMBER_WORDS})\s", re.IGNORECASE)
_PLURAL = re.compile(r"\b(?:children|kids|parents|sons|daughters|grandparents|relatives|siblings|men|women|"
                     r"boys|girls|teens|teenagers|friends|officers|firefighters|passengers|deputies|adults|"
                     r"students|customers|employees|people|others|grandchildren|grandsons|"
                     rf"granddaughters|brothers|sisters|cousins|stepchildren|twins|{_ROLES_PLURAL})\b",
                     re.IGNORECASE)  # fmt: skip


def semicolon_size(members: str) -> int | None:
    """People a semicolon list names: each member's own number ("his two sons,
    Tom and Ian") or one; None when a plural member gives no number."""
    total = 0
    for member in members.split(";"):
        head = member.split(",")[0].strip()
        head = head[4:] if head[:4].lower() == "and " else head
        size = list_size(head, 1)
        if size is None:
            return None
        total += size
    return total


def list_size(members: str, least: int = 2) -> int | None:
    """People a list names: one per member, or the member's own number
    ("four children"); None when a plural member gives no number or there
    are fewer than ``least``."""
    if members[:5].lower() == "both ":
        members = members[5:]  # "both Ann Lee and Tom Ray": two, not four
    total, end, named, generic = 0, 0, 0, False
    for member in _MEMBER_RE.finditer(members):
        end = member.end()
        if "unborn" in member.group().lower():
            continue  # the police tally leaves out an unborn child
        lead = _LEAD_NUMBER.match(member.group())
        parsed = parse_number(lead.group("num")) if lead else None
        if named and (generic or not _OBJECT_NOUN_PHRASE_RE.match(member.group())):
            # "his two sons, Tom, 12, and Ian, 10": the sons' names; "two people, a man
            # and his wife": who the people were
            named -= parsed[0] if parsed is not None and lead is not None and generic else 1
            continue
        named = 0
        if parsed is not None and parsed[1] != "exact":
            return None  # "a soldier and several others": how many is not said
        if parsed is not None and lead is not None and lead.group("num").lower() not in ("a", "an"):
            total += parsed[0]
            appositive = members[end : end + 1] == "," and _PLURAL.search(member.group())
            named = parsed[0] if appositive else 0
            generic = bool(appositive and _GENERIC.search(member.group()))
        elif _PLURAL.search(member.group()):
            if "parents" not in member.group().lower():
                return None
            total += 2
        else:
            total += 1
    if members[end:].strip(" ,"):
        if _PLURAL.search(members[end:]):
            return None  # "wife and kids": how many is not said
        total += 1  # a last member without a determiner: "a mother and son"
    return total if total >= least else None
