# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Arabic privacy texts: what the bot keeps about a person, their copy (/mydata), erasure (/forget),
# flood control and groups. Reference text: locales/fr/privacy.ftl. Telegram HTML only.
# Values in { $... } are filled in by the bot; keep their names exactly.
# Right to left: every line starts with a Arabic word (an emoji or "•" before it is fine). The lines
# that hold only { $stored } or { $retention } start with an invisible right-to-left mark (U+200F):
# they are filled by the bot with whole lines that start with "•" and a Arabic word.

## /privacy

privacy-text =
    <b>🔒 بياناتكم في هذا البوت</b>

    <b>ما يحفظه البوت، ولماذا</b>
    ‏{ $stored }
    البوت لا يحفظ اسمكم، ولا رقم هاتفكم، ولا صوركم أو ملفاتكم، ولا النص الذي تكتبونه له. هو يقرأ ما تكتبونه فقط ليجيب عنه.
    يُحفظ فقط الرسالة التي تختارون إرسالها إلى المرشد، كما هو مذكور أعلاه.

    <b>مدة الحفظ</b>
    ‏{ $retention }

    <b>من يستطيع أن يراها</b>
    أنتم، بالأمر /mydata. الفريق الذي يدير البوت ({ -bot-operator }) يستطيع أن يرى البيانات المحفوظة عندما يعتني بالبوت. سجلات البوت التقنية لا تحتوي أبدًا على ما تكتبونه، ولا على اسمكم أو رقم هاتفكم.

    <b>كيف تمحونها</b>
    الأمر /forget يمحو كل ما يحفظه البوت عنكم، مرة واحدة.
privacy-notice-member = • لغتكم، وتاريخ أول رسالة وآخر رسالة منكم: لنكتب لكم بلغتكم، ولنمحو بياناتكم عندما تتوقفون عن استخدام البوت.
privacy-notice-inbox = • ما ترسلونه، إلى أن يرد عليه البوت (لحظة؛ أو أكثر إذا كان البوت متوقفاً): ثم يُمحى النص. لا أحد يقرؤه هناك.
privacy-retention-inactive = • إذا لم تكتبوا إلى البوت مدة { $days ->
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يوم
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، يُمحى كل ما يحفظه عنكم.

## /mydata

privacy-mydata-title = <b>ما يحفظه البوت عنكم</b>
privacy-mydata-nothing = البوت لا يحفظ أي شيء عنكم.
privacy-mydata-language = اللغة: { $language }
privacy-mydata-first-seen = أول رسالة: { $date }
privacy-mydata-last-seen = آخر رسالة: { $date }
privacy-mydata-see-file = القسم { $section }: انظروا الملف في الأسفل.
privacy-mydata-file = الملف في الأسفل فيه الشيء نفسه، بصيغة يقرؤها الحاسوب (JSON).
privacy-mydata-too-long = هناك أشياء كثيرة جدًا لعرضها هنا: كل شيء موجود في الملف في الأسفل.
privacy-mydata-caption = كل ما يحفظه البوت عنكم

## /forget

privacy-forget-confirm =
    <b>هل تريدون محو كل بياناتكم؟</b>
    سينسى البوت لغتكم وكل شيء آخر يحفظه عنكم. لا يمكن التراجع عن ذلك.
    إذا كتبتم مرة أخرى لاحقًا، يبدأ البوت من جديد.
privacy-forget-yes = 🗑 محو كل شيء
privacy-forget-no = إلغاء
privacy-forget-done = ✅ تم محو بياناتكم. البوت لم يعد يعرفكم.
privacy-forget-cancelled = لم يُمحَ أي شيء.
privacy-forget-expired = هذا الزر قديم جدًا. أرسلوا /forget مرة أخرى إذا كنتم تريدون محو بياناتكم.

## Flood control, groups, storage problems

privacy-slow-down-tap = لحظة من فضلكم: اضغطوا مرة أخرى بعد بضع ثوانٍ.
privacy-private-only = هذا البوت يعمل فقط في محادثة خاصة، لحماية خصوصية كل عائلة. سأغادر هذه المجموعة. اكتبوا لي مباشرة: @{ $bot }
privacy-storage-busy = عذرًا، لم أستطع حفظ ذلك الآن. حاولوا مرة أخرى بعد دقيقة من فضلكم.

## Command list shown by Telegram (short, no HTML)

command-privacy = بياناتكم: ما يُحفظ ولماذا
command-mydata = الحصول على نسخة من بياناتكم
command-forget = محو بياناتكم

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • إذا ربطكم المرشد بعائلة: اسمها القصير، ورقم العضو الخاص بكم، ومواعيدكم، وأجوبتكم. يراها المرشد والمنسقون؛ وهي لازمة لإرسال مواعيدكم إليكم.
privacy-retention-appointments = • تُمحى المواعيد بعد { $days ->
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يوم
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من حدوثها.
privacy-mydata-household = العائلة: { $label } · المرشد: { $coach }
