"""Count reconciliation across an event's articles."""

from __future__ import annotations

from typing import Any

import pytest

from streams.dedup.observations import MAX_OBSERVATIONS, add_observations, article_observations
from streams.dedup.reconcile import reconcile
from streams.enrich.count_context import sums_incidents


def _count(kind: str, value: int, qualifier: str, sentence: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "value": value,
        "qualifier": qualifier,
        "evidence": {"text": sentence, "start": 0, "end": len(sentence)},
    }


def test_higher_later_figure_wins_and_keeps_the_earlier_as_revision() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    add_observations(
        obs, article_observations("a1", [_count("killed", 130, "at_least", "Over 130 people were killed.")])
    )
    add_observations(
        obs, article_observations("a2", [_count("killed", 137, "exact", "The toll rose to 137.")])
    )
    (killed,) = reconcile(obs)
    assert (killed["value"], killed["qualifier"], killed["support"]) == (137, "exact", 1)
    assert killed["evidence"]["article_id"] == "a2"
    assert [(r["value"], r["qualifier"]) for r in killed["revisions"]] == [(130, "at_least")]


def test_figure_stated_by_more_articles_beats_a_single_outlier() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    for article_id, value in (("a1", 2), ("a2", 2), ("a3", 9)):
        add_observations(
            obs, article_observations(article_id, [_count("injured", value, "exact", f"{value} hurt.")])
        )
    (injured,) = reconcile(obs)
    assert (injured["value"], injured["support"]) == (2, 2)


def test_one_observation_per_article_and_kind_its_best() -> None:
    # Enrichment lists each kind's best figure first; "five shot" is a wider tally.
    counts = [
        _count("killed", 2, "exact", "Two died."),
        _count("killed", 5, "exact", "Five people were shot."),
        _count("arrested", 1, "exact", "One arrested."),
    ]
    observations = article_observations("a1", counts)
    stated = [(o["kind"], o["value"]) for o in observations if o["qualifier"] != "silent"]
    assert stated == [("arrested", 1), ("killed", 2)]
    obs: dict[str, list[dict[str, Any]]] = {}
    add_observations(obs, observations)
    assert [c["kind"] for c in reconcile(obs)] == ["killed", "arrested"]


def test_tie_goes_up_for_tolls_and_to_the_latest_report_for_the_injured() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    for article_id, killed, injured in (("a1", 1, 4), ("a2", 2, 3)):
        counts = [
            _count("killed", killed, "exact", f"{killed} died."),
            _count("injured", injured, "exact", f"{injured} hurt."),
        ]
        add_observations(obs, article_observations(article_id, counts))
    killed_count, injured_count = reconcile(obs)
    assert (killed_count["value"], injured_count["value"]) == (2, 3)


def test_exact_figure_outweighs_a_vague_one() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    add_observations(obs, article_observations("a1", [_count("injured", 3, "exact", "Three hurt.")]))
    vague = _count("injured", 2, "at_least", "At least two hurt.")
    add_observations(obs, article_observations("a2", [vague]))
    (injured,) = reconcile(obs)
    assert (injured["value"], injured["support"]) == (3, 1)


def test_reports_naming_no_injured_outvote_an_early_wounded_figure() -> None:
    # First report: one man wounded. Two later ones: he died, nobody else hurt.
    obs: dict[str, list[dict[str, Any]]] = {}
    add_observations(obs, article_observations("a1", [_count("injured", 1, "exact", "A man was shot.")]))
    for article_id in ("a2", "a3"):
        died = _count("killed", 1, "exact", "The man died in hospital.")
        add_observations(obs, article_observations(article_id, [died]))
    counts = reconcile(obs)
    assert [(c["kind"], c["value"], c["support"]) for c in counts] == [("killed", 1, 2)]


def test_a_stated_figure_beats_one_silent_report() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    both = [_count("killed", 1, "exact", "One died."), _count("injured", 2, "exact", "Two were hurt.")]
    add_observations(obs, article_observations("a1", both))
    add_observations(obs, article_observations("a2", [_count("killed", 1, "exact", "One man died.")]))
    killed, injured = reconcile(obs)
    assert (killed["value"], injured["value"], injured["support"]) == (1, 2, 1)
    assert injured["revisions"] == []
    assert injured["evidence"]["article_id"] == "a1"


