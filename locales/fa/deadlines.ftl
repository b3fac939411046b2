# پس از یک تصمیم: آخرین روز برای اقدام، یادآوری‌ها، کارت وکیل. خانواده‌ها می‌خوانند. هنوز کسی بازبینی نکرده است.
# فقط HTML تلگرام. مقادیر { $... } را بات پر می‌کند.

command-deadline = آخرین روز پس از یک تصمیم

deadlines-button-received = ‏📄 یک تصمیم دریافت کردم
deadlines-button-cancel = ‏✖️ لغو
deadlines-cancelled = لغو شد. چیزی ذخیره نشد.
deadlines-stale = این دکمه دیگر معتبر نیست. دوباره با /deadline شروع کنید.
deadlines-unavailable = ‏<b>⚠️ امروز با وکیل خود تماس بگیرید.</b> بات اکنون نمی‌تواند روزها را بشمارد.

deadlines-ask-kind =
    ‏<b>تصمیم چیست؟</b> به بالای برگه (سربرگ) نگاه کنید:
    ‏• اداره اتباع خارجی: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (برای مثال دستور ترک خاک کشور)
    ‏• کمیساریای پناهندگان، پناهندگی: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    ‏• کمیساریا، درخواست پناهندگی جدید (بعدی) غیرقابل پذیرش: همان سربرگ، با «demande ultérieure» / «volgend verzoek»
    ‏• حکم: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = اداره اتباع خارجی (OE / DVZ)
