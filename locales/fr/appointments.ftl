# Les rendez-vous tels que les familles les voient : annonces, rappels, réponses et phrases du coach.
# Chaque membre de la famille les lit dans sa langue. Les valeurs { $... } sont remplies par le bot.
command-appointments = Mes rendez-vous
coach-invite-invalid = Ce lien n'est plus valable (déjà utilisé, expiré ou inconnu). Demandez un nouveau lien.
coach-not-allowed = ⛔ Ce ménage ou ce rendez-vous ne fait pas partie de vos dossiers. Rien n'a été fait.
coach-gone = Ce rendez-vous n'existe plus, est annulé ou déjà passé.

## Kinds of appointment
coach-kind-lawyer = Avocat
coach-kind-office = Entretien à l'Office des Étrangers
coach-kind-doctor = Médecin
coach-kind-school = École
coach-kind-embassy = Ambassade
coach-kind-court = Chambre du conseil (tribunal)
coach-kind-other = Rendez-vous

## Read by families
coach-family-joined = ✅ Vous êtes relié·e à votre coach ({ $coach }). Vos rendez-vous arriveront ici, dans votre langue. Votre coach travaille pour l'Office des Étrangers et lit ce que vous répondez ici.
coach-family-new = 📅 <b>Nouveau rendez-vous</b>
coach-family-changed = ✏️ <b>Rendez-vous modifié</b>
coach-family-cancelled = ❌ <b>Rendez-vous annulé</b>
coach-family-reminder = ⏰ <b>Rappel de rendez-vous</b>
coach-family-late = (Ce rappel arrive en retard : le service était interrompu.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Note de votre coach (non traduite) : <i>{ $note }</i>
coach-family-free-text = ✍️ Message de votre coach (non traduit, écrit par votre coach) :
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ Je serai là
coach-button-need-help = 🆘 J'ai besoin d'aide
coach-family-thanks = Merci, votre coach est prévenu.
coach-family-help-ask = Votre coach est prévenu. Vous pouvez écrire ici ce dont vous avez besoin.
coach-family-help-sent = Votre message est transmis à votre coach.
coach-family-closed = Ce rendez-vous est annulé ou déjà passé.
coach-family-appointments = 📅 <b>Vos rendez-vous</b>
coach-family-appointments-none = Vous n'avez aucun rendez-vous prévu.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages, each member reads them in their own language.

## .label is what the coach sees on the button.
phrase-lawyer-called = 📞 Votre avocat a appelé. Merci de le rappeler.
    .label = Avocat a appelé : rappeler
phrase-come-to-office = 🏢 Merci de venir au bureau de votre coach : { $when }.
    .label = Venir au bureau (avec heure)
phrase-bring-documents = 📄 Merci d'apporter vos documents (papiers d'identité, lettres reçues) au prochain rendez-vous.
    .label = Apporter les documents
phrase-coach-visit = 🏠 Votre coach passera à la maison : { $when }.
    .label = Visite à la maison (avec heure)
phrase-letter-arrived = ✉️ Une lettre est arrivée pour vous. Demandez-la à votre coach.
    .label = Une lettre est arrivée
phrase-see-coach-today = 💬 Merci de passer voir votre coach aujourd'hui.
    .label = Passer me voir aujourd'hui