def test_silence_alone_gives_no_count() -> None:
    # An article about arrests only says nothing about casualties.
    observations = article_observations("a1", [_count("arrested", 2, "exact", "Two were arrested.")])
    assert [o["kind"] for o in observations] == ["arrested"]
    obs: dict[str, list[dict[str, Any]]] = {}
    add_observations(obs, observations)
    add_observations(obs, article_observations("a2", [_count("killed", 1, "exact", "One died.")]))
    assert [c["kind"] for c in reconcile(obs)] == ["killed", "arrested"]


def test_a_report_written_before_its_wounded_died_says_no_one_else_was_hurt() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    add_observations(obs, article_observations("a1", [_count("injured", 1, "exact", "A man was shot.")]))
    add_observations(obs, article_observations("a2", [_count("killed", 1, "exact", "The man died.")]))
    assert [(c["kind"], c["value"]) for c in reconcile(obs)] == [("killed", 1)]


def _pair_then_toll() -> list[dict[str, Any]]:
    """A report whose lead pairs one dead with three hurt and whose body later tells two dead."""
    pair = "A drive-by shooting on Elm Street left one dead and three injured."
    return [
        _at("injured", 3, pair, 40),
        _at("killed", 2, "Both men killed in the shooting were 19.", 700),
        _at("killed", 1, pair, 40),
    ]


def test_wounded_are_read_against_the_dead_stated_in_their_own_sentence() -> None:
    observations = article_observations("a1", _pair_then_toll())
    killed, injured = (next(o for o in observations if o["kind"] == kind) for kind in ("killed", "injured"))
    assert (killed["value"], injured["value"], injured["dead"]) == (2, 3, 1)


def test_a_vague_wounded_figure_keeps_the_articles_best_dead() -> None:
    counts = _pair_then_toll()
    counts[0] = {**counts[0], "qualifier": "at_least"}
    injured = next(o for o in article_observations("a1", counts) if o["kind"] == "injured")
    assert injured["dead"] == 2


def test_a_later_pair_of_one_dead_and_three_hurt_is_two_hurt_once_two_died() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    first = [
        _count("killed", 2, "exact", "Two dead, two hurt."),
        _count("injured", 2, "exact", "Two dead, two hurt."),
    ]
    add_observations(obs, article_observations("a1", first, 100.0))
    add_observations(obs, article_observations("a2", _pair_then_toll(), 108.0))
    assert [(c["kind"], c["value"]) for c in reconcile(obs)] == [("killed", 2), ("injured", 2)]


def test_more_wounded_than_the_later_dead_stay_wounded() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    add_observations(obs, article_observations("a1", [_count("injured", 3, "exact", "Three were shot.")]))
    add_observations(obs, article_observations("a2", [_count("killed", 1, "exact", "One of them died.")]))
    killed, injured = reconcile(obs)
    assert (killed["value"], injured["value"]) == (1, 3)


def test_early_reports_of_the_wounded_never_outvote_a_later_death() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    for article_id in ("a1", "a2", "a3"):
        add_observations(
            obs, article_observations(article_id, [_count("injured", 3, "exact", "Three were shot.")])
        )
    add_observations(obs, article_observations("a4", [_count("killed", 1, "exact", "One of them died.")]))
    assert [(c["kind"], c["value"]) for c in reconcile(obs)] == [("killed", 1), ("injured", 3)]


def test_silent_votes_never_crowd_out_a_later_stated_figure() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    for n in range(MAX_OBSERVATIONS):
        add_observations(obs, article_observations(f"a{n}", [_count("killed", 1, "exact", "One died.")]))
    for n in range(MAX_OBSERVATIONS, MAX_OBSERVATIONS + 30):
        both = [_count("killed", 1, "exact", "One died."), _count("injured", 3, "exact", "Three hurt.")]
        add_observations(obs, article_observations(f"a{n}", both))
    killed, injured = reconcile(obs)
    assert (killed["value"], injured["value"], injured["support"]) == (1, 3, MAX_OBSERVATIONS)


