# Fariimaha la qoray: khatar (khadadka degdegga marka hore), sheeko caadi ah, mowduuc ka baxsan. Qoysasku way akhriyaan.
# Lambarada: kuwa FACTS.md qaybta 6 oo keliya.

triage-crisis-suicide =
    🆘 <b>Adiga waad muhiim tahay. Haddii aad hadda khatar ku jirto, wac 112.</b>
    Si aad hadda ula hadasho, habeen iyo maalin, bilaash: <b>0800 32 123</b> (Centre de Prévention du Suicide, Faransiis; Ingiriis sidoo kale).
triage-crisis-self-harm =
    🆘 <b>Haddii aad si xun u dhaawacan tahay ama khatar ku jirto, hadda wac 112.</b>
    Si aad hadda ula hadasho, habeen iyo maalin, bilaash: <b>0800 32 123</b> (Centre de Prévention du Suicide, Faransiis; Ingiriis sidoo kale).
triage-crisis-child =
    🆘 <b>Haddii ilmuhu hadda khatar ku jiro, wac 112.</b>
    Ilmo ama dhalinyaro, bilaash: <b>103</b> Écoute-Enfants (Faransiis), <b>102</b> Awel (Holandi).
triage-crisis-violence =
    🆘 <b>Hadda wac 112.</b> Degdeg, bilaash, habeen iyo maalin.
triage-crisis-medical =
    🆘 <b>Hadda wac 112.</b> Degdeg, bilaash, habeen iyo maalin.
triage-crisis-fire =
    🆘 <b>Hadda wac 112.</b> Degdeg, bilaash, habeen iyo maalin.
triage-crisis-ask-person = 🆘 Hadda caawimaad ka codso qof

triage-smalltalk-hello = Salaan 🙂 Waxaan ahay bot-ka macluumaadka guryaha laga noqonayo. I weydii su'aal, ama dooro mowduuc:
triage-smalltalk-thanks = Adaa mudan 🙂 Halkan ayaan joogaa markaad u baahato. Dooro mowduuc, ama qor su'aashaada:
triage-smalltalk-ok = 🙂 Waa kan liiska, markaad u baahato:
triage-smalltalk-bye = Is ilaali 🙂 Waqti kasta waad ii qori kartaa.
triage-smalltalk-who = Waxaan ahay bot, ma ihi qof: waxaan tusaa bogag ay dad hubiyeen, ku saabsan nolosha guriga, xuquuqdaada iyo doorashooyinkaaga. Si aad qof ula hadasho: /talk.

triage-offtopic = Waxaan ku caawin karaa oo keliya nolosha guriga, xuquuqdaada iyo doorashooyinkaaga. Arrintan wax kama aqaan. Dooro mowduuc, ama su'aashaada u dir qof:
