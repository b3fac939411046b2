"""Thousands of odd updates through the real Application and the local Bot API server.

Hypothesis draws conversations: every script, emoji, zero-width and RTL characters, HTML and
Fluent syntax, empty and 4096-character texts, unknown commands, edits, media, locations,
contacts, group and channel messages, forged button data, people the bot never met. Whatever
comes, the bot must not crash, must answer every private message, must never make a call
Telegram refuses, and must never show one person another person's data.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from family_bot.botapi import LocalBotApiServer, SimUser, utf16_len
from family_bot.clock import ManualClock
from family_bot.config import load_settings
from tests.conftest import TEST_TOKEN, UNSHIPPED_LANGUAGE, BotHarness

USERS = 6
ODD_TEXTS = [
    "",
    " ",
    "x" * 4096,
    "ش" * 4096,
    "/start",
    "/menu",
    "/help",
    "/privacy",
    "/mydata",
    "/forget",
    "/language",
    "/start@family_help_bot",
    "/frobnicate",
    "/" + "a" * 40,
    "/🙂",
    "<b>bold</b> & <i>",
    "<a href='javascript:alert(1)'>x</a>",
    "</b></b></b>",
    "&amp; &lt; &#x0; &",
    "{ $x }",
    "{ -bot-operator }",
    "{{ $name }}",
    "{ NUMBER($n) }",
    "\u202eevil override\u202c",
    "\u200b\u200c\u200d\ufeff",
    "\u2066isolate\u2069",
    "مرحبا كيف حالك",
    "سلام، حالت چطور است؟",
    "ښه راغلاست",
    "ሰላም",
    "Здравствуйте",
    "你好",
    "👨‍👩‍👧‍👦🇧🇪🏳️‍🌈",
    "\x00\x01\x1f",
    "\n\n\n",
    "+32 470 12 34 56",
]
texts = st.one_of(
    st.sampled_from(ODD_TEXTS),
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=60).map(lambda t: "/" + t),
).filter(lambda t: utf16_len(t) <= 4096)
callback_data = st.one_of(
    st.sampled_from(
        ["m", "p:", "p:../../etc", "l:xx", "l:fr", "L", "fg:y:0", "fg:y:", "fg:n", "fg"]
    ),
    st.text(min_size=1, max_size=64).filter(lambda d: 1 <= len(d.encode()) <= 64),
)
user_index = st.integers(0, USERS - 1)
actions = st.one_of(
    st.tuples(st.just("text"), user_index, texts),
    st.tuples(st.just("text"), user_index, texts),
    st.tuples(st.just("edit"), user_index, texts),
    st.tuples(
        st.sampled_from(["photo", "document", "voice", "sticker", "location", "contact"]),
        user_index,
        st.none(),
    ),
    st.tuples(st.just("tap"), user_index, st.integers(0, 20)),
    st.tuples(st.just("forged"), user_index, callback_data),
    st.tuples(st.just("group"), user_index, texts),
    st.tuples(st.just("channel"), user_index, texts),
)
conversations = st.lists(actions, min_size=60, max_size=220)
LANGUAGES = ["fr", "nl", "en", "ar", UNSHIPPED_LANGUAGE, None, "zz-weird", "EN-us"]


class ErrorRecorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def marker(index: int) -> str:
    return f"Fuzzname{index}q"


async def act(server: LocalBotApiServer, users: list[SimUser], action: tuple[Any, ...]) -> bool:
    """Perform one action; True when it is a private message that must be answered."""
    kind, index, value = action
    user = users[index]
    if kind == "text":
        await user.send_text(f"{value} {marker(index)}" if value and index % 2 else value)
        return True
    if kind == "edit":
        own = [mid for mid, raw in user._raw.items() if raw.get("from", {}).get("id") == user.id]
        if own and value:
            await user.edit_text(own[-1], value)
        return False
    if kind in ("photo", "document", "voice", "sticker", "location", "contact"):
        await getattr(user, f"send_{kind}")()
        return True
    if kind == "tap":
        message = user.last_with_buttons()
        if message is not None:
            flat = [data for row in message.buttons for _, data in row]
            await user.press(message, flat[value % len(flat)])
        return False
    if kind == "forged":
        message = user.last_message
        if message is not None:
            await user.press_forged(message, value)
        return False
    if kind == "group":
        group = server.new_group(f"Group of {marker(index)}")
        await group.add_bot(by=user)
        await group.send_text(user, "/start" if not value else value)
        return False
    server.inject_update(
        {
            "channel_post": {
                "message_id": 1,
                "chat": {"id": -1001234567890, "type": "channel", "title": "A channel"},
                "date": 0,
                "text": value or "-",
            }
        }
    )
    return False


def answers_in(server: LocalBotApiServer, chat_id: int) -> int:
    return sum(
        1
        for call in server.calls
        if call.ok and call.chat_id == chat_id and call.method in ("sendMessage", "sendDocument")
    )


async def run_conversation(conversation: list[tuple[Any, ...]]) -> int:
    recorder = ErrorRecorder()
    logging.getLogger().addHandler(recorder)
    try:
        with tempfile.TemporaryDirectory() as folder:
            async with LocalBotApiServer(token=TEST_TOKEN, max_long_poll=0.2) as server:
                base = load_settings({"FAMILY_BOT_DB": str(Path(folder) / "fuzz.sqlite3")})
                bot_settings = dataclasses.replace(
                    base,
                    telegram_token=TEST_TOKEN,
                    telegram_api_url=server.url,
                    rate_limit_updates=10_000,
                )
                clock = ManualClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
                harness = BotHarness(server, bot_settings, clock)
                await harness.start()
                try:
                    users = [
                        server.new_user(
                            first_name=marker(i), language_code=LANGUAGES[i % len(LANGUAGES)]
                        )
                        for i in range(USERS)
                    ]
                    expected = dict.fromkeys(range(USERS), 0)
                    for action in conversation:
                        if await act(server, users, action):
                            expected[action[1]] += 1
                        await asyncio.sleep(0)
                    # Bound: every private message answered within 10 s of the last one sent.
                    await server.wait_until(
                        lambda: (
                            all(
                                answers_in(server, users[i].id) >= expected[i] for i in range(USERS)
                            )
                            and not server.pending_updates
                        ),
                        timeout=10,
                    )
                    assert harness.app is not None and harness.app.running
                finally:
                    await harness.stop()
                assert [(c.method, c.status, c.description) for c in server.errors] == []
                for i, user in enumerate(users):
                    others = [marker(j) for j in range(USERS) if j != i]
                    for call in server.calls:
                        if call.chat_id != user.id or not call.ok:
                            continue
                        shown = str(call.params.get("text", "")) + str(
                            call.params.get("caption", "")
                        )
                        document = call.params.get("document")
                        content = getattr(document, "content", b"") or b""
                        shown += content.decode("utf-8", "replace")
                        assert not [m for m in others if m in shown], (call.method, shown[:200])
                        assert not [
                            str(u.id) for u in users if u is not user and str(u.id) in shown
                        ]
                return sum(expected.values()) + len(conversation)
    finally:
        logging.getLogger().removeHandler(recorder)
        unexpected = [r.getMessage() for r in recorder.records]
        assert unexpected == []


TOTAL: list[int] = []


@settings(
    max_examples=24,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(conversations)
def test_odd_updates_never_break_the_bot(conversation: list[tuple[Any, ...]]) -> None:
    TOTAL.append(asyncio.run(run_conversation(conversation)))
