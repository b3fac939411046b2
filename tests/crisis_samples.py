"""Crisis messages as families write them, one or more per script, with the kind each one is: the
triage rules and `family-bot ask` are tested on the same messages."""

from __future__ import annotations

# (locale, message, kind)
CRISIS_IN_EVERY_SCRIPT: list[tuple[str, str, str]] = [
    ("en", "my little boy swallowed bleach and keeps throwing up", "medical"),
    ("nl", "ik wil niet meer verder, ik heb vandaag een touw gekocht", "suicide"),
    ("ar", "jozi 3am yodrobni hala2 w el wlad 3am yebko", "violence"),
    ("fr", "mon mari me frappe là maintenant", "violence"),
    ("fa", "khodamo mikosham emshab", "suicide"),
    ("ti", "ክመውት ደልየ", "suicide"),
    ("ka", "ბავშვი არ სუნთქავს", "medical"),
    ("ru", "у нас пожар, дым везде", "fire"),
]
