"""Same-event joins, look-alike events, expiry, rebuild and determinism."""

from __future__ import annotations

import copy
from typing import Any

from prometheus_client import REGISTRY

from streams.dedup import Clusterer, Decision, blocking_key
from streams.dedup.similarity import DEFAULT_WEIGHTS, Scoring
from streams.pipeline import cluster_article
from tests.unit.fixtures.dedup.builders import (
    SHOOTING_SPRINGFIELD,
    SPRINGFIELD_FOLLOWUP,
    make_article,
    riverton,
    springfield,
    springfield_followup,
)

NOW = "2024-03-06T12:00:00Z"


def _stream() -> list[dict[str, Any]]:
    return [
        springfield("s1"),
        riverton("r1"),
        springfield("s1-copy", url="https://wire.example/s1"),
        springfield_followup("s2"),
        riverton("r1"),
        make_article(
            "lyon-1",
            "Firefighters in Lyon put out a warehouse blaze near the Rhone river on Tuesday. "
            "Nobody was hurt, the prefecture said, and traffic resumed in the evening. " * 2,
            title="Warehouse fire in Lyon",
            place="Lyon",
        ),
    ]


def _run(stream: list[dict[str, Any]], clusterer: Clusterer, now: str = NOW) -> list[Decision]:
    return [clusterer.add(copy.deepcopy(a), now) for a in stream]


def test_same_event_joins_with_version_bump_and_explanation() -> None:
    clusterer = Clusterer({})
    first = clusterer.add(springfield("s1"), NOW)
    second = clusterer.add(springfield_followup("s2"), NOW)
    assert second.kind == "same_event"
    assert second.event_id == first.event_id
    assert second.record is not None
    assert second.record["version"] == 2
    assert second.record["num_articles"] == 2
    merge = second.record["merge"][-1]
    assert merge["decision"] == "same_event"
    assert merge["score"] >= clusterer.scoring.threshold
    assert {"text", "names", "places", "time"} <= set(merge["signals"])


def test_look_alike_shootings_same_day_in_other_towns_stay_apart() -> None:
    clusterer = Clusterer({})
    spr = clusterer.add(springfield("s1"), NOW)
    riv = clusterer.add(riverton("r1"), NOW)
    assert riv.kind == "new"
    assert riv.event_id != spr.event_id


def test_counts_are_reconciled_with_revisions() -> None:
    clusterer = Clusterer({})
    clusterer.add(springfield("s1"), NOW)
    record = clusterer.add(springfield_followup("s2"), NOW).record
    assert record is not None
    killed = next(c for c in record["counts"] if c["kind"] == "killed")
    assert killed["value"] == 2
    assert killed["evidence"]["article_id"] == "s2"
    assert [r["value"] for r in killed["revisions"]] == [1]


def test_blocking_key_scopes() -> None:
    lyon = _stream()[-1]
    assert blocking_key(lyon) == "en"
    assert blocking_key({**lyon, "language": ""}) == "und"
    assert blocking_key(lyon, "country") == "FR"
    assert blocking_key({**lyon, "location": None}, "country") == "FR"
    assert blocking_key({**lyon, "location": None, "locations": []}, "country") == "ZZ"


def test_decisions_depend_only_on_the_blocking_key() -> None:
    alone = Clusterer({}, scope="country")
    mixed = Clusterer({}, scope="country")
    lyon = _stream()[-1]
    only_us = [a for a in _stream() if a["article_id"] != "lyon-1"]
    kinds_alone = [d.kind for d in _run(only_us, alone)]
    kinds_mixed = [d.kind for d in _run([lyon, *only_us], mixed)][1:]
    assert kinds_alone == kinds_mixed


def test_determinism_two_runs_equal_except_updated_at() -> None:
    def records(run_now: str) -> list[Any]:
        out = []
        for d in _run(_stream(), Clusterer({}), run_now):
            rec = dict(d.record or {})
            assert d.record is None or d.record["updated_at"] == run_now
            rec.pop("updated_at", None)
            out.append((d.kind, d.event_id, d.duplicate_of, d.signals, rec))
        return out

    assert records(NOW) == records("2030-01-01T00:00:00Z")


