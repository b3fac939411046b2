# درخواست‌های کمک: صحبت با کسی، با رضایت خانواده. خانواده‌ها این متن‌ها را می‌خوانند.
# فقط HTML تلگرام. مقدارهای { $... } را ربات پر می‌کند. شماره‌ها: فقط از FACTS.md، بخش 6.

command-talk = صحبت با کسی
command-requests = درخواست‌های کمک من

support-talk-button = 🗣 می‌خواهم با کسی صحبت کنم
support-question-button = 📨 فرستادن پرسشم برای مربی

support-crisis =
    <b>اگر موضوع جدی یا فوری است، همین حالا زنگ بزنید.</b> رایگان.
    • 112: خطر فوری، حالت اضطراری
    • 1813: خط پیشگیری از خودکشی (Zelfmoordlijn). به زبان هلندی، 24 ساعته، با چت هم.
    • 0800 32 123: مرکز پیشگیری از خودکشی (Centre de Prévention du Suicide). به زبان فرانسوی، 24 ساعته. مشاوره به زبان‌های انگلیسی، عربی و اسپانیایی هم هست.
    • 106: خط گوش دادن (Tele-Onthaal). به زبان هلندی.
    • 107: خط گوش دادن (Télé-Accueil). به زبان فرانسوی.
    برای کودکان:
    • 102: آول (Awel). به زبان هلندی.
    • 103: خط گوش دادن به کودکان (Écoute-Enfants). به زبان فرانسوی.
    • 116 000: چایلد فوکس (Child Focus).

support-ask-kind = چه نوع کمکی می‌خواهید؟
support-kind-coach = 👤 صحبت با مربی‌ام
support-kind-psychological = 🧠 کمک روانی مستقل
support-kind-child = 🧒 کمک برای یک کودک
support-kind-urgent = 🚨 فوری، امروز
support-button-cancel = ✖️ لغو
support-cancelled = لغو شد. چیزی فرستاده نشد و چیزی نگه داشته نشد.
support-draft-gone = این درخواست فرستاده نشد (خیلی قدیمی است یا ربات دوباره راه‌اندازی شد). لطفاً از اول شروع کنید.
support-button-skip = ➡️ بدون پیام
support-ask-message =
    می‌توانید یک پیام بنویسید، به زبان خودتان یا هر زبان دیگری.
    یا «بدون پیام» را بزنید.
support-message-too-long = پیام باید حداکثر { $limit } نویسه باشد. لطفاً آن را کوتاه‌تر کنید و دوباره بفرستید.

support-reader-coach = مربی شما، <b>{ $coach }</b>، که برای اداره مهاجرت کار می‌کند
support-reader-coordinators = هماهنگ‌کنندگان مربی‌ها (شما مربی‌ای ندارید که از راه این ربات در دسترس باشد)
support-nobody =
    در حال حاضر هیچ‌کس نمی‌تواند از راه این ربات درخواستی دریافت کند. چیزی فرستاده یا نگه داشته نشد.
    از شماره‌های بالا استفاده کنید، یا وقتی مربی را می‌بینید با او صحبت کنید.

support-consent =
    <b>پیش از فرستادن، بررسی کنید:</b>
    کمک درخواستی: { $kind }
    ‏{ $message }

    <b>چه کسی آن را می‌خواند:</b> { $reader }.
    <b>چه چیزی نگه داشته می‌شود:</b> نوع کمک، پیام شما و تاریخ. پیام شما { $days } روز پس از پایان درخواست پاک می‌شود. فرمان /requests درخواست‌های شما را نشان می‌دهد و فرمان /forget همه چیز را پاک می‌کند.

    تا «فرستادن» را نزنید، چیزی فرستاده نمی‌شود.
support-consent-message =
    پیام شما:
    ‏<blockquote>{ $text }</blockquote>
support-consent-no-message = بدون پیام.
support-consent-independent = مربی می‌تواند شما را به یک خدمت مستقل (Ulysse، Exil، Solentra) یا یک خط گوش دادن معرفی کند.
support-button-send = 📤 فرستادن

support-receipt =
    ✅ درخواست شماره { $id } شما ذخیره شد. { $reader } آن را می‌خواند.
    وقتی کسی آن را خواند، اینجا پیامی دریافت می‌کنید.
    تا وقتی خوانده نشده، می‌توانید آن را پس بگیرید: /requests
support-button-requests = 📋 درخواست‌های من

