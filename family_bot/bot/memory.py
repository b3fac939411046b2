"""Handing freed memory back to the system, for the bot's own process.

Loading the content (a pickle of ~11 MB that becomes ~90 MB of objects) leaves freed pages
inside the C allocator's heaps, which it keeps for later use: glibc's malloc_trim returns them
(~5 MB after start-up). Elsewhere (musl, macOS) there is no such call and nothing happens.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import cache
from typing import cast


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        return cast(Callable[[int], int], ctypes.CDLL(name).malloc_trim) if name else None
    except (OSError, AttributeError):
        return None


def return_freed_memory() -> None:
    """Ask the C allocator to give its free pages back (~1 ms), where it can."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
