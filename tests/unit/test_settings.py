import pytest

from streams.settings import Settings, SettingsError, broker_servers


def test_defaults_point_at_the_embedded_broker() -> None:
    settings = Settings.from_env({})
    assert settings.broker == "kafka://127.0.0.1:9092"
    assert settings.bootstrap_servers == ["127.0.0.1:9092"]
    assert settings.enrich_mode == "accurate"


def test_environment_is_read_and_flags_override_it() -> None:
    env = {"STREAMS_TOPIC_PREFIX": "test.", "STREAMS_PARTITIONS": "8", "STREAMS_ENRICH_MODE": "fast"}
    settings = Settings.from_env(env, partitions=2, enrich_mode=None)
    assert settings.topic_prefix == "test."
    assert settings.partitions == 2
    assert settings.enrich_mode == "fast"


def test_bad_values_fail_with_the_variable_named() -> None:
    with pytest.raises(SettingsError, match="STREAMS_PARTITIONS"):
        Settings.from_env({"STREAMS_PARTITIONS": "many"})
    with pytest.raises(SettingsError, match="enrich mode"):
        Settings.from_env({}, enrich_mode="slow")
    with pytest.raises(SettingsError, match="dormant"):
        Settings.from_env({"STREAMS_DEDUP_WINDOW_DAYS": "14", "STREAMS_DEDUP_DORMANT_DAYS": "10"})
    assert Settings.from_env({"STREAMS_DEDUP_DORMANT_DAYS": "7"}).dedup_dormant_days == 7.0
    with pytest.raises(SettingsError, match="late cap"):
        Settings.from_env({"STREAMS_DEDUP_LATE_CAP": "-1"})
    assert Settings.from_env({"STREAMS_DEDUP_LATE_CAP": "5"}).dedup_late_cap == 5
    # archive days at or below the dormant days archive nothing; neither fails
    assert Settings.from_env({"STREAMS_DEDUP_DORMANT_DAYS": "1000"}).dedup_archive_days == 730.0
    assert Settings.from_env({"STREAMS_DEDUP_ARCHIVE_DAYS": "60"}).dedup_archive_days == 60.0
    with pytest.raises(SettingsError, match="archive days"):
        Settings.from_env({"STREAMS_DEDUP_ARCHIVE_DAYS": "-1"})


def test_broker_lists_are_parsed() -> None:
    assert broker_servers("kafka://a:1,b:2") == ["a:1", "b:2"]
    assert broker_servers("localhost:9092") == ["localhost:9092"]
    with pytest.raises(SettingsError):
        broker_servers("kafka://nohost")
