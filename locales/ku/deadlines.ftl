# Piştî biryarekê: roja dawî ji bo tevgerê, bîranîn, karta parêzer. Malbat dixwînin. Hê kesî kontrol nekiriye.
# Tenê HTML ya Telegramê. Nirxên { $... } bot tije dike.

command-deadline = Roja dawî piştî biryarekê

deadlines-button-received = 📄 Min biryarek wergirt
deadlines-button-cancel = ✖️ Betal bike
deadlines-cancelled = Hat betalkirin. Tiştek nehat tomarkirin.
deadlines-stale = Ev bişkok êdî ne derbasdar e. Bi /deadline ji nû ve dest pê bikin.
deadlines-unavailable = <b>⚠️ Îro bi parêzerê xwe re têkilî daynin.</b> Bot niha nikare rojan bihejmêre.

deadlines-ask-kind =
    <b>Biryar çi ye?</b> Li serê kaxezê (serenav) binêrin:
    • Ofîsa Biyaniyan: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (mînak fermana derketina ji welêt)
    • CGRS, penaberî: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS, serlêdana nû (paşîn) ya penaberiyê nayê qebûlkirin: heman serenav, bi «demande ultérieure» / «volgend verzoek»
    • Biryara dadgehê: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Ofîsa Biyaniyan (OE / DVZ)
