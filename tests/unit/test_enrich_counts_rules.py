"""Casualty phrasings of local crime news: one rule category per test."""

from __future__ import annotations

import pytest

from streams.enrich.count_ranking import best_value
from streams.enrich.count_selection import finalize_counts
from streams.enrich.counts import extract_counts
from streams.enrich.sentences import Sentence, split_sentences
from tests.unit.fixtures.counts import best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman was killed and two others were wounded on Elm Road.", (1, 2)),
        ("Teen, 17, killed, three other teens injured at a lakeside party", (1, 3)),
        ("A bakery owner was fatally shot Sunday near the market.", (1, 0)),
        ("The cyclist was declared dead at the county hospital.", (1, 0)),
        ("One of two cousins shot on Friday dies", (1, 1)),
        ("Police are investigating a deadly shooting at a gas station.", (1, 0)),
        ("The suspect later killed himself in the garage.", (1, 0)),
    ],
)
def test_unnumbered_victim_beside_a_stated_figure(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A nineteen year old student is dead after the shooting.", (1, 0)),
        ("Police found a 15 year-old boy dead behind the depot.", (1, 0)),
        ("One child under the age of eight was hospitalized.", (0, 1)),
        ("Image 31 of 31 Boy shot near the pool", (0, 1)),
    ],
)
def test_ages_and_gallery_numbers_are_not_head_counts(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six officers and three bystanders were injured in the exchange.", (0, 9)),
        ("A man and a woman were shot to death at the crossroads.", (2, 0)),
        ("A triple shooting left two men dead on Oak Street.", (2, 1)),
        ("Detectives are investigating a double homicide in the valley.", (2, 0)),
    ],
)
def test_victims_counted_in_one_phrase(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies are looking into an apparent murder-suicide at the farm.", (2, 0)),
        ("The gunman killed four coworkers and himself at the depot.", (5, 0)),
        ("Man kills wife, then self in hilltop home", (2, 0)),
    ],
)
def test_the_killer_is_among_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One man died and three others are being treated for injuries.", (1, 3)),
        ("Two people went to the hospital after the fight.", (0, 2)),
        ("A second man was also shot and is expected to recover.", (0, 1)),
        ("He was shot in the arm and suffered non-life-threatening injuries.", (0, 1)),
        ("The boy was hospitalized after the accident with the rifle.", (0, 1)),
    ],
)
def test_survivors_are_injured(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_survivor_in_another_sentence_than_the_death() -> None:
    text = (
        "A clerk was shot and killed inside the store. A customer was also shot and is expected to recover."
    )
    assert best(text) == (1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Through the end of May, 212 people were murdered in the city this year.", (0, 0)),
        ("Five shootings, four days, three people dead and more are injured.", (3, 0)),
        ("Four people were found shot dead in a trailer.", (4, 0)),
    ],
)
def test_statistics_and_stray_numbers(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were shot. One victim was taken to the hospital in critical condition.", (0, 5)),
        ("Four men were shot, one fatally. One of the victims, wounded in the hand, was found.", (1, 3)),
        ("Three people were shot on Friday. Two were wounded and one died at the scene.", (1, 2)),
    ],
)
def test_incident_total_beats_a_described_victim(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunman fatally shot his wife and four children before fleeing.", (5, 0)),
        ("He killed Ann Lee and Tom Ray, police said.", (2, 0)),
        ("The father and a 15-year-old boy were also wounded.", (0, 2)),
        ("The attack claimed the lives of a boy and his mother.", (2, 0)),
        ("He killed his wife and himself in the kitchen.", (2, 0)),
    ],
)
def test_victims_listed_one_by_one(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The victim was taken to a hospital with non-life-threatening injuries.", (0, 1)),
        ("The man is in stable condition at the medical center.", (0, 1)),
        ("Children younger than 12 were at the park.", (0, 0)),
        ("Call 911 if you see him.", (0, 0)),
    ],
)
def test_survivors_without_a_shooting_verb(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two 19-year-old cousins were wounded near the mall.", (0, 2)),
        ("Three deputies were injured in the standoff.", (0, 3)),
        ("3 women, 1 teen shot outside a diner", (0, 4)),
        ("Two boys, a 9-year-old, were hurt.", (0, 2)),
        ("There were four people who were hurt in the crossfire.", (0, 4)),
        ("The gunman killed his two sons before fleeing.", (2, 0)),
        ("Police are investigating the shooting of five people at a bar.", (0, 5)),
        ("A 12-year-old girl and three other people were shot at the fair.", (0, 4)),
    ],
)
def test_more_ways_to_name_the_people_counted(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the past six months, nine teens have been wounded by gunfire.", (0, 0)),
        ("2:14 Three hurt in a crash on the turnpike", (0, 0)),
        ("+ Two dead after a boat capsizes", (0, 0)),
    ],
)
def test_figures_about_other_events(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A hunter accidentally shot himself in the foot on Saturday.", (0, 1)),
        ("Deputies say the uncle accidentally shoots nephew while cleaning a rifle.", (0, 1)),
        ("Officers found him with a gunshot wound to the arm.", (0, 1)),
        ("The toddler remains in critical condition.", (0, 1)),
        ("The robber wounded a clerk, then killed himself.", (1, 1)),
        ("The wounded teen died at the hospital.", (1, 0)),
        ("A boy was shot in the yard. He died later that night.", (1, 0)),
        ("The gun went off, injuring the toddler. The child died hours later.", (1, 0)),
        ("A farmer fatally shoots himself in his barn.", (1, 0)),
        ("Deputies found a deceased man inside the cabin.", (1, 0)),
        ("Officers shot at a man fleeing the scene.", (0, 0)),
    ],
)
def test_one_victim_without_a_number(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine people were wounded in separate shootings across the city. "
            "A woman was shot and killed on Pine Street and a man was hurt.",
            (1, 1),
        ),
        ("Eleven hurt in weekend shootings", (0, 11)),
    ],
)
def test_round_ups_of_several_incidents_come_last(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_people_found_with_gunshot_wounds_include_the_dead() -> None:
    text = "Officers found four men suffering from gunshot wounds. One of them died at the scene."
    assert best(text) == (1, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two women were found dead. A neighbor was also shot and is expected to recover.", (2, 1)),
        ("Three men died at the scene; a fourth man also suffered a gunshot wound.", (3, 1)),
        ("A cadet accidentally shoots self during a drill", (0, 1)),
        ("A juvenile shot near the skate park is in surgery.", (0, 1)),
        ("The girl survives being shot by a stray bullet.", (0, 1)),
        ("A clerk was killed. Another clerk and a customer were also injured.", (1, 2)),
    ],
)
def test_survivors_besides_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RELATED: Two dead in a crash on the bypass", (0, 0)),
        ("Deputies are looking into a non-fatal shooting at the marina.", (0, 0)),
        (
            "A man was killed and two were wounded on Friday. In March of 2009, five people were "
            "killed at the same bar.",
            (1, 2),
        ),
        ("Two killed, nine hurt in Detroit shootings. A man was shot dead on Elm Street.", (1, 0)),
        ("The second victim did not survive.", (1, 0)),
    ],
)
def test_background_figures_and_outcomes(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is accused of fatally shooting four people at the depot.", (4, 0)),
        ("Gunman & 3 Hostages Shot, Killed In Standoff", (3, 0)),
        ("A 17-year-old boy and 19-year-old woman were slain in the alley.", (2, 0)),
        ("A mother and son were found fatally shot in their kitchen.", (2, 0)),
        ("A father and his baby boy were found dead in the garage.", (2, 0)),
        ("The victim was fatally shot 14 times.", (1, 0)),
    ],
)
def test_more_ways_to_name_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Woman, 2 teens wounded outside a gym", (0, 3)),
        ("Father, two sons found dead in cabin", (3, 0)),
        ("The woman killed her two sons, then herself.", (3, 0)),
        ("He killed his wife and daughter in the kitchen before shooting himself.", (3, 0)),
        ("The man killed 2 neighbors on the porch before shooting himself.", (3, 0)),
    ],
)
def test_headline_pairs_and_the_killer_among_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_the_headline_figure_beats_a_larger_body_figure() -> None:
    found = finalize_counts(
        extract_counts(split_sentences("Eleven people were shot over the holiday in the county."))
        + extract_counts([Sentence("3 hurt in shooting at block party", 0, 33, "title")])
    )
    assert best_value(found, "injured") == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stray bullet claims the life of a retired teacher", (1, 0)),
        ("An accidental shooting takes life of Ridgeville teen", (1, 0)),
        ("The neighbor was charged with manslaughter on Monday.", (1, 0)),
        ("Two men are accused of murdering a 19-year-old cook.", (1, 0)),
        ("The family is mourning the death of their son.", (1, 0)),
        ("Coroner rules teen's gunshot death an accident", (1, 0)),
    ],
)
def test_deaths_named_without_a_killing_verb(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Third victim in Lakeside shooting dies", (3, 0)),
        ("A second man has died, bringing the number of dead to two.", (2, 0)),
        ("Two sisters killed, gunman commits suicide at the ranch", (3, 0)),
        ("A hunter died after accidentally shooting himself.", (1, 0)),
        ("A grandmother and a toddler are dead after the fire.", (2, 0)),
        ("A mother and her son shot dead in their home", (2, 0)),
    ],
)
def test_ordinals_suicides_and_headline_lists(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The reporter told Channel 5 News the boy died overnight.", (1, 0)),
        ("9 yo boy killed by a stray round", (1, 0)),
        ("Three adults and an unborn child were killed in the ambush.", (3, 0)),
        ("The gunman killed four people, including an unborn baby.", (3, 0)),
        ("He killed a woman and her unborn son.", (1, 0)),
    ],
)
def test_numbers_that_are_not_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both Ann Lee and Tom Ray died at the scene.", (2, 0)),
        ("Ann Lee, 34, and Tom Ray, 40, were pronounced dead.", (2, 0)),
    ],
)
def test_named_victims_who_died(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies call it an attempted murder-suicide; the wife was wounded.", (0, 1)),
        ("He faces a count of attempted manslaughter.", (0, 0)),
        ("Police say the boy's shooting was accidental, self-inflicted.", (0, 0)),
        ("Two killed, three hurt during a violent night in the city", (2, 3)),
        ("PREVIOUS: Man killed in a crash on the interstate", (0, 0)),
    ],
)
def test_attempts_accidents_and_round_ups(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were killed and another critically injured at the farm.", (3, 1)),
        ("Officers found one man dead and another wounded.", (1, 1)),
        ("A 15-year-old was shot and later died. Another 16-year-old was also shot.", (1, 1)),
    ],
)
def test_another_victim_besides_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five spectators were injured at the rodeo.", (0, 5)),
        ("Three motorists reported injuries after the gunman fired at cars.", (0, 3)),
        ("Two boys were accidentally shot at the range.", (0, 2)),
        ("Four children recovering after the drive-by", (0, 4)),
        ("All three victims are listed in fair condition.", (0, 3)),
        ("The blast caused injuries to six people.", (0, 6)),
        ("The gunfire injured another four teenagers.", (0, 4)),
        ("A cook died after he was shot along with two others.", (1, 2)),
    ],
)
def test_more_survivor_phrasings(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police are looking into the killing of a man and the wounding of two other persons.", (1, 2)),
        ("The two were treated at the hospital and released.", (0, 2)),
        ("The two other men are at the hospital in serious condition.", (0, 2)),
        ("A brawl lands three men in the hospital", (0, 3)),
    ],
)
def test_hospital_and_wounding_phrasings(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two teens shot in 36-hour span across the county", (0, 2)),
        (
            "Nine people were shot in five days in the county. Two men were wounded at the pier on Friday.",
            (0, 2),
        ),
        ("Four people were injured, including a woman who later died.", (1, 3)),
    ],
)
def test_spans_of_days_and_victims_who_died_later(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A stray round grazed a 6-year-old girl in her bedroom.", (0, 1)),
        ("The boy died and his father is listed in critical condition.", (1, 1)),
        ("He was taken to the hospital in critical condition and later died.", (1, 0)),
    ],
)
def test_a_survivor_beside_the_dead_in_one_sentence(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_victim_listed_stable_in_a_headline() -> None:
    assert best("Girl, 9, stable after the accidental shooting") == (0, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers then fired three more times.", (0, 0)),
        ("Both were taken to the hospital, where the older man later died.", (1, 1)),
    ],
)
def test_shots_fired_and_the_dead_among_the_hospitalised(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_threat_to_hurt_is_no_victim() -> None:
    assert best("She told deputies he was going to hurt her.") == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Husband, wife found dead in lakeside cabin", (2, 0)),
        ("Mother and 3-year-old son shot dead on porch", (2, 0)),
        ("Police: Man, teen wounded outside arcade", (0, 2)),
        ("[Sheriff: Man, woman killed in crash on Route 9]", (0, 0)),
    ],
)
def test_headline_pairs_without_determiners(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rifle fired, mortally wounding the farmhand.", (1, 0)),
        ("The toddler passed away at the children's hospital.", (1, 0)),
    ],
)
def test_gentler_words_for_a_death(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six men were shot outside the arena, including one who later died.", (1, 5)),
        ("Six men were hurt outside the arena, including one who later died.", (1, 5)),
    ],
)
def test_a_shot_victim_who_died_is_taken_off_once(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were killed in the shootings on Friday night. One man died at the scene.", (2, 0)),
        ("Two men were killed in separate Denver shootings. One man died on Elm Street.", (1, 0)),
        ("Two men were killed, and in the days since, no arrest was made. One died at the scene.", (2, 0)),
        ("Nine people were shot in four days. Two men were wounded on Friday.", (0, 2)),
    ],
)
def test_only_named_or_numbered_spans_make_a_round_up(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gunman, who had been fired in 2019, shot and killed four coworkers. One died at the scene.",
            (4, 0),
        ),
        (
            "Four people were killed at the mall around 1:15 a.m. in May 2011. One man died at the scene.",
            (1, 0),
        ),
        ("Three people were shot in the 1900 block of Main Street. One man was hurt.", (0, 3)),
    ],
)
def test_a_year_dates_only_the_figures_of_its_clause(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four men were taken to a hospital with wounds and a woman died on the sidewalk.", (1, 4)),
        ("Four men were taken to a hospital and one of them later died.", (1, 3)),
        ("Four men were taken to a hospital, where two died.", (2, 2)),
    ],
)
def test_the_dead_among_the_hospitalised_only_when_the_sentence_says_so(
    text: str, expected: tuple[int, int]
) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two boys were wounded on the bridge. A third boy was killed.", (1, 2)),
        ("Two boys were wounded on the bridge. A third boy later died of his wounds.", (1, 2)),
        ("Two boys were shot on the bridge. A third boy has died.", (3, 0)),
        ("A fourth woman died at the scene.", (1, 0)),
        ("Two boys were killed on the bridge. A third boy died on the bank.", (3, 0)),
        ("Fourth patient in ward shooting succumbs", (4, 0)),
    ],
)
def test_an_ordinal_victim_implies_earlier_dead_only_when_nothing_says_they_lived(
    text: str, expected: tuple[int, int]
) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ambush took the lives of three deputies.", (3, 0)),
        ("Gunfire on the ferry claimed the lives of at least six passengers.", (6, 0)),
        ("The stray round took the life of a nurse.", (1, 0)),
        (
            "A guard was killed at the gate. Earlier attacks in two towns claimed the lives of seven guards.",
            (1, 0),
        ),
    ],
)
def test_the_lives_of_a_number_of_people(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was killed on the porch. His wife, who survived leukemia, was away.", (1, 0)),
        # "survived" alone may be said of someone unhurt (a witness, an earlier victim)
        ("The teller survived, the bank said.", (0, 0)),
        ("The teller survived, but was in serious condition.", (0, 1)),
        ("The teller survived a bullet wound to the hip.", (0, 1)),
        ("He is survived by his parents.", (0, 0)),
    ],
)
def test_survived_means_the_victim_lived_through_the_attack(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After years of accidents, the foreman killed two workers and then shot himself.", (3, 0)),
        ("Two workers were killed and the foreman accidentally shot himself.", (2, 0)),
    ],
)
def test_only_an_accidental_shooting_keeps_the_shooter_off_the_dead(
    text: str, expected: tuple[int, int]
) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunfire outside a casino lands three men in the hospital", (0, 3)),
        ("No one was hurt in the exchange.", (0, 0)),
    ],
)
def test_a_word_ending_in_no_does_not_negate_the_figure(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_figure_dated_last_year_is_background_not_another_story() -> None:
    text = "The trial of the man accused of shooting four people last year opened Monday."
    assert best(text) == (0, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were wounded on Friday night. Last year a girl was killed at the same corner.", (0, 2)),
        ("Two clerks were killed on Friday. Years ago three men were hurt in a robbery there.", (2, 0)),
        ("Nine people were wounded in separate shootings across the city.", (0, 9)),
    ],
)
def test_background_casualties_are_dropped_once_the_article_states_its_own(
    text: str, expected: tuple[int, int]
) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The teenager hurt in Saturday's shooting died on Monday.", (1, 0)),
        ("The courier is in critical condition and a young passenger has been pronounced dead.", (1, 1)),
        ("A cook died at the scene and 30-year-old Ray Dunn was hospitalized with a leg wound.", (1, 1)),
    ],
)
def test_a_hurt_victim_in_the_sentence_of_a_death_is_another_person_only_if_it_says_so(
    text: str, expected: tuple[int, int]
) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cashier remains in serious but stable condition.", (0, 1)),
        ("The clerk's wounds are non life threatening.", (0, 1)),
    ],
)
def test_more_spellings_of_a_survivor(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_another_victim_ranks_below_a_stated_figure() -> None:
    title = "Boy dead, girl and another man hurt in shooting"
    found = finalize_counts(
        extract_counts(split_sentences("The gunfire left one dead and two others hurt."))
        + extract_counts([Sentence(title, 0, len(title), "title")])
    )
    assert best_value(found, "injured") == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunman killed a man and wounded another before he fled.", (1, 1)),
        ("One clerk died and another was rushed to a hospital downtown.", (1, 1)),
        ("Police linked the robbery to another shooting last month.", (0, 0)),
    ],
)
def test_one_more_victim_wounded_or_taken_to_hospital(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Husband and wife dead, daughter in hospital", (2, 1)),
        ("Two brothers were killed and a cousin is in a coma.", (2, 1)),
        ("The boy died in hospital on Tuesday.", (1, 0)),
    ],
)
def test_a_victim_in_hospital_beside_the_stated_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Roe died at the scene. Tom Ray was shot in the leg and Sue Bell was hit in the arm.", (1, 2)),
        ("Tom Ray was shot in the leg. Ray died two days later.", (1, 0)),
    ],
)
def test_victims_named_one_by_one_as_hit_in_a_limb_survived(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boy was flown to a trauma center, where he was declared brain dead.", (1, 0)),
        ("Toddler shot, killed at a birthday party", (1, 0)),
        ("Mourners gathered a week after the girl's death.", (1, 0)),
        ("Teen charged with killing cousin during an argument", (1, 0)),
        ("Couple charged in the death of 4-year-old nephew", (1, 0)),
        ("The teen faces the death penalty.", (0, 0)),
    ],
)
def test_deaths_told_without_a_determiner_or_as_brain_death(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_murder_suicide_anywhere_in_the_sentence_leaves_two_dead() -> None:
    assert best("Woman kills son in apparent murder-suicide") == (2, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We could have been killed, the neighbour said.", (0, 0)),
        ("Any time a student is hurt, the whole school grieves.", (0, 0)),
        ("The law punishes an owner whose child is hurt or dies.", (0, 0)),
        ("A parent of a child who is injured or dies of a gunshot may be charged.", (0, 0)),
    ],
)
def test_hypothetical_and_generic_victims_are_no_count(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Father accidentally shot himself and his daughter while cleaning a rifle", (0, 2)),
        ("Hunter charged after accidental shooting of himself and a friend", (0, 2)),
        ("The boy shot himself and was taken to a hospital.", (0, 1)),
    ],
)
def test_two_people_hurt_by_one_shooting_verb(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_single_victims_named_one_after_another_add_up() -> None:
    text = "A 30-year-old man was shot in the hip and a 12-year-old girl was shot in the foot."
    assert best(text) == (0, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arrest made in fatal Elm Park bar shooting", (1, 0)),
        ("Two men charged in a deadly early morning shootout", (1, 0)),
        ("The medical examiner ruled the death a homicide.", (1, 0)),
        ("A hiker's body was found near the creek on Sunday.", (1, 0)),
        ("Officers responded to a non-fatal shooting on Pine Street.", (0, 0)),
    ],
)
def test_a_death_named_by_its_circumstances(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_the_dead_among_those_taken_to_a_medical_center() -> None:
    text = "The four victims went to Mercy Medical Center, where police say a 19-year-old man died."
    assert best(text) == (1, 3)


def test_a_second_person_named_at_the_start_of_the_hurt_phrase() -> None:
    assert best("Man killed, boy injured in drive-by shooting") == (1, 1)


def test_animals_hurt_are_not_people() -> None:
    assert best("The stray round killed a man and wounded two of his horses.") == (1, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman who was wounded in the Sunday shooting has died, police said.", (1, 0)),
        ("A teen hospitalized after the crash has now died.", (1, 0)),
        ("A man was wounded and his brother has since died.", (1, 1)),
    ],
)
def test_a_hurt_victim_who_has_since_died_is_only_dead(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_none_of_them_hurt_is_no_victim() -> None:
    assert best("None of the tellers was hurt.") == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both victims were treated and released the same night.", (0, 2)),
        ("Both the cashier and the guard were taken to Mercy Hospital.", (0, 2)),
        ("Both are expected to recover, police said.", (0, 2)),
        ("Both were taken to the hospital, where one died.", (1, 1)),
    ],
)
def test_both_victims_hurt(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_the_ages_of_those_counted_between_figure_and_verb() -> None:
    text = "Three victims, a 19-year-old man, a 24-year-old woman, and a 40-year-old man, were hospitalized."
    assert best(text) == (0, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people were wounded in shootings overnight. A man was hurt on Elm Street.", (0, 1)),
        ("Two boys were hurt in unrelated accidental shootings. A girl was hurt in the yard.", (0, 1)),
        ("Three people were wounded in the shootings at the mall.", (0, 3)),
    ],
)
def test_figures_wounded_in_shootings_sum_several_incidents(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_verb_ends_the_people_noun_phrase_of_a_figure() -> None:
    assert best("3 arrested after girl shot near a school") == (0, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven victims were released from area hospitals on Monday.", (0, 7)),
        ("Two other victims arrived at the hospital in private cars.", (0, 2)),
        ("Eight people were taken to San Mateo General with minor wounds.", (0, 8)),
    ],
)
def test_more_ways_to_reach_a_hospital(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boy, 9, struck by a stray bullet outside his home", (0, 1)),
        ("A hunter suffered a self-inflicted gunshot wound to the foot.", (0, 1)),
        ("Teen fatally struck by stray gunfire on her way home", (1, 0)),
    ],
)
def test_a_victim_hit_by_a_stray_bullet_or_self_inflicted_wound(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmer shoots own foot while cleaning a rifle", (0, 1)),
        ("Accidental shooting hospitalizes boy at a campsite", (0, 1)),
    ],
)
def test_a_self_inflicted_limb_wound_or_a_hospitalising_shooting(
    text: str, expected: tuple[int, int]
) -> None:
    assert best(text) == expected


