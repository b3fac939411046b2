"""Latin spellings of Georgian and Russian keywords, as families type them on Latin keyboards.

There is no one way: ქ is typed q or k, ხ x or kh, წ w or ts; ж zh or j, х h or kh. Each
keyword gets the few spellings people really use (phone habits and the national
romanisation), so "advokati", "saqme" and "sakme", "advokat" and "zhena"/"jena" find the page.
"""

from __future__ import annotations

from itertools import product

# Per letter, the spellings seen on phones first; at most three variants of a word are made.
_GEORGIAN = {
    "ა": ("a",),
    "ბ": ("b",),
    "გ": ("g",),
    "დ": ("d",),
    "ე": ("e",),
    "ვ": ("v",),
    "ზ": ("z",),
    "თ": ("t",),
    "ი": ("i",),
    "კ": ("k",),
    "ლ": ("l",),
    "მ": ("m",),
    "ნ": ("n",),
    "ო": ("o",),
    "პ": ("p",),
    "ჟ": ("zh", "j"),
    "რ": ("r",),
    "ს": ("s",),
    "ტ": ("t",),
    "უ": ("u",),
    "ფ": ("f", "p"),
    "ქ": ("q", "k"),
    "ღ": ("g", "gh"),
    "ყ": ("y", "q"),
    "შ": ("sh",),
    "ჩ": ("ch",),
    "ც": ("c", "ts"),
    "ძ": ("dz",),
    "წ": ("w", "ts"),
    "ჭ": ("ch", "w"),
    "ხ": ("x", "kh"),
    "ჯ": ("j",),
    "ჰ": ("h",),
}
_RUSSIAN = {
    "а": ("a",),
    "б": ("b",),
    "в": ("v",),
    "г": ("g",),
    "д": ("d",),
    "е": ("e",),
    "ё": ("e",),
    "ж": ("zh", "j"),
    "з": ("z",),
    "и": ("i",),
    "й": ("j", "y"),
    "к": ("k",),
    "л": ("l",),
    "м": ("m",),
    "н": ("n",),
    "о": ("o",),
    "п": ("p",),
    "р": ("r",),
    "с": ("s",),
    "т": ("t",),
    "у": ("u",),
    "ф": ("f",),
    "х": ("h", "kh"),
    "ц": ("c", "ts"),
    "ч": ("ch",),
    "ш": ("sh",),
    "щ": ("sh", "shch"),
    "ъ": ("",),
    "ы": ("y", "i"),
    "ь": ("",),
    "э": ("e",),
    "ю": ("ju", "yu"),
    "я": ("ja", "ya"),
}
TABLES = {"ka": _GEORGIAN, "ru": _RUSSIAN}
MAX_VARIANTS = 3


def latin_variants(language: str, text: str) -> tuple[str, ...]:
    """Up to three Latin spellings of a Georgian or Russian keyword; () for other languages."""
    table = TABLES.get(language)
    if table is None or not any(char in table for char in text):
        return ()
    first = "".join(table.get(char, (char,))[0] for char in text)
    second = "".join(table.get(char, (char,))[-1] for char in text)
    variants = dict.fromkeys([first, second])
    # One more: the phone spelling with the few letters whose second form is most common.
    for choice in product(*(table.get(char, (char,)) for char in text)):
        if len(variants) >= MAX_VARIANTS:
            break
        variants.setdefault("".join(choice))
    return tuple(variants)
