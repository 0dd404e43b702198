"""A killer whose own death the sentence tells right after his victims adds
one to the dead; a "fatal victim" is one dead. Sentences in our own words,
with the general-news phrasings the rules must leave alone."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the killer dies after the killing his headline names
        ("Man suspected of killing his wife dies after standoff with deputies", (2, 0)),
        ("Father suspected of slaying daughter and son dies in hospital", (3, 0)),
        ("Teen suspect in Sunday's murder of 17-year-old boy succumbs to his wounds", (2, 0)),
        ("The gunman who killed two people at the mall died in a shootout with police.", (3, 0)),
        ("Fatal victim named, 2 others hurt in Elm Street shooting", (1, 2)),
        ("Police identified the fatal victim as a 24-year-old man.", (1, 0)),
    ],
)
def test_killer_dies(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative of the killer, an old killer's death in prison or of age, the victim himself
        ("Brother of man accused of killing wife dies in crash.", (1, 0)),
        ("Mother of suspect in murder of teen dies at 80.", (1, 0)),
        ("Suspect in 1998 murder of a local girl dies in prison.", (1, 0)),
        ("Former dictator accused of murdering thousands dies at 91.", (1, 0)),
        # a bare "dies" may come years later, of old age: nothing ties it to the killing
        ("Man accused of killing wife dies", (1, 0)),
        ("Suspect in 1980 murder of girl dies before trial", (1, 0)),
        ("A suspect shot and killed a store clerk, who died at the scene.", (1, 0)),
        ("The woman who was killed died instantly.", (1, 0)),
        ("Storm that killed five people dies out over the Atlantic.", (5, 0)),
        ("A man who killed a bear in self-defense died weeks later of his injuries.", (1, 0)),
        # a victim who lived is no fatal one
        ("A non-fatal victim was treated for a wound to the leg.", (0, 1)),
        ("Fatal victims of the flu are mostly elderly, officials said.", (0, 0)),
    ],
)
def test_general_news_unchanged(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected
