# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Faqet informuese të family_bot. Teksti i referencës: locales/fr/topics.ftl.
# Një mesazh "page-ID" për çdo faqe të content/topics.toml; .title = butoni (jo më shumë se 24 shenja).
# Teksti: HTML i Telegram (b, i, u, a, code, blockquote). Pa kllapa gjarpëruese, pa ndryshore.

## house

page-house =
    <b>Shtëpia e kthimit</b>
    Ju jetoni me familjen tuaj në një shtëpi të hapur të Zyrës së të Huajve (Office des Étrangers / Dienst Vreemdelingenzaken).
    Një coach ju shoqëron.

    Zgjidhni një temë më poshtë.
    .title = 🏠 Shtëpia

page-house-why =
    <b>Pse jeni këtu</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Që nga viti 2008, familjet me fëmijë të mitur nuk shkojnë më në qendër të mbyllur. Ato jetojnë në një shtëpi kthimi.
    • Edhe një ligj i ri e thotë: fëmijët nuk mund të mbyllen në qendër të mbyllur.
    • Kujdes: për ligjin, shtëpia e kthimit është prapëseprapë <b>ndalim</b>. Familja juaj ka një vendim ndalimi. Prandaj afatet e ankimit janë të shkurtra.
    • Kishte shtëpi në Zulte, Tubize, Sint-Gillis-Waas, Tielt dhe Beauvechain. Kjo listë mund të ketë ndryshuar.
    .title = Pse jam këtu

page-house-rules =
    <b>Jeta në shtëpi</b>
    • Mund të dilni: për pazar, te avokati, te mjeku, për t'i çuar fëmijët në shkollë.
    • <b>Një i rritur duhet të qëndrojë gjithmonë në shtëpi.</b>
    • Fëmijët shkojnë në shkollën e lagjes.
    • Ka një mjek në dispozicion.
    • Vizitat lejohen.
    • Çdo javë merrni para xhepi. Merrni gjithashtu kupona për ushqim dhe për sende bazë.

    Rregullat e hollësishme janë në një Dekret Mbretëror të 14 majit 2009. Coach-i ose avokati juaj mund t'jua shpjegojnë.
    .title = Rregullat

page-house-next =
    <b>Po më pas?</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Qëndrimi këtu zgjat nga disa ditë deri në disa muaj. Mesatarisht rreth 24 ditë (shifrat 2008–2014).
    • Avokati juaj mund të kërkojë lirimin tuaj te Dhoma e Këshillit e gjykatës penale (chambre du conseil / raadkamer). Kjo është e mundur një herë në muaj. Vendimi vjen brenda 5 ditëve pune.
    • Mund të kërkoni një mënyrë për të qëndruar, ose të përgatitni një kthim. Shihni “Qëndrimi në Belgjikë” dhe “Kthimi vullnetar”.
    .title = Po më pas?

page-house-coach =
    <b>Coach-i juaj</b>
    • Coach-i punon për Zyrën e të Huajve.
    • <b>Coach-i nuk është avokati juaj.</b> Ai nuk bën ankime apo kërkesa për ju. Këtë e bëni ju dhe avokati juaj.
    • Roli i tij: të përgatitë kthimin tuaj, <b>ose</b> t'ju shoqërojë gjatë një procedure për të qëndruar.
    • Ai bën lidhjen me autoritetet, ambasadat, avokatët dhe organizatat.
    • Ai ju ndihmon të kuptoni vendimet dhe procedurat.

    Atë që i dërgoni coach-it, coach-i e lexon. Shihni “Privatësia”.
    .title = Coach-i

## rights

page-rights =
    <b>Të drejtat tuaja këtu</b>
    Edhe këtu, familja juaj ka të drejta: shkollë, kujdes shëndetësor, vizita.

    Zgjidhni një temë më poshtë.
    .title = 📜 Të drejtat tuaja

page-rights-school =
    <b>Shkolla</b>
    • Fëmijët tuaj shkojnë në shkollën e lagjes.
    • Mund të dilni për t'i çuar në shkollë.
    • Kujtesë: një i rritur duhet të qëndrojë gjithmonë në shtëpi.
    • Keni një pyetje për shkollën? Pyesni coach-in tuaj.
    .title = Shkolla

