# Afspraken zoals gezinnen ze zien: berichten, herinneringen, antwoorden en de zinnen van de coach.
# Elk gezinslid leest ze in de eigen taal. Waarden in { $... } vult de bot in.
command-appointments = Mijn afspraken
coach-invite-invalid = Deze link is niet meer geldig (al gebruikt, verlopen of onbekend). Vraag een nieuwe link.
coach-not-allowed = ⛔ Dit gezin of deze afspraak hoort niet bij uw dossiers. Er is niets gebeurd.
coach-gone = Deze afspraak bestaat niet meer, is geannuleerd of al voorbij.

## Kinds of appointment
coach-kind-lawyer = Advocaat
coach-kind-office = Gesprek bij de Dienst Vreemdelingenzaken
coach-kind-doctor = Dokter
coach-kind-school = School
coach-kind-embassy = Ambassade
coach-kind-court = Raadkamer (rechtbank)
coach-kind-other = Afspraak

## Read by families
coach-family-joined = ✅ U bent verbonden met uw coach ({ $coach }). Uw afspraken komen hier, in uw taal. Uw coach werkt voor de Dienst Vreemdelingenzaken en leest wat u hier antwoordt.
coach-family-new = 📅 <b>Nieuwe afspraak</b>
coach-family-changed = ✏️ <b>Afspraak gewijzigd</b>
coach-family-cancelled = ❌ <b>Afspraak geannuleerd</b>
coach-family-reminder = ⏰ <b>Herinnering aan uw afspraak</b>
coach-family-late = (Deze herinnering komt te laat: de dienst lag even stil.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Notitie van uw coach (niet vertaald): <i>{ $note }</i>
coach-family-free-text = ✍️ Bericht van uw coach (niet vertaald, geschreven door uw coach):
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ Ik kom
coach-button-need-help = 🆘 Ik heb hulp nodig
coach-family-thanks = Dank u, uw coach is verwittigd.
coach-family-help-ask = Uw coach is verwittigd. U kunt hier schrijven wat u nodig hebt.
coach-family-help-sent = Uw bericht is aan uw coach doorgegeven.
coach-family-closed = Deze afspraak is geannuleerd of al voorbij.
coach-family-appointments = 📅 <b>Uw afspraken</b>
coach-family-appointments-none = U hebt geen geplande afspraken.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook
phrase-lawyer-called = 📞 Uw advocaat heeft gebeld. Bel hem of haar terug, alstublieft.
    .label = Advocaat belde: terugbellen
phrase-come-to-office = 🏢 Kom alstublieft naar het kantoor van uw coach: { $when }.
    .label = Naar het kantoor komen (met uur)
phrase-bring-documents = 📄 Breng alstublieft uw documenten (identiteitspapieren, ontvangen brieven) mee naar de volgende afspraak.
    .label = Documenten meebrengen
phrase-coach-visit = 🏠 Uw coach komt langs in de woning: { $when }.
    .label = Bezoek aan de woning (met uur)
phrase-letter-arrived = ✉️ Er is een brief voor u aangekomen. Vraag hem aan uw coach.
    .label = Er is een brief aangekomen
phrase-see-coach-today = 💬 Kom vandaag alstublieft even langs bij uw coach.
    .label = Vandaag langskomen
