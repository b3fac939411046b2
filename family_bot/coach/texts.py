"""How an appointment reads, to families and coaches alike: its kind, a block with its time and
place, and the buttons a family member answers with."""

from __future__ import annotations

from family_bot.i18n import Markup
from family_bot.screens import ANSWER, Action, Button
from family_bot.staff import Texts
from family_bot.storage.appointments import AppointmentRow

KINDS = ("lawyer", "office", "doctor", "school", "embassy", "court", "other")


def kind_name(texts: Texts, locale: str, kind: str) -> str:
    return texts.t(locale, f"coach-kind-{kind}")


def appointment_block(
    texts: Texts,
    locale: str,
    headline: str | None,
    appointment: AppointmentRow,
    *,
    late: bool = False,
) -> str:
    """Headline, kind, time, place, and the coach's note marked as their own words."""
    lines = [texts.t(locale, headline)] if headline else []
    lines += [
        texts.t(
            locale, "coach-family-what", kind=Markup(kind_name(texts, locale, appointment.kind))
        ),
        texts.t(locale, "coach-family-when", when=texts.when(locale, appointment.starts_at)),
        texts.t(locale, "coach-family-place", place=appointment.place),
    ]
    if appointment.note:
        lines.append(texts.t(locale, "coach-family-note", note=appointment.note))
    if late:
        lines.append(texts.t(locale, "coach-family-late"))
    return "\n".join(lines)


def answer_buttons(
    texts: Texts, locale: str, appointment_id: int
) -> tuple[tuple[Button, ...], ...]:
    return (
        (
            Button(
                texts.t(locale, "coach-button-coming"),
                Action(ANSWER, f"ok.{appointment_id}").encode(),
            ),
            Button(
                texts.t(locale, "coach-button-need-help"),
                Action(ANSWER, f"help.{appointment_id}").encode(),
            ),
        ),
    )
