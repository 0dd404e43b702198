"""Misreadings of general news (crashes, fires, floods, wars): numbers that
name a road, deaths told by their manner. Sentences in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road, an exit or a mile marker is no head count
        ("A crash on Interstate 80 killed three people on Sunday.", (3, 0)),
        ("A pileup on Highway 401 injured 12 people.", (0, 12)),
        ("A crash on Route 66 killed two people.", (2, 0)),
        ("A crash on State Road 7 killed two people.", (2, 0)),
        ("A crash on SR 20 killed two people.", (2, 0)),
        ("A crash on Hwy 12 injured four.", (0, 4)),
        ("A crash on County Road 5 killed two.", (2, 0)),
        ("A crash at mile marker 120 killed two people.", (2, 0)),
        # still counted: a figure after the road, or no road at all
        ("Two people were killed in a crash on I-5 near exit 42.", (2, 0)),
        ("The 2 men died in the crash on US 1.", (2, 0)),
        ("Three teens were hurt when their car hit a tree on County Road 5.", (0, 3)),
        ("Gunmen killed five soldiers at a checkpoint on Highway 1.", (5, 0)),
        ("In Kabul, 30 were killed in twin blasts.", (30, 0)),
        ("Police said 40 were injured in the riot.", (0, 40)),
        ("In the US 40 people were killed by lightning last year.", (40, 0)),
        ("On Flight 17 all were killed; 4 were killed on the ground.", (4, 0)),
    ],
)
def test_road_numbers(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
