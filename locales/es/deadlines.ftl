# Después de una decisión: el último día para actuar, recordatorios, la tarjeta del abogado. Lo leen las familias.
# Nadie lo ha revisado todavía. Solo HTML de Telegram. El bot rellena los valores { $... }.

command-deadline = Último día tras una decisión

deadlines-button-received = 📄 He recibido una decisión
deadlines-button-cancel = ✖️ Cancelar
deadlines-cancelled = Cancelado. No se ha guardado nada.
deadlines-stale = Este botón ya no es válido. Empiece de nuevo con /deadline.
deadlines-unavailable = <b>⚠️ Contacte hoy con su abogado.</b> El bot no puede contar los días ahora.

deadlines-ask-kind =
    <b>¿Qué decisión es?</b> Mire la parte de arriba del papel (el membrete):
    • Oficina de Extranjería: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (por ejemplo, una orden de abandonar el territorio)
    • CGRS, asilo: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS, una nueva solicitud de asilo (posterior) declarada inadmisible: el mismo membrete, con «demande ultérieure» / «volgend verzoek»
    • Sentencia: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Oficina de Extranjería (OE / DVZ)
deadlines-kind-cgrs = Decisión de asilo del CGRS (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS: nueva solicitud inadmisible
deadlines-kind-cce-judgment = Sentencia del CCE / RvV
deadlines-kind-unknown = No lo sé

deadlines-ask-second = ¿Es una <b>segunda (o posterior) medida de expulsión</b>? Es decir: ¿ya recibió antes una orden de abandonar el territorio o una decisión de expulsión?
deadlines-answer-yes = Sí
deadlines-answer-no = No
deadlines-answer-unknown = No lo sé

deadlines-ask-how = <b>¿Cuándo y cómo le llegó la decisión?</b>
deadlines-how-today = Me la entregaron hoy
deadlines-how-yesterday = Me la entregaron ayer
deadlines-how-other-day = Me la entregaron otro día
deadlines-how-registered = Por carta certificada
deadlines-how-letter = Por carta ordinaria
deadlines-how-unknown = No lo sé

deadlines-ask-date-in-person = ¿Qué día se la entregaron (o se negó a aceptarla)?
deadlines-ask-date-registered = ¿Qué día le presentaron la carta certificada (el día que vino el cartero)?
deadlines-ask-date-letter = ¿Qué día indica el matasellos? Si no lo sabe, elija la fecha escrita en la decisión. No el día en que llegó.
deadlines-date-unknown = No sé la fecha

deadlines-ask-house = ¿Vivía en la casa de retorno cuando la recibió?
deadlines-house-yes = Sí, en la casa de retorno
deadlines-house-no = No

deadlines-contact-lawyer = <b>⚠️ Contacte hoy con su abogado.</b>
deadlines-card = 👩‍⚖️ Su abogado: <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = No sabe qué decisión es. Por eso, esta es la regla más corta: { $days } días, contados desde el día siguiente a la entrega.
deadlines-shortest-date = No sabe la fecha. Por eso, esta es la regla más corta: { $days } días, contados como si la decisión se hubiera entregado hoy. Si fue antes, el último día es antes.
deadlines-at-latest =
    • <b>{ $remedy }</b>: a más tardar el <b>{ $day }</b> ({ $days } días)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: sin plazo.
    { $rule } [{ $sources }]
deadlines-decision-counts = Si la propia decisión da un plazo más corto, ese es el que cuenta. Su abogado confirma el día exacto.
deadlines-unreviewed = <i>Estas fechas se calcularon con reglas que ningún abogado ha comprobado todavía.</i>

deadlines-remedy-cce-appeal = Recurso ante el CCE / RvV
deadlines-remedy-extreme-urgency = Suspensión por extrema urgencia (CCE / RvV)
deadlines-remedy-cgrs-appeal = Recurso ante el CCE / RvV contra la decisión del CGRS
deadlines-remedy-cgrs-subsequent-appeal = Recurso ante el CCE / RvV contra la inadmisibilidad
deadlines-remedy-council-of-state = Recurso ante el Consejo de Estado
deadlines-remedy-council-chamber = Solicitud de puesta en libertad ante la Cámara del Consejo

deadlines-rule-cce-appeal-detained = 10 días desde el día siguiente a la notificación: una casa de retorno cuenta como detención.
deadlines-rule-cce-appeal = 30 días desde el día siguiente a la notificación, si no está detenido.
deadlines-rule-extreme-urgency = 10 días desde el día siguiente a la notificación de la medida de expulsión.
deadlines-rule-extreme-urgency-second-removal = 5 días desde el día siguiente a la notificación de una segunda (o posterior) medida de expulsión.
deadlines-rule-cgrs-appeal-detained = 10 días en detención (una casa de retorno cuenta). Las páginas oficiales no coinciden: el CGRS indica el plazo en la propia decisión.
deadlines-rule-cgrs-appeal = 30 días naturales desde el día siguiente a la notificación, si no está detenido.
deadlines-rule-cgrs-subsequent-appeal-detained = 5 días en detención (una casa de retorno cuenta).
deadlines-rule-cgrs-subsequent-appeal = 10 días, si no está detenido.
deadlines-rule-council-of-state = 30 días desde el día siguiente a la notificación de la sentencia. No se encontró el texto legal: pregunte a su abogado.
deadlines-rule-council-chamber = Su abogado puede presentarla en cualquier momento, y de nuevo cada mes. La Cámara del Consejo decide en 5 días hábiles.

deadlines-button-lawyer-has-it = ✅ Mi abogado se ocupa
deadlines-button-tell-coach = 📣 Avisar a mi coach (el coach trabaja para la Oficina de Extranjería)
deadlines-button-card = 👩‍⚖️ La tarjeta de mi abogado
deadlines-button-cannot-reach = ☎️ No consigo hablar con mi abogado
deadlines-another = ¿Ha recibido otra decisión?

deadlines-reminder-head = ⏰ <b>Recordatorio: una decisión.</b>
deadlines-by-coach = 📄 <b>Su coach ha registrado una decisión para su familia.</b>
deadlines-stopped = ✅ Anotado: su abogado se ocupa. Los recordatorios se detienen para toda su familia.
deadlines-state-lawyer = ✅ Su abogado se ocupa: no más recordatorios.
deadlines-state-passed = Este último día ya pasó. Pregunte a su abogado qué es todavía posible.
deadlines-coach-told = 📣 Se avisó a su coach. Recuerde: el coach trabaja para la Oficina de Extranjería, no es su abogado.
deadlines-no-coach = No está vinculado a ningún coach en este bot, así que no se avisó a nadie.

deadlines-card-none = No hay ninguna tarjeta de abogado guardada. Puede guardar el nombre de su abogado y su teléfono o correo electrónico: aparecerán aquí, en la página del abogado y en los recordatorios. Es opcional y puede borrarla cuando quiera.
deadlines-card-about = Toda su familia ve esta tarjeta. Puede cambiarla o borrarla cuando quiera.
deadlines-button-card-edit = ✏️ Guardar o cambiar
deadlines-button-card-delete = 🗑 Borrar
deadlines-card-ask-name = Escriba el nombre de su abogado.
deadlines-card-ask-contact = Ahora escriba el teléfono o el correo electrónico de su abogado.
deadlines-card-bad-name = Escriba un nombre de 80 caracteres como máximo, por favor.
deadlines-card-bad-contact = Esto no es un número de teléfono ni un correo electrónico. Un número de teléfono tiene cifras, con + y espacios si quiere, por ejemplo +32 2 123 45 67. Escríbalo otra vez.
deadlines-card-saved = ✅ Guardado.
deadlines-card-deleted = 🗑 La tarjeta del abogado se ha borrado.

deadlines-cannot-reach =
    <b>¿No consigue hablar con su abogado?</b>
    • Un abogado gratuito («pro deo») lo designa la oficina de asistencia jurídica de cada colegio de abogados: el <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    • Se presume que los extranjeros tienen derecho para los procedimientos de residencia y los recursos; los menores siempre tienen derecho.
    • Pregunte al BAJ/BJB, o vaya directamente a un abogado, que pide ser designado.
    También puede pedir ayuda abajo: la leerá su coach (o los coordinadores).

deadlines-button-register = 📄 Registrar una decisión
deadlines-coach-pick = ¿Para qué familia registra una decisión?
deadlines-coach-registered = ✅ Registrado. Cada miembro de la familia recibe el aviso ahora, en su idioma, y un recordatorio cada día.
deadlines-coach-notice = 📄 La familia { $label } (miembro { $position }, { $language }) registró una decisión y pidió que se le avise. Último día, a más tardar: { $day }.

deadlines-mydata-title = <b>Decisiones y tarjeta del abogado</b>
deadlines-mydata-item = • { $kind }: último día a más tardar el { $day } ({ $state })
deadlines-mydata-state-open = recordatorios activos
deadlines-mydata-state-lawyer = su abogado se ocupa
deadlines-mydata-state-passed = pasado
deadlines-privacy-notice = • <b>Decisiones:</b> si registra una decisión, el bot guarda solo sus respuestas a los botones (qué es, la fecha, cómo le llegó, en la casa o no) y el último día, para recordárselo a toda su familia. La tarjeta de su abogado (nombre, teléfono o correo) si guarda una. Su coach solo recibe un aviso si pulsa «avisar a mi coach». /forget borra lo que registró.
deadlines-privacy-retention = • Una decisión se borra { $days } días después de su último día.
