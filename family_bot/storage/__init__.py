"""All SQL of family_bot lives in this package: the schema, its migrations and the queries."""

from family_bot.storage.database import Database, open_database

__all__ = ["Database", "open_database"]
