# Pages d'information de family_bot (texte de référence).
# Un message « page-ID » par page de content/topics.toml ; .title = le bouton (24 caractères au plus).
# Corps : HTML Telegram (b, i, u, a, code, blockquote). Pas d'accolades, pas de variables.

## house

page-house =
    <b>La maison de retour</b>
    Vous vivez avec votre famille dans une maison ouverte de l'Office des Étrangers.
    Un coach vous accompagne.

    Choisissez un sujet ci-dessous.
    .title = 🏠 La maison

page-house-why =
    <b>Pourquoi vous êtes ici</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • Depuis 2008, les familles avec enfants mineurs ne vont plus en centre fermé. Elles vivent dans une maison de retour.
    • Une loi récente le dit aussi : les enfants ne peuvent pas être enfermés en centre fermé.
    • Attention : pour la loi, la maison de retour est quand même une <b>détention</b>. Votre famille a une décision de détention. C'est pour cela que les délais de recours sont courts.
    • Il y avait des maisons à Zulte, Tubize, Sint-Gillis-Waas, Tielt et Beauvechain. Cette liste a peut-être changé.
    .title = Pourquoi je suis ici

page-house-rules =
    <b>La vie dans la maison</b>
    • Vous pouvez sortir : courses, avocat, médecin, école des enfants.
    • <b>Un adulte doit toujours rester dans la maison.</b>
    • Les enfants vont à l'école du quartier.
    • Un médecin est disponible.
    • Les visites sont permises.
    • Chaque semaine, vous recevez de l'argent de poche. Vous recevez aussi des bons pour la nourriture et des articles de base.

    Les règles détaillées sont dans un arrêté royal du 14 mai 2009. Votre coach ou votre avocat peut vous les expliquer.
    .title = Les règles

page-house-next =
    <b>Et ensuite ?</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • Le séjour ici dure de quelques jours à plusieurs mois. En moyenne, environ 24 jours (chiffres 2008–2014).
    • Votre avocat peut demander votre libération à la chambre du conseil du tribunal correctionnel. C'est possible une fois par mois. La décision vient en 5 jours ouvrables.
    • Vous pouvez chercher un moyen de rester, ou préparer un retour. Voir « Rester en Belgique » et « Retour volontaire ».
    .title = Et ensuite ?

page-house-coach =
    <b>Votre coach</b>
    • Le coach travaille pour l'Office des Étrangers.
    • <b>Le coach n'est pas votre avocat.</b> Il ne fait pas de recours ni de demande pour vous. Cela, c'est vous et votre avocat.
    • Son rôle : préparer votre retour, <b>ou</b> vous accompagner pendant une procédure pour rester.
    • Il fait le lien avec les autorités, les ambassades, les avocats et les associations.
    • Il vous aide à comprendre les décisions et les procédures.

    Ce que vous envoyez au coach, le coach le lit. Voir « Vie privée ».
    .title = Le coach

## rights

page-rights =
    <b>Vos droits ici</b>
    Même ici, votre famille a des droits : école, soins, visites.

    Choisissez un sujet ci-dessous.
    .title = 📜 Vos droits

page-rights-school =
    <b>L'école</b>
    • Vos enfants vont à l'école du quartier.
    • Vous pouvez sortir pour les conduire à l'école.
    • Rappel : un adulte doit toujours rester dans la maison.
    • Une question sur l'école ? Demandez à votre coach.
    .title = L'école

page-rights-health =
    <b>La santé</b>
    • Un médecin est disponible.
    • Vous avez accès aux soins pour le corps et pour la santé mentale.
    • Vous pouvez sortir pour aller chez le médecin.
    • Vous vous sentez très mal ? Vous pouvez parler à quelqu'un. Voir « Parler à quelqu'un ».
    • Urgence : appelez le 112.

    Une maladie grave peut compter pour rester en Belgique. Parlez-en à votre avocat.
    .title = La santé

page-rights-language =
    <b>Comprendre et s'informer</b>
    • Vous ne comprenez pas une décision ou un document ? Dites-le.
    • Vous pouvez demander un interprète. Demandez à votre coach ou à votre avocat.
    • Le rôle du coach est aussi de vous aider à comprendre les décisions et les procédures.
    • L'arrêté royal de 2009 a des règles sur le téléphone et le courrier.
    • Internet : demandez à votre coach ce qui est possible ici.
    • Vous pouvez voir votre dossier. Voir « Voir mon dossier ».
    .title = Langue et internet

page-rights-visits =
    <b>Les visites</b>
    • Les visites sont permises.
    • Vous pouvez sortir pour voir votre avocat.
    • Des associations visitent les maisons de retour, par exemple JRS Belgium.
    • Les règles sur les visites sont dans l'arrêté royal du 14 mai 2009. Votre coach peut vous les expliquer.
    .title = Les visites

page-rights-complaints =
    <b>Un problème ? Une plainte ?</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Votre avocat peut vous dire ce que vous pouvez faire.

    Pour les droits des enfants :
    • Kinderrechtencommissariaat : 0800 20 808
    • Délégué général aux droits de l'enfant : <code>dgde@cfwb.be</code>

    Votre demande de dossier a reçu une réponse incomplète ? Vous pouvez vous adresser à la Commission d'accès aux documents administratifs (CADA). Voir « Voir mon dossier ».
    .title = Un problème

## file-access

page-file-access =
    <b>Voir mon dossier</b>
    <b>⚠️ Vous avez reçu une décision ? Contactez votre avocat tout de suite.</b>

    Vous avez le droit de voir les décisions et les documents de votre dossier. Vous pouvez en demander une copie. Votre avocat peut aussi la demander.

    Choisissez un sujet ci-dessous.
    .title = 📂 Voir mon dossier

page-file-access-how =
    <b>Demander mon dossier</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Votre avocat peut aussi demander le dossier pour vous.

    À l'Office des Étrangers :
    • Par écrit seulement, par e-mail. Pas par téléphone.
    • Écrivez à une de ces adresses :
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    • Sans avocat : ajoutez une preuve de votre identité.
    • Vous ne voulez pas tout le dossier ? Dites quels documents vous voulez.
    • Questions sur le contenu du dossier : <code>infodesk@ibz.fgov.be</code>

    C'est la loi du 11 avril 1994 sur la publicité de l'administration.
    .title = Comment demander

page-file-access-answer =
    <b>La réponse</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • L'Office des Étrangers doit répondre dans les 30 jours.
    • Vous recevez une copie électronique du dossier, ou des parties demandées.
    • La réponse est incomplète ? Vous pouvez vous adresser à la Commission d'accès aux documents administratifs (CADA). Votre avocat peut vous aider.
    .title = La réponse

page-file-access-cgrs =
    <b>Notes de l'entretien d'asile</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • Après votre entretien d'asile, vous pouvez demander une copie des notes de l'entretien au CGRA (Commissariat général aux réfugiés et aux apatrides).
    • Votre avocat reçoit une copie de toutes les lettres du CGRA.
    • Votre avocat peut être présent à l'entretien d'asile.
    .title = Notes d'entretien

page-file-access-gdpr =
    <b>Vos données personnelles</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • L'Office des Étrangers est responsable de vos données personnelles. C'est la loi européenne sur les données (RGPD).
    • Vous avez le droit d'accéder à vos données personnelles.
    • Comment faire : votre avocat peut vous le dire.
    .title = Données personnelles

## lawyer

page-lawyer =
    <b>Votre avocat</b>
    <b>⚠️ Vous avez reçu une décision ? Contactez votre avocat tout de suite.</b>

    Ici, les délais sont courts, car la maison de retour compte comme une détention.
    Vous pouvez avoir un avocat gratuit (pro deo).

    Choisissez un sujet ci-dessous.
    .title = 💼 Mon avocat

page-lawyer-role =
    <b>Ce que votre avocat peut faire</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    Votre avocat peut :
    • faire un recours au Conseil du contentieux des étrangers (CCE) ;
    • demander votre libération à la chambre du conseil ;
    • faire une nouvelle demande d'asile ou une demande de régularisation ;
    • demander votre dossier ;
    • être présent à votre entretien d'asile.
    .title = Ce qu'il peut faire

page-lawyer-free =
    <b>Un avocat gratuit (pro deo)</b>
    <b>⚠️ Vous avez reçu une décision ? Contactez un avocat tout de suite.</b>

    • L'aide juridique de deuxième ligne vous donne un avocat gratuit.
    • Le bureau d'aide juridique (BAJ) de chaque barreau l'organise.
    • Pour les procédures de séjour et les recours, les étrangers sont présumés y avoir droit. Les mineurs y ont toujours droit.
    • Comment : demandez au BAJ. Ou allez directement chez un avocat : l'avocat demande à être désigné pour vous.
    • Votre coach fait aussi le lien avec les avocats.
    .title = Avocat gratuit

page-lawyer-deadlines =
    <b>Les délais</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts, car la maison de retour compte comme une détention.

    • Décision de l'Office des Étrangers (ex. : ordre de quitter) : <b>10 jours</b> (30 hors détention). En principe, ce recours ne bloque pas l'éloignement.
    • Extrême urgence : 10 jours après la notification ; 5 jours pour une 2e décision d'éloignement ou plus. Ce recours bloque l'éloignement s'il est imminent.
    • Décision d'asile du CGRA : <b>10 jours</b> (30 hors détention) ; 5 jours pour une demande ultérieure irrecevable.
    • Conseil d'État : 30 jours ; ne bloque pas l'éloignement.

    Votre avocat connaît le délai exact pour votre cas.
    .title = Les délais

