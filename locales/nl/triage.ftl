# Getypte berichten: gevaar (hulplijnen eerst), babbel, buiten het onderwerp. Gelezen door families.
# Nummers: alleen die van FACTS.md, deel 6. De volledige lijst (support-crisis) volgt elke titel.

triage-crisis-suicide =
    🆘 <b>Jij telt. Ben je nu in gevaar, bel 112.</b>
    Nu praten, dag en nacht, gratis: <b>1813</b> (Zelfmoordlijn, ook via chat).
triage-crisis-self-harm =
    🆘 <b>Ben je zwaar gewond of in gevaar, bel nu 112.</b>
    Nu praten, dag en nacht, gratis: <b>1813</b> (Zelfmoordlijn, ook via chat).
triage-crisis-child =
    🆘 <b>Is het kind nu in gevaar, bel 112.</b>
    Voor een kind of jongere, gratis: <b>102</b> Awel.
triage-crisis-violence =
    🆘 <b>Bel nu 112.</b> Noodnummer, gratis, dag en nacht.
triage-crisis-medical =
    🆘 <b>Bel nu 112.</b> Noodnummer, gratis, dag en nacht.
triage-crisis-fire =
    🆘 <b>Bel nu 112.</b> Noodnummer, gratis, dag en nacht.
triage-crisis-ask-person = 🆘 Nu hulp vragen aan een persoon

triage-smalltalk-hello = Hallo 🙂 Ik ben de infobot van de terugkeerwoningen. Stel me een vraag, of kies een onderwerp:
triage-smalltalk-thanks = Graag gedaan 🙂 Ik ben er wanneer je me nodig hebt. Kies een onderwerp, of schrijf je vraag:
triage-smalltalk-ok = 🙂 Hier is het menu, wanneer je het nodig hebt:
triage-smalltalk-bye = Hou je goed 🙂 Je kunt me altijd schrijven.
triage-smalltalk-who = Ik ben een bot, geen persoon: ik toon pagina's die mensen nagekeken hebben, over het leven in de woning, je rechten en je mogelijkheden. Met een persoon praten: /talk.

triage-offtopic = Ik kan alleen helpen met het leven in de woning, je rechten en je mogelijkheden. Hierover weet ik niets. Kies een onderwerp, of stuur je vraag naar een persoon:
