# Go'aan kadib: maalinta ugu dambeysa ee tallaabo, xusuusin, kaarka qareenka. Qoysasku way akhriyaan.
# Weli qof ma hubin. HTML Telegram oo keliya. Qiimaha { $... } bot-ka ayaa buuxiya.

command-deadline = Maalinta ugu dambeysa go'aan kadib

deadlines-button-received = 📄 Go'aan baan helay
deadlines-button-cancel = ✖️ Jooji
deadlines-cancelled = Waa la joojiyay. Waxba lama kaydin.
deadlines-stale = Badhankan hadda shaqeyn maayo. Dib ugu bilow /deadline.
deadlines-unavailable = <b>⚠️ Maanta la xiriir qareenkaaga.</b> Bot-ku hadda ma tirin karo maalmaha.

deadlines-ask-kind =
    <b>Go'aanku waa maxay?</b> Eeg xagga sare ee waraaqda (madaxa warqadda):
    • Xafiiska Ajaanibta: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (tusaale amar ah inaad dalka ka baxdo)
    • CGRS, magangelyo: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS, codsi magangelyo cusub (xiga) oo aan la aqbali karin: isla madaxa warqadda, oo leh «demande ultérieure» / «volgend verzoek»
    • Xukun: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Xafiiska Ajaanibta (OE / DVZ)
deadlines-kind-cgrs = Go'aanka magangelyada CGRS (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS: codsi cusub lama aqbali karo
deadlines-kind-cce-judgment = Xukunka CCE / RvV
deadlines-kind-unknown = Ma garanayo

deadlines-ask-second = Tani ma <b>tallaabo masaafuris ah oo labaad (ama ka dambeysa)</b> baa? Taas oo ah: ma horay u heshay amar dalka looga baxo ama go'aan masaafuris?
deadlines-answer-yes = Haa
deadlines-answer-no = Maya
deadlines-answer-unknown = Ma garanayo

deadlines-ask-how = <b>Goorma iyo sidee buu go'aanku kuu soo gaaray?</b>
deadlines-how-today = Maanta gacanta la iigu dhiibay
deadlines-how-yesterday = Shalay gacanta la iigu dhiibay
deadlines-how-other-day = Maalin kale ayaa la i siiyay
deadlines-how-registered = Warqad diiwaangashan
deadlines-how-letter = Warqad caadi ah
deadlines-how-unknown = Ma garanayo

deadlines-ask-date-in-person = Maalintee ayaa laguu dhiibay (ama aad diiday inaad qaadato)?
deadlines-ask-date-registered = Maalintee ayaa warqadda diiwaangashan laguu soo bandhigay (maalinta boostadu timid)?
deadlines-ask-date-letter = Maalintee ayaa ku qoran shaabadda boostada? Haddii aadan garanayn, dooro taariikhda ku qoran go'aanka. Ha dooran maalinta uu yimid.
deadlines-date-unknown = Taariikhda ma garanayo

deadlines-ask-house = Ma ku noolayd guriga laabashada markii aad heshay?
deadlines-house-yes = Haa, guriga laabashada
deadlines-house-no = Maya

deadlines-contact-lawyer = <b>⚠️ Maanta la xiriir qareenkaaga.</b>
deadlines-card = 👩‍⚖️ Qareenkaaga: <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = Ma garanaysid go'aanku waxa uu yahay. Sidaa darteed waa kan xeerka ugu gaaban: { $days } maalmood, laga tiriyo maalinta ka dambeysa dhiibista.
deadlines-shortest-date = Ma garanaysid taariikhda. Sidaa darteed waa kan xeerka ugu gaaban: { $days } maalmood, sidii in maanta la dhiibay. Haddii ay ka horreysay, maalinta ugu dambeysa ayaa ka horreysa.
deadlines-at-latest =
    • <b>{ $remedy }</b>: ugu dambeyn <b>{ $day }</b> ({ $days } maalmood)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: wakhti xad ah ma leh.
    { $rule } [{ $sources }]
