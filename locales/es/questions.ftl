# Translation from the French reference (locales/fr/questions.ftl); unreviewed until recorded in content/reviews.toml.
# Preguntas escritas: el bot busca la página revisada que responde; nunca escribe una respuesta propia.

questions-did-it-help = ¿Esto responde a su pregunta?
questions-yes = 👍 Sí
questions-no = 👎 No
questions-thanks =
    Gracias. Puede escribir otra pregunta cuando quiera, o escribir /menu.
questions-choose =
    Varios temas pueden responder a su pregunta.
    ¿Cuál quiere abrir?
questions-not-found =
    No encontré una respuesta a su pregunta en la información revisada.
    Prefiero decírselo antes que adivinar.
questions-not-helped =
    Lo siento, esta página no respondía a su pregunta.
    No tengo otra respuesta revisada.
questions-coach-offer =
    Su coach también puede ayudarle: hágale la pregunta cuando lo vea.
    También puede enviarle su pregunta por este bot: toque «📨 Enviar mi pregunta a mi coach». Antes de enviarla, verá quién la va a leer; no se envía nada sin su permiso.
    El coach trabaja para la Oficina de Extranjeros. Para su defensa, hable con su abogado.

    O elija un tema abajo:
