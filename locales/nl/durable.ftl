# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • Een hulpvraag die u aan het schrijven bent en nog niet hebt verstuurd: 30 minuten bewaard, zodat een herstart van de bot ze niet verliest.
support-mydata-draft = • Een hulpvraag die u nog niet hebt verstuurd: gewist { $minutes } minuten nadat u eraan begon
support-mydata-held = • Een spraakbericht dat u nog naar een persoon kunt sturen: gewist na { $minutes } minuten

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, lid { $position } ({ $language }) was niet bereikbaar en kreeg niet: { $what }. Zie het gezin persoonlijk.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } was niet bereikbaar en kreeg niet: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = Niet aangekomen: { $what }
undelivered-what-appointment = een bericht over een afspraak
undelivered-what-request = een bericht over een hulpvraag
undelivered-what-message = een bericht van de coach
undelivered-what-notice = een melding van de bot
