# Ubutumwa bwanditswe: akaga (imirongo y'ibanga ubwa mbere), ikiyago, ibiri hanze y'ikibazo. Imiryango irabisoma.
# Inomero: izo muri FACTS.md, igice ca 6 gusa.

triage-crisis-suicide =
    🆘 <b>Urahambaye. Niba uri mu kaga ubu, hamagara 112.</b>
    Kugira uyage ubu, ijoro n'umurango, ku buntu: <b>0800 32 123</b> (Centre de Prévention du Suicide, mu gifaransa; no mu congereza).
triage-crisis-self-harm =
    🆘 <b>Niba wakomeretse cane canke uri mu kaga, hamagara 112 ubu.</b>
    Kugira uyage ubu, ijoro n'umurango, ku buntu: <b>0800 32 123</b> (Centre de Prévention du Suicide, mu gifaransa; no mu congereza).
triage-crisis-child =
    🆘 <b>Niba umwana ari mu kaga ubu, hamagara 112.</b>
    Ku mwana canke umuyabaga, ku buntu: <b>103</b> Écoute-Enfants (igifaransa), <b>102</b> Awel (igiholandi).
triage-crisis-violence =
    🆘 <b>Hamagara 112 ubu.</b> Ibanga, ku buntu, ijoro n'umurango.
triage-crisis-medical =
    🆘 <b>Hamagara 112 ubu.</b> Ibanga, ku buntu, ijoro n'umurango.
triage-crisis-fire =
    🆘 <b>Hamagara 112 ubu.</b> Ibanga, ku buntu, ijoro n'umurango.
triage-crisis-ask-person = 🆘 Saba imfashanyo ku muntu ubu

triage-smalltalk-hello = Amahoro 🙂 Ndi bot y'amakuru y'inzu zo gusubira. Mbaza ikibazo, canke uhitemwo ingingo:
triage-smalltalk-thanks = Nta co 🙂 Ndi hano igihe cose unkeneye. Hitamwo ingingo, canke wandike ikibazo cawe:
triage-smalltalk-ok = 🙂 Ehe urutonde, igihe cose urukeneye:
triage-smalltalk-bye = Witwararike 🙂 Urashobora kunyandikira igihe cose.
triage-smalltalk-who = Ndi bot, sindi umuntu: nerekana impapuro zasuzumwe n'abantu, ku buzima mu nzu, uburenganzira bwawe n'inzira ufise. Kuyaga n'umuntu: /talk.

triage-offtopic = Nshobora gufasha gusa ku buzima mu nzu, uburenganzira bwawe n'inzira ufise. Ivyo sindabizi. Hitamwo ingingo, canke urungikire umuntu ikibazo cawe:
