"""The parts every bot benchmark shares: a bot in its own process, the server, reply timing.

The local Bot API server runs in the benchmark's own process and event loop; each bot runs in a
child process, so the bot's CPU time (read from /proc/<pid>/stat) never includes the server's.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from family_bot.botapi import ApiCall, LocalBotApiServer
from family_bot.config import PROJECT_ROOT

# The calls that put the answer to an update in front of the person.
REPLY_METHODS = frozenset({"sendMessage", "editMessageText"})
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class ReplyTracker:
    """Times each injected update until the first reply in its chat reaches the server.

    One update per chat is outstanding at a time, so the first reply in a chat answers it.
    """

    def __init__(self, server: LocalBotApiServer) -> None:
        self.server = server
        self.outstanding: dict[int, float] = {}  # chat id -> monotonic time of injection
        self.latencies: list[float] = []  # seconds
        self.injected = 0
        self.answered = 0
        self.errors: list[str] = []
        self.methods: Counter[str] = Counter()  # Bot API calls made, by method
        server.call_listeners.append(self._on_call)

    def _on_call(self, call: ApiCall) -> None:
        if call.method != "getUpdates":
            self.methods[call.method] += 1
        if not call.ok and not (call.method == "getUpdates" and call.status == 409):
            self.errors.append(f"{call.method}: {call.status} {call.description}")
        if call.method in REPLY_METHODS and call.chat_id in self.outstanding:
            injected_at = self.outstanding.pop(call.chat_id)
            self.latencies.append(call.at - injected_at)
            self.answered += 1

    def expect(self, chat_id: int) -> None:
        """Call right after injecting an update in this chat (the update is then available)."""
        self.outstanding[chat_id] = time.monotonic()
        self.injected += 1

    def reset(self) -> None:
        self.latencies.clear()
        self.injected = self.answered = 0
        self.errors.clear()
        self.methods.clear()

    async def drain(self, timeout: float) -> None:  # noqa: ASYNC109
        """Wait until every injected update is answered (or the timeout passes)."""
        with contextlib.suppress(TimeoutError):
            await self.server.wait_until(lambda: not self.outstanding, timeout)

    @property
    def lost(self) -> int:
        return self.injected - self.answered


@dataclass
class BotProcess:
    """A bot running in a child process against the local server."""

    name: str
    process: subprocess.Popen[bytes]
    started_at: float  # monotonic, just before the process was created
    log_path: Path
    first_reply_s: float | None = None
    rss_after_start_mb: float | None = None
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def pid(self) -> int:
        return self.process.pid

    def cpu_seconds(self) -> float:
        """User + system CPU of the whole process, all threads, so far."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError(f"no VmRSS for {self.pid}")

    def check_alive(self) -> None:
        if self.process.poll() is not None:
            tail = self.log_path.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{tail}")

    async def stop(self) -> None:
        """SIGINT, as Ctrl-C: run_polling shuts down cleanly; killed if it takes too long."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        for _ in range(100):
            if self.process.poll() is not None:
                return
            await asyncio.sleep(0.05)
        self.process.kill()
        self.process.wait()


def spawn_bot(
    name: str, module: str, argv: list[str], server: LocalBotApiServer, workdir: Path
) -> BotProcess:
    """Start `python -m module argv...` with a token and the server's URL, as production would."""
    env = server.bot_process_environment(workdir / f"{name}.sqlite3", PYTHONPATH=str(PROJECT_ROOT))
    log_path = workdir / f"{name}.log"
    with log_path.open("wb") as log:
        started_at = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", module, *argv],
            cwd=PROJECT_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return BotProcess(name, process, started_at, log_path)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def median(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2
