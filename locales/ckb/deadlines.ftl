# دوای بڕیارێک: دوا ڕۆژ بۆ کارکردن، بیرخستنەوەکان، کارتی پارێزەر. خێزانەکان دەیخوێننەوە. ھێشتا کەس پێیدا نەچووەتەوە.
# تەنیا HTMLی تێلێگرام. بەھاکانی { $... } بۆتەکە پڕیان دەکاتەوە.

command-deadline = دوا ڕۆژ دوای بڕیارێک

deadlines-button-received = ‏📄 بڕیارێکم پێگەیشت
deadlines-button-cancel = ‏✖️ ھەڵوەشاندنەوە
deadlines-cancelled = ھەڵوەشایەوە. ھیچ شتێک پاشەکەوت نەکرا.
deadlines-stale = ئەم دوگمەیە ئیتر کار ناکات. دیسان بە /deadline دەست پێ بکەنەوە.
deadlines-unavailable = ‏<b>⚠️ ئەمڕۆ پەیوەندی بە پارێزەرەکەتانەوە بکەن.</b> بۆتەکە ئێستا ناتوانێت ڕۆژەکان بژمێرێت.

deadlines-ask-kind =
    ‏<b>بڕیارەکە چییە؟</b> سەیری سەرەوەی پەڕەکە (سەرپەڕە) بکەن:
    ‏• فەرمانگەی بیانییەکان: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (بۆ نموونە فەرمانی جێھێشتنی خاک)
    ‏• کۆمیساریای پەنابەران، پەنابەری: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    ‏• کۆمیساریا، داواکاریی نوێی (دواتر) پەنابەری وەرنەگیرا: ھەمان سەرپەڕە، لەگەڵ «demande ultérieure» / «volgend verzoek»
    ‏• حوکم: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = فەرمانگەی بیانییەکان (OE / DVZ)
