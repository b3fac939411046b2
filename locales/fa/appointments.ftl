# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Farsi appointment texts of family_bot, as families read them: notices, reminders, answers, the coach's phrasebook.
# Written to be read by Dari speakers too. The coach is مربی; Immigration Office: اداره مهاجرت; appointment: وقت ملاقات.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# The coach's own words ($note, $text) are never translated: the text says so.
# Right to left: every line starts with a Farsi word (an emoji or "•" before it is fine). The kind,
# time and place lines start with a word, because a place is often written in Latin letters. The
# appointment list item and the coach's own words (<blockquote>) start with an invisible right-to-left
# mark (U+200F): they begin with a value the bot fills in. So does the help button: Unicode counts
# the 🆘 emoji as Latin letters (SOS).

command-appointments = وقت‌های ملاقات من
coach-invite-invalid = این لینک دیگر معتبر نیست (قبلاً استفاده شده، تاریخش گذشته یا ناشناخته است). یک لینک تازه بخواهید.
coach-not-allowed = ⛔ این خانواده یا این وقت ملاقات جزو پرونده‌های شما نیست. هیچ کاری انجام نشد.
coach-gone = این وقت ملاقات دیگر وجود ندارد، لغو شده یا گذشته است.

## Kinds of appointment
coach-kind-lawyer = وکیل
coach-kind-office = مصاحبه در اداره مهاجرت
coach-kind-doctor = پزشک
coach-kind-school = مدرسه
coach-kind-embassy = سفارت
coach-kind-court = اتاق مشورت (دادگاه)
coach-kind-other = وقت ملاقات

## Read by families
coach-family-joined = ✅ شما به مربی خود ({ $coach }) وصل شدید. وقت‌های ملاقات شما اینجا، به زبان خودتان، می‌رسد. مربی شما برای اداره مهاجرت کار می‌کند و جواب‌های شما را اینجا می‌خواند.
coach-family-new = 📅 <b>وقت ملاقات تازه</b>
coach-family-changed = ✏️ <b>وقت ملاقات تغییر کرد</b>
coach-family-cancelled = ❌ <b>وقت ملاقات لغو شد</b>
coach-family-reminder = ⏰ <b>یادآوری وقت ملاقات</b>
coach-family-late = (این یادآوری دیر رسیده است: سرویس مدتی قطع بود.)
coach-family-what = نوع ملاقات: { $kind }
coach-family-when = 🕒 زمان: { $when }
coach-family-place = 📍 محل: { $place }
coach-family-note = ✍️ یادداشت مربی شما (ترجمه نشده): <i>{ $note }</i>
coach-family-free-text = ✍️ پیام مربی شما (ترجمه نشده، نوشته خود مربی):
    ‏<blockquote>{ $text }</blockquote>
coach-button-coming = ✅ می‌آیم
coach-button-need-help = ‏🆘 به کمک نیاز دارم
coach-family-thanks = تشکر، به مربی شما خبر داده شد.
coach-family-help-ask = به مربی شما خبر داده شد. می‌توانید اینجا بنویسید به چه چیزی نیاز دارید.
coach-family-help-sent = پیام شما به مربی شما رسید.
coach-family-closed = این وقت ملاقات لغو شده یا گذشته است.
coach-family-appointments = 📅 <b>وقت‌های ملاقات شما</b>
coach-family-appointments-none = شما هیچ وقت ملاقاتی در پیش ندارید.
coach-family-appointment-item = ‏• { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages; .label is what the coach sees on the button.
phrase-lawyer-called = 📞 وکیل شما زنگ زد. لطفاً دوباره به او زنگ بزنید.
    .label = وکیل زنگ زد: دوباره زنگ بزنید
phrase-come-to-office = 🏢 لطفاً به دفتر مربی خود بیایید: { $when }.
    .label = آمدن به دفتر (با زمان)
phrase-bring-documents = 📄 لطفاً مدارک خود (مدارک هویت، نامه‌هایی که گرفته‌اید) را به ملاقات بعدی بیاورید.
    .label = آوردن مدارک
phrase-coach-visit = 🏠 مربی شما به خانه می‌آید: { $when }.
    .label = دیدار در خانه (با زمان)
phrase-letter-arrived = ✉️ یک نامه برای شما رسیده است. آن را از مربی خود بخواهید.
    .label = نامه رسیده است
phrase-see-coach-today = 💬 لطفاً امروز پیش مربی خود بیایید.
    .label = امروز پیش من بیایید
