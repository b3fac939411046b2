# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Impapuro z'amakuru za family_bot (Ikirundi). Amajambo y'intango: locales/fr/topics.ftl.
# Ubutumwa « page-ID » bumwe ku rupapuro rwose rwo muri content/topics.toml; .title = akabuto (indome 24 ntarengwa).
# HTML ya Telegram (b, i, u, a, code, blockquote). Nta {}, nta variables.
# Terms: Office des Étrangers (ibiro bijejwe abanyamahanga); délai: igihe ntarengwa;
# recours: ugutakamba; décision: ingingo; détention: ugufungwa; legal names stay in French.

## house

page-house =
    <b>Inzu y'ugusubira (maison de retour)</b>
    Muba n'umuryango wanyu mu nzu yuguruye ya Office des Étrangers (ibiro bijejwe abanyamahanga).
    Coach arabaherekeza.

    Muhitemwo ico mushaka kumenya ng'aha munsi.
    .title = 🏠 Inzu

page-house-why =
    <b>Igituma muri ng'aha</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa (délais) ni bigufi.

    • Kuva mu 2008, imiryango ifise abana bataraba bakuru (mineurs) ntigishirwa mu kigo gifunze (centre fermé). Iba mu nzu y'ugusubira.
    • Itegeko rya vuba na ryo rirabivuga: abana ntibashobora gufungirwa mu kigo gifunze.
    • Mwitonde: n'ubwo bimeze gutyo, imbere y'amategeko inzu y'ugusubira ni <b>ahantu ho gufungirwa (détention)</b>. Umuryango wanyu wafatiwe ingingo yo gufungwa. Ni co gituma ibihe ntarengwa vyo gutakamba (recours) ari bigufi.
    • Hari inzu i Zulte, Tubize, Sint-Gillis-Waas, Tielt na Beauvechain. Urwo rutonde rushobora kuba rwarahindutse.
    .title = Ni kuki ndi ng'aha

page-house-rules =
    <b>Ubuzima mu nzu</b>
    • Mushobora gusohoka: guhaha, kuja ku mwavoka, kwa muganga, guherekeza abana ku ishure.
    • <b>Umuntu mukuru umwe ategerezwa kuguma mu nzu igihe cose.</b>
    • Abana baja ku ishure ryo hafi y'inzu.
    • Hari umuganga.
    • Kwakira abashitsi birarekuwe.
    • Buri ndwi, muronka amafaranga yo gukoresha (argent de poche). Muronka kandi ibikaratasi vyo kuronkerako ibifungurwa n'ibikoresho vy'ibanze (bons).

    Amategeko yose arambuye ari muri arrêté royal (itegeko ry'umwami) yo ku wa 14 Rusama 2009. Coach wanyu canke umwavoka wanyu arashobora kubibasigurira.
    .title = Amategeko

page-house-next =
    <b>Hazokurikira iki?</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Ukuba ng'aha kumara kuva ku misi mikeyi gushika ku mezi menshi. Ugereranije, ni nk'imisi 24 (ibiharuro vya 2008–2014).
    • Umwavoka wanyu arashobora gusaba ko murekurwa kuri chambre du conseil ya tribunal correctionnel (sentare). Birashoboka rimwe mu kwezi. Ingingo iboneka mu misi 5 y'akazi.
    • Mushobora kurondera uburyo bwo kuguma, canke kwitegurira gutaha. Murabe « Kuguma mu Bubiligi » na « Gutaha ku bushake ».
    .title = Hazokurikira iki?

page-house-coach =
    <b>Coach wanyu</b>
    • Coach akorera Office des Étrangers (ibiro bijejwe abanyamahanga).
    • <b>Coach si umwavoka wanyu.</b> Ntabatakambira (recours) kandi ntabasabira ikintu na kimwe. Ivyo ni mwebwe n'umwavoka wanyu mubikora.
    • Igikorwa ciwe: kubategurira gutaha, <b>canke</b> kubaherekeza mu gihe c'inzira (procédure) yo gusaba kuguma.
    • Ahuza mwebwe n'abategetsi, ambasade, abavoka n'amashirahamwe.
    • Abafasha gutahura ingingo zafashwe n'inzira (procédures).

    Ivyo murungikira coach, coach arabisoma. Murabe « Ubuzima bwite ».
    .title = Coach

## rights

page-rights =
    <b>Uburenganzira bwanyu ng'aha</b>
    Naho muri ng'aha, umuryango wanyu ufise uburenganzira: ishure, ukuvurwa, abashitsi.

    Muhitemwo ico mushaka kumenya ng'aha munsi.
    .title = 📜 Uburenganzira bwanyu

page-rights-school =
    <b>Ishure</b>
    • Abana banyu baja ku ishure ryo hafi y'inzu.
    • Mushobora gusohoka kugira mubajane ku ishure.
    • Mwibuke: umuntu mukuru umwe ategerezwa kuguma mu nzu igihe cose.
    • Mufise ikibazo ku vyerekeye ishure? Mubaze coach wanyu.
    .title = Ishure

page-rights-health =
    <b>Amagara</b>
    • Hari umuganga.
    • Murashobora kuvurwa ku mubiri no ku magara yo mu mutwe.
    • Mushobora gusohoka kugira muje kwa muganga.
    • Mwiyumva nabi cane? Mushobora kuvugana n'umuntu. Murabe « Kuvugana n'umuntu ».
    • Ivyihutirwa: muhamagare 112.

    Indwara ikomeye irashobora kuba imvo yo kuguma mu Bubiligi. Mubivugane n'umwavoka wanyu.
    .title = Amagara

page-rights-language =
    <b>Gutahura no kumenya amakuru</b>
    • Ntimutahura ingingo canke urupapuro? Muvuge.
    • Mushobora gusaba umusobanuzi (interprète). Mubaze coach wanyu canke umwavoka wanyu.
    • Igikorwa ca coach ni n'ukubafasha gutahura ingingo zafashwe n'inzira (procédures).
    • Arrêté royal yo mu 2009 ifise amategeko yerekeye telefone n'amakete.
    • Interineti: mubaze coach wanyu ivyo bishoboka ng'aha.
    • Mushobora kuraba dosiye yanyu. Murabe « Kuraba dosiye yanje ».
    .title = Ururimi na interineti

page-rights-visits =
    <b>Abashitsi</b>
    • Kwakira abashitsi birarekuwe.
    • Mushobora gusohoka kugira muje kubonana n'umwavoka wanyu.
    • Amashirahamwe amwe amwe aragendera inzu z'ugusubira, nk'akarorero JRS Belgium.
    • Amategeko yerekeye abashitsi ari muri arrêté royal yo ku wa 14 Rusama 2009. Coach wanyu arashobora kuyabasigurira.
    .title = Abashitsi

page-rights-complaints =
    <b>Mufise ingorane? Mushaka kurega?</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Umwavoka wanyu arashobora kubabwira ivyo mushobora gukora.

    Ku burenganzira bw'abana:
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>

    Mwasavye dosiye yanyu mukaronka inyishu ituzuye? Mushobora kwiyambaza Commission d'accès aux documents administratifs (CADA). Murabe « Kuraba dosiye yanje ».
    .title = Ingorane

## file-access

page-file-access =
    <b>Kuraba dosiye yanje</b>
    <b>⚠️ Mwaronse ingingo (décision)? Muvugane n'umwavoka wanyu ubu nyene.</b>

    Mufise uburenganzira bwo kuraba ingingo zafashwe n'impapuro ziri muri dosiye yanyu. Mushobora gusaba kopi. Umwavoka wanyu na we arashobora kuyisaba.

    Muhitemwo ico mushaka kumenya ng'aha munsi.
    .title = 📂 Kuraba dosiye yanje

page-file-access-how =
    <b>Gusaba dosiye yanje</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Umwavoka wanyu na we arashobora kubasabira dosiye.

    Kuri Office des Étrangers:
    • Mu kwandika gusa, biciye kuri e-mail. Si kuri telefone.
    • Mwandikire imwe muri izi aderesi:
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    • Ata mwavoka: mwongereko icemezo c'uwo muri we (preuve d'identité).
    • Ntimushaka dosiye yose? Muvuge impapuro mushaka.
    • Ibibazo ku biri muri dosiye: <code>infodesk@ibz.fgov.be</code>

    Ni itegeko ryo ku wa 11 Ndamukiza 1994 ryerekeye ukumenyekanisha ivy'ubutegetsi (loi sur la publicité de l'administration).
    .title = Ingene musaba

page-file-access-answer =
    <b>Inyishu</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Office des Étrangers itegerezwa kwishura mu misi 30.
    • Muronka kopi ya dosiye iri kuri mudasobwa (copie électronique), canke ibice mwasavye.
    • Inyishu ntiyuzuye? Mushobora kwiyambaza Commission d'accès aux documents administratifs (CADA). Umwavoka wanyu arashobora kubafasha.
    .title = Inyishu

page-file-access-cgrs =
    <b>Ivyanditswe ku kiganiro c'ubuhungiro</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Inyuma y'ikiganiro canyu c'ubuhungiro (entretien d'asile), mushobora gusaba CGRA (Commissariat général aux réfugiés et aux apatrides) kopi y'ivyanditswe muri ico kiganiro.
    • Umwavoka wanyu aronka kopi y'amakete yose ya CGRA.
    • Umwavoka wanyu arashobora kuba ahari mu kiganiro c'ubuhungiro.
    .title = Inyandiko z'ikiganiro

page-file-access-gdpr =
    <b>Amakuru yanyu bwite</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Office des Étrangers ni yo ijejwe amakuru yanyu bwite (responsable). Ni itegeko ry'Uburaya ryerekeye amakuru (RGPD).
    • Mufise uburenganzira bwo kuraba amakuru yanyu bwite.
    • Ingene bikorwa: umwavoka wanyu arashobora kubibabwira.
    .title = Amakuru yanyu bwite

## lawyer

page-lawyer =
    <b>Umwavoka wanyu</b>
    <b>⚠️ Mwaronse ingingo (décision)? Muvugane n'umwavoka wanyu ubu nyene.</b>

    Ng'aha, ibihe ntarengwa ni bigufi, kuko inzu y'ugusubira ibarwa nk'ahantu ho gufungirwa (détention).
    Mushobora kuronka umwavoka w'ubuntu (pro deo).

    Muhitemwo ico mushaka kumenya ng'aha munsi.
    .title = 💼 Umwavoka wanje

page-lawyer-role =
    <b>Ivyo umwavoka wanyu ashobora gukora</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    Umwavoka wanyu arashobora:
    • gutakamba (recours) kuri Conseil du contentieux des étrangers (CCE);
    • gusaba ko murekurwa kuri chambre du conseil;
    • gutanga ubusabe bushasha bw'ubuhungiro canke ubusabe bwo kwemererwa kuguma (régularisation);
    • gusaba dosiye yanyu;
    • kuba ahari mu kiganiro canyu c'ubuhungiro.
    .title = Ico ashobora gukora

page-lawyer-free =
    <b>Umwavoka w'ubuntu (pro deo)</b>
    <b>⚠️ Mwaronse ingingo (décision)? Muvugane n'umwavoka ubu nyene.</b>

    • Imfashanyo y'amategeko yo ku rwego rwa kabiri (aide juridique de deuxième ligne) ibaha umwavoka w'ubuntu.
    • Ibiro vy'imfashanyo y'amategeko (BAJ, bureau d'aide juridique) vya buri barreau (ishirahamwe ry'abavoka) ni vyo bibitunganya.
    • Ku nzira zerekeye ukuba mu gihugu (séjour) no ku gutakamba, abanyamahanga bafatwa ko bafise ubwo burenganzira. Abana bataraba bakuru (mineurs) bama babufise.
    • Ingene: mubaze BAJ. Canke mugende ubwanyu kwa mwavoka: umwavoka ni we asaba ko ashirwaho kubaburanira.
    • Coach wanyu na we ahuza mwebwe n'abavoka.
    .title = Umwavoka w'ubuntu

