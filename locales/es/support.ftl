# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Pedidos de ayuda: hablar con alguien, con el permiso de la familia. Los leen las familias.
# HTML de Telegram: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>. Los valores { $... } los completa el bot.
# Números: solo los de FACTS.md, sección 6, exactamente como en francés.

command-talk = Hablar con alguien
command-requests = Mis pedidos de ayuda

support-talk-button = 🗣 Me gustaría hablar con alguien
support-question-button = 📨 Enviar mi pregunta a mi coach

# Se envía primero, siempre, pase lo que pase después.
support-crisis =
    <b>Si es grave o urgente, llame ahora mismo.</b> Es gratis.
    • 112: peligro inmediato, emergencia
    • 1813: Zelfmoordlijn. En neerlandés, las 24 horas, también por chat.
    • 0800 32 123: Centre de Prévention du Suicide. En francés, las 24 horas. También hay consultas en inglés, árabe y español.
    • 106: Tele-Onthaal. En neerlandés.
    • 107: Télé-Accueil. En francés.
    Para niños y niñas:
    • 102: Awel. En neerlandés.
    • 103: Écoute-Enfants. En francés.
    • 116 000: Child Focus.

support-ask-kind = ¿Qué ayuda quiere?
support-kind-coach = 👤 Hablar con mi coach
support-kind-psychological = 🧠 Ayuda psicológica independiente
support-kind-child = 🧒 Ayuda para un niño o niña
support-kind-urgent = 🚨 Urgente, hoy
support-button-cancel = ✖️ Cancelar
support-cancelled = Cancelado. No se envió nada y no se guardó nada.
support-draft-gone = Este pedido no se envió (es demasiado antiguo o el bot se reinició). Por favor, empiece de nuevo.
support-button-skip = ➡️ Sin mensaje
support-ask-message =
    Puede escribir un mensaje, en su idioma o en otro.
    O toque «Sin mensaje».
support-message-too-long = El mensaje puede tener como máximo { $limit } caracteres. Por favor, hágalo más corto y envíelo de nuevo.

support-reader-coach = su coach, <b>{ $coach }</b>, que trabaja para la Oficina de Extranjeros
support-reader-coordinators = los coordinadores de los coaches (usted no tiene un coach al que se pueda llegar por este bot)
support-nobody =
    Por ahora nadie puede recibir un pedido por este bot. No se envió ni se guardó nada.
    Use los números de arriba, o hable con su coach cuando lo vea.

support-consent =
    <b>Antes de enviar, revise:</b>
    Ayuda que pide: { $kind }
    { $message }

    <b>Quién lo va a leer:</b> { $reader }.
    <b>Qué se guarda:</b> el tipo de ayuda, su mensaje y la fecha. Su mensaje se borra { $days } días después de que se cierra el pedido. /requests muestra sus pedidos; /forget borra todo.

    No se envía nada hasta que usted toque «Enviar».
support-consent-message =
    Su mensaje:
    <blockquote>{ $text }</blockquote>
support-consent-no-message = Sin mensaje.
support-consent-independent = Su coach puede orientarle hacia un servicio independiente (Ulysse, Exil, Solentra) o una línea de ayuda.
support-button-send = 📤 Enviar

support-receipt =
    ✅ Su pedido n.º { $id } quedó registrado. Lo va a leer { $reader }.
    Recibirá un mensaje aquí cuando alguien lo haya leído.
    Mientras no se haya leído, puede retirarlo: /requests
support-button-requests = 📋 Mis pedidos

support-status-unread = ⏳ todavía no leído
support-status-read = 👀 leído
support-status-replied = 💬 respuesta enviada
support-status-referred = 🤝 servicio propuesto
support-status-withdrawn = ↩️ retirado
support-requests-none = Usted no ha enviado ningún pedido de ayuda.
support-requests-title = <b>Sus pedidos de ayuda</b>
support-requests-item = • Pedido n.º { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ Retirar el pedido n.º { $id }
support-button-withdraw-yes = ↩️ Sí, retirar
support-button-keep = Mantener
support-withdraw-confirm = ¿Retirar el pedido n.º { $id }? No se va a leer.
support-withdraw-too-late = Este pedido ya fue leído o retirado: ya no se puede retirar.
support-withdrawn = ↩️ Pedido n.º { $id } retirado. Si ya había llegado al teléfono de la persona, se le avisa que fue retirado.

support-family-read =
    👀 Su pedido n.º { $id } fue leído por { $by ->
        [coach] su coach
       *[coordinator] un coordinador
    }.
support-family-reply-phrase =
    💬 Respuesta a su pedido n.º { $id }, de { $by ->
        [coach] su coach
       *[coordinator] un coordinador
    }:
    { $phrase }
support-family-reply-text =
    💬 Respuesta a su pedido n.º { $id }, escrita por { $by ->
        [coach] su coach
       *[coordinator] un coordinador
    } (con sus propias palabras, sin traducir):
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 Para su pedido n.º { $id }, { $by ->
        [coach] su coach
       *[coordinator] un coordinador
    } le propone este servicio independiente:
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Bruselas): para personas con una situación de residencia precaria. Gratis, con intérpretes.
    Pregunte a su coach o al médico cómo llegar.
support-service-exil =
    <b>Exil</b> (Bruselas): para personas que sobrevivieron a la tortura o a la violencia organizada. Gratis.
    Pregunte a su coach o al médico cómo llegar.
support-service-solentra =
    <b>Solentra</b> (UZ Brussel): para niños y niñas refugiados desde los 2 años y medio, y su familia. Gratis.
    Hay que ser enviado por un profesional: pregunte a su coach o al médico.
support-service-lines =
    <b>Líneas de ayuda</b>, gratis:
    • 1813: Zelfmoordlijn. En neerlandés, las 24 horas, también por chat.
    • 0800 32 123: Centre de Prévention du Suicide. En francés, las 24 horas. También hay consultas en inglés, árabe y español.
    • 106: Tele-Onthaal. En neerlandés.
    • 107: Télé-Accueil. En francés.
support-service-children =
    <b>Líneas para niños y niñas</b>, gratis:
    • 102: Awel. En neerlandés.
    • 103: Écoute-Enfants. En francés.
    • 116 000: Child Focus.

support-not-allowed = ⛔ Este pedido no es uno de los suyos. No se hizo nada.

support-privacy-notice = • Sus pedidos de ayuda, si los envía: el tipo de ayuda, su mensaje y las fechas. Para que su coach (o un coordinador) pueda responderle. Su coach trabaja para la Oficina de Extranjeros.
support-privacy-retention = • El mensaje de un pedido de ayuda se borra { $days } días después de que se cierra el pedido.
support-mydata-title = <b>Pedidos de ayuda</b>
support-mydata-item = • Pedido n.º { $id }: { $kind }
support-mydata-item-with-text = • Pedido n.º { $id }: { $kind }, con su mensaje

## Voice notes

support-voice-outside = No puedo escuchar mensajes de voz. ¿Quiere enviar este mensaje de voz a una persona?
support-voice-send-button = 📨 Enviarlo a una persona
support-voice-crisis-button = 🆘 Números de emergencia
support-voice-too-long = Un mensaje de voz puede durar como máximo { $minutes } minutos. Envíe uno más corto, o escriba.
support-consent-voice = Su mensaje de voz: { $seconds } segundos. Solo la persona nombrada abajo lo escuchará. Nadie lo escribe ni lo traduce.
support-mydata-item-with-voice = • Solicitud n.º { $id }: { $kind }, con un mensaje de voz de { $seconds } segundos
support-ask-voice = 🎤 También puede enviar un mensaje de voz.
