# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Sorani (Central Kurdish, Arabic script) interface texts of family_bot. Telegram HTML: <b>, <i>, <u>,
# <a href="...">, <code>, <blockquote>. Values in { $... } are filled in by the bot; keep their names exactly.
# Kurdish letters, never the Arabic look-alikes: ک (not ك), ی (not ي), ە for the vowel (not ه or ة), ھ for h,
# and ڕ ڵ ۆ ێ. Words used in every file: coach = ڕاوێژکار (coach); Office des Étrangers = فەرمانگەی
# بیانییان; lawyer = پارێزەر; appointment = ژوان; deadline = ماوە; appeal = ناڕەزایی. Polite plural "ئێوە".
# Right to left: Telegram sets each line's direction from its first letter. Start every line with a
# Kurdish word (an emoji, "•" or a number before it is fine), never with a Latin word, a /command,
# an e-mail address or a link.

-bot-operator = ڕێکخراوێکی سەربەخۆ کە یارمەتی خێزانەکان دەدات، نەک فەرمانگەی بیانییان

## Language

language-picker-prompt = زمانەکەتان ھەڵبژێرن
language-changed = ✅ لە ئێستاوە بە کوردیی سۆرانی بۆتان دەنووسم.
language-button = 🌐 زمان

## Welcome

welcome-text =
    <b>بەخێربێن.</b>
    ئەم بۆتە زانیاریتان دەداتێ دەربارەی ژیان لە خانووی گەڕانەوە، مافەکانتان و دەرفەتەکانتان.
    بەڕێوەبەری ئەم بۆتە: { -bot-operator }.

    • زانیاری دەدات. ھیچ بڕیارێک دەربارەی دۆسیەکەتان نادات.
    • تەنھا زمانەکەتان و ئەوەی خۆتان دەینێرن ھەڵدەگرێت.
    • ئەگەر نامەیەک بۆ ڕاوێژکارەکەتان (coach) بنێرن، ڕاوێژکارەکە دەیخوێنێتەوە. ڕاوێژکار بۆ فەرمانگەی بیانییان (Office des Étrangers / Dienst Vreemdelingenzaken) کار دەکات.

    لە خوارەوە بابەتێک ھەڵبژێرن. ھەر کاتێک بتانەوێت دەتوانن /menu بنووسن.

## Menu and pages

menu-text =
    <b>لیست</b>
    بابەتێک ھەڵبژێرن:
menu-button = ☰ لیست
nav-back = ▶ دواوە
page-unreviewed = <i>⚠ ھێشتا ھیچ کەسێک ئەم دەقەی نەپشکنیوە.</i>
page-in-other-language = <i>ئەم پەڕەیە ھێشتا وەرنەگێڕدراوەتە سەر زمانەکەتان: بە { $language } پیشان دەدرێت.</i>
page-checked = <i>زانیارییەکان لە { $date } پشکنران.</i>

## Help

help-text =
    <b>یارمەتی</b>
    • بۆ کردنەوەی بابەتێک، دوگمەیەک دابگرن.
    • یان پرسیارەکەتان بە وشەی خۆتان بنووسن: ئەو لاپەڕە زانیارییەتان پیشان دەدەم کە وەڵامی دەداتەوە.
    • فەرمانی /menu لیستی بابەتەکان پیشان دەدات.
    • فەرمانی /language زمان دەگۆڕێت.
    • فەرمانی /appointments ژوانەکانتان پیشان دەدات.
    • فەرمانی /privacy دەڵێت بۆتەکە چی ھەڵدەگرێت؛ فەرمانی /forget دەیسڕێتەوە.
    • فەرمانی /start نامەی بەخێرھاتن دووبارە پیشان دەداتەوە.

    ئەگەر لە مەترسیدان، تەلەفۆن بۆ <b>112</b> بکەن.

## Everything else

fallback-media =
    تەنھا دەتوانم نووسین و دوگمە بخوێنمەوە.
    لە لیستەکە بابەتێک ھەڵبژێرن.
fallback-unknown-command =
    فەرمانی { $command } ناناسم.
    فەرمانی /menu یان /help تاقی بکەنەوە.
fallback-stale-button = ئەم دوگمەیە چیتر کار ناکات. ئەمە لیستەکەیە.
error-generic = ببورن، ھەڵەیەک ڕوویدا. دووبارە ھەوڵ بدەنەوە، یان /menu بنووسن.

## Command list shown by Telegram (short, no HTML)

command-start = نامەی بەخێرھاتن
command-menu = پیشاندانی بابەتەکان
command-language = گۆڕینی زمان
command-help = ئەم بۆتە چۆن کار دەکات
