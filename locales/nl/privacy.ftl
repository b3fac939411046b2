# Privacy: wat de bot over iemand bewaart, de kopie (/mydata), wissen (/forget),
# bescherming tegen te veel berichten tegelijk en groepen. Alleen Telegram-HTML.
# Waarden in { $... } vult de bot in.

## /privacy
# $stored: één regel per soort gegevens (privacy-notice-* hieronder en die van andere functies).
# $retention: één regel per bewaartermijn.
privacy-text =
    <b>🔒 Uw gegevens in deze bot</b>

    <b>Wat de bot bewaart, en waarom</b>
    { $stored }
    De bot bewaart niet uw naam, uw telefoonnummer, uw foto's of bestanden, en ook niet de tekst die u typt. Hij leest wat u typt alleen om te antwoorden.
    Alleen een bericht dat u zelf naar uw coach kiest te sturen, wordt bewaard, zoals hierboven staat.

    <b>Hoe lang</b>
    { $retention }

    <b>Wie kan ze zien</b>
    U, met /mydata. Het team dat de bot beheert ({ -bot-operator }) kan de bewaarde gegevens zien wanneer het de bot onderhoudt. De technische logboeken van de bot bevatten nooit wat u schrijft, uw naam of uw telefoonnummer.

    <b>Hoe ze te wissen</b>
    /forget wist in één keer alles wat de bot over u bewaart.
privacy-notice-member = • Uw taal en de data van uw eerste en laatste bericht: om u in uw taal te schrijven, en om uw gegevens te wissen wanneer u de bot niet meer gebruikt.
privacy-notice-inbox = • Wat u stuurt, tot de bot erop geantwoord heeft (een ogenblik; langer als de bot gestopt was): daarna wordt de tekst gewist. Niemand leest hem daar.
privacy-retention-inactive = • Als u de bot { $days } dagen niet schrijft, wordt alles gewist wat hij over u bewaart.

## /mydata

privacy-mydata-title = <b>Wat de bot over u bewaart</b>
privacy-mydata-nothing = De bot bewaart niets over u.
privacy-mydata-language = Taal: { $language }
privacy-mydata-first-seen = Eerste bericht: { $date }
privacy-mydata-last-seen = Laatste bericht: { $date }
privacy-mydata-see-file = { $section }: zie het bestand hieronder.
privacy-mydata-file = Het bestand hieronder bevat hetzelfde, in een vorm die een computer kan lezen (JSON).
privacy-mydata-too-long = Er is te veel om hier te tonen: alles staat in het bestand hieronder.
privacy-mydata-caption = Alles wat de bot over u bewaart

## /forget

privacy-forget-confirm =
    <b>Al uw gegevens wissen?</b>
    De bot vergeet uw taal en alles wat hij verder over u bewaart. Dit kan niet ongedaan worden gemaakt.
    Als u later opnieuw schrijft, begint de bot weer van voren af aan.
privacy-forget-yes = 🗑 Alles wissen
privacy-forget-no = Annuleren
privacy-forget-done = ✅ Uw gegevens zijn gewist. De bot kent u niet meer.
privacy-forget-cancelled = Er is niets gewist.
privacy-forget-expired = Deze knop is te oud. Stuur opnieuw /forget als u uw gegevens wilt wissen.

## Te veel berichten, groepen, opslagproblemen

privacy-slow-down-tap = Een ogenblik alstublieft: tik over een paar seconden opnieuw.
privacy-private-only = Deze bot werkt alleen in een privégesprek, om de privacy van elk gezin te beschermen. Ik verlaat deze groep. Schrijf me rechtstreeks: @{ $bot }
privacy-storage-busy = Sorry, ik kon dat nu niet opslaan. Probeer het over een minuut opnieuw.

## Lijst met opdrachten die Telegram toont (kort, zonder HTML)

command-privacy = Uw gegevens: wat bewaard wordt en waarom
command-mydata = Een kopie van uw gegevens krijgen
command-forget = Uw gegevens wissen

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • Als uw coach u aan een gezin koppelde: de korte naam ervan, uw lidnummer, uw afspraken en uw antwoorden. Uw coach en de coördinatoren zien ze; ze zijn nodig om u uw afspraken te sturen.
privacy-retention-appointments = • Afspraken worden { $days } dagen nadat ze plaatsvonden gewist.
privacy-mydata-household = Gezin: { $label } · coach: { $coach }
