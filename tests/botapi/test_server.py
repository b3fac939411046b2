"""The local Bot API server, driven by the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import datetime as dtm
import html
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from family_bot.botapi import LocalBotApiServer, SimUser
from family_bot.botapi.media import TINY_PNG
from family_bot.botapi.terminal import chat_in_terminal, render_message
from family_bot.telegram_text import parse_html

TOKEN = "123456:local-test-token"


@pytest.fixture
async def server() -> AsyncIterator[LocalBotApiServer]:
    async with LocalBotApiServer(token=TOKEN, bot_username="family_help_bot") as srv:
        yield srv


@pytest.fixture
async def bot(server: LocalBotApiServer) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=f"{server.url}/bot") as client:
        yield client


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_message.text is not None
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Yes ✅", callback_data="yes")],
            [InlineKeyboardButton("Link", url="https://example.org")],
        ]
    )
    await update.effective_message.reply_html(
        f"<b>echo</b>: {html.escape(update.effective_message.text, quote=False)}",
        reply_markup=keyboard,
    )


async def _on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("noted")
    await query.edit_message_text(f"pressed {query.data}")


async def _on_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.my_chat_member is not None
    if update.my_chat_member.new_chat_member.status == "member":
        await context.bot.send_message(update.my_chat_member.chat.id, "hello group")


@pytest.fixture
async def app(
    server: LocalBotApiServer,
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    application = ApplicationBuilder().token(TOKEN).base_url(f"{server.url}/bot").build()
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    application.add_handler(CallbackQueryHandler(_on_button))
    application.add_handler(ChatMemberHandler(_on_member, ChatMemberHandler.MY_CHAT_MEMBER))
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(
        poll_interval=0.0, timeout=dtm.timedelta(seconds=1), allowed_updates=Update.ALL_TYPES
    )
    yield application
    await application.updater.stop()
    await application.stop()
    await application.shutdown()


async def _started_user(server: LocalBotApiServer, **kwargs: Any) -> SimUser:
    """A user who has written to the bot, so it may message them; the update is consumed."""
    user = server.new_user(**kwargs)
    await user.send_text("/start")
    server._pending.clear()
    return user


# -- round trips through a real Application ----------------------------------------------------
async def test_update_round_trips_through_application(server: LocalBotApiServer, app: Any) -> None:
    user = server.new_user(first_name="Amina", language_code="ar")
    reply = await user.say("مرحبا <3 & you")
    assert len(reply) == 1
    message = reply[0]
    assert message.text == "echo: مرحبا <3 & you"
    assert message.html == "<b>echo</b>: مرحبا &lt;3 &amp; you"
    assert message.entities == [{"offset": 0, "length": 4, "type": "bold"}]
    assert message.buttons == [[("Yes ✅", "yes")], [("Link", "https://example.org")]]
    assert user.last_message is message
    assert server.errors == []


async def test_button_press_edits_and_answers(server: LocalBotApiServer, app: Any) -> None:
    user = server.new_user()
    [message] = await user.say("hi")
    changed = await user.tap(message, "Yes ✅")
    assert changed == [message]
    assert message.text == "pressed yes"
    assert message.edited_count == 1
    assert message.buttons == []  # editMessageText without reply_markup drops the keyboard
    assert user.callback_answers == [
        {"id": user.callback_answers[0]["id"], "text": "noted", "show_alert": False}
    ]
    assert [c.method for c in server.calls if c.method != "getUpdates"][-2:] == [
        "answerCallbackQuery",
        "editMessageText",
    ]
    with pytest.raises(LookupError):
        await user.press(message, "Yes ✅")  # the keyboard is gone now
    assert server.errors == []


async def test_tap_waits_for_the_edit_that_follows_a_late_answer(
    server: LocalBotApiServer, bot: Bot
) -> None:
    user = await _started_user(server)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
    menu = await bot.send_message(user.id, "menu", reply_markup=keyboard)

    async def busy_bot() -> None:
        [update] = await bot.get_updates(allowed_updates=["callback_query"])
        assert update.callback_query is not None
        await update.callback_query.answer()
        # A loaded machine: the edit comes well after the answer (seen at 60-75 ms in CI).
        await asyncio.sleep(0.2)
        await bot.edit_message_text("page", chat_id=user.id, message_id=menu.message_id)

    bot_task = asyncio.create_task(busy_bot())
    changed = await user.tap(menu.message_id, "Go")
    await bot_task
    assert [message.text for message in changed] == ["page"]


async def test_press_unknown_label_and_url_button(server: LocalBotApiServer, app: Any) -> None:
    user = server.new_user()
    [message] = await user.say("hi")
    with pytest.raises(LookupError, match="no button"):
        await user.press(message, "Nope")
    with pytest.raises(LookupError, match="not a callback button"):
        await user.press(message, "Link")


async def test_press_by_callback_data(server: LocalBotApiServer, app: Any) -> None:
    user = server.new_user()
    [message] = await user.say("hi")
    await user.tap(message.message_id, "yes")
    assert message.text == "pressed yes"


async def test_group_add_bot_and_privacy_mode(server: LocalBotApiServer, app: Any) -> None:
    user = server.new_user()
    group = server.new_group("Family")
    await group.add_bot(by=user)
    [hello] = await group.wait_for_reply()
    assert hello.text == "hello group"
    assert hello.raw["chat"]["type"] == "group"
    await group.send_text(user, "just chatting")  # privacy mode: the bot never sees this
    await asyncio.sleep(0.1)
    assert [m.text for m in group.messages] == ["hello group"]
    await group.send_text(user, "/help@family_help_bot")
    [echo] = await group.wait_for_reply()
    assert echo.text == "echo: /help@family_help_bot"


async def test_wait_for_reply_timeout_reports_errors(server: LocalBotApiServer, app: Any) -> None:
    user = server.new_user()
    server.fail_next("sendMessage", status=400, description="Bad Request: injected")
    await user.send_text("hello")
    with pytest.raises(TimeoutError, match=r"sendMessage: 400 Bad Request: injected"):
        await user.wait_for_reply(timeout=0.5)


async def test_edited_message_and_blocking_updates(server: LocalBotApiServer, bot: Bot) -> None:
    user = server.new_user()
    sent = await user.send_text("first")
    await user.edit_text(sent["message_id"], "second")
    await user.block_bot()
    updates = await bot.get_updates(allowed_updates=Update.ALL_TYPES)
    assert updates[1].edited_message is not None
    assert updates[1].edited_message.text == "second"
    assert updates[2].my_chat_member is not None
    assert updates[2].my_chat_member.new_chat_member.status == "kicked"
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(user.id, "still there?")
    await user.send_text("/start")  # writing again unblocks, as in Telegram
    assert (await bot.send_message(user.id, "welcome back")).text == "welcome back"


async def test_every_update_is_valid_for_ptb(server: LocalBotApiServer, bot: Bot) -> None:
    user = server.new_user(first_name="Ali", last_name="K", username="ali")
    await user.send_text("/start abc")
    await user.send_photo(caption="pic")
    await user.send_sticker()
    await user.send_voice()
    await user.send_document()
    await user.send_location()
    await user.send_contact()
    sent = await bot.send_message(
        user.id,
        "pick",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]]),
    )
    await user.press(sent.message_id, "A")
    group = server.new_group()
    await group.add_bot(by=user)
    updates = [Update.de_json(raw, bot) for raw in server.updates]
    assert updates[0].message is not None and updates[0].message.text == "/start abc"
    assert updates[0].message.entities[0].type == "bot_command"
    assert updates[0].message.from_user is not None
    assert updates[0].message.from_user.language_code == "en"
    assert updates[1].message is not None and updates[1].message.photo
    assert updates[2].message is not None and updates[2].message.sticker is not None
    assert updates[3].message is not None and updates[3].message.voice is not None
    assert updates[4].message is not None and updates[4].message.document is not None
    assert updates[5].message is not None and updates[5].message.location is not None
    assert updates[6].message is not None and updates[6].message.contact is not None
    query = updates[7].callback_query
    assert query is not None and query.data == "a" and isinstance(query.message, Message)
    assert updates[8].my_chat_member is not None
    got = await bot.get_updates()
    assert [u.update_id for u in got] == [u["update_id"] for u in server.updates]
    fuzz = server.inject_update({"update_id": 999, "message": {"garbage": True}})
    assert fuzz["update_id"] == got[-1].update_id + 1
    assert server.pending_updates[-1] == fuzz  # getUpdates without offset confirms nothing
    # user-sent files can be downloaded through getFile
    assert updates[4].message.document is not None
    file_id = updates[4].message.document.file_id
    async with Bot(
        TOKEN, base_url=f"{server.url}/bot", base_file_url=f"{server.url}/file/bot"
    ) as downloader:
        file = await downloader.get_file(file_id)
        assert file.file_path is not None and "/documents/" in file.file_path
        assert bytes(await file.download_as_bytearray()) == b"%PDF-1.4\n%local test document\n"


# -- strictness ----------------------------------------------------------------------------
def _keyboard(*buttons: InlineKeyboardButton) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([list(buttons)])


STRICT_SEND_CASES: list[tuple[str, dict[str, Any], str]] = [
    ("empty", {"text": ""}, "message text is empty"),
    ("blank", {"text": " \n "}, "message text is empty"),
    ("empty html", {"text": "<b></b>", "parse_mode": "HTML"}, "message text is empty"),
    ("too long", {"text": "x" * 4097}, "message is too long"),
    ("too long utf16", {"text": "😀" * 2049}, "message is too long"),
    ("unclosed", {"text": "<b>bold", "parse_mode": "HTML"}, "can't find end tag"),
    ("bare lt", {"text": "a < b", "parse_mode": "HTML"}, r"unexpected \"<\" at byte offset 2"),
    ("bare amp", {"text": "Tom & Jerry", "parse_mode": "HTML"}, "byte offset 4"),
    ("unknown tag", {"text": "a<br>b", "parse_mode": "HTML"}, 'unsupported start tag "br"'),
    ("misnested", {"text": "<b><i>x</b></i>", "parse_mode": "HTML"}, "unmatched end tag"),
    ("stray end", {"text": "x</b>", "parse_mode": "HTML"}, "unexpected end tag"),
    ("unquoted", {"text": "<a href=https://a.be>x</a>", "parse_mode": "HTML"}, "must be quoted"),
    ("bad href", {"text": '<a href="javascript:x()">x</a>', "parse_mode": "HTML"}, "invalid url"),
    ("empty href", {"text": '<a href="">x</a>', "parse_mode": "HTML"}, "invalid url"),
    ("span", {"text": "<span>x</span>", "parse_mode": "HTML"}, "tg-spoiler"),
    ("named entity", {"text": "a&nbsp;b", "parse_mode": "HTML"}, "unsupported html entity"),
    (
        "callback too long",
        {"text": "x", "reply_markup": _keyboard(InlineKeyboardButton("b", callback_data="a" * 65))},
        "BUTTON_DATA_INVALID",
    ),
    (
        "callback bytes",
        {"text": "x", "reply_markup": _keyboard(InlineKeyboardButton("b", callback_data="é" * 33))},
        "BUTTON_DATA_INVALID",
    ),
    (
        "empty label",
        {"text": "x", "reply_markup": _keyboard(InlineKeyboardButton("", callback_data="a"))},
        "BUTTON_TEXT_EMPTY",
    ),
    (
        "no action",
        {"text": "x", "reply_markup": _keyboard(InlineKeyboardButton("b"))},
        "text buttons are unallowed",
    ),
    (
        "bad url",
        {"text": "x", "reply_markup": _keyboard(InlineKeyboardButton("b", url="not a url"))},
        "BUTTON_URL_INVALID",
    ),
]


@pytest.mark.parametrize(
    ("kwargs", "error"), [c[1:] for c in STRICT_SEND_CASES], ids=[c[0] for c in STRICT_SEND_CASES]
)
async def test_send_message_strictness(
    server: LocalBotApiServer, bot: Bot, kwargs: dict[str, Any], error: str
) -> None:
    user = await _started_user(server)
    with pytest.raises(BadRequest, match=f"(?i){error}"):
        await bot.send_message(user.id, **kwargs)
    assert user.messages == []
    assert server.errors[-1].status == 400
    assert server.errors[-1].description.startswith("Bad Request: ")


async def test_valid_html_is_accepted(server: LocalBotApiServer, bot: Bot) -> None:
    user = await _started_user(server)
    html = (
        "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike>"
        '<del>d</del><span class="tg-spoiler">p</span><tg-spoiler>q</tg-spoiler>'
        '<a href="https://example.org/?a=1&amp;b=2">l</a><a href="tg://user?id=1">m</a>'
        '<code>c</code><pre><code class="language-python">x = 1</code></pre>'
        "<blockquote expandable>q</blockquote>&lt;&gt;&amp;&quot;&#128512;&#x41;"
    )
    sent = await bot.send_message(user.id, html, parse_mode="HTML")
    assert sent.text == 'bsieunskdpqlmcx = 1q<>&"😀A'
    types = [e.type for e in sent.entities]
    assert "pre" in types and "expandable_blockquote" in types and "text_link" in types
    pre = next(e for e in sent.entities if e.type == "pre")
    assert pre.language == "python"
    assert user.last_message is not None and user.last_message.html == html


def test_parse_html_offsets_are_utf16() -> None:
    text, entities = parse_html("😀 <b>héllo</b>\n")
    assert text == "😀 héllo"
    assert entities == [{"offset": 3, "length": 5, "type": "bold"}]


async def test_chat_rules(server: LocalBotApiServer, bot: Bot) -> None:
    stranger = server.new_user()
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(42, "hi")
    with pytest.raises(Forbidden, match="bot can't initiate conversation with a user"):
        await bot.send_message(stranger.id, "hi")
    group = server.new_group()
    with pytest.raises(Forbidden, match="not a member"):
        await bot.send_message(group.chat_id, "hi")


async def test_caption_limit_and_photo_validation(server: LocalBotApiServer, bot: Bot) -> None:
    user = await _started_user(server)
    with pytest.raises(BadRequest, match=r"(?i)message caption is too long"):
        await bot.send_document(user.id, b"data", filename="a.txt", caption="c" * 1025)
    with pytest.raises(BadRequest, match=r"(?i)IMAGE_PROCESS_FAILED"):
        await bot.send_photo(user.id, b"not an image")
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_document(user.id, "no-such-file-id")


async def test_send_document_multipart_keeps_bytes(server: LocalBotApiServer, bot: Bot) -> None:
    user = await _started_user(server)
    content = bytes(range(256)) * 10
    sent = await bot.send_document(
        user.id, content, filename="plan.pdf", caption="<b>Your plan</b>", parse_mode="HTML"
    )
    assert sent.document is not None and sent.document.file_name == "plan.pdf"
    message = user.last_message
    assert message is not None and message.document is not None
    assert message.document.content == content
    assert message.document.filename == "plan.pdf"
    assert message.caption == "Your plan"
    assert message.caption_entities == [{"offset": 0, "length": 9, "type": "bold"}]
    # the returned file_id can be re-sent, like in Telegram
    again = await bot.send_document(user.id, sent.document.file_id)
    assert again.document is not None and again.document.file_id == sent.document.file_id
    photo = await bot.send_photo(user.id, TINY_PNG)
    assert photo.photo[-1].width == 1
    assert user.last_message is not None and user.last_message.photo is not None
    assert user.last_message.photo.content == TINY_PNG
    call = server.calls[-1]
    assert call.method == "sendPhoto" and call.params["photo"].content == TINY_PNG


async def test_edit_rules(server: LocalBotApiServer, bot: Bot) -> None:
    user = await _started_user(server)
    keyboard = _keyboard(InlineKeyboardButton("A", callback_data="a"))
    sent = await bot.send_message(user.id, "<b>hi</b>", parse_mode="HTML", reply_markup=keyboard)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text(
            "<b>hi</b>", user.id, sent.message_id, parse_mode="HTML", reply_markup=keyboard
        )
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(user.id, sent.message_id, reply_markup=keyboard)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", user.id, 9999)
    user_message_id = server.updates[0]["message"]["message_id"]
    with pytest.raises(BadRequest, match=r"(?i)message can't be edited"):
        await bot.edit_message_text("x", user.id, user_message_id)
    # same text but different markup is a modification
    await bot.edit_message_text("<b>hi</b>", user.id, sent.message_id, parse_mode="HTML")
    message = user.last_message
    assert message is not None and message.buttons == [] and message.edited_count == 1
    await bot.edit_message_reply_markup(user.id, sent.message_id, reply_markup=keyboard)
    assert message.buttons == [[("A", "a")]] and message.edited_count == 2
    assert await bot.delete_message(user.id, sent.message_id)
    assert user.messages == [] and message.deleted
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(user.id, sent.message_id)


async def test_callback_answer_rules(server: LocalBotApiServer, bot: Bot) -> None:
    user = await _started_user(server)
    sent = await bot.send_message(
        user.id, "pick", reply_markup=_keyboard(InlineKeyboardButton("A", callback_data="a"))
    )
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("12345")
    query = await user.press(sent.message_id, "A")
    with pytest.raises(BadRequest, match=r"(?i)MESSAGE_TOO_LONG"):
        await bot.answer_callback_query(query["id"], text="x" * 201)
    assert await bot.answer_callback_query(query["id"], text="ok", show_alert=True)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query["id"])
    assert user.callback_answers[-1]["show_alert"] is True
    assert server.callback_answered(query["id"])


async def test_reply_keyboard_accepted_but_not_kept(server: LocalBotApiServer, bot: Bot) -> None:
    user = await _started_user(server)
    await bot.send_message(user.id, "choose", reply_markup=ReplyKeyboardMarkup([["A", "B"]]))
    assert user.last_message is not None and user.last_message.buttons == []
    assert user.last_message.reply_keyboard == {"keyboard": [[{"text": "A"}, {"text": "B"}]]}
    assert server.calls[-1].params["reply_markup"]["keyboard"][0][0] == {"text": "A"}


# -- faults --------------------------------------------------------------------------------
async def test_fail_next_429_raises_retry_after(
    server: LocalBotApiServer, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    user = await _started_user(server)
    server.fail_next("sendMessage", status=429, retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(user.id, "hi")
    assert caught.value.retry_after == dtm.timedelta(seconds=7)
    assert (await bot.send_message(user.id, "hi")).text == "hi"  # only the next call fails
    assert [c.status for c in server.calls if c.method == "sendMessage"] == [429, 200]


async def test_fail_next_server_errors_drop_and_delay(server: LocalBotApiServer, bot: Bot) -> None:
    user = await _started_user(server)
    server.fail_next("sendMessage", status=502)
    with pytest.raises(NetworkError):
        await bot.send_message(user.id, "hi")
    server.fail_next("sendmessage", status=500)
    with pytest.raises(NetworkError):
        await bot.send_message(user.id, "hi")
    server.fail_next("sendMessage", status="drop")
    with pytest.raises(NetworkError):
        await bot.send_message(user.id, "hi")
    server.fail_next("sendMessage", status="delay", delay=0.2)
    started = time.monotonic()
    await bot.send_message(user.id, "slow")
    assert time.monotonic() - started >= 0.2
    assert [m.text for m in user.messages] == ["slow"]


async def test_rate_limit(
    server: LocalBotApiServer, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    user = await _started_user(server)
    server.rate_limit(global_per_second=30, per_chat_per_second=1)
    await bot.send_message(user.id, "one")
    with pytest.raises(RetryAfter):
        await bot.send_message(user.id, "two")
    server.rate_limit(None, None)
    await bot.send_message(user.id, "three")


# -- HTTP surface ----------------------------------------------------------------------------
async def test_http_surface(server: LocalBotApiServer) -> None:
    user = await _started_user(server)
    base = f"{server.url}/bot{TOKEN}"
    async with httpx.AsyncClient() as client:
        response = await client.get(f"{server.url}/botWRONG:token/getMe")
        assert response.status_code == 401
        assert response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
        response = await client.post(f"{base}/noSuchMethod")
        assert response.status_code == 404
        assert response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        response = await client.post(
            f"{base}/sendMessage",
            json={
                "chat_id": user.id,
                "text": "json",
                "reply_markup": {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]},
            },
        )
        assert response.json()["result"]["reply_markup"]["inline_keyboard"][0][0]["text"] == "A"
        response = await client.get(
            f"{base}/sendMessage", params={"chat_id": user.id, "text": "query"}
        )
        assert response.json()["ok"] is True
        response = await client.get(f"{base}/getme")
        assert response.json()["result"]["username"] == "family_help_bot"
    assert [m.text for m in user.messages] == ["json", "query"]


async def test_wrong_token_is_invalid_token(server: LocalBotApiServer) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("999:wrong", base_url=f"{server.url}/bot"):
            pass


async def test_get_updates_semantics(server: LocalBotApiServer, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.username == "family_help_bot" and me.is_bot and me.can_join_groups
    started = time.monotonic()
    assert await bot.get_updates(timeout=30) == ()  # capped at max_long_poll
    assert time.monotonic() - started < 1.0
    user = server.new_user()
    await user.send_text("a")
    await user.send_text("b")
    first = await bot.get_updates(limit=1)
    assert [u.message.text for u in first if u.message] == ["a"]
    rest = await bot.get_updates(offset=first[0].update_id + 1, timeout=5)
    assert [u.message.text for u in rest if u.message] == ["b"]
    waiter = asyncio.create_task(bot.get_updates(offset=rest[0].update_id + 1, timeout=5))
    await asyncio.sleep(0.05)
    await user.send_text("c")
    got = await waiter
    assert [u.message.text for u in got if u.message] == ["c"]
    # a webhook blocks getUpdates, as in Telegram
    assert await bot.set_webhook("https://example.org/hook")
    with pytest.raises(Conflict):
        await bot.get_updates()
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()


async def test_commands_and_chat_info(server: LocalBotApiServer, bot: Bot) -> None:
    user = await _started_user(server, first_name="Amina")
    assert await bot.set_my_commands([BotCommand("start", "Begin")])
    assert await bot.set_my_commands([BotCommand("start", "ابدأ")], language_code="ar")
    assert await bot.set_my_commands(
        [BotCommand("help", "Help")], scope=BotCommandScopeChat(user.id), language_code="fr"
    )
    assert [c.description for c in await bot.get_my_commands(language_code="ar")] == ["ابدأ"]
    assert [c.command for c in await bot.get_my_commands()] == ["start"]
    assert await bot.get_my_commands(language_code="nl") == ()
    assert server.get_commands(language_code="ar") == [{"command": "start", "description": "ابدأ"}]
    assert server.get_commands({"type": "chat", "chat_id": user.id}, "fr")[0]["command"] == "help"
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Bad-Command", "x")])
    assert await bot.delete_my_commands(language_code="ar")
    assert server.get_commands(language_code="ar") == []
    chat = await bot.get_chat(user.id)
    assert chat.first_name == "Amina" and chat.type == "private"
    assert await bot.send_chat_action(user.id, "typing")
    with pytest.raises(BadRequest, match=r"(?i)wrong parameter action"):
        await bot.send_chat_action(user.id, "dancing")
    assert await bot.set_chat_menu_button()
    assert await bot.log_out() and await bot.close()


async def test_leave_group(server: LocalBotApiServer, bot: Bot) -> None:
    user = await _started_user(server)
    group = server.new_group()
    await group.add_bot(by=user)
    assert await bot.leave_chat(group.chat_id)
    assert not group.bot_is_member
    with pytest.raises(Forbidden):
        await bot.send_message(group.chat_id, "hi")
    with pytest.raises(BadRequest):
        await bot.leave_chat(user.id)


async def test_teardown_is_fast() -> None:
    started = time.monotonic()
    async with LocalBotApiServer(token=TOKEN, max_long_poll=0.2) as srv:
        application = ApplicationBuilder().token(TOKEN).base_url(f"{srv.url}/bot").build()
        application.add_handler(MessageHandler(filters.TEXT, _echo))
        await application.initialize()
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(
            poll_interval=0.0, timeout=dtm.timedelta(seconds=10)
        )
        user = srv.new_user()
        assert (await user.say("x"))[0].text == "echo: x"
        stopping = time.monotonic()
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
    assert time.monotonic() - stopping < 1.0
    assert srv.errors == []  # stopping the updater must not leave a 409 behind
    assert time.monotonic() - started < 3.0


# -- terminal --------------------------------------------------------------------------------
async def test_chat_in_terminal(server: LocalBotApiServer, app: Any) -> None:
    lines = iter(["hello", "1", "/quit"])
    output: list[str] = []

    async def read_line() -> str | None:
        return next(lines, None)

    await chat_in_terminal(server, language_code="nl", read_line=read_line, write=output.append)
    text = "\n".join(output)
    assert "echo: hello" in text
    assert "[1] Yes ✅" in text and "[2] Link (https://example.org)" in text
    assert "pressed yes" in text


def test_render_message_links() -> None:
    from family_bot.botapi.models import BotMessage

    text, entities = parse_html('See <a href="https://x.be">the site</a> and <b>this</b>')
    message = BotMessage(1, 1, 0, text=text, entities=entities, buttons=[[("A", "a"), ("B", "b")]])
    assert render_message(message) == "See the site (https://x.be) and this\n[1] A  [2] B"
    assert json.dumps(render_message(message, ansi=True)).count("\\u001b[1m") == 1


async def test_send_voice_by_upload_then_by_file_id(server: LocalBotApiServer, bot: Bot) -> None:
    user = await _started_user(server)
    recording = b"OggS\x00" + bytes(range(200))
    sent = await bot.send_voice(user.id, recording, duration=7, caption="Your rights")
    assert sent.voice is not None and sent.voice.mime_type == "audio/ogg"
    message = user.last_message
    assert message is not None and message.voice is not None and not message.has_text
    assert message.raw["voice"]["duration"] == 7
    assert message.voice.content == recording and message.caption == "Your rights"
    # uploaded once, then sent again by its file_id, as a bot caches recordings
    again = await bot.send_voice(user.id, sent.voice.file_id, duration=7)
    assert again.voice is not None and again.voice.file_id == sent.voice.file_id
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_voice(user.id, "no-such-file-id")
