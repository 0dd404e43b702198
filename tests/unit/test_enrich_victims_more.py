"""More implicit-victim phrasings: victims named without a figure."""

from __future__ import annotations

from tests.unit.fixtures.counts import best


def test_people_listed_as_the_object_of_shot() -> None:
    text = "Deputies say the gunman shot Rosa Diaz, 40, and her 12-year-old son near the pond on Friday."
    assert best(text) == (0, 2)


def test_an_ordinal_victim_still_at_a_hospital() -> None:
    text = (
        "Three men were found dead inside the garage. "
        "Police say a fourth victim, Dana Moss, 30, is still being treated at a county hospital."
    )
    assert best(text) == (3, 1)


def test_a_victim_taken_to_hospital_where_she_died_is_not_hurt() -> None:
    text = "The girl was rushed to the regional hospital, where she later died."
    assert best(text) == (1, 0)


def test_survived_without_a_wound_may_be_unhurt() -> None:
    assert best("Omar Reyes, who survived the shooting, lives two doors down from the bar.") == (0, 0)
    assert best("The clerk survived a gunshot wound to the arm.") == (0, 1)


def test_lists_of_suspects_troopers_and_drivers() -> None:
    assert best("The gunfire on the ramp wounded a trooper and a suspect, police said.") == (0, 2)
    assert best("A drive-by killed a pizza driver and a student on Elm Street.") == (2, 0)


def test_the_wounding_of_someone_beside_a_death() -> None:
    text = "The trial concerns the shooting death of a cashier and the wounding of her brother in May."
    assert best(text) == (1, 1)


def test_a_relative_wounded_beside_a_death() -> None:
    text = "The crash and gunfire left a 9-year-old dead and her mother wounded on the highway."
    assert best(text) == (1, 1)


def test_a_relative_taken_to_hospital_beside_a_murder_suicide() -> None:
    text = (
        "The coroner ruled the deaths of the boy and his father a murder-suicide. "
        "Police say the mother, Dana Ruiz, was taken to the hospital from the scene."
    )
    assert best(text) == (2, 1)


def test_a_list_of_people_rushed_to_hospital() -> None:
    text = "Ivy Stone, 24, Raul Diaz, 30, and Kim Lee, 19, were all rushed to the county hospital."
    assert best(text) == (0, 3)


def test_more_ways_to_say_a_victim_lived() -> None:
    assert best("The cashier, Lena Ortiz, is now recovering from wounds to her side.") == (0, 1)
    assert best("The deputy is expected to make a full recovery, the sheriff said.") == (0, 1)


def test_more_people_nouns_for_one_victim() -> None:
    assert best("Hunter charged in shooting that injured a game warden agent") == (0, 1)
    assert best("Soccer player wounded outside a downtown club") == (0, 1)


def test_the_shooting_as_a_noun_names_no_object() -> None:
    text = "The shooting also left 19-year-old Rita Vance and her cousin dead."
    assert best(text)[1] == 0


def test_survivors_named_in_the_plural_are_at_least_two() -> None:
    assert best("A man died at the scene. The others had non-life-threatening wounds.") == (1, 2)
    assert best("Nadia Cole, 30, and Ben Ortiz, 41, were treated and released.") == (0, 2)
    assert best("His injuries were not life-threatening, police said.") == (0, 1)


def test_one_of_the_victims_is_one() -> None:
    assert best("One of the victims is in stable condition at the county hospital.") == (0, 1)


def test_a_wounded_victim_who_dies_later_is_not_hurt() -> None:
    text = "The teen was critically wounded at a party on Friday. She died at the hospital on Sunday."
    assert best(text) == (1, 0)
    assert best("A man was killed and a boy was injured on Elm Street.") == (1, 1)
    assert best("A cashier was wounded in the robbery, police said.") == (0, 1)


def test_hurt_beside_a_death_is_the_dead_one() -> None:
    text = "The boy was fatally shot on Monday. 'This family is hurt right now,' his uncle said."
    assert best(text) == (1, 0)


def test_injuries_not_believed_to_be_life_threatening() -> None:
    assert best("The clerk's injuries are not believed to be life-threatening.") == (0, 1)


def test_a_second_named_person_after_a_semicolon() -> None:
    text = (
        "Ortega was pronounced dead at the scene; Baines was flown to a trauma center in critical condition."
    )
    assert best(text) == (1, 1)


def test_later_list_members_without_a_determiner() -> None:
    assert best("A man, woman and toddler were rushed to a nearby hospital.") == (0, 3)
    assert best("Deputies say he shot and killed his aunt, uncle, and cousin.") == (3, 0)