def test_more_people_nouns_after_a_figure() -> None:
    assert best("Two hunters shot in a field accident") == (0, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pistol discharged and shot him in the thigh, the chief said.", (0, 1)),
        ("A girl at the stand was hit by shrapnel.", (0, 1)),
    ],
)
def test_a_pronoun_shot_in_a_limb_or_a_victim_hit_by_shrapnel(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_victims_listed_after_an_inverted_verb() -> None:
    assert best("Injured in the exchange were a 6-year-old girl and a 30-year-old man.") == (0, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A boy is in critical condition after a shooting that also injured two other people.", (0, 3)),
        ("A man was killed and two others were also wounded.", (1, 2)),
    ],
)
def test_others_also_hurt_besides_the_first_victim(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_a_victim_of_last_month_is_background() -> None:
    text = "A boy, 5, is dead after finding a loaded gun. Last month, a girl shot herself but survived."
    assert best(text) == (1, 0)


def test_a_number_word_right_after_a_full_stop_without_space() -> None:
    assert best("Police were called to Elm Street.Three people were shot outside a bar.") == (0, 3)


def test_a_dashed_aside_between_figure_and_verb() -> None:
    text = "Three people \u2014 including a 12-year-old girl and her uncle \u2014 were wounded at the park."
    assert best(text) == (0, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ray Dunn, 19, and Tom Hale, 20, shot into a house on Oak Street.", (0, 0)),
        ("Ray Dunn, 19, and Tom Hale, 20, were shot at a party on Oak Street.", (0, 2)),
    ],
)
def test_a_list_of_shooters_firing_into_a_house_is_no_victims(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_an_ordinal_victim_hurt_besides_the_dead() -> None:
    text = "Three men were found dead in the house. A fourth man suffered a gunshot wound to the hip."
    assert best(text) == (3, 1)


def test_a_headline_figure_that_dies() -> None:
    assert best("2 teens die after triple shooting at a block party") == (2, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teen accidentally shoots himself, cousin at a hunting camp", (0, 2)),
        ("Toddler accidentally shoots himself, father charged", (0, 1)),
    ],
)
def test_a_second_victim_after_a_comma_in_a_headline(text: str, expected: tuple[int, int]) -> None:
    assert best(text) == expected


def test_another_victim_opening_a_sentence() -> None:
    text = "Three people were found dead in the flat. Another child was taken to a hospital with cuts."
    assert best(text) == (3, 1)


def test_a_victim_discharged_from_hospital_survived() -> None:
    assert best("The clerk was discharged from the hospital on Saturday.") == (0, 1)