support-status-unread = ⏳ هنوز خوانده نشده
support-status-read = 👀 خوانده شد
support-status-replied = 💬 پاسخ فرستاده شد
support-status-referred = 🤝 خدمتی پیشنهاد شد
support-status-withdrawn = ↩️ پس گرفته شد
support-requests-none = شما هیچ درخواست کمکی نفرستاده‌اید.
support-requests-title = <b>درخواست‌های کمک شما</b>
support-requests-item = • درخواست شماره { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ پس گرفتن درخواست شماره { $id }
support-button-withdraw-yes = ↩️ بله، پس بگیر
support-button-keep = نگه داشتن
support-withdraw-confirm = درخواست شماره { $id } را پس می‌گیرید؟ خوانده نخواهد شد.
support-withdraw-too-late = این درخواست قبلاً خوانده یا پس گرفته شده است: دیگر نمی‌توان آن را پس گرفت.
support-withdrawn = ↩️ درخواست شماره { $id } پس گرفته شد. اگر به تلفن آن شخص رسیده بود، به او گفته می‌شود که پس گرفته شده است.

support-family-read =
    👀 درخواست شماره { $id } شما را { $by ->
        [coach] مربی شما
       *[coordinator] یکی از هماهنگ‌کنندگان
    } خواند.
support-family-reply-phrase =
    💬 پاسخ به درخواست شماره { $id } شما، از { $by ->
        [coach] مربی شما
       *[coordinator] یکی از هماهنگ‌کنندگان
    }:
    ‏{ $phrase }
support-family-reply-text =
    💬 پاسخ به درخواست شماره { $id } شما، نوشته { $by ->
        [coach] مربی شما
       *[coordinator] یکی از هماهنگ‌کنندگان
    } (حرف‌های خودش، ترجمه نشده):
    ‏<blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 درباره درخواست شماره { $id } شما، { $by ->
        [coach] مربی شما
       *[coordinator] یکی از هماهنگ‌کنندگان
    } این خدمت مستقل را پیشنهاد می‌کند:
    ‏{ $service }

support-service-ulysse =
    <b>اولیس (Ulysse)</b>، در بروکسل: برای کسانی که اقامت مطمئنی ندارند. رایگان، با مترجم.
    از مربی یا پزشک بپرسید چگونه به آنجا بروید.
support-service-exil =
    <b>اگزیل (Exil)</b>، در بروکسل: برای کسانی که از شکنجه یا خشونت سازمان‌یافته جان به در برده‌اند. رایگان.
    از مربی یا پزشک بپرسید چگونه به آنجا بروید.
support-service-solentra =
    <b>سولنترا (Solentra)</b>، در بیمارستان UZ Brussel: برای کودکان پناهنده از 2 سال و نیم به بالا و خانواده‌های آن‌ها. رایگان.
    باید یک متخصص شما را به آنجا بفرستد: از مربی یا پزشک بپرسید.
support-service-lines =
    <b>خط‌های گوش دادن</b>، رایگان:
    • 1813: خط پیشگیری از خودکشی (Zelfmoordlijn). به زبان هلندی، 24 ساعته، با چت هم.
    • 0800 32 123: مرکز پیشگیری از خودکشی (Centre de Prévention du Suicide). به زبان فرانسوی، 24 ساعته. مشاوره به زبان‌های انگلیسی، عربی و اسپانیایی هم هست.
    • 106: خط گوش دادن (Tele-Onthaal). به زبان هلندی.
    • 107: خط گوش دادن (Télé-Accueil). به زبان فرانسوی.
support-service-children =
    <b>خط‌های ویژه کودکان</b>، رایگان:
    • 102: آول (Awel). به زبان هلندی.
    • 103: خط گوش دادن به کودکان (Écoute-Enfants). به زبان فرانسوی.
    • 116 000: چایلد فوکس (Child Focus).

support-not-allowed = ⛔ این درخواست مال شما نیست. هیچ کاری انجام نشد.

support-privacy-notice = • درخواست‌های کمک شما، اگر بفرستید: نوع کمک، پیام شما و تاریخ‌ها. تا مربی شما (یا یکی از هماهنگ‌کنندگان) بتواند به شما پاسخ دهد. مربی شما برای اداره مهاجرت کار می‌کند.
support-privacy-retention = • پیام یک درخواست کمک { $days } روز پس از پایان درخواست پاک می‌شود.
support-mydata-title = <b>درخواست‌های کمک</b>
support-mydata-item = • درخواست شماره { $id }: { $kind }
support-mydata-item-with-text = • درخواست شماره { $id }: { $kind }، با پیام شما

## Voice notes

support-voice-outside = من نمی‌توانم پیام صوتی را گوش کنم. آیا می‌خواهید این پیام صوتی را برای یک شخص بفرستید؟
support-voice-send-button = 📨 فرستادن برای یک شخص
support-voice-crisis-button = ‏🆘 شماره‌های اضطراری
support-voice-too-long = پیام صوتی حداکثر می‌تواند { $minutes } دقیقه باشد. لطفاً پیام کوتاه‌تری بفرستید، یا بنویسید.
support-consent-voice = پیام صوتی شما: { $seconds } ثانیه. فقط شخصی که پایین‌تر نامش آمده آن را می‌شنود. هیچ‌کس آن را نمی‌نویسد یا ترجمه نمی‌کند.
support-mydata-item-with-voice = • درخواست شماره { $id }: { $kind }، با یک پیام صوتی { $seconds } ثانیه‌ای
support-ask-voice = 🎤 می‌توانید پیام صوتی هم بفرستید.
