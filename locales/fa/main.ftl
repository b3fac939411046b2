# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Farsi interface texts of family_bot, written to be read by Dari speakers too.
# Telegram HTML: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Values in { $... } are filled in by the bot; keep their names exactly.
# Right to left: Telegram sets each line's direction from its first letter. Start every line with a
# Farsi word (an emoji, "•" or a number before it is fine), never with a Latin word, a /command,
# an e-mail address or a link.

-bot-operator = یک سازمان مستقل که به خانواده‌ها کمک می‌کند، نه اداره مهاجرت

## Language

language-picker-prompt = زبان خود را انتخاب کنید
language-changed = ✅ از این پس به فارسی برای شما می‌نویسم.
language-button = 🌐 زبان

## Welcome

welcome-text =
    <b>خوش آمدید.</b>
    این ربات به شما درباره زندگی در خانه بازگشت، حقوق شما و راه‌های پیش روی شما معلومات می‌دهد.
    گرداننده این ربات: { -bot-operator }.

    • این ربات معلومات می‌دهد. درباره پرونده شما هیچ تصمیمی نمی‌گیرد.
    • فقط زبان شما و چیزهایی را که خودتان می‌فرستید نگه می‌دارد.
    • اگر برای مربی (coach) خود پیام بفرستید، مربی آن را می‌خواند. مربی برای اداره مهاجرت (Office des Étrangers / Dienst Vreemdelingenzaken) کار می‌کند.

    یکی از موضوع‌های زیر را انتخاب کنید. هر وقت بخواهید می‌توانید /menu را بنویسید.

## Menu and pages

menu-text =
    <b>فهرست</b>
    یک موضوع انتخاب کنید:
menu-button = ☰ فهرست
nav-back = ▶ برگشت
page-unreviewed = <i>⚠ این متن هنوز توسط یک انسان بررسی نشده است.</i>
page-in-other-language = <i>این صفحه هنوز به زبان شما ترجمه نشده است: به { $language } نشان داده می‌شود.</i>
page-checked = <i>این معلومات در تاریخ { $date } بررسی شد.</i>

## Help

help-text =
    <b>راهنما</b>
    • برای باز کردن یک موضوع، روی یک دکمه بزنید.
    • یا سؤال خود را با کلمات خودتان بنویسید: صفحه‌ای را که به آن جواب می‌دهد نشان‌تان می‌دهیم.
    • دستور /menu فهرست موضوع‌ها را نشان می‌دهد.
    • دستور /language زبان را تغییر می‌دهد.
    • دستور /appointments وقت‌های ملاقات شما را نشان می‌دهد.
    • دستور /privacy می‌گوید ربات چه چیزی نگه می‌دارد؛ دستور /forget آن را پاک می‌کند.
    • دستور /start پیام خوش‌آمد را دوباره نشان می‌دهد.

    اگر در خطر هستید، به <b>112</b> زنگ بزنید.

## Everything else

fallback-media =
    من فقط می‌توانم متن و دکمه‌ها را بخوانم.
    لطفاً یک موضوع را از فهرست انتخاب کنید.
fallback-unknown-command =
    من دستور { $command } را نمی‌شناسم.
    این‌ها را امتحان کنید: /menu یا /help.
fallback-stale-button = این دکمه دیگر کار نمی‌کند. این هم فهرست.
error-generic = ببخشید، مشکلی پیش آمد. دوباره امتحان کنید، یا /menu را بنویسید.

## Command list shown by Telegram (short, no HTML)

command-start = پیام خوش‌آمد
command-menu = نشان دادن موضوع‌ها
command-language = تغییر زبان
command-help = این ربات چگونه کار می‌کند
