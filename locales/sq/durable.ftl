# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • Një kërkesë për ndihmë që po e shkruani dhe nuk e keni dërguar ende: ruhet 30 minuta, që të mos humbasë nëse boti rinis.
support-mydata-draft = • Një kërkesë për ndihmë që nuk e keni dërguar ende: fshihet { $minutes } minuta pasi e filluat
support-mydata-held = • Një mesazh zanor që mund t'ia dërgoni ende një personi: fshihet pas { $minutes } minutash

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, anëtari { $position } ({ $language }) nuk u arrit dhe nuk mori: { $what }. Takojeni familjen personalisht.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } nuk u arrit dhe nuk mori: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = Nuk arriti: { $what }
undelivered-what-appointment = një mesazh për një takim
undelivered-what-request = një mesazh për një kërkesë për ndihmë
undelivered-what-message = një mesazh nga coach-i
undelivered-what-notice = një njoftim nga boti