page-rights-health =
    <b>Shëndeti</b>
    • Ka një mjek në dispozicion.
    • Keni qasje në kujdes për trupin dhe për shëndetin mendor.
    • Mund të dilni për të shkuar te mjeku.
    • Ndiheni shumë keq? Mund të flisni me dikë. Shihni “Flisni me dikë”.
    • Urgjencë: telefononi 112.

    Një sëmundje e rëndë mund të ketë rëndësi për të qëndruar në Belgjikë. Flisni për këtë me avokatin tuaj.
    .title = Shëndeti

page-rights-language =
    <b>Të kuptoni dhe të informoheni</b>
    • Nuk e kuptoni një vendim apo një dokument? Thuajeni.
    • Mund të kërkoni një përkthyes. Pyesni coach-in ose avokatin tuaj.
    • Roli i coach-it është gjithashtu t'ju ndihmojë të kuptoni vendimet dhe procedurat.
    • Dekreti Mbretëror i vitit 2009 ka rregulla për telefonin dhe postën.
    • Interneti: pyesni coach-in tuaj çfarë është e mundur këtu.
    • Mund ta shihni dosjen tuaj. Shihni “Shiko dosjen time”.
    .title = Gjuha dhe interneti

page-rights-visits =
    <b>Vizitat</b>
    • Vizitat lejohen.
    • Mund të dilni për të takuar avokatin tuaj.
    • Disa organizata vizitojnë shtëpitë e kthimit, për shembull JRS Belgium.
    • Rregullat për vizitat janë në Dekretin Mbretëror të 14 majit 2009. Coach-i juaj mund t'jua shpjegojë.
    .title = Vizitat

page-rights-complaints =
    <b>Një problem? Një ankesë?</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Avokati juaj mund t'ju thotë çfarë mund të bëni.

    Për të drejtat e fëmijëve:
    • Kinderrechtencommissariaat (Komisariati për të Drejtat e Fëmijëve): 0800 20 808
    • Délégué général aux droits de l'enfant (Delegati i Përgjithshëm për të Drejtat e Fëmijëve): <code>dgde@cfwb.be</code>

    Kërkesa juaj për dosjen mori një përgjigje të paplotë? Mund t'i drejtoheni Komisionit për Qasjen në Dokumentet Administrative (CADA). Shihni “Shiko dosjen time”.
    .title = Një problem

## file-access

page-file-access =
    <b>Shiko dosjen time</b>
    <b>⚠️ Keni marrë një vendim? Kontaktoni menjëherë avokatin tuaj.</b>

    Keni të drejtë të shihni vendimet dhe dokumentet në dosjen tuaj. Mund të kërkoni një kopje. Edhe avokati juaj mund ta kërkojë.

    Zgjidhni një temë më poshtë.
    .title = 📂 Shiko dosjen time

page-file-access-how =
    <b>Si ta kërkoj dosjen</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Avokati juaj mund ta kërkojë dosjen edhe për ju.

    Te Zyra e të Huajve:
    • Vetëm me shkrim, me e-mail. Jo me telefon.
    • Shkruani në një nga këto adresa:
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    • Pa avokat: shtoni një dëshmi të identitetit tuaj.
    • Nuk e doni gjithë dosjen? Shkruani cilat dokumente doni.
    • Pyetje për përmbajtjen e dosjes: <code>infodesk@ibz.fgov.be</code>

    Ky është ligji i 11 prillit 1994 për transparencën e administratës.
    .title = Si të kërkoni

page-file-access-answer =
    <b>Përgjigjja</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Zyra e të Huajve duhet të përgjigjet brenda 30 ditëve.
    • Merrni një kopje elektronike të dosjes, ose të pjesëve që keni kërkuar.
    • Përgjigjja është e paplotë? Mund t'i drejtoheni Komisionit për Qasjen në Dokumentet Administrative (CADA). Avokati juaj mund t'ju ndihmojë.
    .title = Përgjigjja

page-file-access-cgrs =
    <b>Shënimet e intervistës së azilit</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Pas intervistës suaj të azilit, mund të kërkoni një kopje të shënimeve të intervistës nga CGRA (Commissariat général aux réfugiés et aux apatrides — Komisariati i Përgjithshëm për Refugjatët dhe Personat pa Shtetësi).
    • Avokati juaj merr një kopje të të gjitha letrave të CGRA-së.
    • Avokati juaj mund të jetë i pranishëm në intervistën e azilit.
    .title = Shënimet e intervistës

page-file-access-gdpr =
    <b>Të dhënat tuaja personale</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Zyra e të Huajve është përgjegjëse për të dhënat tuaja personale. Ky është ligji evropian për të dhënat (GDPR).
    • Keni të drejtë të keni qasje në të dhënat tuaja personale.
    • Si ta bëni: avokati juaj mund t'jua thotë.
    .title = Të dhënat personale

## lawyer

page-lawyer =
    <b>Avokati juaj</b>
    <b>⚠️ Keni marrë një vendim? Kontaktoni menjëherë avokatin tuaj.</b>

    Këtu afatet janë të shkurtra, sepse shtëpia e kthimit llogaritet si ndalim.
    Mund të keni një avokat falas (pro deo).

    Zgjidhni një temë më poshtë.
    .title = 💼 Avokati im

page-lawyer-role =
    <b>Çfarë mund të bëjë avokati juaj</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    Avokati juaj mund të:
    • bëjë ankim në Këshillin për Kontestimet e të Huajve (CCE / RvV);
    • kërkojë lirimin tuaj te Dhoma e Këshillit;
    • bëjë një kërkesë të re për azil ose një kërkesë për rregullimin e qëndrimit;
    • kërkojë dosjen tuaj;
    • jetë i pranishëm në intervistën tuaj të azilit.
    .title = Çfarë bën avokati

page-lawyer-free =
    <b>Një avokat falas (pro deo)</b>
    <b>⚠️ Keni marrë një vendim? Kontaktoni menjëherë një avokat.</b>

    • Ndihma juridike e linjës së dytë ju jep një avokat falas.
    • E organizon zyra e ndihmës juridike (BAJ / BJB) e çdo dhome avokatësh.
    • Për procedurat e qëndrimit dhe ankimet, supozohet se të huajt e kanë këtë të drejtë. Të miturit e kanë gjithmonë këtë të drejtë.
    • Si: pyesni në BAJ. Ose shkoni drejtpërdrejt te një avokat: avokati kërkon të caktohet për ju.
    • Coach-i juaj bën gjithashtu lidhjen me avokatët.
    .title = Avokat falas

page-lawyer-deadlines =
    <b>Afatet</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra, sepse shtëpia e kthimit llogaritet si ndalim.

    • Vendim i Zyrës së të Huajve (p.sh. urdhër për t'u larguar): <b>10 ditë</b> (30, nëse nuk jeni në ndalim). Në parim, ky ankim nuk e ndalon dëbimin.
    • Urgjencë ekstreme: 10 ditë pas njoftimit; 5 ditë për një vendim dëbimi të 2-të ose të mëvonshëm. Ky ankim e ndalon dëbimin, nëse dëbimi është shumë afër.
    • Vendim azili i CGRA-së: <b>10 ditë</b> (30, nëse nuk jeni në ndalim); 5 ditë për një kërkesë të mëvonshme të papranueshme.
    • Këshilli i Shtetit (Conseil d'État / Raad van State): 30 ditë; nuk e ndalon dëbimin.

    Avokati juaj e di afatin e saktë për rastin tuaj.
    .title = Afatet

page-lawyer-coach =
    <b>Coach apo avokat?</b>
    • Coach-i punon për Zyrën e të Huajve. <b>Coach-i nuk është avokati juaj.</b>
    • Coach-i nuk bën asnjë procedurë për ju.
    • Hapat (ankimet, kërkesat): i bëni ju dhe avokati juaj.
    • Coach-i mund të bëjë lidhjen me avokatin tuaj dhe t'ju ndihmojë të kuptoni vendimet.
    .title = Coach apo avokat?

## stay

page-stay =
    <b>Qëndrimi në Belgjikë</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    Ka disa mënyra për të kërkuar të qëndroni. Secila ka kushtet e veta. Avokati juaj mund t'ju thotë çfarë është e mundur për ju.
    Edhe coach-i mund t'ju shoqërojë gjatë një procedure për të qëndruar.

    Zgjidhni një temë më poshtë.
    .title = 📝 Qëndrimi në Belgjikë

page-stay-asylum =
    <b>Kërkesë e re për azil</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Mund të bëni një kërkesë të re për azil (kërkesë e mëvonshme) në Zyrën e të Huajve.
    • Duhen elemente të reja. Duhet të thoni gjithashtu pse nuk i dhatë më parë.
    • CGRA vendos së pari nëse kërkesa është e pranueshme: rreth 10 ditë pune, 2 ditë në ndalim.
    .title = Azil i ri

page-stay-9bis =
    <b>Rregullim humanitar (9bis)</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Kjo është një kërkesë e jashtëzakonshme. Administrata vendos lirisht.
    • Duhen: një dokument identiteti, një adresë dhe rrethana të jashtëzakonshme.
    • Ka një tarifë administrative: rreth 350 deri 360 € për çdo të rritur.
    • Avokati juaj mund t'ju thotë nëse kjo është e mundur për ju.
    .title = Humanitar (9bis)

page-stay-9ter =
    <b>Arsye mjekësore (9ter)</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Për një sëmundje të rëndë që nuk mund të trajtohet mirë në vendin tuaj të origjinës.
    • Kërkesa bëhet me letër rekomande në Zyrën e të Huajve, me certifikatën mjekësore standarde (një formular zyrtar).
    • Avokati juaj mund t'ju thotë si ta bëni.
    .title = Mjekësore (9ter)

page-stay-family =
    <b>Bashkimi familjar</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Bashkimi familjar është një mënyrë tjetër për të qëndruar (nenet 10, 10bis, 40bis dhe 40ter të ligjit për të huajt).
    • Kushtet janë më të rrepta që nga 18 gushti 2025.
    • Avokati juaj mund t'ju thotë nëse i plotësoni kushtet.
    .title = Familja

page-stay-stateless =
    <b>Pashtetësia</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Nuk keni shtetësinë e asnjë vendi? Ndoshta jeni pa shtetësi.
    • Gjykata e familjes mund t'ju njohë si person pa shtetësi.
    • Që nga 1 shtatori 2024, edhe një procedurë administrative mund të japë një leje qëndrimi.
    • Avokati juaj mund t'ju thotë si ta bëni.
    .title = Pashtetësia

## return

page-return =
    <b>Kthimi vullnetar</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    Fedasil ka një program ndihme për kthimin vullnetar. Ai është i hapur për të gjithë.
    <b>Jeni gjithmonë të lirë të vendosni të mos largoheni.</b>
    Mund të flisni për këtë me coach-in ose me avokatin tuaj.

    Zgjidhni një temë më poshtë.
    .title = 🧳 Kthimi vullnetar

page-return-offer =
    <b>Çfarë ofron programi</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Udhëtimi është falas (me IOM ose Fedasil).
    • Shpenzimet për dokumentet e udhëtimit rimbursohen.
    • Një shumë parash për nisjen.
    • Ndihmë për riintegrim në natyrë (jo në para), përmes IOM ose Caritas. Duhet të përdoret brenda 12 muajve.
    • Autoritetet e vendit tuaj nuk njoftohen para se të mbërrini.

    Jeni gjithmonë të lirë të vendosni të mos largoheni.
    .title = Çfarë ofrohet

page-return-how =
    <b>Si të kërkoni</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Numër falas: 0800 32 745
    • Sportelet e kthimit: Bruksel, Gent, Antwerpen, Liège, Charleroi.
    • Ose një organizatë partnere.
    • Mund të flisni për këtë edhe me coach-in tuaj.

    Jeni gjithmonë të lirë të vendosni të mos largoheni.
    .title = Si të kërkoni

page-return-limits =
    <b>Kufijtë e ndihmës</b>
    <b>⚠️ Kontaktoni menjëherë avokatin tuaj.</b> Këtu afatet janë të shkurtra.

    • Disa shtetësi nuk marrin më ndihmë për riintegrim. Shembull: Brazili, që nga 1 dhjetori 2025.
    • Pyesni çfarë vlen për vendin tuaj: në 0800 32 745, në një sportel kthimi ose te avokati juaj.

    Jeni gjithmonë të lirë të vendosni të mos largoheni.
    .title = Kufijtë e ndihmës

## support

page-support =
    <b>Flisni me dikë</b>
    Keni frikë, jeni të trishtuar ose të rraskapitur? Mund të kërkoni ndihmë.
    Në shtëpi keni qasje në kujdes për shëndetin mendor.
    Shërbimet më poshtë janë falas.

    <b>Rrezik i menjëhershëm: telefononi 112.</b>

    Zgjidhni një temë më poshtë.
    .title = 💬 Flisni me dikë

page-support-crisis =
    <b>Linjat e ndihmës</b>
    Falas.
    • 112: urgjencë
    • 1813: Zelfmoordlijn. Në holandisht, 24 orë në ditë, edhe me chat.
    • 0800 32 123: Centre de Prévention du Suicide. Në frëngjisht, 24 orë në ditë. Këshillime edhe në anglisht, arabisht dhe spanjisht.
    • 106: Tele-Onthaal. Në holandisht.
    • 107: Télé-Accueil. Në frëngjisht.
    .title = Linjat e ndihmës

page-support-children =
    <b>Për fëmijët</b>
    Falas.
    • 102: Awel. Në holandisht.
    • 103: Écoute-Enfants. Në frëngjisht.
    • 116 000: Child Focus.

    Të drejtat e fëmijës:
    • Kinderrechtencommissariaat (Komisariati për të Drejtat e Fëmijëve): 0800 20 808
    • Délégué général aux droits de l'enfant (Delegati i Përgjithshëm për të Drejtat e Fëmijëve): <code>dgde@cfwb.be</code>
    .title = Për fëmijët

page-support-exiles =
    <b>Ndihmë për të mërguarit</b>
    Falas.
    • Ulysse (Bruksel): për njerëzit me qëndrim të pasigurt. Me përkthyes.
    • Exil (Bruksel): për njerëzit që i kanë mbijetuar torturës ose dhunës së organizuar.
    • Solentra (UZ Brussel): për fëmijët refugjatë nga 2 vjeç e gjysmë, dhe familjet e tyre. Duhet t'ju dërgojë një profesionist.

    Pyesni coach-in ose mjekun si të shkoni atje.
    .title = Ndihmë për të mërguarit

## contacts

page-contacts =
    <b>Kontakte të dobishme</b>
    <b>Urgjencë: 112</b>

    Zgjidhni një temë më poshtë.
    .title = 📞 Kontakte të dobishme

page-contacts-emergency =
    <b>Numrat e urgjencës dhe të ndihmës</b>
    Falas.
    • 112: urgjencë
    • 1813: Zelfmoordlijn (holandisht)
    • 0800 32 123: Centre de Prévention du Suicide (frëngjisht)
    • 106: Tele-Onthaal (holandisht)
    • 107: Télé-Accueil (frëngjisht)
    • 102: Awel, për fëmijët (holandisht)
    • 103: Écoute-Enfants (frëngjisht)
    • 116 000: Child Focus
    .title = Urgjenca

page-contacts-children =
    <b>Të drejtat e fëmijës</b>
    • Kinderrechtencommissariaat (Komisariati për të Drejtat e Fëmijëve): 0800 20 808
    • Délégué général aux droits de l'enfant (Delegati i Përgjithshëm për të Drejtat e Fëmijëve): <code>dgde@cfwb.be</code>
    .title = Të drejtat e fëmijës

page-contacts-ngos =
    <b>Organizatat (OJQ)</b>
    • JRS Belgium: viziton shtëpitë e kthimit.
    • CIRÉ
    • Vluchtelingenwerk Vlaanderen
    • Caritas International
    • Nansen
    • Myria

    Coach-i juaj bën lidhjen me organizatat. Ai mund t'ju ndihmojë t'i kontaktoni.
    .title = Organizatat

page-contacts-offices =
    <b>Zyra e të Huajve (Office des Étrangers / Dienst Vreemdelingenzaken) dhe Fedasil</b>
    Për të kërkuar dosjen tuaj (me e-mail):
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    Pyetje për përmbajtjen e dosjes:
    <code>infodesk@ibz.fgov.be</code>

    Kthimi vullnetar (Fedasil):
    • Numër falas: 0800 32 745
    • Sportelet e kthimit: Bruksel, Gent, Antwerpen, Liège, Charleroi.
    .title = Zyra dhe Fedasil

## appointments

page-appointments =
    <b>Takimet e mia</b>
    Së shpejti, coach-i juaj do të mund t'jua dërgojë takimet në këtë bot.
    Do t'i shihni në këtë faqe.
    Kjo nuk është ende e mundur.
    .title = 📅 Takimet

## privacy

page-privacy =
    <b>Privatësia</b>
    Boti ruan:
    • gjuhën që keni zgjedhur;
    • pasi coach-i juaj t'ju ketë lidhur: etiketën e familjes suaj;
    • mesazhet që zgjidhni t'i dërgoni coach-it tuaj.
    Pse: për t'ju folur në gjuhën tuaj dhe për t'i përcjellë mesazhet tuaja.

    Kush mund t'i lexojë: coach-i juaj, që punon për Zyrën e të Huajve, dhe koordinatorët.
    Për mbrojtjen tuaj, flisni me avokatin tuaj.

    Për të fshirë të dhënat tuaja: dërgoni /forget.
    Boti nuk vendos asgjë.
    .title = 🔒 Privatësia
