# Textes de l'interface de family_bot. HTML Telegram : <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Les valeurs { $... } sont remplies par le bot ; gardez leur nom exactement.

-bot-operator = une organisation indépendante qui aide les familles, et non l'Office des Étrangers

## Langue

language-picker-prompt = Choisissez votre langue
language-changed = ✅ Désormais, je vous écris en français.
language-button = 🌐 Langue

## Accueil

welcome-text =
    <b>Bienvenue.</b>
    Ce bot vous informe sur la vie dans la maison de retour, vos droits et vos possibilités.
    Il est géré par { -bot-operator }.

    • Il donne des informations. Il ne décide rien sur votre dossier.
    • Il garde seulement votre langue et ce que vous choisissez d'envoyer.
    • Si vous envoyez un message à votre coach, votre coach le lit. Le coach travaille pour l'Office des Étrangers.

    Choisissez un sujet ci-dessous. Vous pouvez écrire /menu à tout moment.

## Menu et pages

menu-text =
    <b>Menu</b>
    Choisissez un sujet :
menu-button = ☰ Menu
nav-back = ◀ Retour
page-unreviewed = <i>⚠ Ce texte n'a pas encore été vérifié par une personne.</i>
page-in-other-language = <i>Cette page n'est pas encore traduite dans votre langue : elle est affichée en { $language }.</i>
page-checked = <i>Informations vérifiées le { $date }.</i>

## Aide

help-text =
    <b>Aide</b>
    • Touchez un bouton pour ouvrir un sujet.
    • Ou écrivez votre question avec vos mots : je vous montre la page d'information qui y répond.
    • /menu montre la liste des sujets.
    • /language change la langue.
    • /appointments montre vos rendez-vous.
    • /privacy dit ce que le bot garde ; /forget l'efface.
    • /start montre à nouveau le message d'accueil.

    Si vous êtes en danger, appelez le <b>112</b>.

## Tout le reste

fallback-media =
    Je peux lire seulement du texte et des boutons.
    Choisissez un sujet dans le menu.
fallback-unknown-command =
    Je ne connais pas la commande { $command }.
    Essayez /menu ou /help.
fallback-stale-button = Ce bouton n'est plus actif. Voici le menu.
error-generic = Désolé, une erreur s'est produite. Réessayez, ou écrivez /menu.

## Liste des commandes affichée par Telegram (court, sans HTML)

command-start = Message d'accueil
command-menu = Afficher les sujets
command-language = Changer de langue
command-help = Comment fonctionne ce bot
