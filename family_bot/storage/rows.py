"""Rows to typed records: one rule for every query, so a column is read the same way everywhere.

A query selects its columns in the order of the record's fields; each value is read as the
field's type: a datetime from the stored UTC text, a date from ISO text, a bool from a flag or
from a timestamp that is set (cancelled_at -> cancelled), None kept where the field allows it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from family_bot.storage.database import Database
from family_bot.storage.times import parse_utc

T = TypeVar("T")
Reader = Callable[[Any], Any]

_READERS: dict[type, Reader] = {
    int: int,
    str: str,
    bool: bool,
    datetime: lambda value: parse_utc(str(value)),
    date: lambda value: date.fromisoformat(str(value)),
}


def record(cls: type[T], row: Sequence[Any]) -> T:
    """The row as a `cls` (a dataclass), its columns taken in the order of the fields."""
    readers = _readers_of(cls)
    if len(row) != len(readers):
        raise ValueError(f"{cls.__name__} has {len(readers)} fields, the row {len(row)} columns")
    build: Callable[..., T] = cls
    return build(*(read(value) for read, value in zip(readers, row, strict=True)))


def records(cls: type[T], rows: Sequence[Sequence[Any]]) -> list[T]:
    return [record(cls, row) for row in rows]


async def fetch_record(
    db: Database, cls: type[T], sql: str, parameters: Sequence[Any] = ()
) -> T | None:
    """The first row of a query as a `cls`, or None."""
    row = await db.fetch_one(sql, parameters)
    return None if row is None else record(cls, row)


async def fetch_records(
    db: Database, cls: type[T], sql: str, parameters: Sequence[Any] = ()
) -> list[T]:
    return records(cls, await db.fetch_all(sql, parameters))


async def fetch_fields(
    db: Database, sql: str, parameters: Sequence[Any] = ()
) -> dict[str, Any] | None:
    """The first row of a query as column name -> value, as stored (a person's copy, /mydata)."""
    row = await db.fetch_one(sql, parameters)
    return None if row is None else {name: row[name] for name in row.keys()}


_CACHE: dict[type, tuple[Reader, ...]] = {}


def _readers_of(cls: type) -> tuple[Reader, ...]:
    readers = _CACHE.get(cls)
    if readers is None:
        hints = typing.get_type_hints(cls)
        readers = tuple(_reader(hints[field.name]) for field in dataclasses.fields(cls))
        _CACHE[cls] = readers
    return readers


def _reader(hint: Any) -> Reader:
    if isinstance(hint, types.UnionType):
        [kind] = [arg for arg in hint.__args__ if arg is not type(None)]
        read = _READERS[kind]
        return lambda value: None if value is None else read(value)
    return _READERS[hint]
