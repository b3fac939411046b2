# Pages lues à voix haute : ce que voient les voix et les coordinateurs. Pas encore relu par une personne.
# HTML de Telegram uniquement. Les valeurs { $... } sont remplies par le bot.

recordings-voice-welcome =
    Bienvenue, { $name }. Vous lisez des pages à voix haute en : { $languages }.
    Envoyez /record pour voir les pages et en enregistrer une. Une autre personne qui lit la langue l'écoutera avant que les familles l'entendent.
recordings-invite-invalid = Cette invitation de voix n'est pas valable (déjà utilisée ou expirée). Demandez-en une nouvelle à la coordination.
recordings-not-allowed = Vous ne pouvez pas faire ceci.
recordings-choose-language = Dans quelle langue voulez-vous enregistrer ?
recordings-page-list =
    <b>Pages en { $language }</b>
    ⚪ pas enregistrée · 🟡 en attente d'approbation · 🟢 approuvée · 🟠 le texte a changé, à refaire
recordings-read-this =
    <b>Lisez cette page à voix haute : { $title } ({ $language })</b>
    { $state ->
        [approved] Elle a déjà un enregistrement approuvé ; un nouveau le remplace une fois approuvé.
        [recorded] Un enregistrement attend d'être approuvé ; vous pouvez en envoyer un nouveau.
        [stale] Le texte a changé depuis le dernier enregistrement : lisez-le à nouveau, s'il vous plaît.
       *[none] Elle n'a pas encore d'enregistrement.
    }
    Lisez le texte ci-dessous exactement comme il est écrit, puis envoyez un message vocal (au plus { $minutes } minutes).
recordings-back-button = ⬅️ Toutes les pages
recordings-list-button = 📋 Toutes les pages
recordings-stored = Merci. Votre enregistrement de « { $title } » est gardé et envoyé pour approbation.
recordings-stored-nobody = Merci. Votre enregistrement de « { $title } » est gardé. Personne ne peut encore l'approuver : prévenez la coordination.
recordings-refused-too-long = Cet enregistrement est trop long : { $minutes } minutes au plus. Relisez la page et envoyez un message vocal plus court. Rien n'a été gardé.
recordings-refused-video = Un message vidéo ne peut pas être un enregistrement. Envoyez un message vocal (gardez le doigt sur le micro). Rien n'a été gardé.
recordings-refused-not-audio = Seul un message vocal, ou un fichier audio OGG ou MP3, peut être un enregistrement. Envoyez un message vocal. Rien n'a été gardé.
recordings-refused-unreadable = Telegram ne trouve pas ce fichier. Enregistrez à nouveau le message vocal et envoyez-le. Rien n'a été gardé.
recordings-approve-ask =
    <b>Nouvel enregistrement à vérifier</b> : « { $title } » en { $language }, { $seconds } secondes, lu par { $name }.
    Écoutez : dit-il exactement ce que dit la page, clairement ?
recordings-approve-button = ✅ Approuver
recordings-redo-button = 🔁 À refaire
recordings-decided-approved = Approuvé : les familles qui lisent « { $title } » peuvent maintenant l'écouter.
recordings-decided-redo = Renvoyé : la voix est invitée à enregistrer à nouveau « { $title } ».
recordings-already-decided = Quelqu'un a déjà décidé pour cet enregistrement.
recordings-told-approved = Votre enregistrement de « { $title } » est approuvé : les familles peuvent l'écouter.
recordings-told-redo = Votre enregistrement de « { $title } » est à refaire. Envoyez /record pour le lire encore une fois.
recordings-mydata-title = <b>Lecture de pages à voix haute</b>
recordings-mydata-voice = Vous êtes une voix : { $name }, pour { $languages }.
recordings-mydata-item = • { $page } en { $language } : { $seconds } secondes ({ $state })
recordings-studio-uploaded = <b>Enregistrement de studio en ligne</b> : « { $title } » en { $language }, lu par { $name }, approuvé par { $approver } (content/audio.toml). Les familles peuvent l'écouter.
