"""Appeal deadlines after a decision: the rule table, the calculator and the table's checks.

Pure and Telegram-free: the bot flow, reminders and the command line call these.
"""

from family_bot.deadlines.calculator import (
    Answer,
    Assumption,
    Deadline,
    DeadlineResult,
    Decision,
    compute_deadlines,
    local_day,
)
from family_bot.deadlines.counting import (
    Delivery,
    Holiday,
    count_start,
    easter_sunday,
    holiday_on,
    is_deadline_day,
    legal_holidays,
    period_end,
)
from family_bot.deadlines.table import (
    RULE_TABLE_FILE,
    DecisionKind,
    LegalReview,
    Remedy,
    Rule,
    RuleTable,
    RuleTableError,
    Severity,
    load_rule_table,
)
from family_bot.deadlines.validation import Problem, check_rule_table

__all__ = [
    "RULE_TABLE_FILE",
    "Answer",
    "Assumption",
    "Deadline",
    "DeadlineResult",
    "Decision",
    "DecisionKind",
    "Delivery",
    "Holiday",
    "LegalReview",
    "Problem",
    "Remedy",
    "Rule",
    "RuleTable",
    "RuleTableError",
    "Severity",
    "check_rule_table",
    "compute_deadlines",
    "count_start",
    "easter_sunday",
    "holiday_on",
    "is_deadline_day",
    "legal_holidays",
    "load_rule_table",
    "local_day",
    "period_end",
]
