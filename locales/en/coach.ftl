# Coaches, households, appointments, reminders (issue 5).

command-coach = Coach: my households and appointments

## Roles and invites

coach-staff-welcome = ✅ You are registered as { $role ->
        [coordinator] coordinator
       *[coach] coach
    } "{ $name }". Type /coach to start.

coach-staff-cannot-join = This is a coach account: it cannot join a household.

## Coach menu and households

coach-menu = <b>Coach · { $name }</b>
    { $count ->
        [0] You have no household yet.
        [one] You follow 1 household.
       *[other] You follow { $count } households.
    }
coach-menu-coordinator = <b>Coordination · { $name }</b>
    { $count ->
        [0] No households yet.
        [one] 1 household in all.
       *[other] { $count } households in all.
    }
coach-button-menu = ⬅️ Coach menu
coach-button-new-household = ➕ New household
coach-button-broadcast-mine = 📣 Message to all my households
coach-button-broadcast-site = 📣 Message to a site
coach-household-button = { $label } · { $site } ({ $members })
coach-ask-household-label = A short name for this household, not a real name (e.g. "Blue door 3"):
coach-label-invalid = The name must be 1 to 40 characters. Try again:
coach-ask-site = Which site? Tap a button or type the name.
coach-site-invalid = The site must be 1 to 40 characters. Try again:
coach-household = <b>{ $label }</b> · { $site }
    Coach: { $coach }
coach-no-members = Nobody has joined this household yet: share the invite link.
coach-member-line = Member { $position } · { $language }
coach-member-line-unreachable = Member { $position } · { $language } · ⚠️ unreachable
coach-button-new-appointment = 📅 New appointment
coach-button-appointments = 🗓 Appointments
coach-button-phrase = 💬 Send a message
coach-button-invite = 🔗 Invite link
coach-button-reassign = ↪️ Hand over to another coach
coach-invite-created = Invite link for <b>{ $label }</b>, valid until { $until } for up to { $uses } people:
    { $link }
    Each adult opens it on their own phone or scans the QR code. A new link replaces the previous one.
coach-invite-no-username = The bot's username is unknown: no link can be made.
coach-member-joined = 👋 A member joined <b>{ $label }</b>: member { $position }, { $language }.
coach-reassign-choose = Hand <b>{ $label }</b> over to which coach?
coach-reassigned = <b>{ $label }</b> is now followed by { $coach }.
coach-reassigned-notice = 📂 The household <b>{ $label }</b> ({ $site }) has been handed over to you.

## Appointments (coach side)

coach-appointments-none = No upcoming appointments for <b>{ $label }</b>.
coach-appointments-title = Upcoming appointments for <b>{ $label }</b>:
coach-appointment-button = { $when } · { $kind }
coach-ask-kind = New appointment for <b>{ $label }</b>. What kind?
coach-ask-when = Date and time? E.g. "12/3 14:00", "tomorrow 9:30", "Monday 2pm".
coach-when-unreadable = I could not read that date. Try e.g. "12/3 14:00" or "tomorrow 9:30".
coach-when-no-time = The time is missing. E.g. "tomorrow 9:30".
coach-when-bad-date = That date does not exist. E.g. "12/3 14:00".
coach-when-past = That moment has passed. Give a date and time in the future.
coach-ask-place = Where is the appointment?
coach-place-invalid = The place must be 1 to 200 characters. Try again:
coach-ask-note = A short note for the family? Type it or tap "No note". It is shown as written, without translation.
coach-note-invalid = The note must be at most 300 characters. Try again:
coach-button-no-note = No note
coach-confirm-appointment = <b>Check before sending:</b>
coach-confirm-members = Will be sent to { $count ->
        [0] nobody yet (no members)
        [one] 1 member, in their language
       *[other] { $count } members, each in their language
    }.
coach-button-save = ✅ Save and send
coach-button-discard = ✖️ Discard
coach-draft-discarded = Discarded: nothing was sent.
coach-appointment-saved = ✅ Appointment saved; the family has been told.
coach-appointment-updated = ✅ Appointment changed; the family has been told.
coach-appointment-cancelled = Appointment cancelled; the family has been told.
coach-button-edit-when = 🕒 Change the date
coach-button-edit-place = 📍 Change the place
coach-button-cancel-appointment = ❌ Cancel the appointment
coach-confirm-cancel = Cancel this appointment? The family will be told.
coach-button-yes-cancel = Yes, cancel
coach-statuses = Answers:
coach-status-line = Member { $position } ({ $language }): { $status }
coach-status-coming = ✅ will be there
coach-status-help = 🆘 asks for help
coach-status-sent = received, no answer yet
coach-status-pending = being sent
coach-status-unreachable = ⚠️ unreachable
coach-status-failed = ⚠️ could not be sent
coach-status-none = not sent yet
coach-answer-notice = ✅ <b>{ $label }</b>, member { $position } will be there: { $kind }, { $when }.
coach-help-notice = 🆘 <b>{ $label }</b>, member { $position } asks for help with: { $kind }, { $when }.
coach-help-text-notice = 🆘 <b>{ $label }</b>, member { $position } writes (not translated):
    <blockquote>{ $text }</blockquote>
coach-unreachable-notice = ⚠️ <b>{ $label }</b>, member { $position } blocked the bot or can no longer be reached: messages do not arrive. See the family in person.
coach-unanswered-notice = ⏰ Nobody from <b>{ $label }</b> has confirmed: { $kind }, { $when }.

## Messages and broadcasts (coach side)

coach-choose-phrase = Which message to send to { $audience }? Each person gets it in their language.
coach-audience-mine = all your households
coach-audience-site = all households of { $site }
coach-button-free-text = ✍️ Free message (not translated)
coach-ask-phrase-when = For when? E.g. "tomorrow 10:00".
coach-ask-free-text = Type your message. It is sent as written, marked "not translated, written by your coach".
coach-free-text-invalid = The message must be 1 to 1000 characters. Try again:
coach-confirm-message = <b>Preview</b> ({ $language }):
coach-confirm-recipients = Send to { $audience }: { $count ->
        [one] 1 person
       *[other] { $count } people
    }?
coach-button-send = 📤 Send
coach-message-sent = 📤 Sent to { $count ->
        [one] 1 person
       *[other] { $count } people
    }, each in their language.
coach-message-nobody = Nobody to send to: no member has joined yet.
coach-choose-site = Message to which site?
coach-no-sites = No households, so no sites.

## Read by families

## Phrasebook

## Privacy: a member left; a coach who asks to be forgotten

coach-member-left = 👋 <b>{ $label }</b>: member { $position } left the bot and its data was deleted.
coach-forget-has-households = You still follow { $count ->
        [one] 1 household
       *[other] { $count } households
    }. Ask a coordinator to hand them to another coach, then send /forget again: the families must keep a coach.
coach-mydata-staff = Role: { $role } · { $name } · households followed: { $count }
