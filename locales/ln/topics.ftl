# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Ba lokasa ya ba informations ya family_bot (lingala). Makomi ya ebandeli: locales/fr/topics.ftl.
# Message « page-ID » moko mpo na lokasa moko na moko ya content/topics.toml; .title = bouton (ba caractères 24 koleka te).
# HTML ya Telegram (b, i, u, a, code, blockquote). {} te, variables te.
# Legal words without a common Lingala word (avocat, recours, décision, détention, délai, dossier,
# asile, procédure) stay in French, as Lingala speakers in Belgium say them; dates keep French month names.

## house

page-house =
    <b>Maison de retour</b>
    Bozali kofanda na libota na bino na ndako oyo ekangami te (maison ouverte) ya Office des Étrangers (biro ya leta oyo etalaka makambo ya bapaya).
    Coach moko azali kolanda bino.

    Bopona likambo moko awa na se.
    .title = 🏠 Ndako

page-house-why =
    <b>Mpo na nini bozali awa</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Banda 2008, mabota oyo ezali na bana mike (mineurs) bakotisaka bango lisusu te na centre fermé. Bafandaka na maison de retour.
    • Mobeko moko ya sika elobi yango mpe: bakoki kokanga bana na centre fermé te.
    • Keba: mpo na mobeko, maison de retour ezali kaka <b>détention</b> (bokangami). Libota na bino ezwi décision ya détention. Yango wana ba délais ya recours ezali mokuse.
    • Ba ndako ezalaki na Zulte, Tubize, Sint-Gillis-Waas, Tielt mpe Beauvechain. Liste oyo ekoki kozala ebongwani.
    .title = Mpo na nini nazali awa

page-house-rules =
    <b>Bomoi na ndako</b>
    • Bokoki kobima: kosomba biloko, kokende epai ya avocat, epai ya monganga, kokumba bana na kelasi.
    • <b>Moto moko ya mokolo asengeli kotikala na ndako ntango nyonso.</b>
    • Bana bakendaka na kelasi ya quartier.
    • Monganga azali.
    • Ba visites epesami nzela.
    • Poso nyonso, bozwaka mbongo ya pochi (argent de poche). Bozwaka mpe ba bons mpo na bilei mpe biloko ya ntina.

    Mibeko nyonso na molongo ezali na arrêté royal ya 14 mai 2009. Coach na bino to avocat na bino akoki kolimbolela bino yango.
    .title = Mibeko

page-house-next =
    <b>Nsima na yango?</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Kofanda awa ekoki kozwa mikolo mwa moke kino sanza ebele. Na moyenne, pene na mikolo 24 (ba chiffres ya 2008–2014).
    • Avocat na bino akoki kosenga ete batika bino (libération) epai ya chambre du conseil ya tribunal correctionnel. Ekoki kosalema mbala moko na sanza. Décision eyaka na mikolo 5 ya mosala.
    • Bokoki koluka nzela ya kotikala, to kobongisa kozonga. Botala « Kotikala na Belgique » mpe « Kozonga na bolingo ».
    .title = Nsima na yango?

page-house-coach =
    <b>Coach na bino</b>
    • Coach asalaka mpo na Office des Étrangers.
    • <b>Coach azali avocat na bino te.</b> Asalaka recours te mpe atindaka demande te mpo na bino. Yango ezali mosala na bino mpe ya avocat na bino.
    • Mosala na ye: kobongisa kozonga na bino, <b>to</b> kolanda bino na boumeli ya procédure mpo na kotikala.
    • Asalaka lien na ba autorités, ba ambassades, ba avocats mpe ba associations.
    • Asalisaka bino na kososola ba décisions mpe ba procédures.

    Oyo botindelaka coach, coach atangaka yango. Botala « Vie privée ».
    .title = Coach

## rights

page-rights =
    <b>Makoki na bino awa</b>
    Ata awa, libota na bino ezali na makoki (droits): kelasi, kosalisama na monganga, ba visites.

    Bopona likambo moko awa na se.
    .title = 📜 Makoki na bino

page-rights-school =
    <b>Kelasi</b>
    • Bana na bino bakendaka na kelasi ya quartier.
    • Bokoki kobima mpo na kokumba bango na kelasi.
    • Bokanisa: moto moko ya mokolo asengeli kotikala na ndako ntango nyonso.
    • Motuna na ntina ya kelasi? Botuna coach na bino.
    .title = Kelasi