def test_expiry_removes_store_entries_after_the_dormant_horizon() -> None:
    store: dict[str, Any] = {}
    # No archive time: an event naming people is otherwise archived (test_dedup_archive).
    clusterer = Clusterer(store, window_days=7.0, dormant_days=30.0, archive_days=30.0)
    clusterer.add(springfield("s1"), NOW)
    clusterer.add(springfield("s1-copy", url="https://wire.example/s1"), NOW)
    assert any(k.startswith("e:") for k in store)
    later = make_article(
        "late-1",
        SHOOTING_SPRINGFIELD.replace("grocery store", "bakery") + " A month later.",
        title="Unrelated later story",
        published="2024-04-20T10:00:00Z",
    )
    clusterer.add(later, NOW)
    keys = set(store)
    assert not any("s1" in k for k in keys if k.startswith("a:"))
    assert len([k for k in keys if k.startswith("e:")]) == 1
    assert clusterer.state_entries() == len(store)
    assert clusterer.state_entries() <= 5


def _budget(article_id: str, published: str) -> dict[str, Any]:
    return make_article(article_id, "Council approves the budget. " * 5, published=published)


def test_late_reports_of_one_story_meet_and_still_expire() -> None:
    """An archive fed out of order: two reports dated months before the watermark
    join one event, kept as if it arrived at the watermark, which later expires."""
    store: dict[str, Any] = {}
    clusterer = Clusterer(store, window_days=7.0, dormant_days=30.0, archive_days=30.0)
    clusterer.add(_budget("x1", "2024-06-01T09:00:00Z"), NOW)
    first = clusterer.add(springfield("s1"), NOW)
    second = clusterer.add(springfield_followup("s2", published="2024-03-06T09:00:00Z"), NOW)
    assert second.kind == "same_event"
    assert second.event_id == first.event_id
    assert (first.late, second.late) == ("kept", "kept")
    clusterer.add(_budget("x2", "2024-07-20T09:00:00Z"), NOW)
    assert not any(first.event_id in key or "s1" in key for key in store)


def test_an_event_kept_by_late_reports_is_dormant_to_current_ones() -> None:
    """A late event is live only for late reports: a current report of the town,
    weeks past its span, needs what a dormant event needs (a date, a name)."""
    clusterer = Clusterer({}, window_days=7.0, dormant_days=30.0)
    clusterer.add(_budget("x1", "2024-06-01T09:00:00Z"), NOW)
    late = clusterer.add(springfield("s1"), NOW)
    current = clusterer.add(
        springfield_followup(
            "s2", published="2024-06-02T09:00:00Z", persons=(), url="https://other.example/s2"
        ),
        NOW,
    )
    assert current.event_id != late.event_id


def test_late_articles_beyond_the_cap_expire_at_once() -> None:
    """Replaying an old stream keeps memory flat: past ``late_cap`` late articles
    while the watermark stands still, a late report is not kept for the next one."""
    clusterer = Clusterer({}, window_days=7.0, dormant_days=30.0, late_cap=1)
    clusterer.add(_budget("x1", "2024-06-01T09:00:00Z"), NOW)
    clusterer.add(_budget("x0", "2024-01-10T09:00:00Z"), NOW)  # the one late article kept
    first = clusterer.add(springfield("s1"), NOW)
    second = clusterer.add(springfield_followup("s2", published="2024-03-06T09:00:00Z"), NOW)
    assert second.event_id != first.event_id
    assert (first.late, second.late) == ("over_cap", "over_cap")
    assert clusterer.state_entries() < 12


def _three_weeks_later(
    event_date: str | None, persons: tuple[str, ...] = ("Marcus Delaney", "Anna Robles")
) -> tuple[Decision, Decision]:
    """The first Springfield report, then a follow-up three weeks on (the event is dormant)."""
    clusterer = Clusterer({}, window_days=7.0)
    first = clusterer.add(springfield("s1"), NOW)
    filler = make_article("x1", "Council approves the budget. " * 5, published="2024-03-26T09:00:00Z")
    clusterer.add(filler, NOW)
    later = springfield_followup(
        "s2", published="2024-03-27T09:00:00Z", event_date=event_date, persons=persons
    )
    return first, clusterer.add(later, NOW)


def test_dormant_event_takes_a_follow_up_naming_its_day_or_its_people() -> None:
    for event_date, persons in (("2024-03-05", ()), (None, ("Marcus Delaney",))):
        first, follow_up = _three_weeks_later(event_date, persons)
        assert follow_up.kind == "same_event" and follow_up.event_id == first.event_id
        assert follow_up.signals["dormant"] == 1.0


def test_dormant_event_takes_a_follow_up_naming_its_people_with_a_middle_initial() -> None:
    clusterer = Clusterer({}, window_days=7.0)
    first = clusterer.add(springfield("s1", persons=("Marcus Delaney",)), NOW)
    filler = make_article("x1", "Council approves the budget. " * 5, published="2024-03-26T09:00:00Z")
    clusterer.add(filler, NOW)
    text = SPRINGFIELD_FOLLOWUP.replace("Marcus Delaney", "Marcus T. Delaney").replace("Chief Anna", "Chief")
    later = make_article("s2", text, published="2024-03-27T09:00:00Z", persons=("Marcus T. Delaney",))
    follow_up = clusterer.add(later, NOW)
    assert follow_up.kind == "same_event" and follow_up.event_id == first.event_id, follow_up.signals
    assert follow_up.signals["dormant"] == 1.0 and follow_up.signals["person"] == 1.0


def test_dormant_event_ignores_a_report_naming_neither_its_day_nor_its_people() -> None:
    for event_date in (None, "2024-03-24"):
        _, other = _three_weeks_later(event_date, persons=())
        assert other.kind == "new"


def test_a_copy_of_an_undated_article_outliving_its_event_starts_a_new_event() -> None:
    clusterer = Clusterer({}, window_days=7.0, dormant_days=30.0, archive_days=30.0)
    clusterer.add(springfield("s1", published=None), NOW)
    assert clusterer.add(springfield_followup("s2"), NOW).kind == "same_event"
    clusterer.add(
        make_article("x1", "Council approves the budget. " * 5, published="2024-06-01T09:00:00Z"), NOW
    )
    copy_of_s1 = springfield("s1-copy", url="https://wire.example/s1", published="2024-06-02T09:00:00Z")
    decision = clusterer.add(copy_of_s1, NOW)
    assert decision.kind == "new"
    assert all(v["profile"] is not None for k, v in clusterer.store.items() if k.startswith("e:"))
    Clusterer(copy.deepcopy(dict(clusterer.store)))  # rebuilds every index without error


def test_a_dormant_event_survives_a_rebuild() -> None:
    # Found by its stated day, then by the people it names alone.
    for event_date in ("2024-03-05", None):
        live = Clusterer({}, window_days=7.0)
        first = live.add(springfield("s1"), NOW)
        filler = make_article("x1", "Council approves the budget. " * 5, published="2024-03-26T09:00:00Z")
        live.add(filler, NOW)
        restored = Clusterer(copy.deepcopy(dict(live.store)), window_days=7.0)
        later = springfield_followup("s2", published="2024-03-27T09:00:00Z", event_date=event_date)
        ours, theirs = live.add(later, NOW), restored.add(copy.deepcopy(later), NOW)
        assert ours.event_id == theirs.event_id == first.event_id
        assert ours.signals == theirs.signals


def test_rebuild_index_on_a_copy_gives_the_same_next_decisions() -> None:
    stream = _stream()
    live = Clusterer({})
    _run(stream[:3], live)
    restored = Clusterer(copy.deepcopy(dict(live.store)))
    restored.rebuild_index()
    tail = [*stream[3:], springfield("s1-again", url="https://other.example/again")]
    ours = [(d.kind, d.event_id, d.duplicate_of, d.signals) for d in _run(tail, live)]
    theirs = [(d.kind, d.event_id, d.duplicate_of, d.signals) for d in _run(tail, restored)]
    assert ours == theirs
    assert [k for k, *_ in ours] == ["same_event", "replay", "new", "exact"]


def test_same_day_and_place_alone_do_not_join_unrelated_reports() -> None:
    clusterer = Clusterer({})
    first = clusterer.add(springfield("s1"), NOW)
    budget = make_article(
        "council-1",
        "The city council approved next year's library budget after a long debate about "
        "opening hours, new reading rooms and the cost of repairing the old roof. " * 2,
        title="Council approves library budget",
    )
    decision = clusterer.add(budget, NOW)
    assert decision.kind == "new"
    assert decision.event_id != first.event_id


def _second_springfield_shooting(street: str, age: int = 34) -> dict[str, Any]:
    text = (
        f"Gunfire on {street} left a {age}-year-old man hurt on Tuesday night. Paramedics took "
        "him to a hospital in stable condition. No arrests were made."
    )
    return make_article("s9", text, title="Man hurt in overnight gunfire", persons=())


def test_a_second_shooting_in_town_on_another_street_stays_apart() -> None:
    # Same town and night, little else in common: the street decides.
    no_penalty = Scoring(weights=DEFAULT_WEIGHTS, street_conflict_penalty=0.0)
    for street, scoring, joins in (
        ("Oak Avenue", None, False),
        ("Oak Avenue", no_penalty, True),
        ("Elm Street", None, True),
    ):
        clusterer = Clusterer({}, scoring=scoring)
        first = clusterer.add(springfield("s1"), NOW)
        other = clusterer.add(_second_springfield_shooting(street), NOW)
        assert (other.event_id == first.event_id) is joins, (street, other.score, other.signals)


def test_a_second_shooting_in_town_with_a_victim_of_another_age_stays_apart() -> None:
    # Same town and night, no street: the victims' ages (34 in the first report) decide.
    no_penalty = Scoring(weights=DEFAULT_WEIGHTS, age_conflict_penalty=0.0)
    for age, scoring, joins in ((19, None, False), (19, no_penalty, True), (34, None, True)):
        clusterer = Clusterer({}, scoring=scoring)
        first = clusterer.add(springfield("s1"), NOW)
        other = clusterer.add(_second_springfield_shooting("a side road", age), NOW)
        assert (other.event_id == first.event_id) is joins, (age, other.score, other.signals)


def test_a_dormant_event_ignores_the_towns_next_shooting_quoting_the_same_chief() -> None:
    clusterer = Clusterer({}, window_days=7.0)
    first = clusterer.add(springfield("s1"), NOW)
    clusterer.add(
        make_article("x1", "Council approves the budget. " * 5, published="2024-03-26T09:00:00Z"), NOW
    )
    text = (
        "A man was shot and wounded outside a gas station on Oak Avenue in Springfield early "
        "Wednesday, police said. Jamal Pryce, 22, was taken to Memorial Hospital. Police Chief "
        "Anna Robles said detectives are looking for a gray pickup."
    )
    later = make_article(
        "n1",
        text,
        title="Man wounded outside gas station",
        published="2024-03-27T09:00:00Z",
        persons=("Anna Robles", "Jamal Pryce"),
    )
    decision = clusterer.add(later, NOW)
    assert decision.kind == "new" and decision.event_id != first.event_id


def test_a_copy_waking_a_dormant_event_decides_as_after_a_restart() -> None:
    live = Clusterer({}, window_days=7.0, dormant_days=30.0)
    live.add(springfield("s1", published=None), NOW)
    live.add(springfield_followup("s2"), NOW)
    live.add(make_article("x1", "Council approves the budget. " * 5, published="2024-03-20T09:00:00Z"), NOW)
    copy_of_first = springfield("s1-copy", url="https://wire.example/s1", published="2024-03-21T09:00:00Z")
    assert live.add(copy_of_first, NOW).kind in ("exact", "near")
    restored = Clusterer(copy.deepcopy(dict(live.store)), window_days=7.0, dormant_days=30.0)
    follow_up = springfield_followup(
        "s3", published="2024-03-22T09:00:00Z", persons=(), url="https://third.example/s3"
    )
    a, b = live.add(copy.deepcopy(follow_up), NOW), restored.add(copy.deepcopy(follow_up), NOW)
    assert (a.kind, a.event_id, a.score) == (b.kind, b.event_id, b.score)


def test_late_articles_are_counted_in_a_metric() -> None:
    def kept() -> float:
        return REGISTRY.get_sample_value("streams_dedup_late_articles_total", {"outcome": "kept"}) or 0.0

    clusterer = Clusterer({}, window_days=7.0)
    before = kept()
    cluster_article(clusterer, _budget("x1", "2024-06-01T09:00:00Z"), NOW)
    cluster_article(clusterer, springfield("s1"), NOW)
    assert kept() == before + 1
