# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Bogagga macluumaadka ee family_bot (Af-Soomaali). Qoraalka asalka ah: locales/fr/topics.ftl.
# Fariin "page-ID" ah bog kasta oo ku jira content/topics.toml; .title = badhanka (ugu badnaan 24 xaraf).
# Qoraalka: HTML Telegram (b, i, u, a, code, blockquote). Bilaa qaansooyin { }, bilaa doorsoomayaal.

## house

page-house =
    <b>Guriga celinta</b>
    Waxaad qoyskaaga la deggan tahay guri furan oo uu leeyahay Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken).
    Coach ayaa kula socda.

    Hoos ka dooro mawduuc.
    .title = 🏠 Guriga

page-house-why =
    <b>Sababta aad halkan u joogto</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Tan iyo 2008, qoysaska leh carruur aan qaan-gaarin lama geeyo xarun xiran. Waxay ku noolaadaan guri celin.
    • Sharci cusub ayaa sidoo kale sidaas leh: carruurta laguma xiri karo xarun xiran.
    • Digniin: sharciga agtiisa, guriga celintu weli waa <b>xarig</b>. Qoyskaaga waxaa la siiyay go'aan xarig. Taas awgeed muddooyinka racfaanku waa gaaban yihiin.
    • Guryo ayaa ku yiillay Zulte, Tubize, Sint-Gillis-Waas, Tielt iyo Beauvechain. Liiskani waxaa laga yaabaa inuu isbeddelay.
    .title = Maxaan halkan u joogaa

page-house-rules =
    <b>Nolosha guriga</b>
    • Waad bixi kartaa: wax iibsasho, qareen, dhakhtar, carruurta oo dugsiga la geeyo.
    • <b>Hal qof oo qaangaar ah waa inuu had iyo jeer guriga joogaa.</b>
    • Carruurtu waxay aadaan dugsiga xaafadda.
    • Dhakhtar ayaa jira.
    • Booqashooyinka waa la oggol yahay.
    • Toddobaad kasta waxaad heshaa lacag jeeb. Waxaad sidoo kale heshaa kuubanno cunto iyo alaab aasaasi ah.

    Xeerarka faahfaahsan waxay ku qoran yihiin wareegto boqortooyo oo ka soo baxday 14 Maajo 2009. Coach-kaaga ama qareenkaaga ayaa kuu sharxi kara.
    .title = Xeerarka

page-house-next =
    <b>Maxaa xiga?</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Joogitaanka halkan wuxuu socdaa dhowr maalmood ilaa dhowr bilood. Celcelis ahaan qiyaastii 24 maalmood (tirooyinka 2008–2014).
    • Qareenkaagu wuxuu ka codsan karaa qolka go'aanka ee maxkamadda dembiyada (chambre du conseil / raadkamer) in lagu sii daayo. Taasi waa suurtagal bishiiba hal mar. Go'aanku wuxuu imanayaa 5 maalmood oo shaqo gudahood.
    • Waxaad raadin kartaa waddo aad ku joogto, ama waxaad diyaarin kartaa ku noqosho. Eeg "Joogitaanka Beljamka" iyo "Ku noqosho ikhtiyaari".
    .title = Maxaa xiga?

page-house-coach =
    <b>Coach-kaaga</b>
    • Coach-ku wuxuu u shaqeeyaa Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken).
    • <b>Coach-ku ma aha qareenkaaga.</b> Kuuma gudbiyo racfaan ama codsi. Taasi waa shaqadaada iyo tan qareenkaaga.
    • Shaqadiisu waa: inuu diyaariyo ku noqoshadaada, <b>ama</b> inuu kula socdo inta uu socdo habraac aad ku codsanayso joogitaan.
    • Wuxuu isku xiraa adiga iyo hay'adaha dowladda, safaaradaha, qareennada iyo ururrada.
    • Wuxuu kaa caawiyaa inaad fahanto go'aannada iyo habraacyada.

    Waxa aad u dirto coach-ka, coach-ku wuu akhriyaa. Eeg "Arrimaha gaarka ah".
    .title = Coach-ka

## rights

page-rights =
    <b>Xuquuqdaada halkan</b>
    Xitaa halkan, qoyskaagu xuquuq ayuu leeyahay: dugsi, daryeel caafimaad, booqasho.

    Hoos ka dooro mawduuc.
    .title = 📜 Xuquuqdaada

page-rights-school =
    <b>Dugsiga</b>
    • Carruurtaadu waxay aadaan dugsiga xaafadda.
    • Waad bixi kartaa si aad dugsiga u geyso.
    • Xusuuso: hal qof oo qaangaar ah waa inuu had iyo jeer guriga joogaa.
    • Su'aal ma ka qabtaa dugsiga? Weydii coach-kaaga.
    .title = Dugsiga

page-rights-health =
    <b>Caafimaadka</b>
    • Dhakhtar ayaa jira.
    • Waxaad heli kartaa daryeelka jirka iyo daryeelka caafimaadka maskaxda.
    • Waad bixi kartaa si aad dhakhtarka u aragto.
    • Ma dareemaysaa xaalad aad u xun? Waad la hadli kartaa qof. Eeg "La hadal qof".
    • Xaalad degdeg ah: wac 112.

    Xanuun culus wuxuu noqon karaa sabab lagu joogo Beljamka. Kala hadal qareenkaaga.
    .title = Caafimaadka

page-rights-language =
    <b>Fahamka iyo macluumaadka</b>
    • Ma fahmin go'aan ama dukumenti? Sheeg.
    • Waxaad codsan kartaa turjumaan. Weydii coach-kaaga ama qareenkaaga.
    • Shaqada coach-ka waxaa sidoo kale ka mid ah inuu kaa caawiyo fahamka go'aannada iyo habraacyada.
    • Wareegtada boqortooyada ee 2009 waxay leedahay xeerar ku saabsan taleefanka iyo boostada.
    • Internetka: weydii coach-kaaga waxa halkan suurtagal ka ah.
    • Waad arki kartaa faylkaaga. Eeg "Arag faylkayga".
    .title = Luqadda iyo internetka

page-rights-visits =
    <b>Booqashooyinka</b>
    • Booqashooyinka waa la oggol yahay.
    • Waad bixi kartaa si aad qareenkaaga u aragto.
    • Ururro ayaa booqda guryaha celinta, tusaale ahaan JRS Belgium.
    • Xeerarka booqashada waxay ku qoran yihiin wareegtada boqortooyada ee 14 Maajo 2009. Coach-kaaga ayaa kuu sharxi kara.
    .title = Booqashooyinka

page-rights-complaints =
    <b>Dhibaato? Cabasho?</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Qareenkaagu wuxuu kuu sheegi karaa waxa aad samayn karto.

    Xuquuqda carruurta:
    • Kinderrechtencommissariaat (Xafiiska xuquuqda carruurta): 0800 20 808
    • Délégué général aux droits de l'enfant (Wakiilka guud ee xuquuqda ilmaha): <code>dgde@cfwb.be</code>

    Markaad faylkaaga codsatay, ma heshay jawaab aan dhammaystirnayn? Waxaad u gudbin kartaa Guddiga helitaanka dukumentiyada maamulka (CADA). Eeg "Arag faylkayga".
    .title = Dhibaato

## file-access

page-file-access =
    <b>Arag faylkayga</b>
    <b>⚠️ Go'aan ma heshay? Isla markiiba la xiriir qareenkaaga.</b>

    Waxaad xaq u leedahay inaad aragto go'aannada iyo dukumentiyada ku jira faylkaaga. Waxaad codsan kartaa nuqul. Qareenkaaguna wuu codsan karaa.

    Hoos ka dooro mawduuc.
    .title = 📂 Arag faylkayga

page-file-access-how =
    <b>Codsashada faylkayga</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Qareenkaagu sidoo kale wuu kuu codsan karaa faylka.

    Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken):
    • Qoraal keliya, iimayl ahaan. Taleefan ma aha.
    • U qor mid ka mid ah cinwaannadan:
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    • Haddii aadan qareen lahayn: ku dar caddayn aqoonsigaaga.
    • Ma rabtid faylka oo dhan? Sheeg dukumentiyada aad rabto.
    • Su'aalaha ku saabsan waxa ku jira faylka: <code>infodesk@ibz.fgov.be</code>

    Tani waa sharciga 11 Abriil 1994 ee ku saabsan furfurnaanta maamulka.
    .title = Sida loo codsado

page-file-access-answer =
    <b>Jawaabta</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken) waa inuu kuu jawaabaa 30 maalmood gudahood.
    • Waxaad heli doontaa nuqul elektaroonig ah oo faylka ah, ama qaybaha aad codsatay.
    • Jawaabtu ma dhammaystirna? Waxaad u gudbin kartaa Guddiga helitaanka dukumentiyada maamulka (CADA). Qareenkaagu wuu ku caawin karaa.
    .title = Jawaabta

page-file-access-cgrs =
    <b>Qoraallada wareysiga magangelyada</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Wareysigaaga magangelyada kadib, waxaad nuqul qoraallada wareysiga ka codsan kartaa CGRA / CGVS (Xafiiska Guud ee Qaxootiga iyo Dadka aan Dhalasho lahayn).
    • Qareenkaagu wuxuu helaa nuqul dhammaan waraaqaha CGRA.
    • Qareenkaagu wuu joogi karaa wareysiga magangelyada.
    .title = Qoraallada wareysiga

page-file-access-gdpr =
    <b>Xogtaada shakhsiga ah</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken) ayaa mas'uul ka ah xogtaada shakhsiga ah. Tani waa sharciga Yurub ee xogta (GDPR / RGPD).
    • Waxaad xaq u leedahay inaad aragto xogtaada shakhsiga ah.
    • Sida loo sameeyo: qareenkaaga ayaa kuu sheegi kara.
    .title = Xogta shakhsiga

## lawyer

page-lawyer =
    <b>Qareenkaaga</b>
    <b>⚠️ Go'aan ma heshay? Isla markiiba la xiriir qareenkaaga.</b>

    Halkan muddooyinku waa gaaban yihiin, sababtoo ah guriga celinta waxaa loo tiriyaa xarig.
    Waxaad heli kartaa qareen bilaash ah (pro deo).

    Hoos ka dooro mawduuc.
    .title = 💼 Qareenkayga

page-lawyer-role =
    <b>Waxa qareenkaagu samayn karo</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    Qareenkaagu wuxuu:
    • racfaan u gudbin karaa Golaha Dacwadaha Ajaanibta (CCE / RvV);
    • ka codsan karaa qolka go'aanka (chambre du conseil / raadkamer) in lagu sii daayo;
    • gudbin karaa codsi magangelyo oo cusub ama codsi sharciyeyn;
    • codsan karaa faylkaaga;
    • joogi karaa wareysigaaga magangelyada.
    .title = Waxa qareenku qabto

page-lawyer-free =
    <b>Qareen bilaash ah (pro deo)</b>
    <b>⚠️ Go'aan ma heshay? Isla markiiba la xiriir qareen.</b>

    • Gargaarka sharciga ee heerka labaad wuxuu ku siiyaa qareen bilaash ah.
    • Xafiiska gargaarka sharciga (BAJ / BJB) ee urur kasta oo qareenno ayaa qabanqaabiya.
    • Habraacyada deganaanshaha iyo racfaannada, ajaanibta waxaa loo qaataa inay xaq u leeyihiin. Dadka aan qaan-gaarin had iyo jeer way xaq u leeyihiin.
    • Sidee: weydii BAJ / BJB. Ama si toos ah u tag qareen: qareenku wuxuu codsanayaa in laguu magacaabo.
    • Coach-kaaguna wuxuu xiriir la leeyahay qareennada.
    .title = Qareen bilaash ah

page-lawyer-deadlines =
    <b>Muddooyinka</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin, sababtoo ah guriga celinta waxaa loo tiriyaa xarig.

    • Go'aan ka yimid Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken), tusaale amarka inaad dalka ka baxdo: <b>10 maalmood</b> (30 haddii aadan xarig ku jirin). Caadi ahaan, racfaankani ma joojiyo ka saarista dalka.
    • Xaalad aad u degdeg ah: 10 maalmood ogeysiiska kadib; 5 maalmood haddii uu yahay go'aanka 2aad ee ka saarista ama mid ka dambeeya. Racfaankani wuxuu joojiyaa ka saarista haddii ay dhow dahay.
    • Go'aanka magangelyada ee CGRA: <b>10 maalmood</b> (30 haddii aadan xarig ku jirin); 5 maalmood haddii codsi dambe aan la aqbalin.
    • Golaha Dowladda (Conseil d'État / Raad van State): 30 maalmood; ma joojiyo ka saarista.

    Qareenkaagu wuu yaqaan muddada saxda ah ee kiiskaaga.
    .title = Muddooyinka

page-lawyer-coach =
    <b>Coach mise qareen?</b>
    • Coach-ku wuxuu u shaqeeyaa Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken). <b>Coach-ku ma aha qareenkaaga.</b>
    • Coach-ku kuuma sameeyo wax habraac ah.
    • Tallaabooyinka (racfaan, codsiyo): waa adiga iyo qareenkaaga.
    • Coach-ku wuxuu xiriir la yeelan karaa qareenkaaga, wuxuuna kaa caawin karaa inaad fahanto go'aannada.
    .title = Coach mise qareen?

## stay

page-stay =
    <b>Joogitaanka Beljamka</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    Waxaa jira dhowr hab oo lagu codsado joogitaan. Mid kastaa shuruud u gaar ah ayuu leeyahay. Qareenkaagu wuxuu kuu sheegi karaa waxa adiga kuu suurtagal ah.
    Coach-kuna wuxuu kula socon karaa inta uu socdo habraac aad ku codsanayso joogitaan.

    Hoos ka dooro mawduuc.
    .title = 📝 Joogitaanka Beljamka

page-stay-asylum =
    <b>Codsi magangelyo oo cusub</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Waxaad Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken) u gudbin kartaa codsi magangelyo oo cusub (codsi dambe).
    • Waxaa loo baahan yahay arrimo cusub. Waa inaad sidoo kale sheegtaa sababta aadan horay u soo gudbin.
    • CGRA ayaa marka hore go'aamiya in codsiga la aqbali karo: qiyaastii 10 maalmood oo shaqo, 2 maalmood haddii aad xarig ku jirto.
    .title = Magangelyo cusub

page-stay-9bis =
    <b>Sharciyeyn bini'aadannimo (9bis)</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Tani waa codsi aan caadi ahayn. Maamulku si xor ah ayuu u go'aamiyaa.
    • Waxaa loo baahan yahay: dukumenti aqoonsi, cinwaan iyo xaalado aan caadi ahayn.
    • Waxaa jira khidmad maamul: qiyaastii 350 ilaa 360 € qof weyn kasta.
    • Qareenkaagu wuxuu kuu sheegi karaa haddii ay tani kuu suurtagal tahay.
    .title = Bini'aadannimo (9bis)

page-stay-9ter =
    <b>Sabab caafimaad (9ter)</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Xanuun culus oo aan si fiican loogu daaweyn karin dalkaagii hooyo.
    • Codsiga waxaa loo diraa warqad diiwaan-gashan oo loo diro Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken), oo lagu daray shahaadada caafimaadka ee caadiga ah (foom rasmi ah).
    • Qareenkaagu wuxuu kuu sheegi karaa sida loo sameeyo.
    .title = Caafimaad (9ter)

page-stay-family =
    <b>Isu-keenidda qoyska</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Isu-keenidda qoysku waa hab kale oo lagu joogi karo (qodobbada 10, 10bis, 40bis iyo 40ter ee sharciga ajaanibta).
    • Shuruudaha way adkaadeen tan iyo 18 Ogost 2025.
    • Qareenkaagu wuxuu kuu sheegi karaa haddii aad buuxiso shuruudaha.
    .title = Qoyska

page-stay-stateless =
    <b>Dhalasho la'aan</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Ma lihid dhalashada dal kasta? Waxaa suurtagal ah inaad tahay qof aan dhalasho lahayn.
    • Maxkamadda qoyska (tribunal de la famille / familierechtbank) ayaa kuu aqoonsan karta qof aan dhalasho lahayn.
    • Tan iyo 1 Sebtembar 2024, habraac maamul ayaa sidoo kale ku siin kara ruqsad deganaansho.
    • Qareenkaagu wuxuu kuu sheegi karaa sida loo sameeyo.
    .title = Dhalasho la'aan

## return

page-return =
    <b>Ku noqosho ikhtiyaari ah</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    Fedasil waxay leedahay barnaamij lagu caawiyo ku noqoshada ikhtiyaariga ah. Qof walba wuu u furan yahay.
    <b>Had iyo jeer waxaad xor u tahay inaad go'aansato inaadan bixin.</b>
    Waxaad arrintan kala hadli kartaa coach-kaaga ama qareenkaaga.

    Hoos ka dooro mawduuc.
    .title = 🧳 Ku noqosho ikhtiyaari

page-return-offer =
    <b>Waxa barnaamijku bixiyo</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Safarku waa bilaash (IOM ama Fedasil ayaa qabanqaabiya).
    • Kharashka dukumentiyada safarka waa laguu celinayaa.
    • Deeq lacageed oo bixitaan ah.
    • Caawimaad dib-u-dejin oo alaab iyo adeeg ah (ma aha lacag caddaan ah), iyadoo loo marayo IOM ama Caritas. Waa in la isticmaalo 12 bilood gudahood.
    • Dowladda dalkaaga looma sheego ka hor intaadan gaarin.

    Had iyo jeer waxaad xor u tahay inaad go'aansato inaadan bixin.
    .title = Waxa la bixiyo

page-return-how =
    <b>Sida loo codsado</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Lambar bilaash ah: 0800 32 745
    • Xafiisyada ku noqoshada: Brussel (Bruxelles), Gent, Antwerpen, Liège, Charleroi.
    • Ama urur wada-shaqeeye ah.
    • Waxaad sidoo kale kala hadli kartaa coach-kaaga.

    Had iyo jeer waxaad xor u tahay inaad go'aansato inaadan bixin.
    .title = Sida loo codsado

page-return-limits =
    <b>Xadka caawimaadda</b>
    <b>⚠️ Isla markiiba la xiriir qareenkaaga.</b> Halkan muddooyinku waa gaaban yihiin.

    • Dadka dalal qaarkood ka yimid hadda ma helaan caawimaadda dib-u-dejinta. Tusaale: Baraasiil, tan iyo 1 Desembar 2025.
    • Weydii waxa khuseeya dalkaaga: 0800 32 745, xafiiska ku noqoshada ama qareenkaaga.

    Had iyo jeer waxaad xor u tahay inaad go'aansato inaadan bixin.
    .title = Xadka caawimaadda

## support

page-support =
    <b>La hadal qof</b>
    Ma baqaysaa, ma murugaysan tahay, mise aad baad u daallan tahay? Waxaad codsan kartaa caawimaad.
    Guriga gudihiisa waxaad heli kartaa daryeelka caafimaadka maskaxda.
    Adeegyada hoose waa bilaash.

    <b>Khatar degdeg ah: wac 112.</b>

    Hoos ka dooro mawduuc.
    .title = 💬 La hadal qof

page-support-crisis =
    <b>Khadadka taageerada</b>
    Bilaash.
    • 112: xaalad degdeg ah
    • 1813: Zelfmoordlijn (khadka ka hortagga is-dilka). Af-Holandi, 24 saacadood maalintii, sidoo kale chat.
    • 0800 32 123: Centre de Prévention du Suicide (xarunta ka hortagga is-dilka). Af-Faransiis, 24 saacadood maalintii. La-talin sidoo kale Af-Ingiriis, Carabi iyo Isbaanish.
    • 106: Tele-Onthaal. Af-Holandi.
    • 107: Télé-Accueil. Af-Faransiis.
    .title = Khadadka taageerada

page-support-children =
    <b>Carruurta</b>
    Bilaash.
    • 102: Awel. Af-Holandi.
    • 103: Écoute-Enfants. Af-Faransiis.
    • 116 000: Child Focus.

    Xuquuqda ilmaha:
    • Kinderrechtencommissariaat (Xafiiska xuquuqda carruurta): 0800 20 808
    • Délégué général aux droits de l'enfant (Wakiilka guud ee xuquuqda ilmaha): <code>dgde@cfwb.be</code>
    .title = Carruurta

