# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Farsi privacy texts, written to be read by Dari speakers too: what the bot keeps about a person,
# their copy (/mydata), erasure (/forget), flood control and groups. Reference: locales/fr/privacy.ftl.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# Right to left: every line starts with a Farsi word (an emoji or "•" before it is fine). The lines
# that hold only { $stored } or { $retention } start with an invisible right-to-left mark (U+200F):
# they are filled by the bot with whole lines that start with "•" and a Farsi word.

## /privacy

privacy-text =
    <b>🔒 معلومات شما در این ربات</b>

    <b>ربات چه چیزهایی را نگه می‌دارد، و چرا</b>
    ‏{ $stored }
    ربات نام شما، شماره تلفن شما، عکس‌ها یا فایل‌های شما، و متنی را که برایش می‌نویسید نگه نمی‌دارد. آنچه را می‌نویسید فقط برای جواب دادن می‌خواند.
    فقط پیامی که خودتان انتخاب می‌کنید برای مربی بفرستید نگه داشته می‌شود، همان‌طور که در بالا آمده است.

    <b>برای چه مدت</b>
    ‏{ $retention }

    <b>چه کسی می‌تواند آن‌ها را ببیند</b>
    خود شما، با /mydata. گروهی که ربات را می‌گرداند ({ -bot-operator }) هنگام نگهداری ربات می‌تواند معلومات نگه‌داشته‌شده را ببیند. گزارش‌های فنی ربات هرگز آنچه شما می‌نویسید، نام شما یا شماره تلفن شما را در خود ندارند.

    <b>چگونه آن‌ها را پاک کنید</b>
    دستور /forget همه چیزهایی را که ربات درباره شما نگه می‌دارد، یک‌جا پاک می‌کند.
privacy-notice-member = • زبان شما و تاریخ اولین و آخرین پیام شما: برای اینکه به زبان خودتان برایتان بنویسیم، و برای اینکه وقتی دیگر از ربات استفاده نمی‌کنید، معلومات شما را پاک کنیم.
privacy-notice-inbox = • آنچه می‌فرستید، تا وقتی که ربات به آن پاسخ دهد (یک لحظه؛ اگر ربات متوقف بوده، بیشتر): سپس متن آن پاک می‌شود. هیچ کس آن را آنجا نمی‌خواند.
privacy-retention-inactive = • اگر { $days } روز برای ربات چیزی ننویسید، همه چیزهایی که درباره شما نگه داشته پاک می‌شود.

## /mydata

privacy-mydata-title = <b>آنچه ربات درباره شما نگه می‌دارد</b>
privacy-mydata-nothing = ربات هیچ چیزی درباره شما نگه نمی‌دارد.
privacy-mydata-language = زبان: { $language }
privacy-mydata-first-seen = اولین پیام: { $date }
privacy-mydata-last-seen = آخرین پیام: { $date }
privacy-mydata-see-file = بخش { $section }: فایل زیر را ببینید.
privacy-mydata-file = فایل زیر همین چیزها را دارد، در قالبی که کامپیوتر می‌تواند بخواند (JSON).
privacy-mydata-too-long = چیزهای زیادی برای نشان دادن در اینجا هست: همه چیز در فایل زیر است.
privacy-mydata-caption = همه چیزهایی که ربات درباره شما نگه می‌دارد

## /forget

privacy-forget-confirm =
    <b>همه معلومات شما پاک شود؟</b>
    ربات زبان شما و هر چیز دیگری را که درباره شما نگه می‌دارد فراموش می‌کند. این کار برگشت ندارد.
    اگر بعداً دوباره بنویسید، ربات از اول شروع می‌کند.
privacy-forget-yes = 🗑 پاک کردن همه چیز
privacy-forget-no = لغو
privacy-forget-done = ✅ معلومات شما پاک شد. ربات دیگر شما را نمی‌شناسد.
privacy-forget-cancelled = هیچ چیزی پاک نشد.
privacy-forget-expired = این دکمه خیلی قدیمی است. اگر می‌خواهید معلومات شما پاک شود، دوباره /forget را بفرستید.

## Flood control, groups, storage problems

privacy-slow-down-tap = لطفاً یک لحظه: چند ثانیه دیگر دوباره بزنید.
privacy-private-only = این ربات فقط در گفتگوی خصوصی کار می‌کند، تا حریم خصوصی هر خانواده حفظ شود. من این گروه را ترک می‌کنم. مستقیماً به من بنویسید: @{ $bot }
privacy-storage-busy = ببخشید، الان نتوانستم این را ذخیره کنم. لطفاً یک دقیقه دیگر دوباره امتحان کنید.

## Command list shown by Telegram (short, no HTML)

command-privacy = معلومات شما: چه چیزی نگه داشته می‌شود و چرا
command-mydata = گرفتن یک نسخه از معلومات شما
command-forget = پاک کردن معلومات شما

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • اگر مربی شما را به یک خانواده وصل کرده باشد: نام کوتاه آن، شماره عضویت شما، وقت‌های ملاقات و جواب‌های شما. مربی و هماهنگ‌کننده‌ها آن‌ها را می‌بینند؛ برای فرستادن وقت‌های ملاقات به شما لازم است.
privacy-retention-appointments = • وقت‌های ملاقات { $days } روز بعد از برگزاری پاک می‌شوند.
privacy-mydata-household = خانواده: { $label } · مربی: { $coach }
