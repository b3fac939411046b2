# Mesazhe të shkruara: rrezik (linjat e urgjencës së pari), bisedë, jashtë teme. I lexojnë familjet.
# Numrat: vetëm ata të FACTS.md, pjesa 6.

triage-crisis-suicide =
    🆘 <b>Ti je i/e rëndësishëm/e. Nëse je në rrezik tani, telefono 112.</b>
    Për të folur tani, ditë e natë, falas: <b>0800 32 123</b> (Centre de Prévention du Suicide, në frëngjisht; edhe në anglisht).
triage-crisis-self-harm =
    🆘 <b>Nëse je plagosur rëndë ose je në rrezik, telefono 112 tani.</b>
    Për të folur tani, ditë e natë, falas: <b>0800 32 123</b> (Centre de Prévention du Suicide, në frëngjisht; edhe në anglisht).
triage-crisis-child =
    🆘 <b>Nëse fëmija është në rrezik tani, telefono 112.</b>
    Për një fëmijë ose adoleshent, falas: <b>103</b> Écoute-Enfants (frëngjisht), <b>102</b> Awel (holandisht).
triage-crisis-violence =
    🆘 <b>Telefono 112 tani.</b> Urgjencë, falas, ditë e natë.
triage-crisis-medical =
    🆘 <b>Telefono 112 tani.</b> Urgjencë, falas, ditë e natë.
triage-crisis-fire =
    🆘 <b>Telefono 112 tani.</b> Urgjencë, falas, ditë e natë.
triage-crisis-ask-person = 🆘 Kërko ndihmë nga një person tani

triage-smalltalk-hello = Përshëndetje 🙂 Jam boti i informacionit i shtëpive të kthimit. Më bëj një pyetje, ose zgjidh një temë:
triage-smalltalk-thanks = S'ka përse 🙂 Jam këtu kur të të duhem. Zgjidh një temë, ose shkruaj pyetjen:
triage-smalltalk-ok = 🙂 Ja menyja, kur të të duhet:
triage-smalltalk-bye = Kujdesu për veten 🙂 Mund të më shkruash në çdo kohë.
triage-smalltalk-who = Jam bot, jo person: tregoj faqe të kontrolluara nga njerëz, për jetën në shtëpi, të drejtat dhe mundësitë e tua. Për të folur me një person: /talk.

triage-offtopic = Mund të ndihmoj vetëm për jetën në shtëpi, të drejtat dhe mundësitë e tua. Për këtë nuk di. Zgjidh një temë, ose dërgoja pyetjen një personi:
