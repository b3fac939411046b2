# Demandes d'aide : parler à quelqu'un, avec l'accord de la famille. Lu par les familles.
# HTML Telegram : <b>, <i>, <u>, <a href="...">, <code>, <blockquote>. Les valeurs { $... } sont remplies par le bot.
# Numéros : seulement ceux de FACTS.md, section 6.

command-talk = Parler à quelqu'un
command-requests = Mes demandes d'aide

support-talk-button = 🗣 J'aimerais parler à quelqu'un
support-question-button = 📨 Envoyer ma question à mon coach

# Envoyé d'abord, toujours, quoi qu'il arrive ensuite.
support-crisis =
    <b>Si c'est grave ou urgent, appelez tout de suite.</b> Gratuit.
    • 112 : danger immédiat, urgence
    • 1813 : Zelfmoordlijn. En néerlandais, 24 h sur 24, aussi par chat.
    • 0800 32 123 : Centre de Prévention du Suicide. En français, 24 h sur 24. Consultations aussi en anglais, arabe et espagnol.
    • 106 : Tele-Onthaal. En néerlandais.
    • 107 : Télé-Accueil. En français.
    Pour les enfants :
    • 102 : Awel. En néerlandais.
    • 103 : Écoute-Enfants. En français.
    • 116 000 : Child Focus.

support-ask-kind = Quelle aide voulez-vous ?
support-kind-coach = 👤 Parler à mon coach
support-kind-psychological = 🧠 Aide psychologique indépendante
support-kind-child = 🧒 Aide pour un enfant
support-kind-urgent = 🚨 Urgent, aujourd'hui
support-button-cancel = ✖️ Annuler
support-cancelled = Annulé. Rien n'a été envoyé et rien n'a été gardé.
support-draft-gone = Cette demande n'a pas été envoyée (elle est trop ancienne ou le bot a redémarré). Recommencez, s'il vous plaît.
support-button-skip = ➡️ Pas de message
support-ask-message =
    Vous pouvez écrire un message, dans votre langue ou dans une autre.
    Ou touchez « Pas de message ».
support-message-too-long = Le message doit faire { $limit } caractères au plus. Raccourcissez-le et envoyez-le de nouveau, s'il vous plaît.

