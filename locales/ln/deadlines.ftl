# Nsima ya mokano: mokolo ya nsuka mpo na kosala eloko, bikundoli, karte ya avoka. Mabota etangaka yango.
# Moto moko te atali yango naino. Kaka HTML ya Telegram. Bot etondisaka { $... }.

command-deadline = Mokolo ya nsuka nsima ya mokano

deadlines-button-received = 📄 Nazwi mokano
deadlines-button-cancel = ✖️ Kotika
deadlines-cancelled = Etikami. Eloko moko te ebombami.
deadlines-stale = Bouton oyo esalaka lisusu te. Bobanda lisusu na /deadline.
deadlines-unavailable = <b>⚠️ Bosolola na avoka na bino lelo.</b> Bot ekoki te kotánga mikolo sikoyo.

deadlines-ask-kind =
    <b>Mokano yango ezali nini?</b> Botala likolo ya papye (moto ya papye):
    • Biro ya bapaya: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (ndakisa mitindo ya kobima na mboka)
    • CGRS, botikali: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS, bosengi ya sika (oyo elandi) ya botikali endimami te: moto ya papye ndenge moko, na «demande ultérieure» / «volgend verzoek»
    • Kosambisa: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Biro ya bapaya (OE / DVZ)
deadlines-kind-cgrs = Mokano ya botikali ya CGRS (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS: bosengi ya sika endimami te
deadlines-kind-cce-judgment = Kosambisa ya CCE / RvV
deadlines-kind-unknown = Nayebi te

deadlines-ask-second = Oyo ezali <b>mokano ya mibale (to oyo elandi) ya kobengana</b>? Elingi koloba: bozwaki liboso mitindo ya kobima na mboka to mokano ya kobengana?
deadlines-answer-yes = Iyo
deadlines-answer-no = Te
deadlines-answer-unknown = Nayebi te

deadlines-ask-how = <b>Mokano ekómaki epai na bino ntango nini mpe ndenge nini?</b>
deadlines-how-today = Bapesaki ngai yango na loboko lelo
deadlines-how-yesterday = Bapesaki ngai yango na loboko lobi eleki
deadlines-how-other-day = Bapesaki yango mokolo mosusu
deadlines-how-registered = Na mokanda ya recommandé
deadlines-how-letter = Na mokanda ya momesano
deadlines-how-unknown = Nayebi te

deadlines-ask-date-in-person = Bapesaki bino yango mokolo nini (to boboyaki kozwa yango)?
deadlines-ask-date-registered = Balakisaki bino mokanda ya recommandé mokolo nini (mokolo oyo motindami ya posita ayaki)?
deadlines-ask-date-letter = Mokolo nini ekomami na kashe ya posita? Soki boyebi te, boponá dati oyo ekomami na mokano. Mokolo oyo ekómaki te.
deadlines-date-unknown = Nayebi dati te

deadlines-ask-house = Bozalaki kofanda na ndako ya kozonga ntango bozwaki yango?
deadlines-house-yes = Iyo, na ndako ya kozonga
deadlines-house-no = Te

deadlines-contact-lawyer = <b>⚠️ Bosolola na avoka na bino lelo.</b>
deadlines-card = 👩‍⚖️ Avoka na bino: <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = Boyebi te mokano yango ezali nini. Yango wana mobeko oyo ya mokuse koleka: mikolo { $days }, kotánga banda mokolo oyo elandi mokolo bapesaki yango.
deadlines-shortest-date = Boyebi dati te. Yango wana mobeko oyo ya mokuse koleka: mikolo { $days }, kotánga lokola bapesaki yango lelo. Soki ezalaki liboso, mokolo ya nsuka mpe ezali liboso.
deadlines-at-latest =
    • <b>{ $remedy }</b>: kaka liboso ya to na <b>{ $day }</b> (mikolo { $days })
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: ntango ya nsuka ezali te.
    { $rule } [{ $sources }]
deadlines-decision-counts = Soki mokano yango moko epesi ntango ya mokuse koleka, yango nde etángami. Avoka na bino andimisaka mokolo ya solo.
deadlines-unreviewed = <i>Ba dati oyo etángamaki na mibeko oyo avoka moko te atali naino.</i>

deadlines-remedy-cce-appeal = Kobundela na CCE / RvV
deadlines-remedy-extreme-urgency = Kotelemisa na likama makasi (CCE / RvV)
deadlines-remedy-cgrs-appeal = Kobundela na CCE / RvV mokano ya CGRS
deadlines-remedy-cgrs-subsequent-appeal = Kobundela na CCE / RvV bondimi te
deadlines-remedy-council-of-state = Kobundela na Conseil d'État
deadlines-remedy-council-chamber = Bosengi ya kobimisama na Chambre du conseil

deadlines-rule-cce-appeal-detained = Mikolo 10 banda mokolo oyo elandi boyebisi: ndako ya kozonga etángamaka lokola bokangami.
deadlines-rule-cce-appeal = Mikolo 30 banda mokolo oyo elandi boyebisi, soki bokangami te.
deadlines-rule-extreme-urgency = Mikolo 10 banda mokolo oyo elandi boyebisi ya mokano ya kobengana.
deadlines-rule-extreme-urgency-second-removal = Mikolo 5 banda mokolo oyo elandi boyebisi ya mokano ya mibale (to oyo elandi) ya kobengana.
deadlines-rule-cgrs-appeal-detained = Mikolo 10 na bokangami (ndako ya kozonga etángamaka). Nkasa ya leta eyokani te: CGRS ekomaka ntango na mokano yango moko.
deadlines-rule-cgrs-appeal = Mikolo 30 ya manaka banda mokolo oyo elandi boyebisi, soki bokangami te.
deadlines-rule-cgrs-subsequent-appeal-detained = Mikolo 5 na bokangami (ndako ya kozonga etángamaka).
deadlines-rule-cgrs-subsequent-appeal = Mikolo 10, soki bokangami te.
deadlines-rule-council-of-state = Mikolo 30 banda mokolo oyo elandi boyebisi ya kosambisa. Bamonaki te mokanda ya mobeko: botuna avoka na bino.
deadlines-rule-council-chamber = Avoka na bino akoki kotinda yango ntango nyonso, mpe lisusu sanza nyonso. Chambre du conseil ezwaka mokano na mikolo 5 ya mosala.

deadlines-button-lawyer-has-it = ✅ Avoka na ngai azali kosala yango
deadlines-button-tell-coach = 📣 Yebisa coach na ngai (coach asalaka mpo na Office des Étrangers)
deadlines-button-card = 👩‍⚖️ Karte ya avoka na ngai
deadlines-button-cannot-reach = ☎️ Nakoki kozwa avoka na ngai te
deadlines-another = Bozwi mokano mosusu?

deadlines-reminder-head = ⏰ <b>Bokundoli: mokano.</b>
deadlines-by-coach = 📄 <b>Coach na bino akomi mokano mpo na libota na bino.</b>
deadlines-stopped = ✅ Ekomami: avoka na bino azali kosala yango. Bikundoli esili mpo na libota na bino mobimba.
deadlines-state-lawyer = ✅ Avoka na bino azali kosala yango: bikundoli lisusu te.
deadlines-state-passed = Mokolo oyo ya nsuka eleki. Botuna avoka na bino nini ekoki naino kosalema.
deadlines-coach-told = 📣 Coach na bino ayebisami. Bobosana te: coach asalaka mpo na Office des Étrangers, azali avoka na bino te.
deadlines-no-coach = Bokangami na coach moko te na bot oyo, yango wana moto moko te ayebisami.

deadlines-card-none = Karte moko te ya avoka ebombami. Bokoki kobomba nkombo ya avoka na bino mpe telefone to e-mail na ye: na nsima ekomonana awa, na lokasa ya avoka mpe na bikundoli. Ezali na bino kopona, mpe bokoki kolongola yango ntango nyonso.
deadlines-card-about = Libota na bino mobimba emonaka karte oyo. Bokoki kobongola to kolongola yango ntango nyonso.
deadlines-button-card-edit = ✏️ Bomba to bongola
deadlines-button-card-delete = 🗑 Longola
deadlines-card-ask-name = Bokoma nkombo ya avoka na bino.
deadlines-card-ask-contact = Sikoyo bokoma nimero ya telefone to adresi ya e-mail ya avoka na bino.
deadlines-card-bad-name = Tobondeli bino, bokoma nkombo oyo eleki te bilembo 80.
deadlines-card-bad-contact = Oyo ezali nimero ya telefone te mpe adresi ya e-mail te. Nimero ya telefone ezalaka na bitángo, na + mpe bisika pamba soki bolingi, ndakisa +32 2 123 45 67. Bokoma yango lisusu.
deadlines-card-saved = ✅ Ebombami.
deadlines-card-deleted = 🗑 Karte ya avoka elongolami.

deadlines-cannot-reach =
    <b>Bokoki kozwa avoka na bino te?</b>
    • Avoka ya ofele («pro deo») aponamaka na biro ya lisalisi ya mibeko ya barreau moko na moko: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    • Bakanisaka ete bapaya bazali na lotomo yango mpo na mitindo ya kofanda mpe kobundela; bana mike bazali na yango ntango nyonso.
    • Botuna BAJ/BJB, to bókende mbala moko epai ya avoka, oyo akosenga ete aponama.
    Bokoki mpe kosenga lisalisi awa na nse: coach na bino (to ba coordinateurs) akotánga yango.

deadlines-button-register = 📄 Kokoma mokano
deadlines-coach-pick = Mpo na libota nini bozali kokoma mokano?
deadlines-coach-registered = ✅ Ekomami. Moto nyonso ya libota ayebisami sikoyo na monoko na ye, mpe akozwa bokundoli mokolo na mokolo.
deadlines-coach-notice = 📄 Libota { $label } (moto { $position }, { $language }) ekomi mokano mpe esengi ete boyebisama. Mokolo ya nsuka, kaka liboso ya to na: { $day }.

deadlines-mydata-title = <b>Mikano mpe karte ya avoka</b>
deadlines-mydata-item = • { $kind }: mokolo ya nsuka kaka liboso ya to na { $day } ({ $state })
deadlines-mydata-state-open = bikundoli ezali kokoba
deadlines-mydata-state-lawyer = avoka na bino azali kosala yango
deadlines-mydata-state-passed = eleki
deadlines-privacy-notice = • <b>Mikano:</b> soki bokomi mokano, bot ebombaka kaka biyano na bino na ba bouton (ezali nini, dati, ndenge ekómaki, na ndako to te) mpe mokolo ya nsuka, mpo na kokundolisa libota mobimba. Karte ya avoka na bino (nkombo, telefone to e-mail) soki bobombi yango. Coach na bino ayebisamaka kaka soki bofiní «yebisa coach na ngai». /forget elongolaka oyo bokomaki.
deadlines-privacy-retention = • Mokano elongolamaka mikolo { $days } nsima ya mokolo na yango ya nsuka.
