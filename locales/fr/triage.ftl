# Messages tapés : danger (lignes d'urgence d'abord), bavardage, hors sujet. Lu par les familles.
# Numéros : seulement ceux de FACTS.md, section 6. La liste complète (support-crisis) suit chaque titre.

triage-crisis-suicide =
    🆘 <b>Vous comptez. Si vous êtes en danger maintenant, appelez le 112.</b>
    Pour parler tout de suite, jour et nuit, gratuit : <b>0800 32 123</b> (Centre de Prévention du Suicide).
triage-crisis-self-harm =
    🆘 <b>Si vous êtes gravement blessé·e ou en danger, appelez le 112 maintenant.</b>
    Pour parler tout de suite, jour et nuit, gratuit : <b>0800 32 123</b> (Centre de Prévention du Suicide).
triage-crisis-child =
    🆘 <b>Si l'enfant est en danger maintenant, appelez le 112.</b>
    Pour un enfant ou un ado, gratuit : <b>103</b> Écoute-Enfants.
triage-crisis-violence =
    🆘 <b>Appelez le 112 maintenant.</b> Urgence, gratuit, jour et nuit.
triage-crisis-medical =
    🆘 <b>Appelez le 112 maintenant.</b> Urgence, gratuit, jour et nuit.
triage-crisis-fire =
    🆘 <b>Appelez le 112 maintenant.</b> Urgence, gratuit, jour et nuit.
triage-crisis-ask-person = 🆘 Demander l'aide d'une personne maintenant

triage-smalltalk-hello = Bonjour 🙂 Je suis le bot d'information des maisons de retour. Posez-moi une question, ou choisissez un sujet :
triage-smalltalk-thanks = Avec plaisir 🙂 Je suis là quand vous en avez besoin. Choisissez un sujet, ou écrivez votre question :
triage-smalltalk-ok = 🙂 Voici le menu, quand vous en avez besoin :
triage-smalltalk-bye = Prenez soin de vous 🙂 Vous pouvez m'écrire à tout moment.
triage-smalltalk-who = Je suis un bot, pas une personne : je montre des pages vérifiées par des personnes, sur la vie dans la maison, vos droits et vos possibilités. Pour parler à une personne : /talk.

triage-offtopic = Je ne peux aider que pour la vie dans la maison, vos droits et vos possibilités. Je ne connais pas ce sujet. Choisissez un sujet, ou envoyez votre question à une personne :