deadlines-kind-cgrs = بڕیاری پەنابەریی کۆمیساریا (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = کۆمیساریا: داواکاریی نوێ وەرنەگیرا
deadlines-kind-cce-judgment = حوکمی CCE / RvV
deadlines-kind-unknown = نازانم

deadlines-ask-second = ئایا ئەمە <b>دووەم (یان دواتر) ڕێوشوێنی دەرکردنە</b>؟ واتە: پێشتر فەرمانی جێھێشتنی خاک یان بڕیاری دەرکردنتان پێگەیشتبوو؟
deadlines-answer-yes = بەڵێ
deadlines-answer-no = نەخێر
deadlines-answer-unknown = نازانم

deadlines-ask-how = ‏<b>بڕیارەکە کەی و چۆن گەیشتە دەستتان؟</b>
deadlines-how-today = ئەمڕۆ درایە دەستم
deadlines-how-yesterday = دوێنێ درایە دەستم
deadlines-how-other-day = ڕۆژێکی تر درایە دەستم
deadlines-how-registered = بە نامەی تۆمارکراو
deadlines-how-letter = بە نامەی ئاسایی
deadlines-how-unknown = نازانم

deadlines-ask-date-in-person = لە چ ڕۆژێکدا درایە دەستتان (یان ڕەتتان کردەوە وەریبگرن)؟
deadlines-ask-date-registered = نامە تۆمارکراوەکە لە چ ڕۆژێکدا پێشکەشتان کرا (ئەو ڕۆژەی پۆستەچی ھات)؟
deadlines-ask-date-letter = مۆری پۆستەکە چ ڕۆژێکە؟ ئەگەر نازانن، ئەو بەروارە ھەڵبژێرن کە لەسەر بڕیارەکە نووسراوە. نەک ئەو ڕۆژەی گەیشت.
deadlines-date-unknown = بەروارەکە نازانم

deadlines-ask-house = کاتێک وەرتانگرت، لە ماڵی گەڕانەوە دەژیان؟
deadlines-house-yes = بەڵێ، لە ماڵی گەڕانەوە
deadlines-house-no = نەخێر

deadlines-contact-lawyer = ‏<b>⚠️ ئەمڕۆ پەیوەندی بە پارێزەرەکەتانەوە بکەن.</b>
deadlines-card = ‏👩‍⚖️ پارێزەرەکەتان: <b>{ $name }</b>، { $contact }
deadlines-shortest-kind = نازانن بڕیارەکە چییە. بۆیە ئەمە کورتترین ڕێسایە: { $days } ڕۆژ، لە ڕۆژی دوای ڕادەستکردنەوە دەژمێردرێت.
deadlines-shortest-date = بەروارەکە نازانن. بۆیە ئەمە کورتترین ڕێسایە: { $days } ڕۆژ، وەک ئەوەی بڕیارەکە ئەمڕۆ ڕادەست کرابێت. ئەگەر زووتر بووبێت، دوا ڕۆژیش زووترە.
deadlines-at-latest =
    ‏• <b>{ $remedy }</b>: دواترین کات <b>{ $day }</b> ({ $days } ڕۆژ)
    ‏{ $rule } [{ $sources }]
deadlines-no-deadline =
    ‏• <b>{ $remedy }</b>: ھیچ ماوەیەک نییە.
    ‏{ $rule } [{ $sources }]
deadlines-decision-counts = ئەگەر خودی بڕیارەکە ماوەیەکی کورتتر بدات، ئەوە حیساب دەکرێت. پارێزەرەکەتان ڕۆژە دروستەکە پشتڕاست دەکاتەوە.
deadlines-unreviewed = ‏<i>ئەم بەروارانە بە ڕێسایەک ژمێردراون کە ھێشتا ھیچ پارێزەرێک پێیدا نەچووەتەوە.</i>

deadlines-remedy-cce-appeal = تانەدان لای CCE / RvV
deadlines-remedy-extreme-urgency = ڕاگرتن لە بارودۆخی زۆر بەپەلەدا (CCE / RvV)
deadlines-remedy-cgrs-appeal = تانەدان لای CCE / RvV دژی بڕیاری کۆمیساریا
deadlines-remedy-cgrs-subsequent-appeal = تانەدان لای CCE / RvV دژی وەرنەگرتن
deadlines-remedy-council-of-state = تانەدان لای ئەنجومەنی دەوڵەت
deadlines-remedy-council-chamber = داوای ئازادکردن لای ژووری ڕاوێژ

deadlines-rule-cce-appeal-detained = ‏١٠ ڕۆژ لە ڕۆژی دوای ئاگادارکردنەوە: ماڵی گەڕانەوە وەک دەستبەسەرکردن حیساب دەکرێت.
deadlines-rule-cce-appeal = ‏٣٠ ڕۆژ لە ڕۆژی دوای ئاگادارکردنەوە، ئەگەر دەستبەسەر نین.
deadlines-rule-extreme-urgency = ‏١٠ ڕۆژ لە ڕۆژی دوای ئاگادارکردنەوەی ڕێوشوێنی دەرکردن.
deadlines-rule-extreme-urgency-second-removal = ‏٥ ڕۆژ لە ڕۆژی دوای ئاگادارکردنەوەی دووەم (یان دواتر) ڕێوشوێنی دەرکردن.
deadlines-rule-cgrs-appeal-detained = ‏١٠ ڕۆژ لە دەستبەسەریدا (ماڵی گەڕانەوە حیساب دەکرێت). پەڕە فەرمییەکان ڕێک نین: کۆمیساریا ماوەکە لە خودی بڕیارەکەدا دەنووسێت.
deadlines-rule-cgrs-appeal = ‏٣٠ ڕۆژی ڕۆژژمێری لە ڕۆژی دوای ئاگادارکردنەوە، ئەگەر دەستبەسەر نین.
deadlines-rule-cgrs-subsequent-appeal-detained = ‏٥ ڕۆژ لە دەستبەسەریدا (ماڵی گەڕانەوە حیساب دەکرێت).
deadlines-rule-cgrs-subsequent-appeal = ‏١٠ ڕۆژ، ئەگەر دەستبەسەر نین.
deadlines-rule-council-of-state = ‏٣٠ ڕۆژ لە ڕۆژی دوای ئاگادارکردنەوەی حوکمەکە. دەقی یاساکە نەدۆزرایەوە: لە پارێزەرەکەتان بپرسن.
deadlines-rule-council-chamber = پارێزەرەکەتان دەتوانێت ھەر کاتێک و ھەموو مانگێک دیسان پێشکەشی بکات. ژووری ڕاوێژ لە ماوەی ٥ ڕۆژی کاردا بڕیار دەدات.

deadlines-button-lawyer-has-it = ‏✅ پارێزەرەکەم بەدواداچوونی بۆ دەکات
deadlines-button-tell-coach = ‏📣 ئاگاداری ڕاھێنەرەکەم بکەنەوە (ڕاھێنەر بۆ فەرمانگەی بیانییەکان کار دەکات)
deadlines-button-card = ‏👩‍⚖️ کارتی پارێزەرەکەم
deadlines-button-cannot-reach = ‏☎️ ناتوانم بگەمە پارێزەرەکەم
deadlines-another = بڕیارێکی ترتان پێگەیشتووە؟

deadlines-reminder-head = ‏⏰ <b>بیرخستنەوە: بڕیارێک.</b>
deadlines-by-coach = ‏📄 <b>ڕاھێنەرەکەتان بڕیارێکی بۆ خێزانەکەتان تۆمار کرد.</b>
deadlines-stopped = ‏✅ تۆمار کرا: پارێزەرەکەتان بەدواداچوونی بۆ دەکات. بیرخستنەوەکان بۆ ھەموو خێزانەکەتان ڕادەوەستن.
deadlines-state-lawyer = ‏✅ پارێزەرەکەتان بەدواداچوونی بۆ دەکات: ئیتر بیرخستنەوە نییە.
deadlines-state-passed = ئەم دوا ڕۆژە تێپەڕی. لە پارێزەرەکەتان بپرسن چی ھێشتا دەکرێت.
deadlines-coach-told = ‏📣 ڕاھێنەرەکەتان ئاگادار کرایەوە. لەبیرتان بێت: ڕاھێنەر بۆ فەرمانگەی بیانییەکان کار دەکات، پارێزەرەکەتان نییە.
deadlines-no-coach = لەم بۆتەدا بە ھیچ ڕاھێنەرێکەوە نەبەستراونەتەوە، بۆیە کەس ئاگادار نەکرایەوە.

deadlines-card-none = ھیچ کارتێکی پارێزەر پاشەکەوت نەکراوە. دەتوانن ناوی پارێزەرەکەتان و ژمارەی تەلەفۆن یان ئیمەیڵەکەی پاشەکەوت بکەن: ئەوکات لێرە، لە پەڕەی پارێزەر و لە بیرخستنەوەکاندا دەردەکەوێت. ئارەزوومەندانەیە و ھەر کاتێک دەتوانن بیسڕنەوە.
deadlines-card-about = ھەموو خێزانەکەتان ئەم کارتە دەبینن. ھەر کاتێک دەتوانن بیگۆڕن یان بیسڕنەوە.
deadlines-button-card-edit = ‏✏️ پاشەکەوتکردن یان گۆڕین
deadlines-button-card-delete = ‏🗑 سڕینەوە
deadlines-card-ask-name = ناوی پارێزەرەکەتان بنووسن.
deadlines-card-ask-contact = ئێستا ژمارەی تەلەفۆن یان ئیمەیڵی پارێزەرەکەتان بنووسن.
deadlines-card-bad-name = تکایە ناوێک بنووسن کە لە ٨٠ پیت زیاتر نەبێت.
deadlines-card-bad-contact = ئەمە نە ژمارەی تەلەفۆنە نە ئیمەیڵ. ژمارەی تەلەفۆن ژمارەی تێدایە، ئەگەر بتانەوێت لەگەڵ + و بۆشایی، بۆ نموونە +32 2 123 45 67. دیسان بینووسنەوە.
deadlines-card-saved = ‏✅ پاشەکەوت کرا.
deadlines-card-deleted = ‏🗑 کارتی پارێزەر سڕایەوە.

deadlines-cannot-reach =
    ‏<b>ناتوانن بگەنە پارێزەرەکەتان؟</b>
    ‏• پارێزەری بێبەرامبەر («pro deo») لەلایەن نووسینگەی یارمەتیی یاسایی ھەر سەندیکایەکی پارێزەرانەوە دیاری دەکرێت: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    ‏• وا دادەنرێت کە بیانییەکان بۆ ڕێکارەکانی مانەوە و تانەدان مافیان ھەیە؛ منداڵانی خوار تەمەنی یاسایی ھەمیشە مافیان ھەیە.
    ‏• سەردانی BAJ/BJB بکەن، یان ڕاستەوخۆ بچنە لای پارێزەرێک کە داوای دیاریکردنی خۆی دەکات.
    دەتوانن لە خوارەوەش داوای یارمەتی بکەن: ڕاھێنەرەکەتان (یان ڕێکخەرەکان) دەیخوێنێتەوە.

deadlines-button-register = ‏📄 تۆمارکردنی بڕیارێک
deadlines-coach-pick = بۆ کام خێزان بڕیارێک تۆمار دەکەن؟
deadlines-coach-registered = ‏✅ تۆمار کرا. ھەموو ئەندامێکی خێزانەکە ئێستا بە زمانی خۆی ئاگادار دەکرێتەوە و ھەموو ڕۆژێک بیرخستنەوە وەردەگرێت.
deadlines-coach-notice = ‏📄 خێزانی { $label } (ئەندامی { $position }، { $language }) بڕیارێکی تۆمار کرد و داوای کرد ئێوە ئاگادار بکرێنەوە. دوا ڕۆژ، دواترین کات: { $day }.

deadlines-mydata-title = ‏<b>بڕیارەکان و کارتی پارێزەر</b>
deadlines-mydata-item = ‏• { $kind }: دوا ڕۆژ دواترین کات { $day } ({ $state })
deadlines-mydata-state-open = بیرخستنەوەکان چالاکن
deadlines-mydata-state-lawyer = پارێزەرەکەتان بەدواداچوونی بۆ دەکات
deadlines-mydata-state-passed = تێپەڕیوە
deadlines-privacy-notice = ‏• <b>بڕیارەکان:</b> ئەگەر بڕیارێک تۆمار بکەن، بۆتەکە تەنیا وەڵامەکانتان بۆ دوگمەکان (چییە، بەروار، چۆن گەیشت، لە ماڵەکەدا یان نا) و دوا ڕۆژ دەپارێزێت، بۆ بیرخستنەوەی ھەموو خێزانەکەتان. کارتی پارێزەرەکەتان (ناو، تەلەفۆن یان ئیمەیڵ) ئەگەر پاشەکەوتی بکەن. ڕاھێنەرەکەتان تەنیا ئەوکات ئاگادار دەکرێتەوە کە «ئاگاداری ڕاھێنەرەکەم بکەنەوە» دابگرن. /forget ئەوەی تۆمارتان کردووە دەسڕێتەوە.
deadlines-privacy-retention = ‏• بڕیارێک { $days } ڕۆژ دوای دوا ڕۆژەکەی دەسڕدرێتەوە.
