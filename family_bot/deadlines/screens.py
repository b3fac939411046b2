"""What a family reads about a decision: the questions, and the last day to act in their language.

Built from the calculator's result and the Fluent texts (locales/*/deadlines.ftl); knows nothing
of Telegram or the database. Never says how much time is left: only "at the latest" and a date.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from family_bot.deadlines.calculator import DeadlineResult
from family_bot.deadlines.counting import Delivery
from family_bot.deadlines.flow import NO_DATE, Answers, button, picker_days
from family_bot.deadlines.table import DecisionKind
from family_bot.i18n import Markup
from family_bot.screens import Button, Screen
from family_bot.staff import Texts
from family_bot.storage.deadlines import LawyerCardRow

KIND_ORDER = (
    ("io", "immigration-office"),
    ("cg", "cgrs"),
    ("cs", "cgrs-subsequent"),
    ("cc", "cce-judgment"),
    ("un", "unknown"),
)


def day_in_words(texts: Texts, locale: str, day: date) -> str:
    """The weekday and the date in the reader's own CLDR format (as appointments are shown)."""
    return format_date(day, "full", locale=texts.catalog.registry[locale].cldr)


def short_day(texts: Texts, locale: str, day: date) -> str:
    return format_date(day, "EEE d MMM", locale=texts.catalog.registry[locale].cldr)


