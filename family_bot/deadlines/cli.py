"""`family-bot deadlines`: the last day for each remedy after a decision, to check the rule table.

For coaches, lawyers and editors: the same calculator and table the bot uses, with the rule and
its sources next to every date. Dates only, "at the latest"; never how much time is left.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from babel.dates import format_date

from family_bot.config import Settings
from family_bot.deadlines.calculator import (
    Answer,
    Deadline,
    DeadlineResult,
    Decision,
    compute_deadlines,
)
from family_bot.deadlines.counting import Delivery, Holiday, holiday_on
from family_bot.deadlines.table import (
    RULE_TABLE_FILE,
    DecisionKind,
    LegalReview,
    RuleTableError,
    load_rule_table,
)

if TYPE_CHECKING:
    from family_bot.cli import Subparsers

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The command line's own words, in the two languages the rule table is written in.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "kind-immigration-office": "Decision of the Immigration Office",
        "kind-cgrs": "Asylum decision of the CGRS",
        "kind-cgrs-subsequent": "CGRS decision on a subsequent application",
        "kind-cce-judgment": "Judgment of the CCE/RvV",
        "kind-unknown": "Decision of an unknown kind",
        "how-in-person": "handed over in person (or refused) on {day}",
        "how-registered": "registered letter presented on {day}",
        "how-letter": "ordinary letter posted on {day}",
        "how-unknown": "received on {day}, way unknown",
        "detained-yes": "detained (a return house counts)",
        "detained-no": "not detained",
        "detained-unknown": "detained: not known",
        "start": "Day 1 of every period: {day}.",
        "heading": "{kind}, {how}; {detained}.",
        "colon": ": ",
        "at-latest": "at the latest {day} ({iso}).",
        "moved": "Day {days}, {day}, is {why}: moved to the next working day.",
        "weekend": "a weekend day",
        "uncertain": "Uncertain: {note}",
        "shortest": "Shortest: at the latest {day} ({iso}).",
        "counting": "Counting: day 1 is the day after hand-over or presentation, the third working "
        "day after posting for a letter; the last day is included and moves off weekends and "
        "legal holidays",
        "assume-detained-unknown": "Detained not known: counted as detained (the shorter period).",
        "assume-second-removal-unknown": "Second removal not known: counted as a second removal "
        "(the shorter period).",
        "assume-delivery-unknown": "Way of delivery not known: counted as handed over in person "
        "on that day (the earliest start).",
        "assume-kind-unknown": "Kind of decision not known: every rule that could apply, the "
        "earliest first.",
        "shorter-counts": "If the decision itself gives a shorter deadline, that one counts. "
        "Your lawyer confirms the exact day.",
        "unreviewed": "These dates were computed by rules no lawyer has checked yet.",
        "reviewed": "Rules checked by {by} on {on}.",
        "fingerprint": "Rule table fingerprint: {fingerprint} ({path}).",
    },
    "fr": {
        "kind-immigration-office": "Décision de l'Office des Étrangers",
        "kind-cgrs": "Décision d'asile du CGRA",
        "kind-cgrs-subsequent": "Décision du CGRA sur une demande ultérieure",
        "kind-cce-judgment": "Arrêt du CCE",
        "kind-unknown": "Décision d'un type inconnu",
        "how-in-person": "remise en mains propres (ou refusée) le {day}",
        "how-registered": "recommandé présenté le {day}",
        "how-letter": "lettre ordinaire postée le {day}",
        "how-unknown": "reçue le {day}, de façon inconnue",
        "detained-yes": "détenu (une maison de retour compte)",
        "detained-no": "non détenu",
        "detained-unknown": "détention : inconnue",
        "start": "Jour 1 de chaque délai : {day}.",
        "heading": "{kind}, {how} ; {detained}.",
        "colon": " : ",
        "at-latest": "au plus tard le {day} ({iso}).",
        "moved": "Le jour {days}, {day}, est {why} : reporté au jour ouvrable suivant.",
        "weekend": "un jour de week-end",
        "uncertain": "Incertain : {note}",
        "shortest": "Le plus court : au plus tard le {day} ({iso}).",
        "counting": "Calcul : le jour 1 est le lendemain de la remise ou de la présentation, le "
        "troisième jour ouvrable après l'envoi pour une lettre ; le dernier jour est compris et "
        "reporté s'il tombe un week-end ou un jour férié légal",
        "assume-detained-unknown": "Détention inconnue : comptée comme détention (le délai le "
        "plus court).",
        "assume-second-removal-unknown": "Deuxième éloignement inconnu : compté comme deuxième "
        "éloignement (le délai le plus court).",
        "assume-delivery-unknown": "Mode de notification inconnu : compté comme une remise en "
        "mains propres ce jour-là (le début le plus tôt).",
        "assume-kind-unknown": "Type de décision inconnu : toutes les règles qui pourraient "
        "s'appliquer, la plus proche d'abord.",
        "shorter-counts": "Si la décision elle-même indique un délai plus court, c'est celui-là "
        "qui compte. Votre avocat confirme le jour exact.",
        "unreviewed": "Ces dates ont été calculées avec des règles qu'aucun avocat n'a encore "
        "vérifiées.",
        "reviewed": "Règles vérifiées par {by} le {on}.",
        "fingerprint": "Empreinte de la table des règles : {fingerprint} ({path}).",
    },
}
HOLIDAY_NAMES: dict[str, dict[Holiday, str]] = {
    "en": {
        Holiday.NEW_YEAR: "New Year's Day",
        Holiday.EASTER_MONDAY: "Easter Monday",
        Holiday.LABOUR_DAY: "Labour Day",
        Holiday.ASCENSION: "Ascension Day",
        Holiday.WHIT_MONDAY: "Whit Monday",
        Holiday.NATIONAL_DAY: "the National Day",
        Holiday.ASSUMPTION: "Assumption Day",
        Holiday.ALL_SAINTS: "All Saints' Day",
        Holiday.ARMISTICE: "Armistice Day",
        Holiday.CHRISTMAS: "Christmas",
    },
    "fr": {
        Holiday.NEW_YEAR: "le jour de l'An",
        Holiday.EASTER_MONDAY: "le lundi de Pâques",
        Holiday.LABOUR_DAY: "la fête du Travail",
        Holiday.ASCENSION: "l'Ascension",
        Holiday.WHIT_MONDAY: "le lundi de Pentecôte",
        Holiday.NATIONAL_DAY: "la fête nationale",
        Holiday.ASSUMPTION: "l'Assomption",
        Holiday.ALL_SAINTS: "la Toussaint",
        Holiday.ARMISTICE: "l'Armistice",
        Holiday.CHRISTMAS: "Noël",
    },
}


def register(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "deadlines",
        help="the last day for each remedy after a decision, from content/deadlines.toml",
        description="Count the last day to act after a decision, as the bot does. Every date is "
        "'at the latest'; the decision itself and the family's lawyer have the last word.",
    )
    parser.add_argument("--decision", required=True, choices=[kind.value for kind in DecisionKind])
    parser.add_argument(
        "--notified",
        required=True,
        metavar="YYYY-MM-DD",
        help="the day it was handed over (or refused), the day a registered letter was "
        "presented, or for an ordinary letter the postmark or, if unknown, the date printed on "
        "the decision (never the day it arrived)",
    )
    parser.add_argument("--how", required=True, choices=[how.value for how in Delivery])
    parser.add_argument(
        "--detained",
        required=True,
        choices=[answer.value for answer in Answer],
        help="held at notification; a return house counts (unknown: counted as detained)",
    )
    parser.add_argument(
        "--second-removal",
        action="store_true",
        help="a second or later removal measure; without it an Immigration Office decision "
        "counts as a first one, and an unknown decision always gets the shorter period",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument(
        "--lang", choices=sorted(WORDS), default="en", help="language of the output (en)"
    )
    parser.set_defaults(handler=run_deadlines)


def _fail(message: str, code: int = 2) -> int:
    print(f"family-bot deadlines: {message}", file=sys.stderr)
    return code


def parse_day(text: str) -> date:
    """A calendar day written YYYY-MM-DD; ValueError says what is wrong with it."""
    if not _ISO_DAY.fullmatch(text):
        raise ValueError(f"--notified must be written YYYY-MM-DD, like 2026-12-15 (got {text!r})")
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise ValueError(f"--notified {text} is not a day of the calendar ({error})") from None


def run_deadlines(settings: Settings, args: argparse.Namespace) -> int:
    try:
        notified = parse_day(args.notified)
    except ValueError as error:
        return _fail(str(error))
    kind = DecisionKind(args.decision)
    if args.second_removal:
        second_removal = Answer.YES
    else:
        second_removal = Answer.UNKNOWN if kind is DecisionKind.UNKNOWN else Answer.NO
    decision = Decision(
        kind=kind,
        notified=notified,
        delivery=Delivery(args.how),
        detained=Answer(args.detained),
        second_removal=second_removal,
    )
    path = settings.content_dir / RULE_TABLE_FILE
    try:
        table = load_rule_table(path)
    except RuleTableError as error:
        return _fail(f"{error} (run `family-bot content check`)", code=1)
    try:
        result = compute_deadlines(table, decision)
    except OverflowError:
        return _fail(f"--notified {args.notified} is too far in the future to count from")
    except RuleTableError as error:
        return _fail(str(error), code=1)
    if args.json:
        print(json.dumps(result_json(result), ensure_ascii=False, indent=2))
    else:
        print(human_text(result, args.lang, table.review if table.reviewed else None, str(path)))
    return 0


def _deadline_json(deadline: Deadline) -> dict[str, Any]:
    return {
        "remedy": deadline.remedy.id,
        "remedy_name": deadline.remedy.name["en"],
        "days": deadline.days,
        "start": deadline.start.isoformat(),
        "last_day": deadline.last_day.isoformat(),
        "weekday": WEEKDAYS[deadline.last_day.weekday()],
        "unmoved_last_day": deadline.unmoved_last_day.isoformat(),
        "rule": deadline.rule.id,
        "rule_text": deadline.rule.text["en"],
        "sources": list(deadline.sources),
        "uncertain": deadline.uncertain,
        "note": deadline.rule.note.get("en"),
    }


def result_json(result: DeadlineResult) -> dict[str, Any]:
    decision = result.decision
    return {
        "notified": decision.notified.isoformat(),
        "decision": decision.kind.value,
        "how": decision.delivery.value,
        "detained": decision.detained.value,
        "second_removal": decision.second_removal.value,
        "start": result.start.isoformat(),
        "deadlines": [_deadline_json(deadline) for deadline in result.deadlines],
        "no_deadline": [
            {
                "remedy": rule.remedy.id,
                "remedy_name": rule.remedy.name["en"],
                "rule": rule.id,
                "rule_text": rule.text["en"],
                "sources": list(rule.sources),
            }
            for rule in result.without_deadline
        ],
        "shortest": result.shortest.last_day.isoformat(),
        "assumptions": [assumption.value for assumption in result.assumptions],
        "counting_sources": list(result.counting_sources),
        "reviewed": result.reviewed,
        "fingerprint": result.table_fingerprint,
    }


def _sources(keys: tuple[str, ...]) -> str:
    return "[" + ", ".join(keys) + "]"


def human_text(result: DeadlineResult, lang: str, review: LegalReview | None, path: str) -> str:
    """One line per remedy, then the lines every date must come with."""
    words = WORDS[lang]

    def day(value: date) -> str:
        return format_date(value, "EEEE d MMMM y", locale=lang)

    def why(value: date) -> str:
        holiday = holiday_on(value)
        if holiday is not None:
            return HOLIDAY_NAMES[lang][holiday]
        return words["weekend"]

    decision = result.decision
    lines = [
        words["heading"].format(
            kind=words[f"kind-{decision.kind}"],
            how=words[f"how-{decision.delivery}"].format(day=day(decision.notified)),
            detained=words[f"detained-{decision.detained}"],
        ),
        *(words[f"assume-{assumption}"] for assumption in result.assumptions),
        words["start"].format(day=day(result.start)),
        "",
    ]
    for deadline in result.deadlines:
        parts = [
            words["at-latest"].format(
                day=day(deadline.last_day), iso=deadline.last_day.isoformat()
            ),
            deadline.rule.text[lang],
        ]
        if deadline.moved:
            day_number, unmoved = deadline.days, deadline.unmoved_last_day
            parts.append(words["moved"].format(days=day_number, day=day(unmoved), why=why(unmoved)))
        if deadline.uncertain:
            parts.append(words["uncertain"].format(note=deadline.rule.note[lang]))
        parts.append(_sources(deadline.sources))
        lines.append(f"- {deadline.remedy.name[lang]}{words['colon']}{' '.join(parts)}")
    for rule in result.without_deadline:
        lines.append(
            f"- {rule.remedy.name[lang]}{words['colon']}{rule.text[lang]} {_sources(rule.sources)}"
        )
    shortest = result.shortest.last_day
    lines += [
        "",
        words["shortest"].format(day=day(shortest), iso=shortest.isoformat()),
        f"{words['counting']} {_sources(result.counting_sources)}.",
        words["shorter-counts"],
    ]
    if review is None:
        lines.append(words["unreviewed"])
    else:
        lines.append(words["reviewed"].format(by=review.by, on=review.on.isoformat()))
    lines.append(words["fingerprint"].format(fingerprint=result.table_fingerprint, path=path))
    return "\n".join(lines)