deadlines-decision-counts = Haddii go'aanka laftiisu bixiyo wakhti ka gaaban, kaas ayaa la xisaabiyaa. Qareenkaagu wuxuu xaqiijiyaa maalinta saxda ah.
deadlines-unreviewed = <i>Taariikhahan waxaa lagu xisaabiyay xeerar aan weli qareen hubin.</i>

deadlines-remedy-cce-appeal = Racfaan CCE / RvV
deadlines-remedy-extreme-urgency = Hakin degdeg aad u daran (CCE / RvV)
deadlines-remedy-cgrs-appeal = Racfaan CCE / RvV oo ka dhan ah go'aanka CGRS
deadlines-remedy-cgrs-subsequent-appeal = Racfaan CCE / RvV oo ka dhan ah diidmada
deadlines-remedy-council-of-state = Racfaan Golaha Dawladda
deadlines-remedy-council-chamber = Codsi sii deyn ah oo loo gudbiyo Qolka Golaha

deadlines-rule-cce-appeal-detained = 10 maalmood laga bilaabo maalinta ka dambeysa ogeysiiska: guriga laabashada waxaa loo tiriyaa xarig.
deadlines-rule-cce-appeal = 30 maalmood laga bilaabo maalinta ka dambeysa ogeysiiska, haddii aadan xirnayn.
deadlines-rule-extreme-urgency = 10 maalmood laga bilaabo maalinta ka dambeysa ogeysiiska tallaabada masaafurinta.
deadlines-rule-extreme-urgency-second-removal = 5 maalmood laga bilaabo maalinta ka dambeysa ogeysiiska tallaabo masaafuris ah oo labaad (ama ka dambeysa).
deadlines-rule-cgrs-appeal-detained = 10 maalmood xarig ahaan (guriga laabashada waa la tiriyaa). Bogagga rasmiga ah isma waafaqsana: CGRS wuxuu wakhtiga ku qoraa go'aanka laftiisa.
deadlines-rule-cgrs-appeal = 30 maalmood taariikheed laga bilaabo maalinta ka dambeysa ogeysiiska, haddii aadan xirnayn.
deadlines-rule-cgrs-subsequent-appeal-detained = 5 maalmood xarig ahaan (guriga laabashada waa la tiriyaa).
deadlines-rule-cgrs-subsequent-appeal = 10 maalmood, haddii aadan xirnayn.
deadlines-rule-council-of-state = 30 maalmood laga bilaabo maalinta ka dambeysa ogeysiiska xukunka. Qoraalka sharciga lama helin: weydii qareenkaaga.
deadlines-rule-council-chamber = Qareenkaagu wuu gudbin karaa wakhti kasta, oo mar kale bil kasta. Qolka Golaha wuxuu go'aamiyaa 5 maalmood oo shaqo gudahood.

deadlines-button-lawyer-has-it = ✅ Qareenkaygu wuu haystaa
deadlines-button-tell-coach = 📣 U sheeg coach-kayga (coach-ku wuxuu u shaqeeyaa Xafiiska Ajaanibta)
deadlines-button-card = 👩‍⚖️ Kaarka qareenkayga
deadlines-button-cannot-reach = ☎️ Qareenkayga ma heli karo
deadlines-another = Ma heshay go'aan kale?

deadlines-reminder-head = ⏰ <b>Xusuusin: go'aan.</b>
deadlines-by-coach = 📄 <b>Coach-kaagu wuxuu qoyskaaga u diiwaangeliyay go'aan.</b>
deadlines-stopped = ✅ Waa la qoray: qareenkaagu wuu haystaa. Xusuusinta way u joogsanaysaa qoyskaaga oo dhan.
deadlines-state-lawyer = ✅ Qareenkaagu wuu haystaa: xusuusin kale ma jirto.
deadlines-state-passed = Maalintan ugu dambeysa way dhaaftay. Weydii qareenkaaga waxa weli suurtagal ah.
deadlines-coach-told = 📣 Coach-kaaga waa loo sheegay. Xusuusnow: coach-ku wuxuu u shaqeeyaa Xafiiska Ajaanibta, ma aha qareenkaaga.
deadlines-no-coach = Bot-kan kuma xirnid coach, sidaa darteed qofna looma sheegin.

deadlines-card-none = Ma jiro kaar qareen oo la kaydiyay. Waxaad kaydin kartaa magaca qareenkaaga iyo telefoonkiisa ama e-mailkiisa: markaas halkan, bogga qareenka iyo xusuusinta ayay ka muuqdaan. Waa ikhtiyaari, wakhti kastana waad tirtiri kartaa.
deadlines-card-about = Qoyskaaga oo dhan ayaa arka kaarkan. Wakhti kasta waad beddeli kartaa ama tirtiri kartaa.
deadlines-button-card-edit = ✏️ Kaydi ama beddel
deadlines-button-card-delete = 🗑 Tirtir
deadlines-card-ask-name = Qor magaca qareenkaaga.
deadlines-card-ask-contact = Hadda qor lambarka telefoonka ama cinwaanka e-mailka qareenkaaga.
deadlines-card-bad-name = Fadlan qor magac aan ka badnayn 80 xaraf.
deadlines-card-bad-contact = Tani ma aha lambar telefoon ama cinwaan e-mail. Lambarka telefoonku wuxuu leeyahay tirooyin, haddii aad rabto + iyo meelo bannaan, tusaale +32 2 123 45 67. Mar kale qor.
deadlines-card-saved = ✅ Waa la kaydiyay.
deadlines-card-deleted = 🗑 Kaarka qareenka waa la tirtiray.

deadlines-cannot-reach =
    <b>Qareenkaaga ma heli kartid?</b>
    • Qareen bilaash ah («pro deo») waxaa magacaaba xafiiska gargaarka sharciga ee urur kasta oo qareenno: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    • Ajaanibta waxaa loo malaynayaa inay xaq u leeyihiin habraacyada degenaanshaha iyo racfaannada; carruurtu had iyo jeer xaq bay u leeyihiin.
    • Weydii BAJ/BJB, ama si toos ah u tag qareen, kaas oo codsada in la magacaabo.
    Hoos sidoo kale waad ka codsan kartaa caawimo: coach-kaaga (ama isuduwayaasha) ayaa akhrin doona.

deadlines-button-register = 📄 Diiwaangeli go'aan
deadlines-coach-pick = Qoyskee ayaad u diiwaangelinaysaa go'aan?
deadlines-coach-registered = ✅ Waa la diiwaangeliyay. Xubin kasta oo qoyska ka mid ah hadda ayaa luqaddiisa loogu sheegayaa, maalin kastana xusuusin ayuu helayaa.
deadlines-coach-notice = 📄 Qoyska { $label } (xubinta { $position }, { $language }) wuxuu diiwaangeliyay go'aan wuxuuna codsaday in laguu sheego. Maalinta ugu dambeysa, ugu dambeyn: { $day }.

deadlines-mydata-title = <b>Go'aannada iyo kaarka qareenka</b>
deadlines-mydata-item = • { $kind }: maalinta ugu dambeysa ugu dambeyn { $day } ({ $state })
deadlines-mydata-state-open = xusuusintu way socotaa
deadlines-mydata-state-lawyer = qareenkaagu wuu haystaa
deadlines-mydata-state-passed = way dhaaftay
deadlines-privacy-notice = • <b>Go'aannada:</b> haddii aad diiwaangeliso go'aan, bot-ku wuxuu hayaa oo keliya jawaabahaaga badhamada (waxa uu yahay, taariikhda, sida uu kuu soo gaaray, guriga iyo in kale) iyo maalinta ugu dambeysa, si uu qoyskaaga oo dhan u xusuusiyo. Kaarka qareenkaaga (magac, telefoon ama e-mail) haddii aad kaydiso. Coach-kaaga waxaa loo sheegaa oo keliya haddii aad riixdo «u sheeg coach-kayga». /forget wuxuu tirtiraa waxa aad diiwaangelisay.
deadlines-privacy-retention = • Go'aan waa la tirtiraa { $days } maalmood kadib maalintiisa ugu dambeysa.
