# Hulpvragen: met iemand praten, met toestemming van het gezin. Gelezen door gezinnen.
# Telegram-HTML: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>. De waarden { $... } vult de bot in.
# Nummers: alleen die uit FACTS.md, deel 6.

command-talk = Met iemand praten
command-requests = Mijn hulpvragen

support-talk-button = 🗣 Ik wil met iemand praten
support-question-button = 📨 Mijn vraag naar mijn coach sturen

support-crisis =
    <b>Is het ernstig of dringend? Bel meteen.</b> Gratis.
    • 112: direct gevaar, noodgeval
    • 1813: Zelfmoordlijn. In het Nederlands, 24 uur op 24, ook via chat.
    • 0800 32 123: Centre de Prévention du Suicide. In het Frans, 24 uur op 24. Gesprekken ook in het Engels, Arabisch en Spaans.
    • 106: Tele-Onthaal. In het Nederlands.
    • 107: Télé-Accueil. In het Frans.
    Voor kinderen:
    • 102: Awel. In het Nederlands.
    • 103: Écoute-Enfants. In het Frans.
    • 116 000: Child Focus.

support-ask-kind = Welke hulp wilt u?
support-kind-coach = 👤 Met mijn coach praten
support-kind-psychological = 🧠 Onafhankelijke psychologische hulp
support-kind-child = 🧒 Hulp voor een kind
support-kind-urgent = 🚨 Dringend, vandaag
support-button-cancel = ✖️ Annuleren
support-cancelled = Geannuleerd. Er is niets verstuurd en niets bewaard.
support-draft-gone = Deze vraag is niet verstuurd (ze is te oud of de bot is opnieuw gestart). Begin opnieuw, alstublieft.
support-button-skip = ➡️ Geen bericht
support-ask-message =
    U kunt een bericht schrijven, in uw eigen taal of in een andere.
    Of tik op "Geen bericht".
support-message-too-long = Het bericht mag hoogstens { $limit } tekens lang zijn. Maak het korter en stuur het opnieuw, alstublieft.

support-reader-coach = uw coach, <b>{ $coach }</b>, die voor de Dienst Vreemdelingenzaken werkt
support-reader-coordinators = de coördinatoren van de coaches (u hebt geen coach die via deze bot bereikbaar is)
support-nobody =
    Op dit moment kan niemand een vraag via deze bot ontvangen. Er is niets verstuurd of bewaard.
    Gebruik de nummers hierboven, of spreek met uw coach wanneer u hem of haar ziet.

support-consent =
    <b>Controleer voor u verstuurt:</b>
    Gevraagde hulp: { $kind }
    { $message }

    <b>Wie het leest:</b> { $reader }.
    <b>Wat bewaard wordt:</b> het soort hulp, uw bericht en de datum. Uw bericht wordt { $days } dagen na het einde van de vraag gewist. /requests toont uw vragen; /forget wist alles.

    Er wordt niets verstuurd voor u op "Versturen" tikt.
support-consent-message =
    Uw bericht:
    <blockquote>{ $text }</blockquote>
support-consent-no-message = Geen bericht.
support-consent-independent = Uw coach kan u doorverwijzen naar een onafhankelijke dienst (Ulysse, Exil, Solentra) of een hulplijn.
support-button-send = 📤 Versturen

support-receipt =
    ✅ Uw vraag nr. { $id } is bewaard. Ze wordt gelezen door { $reader }.
    U krijgt hier een bericht wanneer iemand ze gelezen heeft.
    Zolang ze niet gelezen is, kunt u ze intrekken: /requests
support-button-requests = 📋 Mijn vragen

