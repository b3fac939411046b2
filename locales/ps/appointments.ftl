# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Pashto appointment texts of family_bot, as families read them: notices, reminders, answers, the coach's phrasebook.
# The coach is روزونکی; Immigration Office: د بهرنیانو دفتر; appointment: د لیدنې وخت.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# The coach's own words ($note, $text) are never translated: the text says so.
# Right to left: every line starts with a Pashto word (an emoji or "•" before it is fine). The kind,
# time and place lines start with a word, because a place is often written in Latin letters. The
# appointment list item and the coach's own words (<blockquote>) start with an invisible right-to-left
# mark (U+200F): they begin with a value the bot fills in. So does the help button: Unicode counts
# the 🆘 emoji as Latin letters (SOS).

command-appointments = زما د لیدنې وختونه
coach-invite-invalid = دا لینک نور د اعتبار وړ نه دی (مخکې کارول شوی، موده یې تېره شوې یا نامعلوم دی). نوی لینک وغواړئ.
coach-not-allowed = ⛔ دا کورنۍ یا د لیدنې دا وخت ستاسو په دوسیو کې نه دی. هېڅ کار ونه شو.
coach-gone = د لیدنې دا وخت نور نشته، لغوه شوی یا تېر شوی دی.

## Kinds of appointment
coach-kind-lawyer = وکیل
coach-kind-office = د بهرنیانو په دفتر کې مرکه
coach-kind-doctor = ډاکټر
coach-kind-school = ښوونځی
coach-kind-embassy = سفارت
coach-kind-court = مشورتي خونه (محکمه)
coach-kind-other = د لیدنې وخت

## Read by families
coach-family-joined = ✅ تاسو له خپل روزونکي ({ $coach }) سره وصل شوئ. ستاسو د لیدنې وختونه به همدلته، ستاسو په ژبه، درشي. ستاسو روزونکی د بهرنیانو دفتر لپاره کار کوي او هغه ځوابونه لولي چې تاسو یې دلته ورکوئ.
coach-family-new = 📅 <b>د لیدنې نوی وخت</b>
coach-family-changed = ✏️ <b>د لیدنې وخت بدل شو</b>
coach-family-cancelled = ❌ <b>د لیدنې وخت لغوه شو</b>
coach-family-reminder = ⏰ <b>د لیدنې د وخت یادونه</b>
coach-family-late = (دا یادونه ناوخته راغله: خدمت د یو څه وخت لپاره بند و.)
coach-family-what = د لیدنې ډول: { $kind }
coach-family-when = 🕒 وخت: { $when }
coach-family-place = 📍 ځای: { $place }
coach-family-note = ✍️ ستاسو د روزونکي یادښت (نه دی ژباړل شوی): <i>{ $note }</i>
coach-family-free-text = ✍️ ستاسو د روزونکي پیغام (نه دی ژباړل شوی، روزونکي پخپله لیکلی):
    ‏<blockquote>{ $text }</blockquote>
coach-button-coming = ✅ زه به راشم
coach-button-need-help = ‏🆘 مرستې ته اړتیا لرم
coach-family-thanks = مننه، ستاسو روزونکي ته خبر ورکړل شو.
coach-family-help-ask = ستاسو روزونکي ته خبر ورکړل شو. تاسو کولی شئ دلته ولیکئ چې څه ته اړتیا لرئ.
coach-family-help-sent = ستاسو پیغام روزونکي ته ولېږل شو.
coach-family-closed = د لیدنې دا وخت لغوه شوی یا تېر شوی دی.
coach-family-appointments = 📅 <b>ستاسو د لیدنې وختونه</b>
coach-family-appointments-none = تاسو د لیدنې هېڅ ټاکلی وخت نه لرئ.
coach-family-appointment-item = ‏• { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages; .label is what the coach sees on the button.
phrase-lawyer-called = 📞 ستاسو وکیل زنګ وواهه. مهرباني وکړئ بېرته ورته زنګ ووهئ.
    .label = وکیل زنګ وواهه: بېرته زنګ
phrase-come-to-office = 🏢 مهرباني وکړئ د خپل روزونکي دفتر ته راشئ: { $when }.
    .label = دفتر ته راتګ (له وخت سره)
phrase-bring-documents = 📄 مهرباني وکړئ خپل اسناد (د پېژندنې کاغذونه، هغه لیکونه چې تاسو ته رارسېدلي) راتلونکې لیدنې ته راوړئ.
    .label = د اسنادو راوړل
phrase-coach-visit = 🏠 ستاسو روزونکی به کور ته درشي: { $when }.
    .label = کور ته لیدنه (له وخت سره)
phrase-letter-arrived = ✉️ تاسو ته یو لیک راغلی دی. له خپل روزونکي یې وغواړئ.
    .label = لیک راغلی دی
phrase-see-coach-today = 💬 مهرباني وکړئ نن خپل روزونکي ته ورشئ.
    .label = نن ما ته راشئ
