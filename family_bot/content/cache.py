"""Loaded content kept on disk between runs, so a restart does not parse and index it again.

Parsing every .ftl file, compiling the bundles and building the question index took most of the
bot's start-up. What comes out depends only on the files and on the code that reads them, so
it is stored next to the database under a fingerprint of both: the texts and content files by
their bytes, the code by its files' sizes and times, and the versions of the libraries whose
objects are stored. Any edit, upgrade or checkout gives another fingerprint and a fresh build;
a cache that cannot be read or written is rebuilt or skipped, never an error.

The file is a pickle: it is written owner-only beside the database, by the bot itself, and
whoever can replace it could replace the database too.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import platform
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
CACHE_FORMAT = b"family-bot content cache 1"
CODE_ROOT = Path(__file__).resolve().parent.parent  # the family_bot package
LIBRARIES = ("fluent.runtime", "fluent.syntax", "babel")


def cache_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".content-cache")


def fingerprint(folders: Iterable[Path], code_root: Path = CODE_ROOT) -> str:
    """Changes with any byte of the content, any edit of the code, any library upgrade."""
    digest = hashlib.sha256(CACHE_FORMAT)
    digest.update(platform.python_version().encode())
    for library in LIBRARIES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{library}={metadata.version(library)}".encode())
    for folder in folders:
        digest.update(str(folder.resolve()).encode())
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.endswith((".tmp", "~")):
                digest.update(str(path.relative_to(folder)).encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    for path in sorted(code_root.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(code_root)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def load_or_build(cache_file: Path, key: str, build: Callable[[], T]) -> T:
    """What the cache holds under `key`, or `build()`, stored for the next start."""
    found = _read(cache_file, key)
    if found is not None:
        return found  # type: ignore[return-value]  # what build() made, stored under key
    value = build()
    _write(cache_file, key, value)
    return value


def _read(cache_file: Path, key: str) -> object | None:
    try:
        with cache_file.open("rb") as stream:
            if stream.readline().rstrip(b"\n") != key.encode():
                return None
            data = stream.read()
    except OSError:
        return None
    try:
        value: object = unpickle(data)
        return value
    except Exception as error:  # a file from another version, cut short, or damaged
        log.warning("content cache unreadable, building again: %s", type(error).__name__)
        return None


def unpickle(data: bytes) -> Any:
    """pickle.loads, with the collector off: unpickling creates some hundred thousand objects,
    which it would walk over and over on the way (three times the load itself)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)  # our own file, owner-only (see the module doc)
    finally:
        if collecting:
            gc.enable()


def _write(cache_file: Path, key: str, value: object) -> None:
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as error:
        log.warning("content cannot be cached (%s); next start builds it again", error)
        return
    try:
        handle, temporary = tempfile.mkstemp(
            dir=cache_file.parent, prefix=cache_file.name, suffix=".tmp"
        )  # created owner-only
        with os.fdopen(handle, "wb") as stream:
            stream.write(key.encode() + b"\n")
            stream.write(data)
        os.replace(temporary, cache_file)
    except OSError as error:
        log.warning("content cache not written (%s); next start builds it again", error)
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temporary)
