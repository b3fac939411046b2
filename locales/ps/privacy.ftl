# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Pashto privacy texts: what the bot keeps about a person, their copy (/mydata), erasure (/forget),
# flood control and groups. Reference text: locales/fr/privacy.ftl. Telegram HTML only.
# Values in { $... } are filled in by the bot; keep their names exactly.
# Right to left: every line starts with a Pashto word (an emoji or "•" before it is fine). The lines
# that hold only { $stored } or { $retention } start with an invisible right-to-left mark (U+200F):
# they are filled by the bot with whole lines that start with "•" and a Pashto word.

## /privacy

privacy-text =
    <b>🔒 په دې روباټ کې ستاسو معلومات</b>

    <b>روباټ څه ساتي، او ولې</b>
    ‏{ $stored }
    روباټ ستاسو نوم، ستاسو د تلیفون شمېره، ستاسو انځورونه یا فایلونه، او هغه متن چې تاسو یې ورته لیکئ، نه ساتي. هغه څه چې تاسو یې لیکئ، یوازې د ځواب ورکولو لپاره لولي.
    یوازې هغه پیغام ساتل کېږي چې تاسو یې روزونکي ته لېږل غوره کړئ، لکه څنګه چې پورته راغلي.

    <b>تر کومې مودې</b>
    ‏{ $retention }

    <b>څوک یې لیدلی شي</b>
    تاسو پخپله، د /mydata په مرسته. هغه ډله چې روباټ چلوي ({ -bot-operator })، کله چې د روباټ ساتنه کوي، ساتل شوي معلومات لیدلی شي. د روباټ تخنیکي یادښتونه هېڅکله هغه څه چې تاسو یې لیکئ، ستاسو نوم یا ستاسو د تلیفون شمېره نه لري.

    <b>څنګه یې پاک کړئ</b>
    د /forget امر هر هغه څه چې روباټ ستاسو په اړه ساتي، په یو ځل پاکوي.
privacy-notice-member = • ستاسو ژبه او ستاسو د لومړي او وروستي پیغام نېټې: د دې لپاره چې تاسو ته په خپله ژبه ولیکو، او کله چې تاسو نور روباټ نه کاروئ، ستاسو معلومات پاک کړو.
privacy-notice-inbox = • هغه څه چې تاسو یې لیږئ، تر هغه چې بوټ ورته ځواب ورکړي (یوه شېبه؛ که بوټ ودرول شوی و، ډېر): بیا یې متن پاکېږي. هلته یې هېڅوک نه لولي.
privacy-retention-inactive = • که تاسو { $days } ورځې روباټ ته څه ونه لیکئ، هر هغه څه چې ستاسو په اړه یې ساتي پاکېږي.

## /mydata

privacy-mydata-title = <b>روباټ ستاسو په اړه څه ساتي</b>
privacy-mydata-nothing = روباټ ستاسو په اړه هېڅ نه ساتي.
privacy-mydata-language = ژبه: { $language }
privacy-mydata-first-seen = لومړی پیغام: { $date }
privacy-mydata-last-seen = وروستی پیغام: { $date }
privacy-mydata-see-file = برخه { $section }: لاندې فایل وګورئ.
privacy-mydata-file = لاندې فایل هم همدا څه لري، په داسې بڼه چې کمپیوټر یې لوستلی شي (JSON).
privacy-mydata-too-long = دلته د ښودلو لپاره ډېر څه دي: هر څه په لاندې فایل کې دي.
privacy-mydata-caption = هر هغه څه چې روباټ ستاسو په اړه ساتي

## /forget

privacy-forget-confirm =
    <b>ټول معلومات مو پاک شي؟</b>
    روباټ به ستاسو ژبه او هر بل څه چې ستاسو په اړه یې ساتي هېر کړي. دا کار بېرته نه شي ګرځېدلی.
    که وروسته بیا ولیکئ، روباټ له سره پیل کوي.
privacy-forget-yes = 🗑 هر څه پاک کړئ
privacy-forget-no = لغوه کول
privacy-forget-done = ✅ ستاسو معلومات پاک شول. روباټ نور تاسو نه پېژني.
privacy-forget-cancelled = هېڅ شی پاک نه شو.
privacy-forget-expired = دا تڼۍ ډېره زړه ده. که غواړئ خپل معلومات پاک کړئ، /forget بیا ولېږئ.

## Flood control, groups, storage problems

privacy-slow-down-tap = مهرباني وکړئ یوه شېبه: څو ثانیې وروسته بیا کېکاږئ.
privacy-private-only = دا روباټ یوازې په خصوصي خبرو اترو کې کار کوي، څو د هرې کورنۍ محرمیت خوندي وي. زه دا ډله پرېږدم. نېغ په نېغه ماته ولیکئ: @{ $bot }
privacy-storage-busy = بښنه غواړم، اوس مې دا خوندي نه کړای شو. مهرباني وکړئ یوه دقیقه وروسته بیا هڅه وکړئ.

## Command list shown by Telegram (short, no HTML)

command-privacy = ستاسو معلومات: څه ساتل کېږي او ولې
command-mydata = د خپلو معلوماتو یوه کاپي ترلاسه کړئ
command-forget = خپل معلومات پاک کړئ

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • که روزونکي تاسو له یوې کورنۍ سره تړلي یاست: د هغې لنډ نوم، ستاسو د غړي شمېره، ستاسو ملاقاتونه او ځوابونه. روزونکی او همغږي کوونکي یې ویني؛ ستاسو د ملاقاتونو د لېږلو لپاره اړین دي.
privacy-retention-appointments = • ملاقاتونه د ترسره کېدو { $days } ورځې وروسته پاکېږي.
privacy-mydata-household = کورنۍ: { $label } · روزونکی: { $coach }
