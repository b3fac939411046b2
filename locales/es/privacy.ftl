# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Privacidad: lo que el bot guarda sobre una persona, su copia (/mydata), el borrado (/forget),
# el control de los envíos en ráfaga y los grupos. Solo HTML de Telegram.
# Los valores { $... } los completa el bot.

## /privacy
# $stored: una línea por tipo de datos (privacy-notice-* abajo y las de otras funciones).
# $retention: una línea por plazo de conservación.
privacy-text =
    <b>🔒 Sus datos en este bot</b>

    <b>Qué guarda el bot, y por qué</b>
    { $stored }
    El bot no guarda su nombre, su número de teléfono, sus fotos o archivos, ni el texto que usted le escribe. Lee lo que usted escribe solo para responderle.
    Solo se guarda un mensaje que usted decide enviar a su coach, como se indica arriba.

    <b>Por cuánto tiempo</b>
    { $retention }

    <b>Quién puede verlos</b>
    Usted, con /mydata. El equipo que hace funcionar el bot ({ -bot-operator }) puede ver los datos guardados cuando le da mantenimiento al bot. Los registros técnicos del bot nunca contienen lo que usted escribe, su nombre ni su número de teléfono.

    <b>Cómo borrarlos</b>
    /forget borra de una sola vez todo lo que el bot guarda sobre usted.
privacy-notice-member = • Su idioma y las fechas de su primer y de su último mensaje: para escribirle en su idioma, y para borrar sus datos cuando ya no use el bot.
privacy-notice-inbox = • Lo que usted envía, hasta que el bot le responde (un momento; más si el bot estaba detenido): después se borra el texto. Nadie lo lee allí.
privacy-retention-inactive = • Si no le escribe al bot durante { $days } días, se borra todo lo que guarda sobre usted.

## /mydata

privacy-mydata-title = <b>Lo que el bot guarda sobre usted</b>
privacy-mydata-nothing = El bot no guarda nada sobre usted.
privacy-mydata-language = Idioma: { $language }
privacy-mydata-first-seen = Primer mensaje: { $date }
privacy-mydata-last-seen = Último mensaje: { $date }
privacy-mydata-see-file = { $section }: vea el archivo de abajo.
privacy-mydata-file = El archivo de abajo contiene lo mismo, en un formato que una computadora puede leer (JSON).
privacy-mydata-too-long = Hay demasiadas cosas para mostrarlas aquí: todo está en el archivo de abajo.
privacy-mydata-caption = Todo lo que el bot guarda sobre usted

## /forget

privacy-forget-confirm =
    <b>¿Borrar todos sus datos?</b>
    El bot olvidará su idioma y todo lo demás que guarda sobre usted. No se puede deshacer.
    Si vuelve a escribir más tarde, el bot empieza de nuevo desde el principio.
privacy-forget-yes = 🗑 Borrar todo
privacy-forget-no = Cancelar
privacy-forget-done = ✅ Sus datos fueron borrados. El bot ya no sabe nada de usted.
privacy-forget-cancelled = No se borró nada.
privacy-forget-expired = Este botón es demasiado antiguo. Envíe otra vez /forget si quiere borrar sus datos.

## Envíos en ráfaga, grupos, problemas al guardar

privacy-slow-down-tap = Un momento, por favor: pulse de nuevo en unos segundos.
privacy-private-only = Este bot solo funciona en una conversación privada, para proteger la privacidad de cada familia. Salgo de este grupo. Escríbame directamente: @{ $bot }
privacy-storage-busy = Lo siento, no pude guardar eso en este momento. Por favor, intente de nuevo en un minuto.

## Lista de comandos que muestra Telegram (corto, sin HTML)

command-privacy = Sus datos: qué se guarda y por qué
command-mydata = Recibir una copia de sus datos
command-forget = Borrar sus datos

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • Si su coach agregó su cuenta a un hogar: el nombre corto del hogar, su número de miembro, sus citas y sus respuestas. Su coach y los coordinadores los ven; sirven para enviarle sus citas.
privacy-retention-appointments = • Las citas se borran { $days } días después de la fecha de la cita.
privacy-mydata-household = Hogar: { $label } · coach: { $coach }
