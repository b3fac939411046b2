"""deploy/: the systemd units are valid for systemd itself, and hardened as README says."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from family_bot.config import PROJECT_ROOT

DEPLOY = PROJECT_ROOT / "deploy"
UNITS = ("family-bot.service", "family-bot-backup.service", "family-bot-backup.timer")
INSTALLED = "/opt/family-bot/.venv/bin/family-bot"


def test_the_bot_unit_is_hardened() -> None:
    unit = (DEPLOY / "family-bot.service").read_text(encoding="utf-8").splitlines()
    for setting in (
        "User=family-bot",
        "ProtectSystem=strict",
        "ReadWritePaths=/var/lib/family-bot",
        "NoNewPrivileges=true",
        "PrivateTmp=true",
        "EnvironmentFile=/etc/family-bot/family-bot.env",
    ):
        assert setting in unit, setting
    writable = [line for line in unit if line.startswith("ReadWritePaths=")]
    assert writable == ["ReadWritePaths=/var/lib/family-bot"]  # the database folder only


@pytest.mark.skipif(
    shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here"
)
def test_systemd_analyze_verify_accepts_the_units(tmp_path: Path) -> None:
    # verify checks that ExecStart exists: point it at this checkout's command.
    command = shutil.which("family-bot") or str(PROJECT_ROOT / ".venv" / "bin" / "family-bot")
    for name in UNITS:
        text = (DEPLOY / name).read_text(encoding="utf-8").replace(INSTALLED, command)
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        ["systemd-analyze", "verify", *(str(tmp_path / name) for name in UNITS)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    ours = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if any(name in line for name in UNITS)
    ]
    assert result.returncode == 0 and not ours, result.stdout + result.stderr