page-rights-health =
    <b>Bokolongono</b>
    • Monganga azali.
    • Bokoki kozwa lisalisi ya monganga mpo na nzoto mpe mpo na makanisi (santé mentale).
    • Bokoki kobima mpo na kokende epai ya monganga.
    • Bozali koyoka mabe mingi? Bokoki kosolola na moto. Botala « Kosolola na moto ».
    • Urgence: bobenga 112.

    Maladi ya makasi ekoki kozala ntina ya kotikala na Belgique. Bosolola yango na avocat na bino.
    .title = Bokolongono

page-rights-language =
    <b>Kososola mpe koyeba</b>
    • Bozali kososola te décision to mokanda moko? Boloba yango.
    • Bokoki kosenga interprète (mobongoli ya monoko). Botuna coach na bino to avocat na bino.
    • Mosala ya coach ezali mpe kosalisa bino na kososola ba décisions mpe ba procédures.
    • Arrêté royal ya 2009 ezali na mibeko na ntina ya telefone mpe ya mikanda (courrier).
    • Internet: botuna coach na bino nini ekoki kosalema awa.
    • Bokoki kotala dossier na bino. Botala « Kotala dossier na ngai ».
    .title = Monoko mpe internet

page-rights-visits =
    <b>Ba visites</b>
    • Ba visites epesami nzela.
    • Bokoki kobima mpo na komona avocat na bino.
    • Ba associations mosusu bayaka kotala ba maison de retour, ndakisa JRS Belgium.
    • Mibeko na ntina ya ba visites ezali na arrêté royal ya 14 mai 2009. Coach na bino akoki kolimbolela bino yango.
    .title = Ba visites

page-rights-complaints =
    <b>Likambo moko? Plainte?</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Avocat na bino akoki koyebisa bino oyo bokoki kosala.

    Mpo na makoki ya bana:
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>

    Demande na bino ya dossier ezwi eyano ya ndambo (incomplète)? Bokoki kokende epai ya Commission d'accès aux documents administratifs (CADA). Botala « Kotala dossier na ngai ».
    .title = Likambo to plainte

## file-access

page-file-access =
    <b>Kotala dossier na ngai</b>
    <b>⚠️ Bozwi décision? Bosolola na avocat na bino sikoyo.</b>

    Bozali na makoki ya kotala ba décisions mpe mikanda ya dossier na bino. Bokoki kosenga copie. Avocat na bino akoki mpe kosenga yango.

    Bopona likambo moko awa na se.
    .title = 📂 Kotala dossier na ngai