page-lawyer-coach =
    <b>Coach ou avocat ?</b>
    • Le coach travaille pour l'Office des Étrangers. <b>Le coach n'est pas votre avocat.</b>
    • Le coach ne fait aucune procédure pour vous.
    • Les démarches (recours, demandes) : c'est vous et votre avocat.
    • Le coach peut faire le lien avec votre avocat et vous aider à comprendre les décisions.
    .title = Coach ou avocat ?

## stay

page-stay =
    <b>Rester en Belgique</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    Il existe plusieurs façons de demander à rester. Chacune a ses conditions. Votre avocat peut vous dire ce qui est possible pour vous.
    Le coach peut aussi vous accompagner pendant une procédure pour rester.

    Choisissez un sujet ci-dessous.
    .title = 📝 Rester en Belgique

page-stay-asylum =
    <b>Nouvelle demande d'asile</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • Vous pouvez faire une nouvelle demande d'asile (demande ultérieure) à l'Office des Étrangers.
    • Il faut des éléments nouveaux. Il faut aussi dire pourquoi vous ne les avez pas donnés avant.
    • Le CGRA décide d'abord si la demande est recevable : environ 10 jours ouvrables, 2 jours en détention.
    .title = Nouvel asile

page-stay-9bis =
    <b>Régularisation humanitaire (9bis)</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • C'est une demande exceptionnelle. L'administration décide librement.
    • Il faut : un document d'identité, une adresse et des circonstances exceptionnelles.
    • Il y a des frais administratifs : environ 350 à 360 € par adulte.
    • Votre avocat peut vous dire si c'est possible pour vous.
    .title = Humanitaire (9bis)

page-stay-9ter =
    <b>Raison médicale (9ter)</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • Pour une maladie grave qui ne peut pas être bien soignée dans votre pays d'origine.
    • Demande par lettre recommandée à l'Office des Étrangers, avec le certificat médical type (un formulaire officiel).
    • Votre avocat peut vous dire comment faire.
    .title = Médical (9ter)

page-stay-family =
    <b>Regroupement familial</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • Le regroupement familial est une autre façon de rester (articles 10, 10bis, 40bis et 40ter de la loi sur les étrangers).
    • Les conditions sont plus strictes depuis le 18 août 2025.
    • Votre avocat peut vous dire si vous remplissez les conditions.
    .title = Famille

page-stay-stateless =
    <b>Apatridie</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • Vous n'avez la nationalité d'aucun pays ? Vous êtes peut-être apatride.
    • Le tribunal de la famille peut vous reconnaître apatride.
    • Depuis le 1er septembre 2024, une procédure administrative peut aussi donner un titre de séjour.
    • Votre avocat peut vous dire comment faire.
    .title = Apatridie

## return

page-return =
    <b>Retour volontaire</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    Fedasil a un programme d'aide au retour volontaire. Il est ouvert à tous.
    <b>Vous êtes toujours libre de décider de ne pas partir.</b>
    Vous pouvez en parler avec votre coach ou votre avocat.

    Choisissez un sujet ci-dessous.
    .title = 🧳 Retour volontaire