class DeadlineScreens:
    def __init__(self, texts: Texts) -> None:
        self.texts = texts

    def t(self, locale: str, message_id: str, **args: str | int) -> str:
        return self.texts.t(locale, message_id, **args)

    # -- the questions ---------------------------------------------------------------------
    def question(self, locale: str, answers: Answers, today: date) -> Screen:
        step = answers.next_question
        rows: list[tuple[Button, ...]]
        cancel = (button(self.t(locale, "deadlines-button-cancel"), "x"),)
        if step == "kind":
            rows = []
            for code, kind in KIND_ORDER:
                # Only an Immigration Office decision has the "second removal?" question.
                second = "" if code == "io" else ".u"
                rows.append(
                    (
                        button(
                            self.t(locale, f"deadlines-kind-{kind}"),
                            f"{answers.encode()}.{code}{second}",
                        ),
                    )
                )
            return Screen(self.t(locale, "deadlines-ask-kind"), (*rows, cancel))
        if step == "second":
            rows = [
                (button(self.t(locale, f"deadlines-answer-{word}"), f"{answers.encode()}.{code}"),)
                for code, word in (("y", "yes"), ("n", "no"), ("u", "unknown"))
            ]
            return Screen(self.t(locale, "deadlines-ask-second"), (*rows, cancel))
        if step == "how":
            base = answers.encode()
            stamp = today.strftime("%Y%m%d")
            yesterday = date.fromordinal(today.toordinal() - 1).strftime("%Y%m%d")
            choices = (
                ("today", f"{base}.i.{stamp}"),
                ("yesterday", f"{base}.i.{yesterday}"),
                ("other-day", f"{base}.i.?"),
                ("registered", f"{base}.r.?"),
                ("letter", f"{base}.l.?"),
                ("unknown", f"{base}.u.{NO_DATE}"),
            )
            rows = [
                (button(self.t(locale, f"deadlines-how-{word}"), argument),)
                for word, argument in choices
            ]
            return Screen(self.t(locale, "deadlines-ask-how"), (*rows, cancel))
        if step == "date":
            base = answers.encode().removesuffix(".?")
            days = picker_days(today)
            rows = [
                tuple(
                    button(short_day(self.texts, locale, day), f"{base}.{day.strftime('%Y%m%d')}")
                    for day in days[start : start + 3]
                )
                for start in range(0, len(days), 3)
            ]
            unknown = (button(self.t(locale, "deadlines-date-unknown"), f"{base}.{NO_DATE}"),)
            delivery = answers.delivery or Delivery.IN_PERSON
            return Screen(
                self.t(locale, f"deadlines-ask-date-{delivery.value}"), (*rows, unknown, cancel)
            )
        base = answers.encode()
        rows = [
            (button(self.t(locale, "deadlines-house-yes"), f"{base}.y"),),
            (button(self.t(locale, "deadlines-house-no"), f"{base}.n"),),
        ]
        return Screen(self.t(locale, "deadlines-ask-house"), (*rows, cancel))

    # -- the answer ------------------------------------------------------------------------
    def card_line(self, locale: str, card: LawyerCardRow | None) -> str | None:
        if card is None:
            return None
        return self.t(locale, "deadlines-card", name=card.name, contact=card.contact)

    def result_text(
        self,
        locale: str,
        result: DeadlineResult,
        card: LawyerCardRow | None,
        *,
        date_known: bool,
        headline: str | None = None,
    ) -> str:
        parts: list[str] = []
        if headline is not None:
            parts.append(self.t(locale, headline))
        parts.append(self.t(locale, "deadlines-contact-lawyer"))
        card_text = self.card_line(locale, card)
        if card_text is not None:
            parts.append(card_text)
        plain_kind = result.decision.kind is DecisionKind.UNKNOWN
        if plain_kind or not date_known:
            # What the family does not know: the shortest rule only, said as such.
            shortest = result.shortest
            reason = "kind" if plain_kind else "date"
            parts.append(
                self.t(locale, f"deadlines-shortest-{reason}", days=shortest.days)
                + "\n"
                + self._deadline_line(locale, result, 0)
            )
        else:
            parts.append(
                "\n".join(
                    self._deadline_line(locale, result, i) for i in range(len(result.deadlines))
                )
            )
            for rule in result.without_deadline:
                parts.append(
                    self.t(
                        locale,
                        "deadlines-no-deadline",
                        remedy=self.t(locale, f"deadlines-remedy-{rule.remedy.id}"),
                        rule=Markup(self.t(locale, rule.message_id)),
                        sources=", ".join(rule.sources),
                    )
                )
        parts.append(self.t(locale, "deadlines-decision-counts"))
        if not result.reviewed:
            parts.append(self.t(locale, "deadlines-unreviewed"))
        parts.append(self.t(locale, "page-unreviewed"))
        return "\n\n".join(parts)

    def _deadline_line(self, locale: str, result: DeadlineResult, index: int) -> str:
        deadline = result.deadlines[index]
        return self.t(
            locale,
            "deadlines-at-latest",
            remedy=self.t(locale, f"deadlines-remedy-{deadline.remedy.id}"),
            day=day_in_words(self.texts, locale, deadline.last_day),
            days=deadline.days,
            rule=Markup(self.t(locale, deadline.rule.message_id)),
            sources=", ".join(deadline.sources),
        )

    def decision_buttons(
        self, locale: str, decision_id: int, *, open_: bool, with_coach: bool
    ) -> tuple[tuple[Button, ...], ...]:
        rows: list[tuple[Button, ...]] = []
        if open_:
            rows.append(
                (button(self.t(locale, "deadlines-button-lawyer-has-it"), f"ok.{decision_id}"),)
            )
        if open_ and with_coach:
            rows.append(
                (button(self.t(locale, "deadlines-button-tell-coach"), f"tc.{decision_id}"),)
            )
        rows.append((button(self.t(locale, "deadlines-button-card"), "L"),))
        rows.append((button(self.t(locale, "deadlines-button-cannot-reach"), "nr"),))
        return tuple(rows)

    def state_line(self, locale: str, state: str) -> str | None:
        if state == "open":
            return None
        return self.t(locale, f"deadlines-state-{state}")

    # -- the lawyer card -------------------------------------------------------------------
    def card_screen(self, locale: str, card: LawyerCardRow | None) -> Screen:
        edit = (button(self.t(locale, "deadlines-button-card-edit"), "Le"),)
        if card is None:
            return Screen(self.t(locale, "deadlines-card-none"), (edit,))
        delete = (button(self.t(locale, "deadlines-button-card-delete"), "Ld"),)
        text = self.card_line(locale, card) or ""
        return Screen(text + "\n\n" + self.t(locale, "deadlines-card-about"), (edit, delete))

    def received_button(self, locale: str, household: int = 0) -> Button:
        return button(self.t(locale, "deadlines-button-received"), f"q.{household}")

    def card_button(self, locale: str) -> Button:
        return button(self.t(locale, "deadlines-button-card"), "L")
