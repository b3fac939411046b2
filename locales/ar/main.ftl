# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Arabic interface texts of family_bot. Telegram HTML: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Values in { $... } are filled in by the bot; keep their names exactly.
# Right to left: Telegram sets each line's direction from its first letter. Start every line with an
# Arabic word (an emoji, "•" or a number before it is fine), never with a Latin word, a /command,
# an e-mail address or a link.

-bot-operator = منظمة مستقلة تساعد العائلات، وليست مكتب الأجانب

## Language

language-picker-prompt = اختاروا لغتكم
language-changed = ✅ من الآن سأكتب لكم بالعربية.
language-button = 🌐 اللغة

## Welcome

welcome-text =
    <b>أهلًا وسهلًا.</b>
    هذا البوت يعطيكم معلومات عن الحياة في بيت العودة، وعن حقوقكم وخياراتكم.
    تديره { -bot-operator }.

    • هو يعطي معلومات. لا يقرر أي شيء في ملفكم.
    • يحفظ فقط لغتكم وما تختارون إرساله.
    • إذا أرسلتم رسالة إلى المرشد (coach)، فالمرشد يقرؤها. المرشد يعمل لدى مكتب الأجانب (Office des Étrangers / Dienst Vreemdelingenzaken).

    اختاروا موضوعًا في الأسفل. يمكنكم كتابة /menu في أي وقت.

## Menu and pages

menu-text =
    <b>القائمة</b>
    اختاروا موضوعًا:
menu-button = ☰ القائمة
nav-back = ▶ رجوع
page-unreviewed = <i>⚠ لم يتحقق أي شخص من هذا النص بعد.</i>
page-in-other-language = <i>هذه الصفحة غير مترجمة بعد إلى لغتكم: تُعرض بـ{ $language }.</i>
page-checked = <i>تم التحقق من المعلومات بتاريخ { $date }.</i>

## Help

help-text =
    <b>مساعدة</b>
    • اضغطوا على زر لفتح موضوع.
    • أو اكتبوا سؤالكم بكلماتكم: نعرض لكم صفحة المعلومات التي تجيب عنه.
    • الأمر /menu يعرض قائمة المواضيع.
    • الأمر /language يغيّر اللغة.
    • الأمر /appointments يعرض مواعيدكم.
    • الأمر /privacy يشرح ما يحفظه البوت، والأمر /forget يمحوه.
    • الأمر /start يعرض رسالة الترحيب مرة أخرى.

    إذا كنتم في خطر، اتصلوا بالرقم <b>112</b>.

## Everything else

fallback-media =
    أستطيع قراءة النصوص والأزرار فقط.
    اختاروا موضوعًا من القائمة.
fallback-unknown-command =
    لا أعرف الأمر { $command }.
    جرّبوا /menu أو /help.
fallback-stale-button = هذا الزر لم يعد يعمل. هذه هي القائمة.
error-generic = عذرًا، حدث خطأ. حاولوا مرة أخرى، أو اكتبوا /menu.

## Command list shown by Telegram (short, no HTML)

command-start = رسالة الترحيب
command-menu = عرض المواضيع
command-language = تغيير اللغة
command-help = كيف يعمل هذا البوت
