# Mensajes escritos: peligro (primero las líneas de urgencia), charla, fuera de tema. Lo leen las familias.
# Números: solo los de FACTS.md, sección 6.

triage-crisis-suicide =
    🆘 <b>Usted importa. Si está en peligro ahora, llame al 112.</b>
    Para hablar ahora, día y noche, gratis: <b>0800 32 123</b> (Centre de Prévention du Suicide, en francés; también en español).
triage-crisis-self-harm =
    🆘 <b>Si está gravemente herido o en peligro, llame al 112 ahora.</b>
    Para hablar ahora, día y noche, gratis: <b>0800 32 123</b> (Centre de Prévention du Suicide, en francés; también en español).
triage-crisis-child =
    🆘 <b>Si el niño está en peligro ahora, llame al 112.</b>
    Para un niño o adolescente, gratis: <b>103</b> Écoute-Enfants (francés), <b>102</b> Awel (neerlandés).
triage-crisis-violence =
    🆘 <b>Llame al 112 ahora.</b> Urgencias, gratis, día y noche.
triage-crisis-medical =
    🆘 <b>Llame al 112 ahora.</b> Urgencias, gratis, día y noche.
triage-crisis-fire =
    🆘 <b>Llame al 112 ahora.</b> Urgencias, gratis, día y noche.
triage-crisis-ask-person = 🆘 Pedir ayuda a una persona ahora

triage-smalltalk-hello = Hola 🙂 Soy el bot de información de las casas de retorno. Hágame una pregunta o elija un tema:
triage-smalltalk-thanks = De nada 🙂 Estoy aquí cuando lo necesite. Elija un tema o escriba su pregunta:
triage-smalltalk-ok = 🙂 Aquí está el menú, cuando lo necesite:
triage-smalltalk-bye = Cuídese 🙂 Puede escribirme en cualquier momento.
triage-smalltalk-who = Soy un bot, no una persona: muestro páginas revisadas por personas, sobre la vida en la casa, sus derechos y sus opciones. Para hablar con una persona: /talk.

triage-offtopic = Solo puedo ayudar con la vida en la casa, sus derechos y sus opciones. De esto no sé. Elija un tema o envíe su pregunta a una persona:
