# Questions écrites : le bot cherche la page vérifiée qui répond ; il n'écrit jamais de réponse lui-même.
# HTML Telegram : <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.

questions-did-it-help = Est-ce que cela répond à votre question ?
questions-yes = 👍 Oui
questions-no = 👎 Non
questions-thanks =
    Merci. Vous pouvez écrire une autre question quand vous voulez, ou taper /menu.
questions-choose =
    Plusieurs sujets peuvent répondre à votre question.
    Lequel voulez-vous ouvrir ?
questions-not-found =
    Je n'ai pas trouvé de réponse à votre question dans les informations vérifiées.
    Je préfère vous le dire plutôt que deviner.
questions-not-helped =
    Désolé, cette page ne répondait pas à votre question.
    Je n'ai pas d'autre réponse vérifiée.
questions-coach-offer =
    Votre coach peut aussi vous aider : posez-lui la question quand vous le voyez.
    Bientôt, vous pourrez lui envoyer votre question par ce bot.
    Le coach travaille pour l'Office des Étrangers. Pour votre défense, parlez à votre avocat.

    Ou choisissez un sujet ci-dessous :
