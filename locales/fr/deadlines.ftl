# Après une décision : le dernier jour pour agir, les rappels, la carte de l'avocat. Lu par les familles.
# Faits seulement de FACTS.md §3 et §8. Ne jamais dire « vous avez encore le temps ». Les dates viennent du bot.
# HTML Telegram seulement. Le bot remplit les valeurs { $... }.

command-deadline = Dernier jour après une décision

deadlines-button-received = 📄 J'ai reçu une décision
deadlines-button-cancel = ✖️ Annuler
deadlines-cancelled = Annulé. Rien n'a été enregistré.
deadlines-stale = Ce bouton n'est plus valable. Recommencez avec /deadline.
deadlines-unavailable = <b>⚠️ Contactez votre avocat aujourd'hui.</b> Le bot ne peut pas compter les jours pour le moment.

deadlines-ask-kind =
    <b>De quelle décision s'agit-il ?</b> Regardez le haut de la feuille (l'en-tête) :
    • Office des étrangers : «Office des Étrangers» / «Dienst Vreemdelingenzaken» (par exemple un ordre de quitter le territoire)
    • CGRA, asile : «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRA, nouvelle demande d'asile (ultérieure) déclarée irrecevable : le même en-tête, avec «demande ultérieure» / «volgend verzoek»
    • Arrêt : «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Office des étrangers (OE / DVZ)
deadlines-kind-cgrs = Décision d'asile du CGRA (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRA : nouvelle demande irrecevable
deadlines-kind-cce-judgment = Arrêt du CCE / RvV
deadlines-kind-unknown = Je ne sais pas

deadlines-ask-second = Est-ce une <b>deuxième mesure d'éloignement (ou suivante)</b> ? C'est-à-dire : avez-vous déjà reçu avant un ordre de quitter le territoire ou une décision d'éloignement ?
deadlines-answer-yes = Oui
deadlines-answer-no = Non
deadlines-answer-unknown = Je ne sais pas

deadlines-ask-how = <b>Quand et comment la décision vous est-elle parvenue ?</b>
deadlines-how-today = Remise en main propre aujourd'hui
deadlines-how-yesterday = Remise en main propre hier
deadlines-how-other-day = Remise un autre jour
deadlines-how-registered = Par lettre recommandée
deadlines-how-letter = Par lettre ordinaire
deadlines-how-unknown = Je ne sais pas

deadlines-ask-date-in-person = Quel jour vous a-t-elle été remise (ou avez-vous refusé de la prendre) ?
deadlines-ask-date-registered = Quel jour la lettre recommandée vous a-t-elle été présentée (le jour où le facteur est passé) ?
deadlines-ask-date-letter = Quel jour indique le cachet de la poste ? Si vous ne savez pas, choisissez la date écrite sur la décision. Pas le jour où elle est arrivée.
deadlines-date-unknown = Je ne connais pas la date

deadlines-ask-house = Viviez-vous dans la maison de retour quand vous l'avez reçue ?
deadlines-house-yes = Oui, dans la maison de retour
deadlines-house-no = Non

deadlines-contact-lawyer = <b>⚠️ Contactez votre avocat aujourd'hui.</b>
deadlines-card = 👩‍⚖️ Votre avocat : <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = Vous ne savez pas de quelle décision il s'agit. Voici donc la règle la plus courte : { $days } jours, comptés à partir du lendemain de la remise.
deadlines-shortest-date = Vous ne connaissez pas la date. Voici donc la règle la plus courte : { $days } jours, comptés comme si la décision avait été remise aujourd'hui. Si c'était plus tôt, le dernier jour est plus tôt.
deadlines-at-latest =
    • <b>{ $remedy }</b> : au plus tard le <b>{ $day }</b> ({ $days } jours)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b> : pas de délai.
    { $rule } [{ $sources }]
deadlines-decision-counts = Si la décision elle-même indique un délai plus court, c'est celui-là qui compte. Votre avocat confirme le jour exact.
deadlines-unreviewed = <i>Ces dates ont été calculées avec des règles qu'aucun avocat n'a encore vérifiées.</i>

deadlines-remedy-cce-appeal = Recours au CCE / RvV
deadlines-remedy-extreme-urgency = Suspension en extrême urgence (CCE / RvV)
deadlines-remedy-cgrs-appeal = Recours au CCE / RvV contre la décision du CGRA
deadlines-remedy-cgrs-subsequent-appeal = Recours au CCE / RvV contre l'irrecevabilité
deadlines-remedy-council-of-state = Recours au Conseil d'État
deadlines-remedy-council-chamber = Requête de mise en liberté à la chambre du conseil

