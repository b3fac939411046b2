# Requests for help as coaches and coordinators see them (fr, nl, en only).
# The family's message is shown as written, never translated.

support-staff-headline-new = 🗣 <b>Request for help no. { $id }</b> · { $when }
support-staff-headline-no-coach = 📭 <b>Request for help no. { $id }</b> · { $when }
    No reachable coach for this person: it comes straight to the coordinators.
support-staff-headline-escalated-urgent = ⏰ <b>URGENT request no. { $id } not read in time</b> · sent { $when }
    Passed on to all coordinators.
support-staff-headline-escalated-day = ⏰ <b>Request no. { $id } unread for a day</b> · sent { $when }
    Passed on to all coordinators.
support-staff-who = Household <b>{ $label }</b>, member { $position } ({ $language }) · coach: { $coach }
support-staff-who-none = Someone in no household in the bot ({ $language }).
support-staff-kind = Request: { $kind }
support-staff-kind-coach = talk to their coach
support-staff-kind-psychological = independent psychological help
support-staff-kind-child = help for a child
support-staff-kind-urgent = urgent, today
support-staff-urgent = 🚨 <b>Urgent, today</b>
support-staff-message =
    The family's message, as written, not translated (written while reading the bot in { $language }):
    <blockquote>{ $text }</blockquote>
support-staff-voice = 🎤 A voice note from the family, { $seconds } seconds, not transcribed (spoken while reading the bot in { $language }); it came to you as a voice message.
support-staff-no-message = No written message.
support-staff-message-deleted = The message was deleted (retention period over).
support-staff-button-ack = ✅ Read
support-staff-button-reply = ✍️ Reply
support-staff-button-refer = 🤝 Refer to a service
support-staff-button-free-text = ✍️ Write my own reply (not translated)
support-staff-button-back = ⬅️ Back to the request
support-staff-acknowledged = ✅ Request no. { $id } marked as read; the family has been told.
support-staff-choose-reply = Reply to request no. { $id }: a phrase (the family gets it in their language) or your own text (sent as written, not translated).
support-staff-ask-reply = Type your reply. It is sent as it is, marked as your own words, not translated.
support-staff-reply-invalid = The reply must be 1 to { $limit } characters. Try again:
support-staff-replied = 📤 Reply sent to the family (request no. { $id }).
support-staff-choose-service = Refer request no. { $id } to which service? The family receives its description in their language.
support-staff-service-ulysse = Ulysse (insecure stay, interpreters)
support-staff-service-exil = Exil (torture, organised violence)
support-staff-service-solentra = Solentra (refugee children, on referral)
support-staff-service-lines = Listening lines (1813, 0800 32 123, 106, 107)
support-staff-service-children = Lines for children (102, 103, 116 000)
support-staff-status-unread = Status: not read yet.
support-staff-status-read = Status: ✅ read.
support-staff-status-replied = Status: 💬 reply sent.
support-staff-status-referred = Status: 🤝 referred to { $service }.
support-staff-withdrawn = ↩️ Request no. { $id } was withdrawn by the family: no reply is expected any more.
support-staff-gone = Request no. { $id } was withdrawn by the family.
