# Vie privée : ce que le bot garde sur une personne, sa copie (/mydata), l'effacement (/forget),
# le contrôle des envois en rafale et les groupes. HTML Telegram uniquement.
# Les valeurs { $... } sont remplies par le bot.

## /privacy
# $stored : une ligne par sorte de données (privacy-notice-* ci-dessous et celles des autres fonctions).
# $retention : une ligne par durée de conservation.
privacy-text =
    <b>🔒 Vos données dans ce bot</b>

    <b>Ce que le bot garde, et pourquoi</b>
    { $stored }
    Le bot ne garde pas votre nom, votre numéro de téléphone, vos photos ou fichiers, ni le texte que vous lui écrivez. Il lit ce que vous écrivez seulement pour y répondre.
    Seul un message que vous choisissez d'envoyer à votre coach est gardé, comme indiqué ci-dessus.

    <b>Pendant combien de temps</b>
    { $retention }

    <b>Qui peut les voir</b>
    Vous, avec /mydata. L'équipe qui fait fonctionner le bot ({ -bot-operator }) peut voir les données gardées quand elle entretient le bot. Les journaux techniques du bot ne contiennent jamais ce que vous écrivez, votre nom ou votre numéro de téléphone.

    <b>Comment les effacer</b>
    /forget efface tout ce que le bot garde sur vous, en une fois.
privacy-notice-member = • Votre langue et les dates de votre premier et de votre dernier message : pour vous écrire dans votre langue, et pour effacer vos données quand vous n'utilisez plus le bot.
privacy-notice-inbox = • Ce que vous envoyez, le temps que le bot y réponde (un instant ; plus longtemps si le bot était arrêté) : ensuite le texte est effacé. Personne ne le lit là.
privacy-retention-inactive = • Si vous n'écrivez pas au bot pendant { $days } jours, tout ce qu'il garde sur vous est effacé.

## /mydata

privacy-mydata-title = <b>Ce que le bot garde sur vous</b>
privacy-mydata-nothing = Le bot ne garde rien sur vous.
privacy-mydata-language = Langue : { $language }
privacy-mydata-first-seen = Premier message : { $date }
privacy-mydata-last-seen = Dernier message : { $date }
privacy-mydata-see-file = { $section } : voir le fichier ci-dessous.
privacy-mydata-file = Le fichier ci-dessous contient la même chose, dans un format lisible par un ordinateur (JSON).
privacy-mydata-too-long = Il y a trop de choses à afficher ici : tout est dans le fichier ci-dessous.
privacy-mydata-caption = Tout ce que le bot garde sur vous

## /forget

privacy-forget-confirm =
    <b>Effacer toutes vos données ?</b>
    Le bot oubliera votre langue et tout ce qu'il garde d'autre sur vous. On ne peut pas revenir en arrière.
    Si vous écrivez de nouveau plus tard, le bot recommence depuis le début.
privacy-forget-yes = 🗑 Tout effacer
privacy-forget-no = Annuler
privacy-forget-done = ✅ Vos données ont été effacées. Le bot ne vous connaît plus.
privacy-forget-cancelled = Rien n'a été effacé.
privacy-forget-expired = Ce bouton est trop ancien. Envoyez de nouveau /forget si vous voulez effacer vos données.

## Envois en rafale, groupes, problèmes d'enregistrement

privacy-slow-down-tap = Un instant, s'il vous plaît : appuyez de nouveau dans quelques secondes.
privacy-private-only = Ce bot fonctionne seulement en conversation privée, pour protéger la vie privée de chaque famille. Je quitte ce groupe. Écrivez-moi directement : @{ $bot }
privacy-storage-busy = Désolé, je n'ai pas pu enregistrer cela pour le moment. Réessayez dans une minute, s'il vous plaît.

## Liste des commandes affichée par Telegram (court, sans HTML)

command-privacy = Vos données : ce qui est gardé et pourquoi
command-mydata = Recevoir une copie de vos données
command-forget = Effacer vos données

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • Si votre coach vous a relié à un ménage : son nom court, votre numéro de membre, vos rendez-vous et vos réponses. Votre coach et les coordinateurs les voient ; ils servent à vous envoyer vos rendez-vous.
privacy-retention-appointments = • Les rendez-vous sont effacés { $days } jours après avoir eu lieu.
privacy-mydata-household = Ménage : { $label } · coach : { $coach }