page-return-offer =
    <b>Ce que le programme offre</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • Le voyage est gratuit (avec l'OIM ou Fedasil).
    • Les frais de documents de voyage sont remboursés.
    • Une prime de départ.
    • Une aide à la réintégration en nature, par l'OIM ou Caritas. Elle doit être utilisée dans les 12 mois.
    • Les autorités de votre pays ne sont pas prévenues avant votre arrivée.

    Vous êtes toujours libre de décider de ne pas partir.
    .title = Ce qui est offert

page-return-how =
    <b>Comment demander</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • Numéro gratuit : 0800 32 745
    • Guichets retour : Bruxelles, Gand, Anvers, Liège, Charleroi.
    • Ou une organisation partenaire.
    • Vous pouvez aussi en parler avec votre coach.

    Vous êtes toujours libre de décider de ne pas partir.
    .title = Comment demander

page-return-limits =
    <b>Limites de l'aide</b>
    <b>⚠️ Contactez votre avocat tout de suite.</b> Ici, les délais sont courts.

    • Certaines nationalités ne reçoivent plus d'aide à la réintégration. Exemple : le Brésil, depuis le 1er décembre 2025.
    • Demandez ce qui vaut pour votre pays : au 0800 32 745, à un guichet retour ou à votre avocat.

    Vous êtes toujours libre de décider de ne pas partir.
    .title = Limites de l'aide

## support

page-support =
    <b>Parler à quelqu'un</b>
    Vous avez peur, vous êtes triste ou épuisé ? Vous pouvez demander de l'aide.
    Dans la maison, vous avez accès aux soins de santé mentale.
    Les services ci-dessous sont gratuits.

    <b>Danger immédiat : appelez le 112.</b>

    Choisissez un sujet ci-dessous.
    .title = 💬 Parler à quelqu'un

page-support-crisis =
    <b>Lignes d'écoute</b>
    Gratuites.
    • 112 : urgence
    • 1813 : Zelfmoordlijn. En néerlandais, 24 h sur 24, aussi par chat.
    • 0800 32 123 : Centre de Prévention du Suicide. En français, 24 h sur 24. Consultations aussi en anglais, arabe et espagnol.
    • 106 : Tele-Onthaal. En néerlandais.
    • 107 : Télé-Accueil. En français.
    .title = Lignes d'écoute

page-support-children =
    <b>Pour les enfants</b>
    Gratuit.
    • 102 : Awel. En néerlandais.
    • 103 : Écoute-Enfants. En français.
    • 116 000 : Child Focus.

    Droits de l'enfant :
    • Kinderrechtencommissariaat : 0800 20 808
    • Délégué général aux droits de l'enfant : <code>dgde@cfwb.be</code>
    .title = Pour les enfants

page-support-exiles =
    <b>Aide pour les personnes exilées</b>
    Gratuit.
    • Ulysse (Bruxelles) : pour les personnes en séjour précaire. Avec interprètes.
    • Exil (Bruxelles) : pour les personnes qui ont survécu à la torture ou à la violence organisée.
    • Solentra (UZ Brussel) : pour les enfants réfugiés à partir de 2 ans et demi, et leur famille. Il faut être envoyé par un professionnel.

    Demandez à votre coach ou au médecin comment y aller.
    .title = Aide aux exilés

## contacts

page-contacts =
    <b>Contacts utiles</b>
    <b>Urgence : 112</b>

    Choisissez un sujet ci-dessous.
    .title = 📞 Contacts utiles

page-contacts-emergency =
    <b>Numéros d'urgence et d'écoute</b>
    Gratuits.
    • 112 : urgence
    • 1813 : Zelfmoordlijn (néerlandais)
    • 0800 32 123 : Centre de Prévention du Suicide (français)
    • 106 : Tele-Onthaal (néerlandais)
    • 107 : Télé-Accueil (français)
    • 102 : Awel, pour les enfants (néerlandais)
    • 103 : Écoute-Enfants (français)
    • 116 000 : Child Focus
    .title = Urgence

page-contacts-children =
    <b>Droits de l'enfant</b>
    • Kinderrechtencommissariaat : 0800 20 808
    • Délégué général aux droits de l'enfant : <code>dgde@cfwb.be</code>
    .title = Droits de l'enfant

page-contacts-ngos =
    <b>Associations (ONG)</b>
    • JRS Belgium : visite les maisons de retour.
    • CIRÉ
    • Vluchtelingenwerk Vlaanderen
    • Caritas International
    • Nansen
    • Myria

    Votre coach fait le lien avec les associations. Il peut vous aider à les contacter.
    .title = Associations

page-contacts-offices =
    <b>Office des Étrangers et Fedasil</b>
    Demander votre dossier (par e-mail) :
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    Questions sur le contenu du dossier :
    <code>infodesk@ibz.fgov.be</code>

    Retour volontaire (Fedasil) :
    • Numéro gratuit : 0800 32 745
    • Guichets retour : Bruxelles, Gand, Anvers, Liège, Charleroi.
    .title = Office et Fedasil

## appointments

page-appointments =
    <b>Mes rendez-vous</b>
    Bientôt, votre coach pourra envoyer vos rendez-vous dans ce bot.
    Vous les verrez sur cette page.
    Ce n'est pas encore possible.
    .title = 📅 Rendez-vous

## privacy

page-privacy =
    <b>Vie privée</b>
    Le bot garde :
    • la langue que vous avez choisie ;
    • quand votre coach vous a relié : l'étiquette de votre famille ;
    • les messages que vous choisissez d'envoyer à votre coach.
    Pourquoi : pour vous parler dans votre langue et transmettre vos messages.

    Qui peut les lire : votre coach, qui travaille pour l'Office des Étrangers, et les coordinateurs.
    Pour votre défense, parlez à votre avocat.

    Pour effacer vos données : envoyez /forget.
    Le bot ne décide rien.
    .title = 🔒 Vie privée
