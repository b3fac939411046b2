"""`family-bot backup FILE`: a consistent, checked, owner-only copy of the live database."""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from family_bot.storage.maintenance import copy_database, integrity_problems


class BackupError(Exception):
    """The copy could not be made or did not pass the check; nothing was left at the target."""


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int  # bytes
    seconds: float


def backup(source: Path, target: Path) -> Backup:
    """Copy `source` to `target` while the bot may be writing to it.

    The copy is made in a temporary file beside the target, created owner-only (it holds the
    same data about families as the database), checked with integrity_check, flushed to disk
    and only then renamed over `target`: a failed or interrupted backup never replaces a good one.
    """
    if not source.is_file():
        raise BackupError(f"there is no database at {source} (check FAMILY_BOT_DB)")
    if target.resolve() == source.resolve():
        raise BackupError("the backup file must not be the database itself")
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist")
    started = time.monotonic()
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        copy_database(source, partial)
        problems = integrity_problems(partial)
        if problems:
            raise BackupError("the copy failed integrity_check: " + "; ".join(problems))
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except OSError as error:
        raise BackupError(f"could not write {target}: {error}") from error
    except Exception as error:
        if isinstance(error, BackupError):
            raise
        raise BackupError(f"could not copy {source}: {type(error).__name__}: {error}") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return Backup(target, target.stat().st_size, time.monotonic() - started)


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    return f"{value:.1f} {unit}"