support-status-unread = ⏳ nog niet gelezen
support-status-read = 👀 gelezen
support-status-replied = 💬 antwoord verstuurd
support-status-referred = 🤝 dienst voorgesteld
support-status-withdrawn = ↩️ ingetrokken
support-requests-none = U hebt geen hulpvraag verstuurd.
support-requests-title = <b>Uw hulpvragen</b>
support-requests-item = • Vraag nr. { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ Vraag nr. { $id } intrekken
support-button-withdraw-yes = ↩️ Ja, intrekken
support-button-keep = Houden
support-withdraw-confirm = Vraag nr. { $id } intrekken? Ze wordt dan niet gelezen.
support-withdraw-too-late = Deze vraag is al gelezen of ingetrokken: ze kan niet meer worden ingetrokken.
support-withdrawn = ↩️ Vraag nr. { $id } ingetrokken. Als ze al op de telefoon van de lezer was aangekomen, krijgt die te horen dat ze is ingetrokken.

support-family-read =
    👀 Uw vraag nr. { $id } is gelezen door { $by ->
        [coach] uw coach
       *[coordinator] een coördinator
    }.
support-family-reply-phrase =
    💬 Antwoord op uw vraag nr. { $id }, van { $by ->
        [coach] uw coach
       *[coordinator] een coördinator
    }:
    { $phrase }
support-family-reply-text =
    💬 Antwoord op uw vraag nr. { $id }, geschreven door { $by ->
        [coach] uw coach
       *[coordinator] een coördinator
    } (eigen woorden, niet vertaald):
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 Voor uw vraag nr. { $id } stelt { $by ->
        [coach] uw coach
       *[coordinator] een coördinator
    } deze onafhankelijke dienst voor:
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Brussel): voor mensen zonder zeker verblijf. Gratis, met tolken.
    Vraag uw coach of de dokter hoe u er geraakt.
support-service-exil =
    <b>Exil</b> (Brussel): voor mensen die foltering of georganiseerd geweld overleefden. Gratis.
    Vraag uw coach of de dokter hoe u er geraakt.
support-service-solentra =
    <b>Solentra</b> (UZ Brussel): voor gevluchte kinderen vanaf 2,5 jaar en hun gezin. Gratis.
    U moet worden doorverwezen door een hulpverlener: vraag het aan uw coach of de dokter.
support-service-lines =
    <b>Hulplijnen</b>, gratis:
    • 1813: Zelfmoordlijn. In het Nederlands, 24 uur op 24, ook via chat.
    • 0800 32 123: Centre de Prévention du Suicide. In het Frans, 24 uur op 24. Gesprekken ook in het Engels, Arabisch en Spaans.
    • 106: Tele-Onthaal. In het Nederlands.
    • 107: Télé-Accueil. In het Frans.
support-service-children =
    <b>Lijnen voor kinderen</b>, gratis:
    • 102: Awel. In het Nederlands.
    • 103: Écoute-Enfants. In het Frans.
    • 116 000: Child Focus.

support-not-allowed = ⛔ Deze vraag is niet van u. Er is niets gedaan.

support-privacy-notice = • Uw hulpvragen, als u die verstuurt: het soort hulp, uw bericht en de data. Zodat uw coach (of een coördinator) u kan antwoorden. Uw coach werkt voor de Dienst Vreemdelingenzaken.
support-privacy-retention = • Het bericht van een hulpvraag wordt { $days } dagen na het einde van de vraag gewist.
support-mydata-title = <b>Hulpvragen</b>
support-mydata-item = • Vraag nr. { $id }: { $kind }
support-mydata-item-with-text = • Vraag nr. { $id }: { $kind }, met uw bericht

## Voice notes

support-voice-outside = Ik kan geen spraakberichten beluisteren. Wilt u dit spraakbericht naar een persoon sturen?
support-voice-send-button = 📨 Naar een persoon sturen
support-voice-crisis-button = 🆘 Noodnummers
support-voice-too-long = Een spraakbericht mag hoogstens { $minutes } minuten duren. Stuur een korter bericht, of schrijf.
support-consent-voice = Uw spraakbericht: { $seconds } seconden. Alleen de persoon die hieronder staat, hoort het. Niemand schrijft het op of vertaalt het.
support-mydata-item-with-voice = • Vraag nr. { $id }: { $kind }, met een spraakbericht van { $seconds } seconden
support-ask-voice = 🎤 U kunt ook een spraakbericht sturen.
