"""Numbered migrations, applied in order at start-up; never edit one that has shipped."""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        -- One row per Telegram account that has talked to the bot. No names, no phone numbers:
        -- only what the bot needs to answer in the right language.
        CREATE TABLE members (
            telegram_user_id INTEGER PRIMARY KEY,
            language TEXT,
            created_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        """
        -- Coaches and coordinators: only ever created by opening an invite printed by the CLI.
        -- display_name is the label given at invite, never a family's name.
        CREATE TABLE staff (
            telegram_user_id INTEGER PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('coach', 'coordinator')),
            display_name TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        -- A household: a label the coach chose (no real names) and a site.
        CREATE TABLE households (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,
            site TEXT NOT NULL,
            coach_id INTEGER NOT NULL REFERENCES staff (telegram_user_id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX households_by_coach ON households (coach_id);
        -- Invite links: only the sha256 of the token is stored, single use for staff,
        -- up to max_uses members for a household link.
        CREATE TABLE invites (
            token_hash TEXT PRIMARY KEY,
            purpose TEXT NOT NULL CHECK (purpose IN ('coach', 'coordinator', 'household')),
            display_name TEXT,
            household_id INTEGER REFERENCES households (id) ON DELETE CASCADE,
            max_uses INTEGER NOT NULL,
            uses INTEGER NOT NULL DEFAULT 0,
            expires_at TEXT NOT NULL,
            revoked_at TEXT,
            created_at TEXT NOT NULL
        );
        -- A family member belongs to one household, position numbers members for the coach
        -- ("member 2") so no name is ever needed.
        CREATE TABLE household_members (
            telegram_user_id INTEGER PRIMARY KEY,
            household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            joined_at TEXT NOT NULL,
            unreachable_since TEXT
        );
        CREATE INDEX household_members_by_household ON household_members (household_id);
        -- Times in UTC (storage.times format), version grows on each change of time or place.
        CREATE TABLE appointments (
            id INTEGER PRIMARY KEY,
            household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            starts_at TEXT NOT NULL,
            place TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            cancelled_at TEXT,
            created_by INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX appointments_by_household ON appointments (household_id, starts_at);
        CREATE TABLE appointment_answers (
            appointment_id INTEGER NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
            telegram_user_id INTEGER NOT NULL,
            answer TEXT NOT NULL CHECK (answer IN ('coming', 'help')),
            answered_at TEXT NOT NULL,
            PRIMARY KEY (appointment_id, telegram_user_id)
        );
        -- Reminders live here, not in memory: the scheduler turns due ones into outbox rows
        -- and marks them done in the same transaction.
        CREATE TABLE reminders (
            id INTEGER PRIMARY KEY,
            appointment_id INTEGER NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('before', 'unanswered')),
            due_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'skipped')),
            done_at TEXT
        );
        CREATE INDEX reminders_due ON reminders (state, due_at);
        -- Every message that must arrive, one row per chat, text is rendered in the recipient's
        -- language when enqueued and cleared once sent (store the least data).
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            dedupe_key TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            buttons TEXT,
            not_before TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sent', 'failed', 'unreachable')),
            last_error TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE INDEX outbox_pending ON outbox (state, chat_id, not_before);
        CREATE INDEX outbox_subject ON outbox (subject, chat_id);
        -- What a person is in the middle of typing (an appointment draft, a message to send).
        CREATE TABLE conversations (
            telegram_user_id INTEGER PRIMARY KEY,
            step TEXT NOT NULL,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """,
    ),
    (
        3,
        """
        -- Requests for help a family confirmed (issue 6). member_id is the Telegram user id;
        -- household_id is NULL when the member was in no household (the coordinators read it).
        -- text is the family's own message, kept only until `text_retention_days` after the
        -- request is closed (acknowledged and answered, referred, or withdrawn), then set NULL.
        CREATE TABLE support_requests (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL,
            household_id INTEGER REFERENCES households (id) ON DELETE SET NULL,
            reader TEXT NOT NULL CHECK (reader IN ('coach', 'coordinators')),
            kind TEXT NOT NULL CHECK (kind IN ('coach', 'psychological', 'child', 'urgent')),
            urgent INTEGER NOT NULL DEFAULT 0,
            text TEXT,
            text_language TEXT,
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'acknowledged', 'closed', 'withdrawn')),
            created_at TEXT NOT NULL,
            acknowledged_at TEXT,
            replied_at TEXT,
            referred_to TEXT,
            closed_at TEXT
        );
        CREATE INDEX support_requests_by_member ON support_requests (member_id, id);
        CREATE INDEX support_requests_open ON support_requests (state, created_at);
        CREATE INDEX support_requests_closed ON support_requests (closed_at);
        -- Each escalation of a request to the coordinators happens once: the primary key is
        -- the dedupe, written in the same transaction as the outbox rows.
        CREATE TABLE support_escalations (
            request_id INTEGER NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
            reason TEXT NOT NULL CHECK (reason IN ('urgent', 'day', 'no-coach')),
            escalated_at TEXT NOT NULL,
            PRIMARY KEY (request_id, reason)
        ) WITHOUT ROWID;
        """,
    ),
    (
        4,
        """
        -- How typed questions fared, counted per day, language and topic. Never the question's
        -- text and never who asked: editors only need to see where the keywords fall short.
        CREATE TABLE question_counts (
            day TEXT NOT NULL,
            locale TEXT NOT NULL,
            topic TEXT NOT NULL,  -- '' when no topic matched
            outcome TEXT NOT NULL CHECK (
                outcome IN ('matched', 'ambiguous', 'unmatched', 'helped', 'not_helped')
            ),
            count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, locale, topic, outcome)
        ) WITHOUT ROWID;
        """,
    ),
    (
        5,
        """
        -- Evaluation counters (issue 9): how many times something happened, per local day, site,
        -- language, metric and a value from a closed list (topic id, request kind, outcome...).
        -- Deliberately no column for a person, chat, household or anything anyone typed.
        -- WITHOUT ROWID: rows are stored by key, so not even the insertion order is kept.
        CREATE TABLE usage_counts (
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            site TEXT NOT NULL CHECK (length(site) <= 40),
            locale TEXT NOT NULL CHECK (length(locale) <= 12),
            metric TEXT NOT NULL CHECK (length(metric) <= 40),
            dimension TEXT NOT NULL CHECK (length(dimension) <= 40),
            count INTEGER NOT NULL CHECK (count > 0),
            PRIMARY KEY (day, site, locale, metric, dimension)
        ) WITHOUT ROWID;
        """,
    ),
    (
        6,
        """
        -- Privacy: inactive members are found by last_seen_at for the retention purge.
        CREATE INDEX members_last_seen ON members (last_seen_at);
        """,
    ),
    (
        20,
        """
        -- The durable inbox: every update Telegram sends is written here before Telegram is told
        -- it arrived, and handled from here. `raw` (the update as Telegram sent it, with what the
        -- person wrote) is kept only until the update is handled, the row without it stays a few
        -- hours so that an update Telegram sends again is recognised and not handled twice.
        CREATE TABLE inbox (
            update_id INTEGER PRIMARY KEY,
            telegram_user_id INTEGER,
            raw TEXT,
            received_at TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
            done_at TEXT
        );
        -- No index: two writes per update are the hot path, and the table holds a few hours of
        -- updates, read in full only at start and by /forget.
        """,
    ),
    (
        23,
        """
        -- A family may speak its request instead of typing it: the voice note's Telegram file_id
        -- and length, kept and deleted exactly like the request text (never the sound itself).
        ALTER TABLE support_requests ADD COLUMN voice_file_id TEXT;
        ALTER TABLE support_requests ADD COLUMN voice_seconds INTEGER;
        -- A queued message may be a voice note by file_id, its text then the caption.
        ALTER TABLE outbox ADD COLUMN voice TEXT;
        """,
    ),
    (
        26,
        """
        -- Pages read aloud by people. A voice volunteer is created only by opening an invite
        -- printed by the CLI, with the name the coordinator gave and the languages they read.
        CREATE TABLE voice_volunteers (
            telegram_user_id INTEGER PRIMARY KEY,
            display_name TEXT NOT NULL,
            languages TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        -- One-time invites for voices: only the sha256 of the code is stored, deleted once used.
        CREATE TABLE voice_invites (
            token_hash TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            languages TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        -- A recording of one page in one language: Telegram's file_id and length, never the
        -- sound, with the fingerprints of the text read and of the reference text it was
        -- translated from (as reviews keep them). A change to either makes it stale.
        CREATE TABLE recordings (
            id INTEGER PRIMARY KEY,
            page TEXT NOT NULL,
            language TEXT NOT NULL,
            file_id TEXT NOT NULL,
            seconds INTEGER NOT NULL CHECK (seconds BETWEEN 1 AND 300),
            text_fingerprint TEXT NOT NULL,
            reference_fingerprint TEXT NOT NULL,
            recorded_by INTEGER NOT NULL
                REFERENCES voice_volunteers (telegram_user_id) ON DELETE CASCADE,
            state TEXT NOT NULL CHECK (state IN ('recorded', 'approved', 'redo')),
            decided_by INTEGER,
            recorded_at TEXT NOT NULL,
            decided_at TEXT
        );
        CREATE INDEX recordings_by_page ON recordings (page, language);
        CREATE INDEX recordings_by_voice ON recordings (recorded_by);
        -- Studio recordings committed as content/audio/<lang>/<page>.ogg are uploaded to
        -- Telegram once, the file_id kept by the sha256 of the file (a new file, a new upload).
        CREATE TABLE studio_uploads (
            sha256 TEXT PRIMARY KEY,
            file_id TEXT NOT NULL,
            uploaded_at TEXT NOT NULL
        );
        """,
    ),
    (
        28,
        """
        -- Capacity for a whole reception network: rows that hang off an appointment,
        -- a member, a chat or a household are found by an index, not a scan of the table. The
        -- daily purge deletes past appointments and the cascade looked for their reminders one
        -- full scan each (minutes with 50,000 appointments), and forgetting a member scanned
        -- the answers and the outbox.
        CREATE INDEX reminders_by_appointment ON reminders (appointment_id);
        CREATE INDEX appointment_answers_by_member ON appointment_answers (telegram_user_id);
        CREATE INDEX outbox_by_chat ON outbox (chat_id);
        CREATE INDEX invites_by_household ON invites (household_id);
        CREATE INDEX support_requests_by_household ON support_requests (household_id);
        """,
    ),
    (
        25,
        """
        -- Decisions a family (or its coach) registered, to count the last day to act (issue 15).
        -- Only the answers to the buttons: never the paper, never free text. owner is 'h' and the
        -- household id, or 'm' and the member id for a member in no household. member_id is who
        -- registered it (NULL when the coach did). notified NULL: the family did not know the
        -- date. last_day is the shortest last day, computed at registration. Deleted with the
        -- household, by /forget of the member who registered it, and by the retention purge
        -- a number of days after last_day.
        CREATE TABLE deadline_decisions (
            id INTEGER PRIMARY KEY,
            owner TEXT NOT NULL,
            household_id INTEGER REFERENCES households (id) ON DELETE CASCADE,
            member_id INTEGER,
            kind TEXT NOT NULL CHECK (
                kind IN ('immigration-office', 'cgrs', 'cgrs-subsequent', 'cce-judgment', 'unknown')
            ),
            second_removal TEXT NOT NULL CHECK (second_removal IN ('yes', 'no', 'unknown')),
            notified TEXT,
            delivery TEXT NOT NULL
                CHECK (delivery IN ('in-person', 'registered', 'letter', 'unknown')),
            detained TEXT NOT NULL CHECK (detained IN ('yes', 'no', 'unknown')),
            registered_by TEXT NOT NULL CHECK (registered_by IN ('family', 'coach')),
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'lawyer', 'passed')),
            last_day TEXT NOT NULL,
            next_reminder_at TEXT,
            coach_told INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            closed_at TEXT
        );
        -- The same decision registered twice (a double tap) is one decision.
        CREATE UNIQUE INDEX deadline_decisions_once ON deadline_decisions
            (owner, kind, second_removal, COALESCE(notified, ''), delivery, detained)
            WHERE state = 'open';
        CREATE INDEX deadline_decisions_due ON deadline_decisions (state, next_reminder_at);
        CREATE INDEX deadline_decisions_by_member ON deadline_decisions (member_id);
        -- The family's lawyer, optional: a name and a phone number or an e-mail address, typed by
        -- the family. One per owner (as above). member_id is who stored it.
        CREATE TABLE deadline_lawyer_cards (
            owner TEXT PRIMARY KEY,
            household_id INTEGER REFERENCES households (id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            contact TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX deadline_lawyer_cards_by_member ON deadline_lawyer_cards (member_id);
        -- Deleting a household follows these two foreign keys: by index, not a scan.
        CREATE INDEX deadline_decisions_by_household ON deadline_decisions (household_id);
        CREATE INDEX deadline_lawyer_cards_by_household ON deadline_lawyer_cards (household_id);
        """,
    ),
    (
        27,
        """
        -- What an update did, once: an update handled again after a crash (handled, killed before
        -- its inbox row was marked done) finds its action here and does not repeat it. Only the
        -- update's id and the name of the action, deleted with the inbox row.
        CREATE TABLE handled_actions (
            update_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            result INTEGER,
            PRIMARY KEY (update_id, action)
        );
        -- A request for help being written, so that a restart does not lose it: kept 30 minutes
        -- at most, in /mydata and deleted by /forget and the purge. support_held keeps, as long,
        -- a voice note offered to be sent to a person (its file_id, the button's payload).
        CREATE TABLE support_drafts (
            telegram_user_id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            kind TEXT,
            text TEXT,
            text_language TEXT,
            reader_key TEXT NOT NULL DEFAULT '',
            voice_file_id TEXT,
            voice_seconds INTEGER,
            -- the Telegram message that gave the text: an edit of it corrects the draft
            message_id INTEGER
        );
        CREATE TABLE support_held (
            telegram_user_id INTEGER NOT NULL,
            what TEXT NOT NULL CHECK (what IN ('question', 'voice')),
            held_at TEXT NOT NULL,
            locale TEXT NOT NULL,
            text TEXT,
            voice_file_id TEXT,
            voice_seconds INTEGER,
            PRIMARY KEY (telegram_user_id, what)
        );
        """,
    ),
]


def check_migrations(migrations: list[tuple[int, str]]) -> None:
    """Two features that took the same number would silently skip one: refuse to start."""
    versions = [version for version, _ in migrations]
    duplicates = sorted({v for v in versions if versions.count(v) > 1})
    if duplicates:
        raise RuntimeError(f"migration numbers used twice: {duplicates}")
