"""The configuration is read from the environment in one place, with the defaults README documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from roadmapfinder.config import Config


def test_defaults_need_nothing_set(tmp_path: Path) -> None:
    config = Config.from_environ({"ROADMAPFINDER_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)})
    assert config.database_url == f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert config.static_root == tmp_path / "static"
    assert (config.https_only, config.secure_cookies, config.secure_hsts_seconds) == (False, False, 0)
    assert config.time_zone == "UTC"
    assert config.content_dir is None
    assert config.cli_config_file == tmp_path / ".config" / "roadmapfinder" / "config.json"


def test_https_only_turns_on_the_whole_set_and_each_part_can_be_overridden() -> None:
    config = Config.from_environ(
        {"HTTPS_ONLY": "true", "SECURE_HSTS_PRELOAD": "no", "SITE_URL": " https://x.example/ "}
    )
    assert (config.secure_cookies, config.secure_ssl_redirect, config.secure_hsts_include_subdomains) == (
        True,
        True,
        True,
    )
    assert config.secure_hsts_seconds == 365 * 24 * 3600
    assert config.secure_hsts_preload is False
    assert config.site_url == "https://x.example"


def test_lists_and_paths_are_parsed_once() -> None:
    config = Config.from_environ({"ALLOWED_HOSTS": "a.example, b.example,,", "XDG_CONFIG_HOME": "/cfg"})
    assert config.allowed_hosts == ("a.example", "b.example")
    assert config.cli_config_file == Path("/cfg/roadmapfinder/config.json")


@pytest.mark.parametrize(("name", "value"), [("DB_CONN_MAX_AGE", "a minute"), ("PAGE_MEMORY_MB", "lots")])
def test_a_malformed_number_names_its_variable(name: str, value: str) -> None:
    with pytest.raises(ValueError, match=name):
        Config.from_environ({name: value})


@pytest.mark.parametrize(
    ("environ", "locale"),
    [
        ({}, ""),
        ({"LANG": "en_US.UTF-8"}, "en_US.UTF-8"),
        ({"LANG": "en_US.UTF-8", "LC_TIME": "ar_EG.UTF-8"}, "ar_EG.UTF-8"),
        ({"LANG": "en_US.UTF-8", "LC_TIME": "ar_EG.UTF-8", "LC_ALL": "de_DE.UTF-8"}, "de_DE.UTF-8"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": " "}, "en_US.UTF-8"),
    ],
)
def test_the_locale_is_lc_all_then_lc_time_then_lang(environ: dict[str, str], locale: str) -> None:
    assert Config.from_environ(environ).locale == locale
