"""Latin spellings of Georgian, Russian and Armenian words, as families type them on Latin keyboards.

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
# Eastern Armenian as typed on phones: ու is "u" (written before the letters), ղ "gh" or "x",
# ո at a word's start "vo".
_ARMENIAN = {
    "ա": ("a",),
    "բ": ("b",),
    "գ": ("g",),
    "դ": ("d",),
    "ե": ("e", "ye"),
    "զ": ("z",),
    "է": ("e",),
    "ը": ("y", "e"),
    "թ": ("t",),
    "ժ": ("zh", "j"),
    "ի": ("i",),
    "լ": ("l",),
    "խ": ("x", "kh"),
    "ծ": ("c", "ts"),
    "կ": ("k",),
    "հ": ("h",),
    "ձ": ("dz",),
    "ղ": ("gh", "x"),
    "ճ": ("ch", "j"),
    "մ": ("m",),
    "յ": ("y", "j"),
    "ն": ("n",),
    "շ": ("sh",),
    "ո": ("o", "vo"),
    "չ": ("ch",),
    "պ": ("p",),
    "ջ": ("j",),
    "ռ": ("r",),
    "ս": ("s",),
    "վ": ("v",),
    "տ": ("t",),
    "ր": ("r",),
    "ց": ("c", "ts"),
    "ւ": ("v",),
    "փ": ("p",),
    "ք": ("k", "q"),
    "և": ("ev",),
    "օ": ("o",),
    "ֆ": ("f",),
}
_DIGRAPHS = {"hy": (("ու", "u"),)}
TABLES = {"ka": _GEORGIAN, "ru": _RUSSIAN, "hy": _ARMENIAN}
MAX_VARIANTS = 3


def latin_variants(language: str, text: str) -> tuple[str, ...]:
    """Up to three Latin spellings of a Georgian, Russian or Armenian keyword; () for other
    languages."""
    table = TABLES.get(language)
    if table is None or not any(char in table for char in text):
        return ()
    for written, typed in _DIGRAPHS.get(language, ()):
        text = text.replace(written, typed)
    first = "".join(table.get(char, (char,))[0] for char in text)
    second = "".join(table.get(char, (char,))[-1] for char in text)
    variants = dict.fromkeys([first, second])
    # One more: the phone spelling with the few letters whose second form is most common.
    for choice in product(*(table.get(char, (char,)) for char in text)):
        if len(variants) >= MAX_VARIANTS:
            break
        variants.setdefault("".join(choice))
    return tuple(variants)
