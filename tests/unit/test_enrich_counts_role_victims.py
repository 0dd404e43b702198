"""A headline names its one victim by role ("Security guard killed in ..."),
and a reported list of two ("his mom and younger brother were dead") counts
two; the killer named before his victim and idioms stay uncounted. Sentences
in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Night clerk killed in gas station robbery", (1, 0)),
        ("Woman arrested after 3-year-old killed in accidental shooting", (1, 0)),
        ("Bystander killed in shootout between rival groups", (1, 0)),
        ("Driver killed in crash on the interstate", (1, 0)),
        ("He called police saying his dad and older sister were dead.", (2, 0)),
        ("Officials said that a man and his younger brother were injured in the blast.", (0, 2)),
        # "said" without "that" opens the reported list too
        ("Police said Tom Hale and Ann Price were shot outside the bar.", (0, 2)),
        ("Deputies say Ray Cole, 41, and Ed Moss, 38, were wounded.", (0, 2)),
        ("The sheriff said Tom Hale and his nephew were killed.", (2, 0)),
    ],
)
def test_role_victims(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resident killed a bear that wandered into his yard.", (0, 0)),
        ("Grandfather killed the snake with a shovel.", (0, 0)),
        ("Customer dead set against the new pricing, manager says.", (0, 0)),
        ("Worker killed time by reading the paper.", (0, 0)),
        ("Driver dead last after engine failure in qualifying", (0, 0)),
        ("Student dead tired after exams", (0, 0)),
        ("He said that the mayor and city council were pleased.", (0, 0)),
        ("Police said that the mother and newborn son were recovering.", (0, 0)),
        # a verb before the last noun ends the list
        ("Gunman killed a man and wounded woman in the store.", (1, 1)),
        ("Fire killed a woman and left firefighter hurt.", (1, 0)),
    ],
)
def test_general_news_unchanged(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of people who "suffered ... injuries" or "wounds" are hurt
        ("A boy was killed, while his aunt and her husband suffered minor injuries.", (1, 2)),
        ("Ray Cole and his brother suffered gunshot wounds to the legs.", (0, 2)),
    ],
)
def test_listed_people_who_suffered_injuries(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_fatal_wounds_are_no_injuries() -> None:
    _, injured = best("Ray Cole and his brother suffered fatal wounds.")
    assert injured == 0
