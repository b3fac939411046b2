"""Configuration is checked at start-up and a mistake gives one clear line and exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from family_bot.config import TELEGRAM_DEFAULT_API_URL, ConfigError, load_settings


def test_defaults(tmp_path: Path) -> None:
    settings = load_settings({"FAMILY_BOT_DB": str(tmp_path / "bot.sqlite3")})
    assert settings.telegram_token is None
    assert settings.telegram_api_url == TELEGRAM_DEFAULT_API_URL
    assert settings.timezone.key == "Europe/Brussels"


@pytest.mark.parametrize(
    ("name", "value", "complaint"),
    [
        ("FAMILY_BOT_TZ", "Mars/Olympus", "FAMILY_BOT_TZ"),
        ("TELEGRAM_BOT_TOKEN", "not a token", "TELEGRAM_BOT_TOKEN"),
        ("TELEGRAM_API_URL", "ftp://example", "TELEGRAM_API_URL"),
        ("FAMILY_BOT_DB", "/no/such/folder/bot.sqlite3", "FAMILY_BOT_DB"),
        ("FAMILY_BOT_RELOAD_SECONDS", "soon", "FAMILY_BOT_RELOAD_SECONDS"),
        ("FAMILY_BOT_RELOAD_SECONDS", "0", "FAMILY_BOT_RELOAD_SECONDS"),
    ],
)
def test_bad_values_are_named(name: str, value: str, complaint: str) -> None:
    with pytest.raises(ConfigError, match=complaint):
        load_settings({name: value})


def test_token_never_shows_in_repr() -> None:
    settings = load_settings({"TELEGRAM_BOT_TOKEN": "123:secret-value"})
    assert "secret-value" not in repr(settings)


def test_command_exits_2_with_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "family_bot", "run"],
        env={"FAMILY_BOT_TZ": "Nowhere/Land", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "FAMILY_BOT_TZ" in lines[0]


def test_metrics_address_is_off_by_default_and_checked() -> None:
    assert load_settings({}).metrics_address is None
    assert load_settings({"FAMILY_BOT_METRICS": "127.0.0.1:9464"}).metrics_address == (
        "127.0.0.1",
        9464,
    )
    for wrong in ("9464", "127.0.0.1:", "localhost:99999", "127.0.0.1:http"):
        with pytest.raises(ConfigError, match="FAMILY_BOT_METRICS"):
            load_settings({"FAMILY_BOT_METRICS": wrong})
