# Demandes d'aide vues par les coachs et les coordinateurs (fr, nl, en seulement).
# Le message de la famille est montré tel qu'écrit, jamais traduit.

support-staff-headline-new = 🗣 <b>Demande d'aide n° { $id }</b> · { $when }
support-staff-headline-no-coach = 📭 <b>Demande d'aide n° { $id }</b> · { $when }
    Pas de coach joignable pour cette personne : elle arrive directement aux coordinateurs.
support-staff-headline-escalated-urgent = ⏰ <b>Demande URGENTE n° { $id } non lue à temps</b> · envoyée { $when }
    Transmise à tous les coordinateurs.
support-staff-headline-escalated-day = ⏰ <b>Demande n° { $id } non lue depuis un jour</b> · envoyée { $when }
    Transmise à tous les coordinateurs.
support-staff-who = Ménage <b>{ $label }</b>, membre { $position } ({ $language }) · coach : { $coach }
support-staff-who-none = Une personne sans ménage dans le bot ({ $language }).
support-staff-kind = Demande : { $kind }
support-staff-kind-coach = parler à son coach
support-staff-kind-psychological = aide psychologique indépendante
support-staff-kind-child = aide pour un enfant
support-staff-kind-urgent = urgent, aujourd'hui
support-staff-urgent = 🚨 <b>Urgent, aujourd'hui</b>
support-staff-message =
    Message de la famille, tel qu'écrit, non traduit (écrit en lisant le bot en { $language }) :
    <blockquote>{ $text }</blockquote>
support-staff-voice = 🎤 Un message vocal de la famille, { $seconds } secondes, non transcrit (dit en lisant le bot en { $language }) ; il vous est arrivé comme message vocal.
support-staff-no-message = Pas de message écrit.
support-staff-message-deleted = Le message a été effacé (durée de conservation passée).
support-staff-button-ack = ✅ Lu
support-staff-button-reply = ✍️ Répondre
support-staff-button-refer = 🤝 Orienter vers un service
support-staff-button-free-text = ✍️ Écrire ma réponse (non traduite)
support-staff-button-back = ⬅️ Retour à la demande
support-staff-acknowledged = ✅ Demande n° { $id } marquée comme lue ; la famille est prévenue.
support-staff-choose-reply = Répondre à la demande n° { $id } : une phrase (la famille la reçoit dans sa langue) ou votre propre texte (envoyé tel quel, non traduit).
support-staff-ask-reply = Tapez votre réponse. Elle sera envoyée telle quelle, marquée comme vos propres mots, non traduits.
support-staff-reply-invalid = La réponse doit faire de 1 à { $limit } caractères. Réessayez :
support-staff-replied = 📤 Réponse envoyée à la famille (demande n° { $id }).
support-staff-choose-service = Orienter la demande n° { $id } vers quel service ? La famille reçoit sa description dans sa langue.
support-staff-service-ulysse = Ulysse (séjour précaire, interprètes)
support-staff-service-exil = Exil (torture, violence organisée)
support-staff-service-solentra = Solentra (enfants réfugiés, sur orientation)
support-staff-service-lines = Lignes d'écoute (1813, 0800 32 123, 106, 107)
support-staff-service-children = Lignes pour enfants (102, 103, 116 000)
support-staff-status-unread = État : pas encore lue.
support-staff-status-read = État : ✅ lue.
support-staff-status-replied = État : 💬 réponse envoyée.
support-staff-status-referred = État : 🤝 orientée vers { $service }.
support-staff-withdrawn = ↩️ La demande n° { $id } a été retirée par la famille : elle n'attend plus de réponse.
support-staff-gone = La demande n° { $id } a été retirée par la famille.
