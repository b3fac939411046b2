# Hulpvragen zoals coaches en coördinatoren ze zien (alleen fr, nl, en).
# Het bericht van het gezin wordt getoond zoals geschreven, nooit vertaald.

support-staff-headline-new = 🗣 <b>Hulpvraag nr. { $id }</b> · { $when }
support-staff-headline-no-coach = 📭 <b>Hulpvraag nr. { $id }</b> · { $when }
    Geen bereikbare coach voor deze persoon: de vraag komt rechtstreeks bij de coördinatoren.
support-staff-headline-escalated-urgent = ⏰ <b>DRINGENDE hulpvraag nr. { $id } niet op tijd gelezen</b> · verstuurd { $when }
    Doorgestuurd naar alle coördinatoren.
support-staff-headline-escalated-day = ⏰ <b>Hulpvraag nr. { $id } al een dag niet gelezen</b> · verstuurd { $when }
    Doorgestuurd naar alle coördinatoren.
support-staff-who = Gezin <b>{ $label }</b>, lid { $position } ({ $language }) · coach: { $coach }
support-staff-who-none = Iemand zonder gezin in de bot ({ $language }).
support-staff-kind = Vraag: { $kind }
support-staff-kind-coach = met de eigen coach praten
support-staff-kind-psychological = onafhankelijke psychologische hulp
support-staff-kind-child = hulp voor een kind
support-staff-kind-urgent = dringend, vandaag
support-staff-urgent = 🚨 <b>Dringend, vandaag</b>
support-staff-message =
    Bericht van het gezin, zoals geschreven, niet vertaald (geschreven terwijl de bot in het { $language } stond):
    <blockquote>{ $text }</blockquote>
support-staff-voice = 🎤 Een spraakbericht van het gezin, { $seconds } seconden, niet uitgeschreven (ingesproken terwijl de bot in het { $language } stond); u kreeg het als spraakbericht.
support-staff-no-message = Geen geschreven bericht.
support-staff-message-deleted = Het bericht is gewist (bewaartermijn voorbij).
support-staff-button-ack = ✅ Gelezen
support-staff-button-reply = ✍️ Antwoorden
support-staff-button-refer = 🤝 Doorverwijzen
support-staff-button-free-text = ✍️ Eigen antwoord schrijven (niet vertaald)
support-staff-button-back = ⬅️ Terug naar de vraag
support-staff-acknowledged = ✅ Hulpvraag nr. { $id } als gelezen gemarkeerd; het gezin is verwittigd.
support-staff-choose-reply = Antwoord op hulpvraag nr. { $id }: een zin (het gezin krijgt die in de eigen taal) of uw eigen tekst (verstuurd zoals geschreven, niet vertaald).
support-staff-ask-reply = Typ uw antwoord. Het wordt verstuurd zoals het is, aangeduid als uw eigen woorden, niet vertaald.
support-staff-reply-invalid = Het antwoord moet 1 tot { $limit } tekens lang zijn. Probeer opnieuw:
support-staff-replied = 📤 Antwoord naar het gezin verstuurd (hulpvraag nr. { $id }).
support-staff-choose-service = Naar welke dienst doorverwijzen (hulpvraag nr. { $id })? Het gezin krijgt de beschrijving in de eigen taal.
support-staff-service-ulysse = Ulysse (onzeker verblijf, tolken)
support-staff-service-exil = Exil (foltering, georganiseerd geweld)
support-staff-service-solentra = Solentra (vluchtelingenkinderen, na verwijzing)
support-staff-service-lines = Hulplijnen (1813, 0800 32 123, 106, 107)
support-staff-service-children = Lijnen voor kinderen (102, 103, 116 000)
support-staff-status-unread = Stand: nog niet gelezen.
support-staff-status-read = Stand: ✅ gelezen.
support-staff-status-replied = Stand: 💬 antwoord verstuurd.
support-staff-status-referred = Stand: 🤝 doorverwezen naar { $service }.
support-staff-withdrawn = ↩️ Hulpvraag nr. { $id } is door het gezin ingetrokken: er wordt geen antwoord meer verwacht.
support-staff-gone = Hulpvraag nr. { $id } is door het gezin ingetrokken.
