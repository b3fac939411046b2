# بعد قرار: آخر يوم للتصرف، التذكيرات، بطاقة المحامي. تقرؤها العائلات. لم يراجعها أي شخص بعد.
# HTML تيليغرام فقط. القيم { $... } يملؤها البوت.

command-deadline = آخر يوم بعد قرار

deadlines-button-received = ‏📄 تلقيت قرارًا
deadlines-button-cancel = ‏✖️ إلغاء
deadlines-cancelled = تم الإلغاء. لم يُحفَظ شيء.
deadlines-stale = هذا الزر لم يعد صالحًا. ابدؤوا من جديد بالأمر /deadline.
deadlines-unavailable = ‏<b>⚠️ اتصلوا بمحاميكم اليوم.</b> لا يستطيع البوت حساب الأيام الآن.

deadlines-ask-kind =
    ‏<b>ما هو القرار؟</b> انظروا إلى أعلى الورقة (الترويسة):
    ‏• مكتب الأجانب: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (مثلًا أمر بمغادرة الإقليم)
    ‏• المفوضية العامة للاجئين وعديمي الجنسية، اللجوء: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    ‏• المفوضية العامة، طلب لجوء جديد (لاحق) غير مقبول: نفس الترويسة، مع «demande ultérieure» / «volgend verzoek»
    ‏• حكم: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = مكتب الأجانب (OE / DVZ)
deadlines-kind-cgrs = قرار لجوء من المفوضية (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = المفوضية: طلب جديد غير مقبول
deadlines-kind-cce-judgment = حكم من CCE / RvV
deadlines-kind-unknown = لا أعرف

deadlines-ask-second = هل هذا <b>إجراء ترحيل ثانٍ (أو لاحق)</b>؟ أي: هل تلقيتم من قبل أمرًا بالمغادرة أو قرار ترحيل؟
deadlines-answer-yes = نعم
deadlines-answer-no = لا
deadlines-answer-unknown = لا أعرف

deadlines-ask-how = ‏<b>متى وكيف وصلكم القرار؟</b>
deadlines-how-today = سُلِّم لي اليوم
deadlines-how-yesterday = سُلِّم لي أمس
deadlines-how-other-day = سُلِّم في يوم آخر
deadlines-how-registered = برسالة مسجلة
deadlines-how-letter = برسالة عادية
deadlines-how-unknown = لا أعرف

deadlines-ask-date-in-person = في أي يوم سُلِّم إليكم (أو رفضتم استلامه)؟
deadlines-ask-date-registered = في أي يوم عُرضت عليكم الرسالة المسجلة (يوم مجيء ساعي البريد)؟
deadlines-ask-date-letter = ما هو التاريخ على ختم البريد؟ إذا كنتم لا تعرفونه، اختاروا التاريخ المكتوب على القرار. ليس يوم وصوله.
deadlines-date-unknown = لا أعرف التاريخ

deadlines-ask-house = هل كنتم تعيشون في بيت العودة عندما تلقيتموه؟
deadlines-house-yes = نعم، في بيت العودة
deadlines-house-no = لا

deadlines-contact-lawyer = ‏<b>⚠️ اتصلوا بمحاميكم اليوم.</b>
deadlines-card = ‏👩‍⚖️ محاميكم: <b>{ $name }</b>، { $contact }
deadlines-shortest-kind = أنتم لا تعرفون ما هو القرار. لذلك هذه هي أقصر قاعدة: { $days } أيام، تُحسب من اليوم التالي للتسليم.
deadlines-shortest-date = أنتم لا تعرفون التاريخ. لذلك هذه هي أقصر قاعدة: { $days } أيام، تُحسب كأن القرار سُلِّم اليوم. إذا كان قبل ذلك، فآخر يوم أبكر.
deadlines-at-latest =
    ‏• <b>{ $remedy }</b>: على أبعد تقدير يوم <b>{ $day }</b> ({ $days } أيام)
    ‏{ $rule } [{ $sources }]
deadlines-no-deadline =
    ‏• <b>{ $remedy }</b>: لا توجد مهلة.
    ‏{ $rule } [{ $sources }]
deadlines-decision-counts = إذا كان القرار نفسه يذكر مهلة أقصر، فهي التي تُحتسب. محاميكم يؤكد اليوم الدقيق.
deadlines-unreviewed = ‏<i>حُسبت هذه التواريخ بقواعد لم يتحقق منها أي محامٍ بعد.</i>

deadlines-remedy-cce-appeal = طعن أمام CCE / RvV
deadlines-remedy-extreme-urgency = وقف التنفيذ في حالة الاستعجال القصوى (CCE / RvV)
deadlines-remedy-cgrs-appeal = طعن أمام CCE / RvV ضد قرار المفوضية
deadlines-remedy-cgrs-subsequent-appeal = طعن أمام CCE / RvV ضد عدم القبول
deadlines-remedy-council-of-state = طعن أمام مجلس الدولة
deadlines-remedy-council-chamber = طلب الإفراج أمام غرفة المشورة

deadlines-rule-cce-appeal-detained = ‏10 أيام من اليوم التالي للتبليغ: بيت العودة يُعتبر احتجازًا.
deadlines-rule-cce-appeal = ‏30 يومًا من اليوم التالي للتبليغ، إذا لم تكونوا محتجزين.
deadlines-rule-extreme-urgency = ‏10 أيام من اليوم التالي لتبليغ إجراء الترحيل.
deadlines-rule-extreme-urgency-second-removal = ‏5 أيام من اليوم التالي لتبليغ إجراء ترحيل ثانٍ (أو لاحق).
deadlines-rule-cgrs-appeal-detained = ‏10 أيام في الاحتجاز (بيت العودة يُحتسب). الصفحات الرسمية غير متفقة: المفوضية تكتب المهلة في القرار نفسه.
deadlines-rule-cgrs-appeal = ‏30 يومًا تقويميًا من اليوم التالي للتبليغ، إذا لم تكونوا محتجزين.
deadlines-rule-cgrs-subsequent-appeal-detained = ‏5 أيام في الاحتجاز (بيت العودة يُحتسب).
deadlines-rule-cgrs-subsequent-appeal = ‏10 أيام، إذا لم تكونوا محتجزين.
deadlines-rule-council-of-state = ‏30 يومًا من اليوم التالي لتبليغ الحكم. لم يُعثر على النص القانوني: اسألوا محاميكم.
deadlines-rule-council-chamber = يستطيع محاميكم تقديمه في أي وقت، ومن جديد كل شهر. تقرر غرفة المشورة خلال 5 أيام عمل.

deadlines-button-lawyer-has-it = ‏✅ محاميَّ يتولى الأمر
deadlines-button-tell-coach = ‏📣 أخبروا مرشدي (المرشد يعمل لدى مكتب الأجانب)
deadlines-button-card = ‏👩‍⚖️ بطاقة محاميَّ
deadlines-button-cannot-reach = ‏☎️ لا أستطيع الوصول إلى محاميَّ
deadlines-another = هل تلقيتم قرارًا آخر؟

deadlines-reminder-head = ‏⏰ <b>تذكير: قرار.</b>
deadlines-by-coach = ‏📄 <b>سجّل مرشدكم قرارًا لأسرتكم.</b>
deadlines-stopped = ‏✅ تم التسجيل: محاميكم يتولى الأمر. تتوقف التذكيرات لكل أفراد أسرتكم.
deadlines-state-lawyer = ‏✅ محاميكم يتولى الأمر: لا مزيد من التذكيرات.
deadlines-state-passed = انتهى هذا اليوم الأخير. اسألوا محاميكم عمّا لا يزال ممكنًا.
deadlines-coach-told = ‏📣 تم إخبار مرشدكم. تذكير: المرشد يعمل لدى مكتب الأجانب، وليس محاميكم.
deadlines-no-coach = أنتم غير مرتبطين بمرشد في هذا البوت، لذلك لم يُخبَر أحد.

deadlines-card-none = لا توجد بطاقة محامٍ محفوظة. يمكنكم حفظ اسم محاميكم ورقم هاتفه أو بريده الإلكتروني: تظهر عندها هنا، وفي صفحة المحامي، وفي التذكيرات. هذا اختياري، ويمكنكم حذفها في أي وقت.
deadlines-card-about = كل أفراد أسرتكم يرون هذه البطاقة. يمكنكم تغييرها أو حذفها في أي وقت.
deadlines-button-card-edit = ‏✏️ حفظ أو تغيير
deadlines-button-card-delete = ‏🗑 حذف
deadlines-card-ask-name = اكتبوا اسم محاميكم.
deadlines-card-ask-contact = اكتبوا الآن رقم هاتف محاميكم أو عنوان بريده الإلكتروني.
deadlines-card-bad-name = اكتبوا اسمًا من 80 حرفًا على الأكثر من فضلكم.
deadlines-card-bad-contact = هذا ليس رقم هاتف ولا عنوان بريد إلكتروني. رقم الهاتف فيه أرقام، مع + ومسافات إذا أردتم، مثلًا +32 2 123 45 67. اكتبوه مرة أخرى.
deadlines-card-saved = ‏✅ تم الحفظ.
deadlines-card-deleted = ‏🗑 حُذفت بطاقة المحامي.

deadlines-cannot-reach =
    ‏<b>لا تستطيعون الوصول إلى محاميكم؟</b>
    ‏• المحامي المجاني («pro deo») يعيّنه مكتب المساعدة القانونية في كل نقابة محامين: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    ‏• يُفترض أن للأجانب الحق فيه في إجراءات الإقامة والطعون؛ والقاصرون لهم الحق فيه دائمًا.
    ‏• توجهوا إلى BAJ/BJB، أو اذهبوا مباشرة إلى محامٍ يطلب أن يُعيَّن.
    يمكنكم أيضًا طلب المساعدة أدناه: سيقرؤها مرشدكم (أو المنسقون).

deadlines-button-register = ‏📄 تسجيل قرار
deadlines-coach-pick = لأي أسرة تسجلون قرارًا؟
deadlines-coach-registered = ‏✅ تم التسجيل. يُخبَر كل فرد من الأسرة الآن بلغته، ويتلقى تذكيرًا كل يوم.
deadlines-coach-notice = ‏📄 الأسرة { $label } (الفرد { $position }، { $language }) سجّلت قرارًا وطلبت إخباركم. آخر يوم، على أبعد تقدير: { $day }.

deadlines-mydata-title = ‏<b>القرارات وبطاقة المحامي</b>
deadlines-mydata-item = ‏• { $kind }: آخر يوم على أبعد تقدير { $day } ({ $state })
deadlines-mydata-state-open = التذكيرات جارية
deadlines-mydata-state-lawyer = محاميكم يتولى الأمر
deadlines-mydata-state-passed = انتهى
deadlines-privacy-notice = ‏• <b>القرارات:</b> إذا سجلتم قرارًا، يحتفظ البوت فقط بإجاباتكم على أزراره (ما هو، التاريخ، كيف وصلكم، في البيت أم لا) وبآخر يوم، لتذكير كل أفراد أسرتكم. وبطاقة محاميكم (الاسم، الهاتف أو البريد الإلكتروني) إذا حفظتموها. لا يُخبَر مرشدكم إلا إذا ضغطتم «أخبروا مرشدي». الأمر /forget يحذف ما سجلتموه.
deadlines-privacy-retention = ‏• يُحذف القرار بعد { $days } يومًا من آخر يوم له.