support-reader-coach = votre coach, <b>{ $coach }</b>, qui travaille pour l'Office des Étrangers
support-reader-coordinators = les coordinateurs des coachs (vous n'avez pas de coach joignable par ce bot)
support-nobody =
    Personne ne peut recevoir une demande par ce bot pour le moment. Rien n'a été envoyé ni gardé.
    Utilisez les numéros ci-dessus, ou parlez à votre coach quand vous le voyez.

support-consent =
    <b>Avant d'envoyer, vérifiez :</b>
    Aide demandée : { $kind }
    { $message }

    <b>Qui va le lire :</b> { $reader }.
    <b>Ce qui est gardé :</b> le type d'aide, votre message et la date. Votre message est effacé { $days } jours après la fin de la demande. /requests montre vos demandes ; /forget efface tout.

    Rien n'est envoyé avant que vous touchiez « Envoyer ».
support-consent-message =
    Votre message :
    <blockquote>{ $text }</blockquote>
support-consent-no-message = Pas de message.
support-consent-independent = Votre coach peut vous orienter vers un service indépendant (Ulysse, Exil, Solentra) ou une ligne d'écoute.
support-button-send = 📤 Envoyer

support-receipt =
    ✅ Votre demande n° { $id } est enregistrée. Elle sera lue par { $reader }.
    Vous recevrez un message ici quand quelqu'un l'aura lue.
    Tant qu'elle n'est pas lue, vous pouvez la retirer : /requests
support-button-requests = 📋 Mes demandes

support-status-unread = ⏳ pas encore lue
support-status-read = 👀 lue
support-status-replied = 💬 réponse envoyée
support-status-referred = 🤝 service proposé
support-status-withdrawn = ↩️ retirée
support-requests-none = Vous n'avez pas envoyé de demande d'aide.
support-requests-title = <b>Vos demandes d'aide</b>
support-requests-item = • Demande n° { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ Retirer la demande n° { $id }
support-button-withdraw-yes = ↩️ Oui, retirer
support-button-keep = Garder
support-withdraw-confirm = Retirer la demande n° { $id } ? Elle ne sera pas lue.
support-withdraw-too-late = Cette demande a déjà été lue ou retirée : elle ne peut plus être retirée.
support-withdrawn = ↩️ Demande n° { $id } retirée. Si elle était déjà arrivée sur le téléphone de la personne, celle-ci est prévenue qu'elle est retirée.

support-family-read =
    👀 Votre demande n° { $id } a été lue par { $by ->
        [coach] votre coach
       *[coordinator] un coordinateur
    }.
support-family-reply-phrase =
    💬 Réponse à votre demande n° { $id }, de { $by ->
        [coach] votre coach
       *[coordinator] un coordinateur
    } :
    { $phrase }
support-family-reply-text =
    💬 Réponse à votre demande n° { $id }, écrite par { $by ->
        [coach] votre coach
       *[coordinator] un coordinateur
    } (ses propres mots, non traduits) :
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 Pour votre demande n° { $id }, { $by ->
        [coach] votre coach
       *[coordinator] un coordinateur
    } vous propose ce service indépendant :
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Bruxelles) : pour les personnes en séjour précaire. Gratuit, avec interprètes.
    Demandez à votre coach ou au médecin comment y aller.
support-service-exil =
    <b>Exil</b> (Bruxelles) : pour les personnes qui ont survécu à la torture ou à la violence organisée. Gratuit.
    Demandez à votre coach ou au médecin comment y aller.
support-service-solentra =
    <b>Solentra</b> (UZ Brussel) : pour les enfants réfugiés à partir de 2 ans et demi, et leur famille. Gratuit.
    Il faut être envoyé par un professionnel : demandez à votre coach ou au médecin.
support-service-lines =
    <b>Lignes d'écoute</b>, gratuites :
    • 1813 : Zelfmoordlijn. En néerlandais, 24 h sur 24, aussi par chat.
    • 0800 32 123 : Centre de Prévention du Suicide. En français, 24 h sur 24. Consultations aussi en anglais, arabe et espagnol.
    • 106 : Tele-Onthaal. En néerlandais.
    • 107 : Télé-Accueil. En français.
support-service-children =
    <b>Lignes pour les enfants</b>, gratuites :
    • 102 : Awel. En néerlandais.
    • 103 : Écoute-Enfants. En français.
    • 116 000 : Child Focus.

support-not-allowed = ⛔ Cette demande ne fait pas partie des vôtres. Rien n'a été fait.

support-privacy-notice = • Vos demandes d'aide, si vous en envoyez : le type d'aide, votre message et les dates. Pour que votre coach (ou un coordinateur) puisse vous répondre. Votre coach travaille pour l'Office des Étrangers.
support-privacy-retention = • Le message d'une demande d'aide est effacé { $days } jours après la fin de la demande.
support-mydata-title = <b>Demandes d'aide</b>
support-mydata-item = • Demande n° { $id } : { $kind }
support-mydata-item-with-text = • Demande n° { $id } : { $kind }, avec votre message

## Voice notes

support-voice-outside = Je ne peux pas écouter les messages vocaux. Voulez-vous envoyer ce message vocal à une personne ?
support-voice-send-button = 📨 L'envoyer à une personne
support-voice-crisis-button = 🆘 Numéros d'urgence
support-voice-too-long = Un message vocal peut durer { $minutes } minutes au plus. Envoyez-en un plus court, ou écrivez.
support-consent-voice = Votre message vocal : { $seconds } secondes. Seule la personne nommée plus bas l'entendra. Personne ne l'écrit ni ne le traduit.
support-mydata-item-with-voice = • Demande n° { $id } : { $kind }, avec un message vocal de { $seconds } secondes
support-ask-voice = 🎤 Vous pouvez aussi envoyer un message vocal.