page-file-access-how =
    <b>Kosenga dossier na ngai</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Avocat na bino akoki mpe kosenga dossier mpo na bino.

    Na Office des Étrangers:
    • Kaka na makomi, na e-mail. Na telefone te.
    • Bokomela na moko ya ba adresse oyo:
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    • Soki avocat te: bobakisa elembeteli ya identité na bino (preuve d'identité).
    • Bolingi dossier mobimba te? Boloba mikanda nini bolingi.
    • Mituna na ntina ya makambo oyo ezali na dossier: <code>infodesk@ibz.fgov.be</code>

    Ezali mobeko ya 11 avril 1994 na ntina ya publicité de l'administration.
    .title = Ndenge ya kosenga

page-file-access-answer =
    <b>Eyano</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Office des Étrangers esengeli kozongisa eyano na mikolo 30.
    • Bozwaka copie électronique ya dossier, to ya biteni oyo bosengaki.
    • Eyano ezali ya ndambo (incomplète)? Bokoki kokende epai ya Commission d'accès aux documents administratifs (CADA). Avocat na bino akoki kosalisa bino.
    .title = Eyano

page-file-access-cgrs =
    <b>Ba notes ya entretien ya asile</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Nsima ya entretien na bino ya asile, bokoki kosenga na CGRA (Commissariat général aux réfugiés et aux apatrides) copie ya ba notes ya entretien.
    • Avocat na bino azwaka copie ya mikanda nyonso ya CGRA.
    • Avocat na bino akoki kozala na entretien ya asile.
    .title = Makomi ya entretien

page-file-access-gdpr =
    <b>Ba données personnelles na bino</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Office des Étrangers nde ezali responsable ya ba données personnelles na bino. Ezali mobeko ya Europe na ntina ya ba données (RGPD).
    • Bozali na makoki ya kotala ba données personnelles na bino.
    • Ndenge ya kosala: avocat na bino akoki koyebisa bino.
    .title = Ba données na bino

## lawyer

page-lawyer =
    <b>Avocat na bino</b>
    <b>⚠️ Bozwi décision? Bosolola na avocat na bino sikoyo.</b>

    Awa, ba délais ezali mokuse, mpo maison de retour etangami lokola détention.
    Bokoki kozwa avocat ofele (pro deo).

    Bopona likambo moko awa na se.
    .title = 💼 Avocat na ngai

page-lawyer-role =
    <b>Oyo avocat na bino akoki kosala</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    Avocat na bino akoki:
    • kosala recours na Conseil du contentieux des étrangers (CCE);
    • kosenga ete batika bino (libération) epai ya chambre du conseil;
    • kotinda demande ya sika ya asile to demande ya régularisation;
    • kosenga dossier na bino;
    • kozala na entretien na bino ya asile.
    .title = Oyo akoki kosala

page-lawyer-free =
    <b>Avocat ofele (pro deo)</b>
    <b>⚠️ Bozwi décision? Bosolola na avocat sikoyo.</b>

    • Aide juridique de deuxième ligne epesaka bino avocat ofele.
    • Bureau d'aide juridique (BAJ) ya barreau moko na moko nde ebongisaka yango.
    • Mpo na ba procédures ya séjour mpe ba recours, mobeko ekanisaka ete bapaya bazali na makoki yango. Bana mike (mineurs) bazali na yango ntango nyonso.
    • Ndenge nini: botuna BAJ. To bokende mbala moko epai ya avocat: avocat akosenga ete batia ye mpo na bino (désigné).
    • Coach na bino asalaka mpe lien na ba avocats.
    .title = Avocat ofele

page-lawyer-deadlines =
    <b>Ba délais</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse, mpo maison de retour etangami lokola détention.

    • Décision ya Office des Étrangers (ndakisa: ordre de quitter): <b>mikolo 10</b> (30 soki bozali na détention te). Na momesano, recours oyo epekisaka éloignement (kobengana bino) te.
    • Extrême urgence: mikolo 10 nsima ya notification; mikolo 5 mpo na décision ya 2 ya éloignement to koleka. Recours oyo epekisaka éloignement soki ekomi pene.
    • Décision ya asile ya CGRA: <b>mikolo 10</b> (30 soki bozali na détention te); mikolo 5 mpo na demande ultérieure oyo endimami te (irrecevable).
    • Conseil d'État: mikolo 30; epekisaka éloignement te.

    Avocat na bino ayebi délai ya solo mpo na likambo na bino.
    .title = Ba délais

page-lawyer-coach =
    <b>Coach to avocat?</b>
    • Coach asalaka mpo na Office des Étrangers. <b>Coach azali avocat na bino te.</b>
    • Coach asalaka procédure moko te mpo na bino.
    • Ba démarches (recours, ba demandes): ezali bino mpe avocat na bino.
    • Coach akoki kosala lien na avocat na bino mpe kosalisa bino na kososola ba décisions.
    .title = Coach to avocat?

## stay

page-stay =
    <b>Kotikala na Belgique</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    Ezali na banzela ebele ya kosenga kotikala. Nzela moko na moko ezali na ba conditions na yango. Avocat na bino akoki koyebisa bino nini ekoki kosalema mpo na bino.
    Coach akoki mpe kolanda bino na boumeli ya procédure mpo na kotikala.

    Bopona likambo moko awa na se.
    .title = 📝 Kotikala na Belgique

page-stay-asylum =
    <b>Demande ya sika ya asile</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Bokoki kotinda demande ya sika ya asile (demande ultérieure) na Office des Étrangers.
    • Esengeli kozala na makambo ya sika (éléments nouveaux). Esengeli mpe koloba mpo na nini bopesaki yango liboso te.
    • CGRA ekataka liboso soki demande ekoki kondimama (recevable): pene na mikolo 10 ya mosala, mikolo 2 na détention.
    .title = Asile ya sika

page-stay-9bis =
    <b>Régularisation humanitaire (9bis)</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Ezali demande exceptionnelle (oyo esalemaka mingi te). Administration ekataka na bonsomi na yango.
    • Esengeli: mokanda ya identité, adresse mpe circonstances exceptionnelles (makambo ya ndenge mosusu, oyo emonanaka mingi te).
    • Ezali na frais administratifs: pene na 350 kino 360 € mpo na moto mokolo moko (adulte).
    • Avocat na bino akoki koyebisa bino soki ekoki kosalema mpo na bino.
    .title = Humanitaire (9bis)

page-stay-9ter =
    <b>Mpo na maladi (raison médicale, 9ter)</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Mpo na maladi ya makasi oyo bakoki kosalisa malamu te na mboka na bino ya kobotama (pays d'origine).
    • Demande na lettre recommandée epai ya Office des Étrangers, elongo na certificat médical type (formulaire officiel).
    • Avocat na bino akoki koyebisa bino ndenge ya kosala.
    .title = Maladi (9ter)

page-stay-family =
    <b>Regroupement familial (kosangana na libota)</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Regroupement familial ezali nzela mosusu ya kotikala (articles 10, 10bis, 40bis mpe 40ter ya loi sur les étrangers).
    • Ba conditions ekomi makasi koleka banda 18 août 2025.
    • Avocat na bino akoki koyebisa bino soki bokokisi ba conditions.
    .title = Libota

page-stay-stateless =
    <b>Apatridie (kozanga ekolo)</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Bozali na nationalité ya ekolo moko te? Bokoki kozala apatride.
    • Tribunal de la famille ekoki kondima ete bozali apatride.
    • Banda 1er septembre 2024, procédure administrative moko ekoki mpe kopesa titre de séjour (mokanda ya kofanda).
    • Avocat na bino akoki koyebisa bino ndenge ya kosala.
    .title = Kozanga ekolo

## return

page-return =
    <b>Kozonga na bolingo (retour volontaire)</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    Fedasil ezali na programme ya lisalisi mpo na retour volontaire. Efungwami mpo na bato nyonso.
    <b>Bozali ntango nyonso na bonsomi ya kokata ete bokende te.</b>
    Bokoki kosolola yango na coach na bino to na avocat na bino.

    Bopona likambo moko awa na se.
    .title = 🧳 Kozonga na bolingo

page-return-offer =
    <b>Oyo programme epesaka</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Mobembo ezali ofele (na OIM to Fedasil).
    • Bakozongisela bino mbongo ya ba documents ya mobembo.
    • Prime de départ (mbongo ya kokende).
    • Lisalisi mpo na réintégration (kozonga kokota na bomoi ya mboka) na biloko (en nature), na OIM to Caritas. Esengeli kosalela yango na sanza 12.
    • Ba autorités ya mboka na bino bayebisami te liboso bokoma.

    Bozali ntango nyonso na bonsomi ya kokata ete bokende te.
    .title = Oyo bapesaka

page-return-how =
    <b>Ndenge ya kosenga</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Numéro ofele: 0800 32 745
    • Ba guichets retour: Bruxelles, Gand, Anvers, Liège, Charleroi.
    • To association moko ya partenaire.
    • Bokoki mpe kosolola yango na coach na bino.

    Bozali ntango nyonso na bonsomi ya kokata ete bokende te.
    .title = Ndenge ya kosenga

page-return-limits =
    <b>Ndelo ya lisalisi</b>
    <b>⚠️ Bosolola na avocat na bino sikoyo.</b> Awa, ba délais ezali mokuse.

    • Bato ya ba nationalités mosusu bazwaka lisusu lisalisi ya réintégration te. Ndakisa: Brésil, banda 1er décembre 2025.
    • Botuna oyo etali mboka na bino: na 0800 32 745, na guichet retour to epai ya avocat na bino.

    Bozali ntango nyonso na bonsomi ya kokata ete bokende te.
    .title = Ndelo ya lisalisi

## support

page-support =
    <b>Kosolola na moto</b>
    Bozali kobanga, bozali na motema pasi to bolembi makasi? Bokoki kosenga lisalisi.
    Na ndako, bokoki kozwa lisalisi mpo na santé mentale.
    Ba services oyo ezali awa na se ezali ofele.

    <b>Likama ya sikoyo: bobenga 112.</b>

    Bopona likambo moko awa na se.
    .title = 💬 Kosolola na moto

page-support-crisis =
    <b>Ba ligne ya koyoka bato</b>
    Ofele.
    • 112: urgence
    • 1813: Zelfmoordlijn (mpo na kopekisa komiboma). Na néerlandais, moi na butu (24 h sur 24), mpe na chat.
    • 0800 32 123: Centre de Prévention du Suicide (mpo na kopekisa komiboma). Na lifalanse, moi na butu (24 h sur 24). Ba consultations mpe na lingelesi, arabe mpe espagnol.
    • 106: Tele-Onthaal. Na néerlandais.
    • 107: Télé-Accueil. Na lifalanse.
    .title = Telefone ya lisalisi

page-support-children =
    <b>Mpo na bana</b>
    Ofele.
    • 102: Awel. Na néerlandais.
    • 103: Écoute-Enfants. Na lifalanse.
    • 116 000: Child Focus.

    Makoki ya bana:
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>
    .title = Mpo na bana

page-support-exiles =
    <b>Lisalisi mpo na bato oyo batiki mboka na bango (exilés)</b>
    Ofele.
    • Ulysse (Bruxelles): mpo na bato oyo bazali na séjour précaire (mikanda ya kofanda ya ntembe). Na ba interprètes.
    • Exil (Bruxelles): mpo na bato oyo babikaki na torture to na mobulu ya makasi oyo ebongisamaki (violence organisée).
    • Solentra (UZ Brussel): mpo na bana ya ba réfugiés banda mibu 2 na ndambo, mpe mabota na bango. Esengeli moto ya mosala (professionnel) atinda bino.

    Botuna coach na bino to monganga ndenge ya kokende kuna.
    .title = Bato batiki mboka

## contacts

page-contacts =
    <b>Ba contacts ya ntina</b>
    <b>Urgence: 112</b>

    Bopona likambo moko awa na se.
    .title = 📞 Ba contacts ya ntina

page-contacts-emergency =
    <b>Ba numéro ya urgence mpe ya koyoka bato</b>
    Ofele.
    • 112: urgence
    • 1813: Zelfmoordlijn (néerlandais)
    • 0800 32 123: Centre de Prévention du Suicide (lifalanse)
    • 106: Tele-Onthaal (néerlandais)
    • 107: Télé-Accueil (lifalanse)
    • 102: Awel, mpo na bana (néerlandais)
    • 103: Écoute-Enfants (lifalanse)
    • 116 000: Child Focus
    .title = Urgence

page-contacts-children =
    <b>Makoki ya bana</b>
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>
    .title = Makoki ya bana

page-contacts-ngos =
    <b>Ba associations (ONG)</b>
    • JRS Belgium: ekendaka kotala ba maison de retour.
    • CIRÉ
    • Vluchtelingenwerk Vlaanderen
    • Caritas International
    • Nansen
    • Myria

    Coach na bino asalaka lien na ba associations. Akoki kosalisa bino mpo na kokutana na bango.
    .title = Ba associations

page-contacts-offices =
    <b>Office des Étrangers mpe Fedasil</b>
    Kosenga dossier na bino (na e-mail):
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    Mituna na ntina ya makambo oyo ezali na dossier:
    <code>infodesk@ibz.fgov.be</code>

    Retour volontaire (Fedasil):
    • Numéro ofele: 0800 32 745
    • Ba guichets retour: Bruxelles, Gand, Anvers, Liège, Charleroi.
    .title = Office mpe Fedasil

## appointments

page-appointments =
    <b>Ba rendez-vous na ngai</b>
    Eumeli te, coach na bino akokoka kotinda ba rendez-vous na bino na bot oyo.
    Bokomona yango na lokasa oyo.
    Ekoki naino kosalema te.
    .title = 📅 Ba rendez-vous

## privacy

page-privacy =
    <b>Vie privée</b>
    Bot ebombaka:
    • monoko oyo boponaki;
    • ntango coach na bino akangisi bino: étiquette (kombo) ya libota na bino;
    • ba message oyo boponi kotindela coach na bino.
    Mpo na nini: mpo na kosolola na bino na monoko na bino mpe kotinda ba message na bino.

    Nani akoki kotanga yango: coach na bino, oyo asalaka mpo na Office des Étrangers, mpe ba coordinateurs.
    Mpo na komibatela na bino (défense), bosolola na avocat na bino.

    Mpo na kolongola ba données na bino: botinda /forget.
    Bot ezwaka mokano moko te.
    .title = 🔒 Vie privée
