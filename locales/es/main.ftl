# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Textos de la interfaz de family_bot (español neutro de América Latina, trato de «usted»).
# HTML de Telegram: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Los valores { $... } los completa el bot; no cambie sus nombres.

-bot-operator = una organización independiente que ayuda a las familias, y no la Oficina de Extranjeros

## Idioma

language-picker-prompt = Elija su idioma
language-changed = ✅ Desde ahora le escribo en español.
language-button = 🌐 Idioma

## Bienvenida

welcome-text =
    <b>Le damos la bienvenida.</b>
    Este bot le da información sobre la vida en la casa de retorno, sus derechos y sus posibilidades.
    Lo maneja { -bot-operator }.

    • Da información. No decide nada sobre su expediente.
    • Solo guarda su idioma y lo que usted decida enviar.
    • Si usted envía un mensaje a su coach, su coach lo lee. El coach trabaja para la Oficina de Extranjeros (Office des Étrangers / Dienst Vreemdelingenzaken).

    Elija un tema abajo. Puede escribir /menu en cualquier momento.

## Menú y páginas

menu-text =
    <b>Menú</b>
    Elija un tema:
menu-button = ☰ Menú
nav-back = ◀ Volver
page-unreviewed = <i>⚠ Ninguna persona ha revisado todavía este texto.</i>
page-in-other-language = <i>Esta página todavía no está traducida a su idioma: se muestra en { $language }.</i>
page-checked = <i>Información revisada el { $date }.</i>

## Ayuda

help-text =
    <b>Ayuda</b>
    • Toque un botón para abrir un tema.
    • O escriba su pregunta con sus propias palabras: le muestro la página de información que la responde.
    • /menu muestra la lista de temas.
    • /language cambia el idioma.
    • /appointments muestra sus citas.
    • /privacy explica lo que guarda el bot; /forget lo borra.
    • /start muestra otra vez el mensaje de bienvenida.

    Si está en peligro, llame al <b>112</b>.

## Todo lo demás

fallback-media =
    Solo puedo leer texto y botones.
    Elija un tema en el menú.
fallback-unknown-command =
    No conozco el comando { $command }.
    Pruebe /menu o /help.
fallback-stale-button = Este botón ya no funciona. Aquí está el menú.
error-generic = Lo sentimos, hubo un error. Intente de nuevo o escriba /menu.

## Lista de comandos que muestra Telegram (corto, sin HTML)

command-start = Mensaje de bienvenida
command-menu = Ver los temas
command-language = Cambiar de idioma
command-help = Cómo funciona este bot
