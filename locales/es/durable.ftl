# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • Una solicitud de ayuda que está escribiendo y aún no ha enviado: se guarda 30 minutos, para que un reinicio del bot no la pierda.
support-mydata-draft = • Una solicitud de ayuda que aún no ha enviado: se borra { $minutes } minutos después de empezarla
support-mydata-held = • Un mensaje de voz que aún puede enviar a una persona: se borra después de { $minutes } minutos

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, miembro { $position } ({ $language }) no pudo ser contactado y no recibió: { $what }. Vea a la familia en persona.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } no pudo ser contactado y no recibió: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = No llegó: { $what }
undelivered-what-appointment = un mensaje sobre una cita
undelivered-what-request = un mensaje sobre una solicitud de ayuda
undelivered-what-message = un mensaje del coach
undelivered-what-notice = un aviso del bot
