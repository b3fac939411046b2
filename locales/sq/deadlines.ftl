# Pas një vendimi: dita e fundit për të vepruar, kujtesat, karta e avokatit. E lexojnë familjet.
# Ende pa u kontrolluar nga askush. Vetëm HTML e Telegramit. Vlerat { $... } i plotëson boti.

command-deadline = Dita e fundit pas një vendimi

deadlines-button-received = 📄 Mora një vendim
deadlines-button-cancel = ✖️ Anulo
deadlines-cancelled = U anulua. Nuk u ruajt asgjë.
deadlines-stale = Ky buton nuk është më i vlefshëm. Filloni përsëri me /deadline.
deadlines-unavailable = <b>⚠️ Kontaktoni avokatin tuaj sot.</b> Boti nuk mund t'i numërojë ditët tani.

deadlines-ask-kind =
    <b>Çfarë vendimi është?</b> Shikoni pjesën e sipërme të letrës (kokën e letrës):
    • Zyra e të Huajve: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (për shembull urdhër për të lënë territorin)
    • CGRS, azil: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS, kërkesë e re (e mëvonshme) azili e papranueshme: e njëjta kokë letre, me «demande ultérieure» / «volgend verzoek»
    • Vendim gjykate: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Zyra e të Huajve (OE / DVZ)
