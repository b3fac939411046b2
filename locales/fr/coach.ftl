# Coaches, households, appointments, reminders (issue 5).
# Messages starting with "coach-family-", "coach-kind-", "coach-button-coming"/"-need-help" and
# "phrase-" are read by families: keep them short, plain, and self-contained.

command-coach = Coach : mes ménages et rendez-vous

## Roles and invites

coach-staff-welcome = ✅ Vous êtes inscrit·e comme { $role ->
        [coordinator] coordinateur·rice
       *[coach] coach
    } « { $name } ». Tapez /coach pour commencer.

coach-staff-cannot-join = Ce compte est un compte de coach : il ne peut pas rejoindre un ménage.

## Coach menu and households

coach-menu = <b>Coach · { $name }</b>
    { $count ->
        [0] Vous n'avez pas encore de ménage.
        [one] Vous suivez 1 ménage.
       *[other] Vous suivez { $count } ménages.
    }
coach-menu-coordinator = <b>Coordination · { $name }</b>
    { $count ->
        [0] Aucun ménage pour l'instant.
        [one] 1 ménage en tout.
       *[other] { $count } ménages en tout.
    }
coach-button-menu = ⬅️ Menu coach
coach-button-new-household = ➕ Nouveau ménage
coach-button-broadcast-mine = 📣 Message à tous mes ménages
coach-button-broadcast-site = 📣 Message à un site
coach-household-button = { $label } · { $site } ({ $members })
coach-ask-household-label = Nom court pour ce ménage, sans vrai nom (par ex. « Porte bleue 3 ») :
coach-label-invalid = Le nom doit faire de 1 à 40 caractères. Réessayez :
coach-ask-site = Quel site ? Touchez un bouton ou tapez le nom.
coach-site-invalid = Le site doit faire de 1 à 40 caractères. Réessayez :
coach-household = <b>{ $label }</b> · { $site }
    Coach : { $coach }
coach-no-members = Personne n'a encore rejoint ce ménage : partagez le lien d'invitation.
coach-member-line = Membre { $position } · { $language }
coach-member-line-unreachable = Membre { $position } · { $language } · ⚠️ injoignable
coach-button-new-appointment = 📅 Nouveau rendez-vous
coach-button-appointments = 🗓 Rendez-vous
coach-button-phrase = 💬 Envoyer un message
coach-button-invite = 🔗 Lien d'invitation
coach-button-reassign = ↪️ Confier à un autre coach
coach-invite-created = Lien d'invitation pour <b>{ $label }</b>, valable jusqu'au { $until } pour { $uses } personnes au plus :
    { $link }
    Chaque adulte l'ouvre sur son téléphone ou scanne le code QR. Un nouveau lien annule le précédent.
coach-invite-no-username = Le nom du bot est inconnu : impossible de créer le lien.
coach-member-joined = 👋 Un membre a rejoint <b>{ $label }</b> : membre { $position }, { $language }.
coach-reassign-choose = Confier <b>{ $label }</b> à quel coach ?
coach-reassigned = <b>{ $label }</b> est maintenant suivi par { $coach }.
coach-reassigned-notice = 📂 Le ménage <b>{ $label }</b> ({ $site }) vous est confié.

## Appointments (coach side)

coach-appointments-none = Aucun rendez-vous à venir pour <b>{ $label }</b>.
coach-appointments-title = Rendez-vous à venir pour <b>{ $label }</b> :
coach-appointment-button = { $when } · { $kind }
coach-ask-kind = Nouveau rendez-vous pour <b>{ $label }</b>. Quel type ?
coach-ask-when = Date et heure ? Par ex. « 12/3 14h », « demain 9h30 », « lundi 14h ».
coach-when-unreadable = Je n'ai pas compris cette date. Essayez par ex. « 12/3 14h » ou « demain 9h30 ».
coach-when-no-time = Il manque l'heure. Par ex. « demain 9h30 ».
coach-when-bad-date = Cette date n'existe pas. Par ex. « 12/3 14h ».
coach-when-past = Ce moment est déjà passé. Donnez une date et une heure à venir.
coach-ask-place = Lieu du rendez-vous ?
coach-place-invalid = Le lieu doit faire de 1 à 200 caractères. Réessayez :
coach-ask-note = Une courte note pour la famille ? Tapez-la ou touchez « Sans note ». Elle sera montrée telle quelle, sans traduction.
coach-note-invalid = La note doit faire 300 caractères au plus. Réessayez :
coach-button-no-note = Sans note
coach-confirm-appointment = <b>À vérifier avant d'envoyer :</b>
coach-confirm-members = Sera envoyé à { $count ->
        [0] personne pour l'instant (aucun membre)
        [one] 1 membre, dans sa langue
       *[other] { $count } membres, chacun dans sa langue
    }.
coach-button-save = ✅ Enregistrer et envoyer
coach-button-discard = ✖️ Abandonner
coach-draft-discarded = Abandonné : rien n'a été envoyé.
coach-appointment-saved = ✅ Rendez-vous enregistré ; la famille est prévenue.
coach-appointment-updated = ✅ Rendez-vous modifié ; la famille est prévenue.
coach-appointment-cancelled = Rendez-vous annulé ; la famille est prévenue.
coach-button-edit-when = 🕒 Changer la date
coach-button-edit-place = 📍 Changer le lieu
coach-button-cancel-appointment = ❌ Annuler le rendez-vous
coach-confirm-cancel = Annuler ce rendez-vous ? La famille sera prévenue.
coach-button-yes-cancel = Oui, annuler
coach-statuses = Réponses :
coach-status-line = Membre { $position } ({ $language }) : { $status }
coach-status-coming = ✅ sera là
coach-status-help = 🆘 demande de l'aide
coach-status-sent = reçu, pas encore de réponse
coach-status-pending = en cours d'envoi
coach-status-unreachable = ⚠️ injoignable
coach-status-failed = ⚠️ échec d'envoi
coach-status-none = pas encore envoyé
coach-answer-notice = ✅ <b>{ $label }</b>, membre { $position } sera là : { $kind }, { $when }.
coach-help-notice = 🆘 <b>{ $label }</b>, membre { $position } demande de l'aide pour : { $kind }, { $when }.
coach-help-text-notice = 🆘 <b>{ $label }</b>, membre { $position } écrit (non traduit) :
    <blockquote>{ $text }</blockquote>
coach-unreachable-notice = ⚠️ <b>{ $label }</b>, membre { $position } a bloqué le bot ou n'est plus joignable : les messages ne lui arrivent plus. Voyez la famille en personne.
coach-unanswered-notice = ⏰ Personne de <b>{ $label }</b> n'a confirmé : { $kind }, { $when }.

## Messages and broadcasts (coach side)

coach-choose-phrase = Quel message envoyer à { $audience } ? Chacun le reçoit dans sa langue.
coach-audience-mine = tous vos ménages
coach-audience-site = tous les ménages de { $site }
coach-button-free-text = ✍️ Message libre (non traduit)
coach-ask-phrase-when = Pour quand ? Par ex. « demain 10h ».
coach-ask-free-text = Tapez votre message. Il sera envoyé tel quel, marqué « non traduit, écrit par votre coach ».
coach-free-text-invalid = Le message doit faire de 1 à 1000 caractères. Réessayez :
coach-confirm-message = <b>Aperçu</b> ({ $language }) :
coach-confirm-recipients = Envoyer à { $audience } : { $count ->
        [one] 1 personne
       *[other] { $count } personnes
    } ?
coach-button-send = 📤 Envoyer
coach-message-sent = 📤 Envoyé à { $count ->
        [one] 1 personne
       *[other] { $count } personnes
    }, chacune dans sa langue.
coach-message-nobody = Personne à qui envoyer : aucun membre n'a encore rejoint.
coach-choose-site = Message à quel site ?
coach-no-sites = Aucun ménage, donc aucun site.

## Read by families

## Phrasebook: vetted short messages, each member reads them in their own language.
## .label is what the coach sees on the button.

## Privacy: a member left; a coach who asks to be forgotten

coach-member-left = 👋 <b>{ $label }</b> : le membre { $position } a quitté le bot et ses données ont été effacées.
coach-forget-has-households = Vous suivez encore { $count ->
        [one] 1 ménage
       *[other] { $count } ménages
    }. Demandez à un coordinateur de les confier à un autre coach, puis envoyez /forget à nouveau : les familles doivent garder un coach.
coach-mydata-staff = Rôle : { $role } · { $name } · ménages suivis : { $count }
