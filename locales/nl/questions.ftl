# Geschreven vragen: de bot zoekt de nagekeken pagina die antwoordt; hij schrijft nooit zelf een antwoord.
# Telegram-HTML: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.

questions-did-it-help = Beantwoordt dit uw vraag?
questions-yes = 👍 Ja
questions-no = 👎 Nee
questions-thanks =
    Dank u. U kunt altijd een nieuwe vraag schrijven, of /menu typen.
questions-choose =
    Meerdere onderwerpen kunnen uw vraag beantwoorden.
    Welk wilt u openen?
questions-not-found =
    Ik vond geen antwoord op uw vraag in de nagekeken informatie.
    Ik zeg het u liever eerlijk dan te gokken.
questions-not-helped =
    Sorry, deze pagina beantwoordde uw vraag niet.
    Ik heb geen ander nagekeken antwoord.
questions-coach-offer =
    Uw coach kan u ook helpen: stel de vraag wanneer u hem of haar ziet.
    Binnenkort kunt u uw vraag via deze bot naar uw coach sturen.
    De coach werkt voor de Dienst Vreemdelingenzaken. Voor uw verdediging: spreek met uw advocaat.

    Of kies hieronder een onderwerp:
