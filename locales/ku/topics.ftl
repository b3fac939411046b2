# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# family_bot information pages in Kurmanji (Latin script, Hawar alphabet). Reference text: locales/fr/topics.ftl.
# One message "page-ID" per page of content/topics.toml; .title = the button (24 characters at most).
# Body: Telegram HTML (b, i, u, a, code, blockquote). No curly braces, no variables.
# Legal names stay in French (or Dutch), with a Kurmanji explanation the first time; dates use the
# month names the bot prints itself (Babel "ku": rêbendan, sibat, adar, nîsan, gulan, ...).

## house

page-house =
    <b>Mala vegerê</b>
    Hûn bi malbata xwe re di xaniyekî vekirî yê Ofîsa Biyaniyan (Office des Étrangers / Dienst Vreemdelingenzaken) de dijîn.
    Şêwirmendek (coach) di vê demê de bi we re ye.

    Li jêr mijarekê hilbijêrin.
    .title = 🏠 Mal

page-house-why =
    <b>Hûn çima li vir in</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Ji sala 2008an vir ve, malbatên bi zarokên temenbiçûk êdî naçin navendên girtî. Ew li mala vegerê dijîn.
    • Qanûneke nû jî vê dibêje: zarok nikarin li navendeke girtî bên girtin.
    • Hişyar bin: li gorî qanûnê, mala vegerê dîsa jî <b>girtin</b> (détention) e. Li ser malbata we biryareke girtinê heye. Ji ber vê yekê mohletên îtirazê kurt in.
    • Li Zulte, Tubize, Sint-Gillis-Waas, Tielt û Beauvechain mal hebûn. Dibe ku ev lîste guheriye.
    .title = Ez çima li vir im

page-house-rules =
    <b>Jiyana li malê</b>
    • Hûn dikarin derkevin derve: ji bo kirînê, ji bo parêzer, doktor û dibistana zarokan.
    • <b>Divê her gav mezinek li malê bimîne.</b>
    • Zarok diçin dibistana taxê.
    • Doktorek heye.
    • Mêvan dikarin werin serdanê.
    • Her hefte hûn pereyê berîkê distînin. Hûn ji bo xwarin û tiştên bingehîn jî kupon (bons) distînin.

    Rêzikên berfireh di biryarnameyeke qralî (arrêté royal) ya 14ê gulana 2009an de ne. Şêwirmendê we an parêzerê we dikare wan ji we re rave bike.
    .title = Rêzik

page-house-next =
    <b>Paşê çi dibe?</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Mayîna li vir ji çend rojan heta çend mehan dom dike. Bi navînî, nêzî 24 rojan (hejmarên 2008–2014).
    • Parêzerê we dikare ji odeya encûmenê ya dadgeha cezayê (chambre du conseil / raadkamer) bixwaze ku hûn bên berdan. Ev mehê carekê gengaz e. Biryar di nav 5 rojên kar de tê.
    • Hûn dikarin li rêyekê bigerin ku hûn bimînin, an jî vegerekê amade bikin. Li « Li Belçîkayê mayîn » û « Vegera bi dilxwazî » binêrin.
    .title = Paşê çi dibe?

page-house-coach =
    <b>Şêwirmendê we</b>
    • Şêwirmend (coach) ji bo Ofîsa Biyaniyan dixebite.
    • <b>Şêwirmend ne parêzerê we ye.</b> Ew ji bo we îtiraz an daxwazan nake. Ev karê we û parêzerê we ye.
    • Karê wî ev e ku vegera we amade bike, <b>an jî</b> di dema pêvajoyeke mayînê de bi we re be.
    • Ew di navbera we û rayedaran, balyozxaneyan, parêzeran û komeleyan de girêdanê çêdike.
    • Ew alîkariya we dike ku hûn biryar û pêvajoyan fêm bikin.

    Tiştê ku hûn ji şêwirmend re dişînin, şêwirmend dixwîne. Li « Jiyana taybet » binêrin.
    .title = Şêwirmend (coach)

## rights

page-rights =
    <b>Mafên we li vir</b>
    Li vir jî malbata we xwedî maf e: dibistan, tedawî, serdan.

    Li jêr mijarekê hilbijêrin.
    .title = 📜 Mafên we

page-rights-school =
    <b>Dibistan</b>
    • Zarokên we diçin dibistana taxê.
    • Hûn dikarin derkevin da ku wan bibin dibistanê.
    • Ji bîr nekin: divê her gav mezinek li malê bimîne.
    • Pirseke we li ser dibistanê heye? Ji şêwirmendê xwe bipirsin.
    .title = Dibistan

page-rights-health =
    <b>Tenduristî</b>
    • Doktorek heye.
    • Hûn dikarin ji bo laş û ji bo tenduristiya derûnî tedawî bistînin.
    • Hûn dikarin derkevin da ku biçin cem doktor.
    • Hûn xwe pir xirab hîs dikin? Hûn dikarin bi kesekî re biaxivin. Li « Bi kesekî re axaftin » binêrin.
    • Acîl: telefonî 112 bikin.

    Nexweşiyeke giran dikare ji bo mayîna li Belçîkayê bê hesibandin. Li ser vê bi parêzerê xwe re biaxivin.
    .title = Tenduristî

page-rights-language =
    <b>Fêmkirin û agahî wergirtin</b>
    • Hûn biryarekê an belgeyekê fêm nakin? Bibêjin.
    • Hûn dikarin wergêrekî bixwazin. Ji şêwirmendê xwe an parêzerê xwe bipirsin.
    • Karê şêwirmend ev jî ye: alîkariya we kirin, da ku hûn biryar û pêvajoyan fêm bikin.
    • Di biryarnameya qralî ya 2009an de ji bo telefon û postê rêzik hene.
    • Înternet: ji şêwirmendê xwe bipirsin ka li vir çi gengaz e.
    • Hûn dikarin dosyaya xwe bibînin. Li « Dîtina dosyaya min » binêrin.
    .title = Ziman û înternet

page-rights-visits =
    <b>Serdan</b>
    • Mêvan dikarin werin serdanê.
    • Hûn dikarin derkevin da ku parêzerê xwe bibînin.
    • Hin komele serdana malên vegerê dikin, mînak JRS Belgium.
    • Rêzikên serdanê di biryarnameya qralî ya 14ê gulana 2009an de ne. Şêwirmendê we dikare wan ji we re rave bike.
    .title = Serdan

page-rights-complaints =
    <b>Pirsgirêkek heye? Gilîyek?</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Parêzerê we dikare ji we re bibêje ka hûn dikarin çi bikin.

    Ji bo mafên zarokan:
    • Kinderrechtencommissariaat (komîserê mafên zarokan): 0800 20 808
    • Délégué général aux droits de l'enfant (nûnerê giştî yê mafên zarokan): <code>dgde@cfwb.be</code>

    Bersiva daxwaza dosyaya we ne temam e? Hûn dikarin serî li Commission d'accès aux documents administratifs (CADA, komîsyona gihîştina belgeyên îdarî) bidin. Li « Dîtina dosyaya min » binêrin.
    .title = Pirsgirêkek

## file-access

page-file-access =
    <b>Dîtina dosyaya min</b>
    <b>⚠️ Biryarek ji we re hatiye? Yekser bi parêzerê xwe re têkilî daynin.</b>

    Mafê we heye ku hûn biryar û belgeyên dosyaya xwe bibînin. Hûn dikarin kopiyekê bixwazin. Parêzerê we jî dikare wê bixwaze.

    Li jêr mijarekê hilbijêrin.
    .title = 📂 Dîtina dosyaya min

page-file-access-how =
    <b>Daxwaza dosyaya min</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Parêzerê we jî dikare dosyayê ji bo we bixwaze.

    Li Ofîsa Biyaniyan:
    • Tenê bi nivîskî, bi e-nameyê (e-mail). Ne bi telefonê.
    • Ji yek ji van navnîşanan re binivîsin:
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    • Bê parêzer: belgeyeke ku nasnameya we nîşan dide lê zêde bikin.
    • Hûn hemû dosyayê naxwazin? Bibêjin hûn kîjan belgeyan dixwazin.
    • Pirs li ser naveroka dosyayê: <code>infodesk@ibz.fgov.be</code>

    Ev qanûna 11ê nîsana 1994an e, li ser vekirîbûna îdareyê (publicité de l'administration).
    .title = Çawa bixwazim

page-file-access-answer =
    <b>Bersiv</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Divê Ofîsa Biyaniyan di nav 30 rojan de bersiv bide.
    • Hûn kopiyeke elektronîk a dosyayê, an jî ya beşên ku we xwestine, distînin.
    • Bersiv ne temam e? Hûn dikarin serî li Commission d'accès aux documents administratifs (CADA) bidin. Parêzerê we dikare alîkariya we bike.
    .title = Bersiv

page-file-access-cgrs =
    <b>Nîşeyên hevpeyvîna penaberiyê</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Piştî hevpeyvîna xwe ya penaberiyê, hûn dikarin ji CGRA (Commissariat général aux réfugiés et aux apatrides, komîserxaneya giştî ya ji bo penaber û bêdewletan) kopiyeke nîşeyên hevpeyvînê bixwazin.
    • Parêzerê we kopiyeke hemû nameyên CGRA distîne.
    • Parêzerê we dikare di hevpeyvîna penaberiyê de amade be.
    .title = Nîşeyên hevpeyvînê

page-file-access-gdpr =
    <b>Daneyên we yên kesane</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Ofîsa Biyaniyan berpirsyarê daneyên we yên kesane ye. Ev qanûna Ewropî ya li ser daneyan e (RGPD / GDPR).
    • Mafê we heye ku hûn daneyên xwe yên kesane bibînin.
    • Çawa: parêzerê we dikare ji we re bibêje.
    .title = Daneyên kesane

## lawyer

page-lawyer =
    <b>Parêzerê we</b>
    <b>⚠️ Biryarek ji we re hatiye? Yekser bi parêzerê xwe re têkilî daynin.</b>

    Li vir mohlet kurt in, ji ber ku mala vegerê wekî girtinê (détention) tê hesibandin.
    Hûn dikarin parêzerekî belaş (pro deo) bistînin.

    Li jêr mijarekê hilbijêrin.
    .title = 💼 Parêzerê min

page-lawyer-role =
    <b>Parêzerê we dikare çi bike</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    Parêzerê we dikare:
    • li Conseil du contentieux des étrangers (CCE, encûmena dozên biyaniyan) îtiraz bike;
    • ji odeya encûmenê (chambre du conseil) bixwaze ku hûn bên berdan;
    • daxwazeke nû ya penaberiyê an daxwaza destûra mayînê (régularisation) bike;
    • dosyaya we bixwaze;
    • di hevpeyvîna we ya penaberiyê de amade be.
    .title = Ew dikare çi bike

page-lawyer-free =
    <b>Parêzerê belaş (pro deo)</b>
    <b>⚠️ Biryarek ji we re hatiye? Yekser bi parêzerekî re têkilî daynin.</b>

    • Alîkariya hiqûqî ya rêza duyem (aide juridique de deuxième ligne) parêzerekî belaş dide we.
    • Buroya alîkariya hiqûqî (BAJ / BJB) ya her baroyê (barreau) vê birêxistin dike.
    • Ji bo pêvajoyên mayînê û îtirazan, wekî qaîde biyanî xwedî vî mafî tên hesibandin. Zarokên temenbiçûk her gav xwedî vî mafî ne.
    • Çawa: ji BAJ bipirsin. An jî rasterast biçin cem parêzerekî: parêzer bi xwe dixwaze ku ji bo we bê destnîşankirin.
    • Şêwirmendê we jî bi parêzeran re girêdanê çêdike.
    .title = Parêzerê belaş

page-lawyer-deadlines =
    <b>Mohlet</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in, ji ber ku mala vegerê wekî girtinê tê hesibandin.

    • Biryara Ofîsa Biyaniyan (mînak: ferman ji bo derketina ji welêt, ordre de quitter le territoire): <b>10 roj</b> (30 roj li derveyî girtinê). Wekî qaîde, ev îtiraz şandina ji welêt (éloignement) ranawestîne.
    • Lezgîniya herî mezin (extrême urgence): 10 roj piştî ragihandina biryarê (notification); 5 roj ji bo biryara duyem a şandina ji welêt an yên piştî wê. Ev îtiraz şandinê radiwestîne, heke ew pir nêzîk be.
    • Biryara penaberiyê ya CGRA: <b>10 roj</b> (30 roj li derveyî girtinê); 5 roj ji bo daxwazeke paşê (demande ultérieure) ya ku nayê wergirtin (irrecevable).
    • Conseil d'État (encûmena dewletê): 30 roj; şandina ji welêt ranawestîne.

    Parêzerê we mohleta rast a rewşa we dizane.
    .title = Mohlet

page-lawyer-coach =
    <b>Şêwirmend an parêzer?</b>
    • Şêwirmend ji bo Ofîsa Biyaniyan dixebite. <b>Şêwirmend ne parêzerê we ye.</b>
    • Şêwirmend ji bo we tu pêvajoyê nake.
    • Karên fermî (îtiraz, daxwaz): ev karê we û parêzerê we ye.
    • Şêwirmend dikare bi parêzerê we re girêdanê çêke û alîkariya we bike ku hûn biryaran fêm bikin.
    .title = Şêwirmend an parêzer?

## stay

page-stay =
    <b>Li Belçîkayê mayîn</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    Çend rê hene ku hûn daxwaz bikin ku bimînin. Her rê xwedî şertên xwe ye. Parêzerê we dikare ji we re bibêje ka ji bo we çi gengaz e.
    Şêwirmend jî dikare di dema pêvajoyeke mayînê de bi we re be.

    Li jêr mijarekê hilbijêrin.
    .title = 📝 Li Belçîkayê mayîn

page-stay-asylum =
    <b>Daxwaza nû ya penaberiyê</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Hûn dikarin li Ofîsa Biyaniyan daxwazeke nû ya penaberiyê (demande ultérieure) bikin.
    • Agahiyên nû lazim in. Divê hûn bibêjin jî çima we ew berê nedane.
    • CGRA pêşî biryar dide ka daxwaz tê wergirtin (recevable) an na: nêzî 10 rojên kar, 2 roj di girtinê de.
    .title = Penaberiya nû

page-stay-9bis =
    <b>Destûra mayînê ji ber sedemên mirovî (9bis)</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Ev daxwazeke awarte ye. Îdare bi serbestî biryar dide.
    • Lazim e: belgeyeke nasnameyê, navnîşanek û rewşên awarte.
    • Xerca îdarî heye: nêzî 350 heta 360 € ji bo her mezinekî.
    • Parêzerê we dikare ji we re bibêje ka ev ji bo we gengaz e an na.
    .title = Mirovî (9bis)

page-stay-9ter =
    <b>Sedema bijîşkî (9ter)</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Ji bo nexweşiyeke giran a ku li welatê we yê eslî baş nayê dermankirin.
    • Daxwaz bi nameya qeydkirî (lettre recommandée) ji Ofîsa Biyaniyan re tê şandin, bi sertîfîkaya bijîşkî ya standard (certificat médical type, formeke fermî).
    • Parêzerê we dikare ji we re bibêje ka hûn çawa bikin.
    .title = Bijîşkî (9ter)

page-stay-family =
    <b>Yekbûna malbatê</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Yekbûna malbatê (regroupement familial) rêyeke din a mayînê ye (xalên 10, 10bis, 40bis û 40ter ên qanûna biyaniyan).
    • Ji 18ê tebaxa 2025an vir ve, şert hişktir in.
    • Parêzerê we dikare ji we re bibêje ka hûn şertan bi cih tînin an na.
    .title = Malbat

page-stay-stateless =
    <b>Bêdewletî</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Hûn ne hemwelatiyê tu welatî ne? Dibe ku hûn bêdewlet (apatride) bin.
    • Dadgeha malbatê dikare we wekî bêdewlet nas bike.
    • Ji 1ê îlona 2024an vir ve, pêvajoyeke îdarî jî dikare destûra mayînê (titre de séjour) bide.
    • Parêzerê we dikare ji we re bibêje ka hûn çawa bikin.
    .title = Bêdewletî

## return

page-return =
    <b>Vegera bi dilxwazî</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    Fedasil xwedî bernameyeke alîkariyê ye ji bo vegera bi dilxwazî. Ew ji bo her kesî vekirî ye.
    <b>Hûn her gav azad in ku biryar bidin ku neçin.</b>
    Hûn dikarin li ser vê bi şêwirmendê xwe an parêzerê xwe re biaxivin.

    Li jêr mijarekê hilbijêrin.
    .title = 🧳 Vegera bi dilxwazî

page-return-offer =
    <b>Bername çi pêşkêş dike</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Rêwîtî belaş e (bi OIM / IOM an Fedasil).
    • Xercên belgeyên rêwîtiyê tên vegerandin.
    • Pereyekî çûyînê (prime de départ).
    • Alîkariya ji nû ve bicihbûnê (réintégration), bi tiştan û xizmetan, ne bi pereyan, ji aliyê OIM an Caritas ve. Divê di nav 12 mehan de bê bikaranîn.
    • Rayedarên welatê we berî ku hûn bigihîjin nayên agahdarkirin.

    Hûn her gav azad in ku biryar bidin ku neçin.
    .title = Çi tê pêşkêşkirin

page-return-how =
    <b>Çawa daxwaz bikin</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Hejmara belaş: 0800 32 745
    • Gişeyên vegerê: Brûksel, Gent, Antwerpen, Liège, Charleroi.
    • An jî rêxistineke hevkar.
    • Hûn dikarin li ser vê bi şêwirmendê xwe re jî biaxivin.

    Hûn her gav azad in ku biryar bidin ku neçin.
    .title = Çawa bixwazim

page-return-limits =
    <b>Sînorên alîkariyê</b>
    <b>⚠️ Yekser bi parêzerê xwe re têkilî daynin.</b> Li vir mohlet kurt in.

    • Hemwelatiyên hin welatan êdî alîkariya ji nû ve bicihbûnê nastînin. Mînak: Brazîl, ji 1ê berfanbara 2025an vir ve.
    • Bipirsin ka ji bo welatê we çi derbasdar e: li 0800 32 745, li gişeyeke vegerê an ji parêzerê xwe.

    Hûn her gav azad in ku biryar bidin ku neçin.
    .title = Sînorên alîkariyê

## support

page-support =
    <b>Bi kesekî re axaftin</b>
    Hûn ditirsin, xemgîn in an pir westiyayî ne? Hûn dikarin alîkariyê bixwazin.
    Li malê hûn dikarin xizmetên tenduristiya derûnî bistînin.
    Xizmetên li jêr belaş in.

    <b>Xetera yekser: telefonî 112 bikin.</b>

    Li jêr mijarekê hilbijêrin.
    .title = 💬 Bi kesekî re axaftin

page-support-crisis =
    <b>Xetên guhdarîkirinê</b>
    Belaş in.
    • 112: acîl
    • 1813: Zelfmoordlijn (xeta li dijî xwekuştinê). Bi holendî, şev û roj (24 saet), bi chatê jî.
    • 0800 32 123: Centre de Prévention du Suicide (navenda li dijî xwekuştinê). Bi fransî, şev û roj (24 saet). Şêwirdarî bi îngilîzî, erebî û spanî jî heye.
    • 106: Tele-Onthaal (xeta guhdarîkirinê). Bi holendî.
    • 107: Télé-Accueil (xeta guhdarîkirinê). Bi fransî.
    .title = Xetên guhdarîkirinê

page-support-children =
    <b>Ji bo zarokan</b>
    Belaş e.
    • 102: Awel. Bi holendî.
    • 103: Écoute-Enfants. Bi fransî.
    • 116 000: Child Focus.

    Mafên zarokan:
    • Kinderrechtencommissariaat (komîserê mafên zarokan): 0800 20 808
    • Délégué général aux droits de l'enfant (nûnerê giştî yê mafên zarokan): <code>dgde@cfwb.be</code>
    .title = Ji bo zarokan

page-support-exiles =
    <b>Alîkarî ji bo koçberan</b>
    Belaş e.
    • Ulysse (Brûksel): ji bo kesên ku mafê wan ê mayînê ne ewle ye. Bi wergêran.
    • Exil (Brûksel): ji bo kesên ku ji îşkenceyê an ji tundiya rêxistinkirî xilas bûne.
    • Solentra (UZ Brussel): ji bo zarokên penaber ji temenê 2 sal û nîvan pê ve, û malbata wan. Divê pisporek we bişîne wir.

    Ji şêwirmendê xwe an ji doktor bipirsin ka hûn çawa biçin wir.
    .title = Alîkarî ji bo koçberan

## contacts

page-contacts =
    <b>Têkiliyên girîng</b>
    <b>Acîl: 112</b>

    Li jêr mijarekê hilbijêrin.
    .title = 📞 Têkiliyên girîng

page-contacts-emergency =
    <b>Hejmarên acîl û guhdarîkirinê</b>
    Belaş in.
    • 112: acîl
    • 1813: Zelfmoordlijn (holendî)
    • 0800 32 123: Centre de Prévention du Suicide (fransî)
    • 106: Tele-Onthaal (holendî)
    • 107: Télé-Accueil (fransî)
    • 102: Awel, ji bo zarokan (holendî)
    • 103: Écoute-Enfants (fransî)
    • 116 000: Child Focus
    .title = Acîl

page-contacts-children =
    <b>Mafên zarokan</b>
    • Kinderrechtencommissariaat (komîserê mafên zarokan): 0800 20 808
    • Délégué général aux droits de l'enfant (nûnerê giştî yê mafên zarokan): <code>dgde@cfwb.be</code>
    .title = Mafên zarokan

page-contacts-ngos =
    <b>Komele (ONG)</b>
    • JRS Belgium: serdana malên vegerê dike.
    • CIRÉ
    • Vluchtelingenwerk Vlaanderen
    • Caritas International
    • Nansen
    • Myria

    Şêwirmendê we bi komeleyan re girêdanê çêdike. Ew dikare alîkariya we bike ku hûn bi wan re têkilî daynin.
    .title = Komele

page-contacts-offices =
    <b>Ofîsa Biyaniyan û Fedasil</b>
    Daxwaza dosyaya xwe (bi e-nameyê):
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    Pirs li ser naveroka dosyayê:
    <code>infodesk@ibz.fgov.be</code>

    Vegera bi dilxwazî (Fedasil):
    • Hejmara belaş: 0800 32 745
    • Gişeyên vegerê: Brûksel, Gent, Antwerpen, Liège, Charleroi.
    .title = Ofîs û Fedasil

## appointments

page-appointments =
    <b>Randevûyên min</b>
    Di demeke nêzîk de şêwirmendê we dê bikaribe randevûyên we bi vî botî bişîne.
    Hûn ê wan li ser vê rûpelê bibînin.
    Ev hê ne gengaz e.
    .title = 📅 Randevû

## privacy

page-privacy =
    <b>Jiyana taybet</b>
    Bot van tiştan tomar dike:
    • zimanê ku we hilbijartiye;
    • heke şêwirmendê we hûn girê dabin: etîketa malbata we;
    • peyamên ku hûn bi xwe ji şêwirmendê xwe re dişînin.
    Çima: ji bo ku bi zimanê we bi we re biaxive û peyamên we bigihîne.

    Kî dikare wan bixwîne: şêwirmendê we, ku ji bo Ofîsa Biyaniyan dixebite, û koordînator.
    Ji bo parastina xwe, bi parêzerê xwe re biaxivin.

    Ji bo jêbirina daneyên xwe: /forget bişînin.
    Bot tu biryarê nade.
    .title = 🔒 Jiyana taybet
