# Teksten van de interface van family_bot. Telegram-HTML: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Waarden in { $... } vult de bot in; laat hun naam precies zo staan.

-bot-operator = een onafhankelijke organisatie die gezinnen helpt, niet de Dienst Vreemdelingenzaken

## Taal

language-picker-prompt = Kies uw taal
language-changed = ✅ Vanaf nu schrijf ik u in het Nederlands.
language-button = 🌐 Taal

## Welkom

welcome-text =
    <b>Welkom.</b>
    Deze bot geeft u informatie over het leven in de terugkeerwoning, uw rechten en uw mogelijkheden.
    Hij wordt beheerd door { -bot-operator }.

    • Hij geeft informatie. Hij beslist niets over uw dossier.
    • Hij bewaart alleen uw taal en wat u zelf kiest om te sturen.
    • Als u een bericht naar uw coach stuurt, leest uw coach het. De coach werkt voor de Dienst Vreemdelingenzaken.

    Kies hieronder een onderwerp. U kunt altijd /menu schrijven.

## Menu en pagina's

menu-text =
    <b>Menu</b>
    Kies een onderwerp:
menu-button = ☰ Menu
nav-back = ◀ Terug
page-unreviewed = <i>⚠ Deze tekst is nog niet door een mens nagekeken.</i>
page-in-other-language = <i>Deze pagina is nog niet vertaald in uw taal: ze wordt getoond in het { $language }.</i>
page-checked = <i>Informatie nagekeken op { $date }.</i>

## Hulp

help-text =
    <b>Hulp</b>
    • Tik op een knop om een onderwerp te openen.
    • Of typ uw vraag in uw eigen woorden: ik toon u de informatiepagina die erop antwoordt.
    • /menu toont de lijst met onderwerpen.
    • /language verandert de taal.
    • /appointments toont uw afspraken.
    • /privacy zegt wat de bot bewaart; /forget wist het.
    • /start toont het welkomstbericht opnieuw.

    Bent u in gevaar? Bel <b>112</b>.

## Al het andere

fallback-media =
    Ik kan alleen tekst en knoppen lezen.
    Kies een onderwerp in het menu.
fallback-unknown-command =
    Ik ken het commando { $command } niet.
    Probeer /menu of /help.
fallback-stale-button = Deze knop werkt niet meer. Hier is het menu.
error-generic = Sorry, er ging iets mis. Probeer het opnieuw, of schrijf /menu.

## Lijst met commando's in Telegram (kort, zonder HTML)

command-start = Welkomstbericht
command-menu = Toon de onderwerpen
command-language = Verander de taal
command-help = Hoe deze bot werkt