page-support-exiles =
    <b>Caawimaad dadka dalkooda ka soo qaxay</b>
    Bilaash.
    • Ulysse (Brussel): dadka aan lahayn deganaansho sugan. Turjumaanno ayaa jira.
    • Exil (Brussel): dadka ka badbaaday jirdil ama rabshad abaabulan.
    • Solentra (UZ Brussel): carruurta qaxootiga ah ee jira 2 sano iyo badh ama ka weyn, iyo qoysaskooda. Waa in xirfadle kuu soo diro.

    Weydii coach-kaaga ama dhakhtarka sida loo tago.
    .title = Caawimaad qaxootiga

## contacts

page-contacts =
    <b>Xiriirro muhiim ah</b>
    <b>Xaalad degdeg ah: 112</b>

    Hoos ka dooro mawduuc.
    .title = 📞 Xiriirro muhiim ah

page-contacts-emergency =
    <b>Lambarrada degdegga iyo taageerada</b>
    Bilaash.
    • 112: xaalad degdeg ah
    • 1813: Zelfmoordlijn, ka hortagga is-dilka (Af-Holandi)
    • 0800 32 123: Centre de Prévention du Suicide, ka hortagga is-dilka (Af-Faransiis)
    • 106: Tele-Onthaal (Af-Holandi)
    • 107: Télé-Accueil (Af-Faransiis)
    • 102: Awel, carruurta (Af-Holandi)
    • 103: Écoute-Enfants (Af-Faransiis)
    • 116 000: Child Focus
    .title = Xaalad degdeg ah

page-contacts-children =
    <b>Xuquuqda ilmaha</b>
    • Kinderrechtencommissariaat (Xafiiska xuquuqda carruurta): 0800 20 808
    • Délégué général aux droits de l'enfant (Wakiilka guud ee xuquuqda ilmaha): <code>dgde@cfwb.be</code>
    .title = Xuquuqda ilmaha

page-contacts-ngos =
    <b>Ururro (NGO)</b>
    • JRS Belgium: wuxuu booqdaa guryaha celinta.
    • CIRÉ
    • Vluchtelingenwerk Vlaanderen
    • Caritas International
    • Nansen
    • Myria

    Coach-kaagu wuxuu xiriir la leeyahay ururrada. Wuxuu kaa caawin karaa inaad la xiriirto.
    .title = Ururrada

page-contacts-offices =
    <b>Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken) iyo Fedasil</b>
    Codso faylkaaga (iimayl):
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    Su'aalaha ku saabsan waxa ku jira faylka:
    <code>infodesk@ibz.fgov.be</code>

    Ku noqosho ikhtiyaari ah (Fedasil):
    • Lambar bilaash ah: 0800 32 745
    • Xafiisyada ku noqoshada: Brussel (Bruxelles), Gent, Antwerpen, Liège, Charleroi.
    .title = Xafiiska iyo Fedasil

## appointments

page-appointments =
    <b>Ballamahayga</b>
    Dhowaan, coach-kaagu wuxuu ballamahaaga kuugu soo diri karaa bot-kan.
    Waxaad ku arki doontaa boggan.
    Weli suurtagal ma aha.
    .title = 📅 Ballamaha

## privacy

page-privacy =
    <b>Arrimaha gaarka ah</b>
    Bot-ku wuxuu kaydiyaa:
    • luqadda aad dooratay;
    • marka coach-kaagu ku xiro: calaamadda qoyskaaga;
    • fariimaha aad doorato inaad u dirto coach-kaaga.
    Sababta: si uu kuugula hadlo luqaddaada oo uu fariimahaaga u gudbiyo.

    Cidda akhrin karta: coach-kaaga, oo u shaqeeya Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken), iyo isku-duwayaasha.
    Wixii ku saabsan difaacaaga, la hadal qareenkaaga.

    Si aad u tirtirto xogtaada: soo dir /forget.
    Bot-ku waxba ma go'aamiyo.
    .title = 🔒 Arrimaha gaarka ah
