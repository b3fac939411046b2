# Rien de ce qu'une famille envoie ne se perd : brouillons de demandes d'aide gardés 30 minutes,
# et avis au coach (ou aux coordinateurs) quand un message n'a pas pu arriver. HTML Telegram uniquement.
# Les valeurs { $... } sont remplies par le bot. Textes pas encore relus par une personne.

support-privacy-drafts = • Une demande d'aide que vous écrivez et n'avez pas encore envoyée : gardée 30 minutes, pour qu'un redémarrage du bot ne la perde pas.
support-mydata-draft = • Une demande d'aide pas encore envoyée : effacée { $minutes } minutes après que vous l'avez commencée
support-mydata-held = • Un message vocal que vous pouvez encore envoyer à une personne : effacé après { $minutes } minutes

# Au coach du foyer : quel membre (jamais un nom) et quel genre de message n'est pas arrivé.
undelivered-notice = ⚠️ <b>{ $label }</b>, membre { $position } ({ $language }) n'a pas pu être joint et n'a pas reçu : { $what }. Voyez la famille en personne.
# Aux coordinateurs, quand un coach n'a pas pu être joint.
undelivered-staff-notice = ⚠️ { $name } n'a pas pu être joint et n'a pas reçu : { $what }.
# Ajouté à l'avis « membre injoignable » ; ce qui n'est pas arrivé.
undelivered-what-line = Pas arrivé : { $what }
undelivered-what-appointment = un message sur un rendez-vous
undelivered-what-request = un message sur une demande d'aide
undelivered-what-message = un message du coach
undelivered-what-notice = un avis du bot
