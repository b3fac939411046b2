# Inyuma y'icemezo: umusi wa nyuma wo kugira ico mukora, ivyibutsa, ikarata y'umuvoka. Bisomwa n'imiryango.
# Nta muntu arabisuzuma. HTML ya Telegram gusa. Bot ni yo yuzuza { $... }.

command-deadline = Umusi wa nyuma inyuma y'icemezo

deadlines-button-received = 📄 Naronse icemezo
deadlines-button-cancel = ✖️ Kureka
deadlines-cancelled = Vyarekuwe. Nta co cabitswe.
deadlines-stale = Iri buto ntirigikora. Mwongere mutangure na /deadline.
deadlines-unavailable = <b>⚠️ Muvugane n'umuvoka wanyu uyu musi.</b> Bot ntishobora guharura imisi ubu.

deadlines-ask-kind =
    <b>Icemezo ni ikihe?</b> Murabe hejuru ku rupapuro (umutwe w'urupapuro):
    • Ibiro bijejwe abanyamahanga: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (nk'itegeko ryo kuva mu gihugu)
    • CGRS, ubuhungiro: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS, isaba rishasha (rikurikira) ry'ubuhungiro ritemewe: umutwe umwe, hamwe na «demande ultérieure» / «volgend verzoek»
    • Urubanza: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Ibiro bijejwe abanyamahanga (OE / DVZ)
deadlines-kind-cgrs = Icemezo c'ubuhungiro ca CGRS (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS: isaba rishasha ritemewe
deadlines-kind-cce-judgment = Urubanza rwa CCE / RvV
deadlines-kind-unknown = Sinzi

deadlines-ask-second = Iki ni <b>ingingo ya kabiri (canke ikurikira) yo kwirukanwa</b>? Ni ukuvuga: mwari mwararonse imbere itegeko ryo kuva mu gihugu canke icemezo co kwirukanwa?
deadlines-answer-yes = Ego
deadlines-answer-no = Oya
deadlines-answer-unknown = Sinzi

deadlines-ask-how = <b>Icemezo canyu cabashikiye ryari kandi gute?</b>
deadlines-how-today = Nagihawe mu minwe uyu musi
deadlines-how-yesterday = Nagihawe mu minwe ejo hashize
deadlines-how-other-day = Nagihawe uwundi musi
deadlines-how-registered = Mw'ikete ryanditswe
deadlines-how-letter = Mw'ikete risanzwe
deadlines-how-unknown = Sinzi

deadlines-ask-date-in-person = Mwagihawe ku wuhe musi (canke mwanse kucakira)?
deadlines-ask-date-registered = Ikete ryanditswe ryabashikirijwe ku wuhe musi (umusi umuposita yaje)?
deadlines-ask-date-letter = Ni uwuhe musi uri ku kashe k'iposita? Nimba mutawuzi, muhitemwo itariki yanditse ku cemezo. Si umusi cashikiyeko.
deadlines-date-unknown = Sinzi itariki

deadlines-ask-house = Mwaba mwaba mu nzu yo gusubira igihe mwakironka?
deadlines-house-yes = Ego, mu nzu yo gusubira
deadlines-house-no = Oya

deadlines-contact-lawyer = <b>⚠️ Muvugane n'umuvoka wanyu uyu musi.</b>
deadlines-card = 👩‍⚖️ Umuvoka wanyu: <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = Ntimuzi icemezo ico ari co. Ni co gituma ngiri itegeko rigufi kuruta ayandi: imisi { $days }, iharurwa kuva ku musi ukurikira uwo cahawe.
deadlines-shortest-date = Ntimuzi itariki. Ni co gituma ngiri itegeko rigufi kuruta ayandi: imisi { $days }, iharuwe nk'aho icemezo catanzwe uyu musi. Nimba vyari imbere, umusi wa nyuma na wo uri imbere.
deadlines-at-latest =
    • <b>{ $remedy }</b>: bitarenze <b>{ $day }</b> (imisi { $days })
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: nta gihe ntarengwa.
    { $rule } [{ $sources }]
deadlines-decision-counts = Nimba icemezo ubwaco gitanga igihe kigufi, ni co giharurwa. Umuvoka wanyu ni we yemeza umusi nyawo.
deadlines-unreviewed = <i>Izi tarike zaharuwe hakoreshejwe amategeko ataragenzurwa n'umuvoka n'umwe.</i>

deadlines-remedy-cce-appeal = Ukujurira kuri CCE / RvV
deadlines-remedy-extreme-urgency = Uguhagarika mu bwihuta bukomeye (CCE / RvV)
deadlines-remedy-cgrs-appeal = Ukujurira kuri CCE / RvV ku cemezo ca CGRS
deadlines-remedy-cgrs-subsequent-appeal = Ukujurira kuri CCE / RvV ku kutemerwa
deadlines-remedy-council-of-state = Ukujurira kuri Inama ya Leta
deadlines-remedy-council-chamber = Isaba ryo kurekurwa ku Cumba c'inama

deadlines-rule-cce-appeal-detained = Imisi 10 kuva ku musi ukurikira imenyeshwa: inzu yo gusubira iharurwa nk'ukugumwa.
deadlines-rule-cce-appeal = Imisi 30 kuva ku musi ukurikira imenyeshwa, nimba mutagumwe.
deadlines-rule-extreme-urgency = Imisi 10 kuva ku musi ukurikira imenyeshwa ry'ingingo yo kwirukanwa.
deadlines-rule-extreme-urgency-second-removal = Imisi 5 kuva ku musi ukurikira imenyeshwa ry'ingingo ya kabiri (canke ikurikira) yo kwirukanwa.
deadlines-rule-cgrs-appeal-detained = Imisi 10 mu kugumwa (inzu yo gusubira iraharurwa). Impapuro zemewe ntizihuza: CGRS yandika igihe mu cemezo ubwaco.
deadlines-rule-cgrs-appeal = Imisi 30 y'ikalindari kuva ku musi ukurikira imenyeshwa, nimba mutagumwe.
deadlines-rule-cgrs-subsequent-appeal-detained = Imisi 5 mu kugumwa (inzu yo gusubira iraharurwa).
deadlines-rule-cgrs-subsequent-appeal = Imisi 10, nimba mutagumwe.
deadlines-rule-council-of-state = Imisi 30 kuva ku musi ukurikira imenyeshwa ry'urubanza. Inyandiko y'itegeko ntiyabonetse: mubaze umuvoka wanyu.
deadlines-rule-council-chamber = Umuvoka wanyu arashobora kuyitanga igihe cose, kandi agasubira buri kwezi. Icumba c'inama gifata ingingo mu misi 5 y'akazi.

deadlines-button-lawyer-has-it = ✅ Umuvoka wanje aravyitwararika
deadlines-button-tell-coach = 📣 Menyesha coach wanje (coach akorera Office des Étrangers)
deadlines-button-card = 👩‍⚖️ Ikarata y'umuvoka wanje
deadlines-button-cannot-reach = ☎️ Sinshobora kuronka umuvoka wanje
deadlines-another = Mwaronse ikindi cemezo?

deadlines-reminder-head = ⏰ <b>Icibutso: icemezo.</b>
deadlines-by-coach = 📄 <b>Coach wanyu yanditse icemezo c'umuryango wanyu.</b>
deadlines-stopped = ✅ Vyanditswe: umuvoka wanyu aravyitwararika. Ivyibutsa bihagaze ku muryango wanyu wose.
deadlines-state-lawyer = ✅ Umuvoka wanyu aravyitwararika: nta vyibutsa bindi.
deadlines-state-passed = Uyu musi wa nyuma warahise. Mubaze umuvoka wanyu ikiri gishoboka.
deadlines-coach-told = 📣 Coach wanyu yamenyeshejwe. Muzirikane: coach akorera Office des Étrangers, si umuvoka wanyu.
deadlines-no-coach = Ntimufitaniye isano na coach muri iyi bot, ni co gituma nta muntu yamenyeshejwe.

deadlines-card-none = Nta karata y'umuvoka yabitswe. Murashobora kubika izina ry'umuvoka wanyu na telefone canke e-mail yiwe: bica bigaragara hano, ku rupapuro rw'umuvoka no mu vyibutsa. Si itegeko, kandi murashobora kuyifuta igihe cose.
deadlines-card-about = Umuryango wanyu wose urabona iyi karata. Murashobora kuyihindura canke kuyifuta igihe cose.
deadlines-button-card-edit = ✏️ Bika canke uhindure
deadlines-button-card-delete = 🗑 Futa
deadlines-card-ask-name = Mwandike izina ry'umuvoka wanyu.
deadlines-card-ask-contact = Ubu mwandike inomero ya telefone canke aderesi ya e-mail y'umuvoka wanyu.
deadlines-card-bad-name = Turabasavye mwandike izina ritarenze indome 80.
deadlines-card-bad-contact = Iyi si inomero ya telefone canke aderesi ya e-mail. Inomero ya telefone ifise ibiharuro, hamwe na + n'umwanya nimba mubishaka, nka +32 2 123 45 67. Mwongere mwandike.
deadlines-card-saved = ✅ Vyabitswe.
deadlines-card-deleted = 🗑 Ikarata y'umuvoka yafuswe.

deadlines-cannot-reach =
    <b>Ntimushobora kuronka umuvoka wanyu?</b>
    • Umuvoka w'ubuntu («pro deo») ashirwaho n'ibiro vy'imfashanyo y'amategeko vya buri shirahamwe ry'abavoka: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    • Abanyamahanga bafatwa ko babifitiye uburenganzira mu ngingo z'ukuba mu gihugu no mu kujurira; abana bato bama babifitiye uburenganzira.
    • Mubaze BAJ/BJB, canke muje ubwanyu ku muvoka, uwusaba gushirwaho.
    Murashobora kandi gusaba imfashanyo hepfo: coach wanyu (canke abahuza) azobisoma.

deadlines-button-register = 📄 Kwandika icemezo
deadlines-coach-pick = Ni uwuhe muryango mwandikira icemezo?
deadlines-coach-registered = ✅ Vyanditswe. Umunywanyi wese w'umuryango amenyeshwa ubu mu rurimi rwiwe, kandi aronka icibutso buri musi.
deadlines-coach-notice = 📄 Umuryango { $label } (umunywanyi { $position }, { $language }) wanditse icemezo kandi usaba ko mumenyeshwa. Umusi wa nyuma, bitarenze: { $day }.

deadlines-mydata-title = <b>Ivyemezo n'ikarata y'umuvoka</b>
deadlines-mydata-item = • { $kind }: umusi wa nyuma bitarenze { $day } ({ $state })
deadlines-mydata-state-open = ivyibutsa birabandanya
deadlines-mydata-state-lawyer = umuvoka wanyu aravyitwararika
deadlines-mydata-state-passed = vyarahise
deadlines-privacy-notice = • <b>Ivyemezo:</b> nimwandika icemezo, bot ibika gusa inyishu zanyu ku mabuto (ico ari co, itariki, ingene cabashikiye, mu nzu canke oya) n'umusi wa nyuma, kugira yibutse umuryango wose. Ikarata y'umuvoka wanyu (izina, telefone canke e-mail) nimwayibika. Coach wanyu amenyeshwa gusa nimwafyonda «menyesha coach wanje». /forget ifuta ivyo mwanditse.
deadlines-privacy-retention = • Icemezo gifutwa imisi { $days } inyuma y'umusi waco wa nyuma.
