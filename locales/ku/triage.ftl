# Peyamên nivîsandî: xeter (pêşî xetên acîl), sohbet, derveyî mijarê. Malbat dixwînin.
# Hejmar: tenê yên FACTS.md, beşa 6.

triage-crisis-suicide =
    🆘 <b>Tu girîng î. Heke tu niha di xeterê de yî, li 112 bigere.</b>
    Ji bo niha axaftinê, şev û roj, belaş: <b>0800 32 123</b> (Centre de Prévention du Suicide, bi fransî; bi îngilîzî jî).
triage-crisis-self-harm =
    🆘 <b>Heke tu pir birîndar î an di xeterê de yî, niha li 112 bigere.</b>
    Ji bo niha axaftinê, şev û roj, belaş: <b>0800 32 123</b> (Centre de Prévention du Suicide, bi fransî; bi îngilîzî jî).
triage-crisis-child =
    🆘 <b>Heke zarok niha di xeterê de ye, li 112 bigere.</b>
    Ji bo zarok an ciwanekî, belaş: <b>103</b> Écoute-Enfants (fransî), <b>102</b> Awel (holendî).
triage-crisis-violence =
    🆘 <b>Niha li 112 bigere.</b> Acîl, belaş, şev û roj.
triage-crisis-medical =
    🆘 <b>Niha li 112 bigere.</b> Acîl, belaş, şev û roj.
triage-crisis-fire =
    🆘 <b>Niha li 112 bigere.</b> Acîl, belaş, şev û roj.
triage-crisis-ask-person = 🆘 Niha ji kesekî alîkariyê bixwaze

triage-smalltalk-hello = Silav 🙂 Ez bota agahiyan a malên vegerê me. Pirsekê ji min bike, an mijarekê hilbijêre:
triage-smalltalk-thanks = Ser çavan 🙂 Dema ku pêdiviya te hebe ez li vir im. Mijarekê hilbijêre, an pirsa xwe binivîse:
triage-smalltalk-ok = 🙂 Va ye menû, dema ku pêdiviya te hebe:
triage-smalltalk-bye = Xwe biparêze 🙂 Tu dikarî her dem ji min re binivîsî.
triage-smalltalk-who = Ez bot im, ne mirov: rûpelên ku mirovan kontrol kirine nîşan didim, li ser jiyana li malê, mafên te û riyên te. Ji bo axaftina bi kesekî re: /talk.

triage-offtopic = Ez tenê dikarim li ser jiyana li malê, mafên te û riyên te alîkariyê bikim. Li ser vê nizanim. Mijarekê hilbijêre, an pirsa xwe ji kesekî re bişîne:
