from pathlib import Path

import orjson

from streams.ingest.readers import RawInput, read_inputs
from streams.offline import latest_versions, process
from streams.pipeline import JsonStore
from streams.schemas import schema_errors
from streams.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples"
FAST = Settings.from_env({}, enrich_mode="fast")


def test_json_store_hands_out_copies_like_a_changelog_table() -> None:
    store = JsonStore()
    store["e:1"] = {"articles": ["a"]}
    store["e:1"]["articles"].append("b")  # lost: never written back
    assert store["e:1"] == {"articles": ["a"]}
    assert list(store) == ["e:1"] and len(store) == 1
    del store["e:1"]
    assert "e:1" not in store


def test_latest_versions_keeps_the_highest_version_in_first_seen_order() -> None:
    records = [
        {"event_id": "b", "version": 1},
        {"event_id": "a", "version": 1},
        {"event_id": "b", "version": 2},
    ]
    assert latest_versions(records) == [{"event_id": "b", "version": 2}, {"event_id": "a", "version": 1}]


def test_bad_input_is_dead_lettered_and_the_rest_goes_on() -> None:
    inputs = [RawInput(b"not json", "feed:1", "jsonl"), *read_inputs([str(SAMPLES / "crocus-city-hall.txt")])]
    outputs = list(process(inputs, FAST))
    kinds = [kind for kind, _ in outputs]
    assert kinds == ["deadletter", "event"]
    dead = outputs[0][1]
    assert (dead["stage"], dead["reason"], dead["source"]) == ("ingest", "invalid_json", "feed:1")
    assert schema_errors(outputs[1][1], "event_record") == []


def test_same_input_gives_the_same_events_twice() -> None:
    def run() -> list[dict]:
        records = [r for kind, r in process(read_inputs([str(SAMPLES)]), FAST) if kind == "event"]
        return [{k: v for k, v in r.items() if k != "updated_at"} for r in records]

    assert run() == run()


def test_the_late_cap_setting_reaches_the_clusterer() -> None:
    """Two copies of a story dated months behind the stream meet under the default
    cap; with ``STREAMS_DEDUP_LATE_CAP=0`` the first expires at once and the copy
    starts an event of its own."""
    story = "Flood waters forced the evacuation of the riverside district overnight, officials said. " * 4
    budget = "The city council approved the budget after a long debate. " * 4
    lines = [
        {"id": "now", "text": budget, "published": "2024-06-01"},
        {"id": "old-1", "text": story, "published": "2024-03-05"},
        {"id": "old-2", "text": story, "published": "2024-03-06"},
    ]
    inputs = [RawInput(orjson.dumps(line), f"feed:{i}", "jsonl") for i, line in enumerate(lines)]

    def events(settings: Settings) -> int:
        return len({r["event_id"] for kind, r in process(inputs, settings) if kind == "event"})

    assert events(FAST) == 2
    assert events(FAST.with_overrides(dedup_late_cap=0)) == 3


def test_the_archive_setting_reaches_the_clusterer() -> None:
    """A sentence six months after a killing joins its archived event by default; with
    ``STREAMS_DEDUP_ARCHIVE_DAYS`` equal to the dormant days nothing is archived and the
    sentence starts an event of its own."""
    lines = [
        {
            "id": "shooting",
            "title": "Man shot dead outside Springfield grocery store",
            "text": "A man was shot and killed outside Hartley Foods on Elm Street in Springfield "
            "late Tuesday, police said. Officers found Marcus Delaney, 34, in the parking lot. "
            "Detectives arrested Dwayne Ortiz, 29, a few blocks away.",
            "published": "2024-03-06",
        },
        {"id": "budget", "text": "The city council approved the budget. " * 5, "published": "2024-09-08"},
        {
            "id": "sentence",
            "title": "Man sentenced for killing outside Springfield grocery store",
            "text": "Dwayne Ortiz was sentenced on Monday to 40 years in prison for killing Marcus "
            "Delaney in the parking lot of Hartley Foods in Springfield.",
            "published": "2024-09-09",
        },
    ]
    inputs = [RawInput(orjson.dumps(line), f"feed:{i}", "jsonl") for i, line in enumerate(lines)]

    def events(settings: Settings) -> int:
        return len({r["event_id"] for kind, r in process(inputs, settings) if kind == "event"})

    assert events(FAST) == 2
    assert events(FAST.with_overrides(dedup_archive_days=FAST.dedup_dormant_days)) == 3