deadlines-kind-cgrs = تصمیم پناهندگی کمیساریا (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = کمیساریا: درخواست جدید غیرقابل پذیرش
deadlines-kind-cce-judgment = حکم CCE / RvV
deadlines-kind-unknown = نمی‌دانم

deadlines-ask-second = آیا این <b>دومین (یا بعدی) اقدام اخراج</b> است؟ یعنی: آیا قبلاً دستور ترک خاک یا تصمیم اخراج دریافت کرده بودید؟
deadlines-answer-yes = بله
deadlines-answer-no = نه
deadlines-answer-unknown = نمی‌دانم

deadlines-ask-how = ‏<b>تصمیم کی و چگونه به دست شما رسید؟</b>
deadlines-how-today = امروز به دستم داده شد
deadlines-how-yesterday = دیروز به دستم داده شد
deadlines-how-other-day = روز دیگری به دستم داده شد
deadlines-how-registered = با نامه سفارشی
deadlines-how-letter = با نامه عادی
deadlines-how-unknown = نمی‌دانم

deadlines-ask-date-in-person = در چه روزی به شما داده شد (یا از گرفتن آن خودداری کردید)؟
deadlines-ask-date-registered = نامه سفارشی در چه روزی به شما ارائه شد (روزی که نامه‌رسان آمد)؟
deadlines-ask-date-letter = تاریخ مهر پست چه روزی است؟ اگر نمی‌دانید، تاریخ نوشته‌شده روی تصمیم را انتخاب کنید. نه روزی که رسید.
deadlines-date-unknown = تاریخ را نمی‌دانم

deadlines-ask-house = وقتی آن را دریافت کردید در خانه بازگشت زندگی می‌کردید؟
deadlines-house-yes = بله، در خانه بازگشت
deadlines-house-no = نه

deadlines-contact-lawyer = ‏<b>⚠️ امروز با وکیل خود تماس بگیرید.</b>
deadlines-card = ‏👩‍⚖️ وکیل شما: <b>{ $name }</b>، { $contact }
deadlines-shortest-kind = شما نمی‌دانید تصمیم چیست. پس این کوتاه‌ترین قاعده است: { $days } روز، از روز پس از تحویل.
deadlines-shortest-date = شما تاریخ را نمی‌دانید. پس این کوتاه‌ترین قاعده است: { $days } روز، چنان‌که گویی تصمیم امروز تحویل شده است. اگر زودتر بوده، آخرین روز هم زودتر است.
deadlines-at-latest =
    ‏• <b>{ $remedy }</b>: حداکثر تا <b>{ $day }</b> ({ $days } روز)
    ‏{ $rule } [{ $sources }]
deadlines-no-deadline =
    ‏• <b>{ $remedy }</b>: بدون مهلت.
    ‏{ $rule } [{ $sources }]
deadlines-decision-counts = اگر خود تصمیم مهلت کوتاه‌تری بدهد، همان معتبر است. وکیل شما روز دقیق را تأیید می‌کند.
deadlines-unreviewed = ‏<i>این تاریخ‌ها با قواعدی محاسبه شده‌اند که هنوز هیچ وکیلی آن‌ها را بررسی نکرده است.</i>

deadlines-remedy-cce-appeal = اعتراض نزد CCE / RvV
deadlines-remedy-extreme-urgency = تعلیق در فوریت شدید (CCE / RvV)
deadlines-remedy-cgrs-appeal = اعتراض نزد CCE / RvV علیه تصمیم کمیساریا
deadlines-remedy-cgrs-subsequent-appeal = اعتراض نزد CCE / RvV علیه عدم پذیرش
deadlines-remedy-council-of-state = اعتراض نزد شورای دولتی
deadlines-remedy-council-chamber = درخواست آزادی نزد اتاق مشورتی

deadlines-rule-cce-appeal-detained = ‏۱۰ روز از روز پس از ابلاغ: خانه بازگشت بازداشت به حساب می‌آید.
deadlines-rule-cce-appeal = ‏۳۰ روز از روز پس از ابلاغ، اگر بازداشت نیستید.
deadlines-rule-extreme-urgency = ‏۱۰ روز از روز پس از ابلاغ اقدام اخراج.
deadlines-rule-extreme-urgency-second-removal = ‏۵ روز از روز پس از ابلاغ دومین (یا بعدی) اقدام اخراج.
deadlines-rule-cgrs-appeal-detained = ‏۱۰ روز در بازداشت (خانه بازگشت حساب می‌شود). صفحه‌های رسمی با هم موافق نیستند: کمیساریا مهلت را در خود تصمیم می‌نویسد.
deadlines-rule-cgrs-appeal = ‏۳۰ روز تقویمی از روز پس از ابلاغ، اگر بازداشت نیستید.
deadlines-rule-cgrs-subsequent-appeal-detained = ‏۵ روز در بازداشت (خانه بازگشت حساب می‌شود).
deadlines-rule-cgrs-subsequent-appeal = ‏۱۰ روز، اگر بازداشت نیستید.
deadlines-rule-council-of-state = ‏۳۰ روز از روز پس از ابلاغ حکم. متن قانون پیدا نشد: از وکیل خود بپرسید.
deadlines-rule-council-chamber = وکیل شما می‌تواند هر زمان و هر ماه دوباره آن را ارائه کند. اتاق مشورتی ظرف ۵ روز کاری تصمیم می‌گیرد.

deadlines-button-lawyer-has-it = ‏✅ وکیلم پیگیری می‌کند
deadlines-button-tell-coach = ‏📣 به مربی‌ام خبر بده (مربی برای اداره اتباع خارجی کار می‌کند)
deadlines-button-card = ‏👩‍⚖️ کارت وکیلم
deadlines-button-cannot-reach = ‏☎️ به وکیلم دسترسی ندارم
deadlines-another = آیا تصمیم دیگری دریافت کرده‌اید؟

deadlines-reminder-head = ‏⏰ <b>یادآوری: یک تصمیم.</b>
deadlines-by-coach = ‏📄 <b>مربی شما یک تصمیم برای خانواده شما ثبت کرد.</b>
deadlines-stopped = ‏✅ ثبت شد: وکیل شما پیگیری می‌کند. یادآوری‌ها برای همه اعضای خانواده متوقف می‌شوند.
deadlines-state-lawyer = ‏✅ وکیل شما پیگیری می‌کند: دیگر یادآوری نیست.
deadlines-state-passed = این آخرین روز گذشته است. از وکیل خود بپرسید چه کاری هنوز ممکن است.
deadlines-coach-told = ‏📣 به مربی شما خبر داده شد. به یاد داشته باشید: مربی برای اداره اتباع خارجی کار می‌کند، وکیل شما نیست.
deadlines-no-coach = شما در این بات به هیچ مربی وصل نیستید، پس به کسی خبر داده نشد.

deadlines-card-none = هیچ کارت وکیلی ذخیره نشده است. می‌توانید نام وکیل و شماره تلفن یا ایمیل او را ذخیره کنید: آنگاه اینجا، در صفحه وکیل و در یادآوری‌ها نشان داده می‌شود. اختیاری است و هر زمان می‌توانید آن را پاک کنید.
deadlines-card-about = همه اعضای خانواده شما این کارت را می‌بینند. هر زمان می‌توانید آن را تغییر دهید یا پاک کنید.
deadlines-button-card-edit = ‏✏️ ذخیره یا تغییر
deadlines-button-card-delete = ‏🗑 پاک کردن
deadlines-card-ask-name = نام وکیل خود را بنویسید.
deadlines-card-ask-contact = اکنون شماره تلفن یا آدرس ایمیل وکیل خود را بنویسید.
deadlines-card-bad-name = لطفاً نامی حداکثر ۸۰ حرفی بنویسید.
deadlines-card-bad-contact = این نه شماره تلفن است و نه آدرس ایمیل. شماره تلفن رقم دارد، اگر خواستید با + و فاصله، برای مثال +32 2 123 45 67. دوباره بنویسید.
deadlines-card-saved = ‏✅ ذخیره شد.
deadlines-card-deleted = ‏🗑 کارت وکیل پاک شد.

deadlines-cannot-reach =
    ‏<b>به وکیل خود دسترسی ندارید؟</b>
    ‏• وکیل رایگان («pro deo») را دفتر کمک حقوقی هر کانون وکلا تعیین می‌کند: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    ‏• فرض بر این است که اتباع خارجی برای روندهای اقامت و اعتراض‌ها حق دارند؛ افراد زیر سن قانونی همیشه حق دارند.
    ‏• به BAJ/BJB مراجعه کنید، یا مستقیم نزد وکیلی بروید که درخواست تعیین شدن می‌کند.
    همچنین می‌توانید در پایین کمک بخواهید: مربی شما (یا هماهنگ‌کنندگان) آن را می‌خواند.

deadlines-button-register = ‏📄 ثبت یک تصمیم
deadlines-coach-pick = برای کدام خانواده یک تصمیم ثبت می‌کنید؟
deadlines-coach-registered = ‏✅ ثبت شد. به هر عضو خانواده اکنون به زبان خودش خبر داده می‌شود و هر روز یادآوری می‌گیرد.
deadlines-coach-notice = ‏📄 خانواده { $label } (عضو { $position }، { $language }) یک تصمیم ثبت کرد و خواست به شما خبر داده شود. آخرین روز، حداکثر: { $day }.

deadlines-mydata-title = ‏<b>تصمیم‌ها و کارت وکیل</b>
deadlines-mydata-item = ‏• { $kind }: آخرین روز حداکثر { $day } ({ $state })
deadlines-mydata-state-open = یادآوری‌ها فعال
deadlines-mydata-state-lawyer = وکیل شما پیگیری می‌کند
deadlines-mydata-state-passed = گذشته
deadlines-privacy-notice = ‏• <b>تصمیم‌ها:</b> اگر تصمیمی ثبت کنید، بات فقط پاسخ‌های شما به دکمه‌ها (چه تصمیمی، تاریخ، چگونه رسید، در خانه یا نه) و آخرین روز را نگه می‌دارد تا به همه خانواده یادآوری کند. کارت وکیل شما (نام، تلفن یا ایمیل) اگر ذخیره کنید. به مربی شما فقط وقتی خبر داده می‌شود که «به مربی‌ام خبر بده» را بزنید. /forget آنچه ثبت کرده‌اید را پاک می‌کند.
deadlines-privacy-retention = ‏• یک تصمیم { $days } روز پس از آخرین روزش پاک می‌شود.
