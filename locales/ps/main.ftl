# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Pashto interface texts of family_bot. Telegram HTML: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Values in { $... } are filled in by the bot; keep their names exactly.
# Right to left: Telegram sets each line's direction from its first letter. Start every line with a
# Pashto word (an emoji, "•" or a number before it is fine), never with a Latin word, a /command,
# an e-mail address or a link.

-bot-operator = یوه خپلواکه موسسه چې له کورنیو سره مرسته کوي، نه د بهرنیانو دفتر

## Language

language-picker-prompt = خپله ژبه وټاکئ
language-changed = ✅ له دې وروسته به تاسو ته په پښتو ولیکم.
language-button = 🌐 ژبه

## Welcome

welcome-text =
    <b>ښه راغلاست.</b>
    دا روباټ تاسو ته د راستنېدو په کور کې د ژوند، ستاسو د حقونو او ستاسو د امکاناتو په اړه معلومات درکوي.
    د دې روباټ چلوونکې: { -bot-operator }.

    • دا روباټ معلومات ورکوي. ستاسو د دوسیې په اړه هېڅ پرېکړه نه کوي.
    • یوازې ستاسو ژبه او هغه څه ساتي چې تاسو یې پخپله لېږئ.
    • که تاسو خپل روزونکي (coach) ته پیغام ولېږئ، روزونکی یې لولي. روزونکی د بهرنیانو دفتر (Office des Étrangers / Dienst Vreemdelingenzaken) لپاره کار کوي.

    لاندې یو موضوع وټاکئ. هر وخت کولی شئ /menu ولیکئ.

## Menu and pages

menu-text =
    <b>لړلیک</b>
    یو موضوع وټاکئ:
menu-button = ☰ لړلیک
nav-back = ▶ شاته
page-unreviewed = <i>⚠ دا متن لا تر اوسه د یوه انسان له خوا نه دی کتل شوی.</i>
page-in-other-language = <i>دا پاڼه لا ستاسو ژبې ته نه ده ژباړل شوې: په { $language } ښودل کېږي.</i>
page-checked = <i>دا معلومات په { $date } وکتل شول.</i>

## Help

help-text =
    <b>مرسته</b>
    • د یوه موضوع د پرانیستلو لپاره پر یوې تڼۍ ټک وکړئ.
    • یا خپله پوښتنه په خپلو ټکو ولیکئ: هغه پاڼه درښیو چې ځواب یې ورکوي.
    • د /menu امر د موضوعګانو لړلیک ښيي.
    • د /language امر ژبه بدلوي.
    • د /appointments امر ستاسو ملاقاتونه ښيي.
    • د /privacy امر وايي چې روباټ څه ساتي؛ د /forget امر یې پاکوي.
    • د /start امر د ښه راغلاست پیغام بیا ښيي.

    که په خطر کې یاست، <b>112</b> ته زنګ ووهئ.

## Everything else

fallback-media =
    زه یوازې متن او تڼۍ لوستلی شم.
    مهرباني وکړئ په لړلیک کې یو موضوع وټاکئ.
fallback-unknown-command =
    زه د { $command } امر نه پېژنم.
    دا وازمویئ: /menu یا /help.
fallback-stale-button = دا تڼۍ نور کار نه کوي. دا دی لړلیک.
error-generic = بښنه غواړم، یوه ستونزه پېښه شوه. بیا هڅه وکړئ، یا /menu ولیکئ.

## Command list shown by Telegram (short, no HTML)

command-start = د ښه راغلاست پیغام
command-menu = موضوعګانې ښودل
command-language = ژبه بدلول
command-help = دا روباټ څنګه کار کوي