def test_survivors_beside_the_whole_toll_keep_an_early_wounded_figure() -> None:
    # a1 gives the toll and a survivor, so the wounded of a3's early report did not all die.
    obs: dict[str, list[dict[str, Any]]] = {}
    both = [_count("killed", 1, "exact", "One died."), _count("injured", 1, "exact", "One was hurt.")]
    add_observations(obs, article_observations("a1", both))
    add_observations(obs, article_observations("a2", [_count("killed", 1, "exact", "A man died.")]))
    add_observations(obs, article_observations("a3", [_count("injured", 1, "exact", "A man was shot.")]))
    killed, injured = reconcile(obs)
    assert (killed["value"], injured["value"], injured["support"]) == (1, 1, 2)


def test_a_figure_turned_into_a_vote_for_none_stays_a_revision() -> None:
    # a1 wrote before its one wounded man died; a3 and a4 name two others shot, unharmed by the toll.
    obs: dict[str, list[dict[str, Any]]] = {}
    add_observations(obs, article_observations("a1", [_count("injured", 1, "exact", "A man was shot.")]))
    add_observations(obs, article_observations("a2", [_count("killed", 1, "exact", "The man died.")]))
    for article_id in ("a3", "a4"):
        add_observations(obs, article_observations(article_id, [_count("injured", 2, "exact", "Two hurt.")]))
    killed, injured = reconcile(obs)
    assert (killed["value"], injured["value"], injured["support"]) == (1, 2, 2)
    assert [r["value"] for r in injured["revisions"]] == [1]


def _at(kind: str, value: int, sentence: str, start: int, field: str | None = None) -> dict[str, Any]:
    evidence: dict[str, Any] = {"text": sentence, "start": start, "end": start + len(sentence)}
    if field:
        evidence["field"] = field
    return {"kind": kind, "value": value, "qualifier": "exact", "evidence": evidence}


def _two_reports(
    first: list[dict[str, Any]], later: list[dict[str, Any]], days: tuple[float, float]
) -> list[tuple[str, int]]:
    """The event's counts once a first report and a later one of ``days`` are in."""
    obs: dict[str, list[dict[str, Any]]] = {}
    add_observations(obs, article_observations("a1", first, days[0]))
    add_observations(obs, article_observations("a2", later, days[1]))
    return [(c["kind"], c["value"]) for c in reconcile(obs)]


def test_a_headline_or_lead_figure_outweighs_one_deep_in_another_body() -> None:
    # Deep in a follow-up, the toll of another shooting on the same block; a tie
    # of killed figures would otherwise go to the higher one.
    for second in (_at("killed", 3, "Three men were killed there last spring.", 2400), None):
        obs: dict[str, list[dict[str, Any]]] = {}
        add_observations(obs, article_observations("a1", [_at("killed", 1, "Man shot dead", 0, "title")]))
        if second:
            add_observations(obs, article_observations("a2", [second]))
        killed = next(c for c in reconcile(obs) if c["kind"] == "killed")
        assert killed["value"] == 1
        assert killed["evidence"]["field"] == "title"
    obs = {}
    add_observations(obs, article_observations("a1", [_at("killed", 1, "A man died.", 50)]))
    add_observations(obs, article_observations("a2", [_at("killed", 3, "Three were killed.", 100)]))
    assert next(c for c in reconcile(obs) if c["kind"] == "killed")["value"] == 3


def test_equally_supported_injured_figures_go_to_the_latest_report() -> None:
    # "Four shot, one killed" and "one killed, four injured": the higher figure exceeds
    # the lower by just the dead, which it may have counted among the wounded.
    for first, last in ((3, 4), (4, 3)):
        obs: dict[str, list[dict[str, Any]]] = {}
        for article_id, value in (("a1", first), ("a2", last)):
            counts = [_at("killed", 1, "One died.", 0), _at("injured", value, f"{value} hurt.", 10)]
            add_observations(obs, article_observations(article_id, counts))
        _, injured = reconcile(obs)
        assert (injured["value"], injured["evidence"]["article_id"]) == (last, "a2")


def test_tied_wounded_figures_of_reports_counting_as_many_dead_go_up() -> None:
    # No one died between the reports: more wounded turned up, whichever came last.
    for first, last in ((6, 7), (7, 6)):
        obs: dict[str, list[dict[str, Any]]] = {}
        for article_id, value in (("a1", first), ("a2", last)):
            counts = [_at("killed", 3, "Three died.", 0), _at("injured", value, f"{value} hurt.", 10)]
            add_observations(obs, article_observations(article_id, counts))
        assert [c["value"] for c in reconcile(obs)] == [3, 7]
    # Reports counting different dead keep the latest report's wounded.
    obs = {}
    early = [_at("killed", 2, "Two died.", 900), _at("injured", 7, "7 hurt.", 10)]
    add_observations(obs, article_observations("a1", early, 1.0))
    later = [_at("killed", 1, "One died.", 0), _at("injured", 6, "6 hurt.", 10)]
    add_observations(obs, article_observations("a2", later, 2.0))
    add_observations(obs, article_observations("a3", [_at("killed", 1, "One died.", 0)], 2.0))
    assert [(c["kind"], c["value"]) for c in reconcile(obs)] == [("killed", 1), ("injured", 6)]


def test_a_tied_wounded_figure_of_an_updated_report_stands() -> None:
    # "Seven wounded in drive-by", then "UPDATE: Six shot in drive-by": a revision down.
    for title in (
        "UPDATE: Six shot in drive-by",
        "Six men shot near the park (updated)",
        "Live updates: six shot in drive-by",
    ):
        obs: dict[str, list[dict[str, Any]]] = {}
        first = [_at("injured", 7, "Seven wounded.", 0)]
        add_observations(obs, article_observations("a1", first, 1.0, "Seven wounded in drive-by"))
        later = [_at("injured", 6, "Six people were wounded.", 0)]
        add_observations(obs, article_observations("a2", later, 2.0, title))
        assert [(c["kind"], c["value"]) for c in reconcile(obs)] == [("injured", 6)]
    # Without the mark, more wounded turned up: the higher figure.
    for title in ("Six shot in drive-by", "Family gives update on six shot in drive-by"):
        obs = {}
        add_observations(obs, article_observations("a1", first, 1.0, "Seven wounded in drive-by"))
        add_observations(obs, article_observations("a2", later, 2.0, title))
        assert [c["value"] for c in reconcile(obs)] == [7]


def test_the_latest_report_is_the_latest_published_whatever_the_arrival_order() -> None:
    # A feed lists the newest first: the evening's 5 arrives before the morning's 4.
    obs: dict[str, list[dict[str, Any]]] = {}
    for article_id, value, day in (("evening", 5, 19000.75), ("morning", 4, 19000.25)):
        counts = [_at("injured", value, f"{value} hurt.", 0)]
        add_observations(obs, article_observations(article_id, counts, day))
    (injured,) = reconcile(obs)
    assert (injured["value"], injured["evidence"]["article_id"]) == (5, "evening")


def test_a_retelling_weeks_later_does_not_count_as_the_latest_report() -> None:
    # "Three others were wounded", then at the sentencing months on "killed one and
    # injured four": a restatement from the charges, not a fresher count.
    def reconciled(late_day: float) -> list[int]:
        obs: dict[str, list[dict[str, Any]]] = {}
        first = [_at("killed", 1, "One man died.", 0), _at("injured", 3, "Three others were wounded.", 20)]
        add_observations(obs, article_observations("a1", first, 19000.0))
        later = [_at("killed", 1, "He killed one man.", 0), _at("injured", 4, "He injured four others.", 20)]
        add_observations(obs, article_observations("a2", later, late_day))
        return [c["value"] for c in reconcile(obs)]

    assert reconciled(19240.0) == [1, 3]
    assert reconciled(19002.0) == [1, 4]


