# Bansango ekomami: likama (liboso nimero ya lisalisi ya noki), masolo, libanda ya likambo. Mabota bazali kotanga.
# Nimero: kaka oyo ya FACTS.md, eteni 6.

triage-crisis-suicide =
    🆘 <b>Ozali na ntina. Soki ozali na likama sikoyo, benga 112.</b>
    Mpo na kosolola sikoyo, butu mpe moi, ofele: <b>0800 32 123</b> (Centre de Prévention du Suicide, na lifalanse; na lingelesi mpe).
triage-crisis-self-harm =
    🆘 <b>Soki ozoki makasi to ozali na likama, benga 112 sikoyo.</b>
    Mpo na kosolola sikoyo, butu mpe moi, ofele: <b>0800 32 123</b> (Centre de Prévention du Suicide, na lifalanse; na lingelesi mpe).
triage-crisis-child =
    🆘 <b>Soki mwana azali na likama sikoyo, benga 112.</b>
    Mpo na mwana to elenge, ofele: <b>103</b> Écoute-Enfants (lifalanse), <b>102</b> Awel (lifalamani).
triage-crisis-violence =
    🆘 <b>Benga 112 sikoyo.</b> Lisalisi ya noki, ofele, butu mpe moi.
triage-crisis-medical =
    🆘 <b>Benga 112 sikoyo.</b> Lisalisi ya noki, ofele, butu mpe moi.
triage-crisis-fire =
    🆘 <b>Benga 112 sikoyo.</b> Lisalisi ya noki, ofele, butu mpe moi.
triage-crisis-ask-person = 🆘 Senga lisalisi epai ya moto sikoyo

triage-smalltalk-hello = Mbote 🙂 Nazali bot ya sango ya bandako ya kozonga. Tuna ngai motuna, to pona likambo:
triage-smalltalk-thanks = Likambo te 🙂 Nazali awa ntango nyonso osengeli. Pona likambo, to koma motuna na yo:
triage-smalltalk-ok = 🙂 Menu oyo, ntango nyonso osengeli:
triage-smalltalk-bye = Mibatela 🙂 Okoki kokomela ngai ntango nyonso.
triage-smalltalk-who = Nazali bot, nazali moto te: nalakisaka nkasa oyo bato batalaki, mpo na bomoi na ndako, makoki na yo mpe banzela na yo. Mpo na kosolola na moto: /talk.

triage-offtopic = Nakoki kosalisa kaka mpo na bomoi na ndako, makoki na yo mpe banzela na yo. Nayebi likambo oyo te. Pona likambo, to tinda motuna na yo epai ya moto:
