"""Pages read aloud by people: voices are invited, read a page, and a second person (another
voice of that language, or a coordinator) listens and approves before families hear it."""

from __future__ import annotations

import logging

from family_bot.delivery import Outgoing
from family_bot.information.service import InformationService
from family_bot.logs import pseudonym
from family_bot.recordings.invites import create_voice_invite, token_hash
from family_bot.recordings.model import (
    MAX_SECONDS,
    PageAudio,
    RecordingRefused,
    Sound,
    audio_state,
    live_recordings,
    refusal,
)
from family_bot.recordings.studio import StudioError, StudioRecording, load_studio
from family_bot.screens import LISTEN, RECORD, Action, Button, Screen
from family_bot.staff import NotAllowed, StaffTools, StaffToolsService, is_coordinator
from family_bot.storage import recordings as store
from family_bot.storage.recordings import RecordingRow, VoiceRow

log = logging.getLogger(__name__)

RECORDING_STEP = "voice-record"  # the voice was shown a page and the bot waits for the sound
STATE_MARKS = {
    PageAudio.NONE: "⚪",
    PageAudio.RECORDED: "🟡",
    PageAudio.APPROVED: "🟢",
    PageAudio.STALE: "🟠",
}


def record_action(argument: str) -> str:
    return Action(RECORD, argument).encode()


