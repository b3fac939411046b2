# د یوې پرېکړې وروسته: د اقدام وروستۍ ورځ، یادونې، د وکیل کارت. کورنۍ یې لولي. تر اوسه هېچا نه دی کتلی.
# یوازې د ټیلیګرام HTML. د { $... } ارزښتونه بوټ ډکوي.

command-deadline = د پرېکړې وروسته وروستۍ ورځ

deadlines-button-received = ‏📄 ما یوه پرېکړه ترلاسه کړه
deadlines-button-cancel = ‏✖️ لغوه
deadlines-cancelled = لغوه شو. هېڅ شی خوندي نه شو.
deadlines-stale = دا تڼۍ نور اعتبار نه لري. بیا د /deadline سره پیل وکړئ.
deadlines-unavailable = ‏<b>⚠️ نن له خپل وکیل سره اړیکه ونیسئ.</b> بوټ اوس ورځې نه شي شمېرلی.

deadlines-ask-kind =
    ‏<b>پرېکړه څه ده؟</b> د پاڼې سر (سرلیک) ته وګورئ:
    ‏• د بهرنیانو دفتر: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (د بېلګې په توګه د خاورې د پرېښودو امر)
    ‏• د کډوالو کمېشنري، پناه: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    ‏• کمېشنري، نوې (وروسته) د پناه غوښتنه د منلو وړ نه ده: هماغه سرلیک، له «demande ultérieure» / «volgend verzoek» سره
    ‏• حکم: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = د بهرنیانو دفتر (OE / DVZ)
