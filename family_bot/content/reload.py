"""Reload without restart: notice edited files, build and check new content aside, swap if clean.

fluent.runtime cannot replace messages it already compiled (FLUENT-NOTES), so new content is
always built into new bundles and swapped in one assignment. Broken content is never swapped:
the bot keeps serving the last good version and the findings go to the log and to listeners.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from family_bot.content.check import Finding, Severity, display_path
from family_bot.jobs import BackgroundTask, OnItsTask

log = logging.getLogger(__name__)

Bundle = TypeVar("Bundle")
Snapshot = dict[str, tuple[int, int]]  # file path -> (mtime_ns, size)


@dataclass(frozen=True)
class ReloadOutcome:
    swapped: bool
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.severity is Severity.ERROR]


def snapshot(folders: tuple[Path, ...]) -> Snapshot:
    """Modification time and size of every file below the folders: cheap to take every few seconds.

    It runs beside the event loop and holds the GIL while it works, so it stays small: os.walk
    and plain strings (the pathlib version took ~7 ms a scan, long enough to show in replies'
    latency tail every five seconds).
    """
    seen: Snapshot = {}
    for folder in folders:
        for root, directories, files in os.walk(folder):
            directories.sort()
            for name in sorted(files):
                if name.endswith((".tmp", "~")):
                    continue  # a file an editor is just replacing
                path = os.path.join(root, name)
                with contextlib.suppress(OSError):
                    stat = os.stat(path)
                    seen[path] = (stat.st_mtime_ns, stat.st_size)
    return seen


@dataclass(eq=False)
class ContentReloader(OnItsTask, Generic[Bundle]):
    """Polls the content folders; ``check_now()`` is the one reload step (tests call it directly)."""

    folders: tuple[Path, ...]
    check: Callable[[], list[Finding]]
    build: Callable[[], Bundle]
    swap: Callable[[Bundle], None]
    report: Callable[[list[Finding]], Awaitable[None]]
    interval: float
    # The last refused state, until a good one is swapped in: "nothing changed" then still
    # means "still broken".
    refused: ReloadOutcome | None = field(default=None, init=False)
    failures: int = field(default=0, init=False)  # edits refused or reloads failed, since start
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False)

    def __post_init__(self) -> None:
        self._seen = snapshot(self.folders)
        self._task = BackgroundTask("content-reloader", self._poll)

    async def check_now(self) -> ReloadOutcome | None:
        """Reload if any file changed since the last look; None when nothing changed."""
        async with self._lock:
            current = await asyncio.to_thread(snapshot, self.folders)
            if current == self._seen:
                return None
            # Remember this state even if it is broken: the same problem is reported once.
            self._seen = current
            findings, bundle = await asyncio.to_thread(self._check_and_build)
            outcome = ReloadOutcome(bundle is not None, findings)
            if bundle is None:
                self.failures += 1
                log.warning(
                    "edited content not loaded (%d error(s)); still serving the previous version",
                    len(outcome.errors),
                )
                for finding in outcome.errors:
                    log.warning("content problem: %s", finding.format())
                self.refused = outcome
                await self.report(findings)
                return outcome
            self.refused = None
            self.swap(bundle)
            log.info("edited content loaded (%d warning(s))", len(findings))
            return outcome

    def _check_and_build(self) -> tuple[list[Finding], Bundle | None]:
        findings = self.check()
        if any(finding.severity is Severity.ERROR for finding in findings):
            return findings, None
        try:
            return findings, self.build()
        except Exception as error:  # anything the checker missed must not stop the bot
            where = self.folders[0]
            finding = Finding(
                where, 1, 1, Severity.ERROR, "load", f"{type(error).__name__}: {error}"
            )
            log.exception("content passed the check but did not load from %s", display_path(where))
            return [*findings, finding], None

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self.check_now()
            except Exception:
                self.failures += 1
                log.exception("content reload failed; will look again")
