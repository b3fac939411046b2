# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Las citas tal como las ven las familias: avisos, recordatorios, respuestas y frases del coach.
# Cada miembro de la familia las lee en su idioma. Los valores { $... } los completa el bot.
# Las palabras propias del coach ($note, $text) nunca se traducen: el texto lo dice.

command-appointments = Mis citas
coach-invite-invalid = Este enlace ya no es válido (ya se usó, venció o no se conoce). Pida un enlace nuevo.
coach-not-allowed = ⛔ Este hogar o esta cita no está entre sus casos. No se hizo nada.
coach-gone = Esta cita ya no existe, fue cancelada o ya pasó.

## Kinds of appointment
coach-kind-lawyer = Abogado
coach-kind-office = Entrevista en la Oficina de Extranjeros
coach-kind-doctor = Médico
coach-kind-school = Escuela
coach-kind-embassy = Embajada
coach-kind-court = Cámara del consejo (tribunal)
coach-kind-other = Cita

## Read by families
coach-family-joined = ✅ Ahora está en contacto con su coach ({ $coach }) por este bot. Sus citas llegarán aquí, en su idioma. Su coach trabaja para la Oficina de Extranjeros y lee lo que usted responde aquí.
coach-family-new = 📅 <b>Nueva cita</b>
coach-family-changed = ✏️ <b>Cita modificada</b>
coach-family-cancelled = ❌ <b>Cita cancelada</b>
coach-family-reminder = ⏰ <b>Recordatorio de cita</b>
coach-family-late = (Este recordatorio llega tarde: el servicio estuvo interrumpido.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Nota de su coach (sin traducir): <i>{ $note }</i>
coach-family-free-text = ✍️ Mensaje de su coach (sin traducir, escrito por su coach):
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ Voy a ir
coach-button-need-help = 🆘 Necesito ayuda
coach-family-thanks = Gracias, ya le avisamos a su coach.
coach-family-help-ask = Ya le avisamos a su coach. Puede escribir aquí lo que necesita.
coach-family-help-sent = Su mensaje fue enviado a su coach.
coach-family-closed = Esta cita fue cancelada o ya pasó.
coach-family-appointments = 📅 <b>Sus citas</b>
coach-family-appointments-none = No tiene ninguna cita programada.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages, each member reads them in their own language.

## .label is what the coach sees on the button.
phrase-lawyer-called = 📞 Su abogado llamó. Por favor, devuélvale la llamada.
    .label = Llamó el abogado: devolver la llamada
phrase-come-to-office = 🏢 Por favor, venga a la oficina de su coach: { $when }.
    .label = Venir a la oficina (con hora)
phrase-bring-documents = 📄 Por favor, traiga sus documentos (documentos de identidad, cartas que recibió) a la próxima cita.
    .label = Traer los documentos
phrase-coach-visit = 🏠 Su coach pasará por la casa: { $when }.
    .label = Visita a la casa (con hora)
phrase-letter-arrived = ✉️ Llegó una carta para usted. Pídasela a su coach.
    .label = Llegó una carta
phrase-see-coach-today = 💬 Por favor, pase hoy a ver a su coach.
    .label = Pasar a verme hoy