page-lawyer-deadlines =
    <b>Ibihe ntarengwa</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi, kuko inzu y'ugusubira ibarwa nk'ahantu ho gufungirwa (détention).

    • Ingingo ya Office des Étrangers (nk'akarorero: ordre de quitter, itegeko ryo kuva mu gihugu): <b>imisi 10</b> (imisi 30 iyo mutafunzwe). Ubusanzwe, uku gutakamba ntiguhagarika ukwirukanwa mu gihugu (éloignement).
    • Ivyihutirwa cane (extrême urgence): imisi 10 inyuma y'aho mumenyesherejwe ingingo (notification); imisi 5 iyo ari ingingo ya 2 yo kwirukanwa canke irenga. Uku gutakamba kurahagarika ukwirukanwa nimba kwegereje.
    • Ingingo ya CGRA ku buhungiro: <b>imisi 10</b> (imisi 30 iyo mutafunzwe); imisi 5 ku busabe bukurikira (demande ultérieure) butakiriwe (irrecevable).
    • Conseil d'État: imisi 30; ntibihagarika ukwirukanwa.

    Umwavoka wanyu azi igihe ntarengwa nyaco c'ikibazo canyu.
    .title = Ibihe ntarengwa

page-lawyer-coach =
    <b>Coach canke umwavoka?</b>
    • Coach akorera Office des Étrangers. <b>Coach si umwavoka wanyu.</b>
    • Coach nta nzira (procédure) n'imwe abakorera.
    • Ivyo gukora (gutakamba, gusaba): ni mwebwe n'umwavoka wanyu.
    • Coach arashobora kubahuza n'umwavoka wanyu no kubafasha gutahura ingingo zafashwe.
    .title = Coach canke umwavoka?

## stay

page-stay =
    <b>Kuguma mu Bubiligi</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    Hariho uburyo bwinshi bwo gusaba kuguma. Uburyo bwose bufise ibisabwa vyabwo. Umwavoka wanyu arashobora kubabwira ibishoboka kuri mwebwe.
    Coach na we arashobora kubaherekeza mu gihe c'inzira (procédure) yo kuguma.

    Muhitemwo ico mushaka kumenya ng'aha munsi.
    .title = 📝 Kuguma mu Bubiligi

page-stay-asylum =
    <b>Ubusabe bushasha bw'ubuhungiro</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Mushobora gutanga ubusabe bushasha bw'ubuhungiro (demande ultérieure) kuri Office des Étrangers.
    • Bisaba ibintu bishasha (éléments nouveaux). Bisaba kandi kuvuga igituma mutabitanze imbere.
    • CGRA ibanza kuraba nimba ubusabe bwakirwa (recevable): nk'imisi 10 y'akazi, imisi 2 iyo mufunzwe.
    .title = Ubuhungiro bushasha

page-stay-9bis =
    <b>Kwemererwa kuguma ku mvo z'ubumuntu (régularisation humanitaire, 9bis)</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Ni ubusabe budasanzwe. Ubutegetsi (administration) bufata ingingo nk'uko bubona bikwiye.
    • Bisaba: icemezo c'uwo muri we (document d'identité), aderesi n'imvo zidasanzwe (circonstances exceptionnelles).
    • Hari amafaranga y'ubutegetsi (frais administratifs): nka 350 gushika 360 € ku muntu mukuru umwe.
    • Umwavoka wanyu arashobora kubabwira nimba bishoboka kuri mwebwe.
    .title = Imvo z'ubumuntu (9bis)

page-stay-9ter =
    <b>Imvo z'amagara (9ter)</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Ku ndwara ikomeye idashobora kuvurwa neza mu gihugu canyu c'amavuko.
    • Ubusabe burungikwa kuri Office des Étrangers ari lettre recommandée (ikete rishinganye), hamwe n'icemezo c'umuganga c'urugero (certificat médical type: urupapuro rwemewe n'ubutegetsi).
    • Umwavoka wanyu arashobora kubabwira ingene bikorwa.
    .title = Imvo z'amagara (9ter)

page-stay-family =
    <b>Gusubira guhura n'umuryango (regroupement familial)</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Regroupement familial ni ubundi buryo bwo kuguma (ingingo, articles 10, 10bis, 40bis na 40ter z'itegeko ryerekeye abanyamahanga, loi sur les étrangers).
    • Ibisabwa vyarakomejwe kuva ku wa 18 Nyandagaro 2025.
    • Umwavoka wanyu arashobora kubabwira nimba mwujuje ibisabwa.
    .title = Umuryango

page-stay-stateless =
    <b>Ukutagira igihugu (apatridie)</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Ntimufise ubwenegihugu bw'igihugu na kimwe? Mushobora kuba muri apatride (umuntu atagira igihugu).
    • Sentare y'umuryango (tribunal de la famille) irashobora kwemeza ko muri apatride.
    • Kuva ku wa 1 Nyakanga 2024, hariho n'inzira y'ubutegetsi (procédure administrative) ishobora gutanga uruhusha rwo kuba mu gihugu (titre de séjour).
    • Umwavoka wanyu arashobora kubabwira ingene bikorwa.
    .title = Ukutagira igihugu

## return

page-return =
    <b>Gutaha ku bushake (retour volontaire)</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    Fedasil ifise umugambi (programme) wo gufasha abashaka gutaha ku bushake. Wuguruye ku bantu bose.
    <b>Igihe cose, muri abidegemvya gufata ingingo yo kudataha.</b>
    Mushobora kubivugana na coach wanyu canke umwavoka wanyu.

    Muhitemwo ico mushaka kumenya ng'aha munsi.
    .title = 🧳 Gutaha ku bushake

page-return-offer =
    <b>Ivyo umugambi utanga</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Urugendo ni ku buntu (biciye kuri OIM canke Fedasil).
    • Amafaranga y'impapuro z'urugendo murayasubizwa.
    • Muhabwa amafaranga y'igihe co kugenda (prime de départ).
    • Imfashanyo yo kwisubiza mu buzima bw'igihugu (réintégration) itangwa mu bintu (en nature), biciye kuri OIM canke Caritas. Itegerezwa gukoreshwa mu mezi 12.
    • Abategetsi b'igihugu canyu ntibamenyeshwa imbere y'uko mushika.

    Igihe cose, muri abidegemvya gufata ingingo yo kudataha.
    .title = Ico muronka

page-return-how =
    <b>Ingene musaba</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Inomero y'ubuntu: 0800 32 745
    • Ibiro vyo gutaha (guichets retour): Bruxelles, Gand, Anvers, Liège, Charleroi.
    • Canke ishirahamwe rikorana na bo (organisation partenaire).
    • Mushobora kandi kubivugana na coach wanyu.

    Igihe cose, muri abidegemvya gufata ingingo yo kudataha.
    .title = Ingene musaba

page-return-limits =
    <b>Imbibe z'imfashanyo</b>
    <b>⚠️ Muvugane n'umwavoka wanyu ubu nyene.</b> Ng'aha, ibihe ntarengwa ni bigufi.

    • Abantu bo mu bihugu bimwe bimwe ntibakironka imfashanyo yo kwisubiza mu buzima (réintégration). Akarorero: Brezili (Brésil), kuva ku wa 1 Kigarama 2025.
    • Mubaze ivyerekeye igihugu canyu: kuri 0800 32 745, ku biro vyo gutaha (guichet retour) canke ku mwavoka wanyu.

    Igihe cose, muri abidegemvya gufata ingingo yo kudataha.
    .title = Imbibe z'imfashanyo

## support

page-support =
    <b>Kuvugana n'umuntu</b>
    Mufise ubwoba, intuntu, canke muraruhiye cane? Mushobora gusaba imfashanyo.
    Mu nzu, murashobora kuvurwa ku magara yo mu mutwe.
    Ibikorwa (services) biri munsi ni ku buntu.

    <b>Akaga ako nyene: muhamagare 112.</b>

    Muhitemwo ico mushaka kumenya ng'aha munsi.
    .title = 💬 Kuvugana n'umuntu

page-support-crisis =
    <b>Imirongo ya telefone yo kubumviriza</b>
    Ni ku buntu.
    • 112: ivyihutirwa
    • 1813: Zelfmoordlijn (umurongo wo gukumira ukwiyahura). Mu Giholandi, amasaha 24 kuri 24, no mu kwandikirana (chat).
    • 0800 32 123: Centre de Prévention du Suicide (umurongo wo gukumira ukwiyahura). Mu Gifaransa, amasaha 24 kuri 24. Hari n'ibiganiro mu Congereza, mu Carabu no mu Cesipanyolo.
    • 106: Tele-Onthaal. Mu Giholandi.
    • 107: Télé-Accueil. Mu Gifaransa.
    .title = Telefone z'ubufasha

page-support-children =
    <b>Ku bana</b>
    Ni ku buntu.
    • 102: Awel. Mu Giholandi.
    • 103: Écoute-Enfants. Mu Gifaransa.
    • 116 000: Child Focus.

    Uburenganzira bw'abana:
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>
    .title = Ku bana

page-support-exiles =
    <b>Imfashanyo ku bahunze ibihugu vyabo</b>
    Ni ku buntu.
    • Ulysse (Bruxelles): ku bantu badafise uburenganzira buhamye bwo kuba mu gihugu (séjour précaire). Hari abasobanuzi.
    • Exil (Bruxelles): ku bantu barokotse iyicarubozo canke urugomo rwateguwe (violence organisée).
    • Solentra (UZ Brussel): ku bana b'impunzi kuva ku myaka 2 n'igice, n'imiryango yabo. Bisaba kurungikwa n'umuhinga (professionnel).

    Mubaze coach wanyu canke umuganga ingene mwohashika.
    .title = Imfashanyo ku bahunze

## contacts

page-contacts =
    <b>Inomero n'aderesi z'ingirakamaro</b>
    <b>Ivyihutirwa: 112</b>

    Muhitemwo ico mushaka kumenya ng'aha munsi.
    .title = 📞 Inomero z'ingirakamaro

page-contacts-emergency =
    <b>Inomero z'ivyihutirwa n'izo kubumviriza</b>
    Ni ku buntu.
    • 112: ivyihutirwa
    • 1813: Zelfmoordlijn (Igiholandi)
    • 0800 32 123: Centre de Prévention du Suicide (Igifaransa)
    • 106: Tele-Onthaal (Igiholandi)
    • 107: Télé-Accueil (Igifaransa)
    • 102: Awel, ku bana (Igiholandi)
    • 103: Écoute-Enfants (Igifaransa)
    • 116 000: Child Focus
    .title = Ivyihutirwa

page-contacts-children =
    <b>Uburenganzira bw'abana</b>
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>
    .title = Uburenganzira bw'abana

page-contacts-ngos =
    <b>Amashirahamwe (ONG)</b>
    • JRS Belgium: iragendera inzu z'ugusubira.
    • CIRÉ
    • Vluchtelingenwerk Vlaanderen
    • Caritas International
    • Nansen
    • Myria

    Coach wanyu ahuza mwebwe n'amashirahamwe. Arashobora kubafasha kuyashikira.
    .title = Amashirahamwe

page-contacts-offices =
    <b>Office des Étrangers na Fedasil</b>
    Gusaba dosiye yanyu (biciye kuri e-mail):
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    Ibibazo ku biri muri dosiye:
    <code>infodesk@ibz.fgov.be</code>

    Gutaha ku bushake (Fedasil):
    • Inomero y'ubuntu: 0800 32 745
    • Ibiro vyo gutaha (guichets retour): Bruxelles, Gand, Anvers, Liège, Charleroi.
    .title = Office na Fedasil

## appointments

page-appointments =
    <b>Rendez-vous zanje</b>
    Vuba, coach wanyu azoshobora kubarungikira rendez-vous zanyu muri iyi bot.
    Muzozibona kuri uru rupapuro.
    Ubu ntibirashoboka.
    .title = 📅 Rendez-vous

## privacy

page-privacy =
    <b>Ubuzima bwite</b>
    Bot ibika:
    • ururimi mwahisemwo;
    • igihe coach wanyu yabahuje: izina ry'umuryango wanyu (étiquette);
    • ubutumwa muhisemwo kurungikira coach wanyu.
    Igituma: kugira ngo ibavugishe mu rurimi rwanyu kandi ishikirize ubutumwa bwanyu.

    Abashobora kubusoma: coach wanyu, akorera Office des Étrangers, n'abahuza b'abacoach (coordinateurs).
    Ku vyerekeye ukwiburanira kwanyu, muvugane n'umwavoka wanyu.

    Kugira mufute amakuru yanyu: murungike /forget.
    Bot ntifata ingingo n'imwe.
    .title = 🔒 Ubuzima bwite