deadlines-kind-cgrs = Vendim azili i CGRS (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS: kërkesë e re e papranueshme
deadlines-kind-cce-judgment = Vendim i CCE / RvV
deadlines-kind-unknown = Nuk e di

deadlines-ask-second = A është kjo një <b>masë e dytë (ose e mëvonshme) largimi</b>? Pra: a keni marrë më parë një urdhër për të lënë territorin ose një vendim largimi?
deadlines-answer-yes = Po
deadlines-answer-no = Jo
deadlines-answer-unknown = Nuk e di

deadlines-ask-how = <b>Kur dhe si ju arriti vendimi?</b>
deadlines-how-today = Më dorëzua sot
deadlines-how-yesterday = Më dorëzua dje
deadlines-how-other-day = U dorëzua një ditë tjetër
deadlines-how-registered = Me letër rekomande
deadlines-how-letter = Me letër të zakonshme
deadlines-how-unknown = Nuk e di

deadlines-ask-date-in-person = Në cilën ditë ju dorëzua (ose refuzuat ta merrni)?
deadlines-ask-date-registered = Në cilën ditë ju paraqit letra rekomande (dita kur erdhi postieri)?
deadlines-ask-date-letter = Cila ditë është në vulën e postës? Nëse nuk e dini, zgjidhni datën e shkruar në vendim. Jo ditën kur mbërriti.
deadlines-date-unknown = Nuk e di datën

deadlines-ask-house = A jetonit në shtëpinë e kthimit kur e morët?
deadlines-house-yes = Po, në shtëpinë e kthimit
deadlines-house-no = Jo

deadlines-contact-lawyer = <b>⚠️ Kontaktoni avokatin tuaj sot.</b>
deadlines-card = 👩‍⚖️ Avokati juaj: <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = Nuk e dini çfarë vendimi është. Prandaj ja rregulli më i shkurtër: { $days } ditë, të numëruara nga dita pas dorëzimit.
deadlines-shortest-date = Nuk e dini datën. Prandaj ja rregulli më i shkurtër: { $days } ditë, të numëruara sikur vendimi të ishte dorëzuar sot. Nëse ishte më herët, dita e fundit është më herët.
deadlines-at-latest =
    • <b>{ $remedy }</b>: më së voni më <b>{ $day }</b> ({ $days } ditë)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: pa afat.
    { $rule } [{ $sources }]
deadlines-decision-counts = Nëse vetë vendimi jep një afat më të shkurtër, ai vlen. Avokati juaj konfirmon ditën e saktë.
deadlines-unreviewed = <i>Këto data u llogaritën me rregulla që asnjë avokat nuk i ka kontrolluar ende.</i>

deadlines-remedy-cce-appeal = Ankim në CCE / RvV
deadlines-remedy-extreme-urgency = Pezullim në urgjencë ekstreme (CCE / RvV)
deadlines-remedy-cgrs-appeal = Ankim në CCE / RvV kundër vendimit të CGRS
deadlines-remedy-cgrs-subsequent-appeal = Ankim në CCE / RvV kundër papranueshmërisë
deadlines-remedy-council-of-state = Ankim në Këshillin e Shtetit
deadlines-remedy-council-chamber = Kërkesë për lirim në Dhomën e Këshillit

deadlines-rule-cce-appeal-detained = 10 ditë nga dita pas njoftimit: shtëpia e kthimit llogaritet si ndalim.
deadlines-rule-cce-appeal = 30 ditë nga dita pas njoftimit, nëse nuk jeni të ndaluar.
deadlines-rule-extreme-urgency = 10 ditë nga dita pas njoftimit të masës së largimit.
deadlines-rule-extreme-urgency-second-removal = 5 ditë nga dita pas njoftimit të një mase të dytë (ose të mëvonshme) largimi.
deadlines-rule-cgrs-appeal-detained = 10 ditë në ndalim (shtëpia e kthimit llogaritet). Faqet zyrtare nuk përputhen: CGRS e shkruan afatin në vetë vendimin.
deadlines-rule-cgrs-appeal = 30 ditë kalendarike nga dita pas njoftimit, nëse nuk jeni të ndaluar.
deadlines-rule-cgrs-subsequent-appeal-detained = 5 ditë në ndalim (shtëpia e kthimit llogaritet).
deadlines-rule-cgrs-subsequent-appeal = 10 ditë, nëse nuk jeni të ndaluar.
deadlines-rule-council-of-state = 30 ditë nga dita pas njoftimit të vendimit të gjykatës. Teksti ligjor nuk u gjet: pyesni avokatin tuaj.
deadlines-rule-council-chamber = Avokati juaj mund ta paraqesë në çdo kohë, dhe përsëri çdo muaj. Dhoma e Këshillit vendos brenda 5 ditëve pune.

deadlines-button-lawyer-has-it = ✅ Merret avokati im
deadlines-button-tell-coach = 📣 Njoftoni trajnerin tim (trajneri punon për Zyrën e të Huajve)
deadlines-button-card = 👩‍⚖️ Karta e avokatit tim
deadlines-button-cannot-reach = ☎️ Nuk e gjej dot avokatin tim
deadlines-another = A keni marrë një vendim tjetër?

deadlines-reminder-head = ⏰ <b>Kujtesë: një vendim.</b>
deadlines-by-coach = 📄 <b>Trajneri juaj regjistroi një vendim për familjen tuaj.</b>
deadlines-stopped = ✅ U shënua: merret avokati juaj. Kujtesat ndalen për gjithë familjen tuaj.
deadlines-state-lawyer = ✅ Merret avokati juaj: s'ka më kujtesa.
deadlines-state-passed = Kjo ditë e fundit kaloi. Pyesni avokatin tuaj çfarë është ende e mundur.
deadlines-coach-told = 📣 Trajneri juaj u njoftua. Mos harroni: trajneri punon për Zyrën e të Huajve, nuk është avokati juaj.
deadlines-no-coach = Nuk jeni të lidhur me asnjë trajner në këtë bot, prandaj nuk u njoftua askush.

deadlines-card-none = Nuk është ruajtur asnjë kartë avokati. Mund të ruani emrin e avokatit tuaj dhe telefonin ose e-mailin: atëherë shfaqen këtu, në faqen e avokatit dhe në kujtesa. Është opsionale dhe mund ta fshini në çdo kohë.
deadlines-card-about = Gjithë familja juaj e sheh këtë kartë. Mund ta ndryshoni ose ta fshini në çdo kohë.
deadlines-button-card-edit = ✏️ Ruaj ose ndrysho
deadlines-button-card-delete = 🗑 Fshi
deadlines-card-ask-name = Shkruani emrin e avokatit tuaj.
deadlines-card-ask-contact = Tani shkruani numrin e telefonit ose adresën e e-mailit të avokatit tuaj.
deadlines-card-bad-name = Ju lutemi shkruani një emër deri në 80 shkronja.
deadlines-card-bad-contact = Ky nuk është as numër telefoni as adresë e-maili. Një numër telefoni ka shifra, me + dhe hapësira nëse doni, për shembull +32 2 123 45 67. Shkruajeni përsëri.
deadlines-card-saved = ✅ U ruajt.
deadlines-card-deleted = 🗑 Karta e avokatit u fshi.

deadlines-cannot-reach =
    <b>Nuk e gjeni dot avokatin tuaj?</b>
    • Një avokat falas («pro deo») caktohet nga zyra e ndihmës juridike e çdo oda avokatësh: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    • Supozohet se të huajt kanë të drejtë për procedurat e qëndrimit dhe ankimet; të miturit kanë gjithmonë të drejtë.
    • Drejtohuni në BAJ/BJB, ose shkoni drejtpërdrejt te një avokat, i cili kërkon të caktohet.
    Mund të kërkoni edhe ndihmë më poshtë: do ta lexojë trajneri juaj (ose koordinatorët).

deadlines-button-register = 📄 Regjistro një vendim
deadlines-coach-pick = Për cilën familje regjistroni një vendim?
deadlines-coach-registered = ✅ U regjistrua. Çdo anëtar i familjes njoftohet tani, në gjuhën e vet, dhe merr një kujtesë çdo ditë.
deadlines-coach-notice = 📄 Familja { $label } (anëtari { $position }, { $language }) regjistroi një vendim dhe kërkoi që të njoftoheni. Dita e fundit, më së voni: { $day }.

deadlines-mydata-title = <b>Vendimet dhe karta e avokatit</b>
deadlines-mydata-item = • { $kind }: dita e fundit më së voni { $day } ({ $state })
deadlines-mydata-state-open = kujtesat aktive
deadlines-mydata-state-lawyer = merret avokati juaj
deadlines-mydata-state-passed = kaloi
deadlines-privacy-notice = • <b>Vendimet:</b> nëse regjistroni një vendim, boti ruan vetëm përgjigjet tuaja te butonat (çfarë është, data, si ju arriti, në shtëpi apo jo) dhe ditën e fundit, për t'ia kujtuar gjithë familjes. Kartën e avokatit tuaj (emri, telefoni ose e-maili) nëse e ruani. Trajneri njoftohet vetëm nëse shtypni «njoftoni trajnerin tim». /forget fshin atë që regjistruat.
deadlines-privacy-retention = • Një vendim fshihet { $days } ditë pas ditës së tij të fundit.