deadlines-kind-cgrs = Biryara penaberiyê ya CGRS (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS: serlêdana nû nayê qebûlkirin
deadlines-kind-cce-judgment = Biryara CCE / RvV
deadlines-kind-unknown = Nizanim

deadlines-ask-second = Ev <b>tedbîreke dûrxistinê ya duyem (an paşîn)</b> e? Ango: we berê fermana derketinê an biryara dûrxistinê wergirtibû?
deadlines-answer-yes = Erê
deadlines-answer-no = Na
deadlines-answer-unknown = Nizanim

deadlines-ask-how = <b>Biryar kengê û çawa gihîşt we?</b>
deadlines-how-today = Îro bi destê min hat dayîn
deadlines-how-yesterday = Duh bi destê min hat dayîn
deadlines-how-other-day = Rojeke din hat dayîn
deadlines-how-registered = Bi nameya qeydkirî
deadlines-how-letter = Bi nameya asayî
deadlines-how-unknown = Nizanim

deadlines-ask-date-in-person = Kîjan rojê ji we re hat dayîn (an we red kir ku bistînin)?
deadlines-ask-date-registered = Nameya qeydkirî kîjan rojê ji we re hat pêşkêşkirin (roja ku postevan hat)?
deadlines-ask-date-letter = Li ser mora postê kîjan roj heye? Heke nizanin, dîroka li ser biryarê nivîsandî hilbijêrin. Ne roja ku gihîşt.
deadlines-date-unknown = Ez dîrokê nizanim

deadlines-ask-house = Dema we ew wergirt, hûn di xaniyê vegerê de dijiyan?
deadlines-house-yes = Erê, di xaniyê vegerê de
deadlines-house-no = Na

deadlines-contact-lawyer = <b>⚠️ Îro bi parêzerê xwe re têkilî daynin.</b>
deadlines-card = 👩‍⚖️ Parêzerê we: <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = Hûn nizanin biryar çi ye. Ji ber vê, qaîdeya herî kurt ev e: { $days } roj, ji roja piştî radestkirinê tê hejmartin.
deadlines-shortest-date = Hûn dîrokê nizanin. Ji ber vê, qaîdeya herî kurt ev e: { $days } roj, wekî ku biryar îro hatibe radestkirin. Heke berê bû, roja dawî jî berê ye.
deadlines-at-latest =
    • <b>{ $remedy }</b>: herî dereng <b>{ $day }</b> ({ $days } roj)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: bê dem.
    { $rule } [{ $sources }]
deadlines-decision-counts = Heke biryar bi xwe demeke kurttir bide, ew derbasdar e. Parêzerê we roja rast piştrast dike.
deadlines-unreviewed = <i>Ev dîrok bi qaîdeyên ku hê tu parêzerî kontrol nekirine hatin hesabkirin.</i>

deadlines-remedy-cce-appeal = Îtiraz li CCE / RvV
deadlines-remedy-extreme-urgency = Rawestandin di rewşa pir bilez de (CCE / RvV)
deadlines-remedy-cgrs-appeal = Îtiraz li CCE / RvV li dijî biryara CGRS
deadlines-remedy-cgrs-subsequent-appeal = Îtiraz li CCE / RvV li dijî neqebûlkirinê
deadlines-remedy-council-of-state = Îtiraz li Encûmena Dewletê
deadlines-remedy-council-chamber = Daxwaza berdanê li Odeya Şêwirê

deadlines-rule-cce-appeal-detained = 10 roj ji roja piştî agahdarkirinê: xaniyê vegerê wekî girtin tê hesibandin.
deadlines-rule-cce-appeal = 30 roj ji roja piştî agahdarkirinê, heke hûn ne girtî ne.
deadlines-rule-extreme-urgency = 10 roj ji roja piştî agahdarkirina tedbîra dûrxistinê.
deadlines-rule-extreme-urgency-second-removal = 5 roj ji roja piştî agahdarkirina tedbîra dûrxistinê ya duyem (an paşîn).
deadlines-rule-cgrs-appeal-detained = 10 roj di girtinê de (xaniyê vegerê tê hesibandin). Rûpelên fermî li hev nayên: CGRS demê di biryarê bi xwe de dinivîse.
deadlines-rule-cgrs-appeal = 30 rojên salnameyê ji roja piştî agahdarkirinê, heke hûn ne girtî ne.
deadlines-rule-cgrs-subsequent-appeal-detained = 5 roj di girtinê de (xaniyê vegerê tê hesibandin).
deadlines-rule-cgrs-subsequent-appeal = 10 roj, heke hûn ne girtî ne.
deadlines-rule-council-of-state = 30 roj ji roja piştî agahdarkirina biryara dadgehê. Nivîsa qanûnê nehat dîtin: ji parêzerê xwe bipirsin.
deadlines-rule-council-chamber = Parêzerê we dikare her dem û her meh dîsa pêşkêş bike. Odeya Şêwirê di nav 5 rojên kar de biryar dide.

deadlines-button-lawyer-has-it = ✅ Parêzerê min pê re mijûl e
deadlines-button-tell-coach = 📣 Ji koçê min re bêje (koç ji bo Ofîsa Biyaniyan dixebite)
deadlines-button-card = 👩‍⚖️ Karta parêzerê min
deadlines-button-cannot-reach = ☎️ Ez nikarim bigihîjim parêzerê xwe
deadlines-another = We biryareke din wergirt?

deadlines-reminder-head = ⏰ <b>Bîranîn: biryarek.</b>
deadlines-by-coach = 📄 <b>Koçê we ji bo malbata we biryarek tomar kir.</b>
deadlines-stopped = ✅ Hat nivîsandin: parêzerê we pê re mijûl e. Bîranîn ji bo hemû malbata we radiwestin.
deadlines-state-lawyer = ✅ Parêzerê we pê re mijûl e: êdî bîranîn tune.
deadlines-state-passed = Ev roja dawî derbas bû. Ji parêzerê xwe bipirsin ka hê çi gengaz e.
deadlines-coach-told = 📣 Ji koçê we re hat gotin. Ji bîr nekin: koç ji bo Ofîsa Biyaniyan dixebite, ne parêzerê we ye.
deadlines-no-coach = Hûn di vê botê de bi tu koçî ve girêdayî nînin, ji ber vê ji kesî re nehat gotin.

deadlines-card-none = Tu karta parêzer nehatiye tomarkirin. Hûn dikarin navê parêzerê xwe û hejmara telefonê an e-nameya wî tomar bikin: wê demê li vir, li rûpela parêzer û di bîranînan de xuya dike. Bijarte ye, û hûn dikarin her dem jê bibin.
deadlines-card-about = Hemû malbata we vê kartê dibîne. Hûn dikarin her dem biguherînin an jê bibin.
deadlines-button-card-edit = ✏️ Tomar bike an biguherîne
deadlines-button-card-delete = 🗑 Jê bibe
deadlines-card-ask-name = Navê parêzerê xwe binivîsin.
deadlines-card-ask-contact = Niha hejmara telefonê an navnîşana e-nameya parêzerê xwe binivîsin.
deadlines-card-bad-name = Ji kerema xwe navekî herî zêde 80 tîpî binivîsin.
deadlines-card-bad-contact = Ev ne hejmara telefonê ye û ne e-name ye. Hejmara telefonê jimar in, heke hûn bixwazin bi + û valahiyan, mînak +32 2 123 45 67. Dîsa binivîsin.
deadlines-card-saved = ✅ Hat tomarkirin.
deadlines-card-deleted = 🗑 Karta parêzer hat jêbirin.

deadlines-cannot-reach =
    <b>Hûn nikarin bigihîjin parêzerê xwe?</b>
    • Parêzerê belaş («pro deo») ji aliyê buroya alîkariya hiqûqî ya her baroyê ve tê destnîşankirin: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    • Tê texmînkirin ku biyanî ji bo pêvajoyên mayînê û îtirazan mafdar in; biçûk her dem mafdar in.
    • Serî li BAJ/BJB bidin, an rasterast biçin cem parêzerekî ku daxwaza destnîşankirinê dike.
    Hûn dikarin li jêr jî alîkarî bixwazin: koçê we (an koordînator) wê dixwîne.

deadlines-button-register = 📄 Biryarekê tomar bike
deadlines-coach-pick = Hûn ji bo kîjan malbatê biryarek tomar dikin?
deadlines-coach-registered = ✅ Hat tomarkirin. Her endamê malbatê niha bi zimanê xwe tê agahdarkirin û her roj bîranînê werdigire.
deadlines-coach-notice = 📄 Malbata { $label } (endam { $position }, { $language }) biryarek tomar kir û xwest ku ji we re bê gotin. Roja dawî, herî dereng: { $day }.

deadlines-mydata-title = <b>Biryar û karta parêzer</b>
deadlines-mydata-item = • { $kind }: roja dawî herî dereng { $day } ({ $state })
deadlines-mydata-state-open = bîranîn dewam dikin
deadlines-mydata-state-lawyer = parêzerê we pê re mijûl e
deadlines-mydata-state-passed = derbas bû
deadlines-privacy-notice = • <b>Biryar:</b> heke hûn biryarekê tomar bikin, bot tenê bersivên we yên bişkokan (çi ye, dîrok, çawa gihîşt, di xanî de an na) û roja dawî diparêze, da ku bîne bîra hemû malbatê. Karta parêzerê we (nav, telefon an e-name) heke hûn tomar bikin. Tenê heke hûn «ji koçê min re bêje» bitikînin ji koçê we re tê gotin. /forget tiştên we tomar kirine jê dibe.
deadlines-privacy-retention = • Biryarek { $days } roj piştî roja xwe ya dawî tê jêbirin.