deadlines-rule-cce-appeal-detained = 10 jours à partir du lendemain de la notification : une maison de retour compte comme détention.
deadlines-rule-cce-appeal = 30 jours à partir du lendemain de la notification, si vous n'êtes pas détenus.
deadlines-rule-extreme-urgency = 10 jours à partir du lendemain de la notification de la mesure d'éloignement.
deadlines-rule-extreme-urgency-second-removal = 5 jours à partir du lendemain de la notification d'une deuxième mesure d'éloignement (ou suivante).
deadlines-rule-cgrs-appeal-detained = 10 jours en détention (une maison de retour compte). Les pages officielles se contredisent : le CGRA indique le délai dans la décision elle-même.
deadlines-rule-cgrs-appeal = 30 jours calendrier à partir du lendemain de la notification, si vous n'êtes pas détenus.
deadlines-rule-cgrs-subsequent-appeal-detained = 5 jours en détention (une maison de retour compte).
deadlines-rule-cgrs-subsequent-appeal = 10 jours, si vous n'êtes pas détenus.
deadlines-rule-council-of-state = 30 jours à partir du lendemain de la notification de l'arrêt. Le texte de loi n'a pas été trouvé : demandez à votre avocat.
deadlines-rule-council-chamber = Votre avocat peut l'introduire à tout moment, et à nouveau chaque mois. La chambre du conseil décide dans les 5 jours ouvrables.

deadlines-button-lawyer-has-it = ✅ Mon avocat s'en occupe
deadlines-button-tell-coach = 📣 Prévenir mon coach (le coach travaille pour l'Office des étrangers)
deadlines-button-card = 👩‍⚖️ La carte de mon avocat
deadlines-button-cannot-reach = ☎️ Je n'arrive pas à joindre mon avocat
deadlines-another = Avez-vous reçu une autre décision ?

deadlines-reminder-head = ⏰ <b>Rappel : une décision.</b>
deadlines-by-coach = 📄 <b>Votre coach a enregistré une décision pour votre ménage.</b>
deadlines-stopped = ✅ C'est noté : votre avocat s'en occupe. Les rappels s'arrêtent pour tout votre ménage.
deadlines-state-lawyer = ✅ Votre avocat s'en occupe : plus de rappels.
deadlines-state-passed = Ce dernier jour est passé. Demandez à votre avocat ce qui est encore possible.
deadlines-coach-told = 📣 Votre coach a été prévenu. Rappel : le coach travaille pour l'Office des étrangers, il n'est pas votre avocat.
deadlines-no-coach = Vous n'êtes relié·e à aucun coach dans ce bot : personne n'a été prévenu.

deadlines-card-none = Aucune carte d'avocat n'est enregistrée. Vous pouvez enregistrer le nom de votre avocat et son téléphone ou son e-mail : ils s'affichent alors ici, sur la page de l'avocat et dans les rappels. C'est facultatif, et vous pouvez la supprimer à tout moment.
deadlines-card-about = Tout votre ménage voit cette carte. Vous pouvez la changer ou la supprimer à tout moment.
deadlines-button-card-edit = ✏️ Enregistrer ou changer
deadlines-button-card-delete = 🗑 Supprimer
deadlines-card-ask-name = Écrivez le nom de votre avocat.
deadlines-card-ask-contact = Écrivez maintenant le numéro de téléphone ou l'adresse e-mail de votre avocat.
deadlines-card-bad-name = Écrivez un nom de 80 caractères au plus, s'il vous plaît.
deadlines-card-bad-contact = Ce n'est ni un numéro de téléphone ni une adresse e-mail. Un numéro de téléphone a des chiffres, avec + et des espaces si vous voulez, par exemple +32 2 123 45 67. Écrivez-le à nouveau.
deadlines-card-saved = ✅ Enregistré.
deadlines-card-deleted = 🗑 La carte de l'avocat est supprimée.

deadlines-cannot-reach =
    <b>Vous n'arrivez pas à joindre votre avocat ?</b>
    • Un avocat gratuit (« pro deo ») est désigné par le bureau d'aide juridique de chaque barreau : le <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    • Les étrangers sont présumés y avoir droit pour les procédures de séjour et les recours ; les mineurs y ont toujours droit.
    • Adressez-vous au BAJ/BJB, ou allez directement chez un avocat, qui demande à être désigné.
    Vous pouvez aussi demander de l'aide ci-dessous : votre coach (ou les coordinateurs) la lira.

deadlines-button-register = 📄 Enregistrer une décision
deadlines-coach-pick = Pour quel ménage enregistrez-vous une décision ?
deadlines-coach-registered = ✅ Enregistré. Chaque membre du ménage est prévenu maintenant, dans sa langue, et reçoit un rappel chaque jour.
deadlines-coach-notice = 📄 Le ménage { $label } (membre { $position }, { $language }) a enregistré une décision et a demandé que vous soyez prévenu. Dernier jour, au plus tard : { $day }.

deadlines-mydata-title = <b>Décisions et carte de l'avocat</b>
deadlines-mydata-item = • { $kind } : dernier jour au plus tard le { $day } ({ $state })
deadlines-mydata-state-open = rappels en cours
deadlines-mydata-state-lawyer = votre avocat s'en occupe
deadlines-mydata-state-passed = passé
deadlines-privacy-notice = • <b>Décisions :</b> si vous enregistrez une décision, le bot garde seulement vos réponses à ses boutons (ce que c'est, la date, comment elle vous est parvenue, dans la maison ou non) et le dernier jour, pour le rappeler à tout votre ménage. La carte de votre avocat (nom, téléphone ou e-mail) si vous en enregistrez une. Votre coach n'est prévenu que si vous appuyez sur « prévenir mon coach ». /forget supprime ce que vous avez enregistré.
deadlines-privacy-retention = • Une décision est supprimée { $days } jours après son dernier jour.