class Recordings(StaffToolsService):
    """The voices' side (invite, record, approve) and the one lookup the page screen makes."""

    def __init__(self, tools: StaffTools, information: InformationService) -> None:
        super().__init__(tools)
        self._information = information
        self._rows: list[RecordingRow] = []
        # (page, language) -> file_id of the recording families hear: rebuilt when a recording
        # is decided or forgotten and when the texts change, so a page view is one dict lookup.
        self._live: dict[tuple[str, str], str] = {}
        self._buttons: dict[tuple[str, str], Button] = {}
        self._studio: list[StudioRecording] = []  # content/audio.toml
        self._uploads: dict[str, str] = {}  # sha256 of a studio file -> its file_id
        self._studio_rows: list[RecordingRow] = []  # those uploaded, as approved recordings

    # --- what families hear ---------------------------------------------------------------

    async def load(self) -> None:
        self._rows = await store.all_recordings(self._db)
        self._uploads = await store.studio_uploads(self._db)
        self.content_changed()

    def content_changed(self) -> None:
        """The texts were edited: a recording of an older text stops counting at once."""
        try:
            self._studio = load_studio(self._settings.content_dir)
        except StudioError as error:  # `content check` names it; the last good list stays
            log.warning("studio recordings not loaded: %s", error)
        self._studio_rows = [
            recording.as_row(number, self._uploads[sha])
            for number, recording in enumerate(self._studio, start=1)
            if (sha := self._sha256(recording)) in self._uploads
        ]
        self._live = live_recordings(self._all_rows(), self._information.reviews.current)
        self._buttons.clear()  # the label may have been edited too

    def _all_rows(self) -> list[RecordingRow]:
        """The volunteers' recordings and the studio ones already uploaded."""
        return [*self._rows, *self._studio_rows]

    @staticmethod
    def _sha256(recording: StudioRecording) -> str:
        try:
            return recording.sha256()
        except OSError:
            return ""

    def studio_to_upload(self) -> list[StudioRecording]:
        """Studio files Telegram has no file_id for yet (new, or changed since)."""
        return [r for r in self._studio if self._sha256(r) not in self._uploads]

    async def studio_uploaded(self, recording: StudioRecording, file_id: str) -> None:
        async with self._db.transaction():
            await store.save_studio_upload(self._db, recording.sha256(), file_id, self._clock.now())
        self._uploads = await store.studio_uploads(self._db)
        self.content_changed()

    async def upload_chat(self) -> int | None:
        """Where studio files are sent once to get their file_id: the first coordinator."""
        coordinators = await store.coordinator_ids(self._db)
        return coordinators[0] if coordinators else None

    def studio_caption(self, chat_id: int, recording: StudioRecording) -> str:
        return self.t(
            self._notices.locale_of(chat_id),
            "recordings-studio-uploaded",
            title=self._information.page_title(recording.locale, recording.page),
            language=self.texts.language_name(recording.locale),
            name=recording.read_by,
            approver=recording.approved_by,
        )

    def listen_file(self, page_id: str, locale: str) -> str | None:
        """The approved recording of this page as readers get it now, in this language."""
        return self._live.get((page_id, locale))

    def listen_button(self, page_id: str, locale: str) -> Button | None:
        """The Listen button under a page with a current approved recording; None otherwise."""
        key = (page_id, locale)
        if key not in self._live:
            return None
        button = self._buttons.get(key)
        if button is None:  # formatted once per page and language (Fluent costs ~15 µs)
            label = self.t(locale, "recordings-listen-button")
            button = self._buttons[key] = Button(label, Action(LISTEN, page_id).encode())
        return button

    # --- invites ----------------------------------------------------------------------------

    async def create_invite(self, name: str, languages: str, bot_username: str) -> str:
        return await create_voice_invite(
            self._db,
            self._clock,
            self._settings.invite_lifetime,
            self._information.catalog.registry,
            name=name,
            languages=languages,
            bot_username=bot_username,
        )

    async def redeem(self, user_id: int, token: str, locale: str) -> Screen:
        now = self._clock.now()
        async with self._db.transaction():
            invite = await store.take_invite(self._db, token_hash(token), now)
            if invite is not None:
                await store.save_voice(
                    self._db, user_id, invite.display_name, invite.languages, now
                )
        if invite is None:
            return Screen(self.t(locale, "recordings-invite-invalid"))
        names = ", ".join(self.texts.language_name(code) for code in invite.languages.split(","))
        log.info("a voice joined: %s", pseudonym(user_id))
        text = self.t(locale, "recordings-voice-welcome", name=invite.display_name, languages=names)
        return Screen(text)

    async def voice(self, user_id: int) -> VoiceRow | None:
        return await store.voice(self._db, user_id)

    async def _acting_voice(self, user_id: int) -> VoiceRow:
        found = await store.voice(self._db, user_id)
        if found is None:
            raise NotAllowed("not a voice")
        return found

    # --- /record ----------------------------------------------------------------------------

    async def menu(self, user_id: int, locale: str) -> Screen:
        """/record: the pages of the voice's language, or first the choice of language."""
        voice = await self._acting_voice(user_id)
        codes = voice.language_codes
        if len(codes) == 1:
            return self.page_list(locale, codes[0])
        rows = tuple(
            (Button(self.texts.language_name(code), record_action(f"l.{code}")),) for code in codes
        )
        return Screen(self.t(locale, "recordings-choose-language"), rows)

    def state_of(self, page_id: str, language: str) -> PageAudio:
        prints = self._information.reviews.current(language, page_id)
        rows = (r for r in self._all_rows() if r.page == page_id and r.language == language)
        return audio_state(rows, prints)

    def _readable_pages(self, language: str) -> list[str]:
        """The pages that have a text of their own in this language (nothing else is read)."""
        catalog = self._information.catalog
        return [
            page.id
            for page in self._information.content.pages.values()
            if catalog.has(language, page.message_id)
        ]

    def page_list(self, locale: str, language: str) -> Screen:
        rows = []
        for page_id in self._readable_pages(language):
            mark = STATE_MARKS[self.state_of(page_id, language)]
            title = self._information.page_title(language, page_id)
            rows.append((Button(f"{mark} {title}", record_action(f"p.{language}.{page_id}")),))
        text = self.t(locale, "recordings-page-list", language=self.texts.language_name(language))
        return Screen(text, tuple(rows))

    async def act(self, user_id: int, locale: str, argument: str) -> Screen:
        """A /record button: a language, a page to read, or a decision on a recording."""
        verb, _, rest = argument.partition(".")
        if verb == "l":
            voice = await self._acting_voice(user_id)
            if rest not in voice.language_codes:
                raise NotAllowed("not a language of this voice")
            return self.page_list(locale, rest)
        if verb == "p":
            language, _, page_id = rest.partition(".")
            return await self.open_page(user_id, locale, language, page_id)
        if verb in ("ok", "redo") and rest.isdigit():
            return await self.decide(user_id, locale, int(rest), approve=verb == "ok")
        raise NotAllowed("unknown recording action")

    async def open_page(self, user_id: int, locale: str, language: str, page_id: str) -> Screen:
        """The text to read, exactly as families get it, and the request for a voice note."""
        voice = await self._acting_voice(user_id)
        page = self._information.content.get(page_id)
        if language not in voice.language_codes or page is None:
            raise NotAllowed("not a page this voice reads")
        if page_id not in self._readable_pages(language):
            raise NotAllowed("no text of its own in this language")
        prints = self._information.reviews.current(language, page_id)
        await self._conversations.set(
            user_id,
            RECORDING_STEP,
            {
                "page": page_id,
                "language": language,
                "text": prints.translation,
                "reference": prints.reference,
            },
        )
        state = self.state_of(page_id, language)
        text = self._information.catalog.format(language, page.message_id)
        ask = self.t(
            locale,
            "recordings-read-this",
            title=self._information.page_title(language, page_id),
            language=self.texts.language_name(language),
            state=state.value,
            minutes=MAX_SECONDS // 60,
        )
        back = Button(self.t(locale, "recordings-back-button"), record_action(f"l.{language}"))
        return Screen(f"{ask}\n\n{text}", ((back,),))

    def awaits_sound(self, user_id: int) -> bool:
        return self._conversations.at(user_id, RECORDING_STEP) is not None

    async def record(self, user_id: int, locale: str, sound: Sound) -> Screen:
        """The voice note read for the page shown: kept with the fingerprints of that text,
        and sent to the people who may approve it. Anything else is refused, nothing kept."""
        step = self._conversations.at(user_id, RECORDING_STEP)
        voice = await self._acting_voice(user_id)
        if step is None:
            raise NotAllowed("no page was opened to record")
        refused = refusal(sound)
        if refused is not None:
            return self.refused(locale, refused)
        page_id, language = str(step["page"]), str(step["language"])
        if step.get("text") is None or language not in voice.language_codes:
            raise NotAllowed("the page shown has no text in this language")
        now = self._clock.now()
        async with self._db.transaction():
            recording_id = await store.insert_recording(
                self._db,
                page=page_id,
                language=language,
                file_id=sound.file_id,
                seconds=sound.seconds,
                text_fingerprint=str(step["text"]),
                reference_fingerprint=str(step["reference"]),
                recorded_by=user_id,
                now=now,
            )
            row = await store.recording(self._db, recording_id)
            assert row is not None
            notices = await self._approval_notices(row, voice)
            await self._delivery.enqueue_in_transaction(notices)
        self._delivery.wake()
        await self._conversations.clear(user_id)
        self._rows.append(row)
        log.info("recording %d stored by %s", recording_id, pseudonym(user_id))
        key = "recordings-stored" if notices else "recordings-stored-nobody"
        title = self._information.page_title(language, page_id)
        return Screen(self.t(locale, key, title=title), ((self._list_button(locale, language),),))

    def refused(self, locale: str, refused: RecordingRefused) -> Screen:
        return Screen(self.t(locale, refused.message_id, **refused.args_for_text))

    def _list_button(self, locale: str, language: str) -> Button:
        return Button(self.t(locale, "recordings-list-button"), record_action(f"l.{language}"))

    async def _approvers(self, row: RecordingRow) -> list[int]:
        """Other voices of the recording's language and every coordinator, never the recorder."""
        voices = [
            v.telegram_user_id
            for v in await store.all_voices(self._db)
            if row.language in v.language_codes
        ]
        people = {*voices, *await store.coordinator_ids(self._db)} - {row.recorded_by}
        return sorted(people)

    async def _approval_notices(self, row: RecordingRow, voice: VoiceRow) -> list[Outgoing]:
        notices = []
        for person in await self._approvers(row):
            locale = self._notices.locale_of(person)
            caption = self.t(
                locale,
                "recordings-approve-ask",
                name=voice.display_name,
                title=self._information.page_title(row.language, row.page),
                language=self.texts.language_name(row.language),
                seconds=row.seconds,
            )
            buttons = (
                (
                    Button(
                        self.t(locale, "recordings-approve-button"), record_action(f"ok.{row.id}")
                    ),
                    Button(
                        self.t(locale, "recordings-redo-button"), record_action(f"redo.{row.id}")
                    ),
                ),
            )
            notices.append(
                Outgoing(
                    chat_id=person,
                    kind="recording",
                    dedupe_key=f"recording:{row.id}:{person}",
                    text=caption,
                    buttons=buttons,
                    subject=f"recording:{row.id}",
                    voice=row.file_id,
                )
            )
        return notices

    async def may_decide(self, user_id: int, row: RecordingRow) -> bool:
        """A second person: a coordinator, or another voice of the recording's language."""
        if user_id == row.recorded_by:
            return False
        if await is_coordinator(self._db, user_id):
            return True
        voice = await store.voice(self._db, user_id)
        return voice is not None and row.language in voice.language_codes

    async def decide(
        self, user_id: int, locale: str, recording_id: int, *, approve: bool
    ) -> Screen:
        """Approve (families hear it from now on) or ask for it again; the recorder never can."""
        row = await store.recording(self._db, recording_id)
        if row is None or not await self.may_decide(user_id, row):
            raise NotAllowed("this person may not decide on this recording")
        state = "approved" if approve else "redo"
        now = self._clock.now()
        title_for = self._information.page_title
        async with self._db.transaction():
            decided = await store.decide(self._db, recording_id, state, user_id, now)
            if decided:
                recorder_locale = self._notices.locale_of(row.recorded_by)
                await self._delivery.enqueue_in_transaction(
                    [
                        Outgoing(
                            chat_id=row.recorded_by,
                            kind="recording",
                            dedupe_key=f"recording-decided:{row.id}",
                            text=self.t(
                                recorder_locale,
                                f"recordings-told-{state}",
                                title=title_for(row.language, row.page),
                            ),
                            subject=f"recording:{row.id}",
                        )
                    ]
                )
        if not decided:
            return Screen(self.t(locale, "recordings-already-decided"))
        self._delivery.wake()
        await self.load()
        log.info("recording %d %s by %s", recording_id, state, pseudonym(user_id))
        return Screen(
            self.t(locale, f"recordings-decided-{state}", title=title_for(row.language, row.page))
        )

    # --- privacy ----------------------------------------------------------------------------

    def forgotten(self, user_id: int) -> None:
        """After /forget committed: their recordings stop being heard at once."""
        self._rows = [row for row in self._rows if row.recorded_by != user_id]
        self.content_changed()
