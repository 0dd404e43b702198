"""The killer's suicide adds one to a toll of his victims only when the one
who died is told as the attacker: a word for him, or a name tied to him, never
a title's name. Texts in our own words."""

import pytest

from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The flood killed five children at the camp. Dam Operator John Hale later killed himself.", 5),
        ("The flood killed five children at the camp. Dam operator John Hale later killed himself.", 5),
        ("The attack killed five soldiers. Commander Yusuf Ali later killed himself.", 5),
        # the attacker, kept
        ("Shooter Mark Lane killed five victims. Afterward, Lane went home and killed himself.", 6),
        ("A gunman killed five victims, police said. Afterward, Lane went home and killed himself.", 6),
        ("A gunman killed three students. The shooter then killed himself.", 4),
    ],
)
def test_named_killer(text: str, want: int) -> None:
    assert best(text)[0] == want
