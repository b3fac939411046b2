"""Babel keeps all of CLDR's data for a locale once it is loaded: about 1 MB in memory for each
of the 18 languages. The bot formats dates, times, numbers and plural forms; the tables below
(units, currency names, time-zone names, relative date fields, and the names of languages,
territories and scripts) are never read by it, and go once start-up has loaded the locales.
A later feature that needs one of them (`format_timedelta` reads the unit patterns) takes its
key out of UNREAD.
"""

from __future__ import annotations

from babel import localedata

UNREAD = (
    "unit_patterns",
    "unit_display_names",
    "compound_unit_patterns",
    "currency_names",
    "currency_names_plural",
    "compact_currency_formats",
    "compact_decimal_formats",
    "meta_zones",
    "time_zones",
    "date_fields",
    "languages",
    "territories",
    "scripts",
    "variants",
)


def drop_unread_locale_data() -> int:
    """Remove the unread tables from every locale Babel has loaded; how many went."""
    dropped = 0
    # Babel's own cache of loaded locales (babel.localedata.load): every Locale reads through it.
    with localedata._cache_lock:
        for data in localedata._cache.values():
            for key in UNREAD:
                if data.pop(key, None) is not None:
                    dropped += 1
    return dropped
