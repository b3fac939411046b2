# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Páginas de información de family_bot (español neutro de América Latina). Texto de referencia: locales/fr/topics.ftl.
# Un mensaje «page-ID» por página de content/topics.toml; .title = el botón (24 caracteres como máximo).
# Cuerpo: HTML de Telegram (b, i, u, a, code, blockquote). Sin llaves, sin variables.
# Los nombres oficiales belgas se dejan en francés (o neerlandés) entre paréntesis: son los que aparecen en los papeles.

## house

page-house =
    <b>La casa de retorno</b>
    Usted vive con su familia en una casa abierta de la Oficina de Extranjeros (Office des Étrangers / Dienst Vreemdelingenzaken).
    Un coach le acompaña.

    Elija un tema abajo.
    .title = 🏠 La casa

page-house-why =
    <b>Por qué está aquí</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • Desde 2008, las familias con hijos menores de edad ya no van a un centro cerrado. Viven en una casa de retorno.
    • Una ley reciente también lo dice: los niños no pueden ser encerrados en un centro cerrado.
    • Atención: para la ley, la casa de retorno es de todos modos una <b>detención</b> (détention). Su familia tiene una decisión de detención. Por eso los plazos para presentar un recurso son cortos.
    • Había casas en Zulte, Tubize, Sint-Gillis-Waas, Tielt y Beauvechain. Esta lista puede haber cambiado.
    .title = Por qué estoy aquí

page-house-rules =
    <b>La vida en la casa</b>
    • Puede salir: a hacer las compras, a ver a su abogado, al médico, a la escuela de los niños.
    • <b>Un adulto siempre tiene que quedarse en la casa.</b>
    • Los niños van a la escuela del barrio.
    • Hay un médico disponible.
    • Las visitas están permitidas.
    • Cada semana recibe dinero de bolsillo. También recibe vales para la comida y para artículos básicos.

    Las reglas detalladas están en un decreto real (arrêté royal) del 14 de mayo de 2009. Su coach o su abogado se las pueden explicar.
    .title = Las reglas

page-house-next =
    <b>¿Y después?</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • La estadía aquí dura desde algunos días hasta varios meses. En promedio, unos 24 días (cifras de 2008–2014).
    • Su abogado puede pedir su liberación a la cámara del consejo (chambre du conseil) del tribunal penal (tribunal correctionnel). Se puede pedir una vez por mes. La decisión llega en 5 días hábiles.
    • Puede buscar una manera de quedarse, o preparar un retorno. Vea «Quedarse en Bélgica» y «Retorno voluntario».
    .title = ¿Y después?

page-house-coach =
    <b>Su coach</b>
    • El coach trabaja para la Oficina de Extranjeros (Office des Étrangers / Dienst Vreemdelingenzaken).
    • <b>El coach no es su abogado.</b> No presenta recursos ni solicitudes por usted. Eso lo hacen usted y su abogado.
    • Su tarea: preparar su retorno, <b>o</b> acompañarle durante un trámite para quedarse.
    • Hace de enlace con las autoridades, las embajadas, los abogados y las organizaciones.
    • Le ayuda a entender las decisiones y los trámites.

    Lo que usted envía al coach, el coach lo lee. Vea «Privacidad».
    .title = El coach

## rights

page-rights =
    <b>Sus derechos aquí</b>
    Aun aquí, su familia tiene derechos: escuela, atención médica, visitas.

    Elija un tema abajo.
    .title = 📜 Sus derechos

page-rights-school =
    <b>La escuela</b>
    • Sus hijos van a la escuela del barrio.
    • Puede salir para llevarlos a la escuela.
    • Recuerde: un adulto siempre tiene que quedarse en la casa.
    • ¿Tiene una pregunta sobre la escuela? Pregúntele a su coach.
    .title = La escuela

page-rights-health =
    <b>La salud</b>
    • Hay un médico disponible.
    • Tiene acceso a atención para el cuerpo y para la salud mental.
    • Puede salir para ir al médico.
    • ¿Se siente muy mal? Puede hablar con alguien. Vea «Hablar con alguien».
    • Emergencia: llame al 112.

    Una enfermedad grave puede contar para quedarse en Bélgica. Hable de esto con su abogado.
    .title = La salud

page-rights-language =
    <b>Entender e informarse</b>
    • ¿No entiende una decisión o un documento? Dígalo.
    • Puede pedir un intérprete. Pídalo a su coach o a su abogado.
    • La tarea del coach es también ayudarle a entender las decisiones y los trámites.
    • El decreto real de 2009 tiene reglas sobre el teléfono y el correo.
    • Internet: pregúntele a su coach qué es posible aquí.
    • Puede ver su expediente. Vea «Ver mi expediente».
    .title = Idioma e internet

page-rights-visits =
    <b>Las visitas</b>
    • Las visitas están permitidas.
    • Puede salir para ver a su abogado.
    • Algunas organizaciones visitan las casas de retorno, por ejemplo JRS Belgium.
    • Las reglas sobre las visitas están en el decreto real (arrêté royal) del 14 de mayo de 2009. Su coach se las puede explicar.
    .title = Las visitas

page-rights-complaints =
    <b>¿Un problema? ¿Una queja?</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Su abogado puede decirle lo que usted puede hacer.

    Para los derechos de los niños:
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>

    ¿Pidió su expediente y la respuesta está incompleta? Puede dirigirse a la Comisión de Acceso a los Documentos Administrativos (Commission d'accès aux documents administratifs, CADA). Vea «Ver mi expediente».
    .title = Un problema

## file-access

page-file-access =
    <b>Ver mi expediente</b>
    <b>⚠️ ¿Recibió una decisión? Comuníquese de inmediato con su abogado.</b>

    Tiene derecho a ver las decisiones y los documentos de su expediente. Puede pedir una copia. Su abogado también la puede pedir.

    Elija un tema abajo.
    .title = 📂 Ver mi expediente

page-file-access-how =
    <b>Pedir mi expediente</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Su abogado también puede pedir el expediente por usted.

    En la Oficina de Extranjeros (Office des Étrangers / Dienst Vreemdelingenzaken):
    • Solo por escrito, por correo electrónico. No por teléfono.
    • Escriba a una de estas direcciones:
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    • Sin abogado: agregue una prueba de su identidad.
    • ¿No quiere todo el expediente? Diga qué documentos quiere.
    • Preguntas sobre el contenido del expediente: <code>infodesk@ibz.fgov.be</code>

    Es la ley del 11 de abril de 1994 sobre la publicidad de la administración (publicité de l'administration).
    .title = Cómo pedirlo

page-file-access-answer =
    <b>La respuesta</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • La Oficina de Extranjeros tiene que responder en un plazo de 30 días.
    • Recibe una copia electrónica del expediente, o de las partes que pidió.
    • ¿La respuesta está incompleta? Puede dirigirse a la Comisión de Acceso a los Documentos Administrativos (CADA). Su abogado le puede ayudar.
    .title = La respuesta

page-file-access-cgrs =
    <b>Notas de la entrevista de asilo</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • Después de su entrevista de asilo, puede pedir una copia de las notas de la entrevista al CGRA (Commissariat général aux réfugiés et aux apatrides: Comisionado General para los Refugiados y los Apátridas).
    • Su abogado recibe una copia de todas las cartas del CGRA.
    • Su abogado puede estar presente en la entrevista de asilo.
    .title = Notas de la entrevista

page-file-access-gdpr =
    <b>Sus datos personales</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • La Oficina de Extranjeros es responsable de sus datos personales. Así lo dice la ley europea de datos (RGPD).
    • Tiene derecho a acceder a sus datos personales.
    • Cómo hacerlo: su abogado se lo puede decir.
    .title = Datos personales

## lawyer

page-lawyer =
    <b>Su abogado</b>
    <b>⚠️ ¿Recibió una decisión? Comuníquese de inmediato con su abogado.</b>

    Aquí los plazos son cortos, porque la casa de retorno cuenta como una detención.
    Puede tener un abogado gratuito (pro deo).

    Elija un tema abajo.
    .title = 💼 Mi abogado

page-lawyer-role =
    <b>Lo que su abogado puede hacer</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    Su abogado puede:
    • presentar un recurso ante el Consejo del Contencioso de Extranjeros (Conseil du contentieux des étrangers, CCE);
    • pedir su liberación a la cámara del consejo (chambre du conseil);
    • presentar una nueva solicitud de asilo o una solicitud de regularización;
    • pedir su expediente;
    • estar presente en su entrevista de asilo.
    .title = Qué puede hacer

page-lawyer-free =
    <b>Un abogado gratuito (pro deo)</b>
    <b>⚠️ ¿Recibió una decisión? Comuníquese de inmediato con un abogado.</b>

    • La asistencia jurídica de segunda línea (aide juridique de deuxième ligne) le da un abogado gratuito.
    • La organiza la oficina de asistencia jurídica (bureau d'aide juridique, BAJ) de cada colegio de abogados (barreau).
    • Para los trámites de residencia y los recursos, se presume que los extranjeros tienen derecho a ella. Los menores de edad siempre tienen derecho.
    • Cómo: pregunte en el BAJ. O vaya directamente a un abogado: el abogado pide que lo designen para usted.
    • Su coach también hace de enlace con los abogados.
    .title = Abogado gratuito

page-lawyer-deadlines =
    <b>Los plazos</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos, porque la casa de retorno cuenta como una detención.

    • Decisión de la Oficina de Extranjeros (por ejemplo, la orden de salir del país): <b>10 días</b> (30 fuera de detención). En principio, este recurso no detiene la expulsión.
    • Extrema urgencia: 10 días después de la notificación; 5 días si es la 2.ª decisión de expulsión o una posterior. Este recurso detiene la expulsión si es inminente.
    • Decisión de asilo del CGRA: <b>10 días</b> (30 fuera de detención); 5 días para una solicitud posterior declarada no admisible.
    • Consejo de Estado (Conseil d'État): 30 días; no detiene la expulsión.

    Su abogado conoce el plazo exacto para su caso.
    .title = Los plazos

page-lawyer-coach =
    <b>¿Coach o abogado?</b>
    • El coach trabaja para la Oficina de Extranjeros. <b>El coach no es su abogado.</b>
    • El coach no hace ningún trámite legal por usted.
    • Los trámites (recursos, solicitudes): los hacen usted y su abogado.
    • El coach puede hacer de enlace con su abogado y ayudarle a entender las decisiones.
    .title = ¿Coach o abogado?

## stay

page-stay =
    <b>Quedarse en Bélgica</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    Hay varias maneras de pedir quedarse. Cada una tiene sus condiciones. Su abogado puede decirle qué es posible en su caso.
    El coach también puede acompañarle durante un trámite para quedarse.

    Elija un tema abajo.
    .title = 📝 Quedarse en Bélgica

page-stay-asylum =
    <b>Nueva solicitud de asilo</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • Puede presentar una nueva solicitud de asilo (solicitud posterior, demande ultérieure) en la Oficina de Extranjeros.
    • Se necesitan elementos nuevos. También hay que decir por qué no los dio antes.
    • Primero el CGRA decide si la solicitud es admisible: unos 10 días hábiles, 2 días si está en detención.
    .title = Nuevo asilo

page-stay-9bis =
    <b>Regularización humanitaria (9bis)</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • Es una solicitud excepcional. La administración decide libremente.
    • Se necesita: un documento de identidad, una dirección y circunstancias excepcionales.
    • Hay que pagar gastos administrativos: entre 350 y 360 € aproximadamente por adulto.
    • Su abogado puede decirle si es posible en su caso.
    .title = Humanitaria (9bis)

page-stay-9ter =
    <b>Razón médica (9ter)</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • Para una enfermedad grave que no se puede tratar bien en su país de origen.
    • La solicitud se envía por carta certificada a la Oficina de Extranjeros, con el certificado médico tipo (un formulario oficial).
    • Su abogado puede decirle cómo hacerlo.
    .title = Médica (9ter)

page-stay-family =
    <b>Reunificación familiar</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • La reunificación familiar (regroupement familial) es otra manera de quedarse (artículos 10, 10bis, 40bis y 40ter de la ley de extranjeros).
    • Las condiciones son más estrictas desde el 18 de agosto de 2025.
    • Su abogado puede decirle si usted cumple las condiciones.
    .title = Familia

page-stay-stateless =
    <b>Apatridia</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • ¿No tiene la nacionalidad de ningún país? Tal vez usted es apátrida.
    • El tribunal de familia (tribunal de la famille) puede reconocer que usted es apátrida.
    • Desde el 1 de septiembre de 2024, un trámite administrativo también puede dar un permiso de residencia.
    • Su abogado puede decirle cómo hacerlo.
    .title = Apatridia

## return

page-return =
    <b>Retorno voluntario</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    Fedasil tiene un programa de ayuda para el retorno voluntario. Está abierto a todos.
    <b>Usted siempre es libre de decidir no irse.</b>
    Puede hablarlo con su coach o con su abogado.

    Elija un tema abajo.
    .title = 🧳 Retorno voluntario

page-return-offer =
    <b>Lo que ofrece el programa</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • El viaje es gratis (con la OIM o Fedasil).
    • Se devuelven los gastos de los documentos de viaje.
    • Una ayuda en dinero para la salida (prime de départ).
    • Una ayuda para la reintegración en especie (no en dinero), a través de la OIM o Cáritas. Hay que usarla dentro de los 12 meses.
    • A las autoridades de su país no se les avisa antes de que usted llegue.

    Usted siempre es libre de decidir no irse.
    .title = Qué se ofrece

page-return-how =
    <b>Cómo pedirlo</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • Número gratuito: 0800 32 745
    • Ventanillas de retorno (guichets retour): Bruselas, Gante, Amberes, Lieja, Charleroi.
    • O una organización asociada.
    • También puede hablarlo con su coach.

    Usted siempre es libre de decidir no irse.
    .title = Cómo pedirlo

page-return-limits =
    <b>Límites de la ayuda</b>
    <b>⚠️ Comuníquese de inmediato con su abogado.</b> Aquí los plazos son cortos.

    • Algunas nacionalidades ya no reciben ayuda para la reintegración. Por ejemplo: Brasil, desde el 1 de diciembre de 2025.
    • Pregunte qué vale para su país: al 0800 32 745, en una ventanilla de retorno o a su abogado.

    Usted siempre es libre de decidir no irse.
    .title = Límites de la ayuda

## support

page-support =
    <b>Hablar con alguien</b>
    ¿Tiene miedo, se siente triste o sin fuerzas? Puede pedir ayuda.
    En la casa, tiene acceso a atención de salud mental.
    Los servicios de abajo son gratuitos.

    <b>Peligro inmediato: llame al 112.</b>

    Elija un tema abajo.
    .title = 💬 Hablar con alguien

page-support-crisis =
    <b>Líneas de ayuda</b>
    Gratuitas.
    • 112: emergencia
    • 1813: Zelfmoordlijn. En neerlandés, las 24 horas, también por chat.
    • 0800 32 123: Centre de Prévention du Suicide. En francés, las 24 horas. También hay consultas en inglés, árabe y español.
    • 106: Tele-Onthaal. En neerlandés.
    • 107: Télé-Accueil. En francés.
    .title = Líneas de ayuda

page-support-children =
    <b>Para niños y niñas</b>
    Gratis.
    • 102: Awel. En neerlandés.
    • 103: Écoute-Enfants. En francés.
    • 116 000: Child Focus.

    Derechos de los niños:
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>
    .title = Para niños y niñas

page-support-exiles =
    <b>Ayuda para personas exiliadas</b>
    Gratis.
    • Ulysse (Bruselas): para personas con una situación de residencia precaria. Con intérpretes.
    • Exil (Bruselas): para personas que sobrevivieron a la tortura o a la violencia organizada.
    • Solentra (UZ Brussel): para niños y niñas refugiados desde los 2 años y medio, y su familia. Hay que ser enviado por un profesional.

    Pregunte a su coach o al médico cómo llegar.
    .title = Ayuda para exiliados

## contacts

page-contacts =
    <b>Contactos útiles</b>
    <b>Emergencia: 112</b>

    Elija un tema abajo.
    .title = 📞 Contactos útiles

page-contacts-emergency =
    <b>Números de emergencia y de ayuda</b>
    Gratuitos.
    • 112: emergencia
    • 1813: Zelfmoordlijn (neerlandés)
    • 0800 32 123: Centre de Prévention du Suicide (francés)
    • 106: Tele-Onthaal (neerlandés)
    • 107: Télé-Accueil (francés)
    • 102: Awel, para niños y niñas (neerlandés)
    • 103: Écoute-Enfants (francés)
    • 116 000: Child Focus
    .title = Emergencias

page-contacts-children =
    <b>Derechos de los niños</b>
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>
    .title = Derechos de los niños

page-contacts-ngos =
    <b>Organizaciones (ONG)</b>
    • JRS Belgium: visita las casas de retorno.
    • CIRÉ
    • Vluchtelingenwerk Vlaanderen
    • Caritas International
    • Nansen
    • Myria

    Su coach hace de enlace con las organizaciones. Le puede ayudar a contactarlas.
    .title = Organizaciones

page-contacts-offices =
    <b>Oficina de Extranjeros y Fedasil</b>
    Pedir su expediente (por correo electrónico):
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    Preguntas sobre el contenido del expediente:
    <code>infodesk@ibz.fgov.be</code>

    Retorno voluntario (Fedasil):
    • Número gratuito: 0800 32 745
    • Ventanillas de retorno (guichets retour): Bruselas, Gante, Amberes, Lieja, Charleroi.
    .title = Oficina y Fedasil

## appointments

page-appointments =
    <b>Mis citas</b>
    Pronto, su coach podrá enviar sus citas a este bot.
    Las verá en esta página.
    Todavía no es posible.
    .title = 📅 Citas

## privacy

page-privacy =
    <b>Privacidad</b>
    El bot guarda:
    • el idioma que usted eligió;
    • cuando su coach agregó su cuenta a un hogar: la etiqueta de su familia;
    • los mensajes que usted decide enviar a su coach.
    Por qué: para hablarle en su idioma y hacer llegar sus mensajes.

    Quién puede leerlos: su coach, que trabaja para la Oficina de Extranjeros, y los coordinadores.
    Para su defensa, hable con su abogado.

    Para borrar sus datos: envíe /forget.
    El bot no decide nada.
    .title = 🔒 Privacidad