def test_one_silent_report_outweighs_a_single_wounded_figure_deep_in_a_body() -> None:
    def reconciled(*articles: list[dict[str, Any]]) -> list[tuple[str, int]]:
        obs: dict[str, list[dict[str, Any]]] = {}
        for n, counts in enumerate(articles):
            add_observations(obs, article_observations(f"a{n}", counts))
        return [(c["kind"], c["value"]) for c in reconcile(obs)]

    deep = [_at("killed", 1, "A man died.", 10), _at("injured", 2, "Neighbors said two were hurt.", 900)]
    lead = [_at("killed", 1, "A man died.", 10), _at("injured", 2, "Two others were hurt.", 100)]
    silent = [_at("killed", 1, "A man was killed.", 10)]
    assert reconciled(deep, silent) == [("killed", 1)]
    # A figure in the lead, or the same figure deep in two bodies, outweighs it.
    assert reconciled(lead, silent) == [("killed", 1), ("injured", 2)]
    assert reconciled(deep, deep, silent) == [("killed", 1), ("injured", 2)]
    # Silence is capped: however many silent reports, a figure in the lead stands.
    assert reconciled(lead, silent, silent, silent) == [("killed", 1), ("injured", 2)]


def test_a_death_deep_in_a_round_up_is_another_items() -> None:
    # A news-briefs page joined the event for its item on the drive-by; the death
    # further down is another brief's.
    def reconciled(title: str, start: int) -> list[tuple[str, int]]:
        counts = [
            _at("injured", 4, "Four people were wounded in a drive-by.", 0),
            _at("killed", 1, "A toddler's death is under investigation.", start),
        ]
        obs: dict[str, list[dict[str, Any]]] = {}
        add_observations(obs, article_observations("briefs", counts, 19000.0, title))
        return [(c["kind"], c["value"]) for c in reconcile(obs)]

    assert reconciled("Regional news briefs", 1400) == [("injured", 4)]
    # In a round-up's lead, or deep in one story's body, the death still counts.
    assert reconciled("Regional news briefs", 200) == [("killed", 1), ("injured", 4)]
    assert reconciled("Four wounded in drive-by", 1400) == [("killed", 1), ("injured", 4)]


def test_a_round_ups_other_death_does_not_come_back_as_its_pages_dead() -> None:
    # The briefs page's wounded carry its page's dead; with that death another item's,
    # the page is no later report of "one died since" (1 killed, 1 hurt) against 2 hurt.
    obs: dict[str, list[dict[str, Any]]] = {}
    report = [_at("injured", 2, "Two people were wounded in a drive-by.", 0)]
    add_observations(obs, article_observations("a1", report, 19000.0, "Two wounded in drive-by"))
    briefs = [
        _at("injured", 1, "One person was wounded in a drive-by.", 0),
        _at("killed", 1, "A toddler's death is under investigation.", 1400),
    ]
    add_observations(obs, article_observations("briefs", briefs, 19001.0, "Regional news briefs"))
    assert [(c["kind"], c["value"]) for c in reconcile(obs)] == [("injured", 2)]


def test_a_round_up_headline_weighs_its_figures_half() -> None:
    def reconciled(roundup_title: str) -> list[tuple[str, int]]:
        obs: dict[str, list[dict[str, Any]]] = {}
        own = [_at("killed", 2, "Two men were killed.", 0), _at("injured", 2, "Two were wounded.", 40)]
        add_observations(obs, article_observations("own", own))
        other = [_at("killed", 4, "Four people were killed.", 0), _at("injured", 2, "Two were hurt.", 40)]
        add_observations(obs, article_observations("roundup", other, 19000.0, roundup_title))
        return [(c["kind"], c["value"]) for c in reconcile(obs)]

    # The night's other incident in a round-up does not outvote the event's own report...
    assert reconciled("8 dead, 27 wounded in weekend shootings across Chicago") == [
        ("killed", 2),
        ("injured", 2),
    ]
    # ... while a report of one incident ties, and the higher toll wins the tie.
    assert reconciled("Four dead after shooting at party") == [("killed", 4), ("injured", 2)]


def test_reports_of_the_wounded_outvote_a_stray_death_deep_in_one_body() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    for article_id in ("a1", "a1b"):
        add_observations(
            obs, article_observations(article_id, [_at("injured", 4, "Four people were shot.", 0)])
        )
    stray = [
        _at("injured", 4, "Four were wounded at the park.", 0),
        _at("killed", 1, "A man was killed nearby last month.", 1500),
    ]
    add_observations(obs, article_observations("a2", stray))
    assert [(c["kind"], c["value"]) for c in reconcile(obs)] == [("injured", 4)]
    # A death in a later headline is no stray: the toll rose, and one of the four
    # wounded of the early reports has died since.
    add_observations(
        obs, article_observations("a3", [_at("killed", 1, "Victim of park shooting dies", 0, "title")])
    )
    assert [(c["kind"], c["value"]) for c in reconcile(obs)] == [("killed", 1), ("injured", 3)]


def test_early_reports_lose_the_wounded_who_died_since_once_survivors_are_known() -> None:
    # a3 gives the whole toll and the survivors: two of the early reports' seven died.
    obs: dict[str, list[dict[str, Any]]] = {}
    for article_id in ("a1", "a2"):
        add_observations(
            obs, article_observations(article_id, [_at("injured", 7, "Seven people were shot.", 0)])
        )
    later = [_at("killed", 2, "Two of the victims died.", 0), _at("injured", 5, "Five are recovering.", 80)]
    add_observations(obs, article_observations("a3", later))
    killed, injured = reconcile(obs)
    assert (killed["value"], injured["value"], injured["support"]) == (2, 5, 3)
    assert [r["value"] for r in injured["revisions"]] == [7]


def test_a_stated_number_outweighs_one_inferred_from_an_unnumbered_victim() -> None:
    obs: dict[str, list[dict[str, Any]]] = {}
    add_observations(obs, article_observations("a1", [_at("injured", 3, "Three people were shot.", 0)]))
    # A later follow-up about one of them: "a woman was wounded" names no number.
    inferred = {**_at("injured", 1, "A woman was wounded.", 0), "inferred": True}
    add_observations(obs, article_observations("a2", [inferred]))
    (injured,) = reconcile(obs)
    assert (injured["value"], injured["evidence"]["article_id"]) == (3, "a1")


def test_two_unnumbered_wounded_do_not_outvote_many_reports_of_the_dead_alone() -> None:
    # The girl died; two reports read a wounded victim from passing mentions ("a girl
    # was shot" in a headline, "she was rushed to a hospital" deep in a body).
    obs: dict[str, list[dict[str, Any]]] = {}
    for article_id in ("a1", "a2", "a3"):
        add_observations(
            obs, article_observations(article_id, [_at("killed", 1, "Girl, 4, dies", 0, "title")])
        )
    headline = [
        {**_at("killed", 1, "The girl died on Sunday.", 0), "inferred": True},
        {**_at("injured", 1, "Two charged after girl shot", 0, "title"), "inferred": True},
    ]
    add_observations(obs, article_observations("a4", headline))
    body = [
        {**_at("killed", 1, "The girl died.", 0), "inferred": True},
        {**_at("injured", 1, "She was rushed to a hospital.", 900), "inferred": True},
    ]
    add_observations(obs, article_observations("a5", body))
    assert [(c["kind"], c["value"]) for c in reconcile(obs)] == [("killed", 1)]


@pytest.mark.parametrize(
    ("title", "many"),
    [
        ("3 dead, 26 wounded in weekend Detroit shootings", True),
        ("Violent afternoon as 7 shot in 3 separate shootings", True),
        ("Shooting, drugs and fraud: March 14 Police Blotter", True),
        ("Regional News Briefs", True),
        ("Man killed in shooting outside Main Street bar", False),
        ("Two dead after shooting at birthday party", False),
    ],
)
def test_which_headlines_tell_of_several_incidents(title: str, many: bool) -> None:
    assert sums_incidents(title) is many


def test_a_later_report_of_more_dead_among_as_many_hit_updates_the_counts() -> None:
    def reconciled(later: list[dict[str, Any]]) -> list[tuple[str, int]]:
        obs: dict[str, list[dict[str, Any]]] = {}
        early = [_at("killed", 1, "One man was killed", 0, "title"), _at("injured", 1, "One was hurt.", 30)]
        for article_id in ("a1", "a2"):
            add_observations(obs, article_observations(article_id, early, 19000.0))
        add_observations(obs, article_observations("a3", later, 19002.0))
        return [(c["kind"], c["value"]) for c in reconcile(obs)]

    # the wounded victim died: two dead, no one hurt, though two reports said otherwise
    assert reconciled([_at("killed", 2, "Second victim of shooting dies", 0, "title")]) == [("killed", 2)]
    # more dead than people hit before is no update of this pair: the vote stands
    assert reconciled([_at("killed", 3, "Three dead in shooting", 0, "title")]) == [
        ("killed", 1),
        ("injured", 1),
    ]


def test_silence_published_before_the_wounded_were_named_counts_half() -> None:
    def reconciled(*articles: tuple[float | None, list[dict[str, Any]]]) -> list[tuple[str, int]]:
        obs: dict[str, list[dict[str, Any]]] = {}
        for n, (day, counts) in enumerate(articles):
            add_observations(obs, article_observations(f"a{n}", counts, day))
        return [(c["kind"], c["value"]) for c in reconcile(obs)]

    killed = _at("killed", 3, "Three people were killed at a mobile home.", 0)
    escaped = "A fourth victim escaped and is recovering from wounds."
    survivor = {**_at("injured", 1, escaped, 0), "inferred": True}
    # Two reports of the dead on day 1, then one naming a survivor on day 2.
    assert reconciled((1.0, [killed]), (1.0, [killed]), (2.0, [killed, survivor])) == [
        ("killed", 3),
        ("injured", 1),
    ]
    # The same silence published with or after it, or undated, counts in full.
    assert reconciled((2.0, [killed]), (2.0, [killed]), (2.0, [killed, survivor])) == [("killed", 3)]
    assert reconciled((None, [killed]), (None, [killed]), (2.0, [killed, survivor])) == [("killed", 3)]
    # Days are calendar days: reports of 09:00 and 09:30 before one of 15:00 that day.
    assert reconciled((2.375, [killed]), (2.396, [killed]), (2.625, [killed, survivor])) == [("killed", 3)]
    # A figure deep in a later body does not discount earlier silence.
    deep = _at("injured", 1, "Neighbors said a fourth person was also shot.", 900)
    assert reconciled((1.0, [killed]), (2.0, [killed, deep])) == [("killed", 3)]


def test_a_later_report_of_a_death_since_adds_to_the_toll() -> None:
    def reconciled(later: list[dict[str, Any]], day: float = 19007.0) -> list[tuple[str, int]]:
        obs: dict[str, list[dict[str, Any]]] = {}
        first = [
            _at("killed", 2, "Father shoots his two sons dead", 0, "title"),
            _at("injured", 1, "The father was in critical condition.", 40),
        ]
        add_observations(obs, article_observations("a1", first, 19000.0))
        add_observations(obs, article_observations("a2", later, day))
        return [(c["kind"], c["value"]) for c in reconcile(obs)]

    # the father died a week on: three dead, no one hurt
    died = _at("killed", 1, "Man who shot his two sons has died", 0, "title")
    assert reconciled([died]) == [("killed", 3)]
    # a report of that day, or one not telling of a death since, restates the toll
    assert reconciled([died], 19000.5) == [("killed", 2), ("injured", 1)]
    assert reconciled([_at("killed", 1, "Man shot dead by his father", 0, "title")]) == [
        ("killed", 2),
        ("injured", 1),
    ]


def test_a_death_since_needs_a_wounded_victim_who_could_have_died() -> None:
    first = [_at("killed", 2, "Two men shot dead outside a bar", 0, "title")]
    later = [_at("killed", 1, "The second man died of his injuries at a hospital.", 30)]
    assert _two_reports(first, later, (19000.0, 19001.0)) == [("killed", 2)]


def test_the_wounded_of_a_report_of_a_death_since_are_those_left() -> None:
    # "Gunman kills one before he is shot dead; at least three wounded", then two
    # days on "the clerk died of his injuries ... both others are stable".
    obs: dict[str, list[dict[str, Any]]] = {}
    first = [
        _at("killed", 2, "Gunman kills one at store before he is shot dead", 0, "title"),
        {**_at("injured", 3, "At least three people were wounded.", 60), "qualifier": "at_least"},
    ]
    add_observations(obs, article_observations("a1", first, 19000.0))
    later = [
        _at("killed", 1, "The clerk died of his injuries at a hospital.", 700),
        _at("injured", 2, "Both others are in stable condition.", 760),
    ]
    add_observations(obs, article_observations("a2", later, 19002.0))
    killed, injured = reconcile(obs)
    assert (killed["value"], killed["evidence"]["article_id"]) == (3, "a2")
    assert [r["value"] for r in killed["revisions"]] == [2, 1]
    # no article states three: the toll has no support of its own
    assert "support" not in killed
    assert injured["value"] == 2


def test_a_headline_of_one_who_dies_restates_the_toll() -> None:
    # "Two killed, two wounded", then two days on "Mother of three dies after nightclub
    # shooting": she may be one of the two dead; only news of a death since adds.
    first = [
        _at("killed", 2, "Two killed, two wounded in nightclub shooting", 0, "title"),
        _at("injured", 2, "Two killed, two wounded in nightclub shooting", 0, "title"),
    ]
    later = [_at("killed", 1, "Mother of three dies after nightclub shooting, family says", 0, "title")]
    assert _two_reports(first, later, (19000.0, 19002.0)) == [("killed", 2), ("injured", 2)]


@pytest.mark.parametrize(
    "headline",
    [
        "Man wounded in nightclub shooting dies",
        "Teen shot last week dies at hospital",
        "Clerk dies days after nightclub shooting",
        "Bouncer hurt in nightclub shooting has since died",
    ],
)
def test_a_headline_of_one_hurt_who_dies_is_news_of_a_death_since(headline: str) -> None:
    first = [
        _at("killed", 2, "Two killed, one wounded in nightclub shooting", 0, "title"),
        _at("injured", 1, "Two killed, one wounded in nightclub shooting", 0, "title"),
    ]
    later = [_at("killed", 1, headline, 0, "title")]
    assert _two_reports(first, later, (19000.0, 19003.0)) == [("killed", 3)]


def test_a_victim_told_by_ordinal_after_a_count_of_one_fewer_is_the_update() -> None:
    def reconciled(value: int, sentence: str, day: float = 19004.0) -> list[tuple[str, int]]:
        obs: dict[str, list[dict[str, Any]]] = {}
        first = [_at("injured", 4, "Four wounded in drive-by on Elm Street", 0, "title")]
        add_observations(obs, article_observations("a1", first, 19000.0))
        add_observations(obs, article_observations("a2", [_at("injured", value, sentence, 900)], day))
        return [(c["kind"], c["value"]) for c in reconcile(obs)]

    fifth = "A fifth victim who had been shot was found later at a hospital."
    assert reconciled(5, fifth) == [("injured", 5)]
    # the same day, the count of four stands against a figure deep in a body
    assert reconciled(5, fifth, 19000.5) == [("injured", 4)]
    # a figure told without an ordinal, or an ordinal that is not the figure
    assert reconciled(5, "Police said five people were hit in all.") == [("injured", 4)]
    assert reconciled(1, "A fifth victim, a girl, is in stable condition.") == [("injured", 4)]
    # a victim described by the noun before it
    assert reconciled(5, "A fifth shooting victim was found later at a hospital.") == [("injured", 5)]


def test_an_ordinal_of_another_noun_is_no_victim_told_by_ordinal() -> None:
    # "Man wounded in Elm Street shooting", then deep in a later body "a second shooting
    # wounded a man and a woman": the second shooting's hurt, not one more victim.
    first = [_at("injured", 1, "Man wounded in Elm Street shooting", 0, "title")]
    later = [_at("injured", 2, "Hours later, a second shooting wounded a man and a woman.", 900)]
    assert _two_reports(first, later, (19000.0, 19002.0)) == [("injured", 1)]


def test_a_victim_told_by_ordinal_updates_the_toll_too() -> None:
    first = [_at("killed", 2, "Two killed in shooting", 0, "title")]
    later = [_at("killed", 3, "A third victim died at the hospital on Friday.", 800)]
    assert _two_reports(first, later, (19000.0, 19003.0)) == [("killed", 3)]
