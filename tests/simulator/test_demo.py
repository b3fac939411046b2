"""`make run` without a token: the terminal demo as before, and the simulator's link printed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_demo_prints_the_simulator_link_and_still_chats_in_the_terminal(
    tmp_path: Path,
) -> None:
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "FAMILY_BOT_DB": str(tmp_path / "demo.sqlite3"),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "family_bot", "run", "--language", "en", "--simulator-port", "0"],
        input="/start\n/quit\n",
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "family_bot simulator: open http://127.0.0.1:" in out and "/?token=" in out
    link_line = out.index("family_bot simulator: open")
    chat = out.index("family_bot local demo")
    assert link_line < chat  # the link first, then the terminal chat as before
    assert "Welcome" in out[chat:] or "welcome" in out[chat:].lower()
    assert "Traceback" not in result.stderr