deadlines-kind-cgrs = د کمېشنرۍ د پناه پرېکړه (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = کمېشنري: نوې غوښتنه د منلو وړ نه ده
deadlines-kind-cce-judgment = د CCE / RvV حکم
deadlines-kind-unknown = نه پوهېږم

deadlines-ask-second = ایا دا <b>دویم (یا وروسته) د اېستلو اقدام</b> دی؟ یعنې: ایا تاسو مخکې د خاورې د پرېښودو امر یا د اېستلو پرېکړه ترلاسه کړې وه؟
deadlines-answer-yes = هو
deadlines-answer-no = نه
deadlines-answer-unknown = نه پوهېږم

deadlines-ask-how = ‏<b>پرېکړه کله او څنګه تاسو ته ورسېده؟</b>
deadlines-how-today = نن ما ته په لاس راکړل شوه
deadlines-how-yesterday = پرون ما ته په لاس راکړل شوه
deadlines-how-other-day = په بله ورځ راکړل شوه
deadlines-how-registered = په ثبت شوي لیک
deadlines-how-letter = په عادي لیک
deadlines-how-unknown = نه پوهېږم

deadlines-ask-date-in-person = په کومه ورځ تاسو ته درکړل شوه (یا تاسو د اخیستو څخه انکار وکړ)؟
deadlines-ask-date-registered = ثبت شوی لیک په کومه ورځ تاسو ته وړاندې شو (هغه ورځ چې پوستمن راغی)؟
deadlines-ask-date-letter = د پوستې پر مهر کومه نېټه ده؟ که نه پوهېږئ، هغه نېټه وټاکئ چې پر پرېکړه لیکل شوې. نه هغه ورځ چې راورسېده.
deadlines-date-unknown = نېټه نه پوهېږم

deadlines-ask-house = کله چې مو ترلاسه کړه، ایا تاسو د بېرته ستنېدو په کور کې اوسېدئ؟
deadlines-house-yes = هو، د بېرته ستنېدو په کور کې
deadlines-house-no = نه

deadlines-contact-lawyer = ‏<b>⚠️ نن له خپل وکیل سره اړیکه ونیسئ.</b>
deadlines-card = ‏👩‍⚖️ ستاسو وکیل: <b>{ $name }</b>، { $contact }
deadlines-shortest-kind = تاسو نه پوهېږئ چې پرېکړه څه ده. نو دا تر ټولو لنډ قاعده ده: { $days } ورځې، د سپارلو له بلې ورځې څخه شمېرل کېږي.
deadlines-shortest-date = تاسو نېټه نه پوهېږئ. نو دا تر ټولو لنډ قاعده ده: { $days } ورځې، داسې شمېرل کېږي لکه پرېکړه چې نن سپارل شوې وي. که مخکې وه، وروستۍ ورځ هم مخکې ده.
deadlines-at-latest =
    ‏• <b>{ $remedy }</b>: تر ټولو وروسته په <b>{ $day }</b> ({ $days } ورځې)
    ‏{ $rule } [{ $sources }]
deadlines-no-deadline =
    ‏• <b>{ $remedy }</b>: هېڅ موده نشته.
    ‏{ $rule } [{ $sources }]
deadlines-decision-counts = که پخپله پرېکړه لنډه موده ورکړي، هماغه حسابېږي. ستاسو وکیل دقیقه ورځ تاییدوي.
deadlines-unreviewed = ‏<i>دا نېټې په داسې قواعدو محاسبه شوې چې تر اوسه هېڅ وکیل نه دي کتلي.</i>

deadlines-remedy-cce-appeal = ‏CCE / RvV ته عریضه
deadlines-remedy-extreme-urgency = په ډېره بېړنۍ حالت کې ځنډول (CCE / RvV)
deadlines-remedy-cgrs-appeal = د کمېشنرۍ د پرېکړې پر وړاندې CCE / RvV ته عریضه
deadlines-remedy-cgrs-subsequent-appeal = د نه منلو پر وړاندې CCE / RvV ته عریضه
deadlines-remedy-council-of-state = د دولت شورا ته عریضه
deadlines-remedy-council-chamber = د مشورې خونې ته د خوشې کېدو غوښتنه

deadlines-rule-cce-appeal-detained = د خبرتیا له بلې ورځې ۱۰ ورځې: د بېرته ستنېدو کور توقیف حسابېږي.
deadlines-rule-cce-appeal = د خبرتیا له بلې ورځې ۳۰ ورځې، که توقیف نه یاست.
deadlines-rule-extreme-urgency = د اېستلو د اقدام د خبرتیا له بلې ورځې ۱۰ ورځې.
deadlines-rule-extreme-urgency-second-removal = د دویم (یا وروسته) اېستلو اقدام د خبرتیا له بلې ورځې ۵ ورځې.
deadlines-rule-cgrs-appeal-detained = په توقیف کې ۱۰ ورځې (د بېرته ستنېدو کور حسابېږي). رسمي پاڼې سره موافقې نه دي: کمېشنري موده پخپله پرېکړه کې لیکي.
deadlines-rule-cgrs-appeal = د خبرتیا له بلې ورځې ۳۰ جنتري ورځې، که توقیف نه یاست.
deadlines-rule-cgrs-subsequent-appeal-detained = په توقیف کې ۵ ورځې (د بېرته ستنېدو کور حسابېږي).
deadlines-rule-cgrs-subsequent-appeal = ‏۱۰ ورځې، که توقیف نه یاست.
deadlines-rule-council-of-state = د حکم د خبرتیا له بلې ورځې ۳۰ ورځې. د قانون متن ونه موندل شو: له خپل وکیل وپوښتئ.
deadlines-rule-council-chamber = ستاسو وکیل یې هر وخت او هره میاشت بیا وړاندې کولی شي. د مشورې خونه په ۵ کاري ورځو کې پرېکړه کوي.

deadlines-button-lawyer-has-it = ‏✅ زما وکیل یې پر مخ وړي
deadlines-button-tell-coach = ‏📣 زما کوچ ته خبر ورکړئ (کوچ د بهرنیانو دفتر لپاره کار کوي)
deadlines-button-card = ‏👩‍⚖️ زما د وکیل کارت
deadlines-button-cannot-reach = ‏☎️ خپل وکیل ته نه شم رسېدلی
deadlines-another = ایا تاسو بله پرېکړه ترلاسه کړې؟

deadlines-reminder-head = ‏⏰ <b>یادونه: یوه پرېکړه.</b>
deadlines-by-coach = ‏📄 <b>ستاسو کوچ ستاسو د کورنۍ لپاره یوه پرېکړه ثبت کړه.</b>
deadlines-stopped = ‏✅ ثبت شو: ستاسو وکیل یې پر مخ وړي. یادونې د ټولې کورنۍ لپاره درېږي.
deadlines-state-lawyer = ‏✅ ستاسو وکیل یې پر مخ وړي: نورې یادونې نشته.
deadlines-state-passed = دا وروستۍ ورځ تېره شوې. له خپل وکیل وپوښتئ چې لا څه ممکن دي.
deadlines-coach-told = ‏📣 ستاسو کوچ ته خبر ورکړل شو. په یاد ولرئ: کوچ د بهرنیانو دفتر لپاره کار کوي، ستاسو وکیل نه دی.
deadlines-no-coach = تاسو په دې بوټ کې له هېڅ کوچ سره نه یاست تړلي، نو هېچا ته خبر ورنه کړل شو.

deadlines-card-none = د وکیل هېڅ کارت نه دی خوندي شوی. تاسو کولی شئ د خپل وکیل نوم او د تلیفون شمېره یا برېښنالیک خوندي کړئ: بیا دلته، د وکیل په پاڼه او په یادونو کې ښکاري. اختیاري ده او هر وخت یې لرې کولی شئ.
deadlines-card-about = ټوله کورنۍ مو دا کارت ویني. هر وخت یې بدلولی یا لرې کولی شئ.
deadlines-button-card-edit = ‏✏️ خوندي یا بدل کړئ
deadlines-button-card-delete = ‏🗑 لرې کړئ
deadlines-card-ask-name = د خپل وکیل نوم ولیکئ.
deadlines-card-ask-contact = اوس د خپل وکیل د تلیفون شمېره یا برېښنالیک ولیکئ.
deadlines-card-bad-name = مهرباني وکړئ تر ۸۰ تورو پورې نوم ولیکئ.
deadlines-card-bad-contact = دا نه د تلیفون شمېره ده او نه برېښنالیک. د تلیفون شمېره عددونه لري، که غواړئ له + او تشو سره، د بېلګې په توګه +32 2 123 45 67. بیا یې ولیکئ.
deadlines-card-saved = ‏✅ خوندي شو.
deadlines-card-deleted = ‏🗑 د وکیل کارت لرې شو.

deadlines-cannot-reach =
    ‏<b>خپل وکیل ته نه شئ رسېدلی؟</b>
    ‏• وړیا («pro deo») وکیل د هرې وکیلانو ټولنې د حقوقي مرستې دفتر ټاکي: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    ‏• داسې انګېرل کېږي چې بهرنیان د اوسېدو په کړنلارو او عریضو کې حق لري؛ کم عمره کسان تل حق لري.
    ‏• BAJ/BJB ته مراجعه وکړئ، یا مستقیم یو وکیل ته لاړ شئ چې د ټاکل کېدو غوښتنه کوي.
    تاسو لاندې مرسته هم غوښتلی شئ: ستاسو کوچ (یا همغږي کوونکي) یې لولي.

deadlines-button-register = ‏📄 یوه پرېکړه ثبتول
deadlines-coach-pick = د کومې کورنۍ لپاره پرېکړه ثبتوئ؟
deadlines-coach-registered = ‏✅ ثبت شو. د کورنۍ هر غړي ته اوس په خپله ژبه خبر ورکول کېږي او هره ورځ یادونه ترلاسه کوي.
deadlines-coach-notice = ‏📄 کورنۍ { $label } (غړی { $position }، { $language }) یوه پرېکړه ثبت کړه او وې غوښتل چې تاسو ته خبر درکړل شي. وروستۍ ورځ، تر ټولو وروسته: { $day }.

deadlines-mydata-title = ‏<b>پرېکړې او د وکیل کارت</b>
deadlines-mydata-item = ‏• { $kind }: وروستۍ ورځ تر ټولو وروسته { $day } ({ $state })
deadlines-mydata-state-open = یادونې روانې دي
deadlines-mydata-state-lawyer = ستاسو وکیل یې پر مخ وړي
deadlines-mydata-state-passed = تېره شوې
deadlines-privacy-notice = ‏• <b>پرېکړې:</b> که تاسو پرېکړه ثبت کړئ، بوټ یوازې تڼیو ته ستاسو ځوابونه (څه ده، نېټه، څنګه درورسېده، په کور کې که نه) او وروستۍ ورځ ساتي، څو ټولې کورنۍ ته یادونه وکړي. ستاسو د وکیل کارت (نوم، تلیفون یا برېښنالیک) که یې خوندي کړئ. کوچ ته یوازې هغه وخت خبر ورکول کېږي چې «زما کوچ ته خبر ورکړئ» کېکاږئ. /forget هغه څه لرې کوي چې تاسو ثبت کړي.
deadlines-privacy-retention = ‏• یوه پرېکړه د خپلې وروستۍ ورځې { $days } ورځې وروسته لرې کېږي.
