# Coaches, gezinnen, afspraken, herinneringen (issue 5).

command-coach = Coach: mijn gezinnen en afspraken

## Roles and invites

coach-staff-welcome = ✅ U bent ingeschreven als { $role ->
        [coordinator] coördinator
       *[coach] coach
    } "{ $name }". Typ /coach om te beginnen.

coach-staff-cannot-join = Dit is een coachaccount: het kan niet bij een gezin aansluiten.

## Coach menu and households

coach-menu = <b>Coach · { $name }</b>
    { $count ->
        [0] U hebt nog geen gezin.
        [one] U volgt 1 gezin.
       *[other] U volgt { $count } gezinnen.
    }
coach-menu-coordinator = <b>Coördinatie · { $name }</b>
    { $count ->
        [0] Nog geen gezinnen.
        [one] 1 gezin in totaal.
       *[other] { $count } gezinnen in totaal.
    }
coach-button-menu = ⬅️ Coachmenu
coach-button-new-household = ➕ Nieuw gezin
coach-button-broadcast-mine = 📣 Bericht aan al mijn gezinnen
coach-button-broadcast-site = 📣 Bericht aan een site
coach-household-button = { $label } · { $site } ({ $members })
coach-ask-household-label = Korte naam voor dit gezin, geen echte naam (bv. "Blauwe deur 3"):
coach-label-invalid = De naam moet 1 tot 40 tekens lang zijn. Probeer opnieuw:
coach-ask-site = Welke site? Tik op een knop of typ de naam.
coach-site-invalid = De site moet 1 tot 40 tekens lang zijn. Probeer opnieuw:
coach-household = <b>{ $label }</b> · { $site }
    Coach: { $coach }
coach-no-members = Nog niemand heeft zich bij dit gezin gevoegd: deel de uitnodigingslink.
coach-member-line = Lid { $position } · { $language }
coach-member-line-unreachable = Lid { $position } · { $language } · ⚠️ onbereikbaar
coach-button-new-appointment = 📅 Nieuwe afspraak
coach-button-appointments = 🗓 Afspraken
coach-button-phrase = 💬 Bericht sturen
coach-button-invite = 🔗 Uitnodigingslink
coach-button-reassign = ↪️ Aan een andere coach toewijzen
coach-invite-created = Uitnodigingslink voor <b>{ $label }</b>, geldig tot { $until } voor maximaal { $uses } personen:
    { $link }
    Elke volwassene opent hem op de eigen telefoon of scant de QR-code. Een nieuwe link vervangt de vorige.
coach-invite-no-username = De naam van de bot is onbekend: er kan geen link gemaakt worden.
coach-member-joined = 👋 Een lid heeft zich bij <b>{ $label }</b> gevoegd: lid { $position }, { $language }.
coach-reassign-choose = <b>{ $label }</b> aan welke coach toewijzen?
coach-reassigned = <b>{ $label }</b> wordt nu gevolgd door { $coach }.
coach-reassigned-notice = 📂 Het gezin <b>{ $label }</b> ({ $site }) is aan u toegewezen.

## Appointments (coach side)

coach-appointments-none = Geen komende afspraken voor <b>{ $label }</b>.
coach-appointments-title = Komende afspraken voor <b>{ $label }</b>:
coach-appointment-button = { $when } · { $kind }
coach-ask-kind = Nieuwe afspraak voor <b>{ $label }</b>. Welk soort?
coach-ask-when = Datum en uur? Bv. "12/3 14u", "morgen 9u30", "maandag 14u".
coach-when-unreadable = Ik begrijp die datum niet. Probeer bv. "12/3 14u" of "morgen 9u30".
coach-when-no-time = Het uur ontbreekt. Bv. "morgen 9u30".
coach-when-bad-date = Die datum bestaat niet. Bv. "12/3 14u".
coach-when-past = Dat moment is al voorbij. Geef een datum en uur in de toekomst.
coach-ask-place = Plaats van de afspraak?
coach-place-invalid = De plaats moet 1 tot 200 tekens lang zijn. Probeer opnieuw:
coach-ask-note = Een korte notitie voor het gezin? Typ ze of tik op "Geen notitie". Ze wordt getoond zoals geschreven, zonder vertaling.
coach-note-invalid = De notitie mag hoogstens 300 tekens lang zijn. Probeer opnieuw:
coach-button-no-note = Geen notitie
coach-confirm-appointment = <b>Nakijken voor het versturen:</b>
coach-confirm-members = Wordt verstuurd naar { $count ->
        [0] nog niemand (geen leden)
        [one] 1 lid, in de eigen taal
       *[other] { $count } leden, elk in de eigen taal
    }.
coach-button-save = ✅ Opslaan en versturen
coach-button-discard = ✖️ Stoppen
coach-draft-discarded = Gestopt: er is niets verstuurd.
coach-appointment-saved = ✅ Afspraak opgeslagen; het gezin is verwittigd.
coach-appointment-updated = ✅ Afspraak gewijzigd; het gezin is verwittigd.
coach-appointment-cancelled = Afspraak geannuleerd; het gezin is verwittigd.
coach-button-edit-when = 🕒 Datum wijzigen
coach-button-edit-place = 📍 Plaats wijzigen
coach-button-cancel-appointment = ❌ Afspraak annuleren
coach-confirm-cancel = Deze afspraak annuleren? Het gezin wordt verwittigd.
coach-button-yes-cancel = Ja, annuleren
coach-statuses = Antwoorden:
coach-status-line = Lid { $position } ({ $language }): { $status }
coach-status-coming = ✅ komt
coach-status-help = 🆘 vraagt hulp
coach-status-sent = ontvangen, nog geen antwoord
coach-status-pending = wordt verstuurd
coach-status-unreachable = ⚠️ onbereikbaar
coach-status-failed = ⚠️ versturen mislukt
coach-status-none = nog niet verstuurd
coach-answer-notice = ✅ <b>{ $label }</b>, lid { $position } komt: { $kind }, { $when }.
coach-help-notice = 🆘 <b>{ $label }</b>, lid { $position } vraagt hulp voor: { $kind }, { $when }.
coach-help-text-notice = 🆘 <b>{ $label }</b>, lid { $position } schrijft (niet vertaald):
    <blockquote>{ $text }</blockquote>
coach-unreachable-notice = ⚠️ <b>{ $label }</b>, lid { $position } heeft de bot geblokkeerd of is niet meer bereikbaar: berichten komen niet meer aan. Zie het gezin persoonlijk.
coach-unanswered-notice = ⏰ Niemand van <b>{ $label }</b> heeft bevestigd: { $kind }, { $when }.

## Messages and broadcasts (coach side)

coach-choose-phrase = Welk bericht sturen naar { $audience }? Iedereen krijgt het in de eigen taal.
coach-audience-mine = al uw gezinnen
coach-audience-site = alle gezinnen van { $site }
coach-button-free-text = ✍️ Vrij bericht (niet vertaald)
coach-ask-phrase-when = Voor wanneer? Bv. "morgen 10u".
coach-ask-free-text = Typ uw bericht. Het wordt verstuurd zoals geschreven, gemarkeerd als "niet vertaald, geschreven door uw coach".
coach-free-text-invalid = Het bericht moet 1 tot 1000 tekens lang zijn. Probeer opnieuw:
coach-confirm-message = <b>Voorbeeld</b> ({ $language }):
coach-confirm-recipients = Versturen naar { $audience }: { $count ->
        [one] 1 persoon
       *[other] { $count } personen
    }?
coach-button-send = 📤 Versturen
coach-message-sent = 📤 Verstuurd naar { $count ->
        [one] 1 persoon
       *[other] { $count } personen
    }, elk in de eigen taal.
coach-message-nobody = Niemand om naar te sturen: nog geen leden.
coach-choose-site = Bericht aan welke site?
coach-no-sites = Geen gezinnen, dus geen sites.

## Read by families

## Phrasebook

## Privacy: a member left; a coach who asks to be forgotten

coach-member-left = 👋 <b>{ $label }</b>: lid { $position } verliet de bot en de gegevens werden gewist.
coach-forget-has-households = U volgt nog { $count ->
        [one] 1 gezin
       *[other] { $count } gezinnen
    }. Vraag een coördinator ze aan een andere coach te geven en stuur dan opnieuw /forget: de gezinnen moeten een coach houden.
coach-mydata-staff = Rol: { $role } · { $name } · gevolgde gezinnen: { $count }
