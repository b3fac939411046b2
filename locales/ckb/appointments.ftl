# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Sorani appointment texts of family_bot, as families read them: notices, reminders, answers, the coach's phrasebook.
# The coach is ڕاوێژکار; Immigration Office: فەرمانگەی بیانییان; appointment: ژوان. Reference: locales/fr/appointments.ftl.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# The coach's own words ($note, $text) are never translated: the text says so.
# Right to left: every line starts with a Kurdish word (an emoji or "•" before it is fine). The kind,
# time and place lines start with a word, because a place is often written in Latin letters. The
# appointment list item and the coach's own words (<blockquote>) start with an invisible right-to-left
# mark (U+200F): they begin with a value the bot fills in. So does the help button: Unicode counts
# the 🆘 emoji as Latin letters (SOS).

command-appointments = ژوانەکانم
coach-invite-invalid = ئەم بەستەرە چیتر بەکار نایەت (پێشتر بەکارھاتووە، کاتی بەسەرچووە یان نەناسراوە). داوای بەستەرێکی نوێ بکەن.
coach-not-allowed = ⛔ ئەم خێزانە یان ئەم ژوانە لە دۆسیەکانی ئێوە نییە. ھیچ شتێک نەکرا.
coach-gone = ئەم ژوانە چیتر نەماوە، ھەڵوەشاوەتەوە یان کاتی تێپەڕیوە.

## Kinds of appointment
coach-kind-lawyer = پارێزەر
coach-kind-office = چاوپێکەوتن لە فەرمانگەی بیانییان
coach-kind-doctor = پزیشک
coach-kind-school = قوتابخانە
coach-kind-embassy = باڵیۆزخانە
coach-kind-court = ژووری ئەنجومەن (دادگا)
coach-kind-other = ژوان

## Read by families
coach-family-joined = ✅ ئێستا بە ڕاوێژکارەکەتانەوە ({ $coach }) بەستراونەتەوە. ژوانەکانتان لێرە، بە زمانی خۆتان، پێتان دەگەن. ڕاوێژکارەکەتان بۆ فەرمانگەی بیانییان کار دەکات و ئەوەی لێرە وەڵامی دەدەنەوە دەیخوێنێتەوە.
coach-family-new = 📅 <b>ژوانی نوێ</b>
coach-family-changed = ✏️ <b>ژوانەکە گۆڕدرا</b>
coach-family-cancelled = ❌ <b>ژوانەکە ھەڵوەشایەوە</b>
coach-family-reminder = ⏰ <b>بیرخستنەوەی ژوان</b>
coach-family-late = (ئەم بیرخستنەوەیە دواکەوت: خزمەتگوزارییەکە ماوەیەک وەستابوو.)
coach-family-what = جۆری ژوان: { $kind }
coach-family-when = 🕒 کات: { $when }
coach-family-place = 📍 شوێن: { $place }
coach-family-note = ✍️ تێبینیی ڕاوێژکارەکەتان (وەرنەگێڕدراوە): <i>{ $note }</i>
coach-family-free-text = ✍️ نامەی ڕاوێژکارەکەتان (وەرنەگێڕدراوە، خودی ڕاوێژکارەکەتان نووسیویەتی):
    ‏<blockquote>{ $text }</blockquote>
coach-button-coming = ✅ دێم
coach-button-need-help = ‏🆘 پێویستم بە یارمەتییە
coach-family-thanks = سوپاس، ڕاوێژکارەکەتان ئاگادار کرایەوە.
coach-family-help-ask = ڕاوێژکارەکەتان ئاگادار کرایەوە. دەتوانن لێرە بنووسن چیتان پێویستە.
coach-family-help-sent = نامەکەتان گەیەنرا بە ڕاوێژکارەکەتان.
coach-family-closed = ئەم ژوانە ھەڵوەشاوەتەوە یان کاتی تێپەڕیوە.
coach-family-appointments = 📅 <b>ژوانەکانتان</b>
coach-family-appointments-none = ھیچ ژوانێکی داھاتووتان نییە.
coach-family-appointment-item = ‏• { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages; .label is what the coach sees on the button.
phrase-lawyer-called = 📞 پارێزەرەکەتان تەلەفۆنی کرد. تکایە تەلەفۆنی بۆ بکەنەوە.
    .label = پارێزەر تەلەفۆنی کرد: تەلەفۆنی بۆ بکەنەوە
phrase-come-to-office = 🏢 تکایە وەرنە نووسینگەی ڕاوێژکارەکەتان: { $when }.
    .label = ھاتن بۆ نووسینگە (لەگەڵ کات)
phrase-bring-documents = 📄 تکایە بەڵگەنامەکانتان (بەڵگەی ناسنامە، ئەو نامانەی بۆتان ھاتوون) بۆ ژوانی داھاتوو لەگەڵ خۆتان بھێنن.
    .label = ھێنانی بەڵگەنامەکان
phrase-coach-visit = 🏠 ڕاوێژکارەکەتان سەردانی ماڵەوەتان دەکات: { $when }.
    .label = سەردانی ماڵ (لەگەڵ کات)
phrase-letter-arrived = ✉️ نامەیەکی پۆستە بۆتان ھاتووە. داوای بکەن لە ڕاوێژکارەکەتان.
    .label = نامەیەکی پۆستە ھاتووە
phrase-see-coach-today = 💬 تکایە ئەمڕۆ سەردانی ڕاوێژکارەکەتان بکەن.
    .label = ئەمڕۆ وەرنە لام
