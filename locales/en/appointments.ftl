# Appointments as families see them: notices, reminders, answers and the coach's phrasebook.
# Every family member reads these in their own language. Values in { $... } are filled in by the bot.
command-appointments = My appointments
coach-invite-invalid = This link is no longer valid (already used, expired or unknown). Ask for a new link.
coach-not-allowed = ⛔ This household or appointment is not one of yours. Nothing was done.
coach-gone = This appointment no longer exists, was cancelled or is over.

## Kinds of appointment
coach-kind-lawyer = Lawyer
coach-kind-office = Immigration Office interview
coach-kind-doctor = Doctor
coach-kind-school = School
coach-kind-embassy = Embassy
coach-kind-court = Council Chamber (court)
coach-kind-other = Appointment

## Read by families
coach-family-joined = ✅ You are linked to your coach ({ $coach }). Your appointments will arrive here, in your language. Your coach works for the Immigration Office and reads what you answer here.
coach-family-new = 📅 <b>New appointment</b>
coach-family-changed = ✏️ <b>Appointment changed</b>
coach-family-cancelled = ❌ <b>Appointment cancelled</b>
coach-family-reminder = ⏰ <b>Appointment reminder</b>
coach-family-late = (This reminder is late: the service was down for a while.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Note from your coach (not translated): <i>{ $note }</i>
coach-family-free-text = ✍️ Message from your coach (not translated, written by your coach):
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ I will be there
coach-button-need-help = 🆘 I need help
coach-family-thanks = Thank you, your coach has been told.
coach-family-help-ask = Your coach has been told. You can write here what you need.
coach-family-help-sent = Your message has been passed on to your coach.
coach-family-closed = This appointment was cancelled or is over.
coach-family-appointments = 📅 <b>Your appointments</b>
coach-family-appointments-none = You have no appointments planned.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook
phrase-lawyer-called = 📞 Your lawyer called. Please call them back.
    .label = Lawyer called: call back
phrase-come-to-office = 🏢 Please come to your coach's office: { $when }.
    .label = Come to the office (with time)
phrase-bring-documents = 📄 Please bring your documents (identity papers, letters you received) to the next appointment.
    .label = Bring documents
phrase-coach-visit = 🏠 Your coach will come to the house: { $when }.
    .label = Visit at the house (with time)
phrase-letter-arrived = ✉️ A letter has arrived for you. Ask your coach for it.
    .label = A letter arrived
phrase-see-coach-today = 💬 Please come and see your coach today.
    .label = Come and see me today
