# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • A request for help you are writing and have not sent yet: kept 30 minutes, so that a restart of the bot does not lose it.
support-mydata-draft = • A request for help you have not sent yet: deleted { $minutes } minutes after you started it
support-mydata-held = • A voice note you may still send to a person: deleted after { $minutes } minutes

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, member { $position } ({ $language }) could not be reached and did not get: { $what }. See the family in person.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } could not be reached and did not get: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = Did not arrive: { $what }
undelivered-what-appointment = a message about an appointment
undelivered-what-request = a message about a request for help
undelivered-what-message = a message from the coach
undelivered-what-notice = a notice from the bot
