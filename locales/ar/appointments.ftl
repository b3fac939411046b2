# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Arabic appointment texts of family_bot, as families read them: notices, reminders, answers, the coach's phrasebook.
# The coach is المرشد; Immigration Office: مكتب الأجانب; appointment: موعد. Reference: locales/fr/appointments.ftl.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# The coach's own words ($note, $text) are never translated: the text says so.
# Right to left: every line starts with an Arabic word (an emoji or "•" before it is fine). The kind,
# time and place lines start with a word, because a place is often written in Latin letters. The
# appointment list item and the coach's own words (<blockquote>) start with an invisible right-to-left
# mark (U+200F): they begin with a value the bot fills in. So does the help button: Unicode counts
# the 🆘 emoji as Latin letters (SOS).

command-appointments = مواعيدي
coach-invite-invalid = هذا الرابط لم يعد صالحًا (استُخدم من قبل، أو انتهت مدته، أو غير معروف). اطلبوا رابطًا جديدًا.
coach-not-allowed = ⛔ هذه الأسرة أو هذا الموعد ليس من ملفاتكم. لم يتم أي شيء.
coach-gone = هذا الموعد لم يعد موجودًا، أو أُلغي، أو انتهى.

## Kinds of appointment
coach-kind-lawyer = المحامي
coach-kind-office = مقابلة في مكتب الأجانب
coach-kind-doctor = الطبيب
coach-kind-school = المدرسة
coach-kind-embassy = السفارة
coach-kind-court = غرفة المشورة (المحكمة)
coach-kind-other = موعد

## Read by families
coach-family-joined = ✅ أنتم الآن مرتبطون بمرشدكم ({ $coach }). ستصلكم مواعيدكم هنا، بلغتكم. المرشد يعمل لدى مكتب الأجانب، ويقرأ ما تجيبون به هنا.
coach-family-new = 📅 <b>موعد جديد</b>
coach-family-changed = ✏️ <b>تغيّر الموعد</b>
coach-family-cancelled = ❌ <b>أُلغي الموعد</b>
coach-family-reminder = ⏰ <b>تذكير بموعد</b>
coach-family-late = (وصل هذا التذكير متأخرًا: الخدمة كانت متوقفة لبعض الوقت.)
coach-family-what = نوع الموعد: { $kind }
coach-family-when = 🕒 الوقت: { $when }
coach-family-place = 📍 المكان: { $place }
coach-family-note = ✍️ ملاحظة من مرشدكم (غير مترجمة): <i>{ $note }</i>
coach-family-free-text = ✍️ رسالة من مرشدكم (غير مترجمة، كتبها المرشد بنفسه):
    ‏<blockquote>{ $text }</blockquote>
coach-button-coming = ✅ سأحضر
coach-button-need-help = ‏🆘 أحتاج إلى مساعدة
coach-family-thanks = شكرًا، أبلغنا مرشدكم.
coach-family-help-ask = أبلغنا مرشدكم. يمكنكم أن تكتبوا هنا ما تحتاجون إليه.
coach-family-help-sent = وصلت رسالتكم إلى مرشدكم.
coach-family-closed = هذا الموعد أُلغي أو انتهى.
coach-family-appointments = 📅 <b>مواعيدكم</b>
coach-family-appointments-none = ليس لديكم أي موعد قادم.
coach-family-appointment-item = ‏• { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages; .label is what the coach sees on the button.
phrase-lawyer-called = 📞 اتصل بكم محاميكم. يرجى أن تعاودوا الاتصال به.
    .label = المحامي اتصل: معاودة الاتصال
phrase-come-to-office = 🏢 يرجى الحضور إلى مكتب مرشدكم: { $when }.
    .label = الحضور إلى المكتب (مع الوقت)
phrase-bring-documents = 📄 يرجى إحضار وثائقكم (أوراق الهوية، والرسائل التي وصلتكم) إلى الموعد القادم.
    .label = إحضار الوثائق
phrase-coach-visit = 🏠 سيزوركم مرشدكم في البيت: { $when }.
    .label = زيارة في البيت (مع الوقت)
phrase-letter-arrived = ✉️ وصلتكم رسالة بريدية. اطلبوها من مرشدكم.
    .label = وصلت رسالة بريدية
phrase-see-coach-today = 💬 يرجى أن تمرّوا على مرشدكم اليوم.
    .label = مرّوا عليّ اليوم
