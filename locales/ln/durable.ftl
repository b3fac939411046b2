# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • Bosengi ya lisalisi oyo ozali kokoma mpe otindi naino te: ebombami miniti 30, mpo ete ebungama te soki bot ebandi lisusu.
support-mydata-draft = • Bosengi ya lisalisi oyo otindi naino te: ekolongwa miniti { $minutes } nsima ya kobanda yango
support-mydata-held = • Nsango ya mongongo oyo okoki naino kotindela moto: ekolongwa nsima ya miniti { $minutes }

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, mosangani { $position } ({ $language }) akokaki kozwama te mpe azwaki te: { $what }. Bókende komona libota na miso.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } akokaki kozwama te mpe azwaki te: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = Ekomaki te: { $what }
undelivered-what-appointment = nsango mpo na bokutani
undelivered-what-request = nsango mpo na bosengi ya lisalisi
undelivered-what-message = nsango ya coach
undelivered-what-notice = liyebisi ya bot
